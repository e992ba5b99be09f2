#include "custos/core/records.h"

#include "custos/core/uuid.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace custos {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxTextBytes = 64 * 1024;
constexpr std::size_t kMaxShortBytes = 200;
constexpr std::size_t kMaxListEntries = 200;

Status invalid(std::string_view kind, const std::string& what) {
    return makeError(ErrorCode::InvalidArgument, std::string(kind) + " " + what);
}

Status checkHeader(std::string_view kind, const RecordHeader& h, bool visitRequired) {
    if (!isUuid(h.id))
        return invalid(kind, "id is not a UUID");
    if (!isUuid(h.versionId))
        return invalid(kind, "version id is not a UUID");
    if (visitRequired ? !isUuid(h.visitId) : !(h.visitId.empty() || isUuid(h.visitId)))
        return invalid(kind, "visit id is not a UUID");
    if (h.authorId.empty() || h.authorId.size() > kMaxShortBytes ||
        h.deviceId.size() > kMaxShortBytes)
        return invalid(kind, "author or device is missing or too long");
    return {};
}

Status checkText(std::string_view kind, const char* field, const std::string& text,
                 std::size_t limit = kMaxTextBytes) {
    if (text.size() > limit)
        return invalid(kind, std::string(field) + " is too long");
    return {};
}

Status checkIds(std::string_view kind, const char* field, const std::vector<std::string>& ids) {
    if (ids.size() > kMaxListEntries)
        return invalid(kind, std::string("links too many ") + field);
    for (const auto& id : ids)
        if (!isUuid(id))
            return invalid(kind, std::string(field) + " holds an id that is not a UUID");
    return {};
}

Status check(const Interview& r) {
    CUSTOS_TRY(checkHeader("interview", r.header, true));
    if (r.personCode.empty())
        return invalid("interview", "has no pseudonymous person code");
    CUSTOS_TRY(checkText("interview", "person code", r.personCode, 40));
    CUSTOS_TRY(checkText("interview", "privacy conditions", r.privacy, kMaxShortBytes * 5));
    CUSTOS_TRY(checkText("interview", "content", r.content));
    if (r.allegations.size() > kMaxListEntries)
        return invalid("interview", "lists too many allegations");
    for (const auto& a : r.allegations) {
        if (a.type.empty())
            return invalid("interview", "has an allegation without a type");
        CUSTOS_TRY(checkText("interview", "allegation", a.type + a.when + a.perpetratorCategory,
                             kMaxShortBytes * 3));
    }
    return {};
}

Status check(const Finding& r) {
    CUSTOS_TRY(checkHeader("finding", r.header, true));
    if (r.theme.empty() || r.theme.size() > kMaxShortBytes)
        return invalid("finding", "has no theme");
    if (r.text.empty())
        return invalid("finding", "has no text");
    CUSTOS_TRY(checkText("finding", "text", r.text));
    if (r.ruleRefs.size() > kMaxListEntries)
        return invalid("finding", "cites too many rules");
    for (int rule : r.ruleRefs)
        if (rule < 1 || rule > 122)
            return invalid("finding", "cites a rule outside the Mandela Rules (1-122)");
    CUSTOS_TRY(checkIds("finding", "observations", r.observationIds));
    return checkIds("finding", "interviews", r.interviewIds);
}

Status check(const Recommendation& r) {
    CUSTOS_TRY(checkHeader("recommendation", r.header, true));
    if (!isUuid(r.facilityId))
        return invalid("recommendation", "names no facility");
    if (r.text.empty())
        return invalid("recommendation", "has no text");
    CUSTOS_TRY(checkText("recommendation", "text", r.text));
    CUSTOS_TRY(checkText("recommendation", "addressee", r.addressee, kMaxShortBytes));
    CUSTOS_TRY(checkText("recommendation", "due date", r.dueDate, 10));
    return checkIds("recommendation", "findings", r.findingIds);
}

Status check(const RecommendationUpdate& r) {
    CUSTOS_TRY(checkHeader("recommendation update", r.header, false));
    if (!isUuid(r.recommendationId))
        return invalid("recommendation update", "names no recommendation");
    return checkText("recommendation update", "evidence", r.evidence);
}

Status check(const Reconciliation& r) {
    CUSTOS_TRY(checkHeader("reconciliation", r.header, true));
    if (r.itemKey.empty() || r.itemKey.size() > kMaxShortBytes)
        return invalid("reconciliation", "names no item");
    if (!isUuid(r.chosenObservationId))
        return invalid("reconciliation", "names no observation that stands");
    return checkText("reconciliation", "note", r.note);
}

bool isSha256Hex(const std::string& text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

Status check(const PhotoReview& r) {
    CUSTOS_TRY(checkHeader("photo review", r.header, true));
    if (!isSha256Hex(r.attachmentSha256))
        return invalid("photo review", "names no photo (a lowercase hex SHA-256)");
    return checkText("photo review", "note", r.note);
}

Status check(const VisitStatusChange& r) {
    CUSTOS_TRY(checkHeader("visit status change", r.header, true));
    if (r.status == VisitStatus::Planned)
        return invalid("visit status change", "cannot move a visit back to planned");
    return {};
}

json headerJson(const RecordHeader& h) {
    return {{"id", h.id},           {"version", h.versionId}, {"visit", h.visitId},
            {"author", h.authorId}, {"device", h.deviceId},   {"hlc", h.hlc.packed}};
}

RecordHeader headerFrom(const json& j) {
    RecordHeader h;
    h.id = j.at("id").get<std::string>();
    h.versionId = j.at("version").get<std::string>();
    h.visitId = j.value("visit", "");
    h.authorId = j.at("author").get<std::string>();
    h.deviceId = j.value("device", "");
    h.hlc.packed = j.at("hlc").get<std::uint64_t>();
    return h;
}

template <typename E> E enumAt(const json& j, const char* field) {
    auto value = enumFromString<E>(j.at(field).get<std::string>());
    if (!value)
        throw std::invalid_argument(std::string("unknown value in ") + field);
    return *value;
}

json toJsonBody(const Interview& r) {
    json allegations = json::array();
    for (const auto& a : r.allegations)
        allegations.push_back(
            {{"type", a.type}, {"when", a.when}, {"perpetrator", a.perpetratorCategory}});
    return {{"consent", toString(r.consent)},
            {"person", r.personCode},
            {"kind", toString(r.kind)},
            {"privacy", r.privacy},
            {"interpreter", r.interpreter},
            {"allegations", std::move(allegations)},
            {"reprisal_risk", r.reprisalRisk},
            {"follow_up", r.followUp},
            {"content", r.content}};
}
json toJsonBody(const Finding& r) {
    return {{"theme", r.theme},
            {"rules", r.ruleRefs},
            {"severity", toString(r.severity)},
            {"text", r.text},
            {"observations", r.observationIds},
            {"interviews", r.interviewIds}};
}
json toJsonBody(const Recommendation& r) {
    return {{"facility", r.facilityId},
            {"text", r.text},
            {"addressee", r.addressee},
            {"priority", toString(r.priority)},
            {"due", r.dueDate},
            {"findings", r.findingIds}};
}
json toJsonBody(const RecommendationUpdate& r) {
    return {{"recommendation", r.recommendationId},
            {"status", toString(r.status)},
            {"evidence", r.evidence}};
}
json toJsonBody(const Reconciliation& r) {
    return {{"item", r.itemKey}, {"chosen", r.chosenObservationId}, {"note", r.note}};
}
json toJsonBody(const PhotoReview& r) {
    return {{"photo", r.attachmentSha256}, {"approved", r.approved}, {"note", r.note}};
}
json toJsonBody(const VisitStatusChange& r) {
    return {{"status", toString(r.status)}};
}

VisitRecord fromJsonBody(std::string_view kind, const json& j) {
    RecordHeader header = headerFrom(j);
    if (kind == "interview") {
        Interview r;
        r.header = std::move(header);
        r.consent = enumAt<ConsentScope>(j, "consent");
        r.personCode = j.at("person").get<std::string>();
        r.kind = enumAt<InterviewKind>(j, "kind");
        r.privacy = j.value("privacy", "");
        r.interpreter = j.value("interpreter", false);
        for (const auto& a : j.at("allegations"))
            r.allegations.push_back(
                {a.at("type").get<std::string>(), a.value("when", ""), a.value("perpetrator", "")});
        r.reprisalRisk = j.value("reprisal_risk", false);
        r.followUp = j.value("follow_up", false);
        r.content = j.value("content", "");
        return r;
    }
    if (kind == "finding") {
        Finding r;
        r.header = std::move(header);
        r.theme = j.at("theme").get<std::string>();
        r.ruleRefs = j.at("rules").get<std::vector<int>>();
        r.severity = enumAt<FindingSeverity>(j, "severity");
        r.text = j.at("text").get<std::string>();
        r.observationIds = j.value("observations", std::vector<std::string>{});
        r.interviewIds = j.value("interviews", std::vector<std::string>{});
        return r;
    }
    if (kind == "recommendation") {
        Recommendation r;
        r.header = std::move(header);
        r.facilityId = j.at("facility").get<std::string>();
        r.text = j.at("text").get<std::string>();
        r.addressee = j.value("addressee", "");
        r.priority = enumAt<Priority>(j, "priority");
        r.dueDate = j.value("due", "");
        r.findingIds = j.value("findings", std::vector<std::string>{});
        return r;
    }
    if (kind == "recommendation_update") {
        RecommendationUpdate r;
        r.header = std::move(header);
        r.recommendationId = j.at("recommendation").get<std::string>();
        r.status = enumAt<RecommendationStatus>(j, "status");
        r.evidence = j.value("evidence", "");
        return r;
    }
    if (kind == "reconciliation") {
        Reconciliation r;
        r.header = std::move(header);
        r.itemKey = j.at("item").get<std::string>();
        r.chosenObservationId = j.at("chosen").get<std::string>();
        r.note = j.value("note", "");
        return r;
    }
    if (kind == "visit_status") {
        VisitStatusChange r;
        r.header = std::move(header);
        r.status = enumAt<VisitStatus>(j, "status");
        return r;
    }
    if (kind == "photo_review") {
        PhotoReview r;
        r.header = std::move(header);
        r.attachmentSha256 = j.at("photo").get<std::string>();
        r.approved = j.at("approved").get<bool>();
        r.note = j.value("note", "");
        return r;
    }
    throw std::invalid_argument("unknown record kind");
}

} // namespace

const RecordHeader& headerOf(const VisitRecord& record) {
    return std::visit([](const auto& r) -> const RecordHeader& { return r.header; }, record);
}

RecordHeader& headerOf(VisitRecord& record) {
    return std::visit([](auto& r) -> RecordHeader& { return r.header; }, record);
}

std::string_view kindOf(const VisitRecord& record) {
    static constexpr std::string_view kNames[] = {
        "interview",      "finding",      "recommendation", "recommendation_update",
        "reconciliation", "visit_status", "photo_review"};
    static_assert(std::size(kNames) == std::variant_size_v<VisitRecord>);
    return kNames[record.index()];
}

Status validateRecord(const VisitRecord& record) {
    return std::visit([](const auto& r) { return check(r); }, record);
}

std::string recordToJson(const VisitRecord& record) {
    json body = std::visit([](const auto& r) { return toJsonBody(r); }, record);
    body.update(headerJson(headerOf(record)));
    return body.dump();
}

Result<VisitRecord> recordFromJson(std::string_view kind, const std::string& text) {
    try {
        return fromJsonBody(kind, json::parse(text));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Corrupt,
                         "stored " + std::string(kind) + " record is not valid: " + e.what());
    }
}

} // namespace custos
