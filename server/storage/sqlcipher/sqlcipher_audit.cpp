// SqlCipherStorage: the hash-chained audit log.
#include "sqlcipher_storage.h"

#include "storage_internal.h"

#include "custos/core/hlc.h"

#include <openssl/evp.h>

namespace custos::storage {
namespace {

const std::string kGenesisHash(64, '0');

AuditEntry readAuditEntry(const sqldb::Statement& stmt) {
    return {static_cast<std::uint64_t>(stmt.columnInt(0)),
            stmt.columnInt(1),
            stmt.columnText(2),
            stmt.columnText(3),
            stmt.columnText(4),
            stmt.columnText(5),
            stmt.columnText(6)};
}

/// SHA-256 over length-prefixed fields, so no choice of field content can forge a boundary.
std::string chainHash(const std::string& previous, const AuditEntry& e) {
    std::string canonical;
    for (const std::string& field : {previous, std::to_string(e.seq), std::to_string(e.atMs),
                                     e.actorUser, e.actorDevice, e.action, e.entity, e.detail})
        canonical += std::to_string(field.size()) + ":" + field + ";";
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(canonical.data(), canonical.size(), digest, &size, EVP_sha256(), nullptr);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < size; ++i) {
        out.push_back(hex[digest[i] >> 4]);
        out.push_back(hex[digest[i] & 0x0F]);
    }
    return out;
}

} // namespace

Status SqlCipherStorage::appendAuditLocked(AuditEntry entry) {
    std::string previous;
    if (inBatch_ && batchAuditHead_) {
        // Within one push batch (one transaction, under our lock) we wrote the head ourselves.
        entry.seq = batchAuditHead_->first + 1;
        previous = batchAuditHead_->second;
    } else {
        auto last = db_->cached("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
        if (!last)
            return last.error();
        auto row = (*last)->step();
        if (!row)
            return row.error();
        previous = *row ? (*last)->columnText(1) : kGenesisHash;
        entry.seq = *row ? static_cast<std::uint64_t>((*last)->columnInt(0)) + 1 : 1;
        (*last)->reset();
    }
    const std::string hash = chainHash(previous, entry);
    auto insert = db_->cached(
        "INSERT INTO audit_events(seq, at_ms, actor_user, actor_device, action, entity, detail, "
        "prev_hash, hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return insert.error();
    CUSTOS_TRY((*insert)
                   ->bind(1, static_cast<std::int64_t>(entry.seq))
                   .bind(2, entry.atMs)
                   .bind(3, entry.actorUser)
                   .bind(4, entry.actorDevice)
                   .bind(5, entry.action)
                   .bind(6, entry.entity)
                   .bind(7, entry.detail)
                   .bind(8, previous)
                   .bind(9, hash)
                   .run());
    if (inBatch_)
        batchAuditHead_ = std::make_pair(entry.seq, hash);
    return {};
}

Status SqlCipherStorage::appendAudit(const AuditEntry& entry) {
    std::lock_guard lock(mutex_);
    return transact([&] { return appendAuditLocked(entry); });
}

Result<AuditVerification> SqlCipherStorage::verifyAudit() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT seq, at_ms, actor_user, actor_device, action, entity, "
                             "detail, prev_hash, hash FROM audit_events ORDER BY seq");
    if (!stmt)
        return stmt.error();
    AuditVerification v;
    std::string previous = kGenesisHash;
    std::uint64_t expectedSeq = 1;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const AuditEntry e = readAuditEntry(*stmt);
        auto fail = [&](std::string problem) {
            v.firstBadSeq = e.seq;
            v.problem = std::move(problem);
        };
        if (e.seq != expectedSeq)
            fail("event " + std::to_string(expectedSeq) + " is missing (deleted?)");
        else if (stmt->columnText(7) != previous)
            fail("event does not follow the one before it (deleted or reordered events)");
        else if (chainHash(previous, e) != stmt->columnText(8))
            fail("event content does not match its hash (modified)");
        if (v.firstBadSeq != 0)
            return v;
        previous = stmt->columnText(8);
        ++expectedSeq;
        ++v.events;
    }
    v.headHash = previous;
    return v;
}

Result<std::vector<AuditEntry>> SqlCipherStorage::recentAudit(std::size_t limit) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT seq, at_ms, actor_user, actor_device, action, entity, detail "
                             "FROM audit_events ORDER BY seq DESC LIMIT ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(limit));
    return sqldb::collectRows<AuditEntry>(
        *stmt,
        [](const sqldb::Statement& row) -> Result<AuditEntry> { return readAuditEntry(row); });
}

} // namespace custos::storage
