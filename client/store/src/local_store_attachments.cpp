// LocalStore: photos (attachments). Their bytes live only inside the encrypted database: never in
// a file, the gallery or a temporary directory. The lead's approval of photos of people is a
// PhotoReview record; the latest review by the visit's lead counts.
#include "custos/store/local_store.h"

#include "custos/core/digest.h"
#include "custos/core/entity_json.h"
#include "custos/sqldb/database.h"

#include <algorithm>
#include <map>
#include <set>
#include <span>

namespace custos::store {
namespace {

constexpr const char* kColumns = "sha256, visit_id, item_key, media_type, shows_people, size, "
                                 "created_at_ms, uploaded";

StoredAttachment readAttachment(const sqldb::Statement& row) {
    StoredAttachment a;
    a.sha256 = row.columnText(0);
    a.visitId = row.columnText(1);
    a.itemKey = row.columnText(2);
    a.mediaType = row.columnText(3);
    a.showsPeople = row.columnInt(4) != 0;
    a.size = row.columnInt(5);
    a.createdAtMs = row.columnInt(6);
    a.uploaded = row.columnInt(7) != 0;
    a.approval = a.showsPeople ? PhotoApproval::Awaiting : PhotoApproval::NotNeeded;
    return a;
}

bool isSha256Hex(const std::string& text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::span<const std::uint8_t> asBytes(const std::string& bytes) {
    return {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()};
}

} // namespace

Result<std::string> LocalStore::addAttachment(const std::string& visitId,
                                              const std::string& itemKey,
                                              const std::string& mediaType, bool showsPeople,
                                              const std::string& bytes) {
    if (bytes.empty())
        return makeError(ErrorCode::InvalidArgument, "the photo is empty");
    if (static_cast<std::int64_t>(bytes.size()) > kMaxAttachmentBytes)
        return makeError(ErrorCode::ResourceExhausted, "the photo is larger than 25 MiB");
    if (mediaType.empty() || mediaType.size() > 100 || itemKey.size() > 200)
        return makeError(ErrorCode::InvalidArgument, "the photo's description is not valid");
    std::string sha256 = sha256Hex(bytes);
    std::lock_guard lock(mutex_);
    auto known = db_->prepare("SELECT 1 FROM visits WHERE id = ?1");
    if (!known)
        return known.error();
    known->bind(1, visitId);
    auto row = known->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, "this visit is not on this device");
    // Content-addressed: the same photo added twice is kept once.
    auto insert = db_->prepare(
        "INSERT INTO attachments(sha256, visit_id, item_key, media_type, shows_people, bytes, "
        "size, created_at_ms, uploaded) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0) "
        "ON CONFLICT(sha256) DO NOTHING");
    if (!insert)
        return insert.error();
    CUSTOS_TRY(insert->bind(1, sha256)
                   .bind(2, visitId)
                   .bind(3, itemKey)
                   .bind(4, mediaType)
                   .bind(5, std::int64_t{showsPeople ? 1 : 0})
                   .bindBlob(6, asBytes(bytes))
                   .bind(7, static_cast<std::int64_t>(bytes.size()))
                   .bind(8, static_cast<std::int64_t>(systemMillis()))
                   .run());
    return sha256;
}

Status LocalStore::storeDownloadedAttachment(const StoredAttachment& info,
                                             const std::string& bytes) {
    if (sha256Hex(bytes) != info.sha256)
        return makeError(ErrorCode::Corrupt, "the photo does not match its SHA-256");
    std::lock_guard lock(mutex_);
    auto insert = db_->prepare(
        "INSERT INTO attachments(sha256, visit_id, item_key, media_type, shows_people, bytes, "
        "size, created_at_ms, uploaded) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 1) "
        "ON CONFLICT(sha256) DO UPDATE SET uploaded = 1");
    if (!insert)
        return insert.error();
    return insert->bind(1, info.sha256)
        .bind(2, info.visitId)
        .bind(3, info.itemKey)
        .bind(4, info.mediaType)
        .bind(5, std::int64_t{info.showsPeople ? 1 : 0})
        .bindBlob(6, asBytes(bytes))
        .bind(7, static_cast<std::int64_t>(bytes.size()))
        .bind(8, static_cast<std::int64_t>(systemMillis()))
        .run();
}

Result<std::optional<std::string>> LocalStore::attachmentBytes(const std::string& sha256) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT bytes FROM attachments WHERE sha256 = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sha256);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::string>{};
    const auto blob = stmt->columnBlob(0);
    return std::optional<std::string>{std::string(blob.begin(), blob.end())};
}

Result<std::vector<StoredAttachment>> LocalStore::attachmentsLocked(const std::string& where,
                                                                    const std::string& key) {
    auto stmt = db_->prepare(std::string("SELECT ") + kColumns + " FROM attachments WHERE " +
                             where + " ORDER BY created_at_ms, sha256");
    if (!stmt)
        return stmt.error();
    if (!key.empty())
        stmt->bind(1, key);
    auto found = sqldb::collectRows<StoredAttachment>(
        *stmt, [](const sqldb::Statement& row) -> Result<StoredAttachment> {
            return readAttachment(row);
        });
    if (!found)
        return found.error();
    // The approval state: the latest review of each photo by its visit's lead.
    std::map<std::string, std::set<std::string>> leadsByVisit;
    for (auto& a : *found) {
        if (!a.showsPeople)
            continue;
        auto leads = leadsByVisit.find(a.visitId);
        if (leads == leadsByVisit.end()) {
            std::set<std::string> heads;
            auto visit = db_->cached("SELECT body FROM visits WHERE id = ?1");
            if (!visit)
                return visit.error();
            (*visit)->bind(1, a.visitId);
            auto row = (*visit)->step();
            if (!row)
                return row.error();
            if (*row) {
                auto v = visitFromJson((*visit)->columnText(0));
                if (!v)
                    return v.error();
                for (const auto& member : v->team)
                    if (member.role == TeamRole::Head)
                        heads.insert(member.userId);
            }
            leads = leadsByVisit.emplace(a.visitId, std::move(heads)).first;
        }
        auto reviews = db_->cached(
            "SELECT kind, body FROM records WHERE visit_id = ?1 AND kind = 'photo_review' "
            "AND json_extract(body, '$.photo') = ?2 ORDER BY hlc, version_id");
        if (!reviews)
            return reviews.error();
        (*reviews)->bind(1, a.visitId).bind(2, a.sha256);
        for (;;) {
            auto row = (*reviews)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            auto record = recordFromJson((*reviews)->columnText(0), (*reviews)->columnText(1));
            if (!record)
                return record.error();
            const auto& review = std::get<PhotoReview>(*record);
            // Only the lead's word counts (the server refuses anyone else's).
            if (!leads->second.count(review.header.authorId))
                continue;
            a.approval = review.approved ? PhotoApproval::Approved : PhotoApproval::Refused;
            a.reviewNote = review.note;
        }
    }
    return found;
}

Result<std::optional<StoredAttachment>> LocalStore::attachment(const std::string& sha256) {
    std::lock_guard lock(mutex_);
    auto found = attachmentsLocked("sha256 = ?1", sha256);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<StoredAttachment>{};
    return std::optional<StoredAttachment>{std::move(found->front())};
}

Result<std::vector<StoredAttachment>> LocalStore::attachmentsOfVisit(const std::string& visitId) {
    std::lock_guard lock(mutex_);
    return attachmentsLocked("visit_id = ?1", visitId);
}

Result<std::vector<StoredAttachment>> LocalStore::attachmentsPendingUpload() {
    std::lock_guard lock(mutex_);
    return attachmentsLocked("uploaded = 0", {});
}

Status LocalStore::markUploaded(const std::string& sha256) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("UPDATE attachments SET uploaded = 1 WHERE sha256 = ?1");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, sha256).run();
}

Result<std::vector<MissingAttachment>> LocalStore::missingAttachments() {
    std::lock_guard lock(mutex_);
    auto visitsStmt = db_->prepare("SELECT body FROM visits WHERE id NOT IN "
                                   "(SELECT visit_id FROM withdrawn_visits)");
    if (!visitsStmt)
        return visitsStmt.error();
    auto visits = sqldb::collectRows<Visit>(
        *visitsStmt, [](const sqldb::Statement& row) { return visitFromJson(row.columnText(0)); });
    if (!visits)
        return visits.error();
    std::vector<MissingAttachment> missing;
    std::set<std::string> seen;
    for (const auto& visit : *visits) {
        auto t = db_->cached("SELECT body FROM templates WHERE id = ?1 AND version = ?2");
        if (!t)
            return t.error();
        (*t)->bind(1, visit.templateId).bind(2, visit.templateVersion);
        auto row = (*t)->step();
        if (!row)
            return row.error();
        if (!*row)
            continue;
        auto checklist = checklistFromJson((*t)->columnText(0));
        if (!checklist)
            return checklist.error();
        std::set<std::string> photoItems;
        for (const auto& section : checklist->sections)
            for (const auto& item : section.items)
                if (item.type == ItemType::Photo)
                    photoItems.insert(item.key);
        if (photoItems.empty())
            continue;
        auto answers = db_->cached("SELECT item_key, value FROM observations WHERE visit_id = ?1 "
                                   "ORDER BY hlc");
        if (!answers)
            return answers.error();
        (*answers)->bind(1, visit.id);
        for (;;) {
            auto next = (*answers)->step();
            if (!next)
                return next.error();
            if (!*next)
                break;
            const std::string itemKey = (*answers)->columnText(0);
            if (!photoItems.count(itemKey))
                continue;
            auto value = answerFromJson((*answers)->columnText(1));
            if (!value)
                continue; // not a photo list: nothing to fetch
            const auto* hashes = std::get_if<std::vector<std::string>>(&*value);
            if (!hashes)
                continue;
            for (const auto& sha : *hashes)
                if (isSha256Hex(sha) && seen.insert(sha).second)
                    missing.push_back({sha, visit.id, itemKey});
        }
    }
    // Keep only those not held here.
    auto held = db_->prepare("SELECT 1 FROM attachments WHERE sha256 = ?1");
    if (!held)
        return held.error();
    std::vector<MissingAttachment> out;
    for (auto& m : missing) {
        held->reset();
        held->bind(1, m.sha256);
        auto row = held->step();
        if (!row)
            return row.error();
        if (!*row)
            out.push_back(std::move(m));
    }
    return out;
}

} // namespace custos::store
