#pragma once
// SyncService: Push (idempotent batches of operations) and Pull (change feed after a cursor).

#include "custos/service/server.h"
#include "custos/storage/storage.h"
#include "grouping_queue.h"
#include "serial_executor.h"

#include "custos/v1/sync.grpc.pb.h"

namespace custos::service {

/// The sync RPCs on the callback API.
class SyncServiceImpl final : public v1::SyncService::CallbackService {
public:
    SyncServiceImpl(storage::Storage& storage, SyncLimits limits)
        : storage_(storage), limits_(limits),
          pushes_(storageWork_, limits.pushesPerCommit,
                  [this](std::vector<PendingPush> group) { applyPushGroup(std::move(group)); }) {}

    grpc::ServerUnaryReactor* Push(grpc::CallbackServerContext* context,
                                   const v1::PushRequest* request,
                                   v1::PushResponse* response) override;
    grpc::ServerWriteReactor<v1::PullResponse>* Pull(grpc::CallbackServerContext* context,
                                                     const v1::PullRequest* request) override;

private:
    /// A Push call waiting for the storage thread; gRPC keeps all of it alive until Finish.
    struct PendingPush {
        grpc::CallbackServerContext* context;
        const v1::PushRequest* request;
        v1::PushResponse* response;
        grpc::ServerUnaryReactor* reactor;
        std::uint64_t arrivedMs;
    };
    /// A push checked and decoded: its caller and the ops that go to storage (opIndex: each
    /// one's place in the request), or why the whole call is refused.
    struct PreparedPush {
        grpc::Status status;
        storage::Caller caller;
        std::vector<storage::Op> ops;
        std::vector<int> opIndex;
    };

    PreparedPush preparePush(const grpc::CallbackServerContext& context,
                             const v1::PushRequest& request, v1::PushResponse& response);
    /// Runs on the storage thread: the group's pushes in one transaction, then their answers.
    void applyPushGroup(std::vector<PendingPush> group);

    storage::Storage& storage_;
    SyncLimits limits_;
    /// Answers (Finish, StartWrite: gRPC sends them on the calling thread) and their log
    /// events, off the storage thread. Declared first: storage work posts here until its end.
    SerialExecutor replies_;
    /// Pushes that arrive while the storage thread is busy share the next transaction.
    /// Declared before storageWork_ (only a reference to it is kept here), so it outlives the
    /// storage thread, which runs what is still queued when it stops.
    GroupingQueue<PendingPush> pushes_;
    /// Pushes and pulls wait for storage here, not on gRPC's callback threads.
    SerialExecutor storageWork_;
};

} // namespace custos::service
