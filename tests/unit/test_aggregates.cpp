// Aggregates: the figures storage keeps up to date in each push transaction must equal the
// figures recomputed from scratch from the raw data, whatever happened in between (property
// test), and the review queries built on them order, rate and suppress as documented.
#include "storage_world.h"

#include "custos/admin/history.h"
#include "custos/aggregate/review.h"
#include "custos/core/answer_resolution.h"
#include "custos/core/uuid.h"
#include "custos/datadir/data_dir.h"
#include "custos/sqldb/database.h"

#include "process.h"
#include "record_builders.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <fstream>
#include <sstream>

using namespace custos;

namespace {

const ChecklistTemplate& mandelaRules() {
    static const ChecklistTemplate checklist = [] {
        std::ifstream in(std::string(CUSTOS_SOURCE_DIR) + "/checklists/mandela-rules.yaml");
        std::stringstream yaml;
        yaml << in.rdbuf();
        return *loadChecklistYaml(yaml.str());
    }();
    return checklist;
}

/// Recomputes every visit's figures from the raw observations and records and compares them
/// with what storage maintained incrementally.
void expectIncrementalEqualsFromScratch(storage::Storage& store) {
    const ChecklistEngine engine(mandelaRules());
    std::map<std::string, Facility> facilities;
    for (const auto& f : *store.listFacilities())
        facilities[f.id] = f;
    std::map<std::string, aggregate::VisitStats> kept;
    for (const auto& s : *store.visitStats("", ""))
        kept[s->visitId] = *s;
    const auto visits = *store.listVisits();
    RC_ASSERT(kept.size() == visits.size());
    for (const auto& visit : visits) {
        const auto fresh = aggregate::computeVisitStats(
            visit, facilities.at(visit.facilityId),
            visit.templateId == mandelaRules().id ? &engine : nullptr,
            *store.observationsOfVisit(visit.id), *store.recordsOfVisit(visit.id));
        RC_ASSERT(kept.at(visit.id) == fresh);
        // What current answers rest on (exports read only that) resolves like the history.
        const auto settlements = *store.reconciliationsOfVisit(visit.id);
        const auto fromHistory = resolveAnswers(*store.observationsOfVisit(visit.id), settlements);
        const auto fromCounting =
            resolveAnswers(*store.countingObservations(visit.id), settlements);
        RC_ASSERT(fromHistory.size() == fromCounting.size());
        for (const auto& [key, answer] : fromHistory) {
            RC_ASSERT(fromCounting.at(key).standing == answer.standing);
            RC_ASSERT(fromCounting.at(key).divergent == answer.divergent);
        }
    }
}

} // namespace

RC_GTEST_PROP(Aggregates, IncrementalFiguresEqualARecomputationFromScratch, ()) {
    admin::HistoryShape shape;
    shape.seed = *rc::gen::arbitrary<std::uint32_t>();
    shape.facilities = *rc::gen::inRange(1, 4);
    shape.cycles = *rc::gen::inRange(1, 3);
    shape.itemsPerVisit = *rc::gen::inRange(0, 60);
    shape.answersPerItem = *rc::gen::inRange(1, 3);
    shape.findingsPerVisit = *rc::gen::inRange(0, 3);
    shape.recommendationsPerVisit = *rc::gen::inRange(0, 3);
    shape.interviewsPerVisit = *rc::gen::inRange(0, 3);
    shape.batch = static_cast<std::size_t>(*rc::gen::inRange(1, 400));
    auto store = datadir::openStore(testkit::freshDir("aggregates-property") + "/data", true);
    RC_ASSERT(store.ok());
    auto history = admin::generateHistory(**store, mandelaRules(), shape);
    RC_ASSERT(history.ok());

    // Then things that change figures without new answers.
    std::mt19937 rng(shape.seed);
    const int mutations = *rc::gen::inRange(0, 6);
    for (int m = 0; m < mutations; ++m) {
        auto facilities = *(*store)->listFacilities();
        auto visits = *(*store)->listVisits();
        switch (*rc::gen::inRange(0, 4)) {
        case 0: { // a facility's population changes: which items apply changes
            auto f = facilities[static_cast<std::size_t>(
                *rc::gen::inRange<int>(0, int(facilities.size())))];
            f.populationFlags = *rc::gen::container<std::vector<std::string>>(
                rc::gen::element<std::string>("women", "juveniles", "pre_trial", "sentenced"));
            RC_ASSERT((*store)->putFacility(f).ok());
            break;
        }
        case 1: { // the lead of an open visit reconciles an item to someone's answer
            const auto& v = visits.back();
            const auto observations = *(*store)->observationsOfVisit(v.id);
            if (observations.empty() || v.status != VisitStatus::InProgress)
                break;
            const auto& chosen = observations[static_cast<std::size_t>(
                *rc::gen::inRange<int>(0, int(observations.size())))];
            const storage::Caller lead{v.team.front().userId, "lead-tablet", Role::Monitor};
            const std::string id = newId();
            Reconciliation r;
            r.header = {
                id, id, v.id, lead.userId, lead.deviceId, Hlc::of(1'800'000'000'000ULL + m, 0)};
            r.itemKey = chosen.itemKey;
            r.chosenObservationId = chosen.id;
            auto outcome = (*store)->applyOps(lead, {{newId(), VisitRecord{r}}});
            RC_ASSERT(outcome.ok());
            RC_ASSERT(outcome->front().kind == storage::OpOutcome::Kind::Accepted);
            break;
        }
        case 2: { // an answer is cleared
            const auto& v = visits.back();
            const storage::Caller lead{v.team.front().userId, "lead-tablet", Role::Monitor};
            if (v.status != VisitStatus::InProgress)
                break;
            Observation o;
            o.id = newId();
            o.visitId = v.id;
            o.itemKey = mandelaRules().sections.front().items.front().key;
            o.authorId = lead.userId;
            o.deviceId = lead.deviceId;
            o.hlc = Hlc::of(1'900'000'000'000ULL + m, 0);
            RC_ASSERT((*store)->applyOps(lead, {{newId(), o}}).ok());
            break;
        }
        default: { // a team changes
            auto v = visits.front();
            if (v.team.size() < 2)
                break; // the head stays
            v.team.pop_back();
            RC_ASSERT((*store)->putVisit(v).ok());
            break;
        }
        }
    }
    expectIncrementalEqualsFromScratch(**store);
}

TEST(Aggregates, FiguresLostOrMissingAreRebuiltWhenTheStoreOpens) {
    const auto dir = testkit::freshDir("aggregates-rebuild") + "/data";
    {
        auto store = datadir::openStore(dir, true);
        ASSERT_TRUE(store.ok());
        admin::HistoryShape shape;
        ASSERT_TRUE(admin::generateHistory(**store, mandelaRules(), shape).ok());
    }
    {
        auto db = sqldb::Database::open({dir + "/custos.db",
                                         testkit::readFile(dir + "/custos.key").substr(0, 64),
                                         sqldb::KeyKind::RawHex, false});
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec("DELETE FROM visit_stats").ok());
    }
    auto reopened = datadir::openStore(dir, false);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ((*reopened)->visitStats("", "")->size(), 9u);
    expectIncrementalEqualsFromScratch(**reopened);
}

// --- review queries -----------------------------------------------------------------------

namespace {

aggregate::VisitStatsPtr statsFor(const Facility& f, const std::string& cycle, double occupancy,
                                  int urgent, const std::string& start = "2026-03-01") {
    aggregate::VisitStats s;
    s.visitId = newId();
    s.facilityId = f.id;
    s.cycleId = cycle;
    s.startDate = start;
    s.checklistKnown = true;
    if (occupancy >= 0)
        s.indicators["occupancy_pct"] = occupancy;
    s.findings[FindingSeverity::Urgent] = urgent;
    return std::make_shared<const aggregate::VisitStats>(std::move(s));
}

Facility facility(const std::string& name) {
    Facility f;
    f.id = newId();
    f.name = name;
    return f;
}

} // namespace

TEST(ReviewQueries, CycleOverviewSortsEitherWayWithUnknownsLast) {
    const auto a = facility("Alpha"), b = facility("Bravo"), c = facility("Charlie"),
               d = facility("Delta");
    const VisitCycle cycle{newId(),      "2026",       CycleKind::Periodic,
                           "2026-01-01", "2026-12-31", {a.id, b.id, c.id, d.id}};
    const std::vector<aggregate::VisitStatsPtr> stats{
        statsFor(a, cycle.id, 140, 0), statsFor(b, cycle.id, 95, 2), statsFor(c, cycle.id, -1, 1)};
    auto names = [&](const aggregate::OverviewOrder& order) {
        std::vector<std::string> out;
        for (const auto& row : *aggregate::cycleOverview(cycle, {a, b, c, d}, stats, order))
            out.push_back(row.facility.name);
        return out;
    };
    using V = std::vector<std::string>;
    EXPECT_EQ(names({"indicator:occupancy_pct", true}), (V{"Alpha", "Bravo", "Charlie", "Delta"}));
    EXPECT_EQ(names({"indicator:occupancy_pct", false}), (V{"Bravo", "Alpha", "Charlie", "Delta"}));
    EXPECT_EQ(names({"urgent_findings", true}), (V{"Bravo", "Charlie", "Alpha", "Delta"}));
    EXPECT_EQ(names({"name", true}), (V{"Delta", "Charlie", "Bravo", "Alpha"}));
    auto unknown = aggregate::cycleOverview(cycle, {a}, stats, {"popularity", false});
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message.find("unknown sort key"), std::string::npos);
}

TEST(ReviewQueries, TheLatestVisitOfACycleSpeaksForTheFacility) {
    const auto a = facility("Alpha");
    const VisitCycle cycle{newId(),      "2026",       CycleKind::Periodic,
                           "2026-01-01", "2026-12-31", {a.id}};
    const auto early = statsFor(a, cycle.id, 150, 0, "2026-02-01");
    const auto late = statsFor(a, cycle.id, 110, 0, "2026-09-01");
    const auto rows = *aggregate::cycleOverview(cycle, {a}, {late, early}, {});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].visits, 2);
    EXPECT_EQ(rows[0].latest->indicators.at("occupancy_pct"), 110);
}

TEST(ReviewQueries, FacilityTrendRunsOldestCycleFirst) {
    const auto a = facility("Alpha");
    const VisitCycle c2025{newId(), "2025", CycleKind::Periodic, "2025-01-01", "2025-12-31", {}};
    const VisitCycle c2024{newId(), "2024", CycleKind::Periodic, "2024-01-01", "2024-12-31", {}};
    const VisitCycle empty{newId(), "2026", CycleKind::Periodic, "2026-01-01", "2026-12-31", {}};
    const auto points = aggregate::facilityTrend(
        a, {c2025, empty, c2024}, {statsFor(a, c2025.id, 120, 0), statsFor(a, c2024.id, 150, 1)});
    ASSERT_EQ(points.size(), 2u);
    EXPECT_EQ(points[0].cycle.name, "2024");
    EXPECT_EQ(points[1].cycle.name, "2025");
}

TEST(ReviewQueries, FollowUpRatesCountPartialAsHalfAndLeaveOutWhatNoLongerApplies) {
    Visit visit;
    visit.id = newId();
    visit.facilityId = newId();
    visit.cycleId = newId();
    std::vector<VisitRecord> records;
    std::uint64_t hlc = 1;
    auto add = [&](RecommendationStatus status, const std::string& due) {
        auto r = testkit::recommendation(testkit::header(visit.id, "u", "d", ++hlc),
                                         visit.facilityId, "text", due);
        records.push_back(r);
        if (status != RecommendationStatus::Open)
            records.push_back(testkit::recommendationUpdate(
                testkit::header(visit.id, "u", "d", ++hlc), r.header.id, status));
    };
    add(RecommendationStatus::Implemented, "2026-01-01");
    add(RecommendationStatus::PartiallyImplemented, "2026-01-01"); // overdue: not done in time
    add(RecommendationStatus::NotImplemented, "2026-01-01");       // overdue
    add(RecommendationStatus::NoLongerApplicable, "2026-01-01");
    add(RecommendationStatus::Open, "2027-12-31"); // open, not yet due
    const auto states = aggregate::recommendationStates(records, {visit}, "2026-11-28");
    ASSERT_EQ(states.size(), 5u);
    const auto rates = aggregate::followUpRates(states);
    ASSERT_EQ(rates.size(), 1u);
    EXPECT_EQ(rates[0].total, 5);
    EXPECT_EQ(rates[0].implemented, 1);
    EXPECT_EQ(rates[0].overdue, 2);
    EXPECT_EQ(rates[0].stillOpen, 3);
    EXPECT_DOUBLE_EQ(rates[0].rate, (1 + 0.5) / 4);
}

TEST(ReviewQueries, SmallInterviewCountsAreSuppressed) {
    EXPECT_EQ(aggregate::suppressSmall(0, 5), 0);
    EXPECT_EQ(aggregate::suppressSmall(4, 5), std::nullopt);
    EXPECT_EQ(aggregate::suppressSmall(5, 5), 5);
    EXPECT_EQ(aggregate::suppressSmall(1, 1), 1);
}
