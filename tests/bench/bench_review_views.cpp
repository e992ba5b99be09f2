// What a coordinator's review screen does when it opens (issue #6: "loading any view takes
// <= 300 ms" at 1,000,000 observations): the ReviewService call over TLS on loopback to a real
// custosd, then the conversion to the QML data the page binds to, exactly as ReviewClient's
// worker does it (review::overviewToQml / trendToQml / followUpToQml, and protomap::fromProto +
// review::dossierToQml for the visit review). Latency percentiles in ms per view.
// CUSTOS_BENCH_DATA_1000000=<dir> reuses a data set kept by an earlier bench_review run.
// Run: build/ci/tests/bench/bench_review_views; figures: docs/PERFORMANCE.md.
#include "dossier_rows.h"
#include "review_rows.h"

#include "custos/core/checklist.h"
#include "custos/proto/mapping.h"
#include "custos/v1/review.grpc.pb.h"

#include "grpc_client.h"
#include "process.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <sstream>

using namespace custos;

namespace {

constexpr std::int64_t kObservations = 1'000'000;

/// A server holding the generated history, and what the screens need to call it.
struct World {
    testkit::TestServer server;
    std::string coordinator;
    std::string cycleId;    ///< "2026 periodic cycle" of the 500 facilities, the latest
    std::string facilityId; ///< "Facility 250"
    std::string visitId;    ///< Facility 250's visit in the latest cycle
    app::review::Vocabulary words;
};

/// Lines of a custosctl listing as (id, rest of the line).
std::vector<std::pair<std::string, std::string>> listing(const World& world, const char* what) {
    std::vector<std::pair<std::string, std::string>> out;
    std::istringstream lines(
        testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", world.server.dataDir, what, "list"})
            .out);
    for (std::string line; std::getline(lines, line);)
        if (const auto space = line.find(' '); space != std::string::npos)
            out.emplace_back(line.substr(0, space), line.substr(space + 1));
    return out;
}

/// The name: a listing's last column (columns are separated by two spaces).
std::string lastColumn(const std::string& rest) {
    const auto at = rest.rfind("  ");
    return at == std::string::npos ? rest : rest.substr(at + 2);
}

World& world() {
    static std::unique_ptr<World> made;
    if (made)
        return *made;
    const char* kept = std::getenv(("CUSTOS_BENCH_DATA_" + std::to_string(kObservations)).c_str());
    if (kept) {
        made = std::make_unique<World>(World{testkit::TestServer::serve(kept), {}, {}, {}, {}, {}});
    } else {
        made = std::make_unique<World>(
            World{testkit::TestServer::start("bench-review-views"), {}, {}, {}, {}, {}});
        // The data set of bench_review: 500 facilities x 4 cycles x 167 items x 3 answers.
        const auto generated = testkit::runCommand(
            {CUSTOSCTL_PATH, "--data-dir", made->server.dataDir, "demo-history", "--checklist",
             CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml", "--facilities", "500", "--cycles",
             "4", "--items", "167", "--answers-per-item", "3"});
        if (generated.exitCode != 0)
            throw std::runtime_error("history generation failed: " + generated.err);
    }
    auto& words = made->words;
    // The names the app takes from its synced store, here from the server's reference data.
    for (const auto& [id, rest] : listing(*made, "cycle")) {
        words.cycleNames.emplace(id, QString::fromStdString(lastColumn(rest)));
        if (rest.find("500 facilities  2026 periodic cycle") != std::string::npos)
            made->cycleId = id;
    }
    for (const auto& [id, rest] : listing(*made, "facility")) {
        words.facilityNames.emplace(id, QString::fromStdString(lastColumn(rest)));
        if (rest.find("Facility 250") != std::string::npos)
            made->facilityId = id;
    }
    if (auto checklist = loadChecklistYaml(
            testkit::readFile(CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml"))) {
        for (const auto& section : checklist->sections)
            words.themeTitles.emplace(section.key,
                                      QString::fromStdString(section.title.in(words.language)));
        for (const auto& indicator : checklist->indicators) {
            words.indicatorNames.emplace(
                indicator.key, QString::fromStdString(indicator.label.in(words.language)));
            words.indicatorUnits.emplace(indicator.key, indicator.unit);
        }
    }
    made->coordinator = testkit::enrolDevice(made->server, "Demo Coordinator");
    // The visit the coordinator opens from the overview: Facility 250's, in the latest cycle.
    auto stub = v1::ReviewService::NewStub(testkit::tlsChannel(made->server));
    grpc::ClientContext context;
    testkit::authorize(context, made->coordinator);
    v1::CycleOverviewRequest request;
    request.set_cycle_id(made->cycleId);
    v1::CycleOverviewResponse response;
    if (stub->CycleOverview(&context, request, &response).ok())
        for (const auto& row : response.rows())
            if (row.facility().id() == made->facilityId)
                made->visitId = row.visit_id();
    return *made;
}

/// Runs `open` (call + conversion) once per iteration; p50/p95/p99 in milliseconds. `open`
/// returns an error message, or the QML data's top-level size through `size`.
template <typename Open> void measure(benchmark::State& state, Open&& open) {
    std::vector<double> ms;
    qsizetype size = 0;
    for (auto _ : state) {
        const auto started = std::chrono::steady_clock::now();
        const std::string error = open(size);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                .count());
        if (!error.empty()) {
            state.SkipWithError(error.c_str());
            return;
        }
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[static_cast<std::size_t>(q * double(ms.size() - 1))]; };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p95_ms"] = at(0.95);
    state.counters["p99_ms"] = at(0.99);
    state.counters["items"] = static_cast<double>(size);
}

std::unique_ptr<v1::ReviewService::Stub> stubFor(const World& w) {
    return v1::ReviewService::NewStub(testkit::tlsChannel(w.server));
}

qsizetype listSize(const QVariantMap& map, const char* key) {
    return map.value(QString::fromLatin1(key)).toList().size();
}

/// The cycle overview of the latest cycle (500 facilities), sorted as the page first asks.
void BM_OpenCycleOverview(benchmark::State& state) {
    auto& w = world();
    auto stub = stubFor(w);
    measure(state, [&](qsizetype& size) -> std::string {
        grpc::ClientContext context;
        testkit::authorize(context, w.coordinator);
        v1::CycleOverviewRequest request;
        request.set_cycle_id(w.cycleId);
        request.set_sort_by("indicator:occupancy_pct");
        request.set_descending(true);
        v1::CycleOverviewResponse response;
        if (auto status = stub->CycleOverview(&context, request, &response); !status.ok())
            return status.error_message();
        const QVariantMap qml = app::review::overviewToQml(response, w.words);
        size = listSize(qml, "rows");
        return size == 500 ? std::string() : "expected 500 rows";
    });
}
BENCHMARK(BM_OpenCycleOverview)->Iterations(100)->Unit(benchmark::kMillisecond)->UseRealTime();

/// One facility's trend across the 4 cycles.
void BM_OpenFacilityTrend(benchmark::State& state) {
    auto& w = world();
    auto stub = stubFor(w);
    measure(state, [&](qsizetype& size) -> std::string {
        grpc::ClientContext context;
        testkit::authorize(context, w.coordinator);
        v1::FacilityTrendRequest request;
        request.set_facility_id(w.facilityId);
        v1::FacilityTrendResponse response;
        if (auto status = stub->FacilityTrend(&context, request, &response); !status.ok())
            return status.error_message();
        size = listSize(app::review::trendToQml(response, w.words), "points");
        return {};
    });
}
BENCHMARK(BM_OpenFacilityTrend)->Iterations(100)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Follow-up of one facility's recommendations (arg 1), or the whole organisation's, unfiltered
/// (arg 0): the page's first load when opened from the review home, which asks for the first
/// 100 (FollowUpPage.qml `shown`), as the screen does.
void BM_OpenFollowUp(benchmark::State& state) {
    auto& w = world();
    auto stub = stubFor(w);
    const bool oneFacility = state.range(0) == 1;
    measure(state, [&](qsizetype& size) -> std::string {
        grpc::ClientContext context;
        testkit::authorize(context, w.coordinator);
        v1::RecommendationFollowUpRequest request;
        if (oneFacility)
            request.set_facility_id(w.facilityId);
        request.set_limit(100);
        v1::RecommendationFollowUpResponse response;
        if (auto status = stub->RecommendationFollowUp(&context, request, &response); !status.ok())
            return status.error_message();
        size = listSize(app::review::followUpToQml(response, w.words), "recommendations");
        return {};
    });
}
BENCHMARK(BM_OpenFollowUp)
    ->ArgName("one_facility")
    ->Arg(1)
    ->Arg(0)
    ->Iterations(30)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// The visit review of Facility 250's visit in the latest cycle.
void BM_OpenVisitDossier(benchmark::State& state) {
    auto& w = world();
    auto stub = stubFor(w);
    if (w.visitId.empty()) {
        state.SkipWithError("no visit of Facility 250 in the latest cycle");
        return;
    }
    measure(state, [&](qsizetype& size) -> std::string {
        grpc::ClientContext context;
        testkit::authorize(context, w.coordinator);
        v1::VisitDossierRequest request;
        request.set_visit_id(w.visitId);
        request.set_language("en");
        v1::VisitDossierResponse response;
        if (auto status = stub->VisitDossier(&context, request, &response); !status.ok())
            return status.error_message();
        auto dossier = protomap::fromProto(response);
        if (!dossier)
            return dossier.error().message;
        size = listSize(app::review::dossierToQml(*dossier), "findings");
        return {};
    });
}
BENCHMARK(BM_OpenVisitDossier)->Iterations(100)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    // The conversions translate their labels (QCoreApplication::translate).
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
