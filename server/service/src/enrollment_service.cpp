#include "enrollment_service.h"

#include "custos/core/hlc.h"
#include "custos/core/uuid.h"
#include "custos/proto/mapping.h"
#include "custos/service/grpc_status.h"
#include "custos/service/secrets.h"
#include "event_log.h"

namespace custos::service {

grpc::Status EnrollmentServiceImpl::enroll(const v1::EnrollRequest& request,
                                           v1::EnrollResponse& response) {
    const std::string code = normaliseEnrolmentCode(request.code());
    if (code.empty() || code.size() > 64)
        return {grpc::StatusCode::INVALID_ARGUMENT, "enter the enrolment code you were given"};
    if (request.device_name().size() > 200)
        return {grpc::StatusCode::INVALID_ARGUMENT, "the device name is too long"};

    const std::string credential = newCredential();
    Device device;
    device.id = newId();
    device.name = request.device_name().empty() ? "unnamed device" : request.device_name();
    auto user = storage_.redeemEnrolmentCode(
        sha256Hex(code), static_cast<std::int64_t>(systemMillis()), device, sha256Hex(credential));
    if (!user)
        return toGrpcStatus(user.error());
    auto stats = storage_.stats();

    response.set_device_id(device.id);
    response.set_credential(credential);
    response.set_user_id(user->id);
    response.set_user_display_name(user->displayName);
    response.set_role(protomap::toProto(user->role));
    if (stats)
        response.set_organisation_name(stats->organisationName);
    return grpc::Status::OK;
}

grpc::ServerUnaryReactor* EnrollmentServiceImpl::Enroll(grpc::CallbackServerContext* context,
                                                        const v1::EnrollRequest* request,
                                                        v1::EnrollResponse* response) {
    auto* reactor = context->DefaultReactor();
    const auto status = enroll(*request, *response);
    // The code and the credential are never logged; the outcome and the new ids are.
    logEvent("enroll", {{"peer", context->peer()},
                        {"status", std::to_string(status.error_code())},
                        {"user", response->user_id()},
                        {"device", response->device_id()}});
    reactor->Finish(status);
    return reactor;
}

} // namespace custos::service
