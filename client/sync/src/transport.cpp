#include "custos/sync/transport.h"

#include "grpc_errors.h"

#include "custos/proto/mapping.h"
#include "custos/v1/enrollment.grpc.pb.h"
#include "custos/v1/sync.grpc.pb.h"

#include <grpcpp/grpcpp.h>

namespace custos::sync {

struct Transport::Impl {
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<v1::SyncService::Stub> sync;
    std::unique_ptr<v1::EnrollmentService::Stub> enrollment;
    std::string credential;

    void prepare(grpc::ClientContext& context, std::chrono::milliseconds timeout) const {
        context.set_deadline(std::chrono::system_clock::now() + timeout);
        if (!credential.empty())
            context.AddMetadata("authorization", "Bearer " + credential);
    }
};

Transport::Transport(const std::string& address, const std::string& caPem, std::string credential)
    : impl_(std::make_unique<Impl>()), address_(address), caPem_(caPem) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = caPem;
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(64 * 1024 * 1024);
    // Give up on a dead link quickly; the outbox keeps everything until the next round.
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 1000);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 10000);
    impl_->channel = grpc::CreateCustomChannel(address, grpc::SslCredentials(ssl), args);
    impl_->sync = v1::SyncService::NewStub(impl_->channel);
    impl_->enrollment = v1::EnrollmentService::NewStub(impl_->channel);
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
        out->set_hlc(op.observation.hlc.packed);
        out->set_author_id(op.observation.authorId);
        out->set_device_id(op.observation.deviceId);
        protomap::toProto(op.observation, out->mutable_observation());
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
                       const std::function<Status(PullBatch&&)>& onBatch) {
    grpc::ClientContext context;
    impl_->prepare(context, timeout_ * 4);
    v1::PullRequest request;
    request.set_cursor(cursor);
    request.set_batch_size(batchSize);
    auto reader = impl_->sync->Pull(&context, request);
    v1::PullResponse response;
    Status applied;
    while (reader->Read(&response)) {
        PullBatch batch;
        batch.cursor = response.cursor();
        batch.caughtUp = response.caught_up();
        batch.serverTimeMs = response.server_time_ms();
        batch.changes.reserve(static_cast<std::size_t>(response.changes_size()));
        for (const auto& c : response.changes()) {
            Change change;
            change.seq = c.seq();
            switch (c.entity_case()) {
            case v1::Change::kFacility:
                change.entity = protomap::fromProto(c.facility());
                break;
            case v1::Change::kVisitCycle:
                change.entity = protomap::fromProto(c.visit_cycle());
                break;
            case v1::Change::kVisit:
                change.entity = protomap::fromProto(c.visit());
                break;
            case v1::Change::kChecklistTemplate:
                change.entity = protomap::fromProto(c.checklist_template());
                break;
            case v1::Change::kObservation: {
                auto o = protomap::fromProto(c.observation());
                if (!o) {
                    context.TryCancel();
                    (void)reader->Finish();
                    return o.error();
                }
                change.entity = std::move(o.value());
                break;
            }
            case v1::Change::ENTITY_NOT_SET:
                continue; // a kind this app version does not know yet: skip, never fail
            }
            batch.changes.push_back(std::move(change));
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
