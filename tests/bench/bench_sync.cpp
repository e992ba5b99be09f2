// Sync throughput against a real custosd over TLS on loopback, and the raw SQLCipher insert rate
// on the same machine, so the sync path can be reported as a ratio to it.
// Run: ctest --test-dir build/ci -L bench --verbose   (figures go to docs/PERFORMANCE.md)
#include "custos/core/uuid.h"
#include "custos/sqldb/database.h"
#include "custos/store/local_store.h"
#include "custos/sync/sync_engine.h"
#include "custos/sync/transport.h"

#include "process.h"

#include <benchmark/benchmark.h>

using namespace custos;

namespace {

struct World {
    testkit::TestServer server;
    store::Enrolment monitor;
    std::string visitId;
};
World* g_world = nullptr;

std::vector<store::PendingOp> makeBatch(std::size_t n) {
    static const char* keys[] = {"reg.register_exists", "acc.natural_light", "acc.toilet_access",
                                 "ex.outdoor_hour"};
    std::vector<store::PendingOp> ops(n);
    HybridLogicalClock clock;
    for (std::size_t i = 0; i < n; ++i) {
        auto& op = ops[i];
        op.opId = newId();
        Observation o;
        o.id = newId();
        o.visitId = g_world->visitId;
        o.itemKey = keys[i % 4];
        o.value = static_cast<AnswerCode>(i % 5);
        o.note = "bench note " + std::to_string(i);
        o.authorId = g_world->monitor.userId;
        o.deviceId = g_world->monitor.deviceId;
        o.hlc = clock.now();
        op.payload = std::move(o);
    }
    return ops;
}

void BM_PushOverTls(benchmark::State& state) {
    sync::Transport transport(g_world->server.address, g_world->server.caPem,
                              g_world->monitor.credential);
    const auto batch = static_cast<std::size_t>(state.range(0));
    std::size_t pushed = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto ops = makeBatch(batch);
        state.ResumeTiming();
        auto results = transport.push(ops);
        if (!results) {
            state.SkipWithError(results.error().message.c_str());
            return;
        }
        pushed += results->size();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(pushed));
}
BENCHMARK(BM_PushOverTls)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PullToFreshDevice(benchmark::State& state) {
    sync::Transport transport(g_world->server.address, g_world->server.caPem,
                              g_world->monitor.credential);
    std::size_t pulled = 0;
    for (auto _ : state) {
        auto status = transport.pull(0, 1000, [&](sync::PullBatch&& batch) {
            pulled += batch.changes.size();
            return Status{};
        });
        if (!status.ok()) {
            state.SkipWithError(status.error().message.c_str());
            return;
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(pulled));
}
BENCHMARK(BM_PullToFreshDevice)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_PullIntoEncryptedStore(benchmark::State& state) {
    std::size_t pulled = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const auto dir = testkit::freshDir("bench-pull-store");
        auto local = store::LocalStore::open(dir + "/device.db", "bench passphrase");
        (void)(*local)->saveEnrolment(g_world->monitor);
        sync::Transport transport(g_world->server.address, g_world->server.caPem,
                                  g_world->monitor.credential);
        state.ResumeTiming();
        auto report = sync::syncOnce(**local, transport);
        if (!report) {
            state.SkipWithError(report.error().message.c_str());
            return;
        }
        pulled += static_cast<std::size_t>(report->pulled);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(pulled));
}
BENCHMARK(BM_PullIntoEncryptedStore)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_RawSqlCipherInsert(benchmark::State& state) {
    const auto dir = testkit::freshDir("bench-raw");
    auto db = sqldb::Database::open(
        {dir + "/raw.db", std::string(64, 'a'), sqldb::KeyKind::RawHex, true});
    (void)(*db)->exec("CREATE TABLE t (id TEXT PRIMARY KEY, visit TEXT, item TEXT, value TEXT, "
                      "note TEXT, hlc INTEGER)");
    const std::int64_t rows = state.range(0);
    std::int64_t total = 0;
    for (auto _ : state) {
        (void)sqldb::inTransaction(**db, [&]() -> Status {
            auto stmt = (*db)->prepare("INSERT INTO t VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
            for (std::int64_t i = 0; i < rows; ++i)
                CUSTOS_TRY(stmt->bind(1, newId())
                               .bind(2, "0190b6a4-7e3c-7000-8000-000000000000")
                               .bind(3, "acc.natural_light")
                               .bind(4, "{\"answer\":\"no\"}")
                               .bind(5, "bench note")
                               .bind(6, i)
                               .run());
            return {};
        });
        total += rows;
    }
    state.SetItemsProcessed(total);
}
BENCHMARK(BM_RawSqlCipherInsert)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    World world{testkit::TestServer::start("bench-sync"), {}, {}};
    g_world = &world;
    {
        const auto dir = testkit::freshDir("bench-setup");
        auto local = store::LocalStore::open(dir + "/setup.db", "bench passphrase");
        sync::Transport anonymous(world.server.address, world.server.caPem, "");
        auto enrolment = anonymous.enroll(world.server.enrolmentCode("Demo Monitor"), "bench");
        if (!enrolment) {
            fprintf(stderr, "enrolment failed: %s\n", enrolment.error().message.c_str());
            return 1;
        }
        world.monitor = *enrolment;
        (void)(*local)->saveEnrolment(world.monitor);
        sync::Transport transport(world.server.address, world.server.caPem,
                                  world.monitor.credential);
        if (!sync::syncOnce(**local, transport).ok())
            return 1;
        world.visitId = (*local)->visits()->front().visit.id;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
