// Coordinator-facing figures against a real custosd over TLS on loopback, with a generated
// history of 500 facilities x 4 cycles: CycleOverview / FacilityTrend / RecommendationFollowUp
// latency percentiles at 300,000 and 1,000,000 observations, the streamed CSV export of
// 1,000,000 observations, and the server's resident memory. Figures: docs/PERFORMANCE.md.
// Run: ctest --test-dir build/ci -L bench --verbose
#include "custos/v1/review.grpc.pb.h"

#include "grpc_client.h"
#include "process.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

using namespace custos;

namespace {

/// A server holding a generated history of about `observations` answers.
struct World {
    testkit::TestServer server;
    std::string coordinator;
    std::string cycleId;
    std::string facilityId;
    double generationSeconds = 0;
};

World& worldFor(std::int64_t observations) {
    // One server at a time: its memory figures must be its own.
    static std::unique_ptr<World> world;
    static std::int64_t worldSize = 0;
    if (world && worldSize == observations)
        return *world;
    world.reset();
    worldSize = observations;
    world = std::make_unique<World>(
        World{testkit::TestServer::start("bench-review-" + std::to_string(observations)), {}, {},
              {}, 0});
    // 500 facilities x 4 cycles x items x answers per item.
    const bool million = observations >= 1'000'000;
    const auto started = std::chrono::steady_clock::now();
    const auto made = testkit::runCommand(
        {CUSTOSCTL_PATH, "--data-dir", world->server.dataDir, "demo-history", "--checklist",
         CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml", "--facilities", "500", "--cycles",
         "4", "--items", million ? "167" : "150", "--answers-per-item", million ? "3" : "1"});
    world->generationSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (made.exitCode != 0)
        throw std::runtime_error("history generation failed: " + made.err);
    std::istringstream cycles(
        testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", world->server.dataDir, "cycle", "list"})
            .out);
    for (std::string line; std::getline(cycles, line);)
        if (line.find("2026 periodic cycle") != std::string::npos)
            world->cycleId = line.substr(0, line.find(' '));
    std::istringstream facilities(testkit::runCommand({CUSTOSCTL_PATH, "--data-dir",
                                                       world->server.dataDir, "facility", "list"})
                                      .out);
    for (std::string line; std::getline(facilities, line);)
        if (line.find("Facility 250") != std::string::npos)
            world->facilityId = line.substr(0, line.find(' '));
    world->coordinator = testkit::enrolDevice(world->server, "Demo Coordinator");
    return *world;
}

/// Runs `call` once per iteration and reports latency percentiles in milliseconds.
template <typename Call> void measure(benchmark::State& state, Call&& call) {
    std::vector<double> ms;
    for (auto _ : state) {
        const auto started = std::chrono::steady_clock::now();
        const grpc::Status status = call();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                               started)
                         .count());
        if (!status.ok()) {
            state.SkipWithError(status.error_message().c_str());
            return;
        }
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[static_cast<std::size_t>(q * double(ms.size() - 1))]; };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p95_ms"] = at(0.95);
    state.counters["p99_ms"] = at(0.99);
}

std::unique_ptr<v1::ReviewService::Stub> stubFor(const World& world) {
    return v1::ReviewService::NewStub(testkit::tlsChannel(world.server));
}

void BM_CycleOverview(benchmark::State& state) {
    auto& world = worldFor(state.range(0));
    auto stub = stubFor(world);
    state.counters["generation_s"] = world.generationSeconds;
    measure(state, [&] {
        grpc::ClientContext context;
        testkit::authorize(context, world.coordinator);
        v1::CycleOverviewRequest request;
        request.set_cycle_id(world.cycleId);
        request.set_sort_by("indicator:occupancy_pct");
        request.set_descending(true);
        v1::CycleOverviewResponse response;
        auto status = stub->CycleOverview(&context, request, &response);
        if (status.ok() && response.rows_size() != 500)
            return grpc::Status(grpc::StatusCode::INTERNAL, "expected 500 rows");
        return status;
    });
}
BENCHMARK(BM_CycleOverview)
    ->Arg(300'000)
    ->Arg(1'000'000)
    ->Iterations(200)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_FacilityTrend(benchmark::State& state) {
    auto& world = worldFor(state.range(0));
    auto stub = stubFor(world);
    measure(state, [&] {
        grpc::ClientContext context;
        testkit::authorize(context, world.coordinator);
        v1::FacilityTrendRequest request;
        request.set_facility_id(world.facilityId);
        v1::FacilityTrendResponse response;
        return stub->FacilityTrend(&context, request, &response);
    });
}
BENCHMARK(BM_FacilityTrend)->Arg(1'000'000)->Iterations(200)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RecommendationFollowUp(benchmark::State& state) {
    auto& world = worldFor(state.range(0));
    auto stub = stubFor(world);
    measure(state, [&] {
        grpc::ClientContext context;
        testkit::authorize(context, world.coordinator);
        v1::RecommendationFollowUpRequest request;
        request.set_facility_id(world.facilityId);
        v1::RecommendationFollowUpResponse response;
        return stub->RecommendationFollowUp(&context, request, &response);
    });
}
BENCHMARK(BM_RecommendationFollowUp)
    ->Arg(1'000'000)
    ->Iterations(50)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_ExportCsv(benchmark::State& state) {
    auto& world = worldFor(state.range(0));
    auto stub = stubFor(world);
    std::int64_t rows = 0;
    std::size_t bytes = 0;
    for (auto _ : state) {
        grpc::ClientContext context;
        testkit::authorize(context, world.coordinator);
        v1::ExportRequest request;
        request.set_format(v1::EXPORT_FORMAT_CSV);
        auto reader = stub->Export(&context, request);
        v1::ExportChunk chunk;
        while (reader->Read(&chunk)) {
            bytes += chunk.data().size();
            rows = chunk.rows_so_far();
        }
        if (auto status = reader->Finish(); !status.ok()) {
            state.SkipWithError(status.error_message().c_str());
            return;
        }
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
    state.SetItemsProcessed(rows * state.iterations());
}
BENCHMARK(BM_ExportCsv)->Arg(1'000'000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

/// The server's resident memory after the calls above (VmRSS and peak VmHWM).
void BM_ServerMemory(benchmark::State& state) {
    auto& world = worldFor(state.range(0));
    std::map<std::string, double> kb;
    for (auto _ : state) {
        std::ifstream status("/proc/" + std::to_string(world.server.process.pid()) + "/status");
        for (std::string line; std::getline(status, line);)
            for (const char* key : {"VmRSS", "VmHWM"})
                if (line.rfind(key, 0) == 0)
                    kb[key] = std::stod(line.substr(line.find(':') + 1));
    }
    state.counters["rss_MB"] = kb["VmRSS"] / 1024;
    state.counters["peak_rss_MB"] = kb["VmHWM"] / 1024;
}
BENCHMARK(BM_ServerMemory)->Arg(1'000'000)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
