#include "custos/service/server.h"

#include "attachment_service.h"
#include "enrollment_service.h"
#include "management_service.h"
#include "review_service.h"
#include "sync_service.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

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

/// Checks that the key belongs to the certificate, so a mismatch is named at start-up instead of
/// surfacing later as failed handshakes.
Status checkKeyMatchesCertificate(const std::string& certPem, const std::string& keyPem) {
    BIO* certBio = BIO_new_mem_buf(certPem.data(), static_cast<int>(certPem.size()));
    BIO* keyBio = BIO_new_mem_buf(keyPem.data(), static_cast<int>(keyPem.size()));
    X509* cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    Status status;
    if (!cert)
        status =
            makeError(ErrorCode::InvalidArgument, "the TLS certificate is not a PEM certificate");
    else if (!key)
        status = makeError(ErrorCode::InvalidArgument,
                           "the TLS key is not an unencrypted PEM private key");
    else if (X509_check_private_key(cert, key) != 1)
        status = makeError(ErrorCode::InvalidArgument,
                           "the TLS key does not belong to the certificate (certificate and key "
                           "mismatched)");
    X509_free(cert);
    EVP_PKEY_free(key);
    BIO_free(certBio);
    BIO_free(keyBio);
    ERR_clear_error();
    return status;
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
    if (options.suppressionK < 1)
        return makeError(ErrorCode::InvalidArgument,
                         "the suppression threshold k must be at least 1 (default 5)");
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
        CUSTOS_TRY(checkKeyMatchesCertificate(*cert, *key));
        grpc::SslServerCredentialsOptions ssl;
        ssl.pem_key_cert_pairs.push_back({key.value(), cert.value()});
        credentials = grpc::SslServerCredentials(ssl);
    }

    std::unique_ptr<CustosServer> server(new CustosServer());
    server->sync_ = std::make_unique<SyncServiceImpl>(storage, options.limits);
    server->enrollment_ = std::make_unique<EnrollmentServiceImpl>(storage);
    server->review_ = std::make_unique<ReviewServiceImpl>(storage, options.suppressionK);
    server->attachments_ = std::make_unique<AttachmentServiceImpl>(storage, options.limits);
    server->management_ = std::make_unique<ManagementServiceImpl>(storage);

    grpc::EnableDefaultHealthCheckService(true);
    grpc::reflection::InitProtoReflectionServerBuilderPlugin();
    grpc::ServerBuilder builder;
    // Without this, Linux lets a second server bind the same port (SO_REUSEPORT) and the two
    // silently share the traffic; a port in use must be an error.
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    builder.AddListeningPort(options.listen, credentials, &server->port_);
    builder.RegisterService(server->sync_.get());
    builder.RegisterService(server->enrollment_.get());
    builder.RegisterService(server->review_.get());
    builder.RegisterService(server->attachments_.get());
    builder.RegisterService(server->management_.get());
    // Room for a full push batch plus protobuf framing; larger requests are refused by gRPC
    // before they reach the service.
    builder.SetMaxReceiveMessageSize(static_cast<int>(options.limits.maxPushBytes + 1024 * 1024));
    server->server_ = builder.BuildAndStart();
    if (!server->server_ || server->port_ == 0)
        return makeError(ErrorCode::Unavailable, "could not listen on " + options.listen +
                                                     " (is the port in use by another program?)");
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
