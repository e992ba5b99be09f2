#include "grpc_client.h"

#include "custos/v1/enrollment.grpc.pb.h"

#include <stdexcept>

namespace custos::testkit {

std::shared_ptr<grpc::Channel> tlsChannel(const TestServer& server) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = server.caPem;
    return grpc::CreateChannel(server.address, grpc::SslCredentials(ssl));
}

std::string enrolDevice(const TestServer& server, const std::string& user) {
    auto stub = v1::EnrollmentService::NewStub(tlsChannel(server));
    grpc::ClientContext context;
    v1::EnrollRequest request;
    request.set_code(server.enrolmentCode(user));
    request.set_device_name(user + " test device");
    v1::EnrollResponse response;
    const auto status = stub->Enroll(&context, request, &response);
    if (!status.ok())
        throw std::runtime_error("enrolment failed: " + status.error_message());
    return response.credential();
}

void authorize(grpc::ClientContext& context, const std::string& credential) {
    context.AddMetadata("authorization", "Bearer " + credential);
}

} // namespace custos::testkit
