// SqlCipherStorage: attachments, kept in chunks inside the encrypted database (never as files:
// a photo of a detainee must not exist outside the encrypted store).
#include "sqlcipher_storage.h"

#include "custos/core/hlc.h"

namespace custos::storage {

Result<Attachment> SqlCipherStorage::findAttachmentLocked(const std::string& sha256) {
    auto stmt = db_->cached("SELECT sha256, visit_id, size, media_type, shows_people, uploader_id, "
                            "held, committed FROM attachments WHERE sha256 = ?1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sha256);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, "no attachment " + sha256);
    const auto& s = **stmt;
    Attachment a{s.columnText(0),     s.columnText(1), s.columnInt(2), s.columnText(3),
                 s.columnInt(4) != 0, s.columnText(5), s.columnInt(6), s.columnInt(7) != 0};
    (*stmt)->reset();
    return a;
}

Result<Attachment> SqlCipherStorage::findAttachment(const std::string& sha256) {
    std::lock_guard lock(mutex_);
    return findAttachmentLocked(sha256);
}

Result<Attachment> SqlCipherStorage::beginAttachment(const Attachment& wanted) {
    std::lock_guard lock(mutex_);
    auto existing = findAttachmentLocked(wanted.sha256);
    if (existing) {
        if (existing->visitId != wanted.visitId || existing->size != wanted.size)
            return makeError(ErrorCode::AlreadyExists,
                             "an attachment with this content is already held for another visit "
                             "or with another size");
        return existing;
    }
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();
    auto insert = db_->prepare(
        "INSERT INTO attachments(sha256, visit_id, size, media_type, shows_people, uploader_id, "
        "started_at_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insert)
        return insert.error();
    CUSTOS_TRY(insert->bind(1, wanted.sha256)
                   .bind(2, wanted.visitId)
                   .bind(3, wanted.size)
                   .bind(4, wanted.mediaType)
                   .bind(5, std::int64_t{wanted.showsPeople ? 1 : 0})
                   .bind(6, wanted.uploaderId)
                   .bind(7, static_cast<std::int64_t>(systemMillis()))
                   .run());
    return findAttachmentLocked(wanted.sha256);
}

Result<Attachment> SqlCipherStorage::appendAttachment(const std::string& sha256,
                                                      std::int64_t offset,
                                                      std::span<const std::uint8_t> bytes) {
    std::lock_guard lock(mutex_);
    Result<Attachment> updated = makeError(ErrorCode::Internal, "not written");
    const Status status = transact([&]() -> Status {
        auto held = findAttachmentLocked(sha256);
        if (!held)
            return held.error();
        if (held->committed)
            return makeError(ErrorCode::AlreadyExists, "the attachment is already complete");
        if (offset != held->held)
            return makeError(ErrorCode::FailedPrecondition,
                             "the server holds " + std::to_string(held->held) +
                                 " bytes of this attachment; resume from there");
        if (held->held + static_cast<std::int64_t>(bytes.size()) > held->size)
            return makeError(ErrorCode::InvalidArgument,
                             "the chunk goes beyond the attachment's declared size");
        auto chunk =
            db_->cached("INSERT INTO attachment_chunks(sha256, offset, data) VALUES(?1, ?2, ?3)");
        if (!chunk)
            return chunk.error();
        CUSTOS_TRY((*chunk)->bind(1, sha256).bind(2, offset).bindBlob(3, bytes).run());
        auto grow = db_->cached("UPDATE attachments SET held = held + ?2 WHERE sha256 = ?1");
        if (!grow)
            return grow.error();
        CUSTOS_TRY((*grow)->bind(1, sha256).bind(2, static_cast<std::int64_t>(bytes.size())).run());
        updated = findAttachmentLocked(sha256);
        return updated ? Status{} : Status{updated.error()};
    });
    if (!status.ok())
        return status.error();
    return updated;
}

Result<Attachment> SqlCipherStorage::commitAttachment(const Caller& caller,
                                                      const std::string& sha256) {
    std::lock_guard lock(mutex_);
    Result<Attachment> committed = makeError(ErrorCode::Internal, "not committed");
    const Status status = transact([&]() -> Status {
        auto held = findAttachmentLocked(sha256);
        if (!held)
            return held.error();
        if (held->held != held->size)
            return makeError(ErrorCode::FailedPrecondition,
                             "the attachment is not complete: " + std::to_string(held->held) +
                                 " of " + std::to_string(held->size) + " bytes held");
        auto mark = db_->cached("UPDATE attachments SET committed = 1 WHERE sha256 = ?1");
        if (!mark)
            return mark.error();
        CUSTOS_TRY((*mark)->bind(1, sha256).run());
        CUSTOS_TRY(
            appendAuditLocked({0, static_cast<std::int64_t>(systemMillis()), caller.userId,
                               caller.deviceId, "attachment.committed", sha256,
                               "visit " + held->visitId + " bytes " + std::to_string(held->size)}));
        committed = findAttachmentLocked(sha256);
        return committed ? Status{} : Status{committed.error()};
    });
    if (!status.ok())
        return status.error();
    return committed;
}

Status SqlCipherStorage::discardAttachment(const std::string& sha256) {
    std::lock_guard lock(mutex_);
    return transact([&]() -> Status {
        for (const char* sql : {"DELETE FROM attachment_chunks WHERE sha256 = ?1",
                                "DELETE FROM attachments WHERE sha256 = ?1 AND committed = 0"}) {
            auto stmt = db_->cached(sql);
            if (!stmt)
                return stmt.error();
            CUSTOS_TRY((*stmt)->bind(1, sha256).run());
        }
        return {};
    });
}

Result<std::vector<std::uint8_t>> SqlCipherStorage::readAttachment(const std::string& sha256,
                                                                   std::int64_t offset,
                                                                   std::int64_t length) {
    std::lock_guard lock(mutex_);
    // Chunks overlapping [offset, offset + length), in order.
    auto stmt =
        db_->cached("SELECT offset, data FROM attachment_chunks WHERE sha256 = ?1 AND offset < ?3 "
                    "AND offset + length(data) > ?2 ORDER BY offset");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sha256).bind(2, offset).bind(3, offset + length);
    std::vector<std::uint8_t> out;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::int64_t start = (*stmt)->columnInt(0);
        const auto data = (*stmt)->columnBlob(1);
        const std::int64_t from = std::max<std::int64_t>(offset, start) - start;
        const std::int64_t to =
            std::min<std::int64_t>(offset + length,
                                   start + static_cast<std::int64_t>(data.size())) -
            start;
        out.insert(out.end(), data.begin() + from, data.begin() + to);
    }
    return out;
}

} // namespace custos::storage
