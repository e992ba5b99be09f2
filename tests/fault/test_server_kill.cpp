// custosd killed with SIGKILL at random moments, at least 30 times, while four tablets push
// 10,000 operations (issue #7). Each tablet keeps retrying as the real sync engine does; the
// server is restarted after every kill. When every tablet has emptied its outbox, the server
// holds each operation exactly once and its audit chain verifies.
#include "custos/core/observation.h"
#include "custos/store/local_store.h"
#include "custos/sync/sync_engine.h"
#include "custos/sync/transport.h"

#include "process.h"
#include "tablet.h"

#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <mutex>
#include <random>
#include <thread>

using namespace custos;
namespace testkit = custos::testkit;

namespace {

constexpr int kDevices = 4;
constexpr int kOpsPerDevice = 2500;
constexpr int kKills = 30;

/// The server's current address: it changes with every restart (ephemeral port).
class ServerAddress {
public:
    void set(std::string address) {
        std::lock_guard lock(mutex_);
        address_ = std::move(address);
    }
    std::string get() {
        std::lock_guard lock(mutex_);
        return address_;
    }

private:
    std::mutex mutex_;
    std::string address_;
};

std::int64_t observationsOnServer(const testkit::TestServer& server) {
    const auto status = server.status();
    const auto at = status.find("observations: ");
    return at == std::string::npos ? -1 : std::stoll(status.substr(at + 14));
}

} // namespace

TEST(ServerKill, EveryOperationIsStoredExactlyOnceThroughThirtyKills) {
    auto server = testkit::TestServer::start("fault-server-kill");
    const auto dataDir = server.dataDir;
    ServerAddress address;
    address.set(server.address);

    // Four tablets (two per team member), each with 2,500 answers waiting in its outbox.
    std::vector<testkit::Tablet> tablets;
    for (int d = 0; d < kDevices; ++d) {
        tablets.push_back(
            testkit::enrolTablet(server, d % 2 ? "Demo Lead" : "Demo Monitor",
                                 testkit::freshDir("fault-kill-device-" + std::to_string(d))));
        ASSERT_TRUE(sync::syncOnce(*tablets.back().store, *tablets.back().transport).ok());
    }
    const auto visitId = tablets.front().store->visits()->front().visit.id;
    const char* keys[] = {"reg.register_exists", "reg.injuries_recorded", "acc.natural_light",
                          "acc.toilet_access",   "acc.bathing_weekly",    "ex.outdoor_hour"};
    for (int d = 0; d < kDevices; ++d)
        for (int i = 0; i < kOpsPerDevice; ++i)
            ASSERT_TRUE(tablets[d]
                            .store
                            ->recordAnswer(
                                visitId, keys[i % 6], AnswerValue{static_cast<AnswerCode>(i % 5)},
                                "device " + std::to_string(d) + " op " + std::to_string(i),
                                SourceTag::Observed)
                            .ok());

    // Each tablet syncs in small batches, slowed a little so the run spans the kills, and
    // retries after every failure with a fresh connection to wherever the server now listens.
    std::atomic<int> finished{0};
    std::atomic<int> failedRounds{0};
    std::vector<std::thread> devices;
    for (int d = 0; d < kDevices; ++d)
        devices.emplace_back([&, d] {
            auto& tablet = tablets[d];
            sync::SyncOptions options;
            options.pushBatch = 20;
            options.onProgress = [](const sync::SyncProgress&) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            };
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
            while (std::chrono::steady_clock::now() < deadline) {
                sync::Transport transport(address.get(), tablet.enrolment.caCertificatePem,
                                          tablet.enrolment.credential);
                transport.setCallTimeout(std::chrono::seconds(5));
                auto round = sync::syncOnce(*tablet.store, transport, options);
                if (round && tablet.store->syncState()->pendingOps == 0)
                    break;
                ++failedRounds;
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
            ++finished;
        });

    // Kill the server at random moments while they push; restart it on the same data.
    std::mt19937 random(20261128);
    std::uniform_int_distribution<int> pause(30, 400);
    int kills = 0;
    while (kills < kKills && finished.load() < kDevices) {
        std::this_thread::sleep_for(std::chrono::milliseconds(pause(random)));
        server.process.stop(SIGKILL);
        ++kills;
        server = testkit::TestServer::serve(dataDir);
        address.set(server.address);
    }
    for (auto& device : devices)
        device.join();

    EXPECT_GE(kills, kKills) << "the tablets finished before the server had been killed "
                                "30 times: slow them down";
    EXPECT_GT(failedRounds.load(), 0) << "no sync round was ever interrupted";
    for (auto& tablet : tablets) {
        EXPECT_EQ(tablet.store->syncState()->pendingOps, 0);
        EXPECT_TRUE(tablet.store->rejectedOps()->empty());
    }
    // Exactly once: 10,000 operations, 10,000 observations, whatever was replayed.
    EXPECT_EQ(observationsOnServer(server), kDevices * kOpsPerDevice);
    const auto audit =
        testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", dataDir, "audit", "verify"});
    EXPECT_EQ(audit.exitCode, 0) << audit.out << audit.err;
    std::cout << "kills: " << kills << ", interrupted rounds: " << failedRounds.load() << "\n";
}
