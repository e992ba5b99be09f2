// A visit team working through a real custosd over TLS with the real store and sync engine:
// records travel between members, divergent answers are reconciled by the lead, a member who
// joins late receives the visit's earlier data exactly once (backfill), and one who leaves has
// it purged from the tablet without losing anything unsent.
#include "custos/core/answer_resolution.h"
#include "custos/core/uuid.h"
#include "custos/sync/sync_engine.h"

#include "process.h"
#include "tablet.h"

#include <gtest/gtest.h>

using namespace custos;

namespace {

void syncNow(testkit::Tablet& tablet) {
    auto report = sync::syncOnce(*tablet.store, *tablet.transport);
    ASSERT_TRUE(report.ok()) << report.error().message;
}

std::string ctl(const testkit::TestServer& server, std::vector<std::string> args) {
    args.insert(args.begin(), {CUSTOSCTL_PATH, "--data-dir", server.dataDir});
    const auto result = testkit::runCommand(args);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return result.out;
}

std::vector<Observation> observationsOf(store::LocalStore& store, const std::string& visitId) {
    std::vector<Observation> all;
    auto current = store.currentAnswers(visitId);
    EXPECT_TRUE(current.ok());
    for (const auto& [key, o] : *current)
        all.push_back(o);
    return all;
}

class TeamSync : public ::testing::Test {
protected:
    void SetUp() override {
        const auto name = std::string("it-team-") +
                          ::testing::UnitTest::GetInstance()->current_test_info()->name();
        server = std::make_unique<testkit::TestServer>(testkit::TestServer::start(name));
        dir = testkit::freshDir(name + "-tablets");
        lead = testkit::enrolTablet(*server, "Demo Lead", dir);
        monitor = testkit::enrolTablet(*server, "Demo Monitor", dir);
        syncNow(lead);
        syncNow(monitor);
        visitId = monitor.store->visits()->front().visit.id;
    }

    std::unique_ptr<testkit::TestServer> server;
    std::string dir;
    testkit::Tablet lead, monitor;
    std::string visitId;
};

} // namespace

TEST_F(TeamSync, FindingsInterviewsAndRecommendationsReachTheWholeTeam) {
    Finding finding;
    finding.header.visitId = visitId;
    finding.theme = "accommodation";
    finding.ruleRefs = {13, 14};
    finding.severity = FindingSeverity::Urgent;
    finding.text = "Cells in wing B hold three people in 7 m².";
    auto savedFinding = monitor.store->saveRecord(finding);
    ASSERT_TRUE(savedFinding.ok()) << savedFinding.error().message;
    Interview interview;
    interview.header.visitId = visitId;
    interview.consent = ConsentScope::Internal;
    interview.personCode = "D-04";
    interview.content = "Reports being held 9 days in the punishment cell.";
    ASSERT_TRUE(monitor.store->saveRecord(interview).ok());
    Recommendation recommendation;
    recommendation.header.visitId = visitId;
    recommendation.facilityId = monitor.store->visits()->front().facility.id;
    recommendation.text = "Bring occupancy of wing B within capacity.";
    recommendation.findingIds = {headerOf(*savedFinding).id};
    ASSERT_TRUE(monitor.store->saveRecord(recommendation).ok());
    EXPECT_EQ(monitor.store->syncState()->pendingOps, 3);

    syncNow(monitor);
    EXPECT_EQ(monitor.store->syncState()->pendingOps, 0);
    EXPECT_NE(server->status().find("interviews, findings, recommendations, ...): 3"),
              std::string::npos)
        << server->status();
    syncNow(lead);
    auto records = lead.store->records(visitId);
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 3u);
    EXPECT_EQ(std::get<Finding>((*records)[0]).text, finding.text);
    EXPECT_EQ(std::get<Interview>((*records)[1]).content, interview.content);
    auto followUp = lead.store->facilityRecommendations(recommendation.facilityId);
    ASSERT_EQ(followUp->size(), 1u);

    // The lead edits the finding: a new version, both versions kept.
    auto edit = std::get<Finding>((*records)[0]);
    edit.text += " Mattresses on the floor.";
    ASSERT_TRUE(lead.store->saveRecord(edit).ok());
    syncNow(lead);
    syncNow(monitor);
    EXPECT_EQ(monitor.store->records(visitId)->size(), 4u);
}

TEST_F(TeamSync, DivergentAnswersAreFlaggedUntilTheLeadReconciles) {
    auto mine = monitor.store->recordAnswer(visitId, "acc.natural_light", AnswerCode::No, "wing B",
                                            SourceTag::Observed);
    ASSERT_TRUE(mine.ok());
    ASSERT_TRUE(lead.store
                    ->recordAnswer(visitId, "acc.natural_light", AnswerCode::Yes, "wing A",
                                   SourceTag::Observed)
                    .ok());
    syncNow(monitor);
    syncNow(lead);
    syncNow(monitor);

    auto resolve = [&](testkit::Tablet& tablet) {
        std::vector<Reconciliation> settlements;
        for (const auto& r : *tablet.store->records(visitId))
            if (const auto* s = std::get_if<Reconciliation>(&r))
                settlements.push_back(*s);
        return resolveAnswers(*tablet.store->allObservations(visitId), settlements)
            .at("acc.natural_light");
    };
    EXPECT_TRUE(resolve(lead).divergent);
    EXPECT_TRUE(resolve(monitor).divergent);
    EXPECT_EQ(resolve(lead).competing.size(), 2u);

    Reconciliation settle;
    settle.header.visitId = visitId;
    settle.itemKey = "acc.natural_light";
    settle.chosenObservationId = mine->id;
    settle.note = "Wing B checked again together.";
    ASSERT_TRUE(lead.store->saveRecord(settle).ok());
    syncNow(lead);
    syncNow(monitor);
    EXPECT_FALSE(resolve(monitor).divergent);
    EXPECT_EQ(resolve(monitor).standing.id, mine->id);
    EXPECT_EQ(observationsOf(*monitor.store, visitId).size(), 1u);
}

TEST_F(TeamSync, ALateJoinerReceivesTheVisitsEarlierDataExactlyOnce) {
    for (const char* key : {"reg.register_exists", "acc.natural_light", "ex.outdoor_hour"})
        ASSERT_TRUE(
            monitor.store->recordAnswer(visitId, key, AnswerCode::Yes, "", SourceTag::Staff).ok());
    Finding finding;
    finding.header.visitId = visitId;
    finding.theme = "registration";
    finding.text = "Register kept in pencil.";
    ASSERT_TRUE(monitor.store->saveRecord(finding).ok());
    syncNow(monitor);

    ctl(*server, {"user", "add", "--name", "Late Joiner"});
    auto late = testkit::enrolTablet(*server, "Late Joiner", dir);
    syncNow(late); // nothing to see yet, but the cursor moves past the visit's changes
    EXPECT_TRUE(late.store->visits()->empty());
    EXPECT_GT(late.store->syncState()->cursor, 0u);

    ctl(*server, {"visit", "team", visitId, "Demo Lead:head", "Demo Monitor", "Late Joiner"});
    ASSERT_TRUE(
        monitor.store
            ->recordAnswer(visitId, "acc.toilet_access", AnswerCode::No, "", SourceTag::Observed)
            .ok());
    syncNow(monitor);
    auto report = sync::syncOnce(*late.store, *late.transport);
    ASSERT_TRUE(report.ok()) << report.error().message;

    EXPECT_EQ(late.store->visits()->size(), 1u);
    EXPECT_EQ(late.store->allObservations(visitId)->size(), 4u)
        << "three from before joining (backfill) and one after (main feed)";
    EXPECT_EQ(late.store->records(visitId)->size(), 1u);
    EXPECT_TRUE(late.store->pendingBackfills()->empty());
    // Everything arrived exactly once: 4 observations, the finding, and the visit, its facility
    // and cycle (the checklist came with the first sync: every device may see checklists).
    EXPECT_EQ(report->pulled, 4 + 1 + 3);
}

TEST_F(TeamSync, LeavingTheTeamPurgesTheVisitButKeepsWhatWasNotSent) {
    ASSERT_TRUE(
        monitor.store
            ->recordAnswer(visitId, "acc.natural_light", AnswerCode::No, "", SourceTag::Observed)
            .ok());
    syncNow(monitor);
    // Offline, the monitor keeps working; meanwhile the coordinator takes them off the team.
    ASSERT_TRUE(monitor.store
                    ->recordAnswer(visitId, "ex.outdoor_hour", AnswerCode::Partial,
                                   "only 30 minutes", SourceTag::Detainee)
                    .ok());
    ctl(*server, {"visit", "team", visitId, "Demo Lead:head"});

    auto report = sync::syncOnce(*monitor.store, *monitor.transport);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->rejected, 1);
    EXPECT_TRUE(monitor.store->visits()->empty()) << "the visit is purged from the tablet";
    EXPECT_TRUE(monitor.store->allObservations(visitId)->empty());
    auto refused = monitor.store->rejectedOps();
    ASSERT_TRUE(refused.ok());
    ASSERT_EQ(refused->size(), 1u);
    EXPECT_NE(refused->front().reason.find("not on the team"), std::string::npos);
    EXPECT_NE(refused->front().payload.find("only 30 minutes"), std::string::npos)
        << "the unsent answer is kept, with the reason it was refused";
    EXPECT_EQ(refused->front().visitId, visitId);
}
