#include "sync_service.h"

#include "auth.h"
#include "custos/proto/mapping.h"
#include "custos/service/grpc_status.h"
#include "event_log.h"

#include "custos/core/hlc.h"

namespace custos::service {
namespace {

void setOutcome(const storage::OpOutcome& outcome, v1::OpResult* result) {
    switch (outcome.kind) {
    case storage::OpOutcome::Kind::Accepted:
        result->set_outcome(v1::OP_OUTCOME_ACCEPTED);
        break;
    case storage::OpOutcome::Kind::Duplicate:
        result->set_outcome(v1::OP_OUTCOME_DUPLICATE);
        break;
    case storage::OpOutcome::Kind::Rejected:
        result->set_outcome(v1::OP_OUTCOME_REJECTED);
        break;
    }
    result->set_reason(outcome.reason);
    result->set_seq(outcome.seq);
}

/// What an op carries, or why it cannot be read (the reason goes back to the device).
Result<storage::OpPayload> decodeOp(const v1::Operation& op) {
    if (op.op_id().empty() || op.op_id().size() > 64)
        return makeError(ErrorCode::InvalidArgument, "operation id is missing or too long");
    if (op.has_observation()) {
        auto observation = protomap::fromProto(op.observation());
        if (!observation)
            return observation.error();
        return storage::OpPayload{std::move(observation).value()};
    }
    if (auto record = protomap::recordFromProto(op)) {
        if (!*record)
            return record->error();
        return storage::OpPayload{std::move(*record).value()};
    }
    return makeError(ErrorCode::InvalidArgument,
                     "this server version does not accept that kind of operation");
}

/// Streams the change feed in batches; each write waits for the previous one (flow control).
/// Its storage work (authentication, every batch) runs on the storage executor.
class PullReactor final : public grpc::ServerWriteReactor<v1::PullResponse> {
public:
    /// Streams the main feed, or with a backfill visit id that visit's changes up to untilSeq.
    PullReactor(storage::Storage& storage, SerialExecutor& executor, SerialExecutor& replies,
                const grpc::CallbackServerContext& context, const v1::PullRequest& request,
                const SyncLimits& limits)
        : storage_(storage), executor_(executor), replies_(replies), context_(context),
          cursor_(request.cursor()), backfillVisit_(request.backfill_visit_id()),
          untilSeq_(request.until_seq()) {
        batch_ = request.batch_size() == 0 ? limits.pullBatch : request.batch_size();
        batch_ = std::min(batch_, limits.maxPullBatch);
        executor_.post([this] { start(); });
    }

    void OnWriteDone(bool ok) override {
        if (!ok) {
            Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "the stream was interrupted"));
            return;
        }
        executor_.post([this] { writeNext(); });
    }
    void OnDone() override { delete this; }

private:
    void start() {
        auto caller = authenticateCall(context_, storage_);
        if (!caller) {
            logEvent("pull",
                     {{"peer", context_.peer()}, {"refused", toString(caller.error().code)}});
            finish(toGrpcStatus(caller.error()));
            return;
        }
        caller_ = std::move(caller).value();
        logEvent("pull", {{"peer", context_.peer()},
                          {"user", caller_.userId},
                          {"device", caller_.deviceId},
                          {"cursor", std::to_string(cursor_)}});
        // Where the feed ends now, for the device's progress bar; a backfill ends at untilSeq.
        if (!backfillVisit_.empty()) {
            head_ = untilSeq_;
        } else if (auto head = storage_.headSeq()) {
            head_ = *head;
        }
        writeNext();
    }

    void writeNext() {
        if (done_) {
            finish(grpc::Status::OK);
            return;
        }
        auto changes = backfillVisit_.empty()
                           ? storage_.changesAfter(caller_, cursor_, batch_)
                           : storage_.backfill(caller_, backfillVisit_, cursor_, untilSeq_, batch_);
        if (!changes) {
            finish(toGrpcStatus(changes.error()));
            return;
        }
        response_.Clear();
        for (const auto& change : *changes) {
            protomap::toProto(change, response_.add_changes());
            cursor_ = change.seq;
        }
        done_ = changes->size() < batch_;
        response_.set_cursor(cursor_);
        response_.set_caught_up(done_);
        response_.set_server_time_ms(static_cast<std::int64_t>(systemMillis()));
        response_.set_head_seq(std::max(head_, cursor_));
        // The next writeNext waits for OnWriteDone, so response_ is not touched meanwhile.
        replies_.post([this] { StartWrite(&response_); });
    }

    void finish(grpc::Status status) {
        replies_.post([this, status = std::move(status)] { Finish(status); });
    }

    storage::Storage& storage_;
    SerialExecutor& executor_;
    SerialExecutor& replies_;
    const grpc::CallbackServerContext& context_;
    storage::Caller caller_;
    std::uint64_t cursor_;
    std::size_t batch_ = 0;
    std::string backfillVisit_;
    std::uint64_t untilSeq_;
    bool done_ = false;
    std::uint64_t head_ = 0;
    v1::PullResponse response_;
};

} // namespace

grpc::Status SyncServiceImpl::push(const grpc::CallbackServerContext& context,
                                   const v1::PushRequest& request, v1::PushResponse& response) {
    auto caller = authenticateCall(context, storage_);
    if (!caller)
        return toGrpcStatus(caller.error());
    logEvent("push.caller", {{"user", caller->userId}, {"device", caller->deviceId}});
    if (static_cast<std::size_t>(request.ops_size()) > limits_.maxOpsPerPush)
        return {grpc::StatusCode::RESOURCE_EXHAUSTED, "a push may carry at most " +
                                                          std::to_string(limits_.maxOpsPerPush) +
                                                          " operations; send smaller batches"};
    if (request.ByteSizeLong() > limits_.maxPushBytes)
        return {grpc::StatusCode::RESOURCE_EXHAUSTED, "a push may carry at most " +
                                                          std::to_string(limits_.maxPushBytes) +
                                                          " bytes; send smaller batches"};

    // Ops that cannot even be read are rejected individually; the rest go to storage together.
    std::vector<storage::Op> ops;
    std::vector<int> opIndex; // position in the request of each op sent to storage
    response.mutable_results()->Reserve(request.ops_size());
    for (int i = 0; i < request.ops_size(); ++i) {
        const auto& op = request.ops(i);
        auto* result = response.add_results();
        result->set_op_id(op.op_id());
        auto payload = decodeOp(op);
        if (!payload) {
            result->set_outcome(v1::OP_OUTCOME_REJECTED);
            result->set_reason(payload.error().message);
            continue;
        }
        ops.push_back({op.op_id(), std::move(payload).value()});
        opIndex.push_back(i);
    }
    if (!ops.empty()) {
        auto outcomes = storage_.applyOps(*caller, ops);
        if (!outcomes)
            return toGrpcStatus(outcomes.error());
        for (std::size_t k = 0; k < outcomes->size(); ++k)
            setOutcome((*outcomes)[k], response.mutable_results(opIndex[k]));
    }
    response.set_server_time_ms(static_cast<std::int64_t>(systemMillis()));
    return grpc::Status::OK;
}

grpc::ServerUnaryReactor* SyncServiceImpl::Push(grpc::CallbackServerContext* context,
                                                const v1::PushRequest* request,
                                                v1::PushResponse* response) {
    const auto started = systemMillis();
    auto* reactor = context->DefaultReactor();
    storageWork_.post([this, context, request, response, reactor, started] {
        const auto dequeued = systemMillis();
        const auto status = push(*context, *request, *response);
        int accepted = 0, duplicate = 0, rejected = 0;
        for (const auto& r : response->results()) {
            accepted += r.outcome() == v1::OP_OUTCOME_ACCEPTED;
            duplicate += r.outcome() == v1::OP_OUTCOME_DUPLICATE;
            rejected += r.outcome() == v1::OP_OUTCOME_REJECTED;
        }
        const auto finished = systemMillis();
        replies_.post([context, request, reactor, status, accepted, duplicate, rejected, started,
                       dequeued, finished] {
            // ms: from the call's arrival to its answer; queued_ms of it waiting for storage.
            logEvent("push", {{"peer", context->peer()},
                              {"status", std::to_string(status.error_code())},
                              {"ops", std::to_string(request->ops_size())},
                              {"accepted", std::to_string(accepted)},
                              {"duplicate", std::to_string(duplicate)},
                              {"rejected", std::to_string(rejected)},
                              {"queued_ms", std::to_string(dequeued - started)},
                              {"ms", std::to_string(finished - started)}});
            reactor->Finish(status);
        });
    });
    return reactor;
}

grpc::ServerWriteReactor<v1::PullResponse>*
SyncServiceImpl::Pull(grpc::CallbackServerContext* context, const v1::PullRequest* request) {
    return new PullReactor(storage_, storageWork_, replies_, *context, *request, limits_);
}

} // namespace custos::service
