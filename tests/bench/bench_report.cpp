// The visit report (issue #6: "a report for a visit with 150 answers, 20 findings and 15
// recommendations renders in <= 2 s"): assembling the dossier from the store, rendering the
// PDF, and the whole `custosctl report` command as an operator runs it (process start, store
// key derivation, assembly, rendering, writing). Figures: docs/PERFORMANCE.md "Visit report".
// Run: ctest --test-dir build/ci -L bench -R bench_report --verbose
#include "custos/aggregate/visit_dossier.h"
#include "custos/datadir/data_dir.h"
#include "custos/report/visit_report.h"

#include "dossier_world.h"
#include "process.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <stdexcept>

using namespace custos;

namespace {

struct World {
    std::string dataDir;
    std::unique_ptr<storage::Storage> store;
    testkit::DossierWorld seeded;
};

World& world() {
    static std::unique_ptr<World> w = [] {
        auto made = std::make_unique<World>();
        made->dataDir = testkit::freshDir("bench-report") + "/server";
        const auto init = testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", made->dataDir, "init",
                                               "--demo", "--checklist",
                                               CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml"});
        if (init.exitCode != 0)
            throw std::runtime_error("custosctl init failed: " + init.err);
        made->seeded = testkit::seedDossierDataDir(made->dataDir, {150, 20, 15});
        auto store = datadir::openStore(made->dataDir, false);
        if (!store)
            throw std::runtime_error(store.error().message);
        made->store = std::move(store).value();
        return made;
    }();
    return *w;
}

/// Pages of a PDF written by QPdfWriter: its page objects ("/Type /Page", not "/Pages").
int pageCount(const QByteArray& pdf) {
    return static_cast<int>(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") +
                            pdf.count("/Type /Page/"));
}

void BM_AssembleDossier(benchmark::State& state) {
    auto& w = world();
    std::size_t answers = 0;
    for (auto _ : state) {
        auto dossier = aggregate::assembleDossier(*w.store, w.seeded.visitId, "en");
        if (!dossier)
            state.SkipWithError(dossier.error().message.c_str());
        else
            answers = dossier->answers.size();
        benchmark::DoNotOptimize(dossier);
    }
    state.counters["answers"] = static_cast<double>(answers);
}
BENCHMARK(BM_AssembleDossier)->Unit(benchmark::kMillisecond)->MinTime(2);

void BM_RenderReport(benchmark::State& state) {
    auto& w = world();
    const auto dossier = aggregate::assembleDossier(*w.store, w.seeded.visitId, "en");
    if (!dossier) {
        state.SkipWithError(dossier.error().message.c_str());
        return;
    }
    QByteArray pdf;
    for (auto _ : state) {
        pdf = report::renderVisitReport(*dossier, QStringLiteral("en"));
        benchmark::DoNotOptimize(pdf);
    }
    state.counters["findings"] = static_cast<double>(dossier->findings.size());
    state.counters["recommendations"] = static_cast<double>(dossier->recommendations.size());
    state.counters["pages"] = pageCount(pdf);
    state.counters["pdf_kib"] = pdf.size() / 1024.0;
}
BENCHMARK(BM_RenderReport)->Unit(benchmark::kMillisecond)->MinTime(3);

void BM_CustosctlReport(benchmark::State& state) {
    auto& w = world();
    const std::string out = w.dataDir + "/../report.pdf";
    for (auto _ : state) {
        const auto run = testkit::runCommand(
            {CUSTOSCTL_PATH, "--data-dir", w.dataDir, "report", w.seeded.visitId, "--out", out});
        if (run.exitCode != 0)
            state.SkipWithError(run.err.c_str());
    }
}
BENCHMARK(BM_CustosctlReport)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication app(argc, argv); // fonts for the text layout
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
