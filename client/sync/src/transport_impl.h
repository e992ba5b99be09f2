#pragma once
// Transport's private state, shared by the files that implement it.

#include "custos/sync/server_channel.h"
#include "custos/sync/transport.h"

#include "custos/v1/attachments.grpc.pb.h"
#include "custos/v1/enrollment.grpc.pb.h"
#include "custos/v1/sync.grpc.pb.h"

#include <grpcpp/grpcpp.h>

namespace custos::sync {

struct Transport::Impl {
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<v1::SyncService::Stub> sync;
    std::unique_ptr<v1::EnrollmentService::Stub> enrollment;
    std::unique_ptr<v1::AttachmentService::Stub> attachments;
    std::string credential;

    void prepare(grpc::ClientContext& context, std::chrono::milliseconds timeout) const {
        prepareCall(context, credential, timeout);
    }
};

} // namespace custos::sync
