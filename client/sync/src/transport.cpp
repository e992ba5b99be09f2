#include "custos/sync/transport.h"

#include "custos/sync/grpc_errors.h"
#include "custos/sync/server_channel.h"
#include "transport_impl.h"

#include "custos/proto/mapping.h"
#include "custos/v1/enrollment.grpc.pb.h"
#include "custos/v1/sync.grpc.pb.h"

#include <grpcpp/grpcpp.h>

namespace custos::sync {

Transport::Transport(const std::string& address, const std::string& caPem, std::string credential)
    : impl_(std::make_unique<Impl>()), address_(address), caPem_(caPem) {
    impl_->channel = openServerChannel(address, caPem);
    impl_->sync = v1::SyncService::NewStub(impl_->channel);
    impl_->enrollment = v1::EnrollmentService::NewStub(impl_->channel);
    impl_->attachments = v1::AttachmentService::NewStub(impl_->channel);
    impl_->credential = std::move(credential);
}

Transport::~Transport() = default;

Result<store::Enrolment> Transport::enroll(const std::string& code, const std::string& deviceName) {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(15));
    v1::EnrollRequest request;
    request.set_code(code);
    request.set_device_name(deviceName);
    v1::EnrollResponse response;
    const auto status = impl_->enrollment->Enroll(&context, request, &response);
    if (!status.ok())
        return fromGrpcStatus(status);
    store::Enrolment e;
    e.serverAddress = address_;
    e.caCertificatePem = caPem_;
    e.deviceId = response.device_id();
    e.userId = response.user_id();
    e.userDisplayName = response.user_display_name();
    e.role = protomap::fromProto(response.role());
    e.organisationName = response.organisation_name();
    e.credential = response.credential();
    return e;
}

Result<std::vector<PushResult>> Transport::push(const std::vector<store::PendingOp>& ops) {
    grpc::ClientContext context;
    impl_->prepare(context, timeout_);
    v1::PushRequest request;
    request.mutable_ops()->Reserve(static_cast<int>(ops.size()));
    for (const auto& op : ops) {
        auto* out = request.add_ops();
        out->set_op_id(op.opId);
        if (const auto* observation = std::get_if<Observation>(&op.payload)) {
            out->set_hlc(observation->hlc.packed);
            out->set_author_id(observation->authorId);
            out->set_device_id(observation->deviceId);
            protomap::toProto(*observation, out->mutable_observation());
        } else {
            const auto& record = std::get<VisitRecord>(op.payload);
            out->set_hlc(headerOf(record).hlc.packed);
            out->set_author_id(headerOf(record).authorId);
            out->set_device_id(headerOf(record).deviceId);
            protomap::toProto(record, out);
        }
    }
    v1::PushResponse response;
    const auto status = impl_->sync->Push(&context, request, &response);
    if (!status.ok())
        return fromGrpcStatus(status);
    if (response.results_size() != request.ops_size())
        return makeError(ErrorCode::Internal, "the server answered a different number of ops");
    std::vector<PushResult> results;
    results.reserve(ops.size());
    for (const auto& r : response.results()) {
        PushResult result;
        result.opId = r.op_id();
        result.reason = r.reason();
        switch (r.outcome()) {
        case v1::OP_OUTCOME_ACCEPTED:
            result.outcome = PushResult::Outcome::Accepted;
            break;
        case v1::OP_OUTCOME_DUPLICATE:
            result.outcome = PushResult::Outcome::Duplicate;
            break;
        case v1::OP_OUTCOME_REJECTED:
            result.outcome = PushResult::Outcome::Rejected;
            break;
        default:
            return makeError(ErrorCode::Internal, "the server answered an unknown op outcome");
        }
        results.push_back(std::move(result));
    }
    return results;
}

Status Transport::pull(std::uint64_t cursor, std::uint32_t batchSize,
                       const std::function<Status(PullBatch&&)>& onBatch,
                       const std::string& backfillVisitId, std::uint64_t untilSeq) {
    grpc::ClientContext context;
    impl_->prepare(context, timeout_ * 4);
    v1::PullRequest request;
    request.set_cursor(cursor);
    request.set_batch_size(batchSize);
    request.set_backfill_visit_id(backfillVisitId);
    request.set_until_seq(untilSeq);
    auto reader = impl_->sync->Pull(&context, request);
    v1::PullResponse response;
    Status applied;
    while (reader->Read(&response)) {
        PullBatch batch;
        batch.cursor = response.cursor();
        batch.caughtUp = response.caught_up();
        batch.headSeq = response.head_seq();
        batch.serverTimeMs = response.server_time_ms();
        batch.changes.reserve(static_cast<std::size_t>(response.changes_size()));
        for (const auto& c : response.changes()) {
            auto change = protomap::fromProto(c);
            if (!change) {
                context.TryCancel();
                (void)reader->Finish();
                return change.error();
            }
            batch.changes.push_back(std::move(change).value());
        }
        applied = onBatch(std::move(batch));
        if (!applied.ok()) {
            context.TryCancel();
            (void)reader->Finish();
            return applied;
        }
    }
    const auto status = reader->Finish();
    if (!status.ok())
        return fromGrpcStatus(status);
    return {};
}

} // namespace custos::sync
