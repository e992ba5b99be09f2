#pragma once
// AttachmentService: resumable, chunked, verified uploads and downloads of photos and documents.

#include "custos/service/server.h"
#include "custos/storage/storage.h"

#include "custos/v1/attachments.grpc.pb.h"

namespace custos::service {

/// The attachment RPCs on the callback API.
class AttachmentServiceImpl final : public v1::AttachmentService::CallbackService {
public:
    AttachmentServiceImpl(storage::Storage& storage, SyncLimits limits)
        : storage_(storage), limits_(limits) {}

    grpc::ServerReadReactor<v1::UploadChunk>* Upload(grpc::CallbackServerContext* context,
                                                     v1::UploadResult* response) override;
    grpc::ServerUnaryReactor* Offset(grpc::CallbackServerContext* context,
                                     const v1::OffsetRequest* request,
                                     v1::UploadResult* response) override;
    grpc::ServerWriteReactor<v1::DownloadChunk>*
    Download(grpc::CallbackServerContext* context, const v1::DownloadRequest* request) override;

private:
    storage::Storage& storage_;
    SyncLimits limits_;
};

} // namespace custos::service
