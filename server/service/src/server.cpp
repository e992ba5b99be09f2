#include "custos/service/server.h"

#include "enrollment_service.h"
#include "sync_service.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include <chrono>
#include <fstream>
#include <sstream>

namespace custos::service {
namespace {

Result<std::string> readFile(const std::string& path, const std::string& what) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::FailedPrecondition,
                         "cannot read the " + what + " file " + path);
    std::ostringstream text;
    text << in.rdbuf();
    if (text.str().empty())
        return makeError(ErrorCode::FailedPrecondition,
                         "the " + what + " file " + path + " is empty");
    return text.str();
}

} // namespace

bool isLoopbackHost(const std::string& host) {
    return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

Result<std::pair<std::string, int>> splitHostPort(const std::string& address) {
    std::string host;
    std::string port;
    if (!address.empty() && address.front() == '[') {
        const auto close = address.find(']');
        if (close == std::string::npos || close + 1 >= address.size() || address[close + 1] != ':')
            return makeError(ErrorCode::InvalidArgument,
                             "listen address '" + address + "' is not [host]:port");
        host = address.substr(1, close - 1);
        port = address.substr(close + 2);
    } else {
        const auto colon = address.rfind(':');
        if (colon == std::string::npos || colon == 0)
            return makeError(ErrorCode::InvalidArgument,
                             "listen address '" + address + "' is not host:port");
        host = address.substr(0, colon);
        port = address.substr(colon + 1);
    }
    int number = -1;
    try {
        std::size_t used = 0;
        number = std::stoi(port, &used);
        if (used != port.size())
            number = -1;
    } catch (const std::exception&) {
        number = -1;
    }
    if (number < 0 || number > 65535)
        return makeError(ErrorCode::InvalidArgument,
                         "listen address '" + address + "' has no valid port");
    return std::make_pair(host, number);
}

Status checkListenPolicy(const ServerOptions& options) {
    auto hostPort = splitHostPort(options.listen);
    if (!hostPort)
        return hostPort.error();
    const bool tls = !options.tlsCertPath.empty() || !options.tlsKeyPath.empty();
    if (tls && (options.tlsCertPath.empty() || options.tlsKeyPath.empty()))
        return makeError(ErrorCode::InvalidArgument, "TLS needs both --tls-cert and --tls-key");
    if (tls && options.insecureLoopback)
        return makeError(ErrorCode::InvalidArgument,
                         "choose either TLS (--tls-cert/--tls-key) or --insecure-loopback");
    if (!tls && !options.insecureLoopback)
        return makeError(ErrorCode::InvalidArgument,
                         "no TLS certificate given: pass --tls-cert and --tls-key (or, for "
                         "development on this machine only, --insecure-loopback)");
    if (!tls && !isLoopbackHost(hostPort->first))
        return makeError(ErrorCode::PermissionDenied,
                         "refusing to listen without TLS on " + hostPort->first +
                             ": plaintext is allowed on loopback (127.0.0.1, ::1) only");
    return {};
}

Result<std::unique_ptr<CustosServer>> CustosServer::start(storage::Storage& storage,
                                                          const ServerOptions& options) {
    CUSTOS_TRY(checkListenPolicy(options));
    std::shared_ptr<grpc::ServerCredentials> credentials;
    if (options.insecureLoopback) {
        credentials = grpc::InsecureServerCredentials();
    } else {
        auto cert = readFile(options.tlsCertPath, "TLS certificate");
        if (!cert)
            return cert.error();
        auto key = readFile(options.tlsKeyPath, "TLS key");
        if (!key)
            return key.error();
        grpc::SslServerCredentialsOptions ssl;
        ssl.pem_key_cert_pairs.push_back({key.value(), cert.value()});
        credentials = grpc::SslServerCredentials(ssl);
    }

    std::unique_ptr<CustosServer> server(new CustosServer());
    server->sync_ = std::make_unique<SyncServiceImpl>(storage, options.limits);
    server->enrollment_ = std::make_unique<EnrollmentServiceImpl>(storage);

    grpc::EnableDefaultHealthCheckService(true);
    grpc::reflection::InitProtoReflectionServerBuilderPlugin();
    grpc::ServerBuilder builder;
    builder.AddListeningPort(options.listen, credentials, &server->port_);
    builder.RegisterService(server->sync_.get());
    builder.RegisterService(server->enrollment_.get());
    // Room for a full push batch plus protobuf framing; larger requests are refused by gRPC
    // before they reach the service.
    builder.SetMaxReceiveMessageSize(static_cast<int>(options.limits.maxPushBytes + 1024 * 1024));
    server->server_ = builder.BuildAndStart();
    if (!server->server_ || server->port_ == 0)
        return makeError(ErrorCode::Unavailable,
                         "could not listen on " + options.listen +
                             " (is the port in use, or the certificate and key mismatched?)");
    return server;
}

CustosServer::~CustosServer() {
    shutdown(0);
}

void CustosServer::shutdown(int graceMs) {
    if (server_)
        server_->Shutdown(std::chrono::system_clock::now() + std::chrono::milliseconds(graceMs));
}

void CustosServer::wait() {
    if (server_)
        server_->Wait();
}

} // namespace custos::service
