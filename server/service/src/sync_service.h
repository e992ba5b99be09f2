#pragma once
// SyncService: Push (idempotent batches of operations) and Pull (change feed after a cursor).

#include "custos/service/server.h"
#include "custos/storage/storage.h"
#include "serial_executor.h"

#include "custos/v1/sync.grpc.pb.h"

namespace custos::service {

/// The sync RPCs on the callback API.
class SyncServiceImpl final : public v1::SyncService::CallbackService {
public:
    SyncServiceImpl(storage::Storage& storage, SyncLimits limits)
        : storage_(storage), limits_(limits) {}

    grpc::ServerUnaryReactor* Push(grpc::CallbackServerContext* context,
                                   const v1::PushRequest* request,
                                   v1::PushResponse* response) override;
    grpc::ServerWriteReactor<v1::PullResponse>* Pull(grpc::CallbackServerContext* context,
                                                     const v1::PullRequest* request) override;

private:
    grpc::Status push(const grpc::CallbackServerContext& context, const v1::PushRequest& request,
                      v1::PushResponse& response);

    storage::Storage& storage_;
    SyncLimits limits_;
    /// Answers (Finish, StartWrite: gRPC sends them on the calling thread) and their log
    /// events, off the storage thread. Declared first: storage work posts here until its end.
    SerialExecutor replies_;
    /// Pushes and pulls wait for storage here, not on gRPC's callback threads.
    SerialExecutor storageWork_;
};

} // namespace custos::service
