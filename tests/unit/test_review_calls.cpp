// A review screen that closes cancels its calls in flight instead of waiting up to their 20 s
// deadline (review_connection.h, CallsInFlight): the screen's destructor joins its threads, so
// a call left running would freeze the app on a bad link.
#include "review_connection.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>
#include <string>
#include <thread>

namespace {

using custos::app::ReviewConnection;

/// A loopback port that accepts TCP connections (the kernel does, into the backlog) but never
/// speaks HTTP/2: a call to it waits until its deadline, as on a link that has gone silent.
class SilentPort {
public:
    SilentPort() {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
            ::listen(fd_, 16) != 0 ||
            ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0)
            throw std::runtime_error("cannot open a loopback port");
        port_ = ntohs(address.sin_port);
    }
    ~SilentPort() { ::close(fd_); }
    SilentPort(const SilentPort&) = delete;
    SilentPort& operator=(const SilentPort&) = delete;
    [[nodiscard]] std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

private:
    int fd_ = -1;
    int port_ = 0;
};

ReviewConnection connectionTo(const std::string& address) {
    ReviewConnection connection;
    connection.stub = custos::v1::ReviewService::NewStub(
        grpc::CreateChannel(address, grpc::InsecureChannelCredentials()));
    connection.credential = "not-a-real-credential";
    return connection;
}

grpc::Status overview(ReviewConnection& connection) {
    grpc::ClientContext context;
    const auto inFlight = connection.prepare(context);
    custos::v1::CycleOverviewRequest request;
    custos::v1::CycleOverviewResponse response;
    return connection.stub->CycleOverview(&context, request, &response);
}

} // namespace

TEST(ReviewCalls, ClosingTheScreenCancelsACallThatIsWaitingOnASilentLink) {
    SilentPort silent;
    auto connection = connectionTo(silent.address());
    grpc::Status status;
    std::thread worker([&] { status = overview(connection); });
    // Give the call time to be registered and to start waiting; whether it has or not, it must
    // end cancelled (a call registered after cancelAll() is cancelled at once).
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    connection.calls->cancelAll();
    worker.join();
    EXPECT_EQ(status.error_code(), grpc::StatusCode::CANCELLED) << status.error_message();
}

TEST(ReviewCalls, ACallMadeAfterTheScreenClosedIsCancelledAtOnce) {
    SilentPort silent;
    auto connection = connectionTo(silent.address());
    connection.calls->cancelAll();
    EXPECT_EQ(overview(connection).error_code(), grpc::StatusCode::CANCELLED);
}

TEST(ReviewCalls, ClosingOneScreenLeavesAnotherScreensCallsAlone) {
    SilentPort silent;
    auto closed = connectionTo(silent.address());
    auto open = connectionTo(silent.address());
    closed.calls->cancelAll();
    // The open screen's call is not cancelled: it runs to its own (here shortened) deadline.
    grpc::ClientContext context;
    const auto inFlight = open.prepare(context);
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(200));
    custos::v1::CycleOverviewRequest request;
    custos::v1::CycleOverviewResponse response;
    EXPECT_EQ(open.stub->CycleOverview(&context, request, &response).error_code(),
              grpc::StatusCode::DEADLINE_EXCEEDED);
}
