// Transport: resumable, verified attachment upload and download.
#include "custos/sync/transport.h"

#include "custos/sync/grpc_errors.h"
#include "transport_impl.h"

#include "custos/core/digest.h"

namespace custos::sync {

Result<UploadState> Transport::attachmentState(const std::string& sha256) {
    grpc::ClientContext context;
    impl_->prepare(context, timeout_);
    v1::OffsetRequest request;
    request.set_sha256(sha256);
    v1::UploadResult response;
    const auto status = impl_->attachments->Offset(&context, request, &response);
    if (!status.ok())
        return fromGrpcStatus(status);
    return UploadState{sha256, response.held(), response.committed()};
}

Result<UploadState> Transport::uploadAttachment(const AttachmentUpload& upload,
                                                std::size_t chunkBytes, std::size_t maxChunks) {
    // The server may still be storing chunks of an earlier, cut call when this one starts; it
    // then answers FAILED_PRECONDITION with the offset it holds, and the upload resumes there.
    for (int attempt = 1;; ++attempt) {
        auto state = uploadFromHeldOffset(upload, chunkBytes, maxChunks);
        if (state || state.error().code != ErrorCode::FailedPrecondition || attempt == 3)
            return state;
    }
}

Result<UploadState> Transport::uploadFromHeldOffset(const AttachmentUpload& upload,
                                                    std::size_t chunkBytes, std::size_t maxChunks) {
    const std::string sha256 = sha256Hex(upload.content);
    auto state = attachmentState(sha256);
    if (!state)
        return state.error();
    if (state->committed)
        return state;
    grpc::ClientContext context;
    // Large uploads on slow links: time scales with size, never below the call timeout.
    impl_->prepare(context, timeout_ * (1 + static_cast<int>(upload.content.size() / (1 << 20))));
    v1::UploadResult response;
    auto writer = impl_->attachments->Upload(&context, &response);
    v1::UploadChunk chunk;
    auto* info = chunk.mutable_info();
    info->set_sha256(sha256);
    info->set_visit_id(upload.visitId);
    info->set_size(static_cast<std::int64_t>(upload.content.size()));
    info->set_media_type(upload.mediaType);
    info->set_shows_people(upload.showsPeople);
    std::size_t offset = static_cast<std::size_t>(state->held);
    std::size_t sent = 0;
    bool first = true;
    while (offset < upload.content.size() && sent < maxChunks) {
        if (!first)
            chunk.clear_info();
        first = false;
        const auto piece = std::string_view(upload.content).substr(offset, chunkBytes);
        chunk.set_sha256(sha256);
        chunk.set_offset(static_cast<std::int64_t>(offset));
        chunk.set_data(std::string(piece));
        chunk.set_chunk_sha256(sha256Hex(piece));
        if (!writer->Write(chunk))
            break; // the server ended the call; Finish says why
        offset += piece.size();
        ++sent;
    }
    if (first) { // nothing to send but the description (resuming a complete upload)
        chunk.set_sha256(sha256);
        (void)writer->Write(chunk);
    }
    writer->WritesDone();
    const auto status = writer->Finish();
    if (!status.ok())
        return fromGrpcStatus(status);
    return UploadState{response.sha256(), response.held(), response.committed()};
}

Result<std::string> Transport::downloadAttachment(const std::string& sha256) {
    auto fetched = fetchAttachment(sha256);
    if (!fetched)
        return fetched.error();
    return std::move(fetched->content);
}

Result<DownloadedAttachment> Transport::fetchAttachment(const std::string& sha256) {
    grpc::ClientContext context;
    impl_->prepare(context, timeout_ * 4);
    v1::DownloadRequest request;
    request.set_sha256(sha256);
    auto reader = impl_->attachments->Download(&context, request);
    DownloadedAttachment out;
    out.sha256 = sha256;
    v1::DownloadChunk chunk;
    while (reader->Read(&chunk)) {
        if (chunk.offset() != static_cast<std::int64_t>(out.content.size())) {
            context.TryCancel();
            (void)reader->Finish();
            return makeError(ErrorCode::Corrupt, "the attachment arrived out of order");
        }
        if (chunk.has_info()) {
            out.visitId = chunk.info().visit_id();
            out.mediaType = chunk.info().media_type();
            out.showsPeople = chunk.info().shows_people();
        }
        out.content += chunk.data();
    }
    const auto status = reader->Finish();
    if (!status.ok())
        return fromGrpcStatus(status);
    if (sha256Hex(out.content) != sha256)
        return makeError(ErrorCode::Corrupt,
                         "the downloaded attachment does not match its SHA-256; try again");
    return out;
}

} // namespace custos::sync
