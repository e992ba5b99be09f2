#pragma once
// Builds and runs the gRPC server: TLS policy, limits, and the Custos services.

#include "custos/core/result.h"
#include "custos/storage/storage.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace grpc {
class Server;
}

namespace custos::service {

/// Limits a device's requests must respect; errors name the limit that was exceeded.
struct SyncLimits {
    std::size_t maxOpsPerPush = 5000;
    std::size_t maxPushBytes = 8 * 1024 * 1024;
    /// Group commit: at most this many pushes, queued while the store was busy, share one
    /// transaction (each under its own savepoint) and so one commit.
    std::size_t pushesPerCommit = 32;
    std::size_t pullBatch = 500;
    std::size_t maxPullBatch = 5000;
    std::uint64_t maxAttachmentBytes = 25 * 1024 * 1024;
};

/// How the server listens.
struct ServerOptions {
    std::string listen = "127.0.0.1:7443"; ///< host:port; port 0 picks a free one
    std::string tlsCertPath;               ///< PEM certificate chain
    std::string tlsKeyPath;                ///< PEM private key
    bool insecureLoopback = false;         ///< plaintext, allowed on loopback only
    std::int64_t enrolmentCodeTtlMs = 24LL * 3600 * 1000;
    SyncLimits limits;
    /// Interview-derived counts below this are suppressed in everything the server returns.
    int suppressionK = 5;
};

/// True when host names this machine's loopback interface.
[[nodiscard]] bool isLoopbackHost(const std::string& host);
/// Splits "host:port" and "[v6]:port"; an error for anything else.
[[nodiscard]] Result<std::pair<std::string, int>> splitHostPort(const std::string& address);
/// Checks the TLS policy: TLS everywhere; plaintext only when asked for and on loopback.
[[nodiscard]] Status checkListenPolicy(const ServerOptions& options);

class SyncServiceImpl;
class EnrollmentServiceImpl;
class ReviewServiceImpl;
class AttachmentServiceImpl;
class ManagementServiceImpl;

/// A running Custos gRPC server.
class CustosServer final {
public:
    /// Starts serving storage according to options; fails with a clear message (port in use,
    /// unreadable certificate, plaintext on a public address...).
    [[nodiscard]] static Result<std::unique_ptr<CustosServer>> start(storage::Storage& storage,
                                                                     const ServerOptions& options);
    ~CustosServer();

    /// The port actually bound (useful with port 0).
    [[nodiscard]] int port() const { return port_; }
    /// Stops accepting calls and waits up to graceMs for in-flight calls to finish.
    void shutdown(int graceMs = 5000);
    /// Blocks until the server has shut down.
    void wait();

private:
    CustosServer() = default;
    std::unique_ptr<SyncServiceImpl> sync_;
    std::unique_ptr<EnrollmentServiceImpl> enrollment_;
    std::unique_ptr<ReviewServiceImpl> review_;
    std::unique_ptr<AttachmentServiceImpl> attachments_;
    std::unique_ptr<ManagementServiceImpl> management_;
    std::unique_ptr<grpc::Server> server_;
    int port_ = 0;
};

} // namespace custos::service
