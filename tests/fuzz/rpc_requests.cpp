// Fuzz target: RPC request handling. The first byte picks a method (low 5 bits, modulo the
// number of methods) and a caller (high 3 bits, modulo 5: an enrolled monitor, lead,
// coordinator, admin, or no credential); the rest is parsed with ParseFromArray as that method's
// request message, and what parses is sent through a loopback gRPC channel to the real
// services (fuzz_world.h): authentication, limits, proto/mapping fromProto, the authorisation
// rules and Storage::applyOps / the review queries and exports / the dossier / the management
// actions / enrolment, against a seeded temporary SQLCipher store. State accumulates across
// inputs (accepted ops, planned visits, enrolled devices).
//
// Every request message of every service is here except UploadChunk (a client stream: see
// attachment_upload.cpp). A method added to a service gets a line in kMethods; new methods go at
// the end so the committed seeds keep their meaning. EnrollRequest.code "$code" becomes a fresh
// valid enrolment code for the monitor, so the redeem path is reached too.
#include "fuzz_world.h"

#include "custos/v1/attachments.grpc.pb.h"
#include "custos/v1/enrollment.grpc.pb.h"
#include "custos/v1/management.grpc.pb.h"
#include "custos/v1/review.grpc.pb.h"
#include "custos/v1/sync.grpc.pb.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <type_traits>

namespace {

using custos::fuzz::As;
using custos::fuzz::RpcWorld;
namespace v1 = custos::v1;

template <class Request> bool parse(Request& request, const uint8_t* data, size_t size, As as) {
    if (!request.ParseFromArray(data, static_cast<int>(size)))
        return false;
    custos::fuzz::rpcWorld().substitute(request, as);
    return true;
}

/// CUSTOS_FUZZ_TRACE=1: each call's status on stdout (to check that seeds reach the handlers).
void trace(const char* method, As as, const grpc::Status& status) {
    static const bool on = std::getenv("CUSTOS_FUZZ_TRACE") != nullptr;
    if (on)
        std::printf("%s as %d: %d %s\n", method, static_cast<int>(as),
                    static_cast<int>(status.error_code()), status.error_message().c_str());
}

/// A unary call: parse, substitute, call through the service's stub. -1 if it does not parse.
template <class Service, class Request, class Response, class Stub = typename Service::Stub>
int unary(grpc::Status (Stub::*call)(grpc::ClientContext*, const Request&, Response*),
          const uint8_t* data, size_t size, As as) {
    Request request;
    if (!parse(request, data, size, as))
        return -1;
    auto& w = custos::fuzz::rpcWorld();
    if constexpr (std::is_same_v<Request, v1::EnrollRequest>) {
        if (request.code() == "$code") {
            auto code = custos::admin::issueEnrolmentCode(*w.store, w.userId[0], 3600 * 1000);
            if (!code)
                std::abort();
            request.set_code(*code);
        }
    }
    Response response;
    auto ctx = w.context(as);
    trace(Request::descriptor()->name().c_str(), as,
          (Service::NewStub(w.channel).get()->*call)(ctx.get(), request, &response));
    return 0;
}

/// A server-streaming call: every message is read (bounded), then Finish.
template <class Service, class Request, class Response, class Stub = typename Service::Stub>
int streaming(std::unique_ptr<grpc::ClientReader<Response>> (Stub::*call)(grpc::ClientContext*,
                                                                          const Request&),
              const uint8_t* data, size_t size, As as) {
    Request request;
    if (!parse(request, data, size, as))
        return -1;
    auto& w = custos::fuzz::rpcWorld();
    auto ctx = w.context(as);
    auto stub = Service::NewStub(w.channel);
    auto reader = (stub.get()->*call)(ctx.get(), request);
    Response response;
    int messages = 0;
    while (reader->Read(&response) && ++messages < 10000) {
    }
    trace(Request::descriptor()->name().c_str(), as, reader->Finish());
    return 0;
}

using Call = int (*)(const uint8_t*, size_t, As);
using Sync = v1::SyncService;
using Review = v1::ReviewService;
using Manage = v1::ManagementService;
using Enrol = v1::EnrollmentService;
using Attach = v1::AttachmentService;

// Index = the method number of the seeds (make_seeds.cpp). Append only.
constexpr Call kMethods[] = {
    /* 0 */ [](auto d, auto s, auto a) { return unary<Sync>(&Sync::Stub::Push, d, s, a); },
    /* 1 */ [](auto d, auto s, auto a) { return streaming<Sync>(&Sync::Stub::Pull, d, s, a); },
    /* 2 */
    [](auto d, auto s, auto a) { return unary<Review>(&Review::Stub::CycleOverview, d, s, a); },
    /* 3 */
    [](auto d, auto s, auto a) { return unary<Review>(&Review::Stub::FacilityTrend, d, s, a); },
    /* 4 */
    [](auto d, auto s, auto a) {
        return unary<Review>(&Review::Stub::RecommendationFollowUp, d, s, a);
    },
    /* 5 */
    [](auto d, auto s, auto a) { return streaming<Review>(&Review::Stub::Export, d, s, a); },
    /* 6 */
    [](auto d, auto s, auto a) { return unary<Manage>(&Manage::Stub::CreateCycle, d, s, a); },
    /* 7 */ [](auto d, auto s, auto a) { return unary<Manage>(&Manage::Stub::PlanVisit, d, s, a); },
    /* 8 */
    [](auto d, auto s, auto a) { return unary<Manage>(&Manage::Stub::SetVisitTeam, d, s, a); },
    /* 9 */ [](auto d, auto s, auto a) { return unary<Manage>(&Manage::Stub::ListUsers, d, s, a); },
    /* 10 */ [](auto d, auto s, auto a) { return unary<Enrol>(&Enrol::Stub::Enroll, d, s, a); },
    /* 11 */ [](auto d, auto s, auto a) { return unary<Attach>(&Attach::Stub::Offset, d, s, a); },
    /* 12 */
    [](auto d, auto s, auto a) { return streaming<Attach>(&Attach::Stub::Download, d, s, a); },
    /* 13 */
    [](auto d, auto s, auto a) { return unary<Review>(&Review::Stub::VisitDossier, d, s, a); },
};
constexpr int kMethodCount = sizeof(kMethods) / sizeof(kMethods[0]);
static_assert(kMethodCount <= 32, "the method number is the first byte's low 5 bits");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1 || size > 256 * 1024)
        return -1;
    const int method = (data[0] & 0x1f) % kMethodCount;
    const auto as = static_cast<As>((data[0] >> 5) % 5);
    return kMethods[method](data + 1, size - 1, as);
}
