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
          cursor_(request.cursor()), firstCursor_(request.cursor()),
          backfillVisit_(request.backfill_visit_id()), untilSeq_(request.until_seq()),
          arrivedMs_(systemMillis()) {
        batch_ = request.batch_size() == 0 ? limits.pullBatch : request.batch_size();
        batch_ = std::min(batch_, limits.maxPullBatch);
        executor_.post([this] { start(); });
    }

    void OnWriteDone(bool ok) override {
        if (!ok) {
            finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "the stream was interrupted"));
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
            finish(toGrpcStatus(caller.error()), false);
            return;
        }
        caller_ = std::move(caller).value();
        // Where the feed ends now, for the device's progress bar; a backfill ends at untilSeq.
        if (!backfillVisit_.empty()) {
            head_ = untilSeq_;
        } else if (auto head = storage_.headSeq()) {
            head_ = *head;
        }
        writeNext();
    }

    void writeNext() {
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
        sent_ += changes->size();
        const bool last = changes->size() < batch_;
        response_.set_cursor(cursor_);
        response_.set_caught_up(last);
        response_.set_server_time_ms(static_cast<std::int64_t>(systemMillis()));
        response_.set_head_seq(std::max(head_, cursor_));
        if (last) {
            // The last batch and the end of the stream in one step: no further trip through
            // the storage queue just to say "that was all".
            logDone(grpc::Status::OK);
            replies_.post([this] {
                StartWriteAndFinish(&response_, grpc::WriteOptions(), grpc::Status::OK);
            });
            return;
        }
        // The next writeNext waits for OnWriteDone, so response_ is not touched meanwhile.
        replies_.post([this] { StartWrite(&response_); });
    }

    /// Ends the stream; `logged` false when the refusal was logged already.
    void finish(grpc::Status status, bool logged = true) {
        if (logged)
            logDone(status);
        replies_.post([this, status = std::move(status)] { Finish(status); });
    }

    void logDone(const grpc::Status& status) const {
        // ms: from the call's arrival to its end (the device's reading time included).
        logEvent("pull", {{"peer", context_.peer()},
                          {"user", caller_.userId},
                          {"device", caller_.deviceId},
                          {"cursor", std::to_string(firstCursor_)},
                          {"changes", std::to_string(sent_)},
                          {"status", std::to_string(status.error_code())},
                          {"ms", std::to_string(systemMillis() - arrivedMs_)}});
    }

    storage::Storage& storage_;
    SerialExecutor& executor_;
    SerialExecutor& replies_;
    const grpc::CallbackServerContext& context_;
    storage::Caller caller_;
    std::uint64_t cursor_;
    const std::uint64_t firstCursor_;
    std::size_t batch_ = 0;
    std::string backfillVisit_;
    std::uint64_t untilSeq_;
    const std::uint64_t arrivedMs_;
    std::size_t sent_ = 0;
    std::uint64_t head_ = 0;
    v1::PullResponse response_;
};

} // namespace

SyncServiceImpl::PreparedPush
SyncServiceImpl::preparePush(const grpc::CallbackServerContext& context,
                             const v1::PushRequest& request, v1::PushResponse& response) {
    PreparedPush prepared;
    auto caller = authenticateCall(context, storage_);
    if (!caller) {
        prepared.status = toGrpcStatus(caller.error());
        return prepared;
    }
    prepared.caller = std::move(caller).value();
    logEvent("push.caller",
             {{"user", prepared.caller.userId}, {"device", prepared.caller.deviceId}});
    if (static_cast<std::size_t>(request.ops_size()) > limits_.maxOpsPerPush) {
        prepared.status = {grpc::StatusCode::RESOURCE_EXHAUSTED,
                           "a push may carry at most " + std::to_string(limits_.maxOpsPerPush) +
                               " operations; send smaller batches"};
        return prepared;
    }
    if (request.ByteSizeLong() > limits_.maxPushBytes) {
        prepared.status = {grpc::StatusCode::RESOURCE_EXHAUSTED,
                           "a push may carry at most " + std::to_string(limits_.maxPushBytes) +
                               " bytes; send smaller batches"};
        return prepared;
    }
    // Ops that cannot even be read are rejected individually; the rest go to storage together.
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
        prepared.ops.push_back({op.op_id(), std::move(payload).value()});
        prepared.opIndex.push_back(i);
    }
    return prepared;
}

void SyncServiceImpl::applyPushGroup(std::vector<PendingPush> group) {
    const auto dequeued = systemMillis();
    std::vector<PreparedPush> prepared;
    prepared.reserve(group.size());
    for (const auto& push : group)
        prepared.push_back(preparePush(*push.context, *push.request, *push.response));

    // One transaction for the group's pushes; each push keeps its own outcome.
    std::vector<storage::PushBatch> batches;
    std::vector<std::size_t> batchOwner;
    for (std::size_t i = 0; i < prepared.size(); ++i) {
        if (prepared[i].status.ok() && !prepared[i].ops.empty()) {
            batches.push_back({prepared[i].caller, prepared[i].ops});
            batchOwner.push_back(i);
        }
    }
    auto outcomes = batches.empty() ? std::vector<Result<std::vector<storage::OpOutcome>>>{}
                                    : storage_.applyPushes(batches);
    for (std::size_t k = 0; k < outcomes.size(); ++k) {
        auto& push = prepared[batchOwner[k]];
        if (!outcomes[k]) {
            push.status = toGrpcStatus(outcomes[k].error());
            continue;
        }
        auto* response = group[batchOwner[k]].response;
        for (std::size_t n = 0; n < outcomes[k]->size(); ++n)
            setOutcome((*outcomes[k])[n], response->mutable_results(push.opIndex[n]));
    }

    // Answers only now: the one commit made every accepted op durable.
    const auto finished = systemMillis();
    for (std::size_t i = 0; i < group.size(); ++i) {
        const auto& push = group[i];
        push.response->set_server_time_ms(static_cast<std::int64_t>(finished));
        replies_.post(
            [push, status = prepared[i].status, dequeued, finished, together = group.size()] {
                int accepted = 0, duplicate = 0, rejected = 0;
                for (const auto& r : push.response->results()) {
                    accepted += r.outcome() == v1::OP_OUTCOME_ACCEPTED;
                    duplicate += r.outcome() == v1::OP_OUTCOME_DUPLICATE;
                    rejected += r.outcome() == v1::OP_OUTCOME_REJECTED;
                }
                // ms: from the call's arrival to its answer; queued_ms of it waiting for storage;
                // group: how many pushes shared its transaction.
                logEvent("push", {{"peer", push.context->peer()},
                                  {"status", std::to_string(status.error_code())},
                                  {"ops", std::to_string(push.request->ops_size())},
                                  {"accepted", std::to_string(accepted)},
                                  {"duplicate", std::to_string(duplicate)},
                                  {"rejected", std::to_string(rejected)},
                                  {"group", std::to_string(together)},
                                  {"queued_ms", std::to_string(dequeued - push.arrivedMs)},
                                  {"ms", std::to_string(finished - push.arrivedMs)}});
                push.reactor->Finish(status);
            });
    }
}

grpc::ServerUnaryReactor* SyncServiceImpl::Push(grpc::CallbackServerContext* context,
                                                const v1::PushRequest* request,
                                                v1::PushResponse* response) {
    auto* reactor = context->DefaultReactor();
    pushes_.add({context, request, response, reactor, systemMillis()});
    return reactor;
}

grpc::ServerWriteReactor<v1::PullResponse>*
SyncServiceImpl::Pull(grpc::CallbackServerContext* context, const v1::PullRequest* request) {
    return new PullReactor(storage_, storageWork_, replies_, *context, *request, limits_);
}

} // namespace custos::service
