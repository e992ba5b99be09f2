// Fault (issue #7): the tablet app is killed with SIGKILL while it autosaves, again and again.
// A child process (autosave_writer) answers items through the app's own Session and
// ChecklistModel and reports each answer once the save has returned; it is killed after a random
// delay — sometimes while it is still deriving the key or recovering the previous crash's WAL,
// sometimes just after its first answer, sometimes during heavy writing. After each kill the
// store must open, pass integrity_check, hold every reported answer with its value, and hold
// exactly one outbox operation per local observation. At the end the outbox is replayed to a
// real custosd, which must end up with each observation exactly once.
#include "custos/core/observation.h"
#include "custos/store/local_store.h"
#include "custos/sync/sync_engine.h"
#include "custos/sync/transport.h"

#include "process.h"

#include <gtest/gtest.h>

#include <csignal>
#include <map>
#include <random>
#include <set>
#include <sstream>

using namespace custos;
namespace testkit = custos::testkit;

namespace {

constexpr const char* kPassphrase = "fault test passphrase, long enough";
constexpr int kRuns = 36;

struct Reported {
    std::string itemKey;
    std::string shown; ///< the answer as the app displayed it after saving
    int run = 0;
};

/// The "saved" lines of a child's output; a line cut by the kill has no newline and is ignored.
std::vector<std::pair<std::string, Reported>> savedLines(const std::string& output, int run) {
    std::vector<std::pair<std::string, Reported>> saved;
    std::size_t start = 0;
    for (auto nl = output.find('\n'); nl != std::string::npos;
         start = nl + 1, nl = output.find('\n', start)) {
        const auto line = output.substr(start, nl - start);
        if (line.rfind("saved\t", 0) != 0)
            continue;
        std::istringstream fields(line.substr(6));
        std::string id, key, shown;
        std::getline(fields, id, '\t');
        std::getline(fields, key, '\t');
        std::getline(fields, shown);
        saved.push_back({id, {key, shown, run}});
    }
    return saved;
}

/// Everything a kill must leave intact; returns the number of local observations.
std::size_t checkStore(const std::string& path, const std::string& visitId,
                       const std::string& deviceId, const std::map<std::string, Reported>& reported,
                       int run) {
    SCOPED_TRACE("after kill " + std::to_string(run));
    auto opened = store::LocalStore::open(path, kPassphrase);
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().message);
    if (!opened.ok())
        return 0;
    auto& local = **opened;
    const auto integrity = local.integrityCheck();
    EXPECT_TRUE(integrity.ok()) << (integrity.ok() ? "" : integrity.error().message);

    auto observations = local.allObservations(visitId);
    EXPECT_TRUE(observations.ok());
    if (!observations.ok())
        return 0;
    std::map<std::string, const Observation*> byId;
    std::set<std::string> localIds;
    for (const auto& o : *observations) {
        byId[o.id] = &o;
        if (o.deviceId == deviceId)
            localIds.insert(o.id);
    }
    for (const auto& [id, saved] : reported) {
        const auto it = byId.find(id);
        if (it == byId.end()) {
            ADD_FAILURE() << "answer " << id << " (" << saved.itemKey << " = " << saved.shown
                          << ", reported saved in run " << saved.run << ") is missing";
            continue;
        }
        EXPECT_EQ(it->second->itemKey, saved.itemKey) << id;
        EXPECT_EQ(answerToDisplay(it->second->value), saved.shown) << id;
    }

    // The outbox: one operation per local observation, none missing, none twice.
    auto ops = local.pendingOps(1U << 30);
    EXPECT_TRUE(ops.ok()) << (ops.ok() ? "" : ops.error().message);
    if (!ops.ok())
        return localIds.size();
    std::set<std::string> opIds, queued;
    for (const auto& op : *ops) {
        EXPECT_TRUE(opIds.insert(op.opId).second) << "operation " << op.opId << " twice";
        const auto* observation = std::get_if<Observation>(&op.payload);
        EXPECT_NE(observation, nullptr) << "unexpected record in the outbox";
        if (observation) {
            EXPECT_TRUE(queued.insert(observation->id).second)
                << "observation " << observation->id << " queued twice";
        }
    }
    EXPECT_EQ(queued, localIds) << "outbox and local observations differ";
    const auto state = local.syncState();
    EXPECT_TRUE(state.ok());
    if (state.ok()) {
        EXPECT_EQ(state->pendingOps, static_cast<std::int64_t>(localIds.size()));
    }
    return localIds.size();
}

/// Reads the child's output for `ms` milliseconds (a pipe left unread would stall it).
void drainFor(testkit::ChildProcess& child, int ms) {
    (void)child.waitForLine("\x01 never printed", std::chrono::milliseconds(ms));
}

} // namespace

TEST(ClientKill, AutosaveSurvivesSigkillAndTheOutboxReplaysExactlyOnce) {
    auto server = testkit::TestServer::start("fault-client-kill",
                                             CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml");
    const auto dir = testkit::freshDir("fault-client-kill-tablet");
    const auto dbPath = dir + "/custos.db";

    // A tablet as first run and enrolment leave it: the app's database file, enrolled, synced.
    store::Enrolment enrolment;
    std::string visitId;
    {
        auto opened = store::LocalStore::open(dbPath, kPassphrase);
        ASSERT_TRUE(opened.ok());
        auto& local = **opened;
        sync::Transport anonymous(server.address, server.caPem, "");
        auto enrolled = anonymous.enroll(server.enrolmentCode("Demo Monitor"), "fault tablet");
        ASSERT_TRUE(enrolled.ok()) << enrolled.error().message;
        enrolment = *enrolled;
        ASSERT_TRUE(local.saveEnrolment(enrolment).ok());
        sync::Transport transport(server.address, server.caPem, enrolment.credential);
        auto round = sync::syncOnce(local, transport);
        ASSERT_TRUE(round.ok()) << round.error().message;
        auto visits = local.visits();
        ASSERT_TRUE(visits.ok());
        ASSERT_FALSE(visits->empty());
        visitId = visits->front().visit.id;
        ASSERT_GT(visits->front().totalItems, 40);
    }

    std::map<std::string, Reported> reported;
    int killedBeforeReady = 0, killedWithNoAnswer = 0, killedWhileWriting = 0;
    std::size_t mostInOneRun = 0, localObservations = 0;
    for (int run = 0; run < kRuns; ++run) {
        std::mt19937 rng(static_cast<unsigned>(7919 * (run + 1)));
        testkit::ChildProcess child(
            {AUTOSAVE_WRITER_PATH, dir, kPassphrase, visitId, std::to_string(rng())});
        bool ready = false;
        switch (run % 3) {
        case 0: // very early: while opening (key derivation, WAL recovery) or just after
            drainFor(child, static_cast<int>(rng() % 400));
            break;
        case 1: // at the first answers
            ready = !child.waitForLine("ready", std::chrono::seconds(30)).empty();
            ASSERT_TRUE(ready) << "the writer did not start (run " << run << ")";
            drainFor(child, static_cast<int>(rng() % 6));
            break;
        default: // during heavy writing
            ready = !child.waitForLine("ready", std::chrono::seconds(30)).empty();
            ASSERT_TRUE(ready) << "the writer did not start (run " << run << ")";
            drainFor(child, 40 + static_cast<int>(rng() % 260));
            break;
        }
        const int status = child.stop(SIGKILL);
        ASSERT_EQ(status, 128 + SIGKILL)
            << "the writer ended by itself before the kill (run " << run << ")";
        const auto saved = savedLines(child.output(), run);
        ready = ready || child.output().find("ready") != std::string::npos;
        killedBeforeReady += !ready;
        killedWithNoAnswer += ready && saved.empty();
        killedWhileWriting += !saved.empty();
        mostInOneRun = std::max(mostInOneRun, saved.size());
        for (const auto& [id, answer] : saved)
            EXPECT_TRUE(reported.emplace(id, answer).second) << id << " reported twice";
        localObservations = checkStore(dbPath, visitId, enrolment.deviceId, reported, run);
        if (HasFatalFailure() || HasFailure())
            return;
    }
    std::printf("%d kills: %d before the store was ready, %d before the first answer, %d while "
                "writing (up to %zu answers in one run); %zu answers reported, %zu local "
                "observations\n",
                kRuns, killedBeforeReady, killedWithNoAnswer, killedWhileWriting, mostInOneRun,
                reported.size(), localObservations);
    EXPECT_GE(killedWhileWriting, kRuns / 4) << "too few kills hit the writing phase";
    EXPECT_GE(killedBeforeReady + killedWithNoAnswer, 3) << "too few early kills";
    ASSERT_GE(localObservations, reported.size());

    // Replay the outbox to the server: every observation arrives once.
    auto opened = store::LocalStore::open(dbPath, kPassphrase);
    ASSERT_TRUE(opened.ok());
    auto& local = **opened;
    auto ops = local.pendingOps(1U << 30);
    ASSERT_TRUE(ops.ok());
    ASSERT_EQ(ops->size(), localObservations);
    sync::Transport transport(server.address, server.caPem, enrolment.credential);
    auto round = sync::syncOnce(local, transport);
    ASSERT_TRUE(round.ok()) << round.error().message;
    EXPECT_EQ(round->accepted, static_cast<int>(localObservations));
    EXPECT_EQ(round->duplicates, 0);
    EXPECT_EQ(round->rejected, 0);
    EXPECT_EQ(local.syncState()->pendingOps, 0);
    const auto expected = "observations: " + std::to_string(localObservations) + "\n";
    EXPECT_NE(server.status().find(expected), std::string::npos) << server.status();

    // A tablet that crashed before recording the acknowledgement pushes the same ops again:
    // the server recognises every one and stores nothing twice.
    std::size_t duplicates = 0;
    for (std::size_t at = 0; at < ops->size(); at += 500) {
        const std::vector<store::PendingOp> batch(
            ops->begin() + static_cast<std::ptrdiff_t>(at),
            ops->begin() + static_cast<std::ptrdiff_t>(std::min(at + 500, ops->size())));
        auto results = transport.push(batch);
        ASSERT_TRUE(results.ok()) << results.error().message;
        for (const auto& result : *results)
            duplicates += result.outcome == sync::PushResult::Outcome::Duplicate;
    }
    EXPECT_EQ(duplicates, ops->size());
    EXPECT_NE(server.status().find(expected), std::string::npos) << server.status();
}
