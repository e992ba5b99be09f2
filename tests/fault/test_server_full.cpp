// The server's storage fills up while a tablet pushes (issue #7 "full disk"): custosd runs with
// its store capped (`--max-store-mb`, SQLite's max_page_count under SQLCipher, which fails a
// write exactly as a full disk does). The push is refused as "retry later" with a sentence
// saying the server's storage is full; nothing of the refused batch is stored, the server keeps
// serving, the tablet keeps every answer in its outbox, and the audit chain verifies. Once
// space returns (restart without the cap), the same outbox drains and every answer is on the
// server exactly once.
#include "custos/core/observation.h"
#include "custos/store/local_store.h"
#include "custos/sync/sync_engine.h"
#include "custos/sync/transport.h"

#include "process.h"
#include "tablet.h"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <iostream>

using namespace custos;
namespace testkit = custos::testkit;

namespace {

constexpr int kAnswers = 2000;

std::int64_t observationsOnServer(const testkit::TestServer& server) {
    const auto status = server.status();
    const auto at = status.find("observations: ");
    return at == std::string::npos ? -1 : std::stoll(status.substr(at + 14));
}

std::int64_t storeBytes(const std::string& dataDir) {
    std::int64_t total = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dataDir))
        if (entry.path().filename().string().find(".db") != std::string::npos)
            total += static_cast<std::int64_t>(entry.file_size());
    return total;
}

} // namespace

TEST(ServerFull, PushesAreRefusedClearlyNothingIsLostAndTheOutboxDrainsOnceSpaceReturns) {
    auto server = testkit::TestServer::start("fault-server-full");
    const auto dataDir = server.dataDir;
    auto tablet = testkit::enrolTablet(server, "Demo Monitor", testkit::freshDir("fault-full-tab"));
    ASSERT_TRUE(sync::syncOnce(*tablet.store, *tablet.transport).ok());
    const auto visitId = tablet.store->visits()->front().visit.id;
    const auto before = observationsOnServer(server);

    // Room for a few hundred answers, not for all of them: each carries a 400-byte note.
    const std::string note(400, 'n');
    const char* keys[] = {"reg.register_exists", "acc.natural_light", "acc.toilet_access"};
    for (int i = 0; i < kAnswers; ++i)
        ASSERT_TRUE(tablet.store
                        ->recordAnswer(visitId, keys[i % 3], AnswerValue{AnswerCode::Yes},
                                       note + std::to_string(i), SourceTag::Observed)
                        .ok());
    server.process.stop(SIGTERM);
    const double capMb = static_cast<double>(storeBytes(dataDir) + 192 * 1024) / (1024 * 1024);
    server = testkit::TestServer::serve(dataDir, {"--max-store-mb", std::to_string(capMb)});

    sync::Transport capped(server.address, tablet.enrolment.caCertificatePem,
                           tablet.enrolment.credential);
    sync::SyncOptions options;
    options.pushBatch = 50;
    const auto full = sync::syncOnce(*tablet.store, capped, options);
    ASSERT_FALSE(full.ok()) << "the capped store took every answer: raise kAnswers";
    EXPECT_NE(full.error().message.find("server's storage is full"), std::string::npos)
        << full.error().message;
    const auto pending = tablet.store->syncState()->pendingOps;
    EXPECT_GT(pending, 0);
    EXPECT_TRUE(tablet.store->rejectedOps()->empty()) << "a full server must not reject for good";
    // Whole batches only: what the server holds is what it acknowledged.
    const auto stored = observationsOnServer(server);
    EXPECT_EQ(stored - before, kAnswers - static_cast<std::int64_t>(pending));
    EXPECT_EQ((stored - before) % options.pushBatch, 0) << "a batch was stored in part";
    std::cout << "stored before the cap was reached: " << stored - before << " of " << kAnswers
              << "; waiting on the tablet: " << pending << "\n";
    // Still serving: another round is refused the same way, and the store still answers.
    EXPECT_FALSE(sync::syncOnce(*tablet.store, capped, options).ok());
    EXPECT_NE(server.status().find("observations: "), std::string::npos);

    // Space returns: the same outbox drains, each answer exactly once.
    server.process.stop(SIGTERM);
    server = testkit::TestServer::serve(dataDir);
    sync::Transport roomy(server.address, tablet.enrolment.caCertificatePem,
                          tablet.enrolment.credential);
    ASSERT_TRUE(sync::syncOnce(*tablet.store, roomy, options).ok());
    EXPECT_EQ(tablet.store->syncState()->pendingOps, 0);
    EXPECT_EQ(observationsOnServer(server) - before, kAnswers);
    const auto audit =
        testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", dataDir, "audit", "verify"});
    EXPECT_EQ(audit.exitCode, 0) << audit.out << audit.err;
    const auto log = testkit::readFile(server.logPath);
    EXPECT_EQ(log.find(note), std::string::npos) << "answer content in the server log";
}
