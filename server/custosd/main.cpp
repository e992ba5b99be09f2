// custosd: the Custos server. Composition root only: parse flags, open the store, serve.
#include "custos/datadir/data_dir.h"
#include "custos/service/server.h"
#include "custos/sqldb/database.h"

#include <CLI/CLI.hpp>

#include <sys/stat.h>

#include <csignal>
#include <iostream>
#include <thread>

namespace {
volatile std::sig_atomic_t g_stop = 0;
void onSignal(int) {
    g_stop = 1;
}
} // namespace

int main(int argc, char** argv) {
    CLI::App app{"custosd — the Custos server"};
    custos::service::ServerOptions options;
    std::string dataDir = "/var/lib/custos";
    app.add_option("--listen", options.listen, "host:port to listen on (port 0: any free port)")
        ->capture_default_str();
    app.add_option("--data-dir", dataDir, "folder holding the encrypted store and its key file")
        ->capture_default_str();
    app.add_option("--tls-cert", options.tlsCertPath, "PEM certificate chain for TLS");
    app.add_option("--tls-key", options.tlsKeyPath, "PEM private key for TLS");
    app.add_flag("--insecure-loopback", options.insecureLoopback,
                 "serve plaintext (development only; refused unless the address is loopback)");
    app.add_option("--max-push-ops", options.limits.maxOpsPerPush,
                   "most operations one push may carry")
        ->capture_default_str();
    app.add_option("--max-push-bytes", options.limits.maxPushBytes, "most bytes one push may carry")
        ->capture_default_str();
    app.add_option("--max-attachment-bytes", options.limits.maxAttachmentBytes,
                   "largest photo or document one upload may carry")
        ->capture_default_str();
    app.add_option("--pushes-per-commit", options.limits.pushesPerCommit,
                   "group commit: at most this many pushes that queued while the store was busy "
                   "share one transaction, each under its own savepoint (1: one transaction each)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    double maxStoreMb = 0;
    app.add_option("--max-store-mb", maxStoreMb,
                   "cap the encrypted store at this many MB (0: the disk is the limit); when it "
                   "is reached, pushes are refused as 'retry later' and nothing is lost")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    app.add_option("--suppression-k", options.suppressionK,
                   "interview-derived counts below this are suppressed in aggregates and exports")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    // A config file (TOML/INI: listen = "0.0.0.0:7443", data-dir = "...") sets the same options;
    // flags given on the command line win over it.
    app.set_config("--config", "", "read options from this file (flags win)");
    CLI11_PARSE(app, argc, argv);
    ::umask(077); // the store, its key and backups are for this user only

    if (auto cipher = custos::sqldb::ensureSqlCipher(); !cipher.ok()) {
        std::cerr << "custosd: " << cipher.error().message << "\n";
        return 1;
    }
    if (auto policy = custos::service::checkListenPolicy(options); !policy.ok()) {
        std::cerr << "custosd: " << policy.error().message << "\n";
        return 2;
    }
    auto store = custos::datadir::openStore(dataDir, true,
                                            static_cast<std::int64_t>(maxStoreMb * 1024 * 1024));
    if (!store) {
        std::cerr << "custosd: " << store.error().message << "\n";
        return 1;
    }
    // Handlers first: a stop request that arrives while starting must still shut down cleanly.
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto server = custos::service::CustosServer::start(**store, options);
    if (!server) {
        std::cerr << "custosd: " << server.error().message << "\n";
        return 1;
    }
    // Tests and scripts read this line to learn the port.
    std::cout << "custosd: listening on port " << (*server)->port()
              << (options.insecureLoopback ? " (plaintext, loopback only)" : " (TLS)") << std::endl;

    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    std::cout << "custosd: shutting down, finishing calls in flight" << std::endl;
    (*server)->shutdown(5000);
    (*server)->wait();
    std::cout << "custosd: stopped" << std::endl;
    return 0;
}
