#include "attachment_service.h"

#include "auth.h"
#include "custos/service/grpc_status.h"
#include "custos/service/secrets.h"
#include "event_log.h"

#include <cctype>

namespace custos::service {
namespace {

constexpr std::size_t kMaxChunkBytes = 1024 * 1024;
constexpr std::int64_t kDownloadChunkBytes = 256 * 1024;

bool isSha256Hex(const std::string& text) {
    if (text.size() != 64)
        return false;
    for (char c : text)
        if (!std::isxdigit(static_cast<unsigned char>(c)) ||
            std::isupper(static_cast<unsigned char>(c)))
            return false;
    return true;
}

std::span<const std::uint8_t> bytesOf(const std::string& data) {
    return {reinterpret_cast<const std::uint8_t*>(data.data()), data.size()};
}

void fill(const storage::Attachment& a, v1::UploadResult* out) {
    out->set_sha256(a.sha256);
    out->set_held(a.held);
    out->set_committed(a.committed);
}

/// Receives one upload: each chunk is checked against its own hash and the offset the server
/// holds, and stored in its own transaction (so a cut connection keeps what arrived); the whole
/// content is verified against its SHA-256 before the attachment is committed.
class UploadReactor final : public grpc::ServerReadReactor<v1::UploadChunk> {
public:
    UploadReactor(storage::Storage& storage, storage::Caller caller, SyncLimits limits,
                  v1::UploadResult* response, std::string peer)
        : storage_(storage), caller_(std::move(caller)), limits_(limits), response_(response),
          peer_(std::move(peer)) {
        StartRead(&chunk_);
    }
    void OnReadDone(bool ok) override {
        if (!ok) {
            finishUpload();
            return;
        }
        const grpc::Status status = take(chunk_);
        if (!status.ok()) {
            log(status);
            Finish(status);
            return;
        }
        StartRead(&chunk_);
    }
    void OnDone() override { delete this; }

private:
    grpc::Status begin(const v1::AttachmentInfo& info) {
        if (!isSha256Hex(info.sha256()))
            return {grpc::StatusCode::INVALID_ARGUMENT,
                    "the attachment's sha256 must be 64 lowercase hex digits"};
        if (info.size() <= 0)
            return {grpc::StatusCode::INVALID_ARGUMENT, "the attachment's size must be positive"};
        if (static_cast<std::uint64_t>(info.size()) > limits_.maxAttachmentBytes)
            return {grpc::StatusCode::RESOURCE_EXHAUSTED,
                    "attachments may be at most " + std::to_string(limits_.maxAttachmentBytes) +
                        " bytes; reduce the photo's resolution"};
        if (info.media_type().empty() || info.media_type().size() > 100)
            return {grpc::StatusCode::INVALID_ARGUMENT, "the attachment needs a media type"};
        auto visit = storage_.findVisit(info.visit_id());
        if (!visit && visit.error().code != ErrorCode::NotFound)
            return toGrpcStatus(visit.error());
        if (auto refused = storage::uploadRefusal(caller_, visit ? &*visit : nullptr))
            return {grpc::StatusCode::PERMISSION_DENIED, *refused};
        auto held = storage_.beginAttachment({info.sha256(), info.visit_id(), info.size(),
                                              info.media_type(), info.shows_people(),
                                              caller_.userId, 0, false});
        if (!held)
            return toGrpcStatus(held.error());
        attachment_ = std::move(held).value();
        return grpc::Status::OK;
    }

    grpc::Status take(const v1::UploadChunk& chunk) {
        if (!attachment_) {
            if (!chunk.has_info())
                return {grpc::StatusCode::INVALID_ARGUMENT,
                        "the first message of an upload must describe the attachment"};
            if (auto status = begin(chunk.info()); !status.ok())
                return status;
        }
        if (chunk.data().empty())
            return grpc::Status::OK; // a message carrying only the description
        if (chunk.sha256() != attachment_->sha256)
            return {grpc::StatusCode::INVALID_ARGUMENT,
                    "every chunk of an upload must name the same attachment"};
        if (chunk.data().size() > kMaxChunkBytes)
            return {grpc::StatusCode::RESOURCE_EXHAUSTED, "chunks may be at most 1 MiB"};
        if (sha256Hex(chunk.data()) != chunk.chunk_sha256())
            return {grpc::StatusCode::DATA_LOSS,
                    "a chunk arrived damaged (its SHA-256 does not match); resend from offset " +
                        std::to_string(attachment_->held)};
        if (attachment_->committed)
            return grpc::Status::OK; // already complete: nothing to add
        auto held =
            storage_.appendAttachment(attachment_->sha256, chunk.offset(), bytesOf(chunk.data()));
        if (!held)
            return toGrpcStatus(held.error());
        attachment_ = std::move(held).value();
        return grpc::Status::OK;
    }

    void finishUpload() {
        if (!attachment_) {
            Finish({grpc::StatusCode::INVALID_ARGUMENT, "the upload carried nothing"});
            return;
        }
        if (!attachment_->committed && attachment_->held == attachment_->size) {
            auto content = storage_.readAttachment(attachment_->sha256, 0, attachment_->size);
            if (!content) {
                Finish(toGrpcStatus(content.error()));
                return;
            }
            const std::string_view view(reinterpret_cast<const char*>(content->data()),
                                        content->size());
            if (sha256Hex(view) != attachment_->sha256) {
                (void)storage_.discardAttachment(attachment_->sha256);
                const grpc::Status status{grpc::StatusCode::DATA_LOSS,
                                          "the attachment's content does not match its SHA-256; "
                                          "it was discarded, upload it again"};
                log(status);
                Finish(status);
                return;
            }
            auto committed = storage_.commitAttachment(caller_, attachment_->sha256);
            if (!committed) {
                Finish(toGrpcStatus(committed.error()));
                return;
            }
            attachment_ = std::move(committed).value();
        }
        fill(*attachment_, response_);
        log(grpc::Status::OK);
        Finish(grpc::Status::OK);
    }

    void log(const grpc::Status& status) {
        logEvent("attachment.upload",
                 {{"peer", peer_},
                  {"user", caller_.userId},
                  {"sha256", attachment_ ? attachment_->sha256 : std::string{}},
                  {"held", attachment_ ? std::to_string(attachment_->held) : "0"},
                  {"committed", attachment_ && attachment_->committed ? "true" : "false"},
                  {"status", std::to_string(status.error_code())}});
    }

    storage::Storage& storage_;
    storage::Caller caller_;
    SyncLimits limits_;
    v1::UploadResult* response_;
    std::string peer_;
    v1::UploadChunk chunk_;
    std::optional<storage::Attachment> attachment_;
};

class FailedUpload final : public grpc::ServerReadReactor<v1::UploadChunk> {
public:
    explicit FailedUpload(grpc::Status status) { Finish(std::move(status)); }
    void OnDone() override { delete this; }
};

/// Streams a committed attachment in pieces, each write waiting for the previous one.
class DownloadReactor final : public grpc::ServerWriteReactor<v1::DownloadChunk> {
public:
    DownloadReactor(storage::Storage& storage, storage::Attachment attachment, std::int64_t offset)
        : storage_(storage), attachment_(std::move(attachment)), offset_(offset) {
        auto* info = chunk_.mutable_info();
        info->set_sha256(attachment_.sha256);
        info->set_visit_id(attachment_.visitId);
        info->set_size(attachment_.size);
        info->set_media_type(attachment_.mediaType);
        info->set_shows_people(attachment_.showsPeople);
        writeNext();
    }
    void OnWriteDone(bool ok) override {
        if (!ok) {
            Finish({grpc::StatusCode::UNAVAILABLE, "the download was interrupted; resume it"});
            return;
        }
        chunk_.clear_info();
        writeNext();
    }
    void OnDone() override { delete this; }

private:
    void writeNext() {
        if (offset_ >= attachment_.size) {
            Finish(grpc::Status::OK);
            return;
        }
        auto bytes = storage_.readAttachment(attachment_.sha256, offset_, kDownloadChunkBytes);
        if (!bytes || bytes->empty()) {
            Finish(bytes ? grpc::Status{grpc::StatusCode::DATA_LOSS, "the attachment is incomplete"}
                         : toGrpcStatus(bytes.error()));
            return;
        }
        chunk_.set_offset(offset_);
        chunk_.set_data(std::string(bytes->begin(), bytes->end()));
        offset_ += static_cast<std::int64_t>(bytes->size());
        StartWrite(&chunk_);
    }

    storage::Storage& storage_;
    storage::Attachment attachment_;
    std::int64_t offset_;
    v1::DownloadChunk chunk_;
};

class FailedDownload final : public grpc::ServerWriteReactor<v1::DownloadChunk> {
public:
    explicit FailedDownload(grpc::Status status) { Finish(std::move(status)); }
    void OnDone() override { delete this; }
};

} // namespace

grpc::ServerReadReactor<v1::UploadChunk>*
AttachmentServiceImpl::Upload(grpc::CallbackServerContext* context, v1::UploadResult* response) {
    auto caller = authenticateCall(*context, storage_);
    if (!caller)
        return new FailedUpload(toGrpcStatus(caller.error()));
    return new UploadReactor(storage_, std::move(caller).value(), limits_, response,
                             context->peer());
}

grpc::ServerUnaryReactor* AttachmentServiceImpl::Offset(grpc::CallbackServerContext* context,
                                                        const v1::OffsetRequest* request,
                                                        v1::UploadResult* response) {
    auto* reactor = context->DefaultReactor();
    auto caller = authenticateCall(*context, storage_);
    if (!caller) {
        reactor->Finish(toGrpcStatus(caller.error()));
        return reactor;
    }
    auto held = storage_.findAttachment(request->sha256());
    if (!held) {
        // Nothing held yet is an answer, not an error: the upload starts at 0.
        if (held.error().code == ErrorCode::NotFound) {
            response->set_sha256(request->sha256());
            reactor->Finish(grpc::Status::OK);
        } else {
            reactor->Finish(toGrpcStatus(held.error()));
        }
        return reactor;
    }
    auto visit = storage_.findVisit(held->visitId);
    if (auto refused = storage::downloadRefusal(*caller, visit ? &*visit : nullptr)) {
        reactor->Finish({grpc::StatusCode::PERMISSION_DENIED, *refused});
        return reactor;
    }
    fill(*held, response);
    reactor->Finish(grpc::Status::OK);
    return reactor;
}

grpc::ServerWriteReactor<v1::DownloadChunk>*
AttachmentServiceImpl::Download(grpc::CallbackServerContext* context,
                                const v1::DownloadRequest* request) {
    auto caller = authenticateCall(*context, storage_);
    if (!caller)
        return new FailedDownload(toGrpcStatus(caller.error()));
    auto held = storage_.findAttachment(request->sha256());
    if (!held)
        return new FailedDownload(toGrpcStatus(held.error()));
    auto visit = storage_.findVisit(held->visitId);
    if (auto refused = storage::downloadRefusal(*caller, visit ? &*visit : nullptr))
        return new FailedDownload({grpc::StatusCode::PERMISSION_DENIED, *refused});
    if (!held->committed)
        return new FailedDownload({grpc::StatusCode::FAILED_PRECONDITION,
                                   "the attachment has not been completely uploaded yet"});
    if (request->offset() < 0 || request->offset() > held->size)
        return new FailedDownload(
            {grpc::StatusCode::OUT_OF_RANGE, "the offset is outside the attachment"});
    logEvent("attachment.download",
             {{"peer", context->peer()}, {"user", caller->userId}, {"sha256", held->sha256}});
    return new DownloadReactor(storage_, std::move(held).value(), request->offset());
}

} // namespace custos::service
