#include "export_world.h"

#include "custos/admin/csv.h"
#include "custos/admin/history.h"
#include "custos/core/uuid.h"
#include "custos/datadir/data_dir.h"

#include "process.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace custos::testkit {
namespace {

/// Pushes one op as `caller`; the test fails unless it is accepted.
void push(storage::Storage& store, const storage::Caller& caller, storage::OpPayload payload) {
    auto outcomes = store.applyOps(caller, {{newId(), std::move(payload)}});
    ASSERT_TRUE(outcomes.ok()) << outcomes.error().message;
    ASSERT_EQ(outcomes->front().kind, storage::OpOutcome::Kind::Accepted)
        << outcomes->front().reason;
}

/// Every string in the store that identifies a person or device, or is interview content.
void collectForbidden(storage::Storage& store, std::vector<std::string>& out) {
    for (const auto& user : *store.listUsers()) {
        out.push_back(user.id);
        out.push_back(user.displayName);
    }
    for (const auto& visit : *store.listVisits()) {
        for (const auto& o : *store.observationsOfVisit(visit.id)) {
            out.push_back(o.authorId);
            out.push_back(o.deviceId);
            if (!o.note.empty())
                out.push_back(o.note);
        }
        for (const auto& record : *store.recordsOfVisit(visit.id)) {
            const auto& h = headerOf(record);
            out.push_back(h.authorId);
            out.push_back(h.deviceId);
            if (const auto* i = std::get_if<Interview>(&record)) {
                out.push_back(i->header.id);
                out.push_back(i->personCode);
                out.push_back(i->content);
                out.push_back(i->privacy);
            } else if (const auto* u = std::get_if<RecommendationUpdate>(&record)) {
                out.push_back(u->evidence);
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    std::erase(out, std::string{});
}

ExportWorld seed() {
    ExportWorld w;
    auto opened = datadir::openStore(freshDir("exports") + "/data", true);
    EXPECT_TRUE(opened.ok());
    w.store = std::move(opened).value();
    auto& store = *w.store;
    admin::HistoryShape shape;
    shape.facilities = 4;
    shape.cycles = 2;
    shape.itemsPerVisit = 120;
    shape.answersPerItem = 2;
    shape.findingsPerVisit = 4;
    shape.recommendationsPerVisit = 2;
    shape.interviewsPerVisit = 2;
    shape.firstYear = 2025;
    shape.seed = 11;
    auto history = admin::generateHistory(store, mandelaRules(), shape);
    EXPECT_TRUE(history.ok()) << (history.ok() ? "" : history.error().message);
    w.secondCycleId = history->cycleIds.back();

    // A facility in the second cycle's scope that nobody visited.
    Facility unvisited{newId(),
                       "Harbour Police Station",
                       FacilityType::PoliceStation,
                       "Ministry of the Interior",
                       "North",
                       20,
                       {},
                       {}};
    EXPECT_TRUE(store.putFacility(unvisited).ok());
    w.unvisitedFacilityId = unvisited.id;
    VisitCycle cycle;
    for (const auto& c : *store.listCycles())
        if (c.id == w.secondCycleId)
            cycle = c;
    cycle.facilityIds.push_back(unvisited.id);
    EXPECT_TRUE(store.putCycle(cycle).ok());

    // A second, later visit to the first facility in the second cycle: it is the one the
    // cycle's figures come from.
    std::vector<User> monitors;
    for (const auto& u : *store.listUsers())
        if (u.role == Role::Monitor)
            monitors.push_back(u);
    EXPECT_GE(monitors.size(), 2u);
    const User& lead = monitors[0];
    const User& member = monitors[1];
    Visit visit;
    visit.id = newId();
    visit.facilityId = history->facilityIds.front();
    visit.cycleId = w.secondCycleId;
    visit.startDate = "2026-12-20";
    visit.endDate = "2026-12-21";
    visit.team = {{lead.id, lead.displayName, TeamRole::Head},
                  {member.id, member.displayName, TeamRole::Member}};
    visit.templateId = mandelaRules().id;
    visit.templateVersion = mandelaRules().version;
    visit.status = VisitStatus::InProgress;
    EXPECT_TRUE(store.putVisit(visit).ok());
    w.markedVisitId = visit.id;

    const storage::Caller leadCaller{lead.id, "marker-device-lead-7731", Role::Monitor};
    const storage::Caller memberCaller{member.id, "marker-device-member-7732", Role::Monitor};
    std::uint64_t wall = 1'795'000'000'000ULL; // 2026-11-18
    auto header = [&](const storage::Caller& caller) {
        const std::string id = newId();
        return RecordHeader{id, id, visit.id, caller.userId, caller.deviceId, Hlc::of(++wall, 0)};
    };
    auto answer = [&](const storage::Caller& caller, const std::string& key, AnswerValue value,
                      const std::string& note = {}) {
        Observation o;
        o.id = newId();
        o.visitId = visit.id;
        o.itemKey = key;
        o.value = std::move(value);
        o.note = note;
        o.source = SourceTag::Observed;
        o.authorId = caller.userId;
        o.deviceId = caller.deviceId;
        o.hlc = Hlc::of(++wall, 0);
        push(store, caller, o);
    };
    answer(leadCaller, "pop.capacity_official", std::int64_t{100});
    answer(leadCaller, "pop.total", std::int64_t{130}, "MARKER-NOTE detainee D-17 counted");
    answer(leadCaller, "acc.cell_length", 3.0);
    answer(leadCaller, "acc.cell_width", 2.5);
    answer(leadCaller, "acc.cell_sanitary_area", 1.2);
    answer(leadCaller, "acc.cell_occupants", std::int64_t{2});
    answer(leadCaller, "acc.natural_light", AnswerCode::Yes, "MARKER-NOTE detainee D-17 said so");
    // The member's later answer differs: it stands, marked divergent.
    answer(memberCaller, "acc.natural_light", AnswerCode::No); // divergent

    std::vector<std::string> interviewIds;
    for (int i = 0; i < 6; ++i) {
        Interview interview;
        interview.header = header(memberCaller);
        interview.consent = static_cast<ConsentScope>(i % 4);
        interview.personCode = "ZQ-PERSONCODE-" + std::to_string(i);
        interview.privacy = "MARKER-PRIVACY in the yard";
        interview.allegations.push_back(
            {"MARKER-ALLEGATION-TYPE", "2026-11", "MARKER-PERPETRATOR-CATEGORY"});
        interview.reprisalRisk = i < 2;
        interview.content = "MARKER-INTERVIEW-CONTENT number " + std::to_string(i);
        interviewIds.push_back(interview.header.id);
        push(store, memberCaller, VisitRecord{interview});
    }
    auto finding = [&](FindingSeverity severity, const std::string& text,
                       std::vector<std::string> interviews) {
        Finding f;
        f.header = header(leadCaller);
        f.theme = "accommodation";
        f.ruleRefs = {13, 14};
        f.severity = severity;
        f.text = text;
        f.interviewIds = std::move(interviews);
        push(store, leadCaller, VisitRecord{f});
        return f.header.id;
    };
    const auto urgent = finding(FindingSeverity::Urgent, "Cells hold twice their capacity.",
                                {interviewIds.front()});
    finding(FindingSeverity::Concern, "Detainees consistently describe night-time checks.",
            interviewIds);
    w.trickyText = "=HYPERLINK(\"http://x\"), \"quoted\"\nsecond line — é ü";
    finding(FindingSeverity::GoodPractice, w.trickyText, {});

    Recommendation recommendation;
    recommendation.header = header(leadCaller);
    recommendation.facilityId = visit.facilityId;
    recommendation.text = "Reduce the population to the official capacity.";
    recommendation.addressee = "Prison administration";
    recommendation.priority = Priority::High;
    recommendation.dueDate = "2026-01-31";
    recommendation.findingIds = {urgent};
    push(store, leadCaller, VisitRecord{recommendation});
    RecommendationUpdate update;
    update.header = header(leadCaller);
    update.recommendationId = recommendation.header.id;
    update.status = RecommendationStatus::InProgress;
    update.evidence = "MARKER-EVIDENCE the governor said";
    push(store, leadCaller, VisitRecord{update});

    collectForbidden(store, w.forbidden);
    return w;
}

} // namespace

ExportWorld& exportWorld() {
    static ExportWorld world = seed();
    return world;
}

const ChecklistTemplate& mandelaRules() {
    static const ChecklistTemplate checklist = [] {
        std::ifstream in(std::string(CUSTOS_SOURCE_DIR) + "/checklists/mandela-rules.yaml");
        std::stringstream yaml;
        yaml << in.rdbuf();
        return *loadChecklistYaml(yaml.str());
    }();
    return checklist;
}

std::string exportText(storage::Storage& store, const exports::ExportRequest& request) {
    std::ostringstream out;
    auto rows = exports::exportDataset(store, request, out);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    return out.str();
}

std::vector<std::vector<std::string>> parseCsvRows(const std::string& csv) {
    auto records = admin::parseCsv(csv);
    EXPECT_TRUE(records.ok()) << "not RFC 4180 CSV";
    std::vector<std::vector<std::string>> rows;
    if (records.ok())
        for (auto& record : *records)
            rows.push_back(std::move(record.fields));
    return rows;
}

} // namespace custos::testkit
