#include "custos/sync/sync_engine.h"

#include "custos/core/uuid.h"

#include "process.h"

#include <gtest/gtest.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <future>

using namespace custos;

namespace {

/// A loopback port that nothing listens on.
int closedPort() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    close(fd);
    return ntohs(addr.sin_port);
}

} // namespace

TEST(SyncEngine, UnreachableServerKeepsTheOutboxAndSaysSoPlainly) {
    const auto dir = testkit::freshDir("sync-unreachable");
    auto store = store::LocalStore::open(dir + "/db", "passphrase for test");
    ASSERT_TRUE(store.ok());
    store::Enrolment e;
    e.serverAddress = "127.0.0.1:" + std::to_string(closedPort());
    e.deviceId = newId();
    e.userId = newId();
    e.credential = "x";
    ASSERT_TRUE((*store)->saveEnrolment(e).ok());
    ASSERT_TRUE(
        (*store)->recordAnswer(newId(), "a", AnswerCode::Yes, "", SourceTag::Observed).ok());

    sync::Transport transport(e.serverAddress, "", e.credential);
    transport.setCallTimeout(std::chrono::seconds(3));
    auto report = sync::syncOnce(**store, transport);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::Unavailable);
    EXPECT_NE(report.error().message.find("cannot be reached"), std::string::npos);
    EXPECT_EQ((*store)->syncState()->pendingOps, 1);
}

TEST(SyncEngine, WorkerReportsFailureWithoutBlockingAndStopsCleanly) {
    const auto dir = testkit::freshDir("sync-worker");
    auto store = store::LocalStore::open(dir + "/db", "passphrase for test");
    ASSERT_TRUE(store.ok());
    store::Enrolment e;
    e.serverAddress = "127.0.0.1:" + std::to_string(closedPort());
    e.deviceId = newId();
    e.userId = newId();
    e.credential = "x";
    ASSERT_TRUE((*store)->saveEnrolment(e).ok());
    ASSERT_TRUE(
        (*store)->recordAnswer(newId(), "a", AnswerCode::Yes, "", SourceTag::Observed).ok());

    std::promise<sync::SyncStatus> finished;
    bool delivered = false;
    sync::SyncWorker worker(**store, [&](const sync::SyncStatus& status) {
        if (!status.running && !delivered) {
            delivered = true;
            finished.set_value(status);
        }
    });
    worker.setInterval(std::chrono::milliseconds(0));
    worker.requestSync();
    auto future = finished.get_future();
    ASSERT_EQ(future.wait_for(std::chrono::seconds(30)), std::future_status::ready);
    const auto status = future.get();
    EXPECT_FALSE(status.lastError.empty());
    EXPECT_EQ(status.pendingOps, 1);
    worker.stop();
}
