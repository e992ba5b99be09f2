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

/// An enrolled device store with one unsent answer, pointed at a server that is not there.
std::unique_ptr<store::LocalStore> deviceWithOneAnswer(const std::string& name,
                                                       store::Enrolment& e) {
    auto store = store::LocalStore::open(testkit::freshDir(name) + "/db", "passphrase for test");
    if (!store)
        return nullptr;
    e.serverAddress = "127.0.0.1:" + std::to_string(closedPort());
    e.deviceId = newId();
    e.userId = newId();
    e.credential = "x";
    if (!(*store)->saveEnrolment(e).ok() ||
        !(*store)->recordAnswer(newId(), "a", AnswerCode::Yes, "", SourceTag::Observed).ok())
        return nullptr;
    return std::move(store).value();
}

} // namespace

TEST(SyncEngine, UnreachableServerKeepsTheOutboxAndSaysSoPlainly) {
    store::Enrolment e;
    auto store = deviceWithOneAnswer("sync-unreachable", e);
    ASSERT_TRUE(store);

    sync::Transport transport(e.serverAddress, "", e.credential);
    transport.setCallTimeout(std::chrono::seconds(3));
    auto report = sync::syncOnce(*store, transport);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::Unavailable);
    EXPECT_NE(report.error().message.find("cannot be reached"), std::string::npos);
    EXPECT_EQ(store->syncState()->pendingOps, 1);
}

TEST(SyncEngine, WorkerReportsFailureWithoutBlockingAndStopsCleanly) {
    store::Enrolment e;
    auto store = deviceWithOneAnswer("sync-worker", e);
    ASSERT_TRUE(store);

    std::promise<sync::SyncStatus> finished;
    bool delivered = false;
    sync::SyncWorker worker(*store, [&](const sync::SyncStatus& status) {
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
