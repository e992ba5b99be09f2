#pragma once
// EnrollmentService: exchanges a one-time enrolment code for a device credential.

#include "custos/storage/storage.h"

#include "custos/v1/enrollment.grpc.pb.h"

namespace custos::service {

/// The enrolment RPC. The only call that needs no credential.
class EnrollmentServiceImpl final : public v1::EnrollmentService::CallbackService {
public:
    explicit EnrollmentServiceImpl(storage::Storage& storage) : storage_(storage) {}

    grpc::ServerUnaryReactor* Enroll(grpc::CallbackServerContext* context,
                                     const v1::EnrollRequest* request,
                                     v1::EnrollResponse* response) override;

private:
    grpc::Status enroll(const v1::EnrollRequest& request, v1::EnrollResponse& response);
    storage::Storage& storage_;
};

} // namespace custos::service
