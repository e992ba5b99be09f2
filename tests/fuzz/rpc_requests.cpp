// Fuzz target: RPC request handling. The first byte picks a method and a caller (an enrolled
// monitor, lead, coordinator, admin, or no credential); the rest is parsed with ParseFromArray as
// that method's request message, and what parses is sent through an in-process gRPC channel to
// the real services (fuzz_world.h): authentication, limits, proto/mapping fromProto, the
// authorisation rules and Storage::applyOps / the review queries / the management actions,
// against a seeded temporary SQLCipher store. State accumulates across inputs (accepted ops).
#include "fuzz_world.h"

#include "custos/v1/enrollment.grpc.pb.h"
#include "custos/v1/management.grpc.pb.h"
#include "custos/v1/review.grpc.pb.h"
#include "custos/v1/sync.grpc.pb.h"

#include <cstddef>
#include <cstdint>

namespace {

using custos::fuzz::As;
namespace v1 = custos::v1;

constexpr int kMethods = 13;

template <class Request>
bool parse(Request& request, const uint8_t* data, size_t size, As as) {
    if (!request.ParseFromArray(data, static_cast<int>(size)))
        return false;
    custos::fuzz::rpcWorld().substitute(request, as);
    return true;
}

template <class Reader, class Response>
void drain(Reader& reader, Response& response) {
    int messages = 0;
    while (reader->Read(&response) && ++messages < 10000) {
    }
    (void)reader->Finish();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1 || size > 256 * 1024)
        return -1;
    auto& w = custos::fuzz::rpcWorld();
    const int method = data[0] % kMethods;
    const auto as = static_cast<As>((data[0] / kMethods) % 5);
    ++data;
    --size;
    auto ctx = w.context(as);
    switch (method) {
    case 0: {
        v1::PushRequest request;
        v1::PushResponse response;
        if (!parse(request, data, size, as))
            return -1;
        (void)v1::SyncService::NewStub(w.channel)->Push(ctx.get(), request, &response);
        break;
    }
    case 1: {
        v1::PullRequest request;
        v1::PullResponse response;
        if (!parse(request, data, size, as))
            return -1;
        auto reader = v1::SyncService::NewStub(w.channel)->Pull(ctx.get(), request);
        drain(reader, response);
        break;
    }
    case 2: {
        v1::CycleOverviewRequest request;
        v1::CycleOverviewResponse response;
        if (!parse(request, data, size, as))
            return -1;
        (void)v1::ReviewService::NewStub(w.channel)->CycleOverview(ctx.get(), request, &response);
        break;
    }
    case 3: {
        v1::FacilityTrendRequest request;
        v1::FacilityTrendResponse response;
        if (!parse(request, data, size, as))
            return -1;
        (void)v1::ReviewService::NewStub(w.channel)->FacilityTrend(ctx.get(), request, &response);
        break;
    }
    case 4: {
        v1::RecommendationFollowUpRequest request;
        v1::RecommendationFollowUpResponse response;
        if (!parse(request, data, size, as))
            return -1;
        (void)v1::ReviewService::NewStub(w.channel)->RecommendationFollowUp(ctx.get(), request,
                                                                            &response);
        break;
    }
    case 5: {
        v1::ExportRequest request;
        v1::ExportChunk response;
        if (!parse(request, data, size, as))
            return -1;
        auto reader = v1::ReviewService::NewStub(w.channel)->Export(ctx.get(), request);
        drain(reader, response);
        break;
    }
    case 6: {
        v1::CreateCycleRequest request;
        v1::Created response;
        if (!parse(request, data, size, as))
            return -1;
        (void)v1::ManagementService::NewStub(w.channel)->CreateCycle(ctx.get(), request, &response);
        break;
    }
    case 7: {
        v1::PlanVisitRequest request;
        v1::Created response;
        if (!parse(request, data, size, as))
            return -1;
        (void)v1::ManagementService::NewStub(w.channel)->PlanVisit(ctx.get(), request, &response);
        break;
    }
    case 8: {
        v1::SetVisitTeamRequest request;
        v1::TeamSet response;
        if (!parse(request, data, size, as))
            return -1;
        (void)v1::ManagementService::NewStub(w.channel)->SetVisitTeam(ctx.get(), request, &response);
        break;
    }
    case 9: {
        v1::ListUsersRequest request;
        v1::ListUsersResponse response;
        if (!parse(request, data, size, as))
            return -1;
        (void)v1::ManagementService::NewStub(w.channel)->ListUsers(ctx.get(), request, &response);
        break;
    }
    case 10: {
        v1::EnrollRequest request;
        v1::EnrollResponse response;
        if (!parse(request, data, size, as))
            return -1;
        (void)v1::EnrollmentService::NewStub(w.channel)->Enroll(ctx.get(), request, &response);
        break;
    }
    case 11: {
        v1::OffsetRequest request;
        v1::UploadResult response;
        if (!parse(request, data, size, as))
            return -1;
        (void)v1::AttachmentService::NewStub(w.channel)->Offset(ctx.get(), request, &response);
        break;
    }
    case 12: {
        v1::DownloadRequest request;
        v1::DownloadChunk response;
        if (!parse(request, data, size, as))
            return -1;
        auto reader = v1::AttachmentService::NewStub(w.channel)->Download(ctx.get(), request);
        drain(reader, response);
        break;
    }
    }
    return 0;
}
