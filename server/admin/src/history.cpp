#include "custos/admin/history.h"

#include "custos/core/uuid.h"

#include <algorithm>
#include <array>

namespace custos::admin {
namespace {

constexpr std::array kRegions{"North", "South", "East", "West", "Capital"};
constexpr std::array kTypes{FacilityType::Prison, FacilityType::RemandCentre,
                            FacilityType::PoliceStation, FacilityType::Prison,
                            FacilityType::Immigration};
constexpr std::array kAllegationTypes{"ill-treatment", "threats", "denial of medical care",
                                      "excessive force", "intimidation"};

std::string pad(int n) {
    std::string s = std::to_string(n);
    return std::string(s.size() < 3 ? 3 - s.size() : 0, '0') + s;
}

int uniform(std::mt19937& rng, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

/// Writes ops as one caller, in batches, failing on any rejection: generated data must be valid.
class Writer {
public:
    Writer(storage::Storage& store, std::size_t batch) : store_(store), batch_(batch) {}

    Status add(const storage::Caller& caller, storage::OpPayload payload) {
        if (!pending_.empty() && pendingCaller_.userId != caller.userId)
            CUSTOS_TRY(flush());
        pendingCaller_ = caller;
        pending_.push_back({newId(), std::move(payload)});
        return pending_.size() >= batch_ ? flush() : Status{};
    }

    Status flush() {
        if (pending_.empty())
            return {};
        auto outcomes = store_.applyOps(pendingCaller_, pending_);
        if (!outcomes)
            return outcomes.error();
        for (const auto& outcome : *outcomes)
            if (outcome.kind == storage::OpOutcome::Kind::Rejected)
                return makeError(ErrorCode::Internal,
                                 "generated history was refused: " + outcome.reason);
        pending_.clear();
        return {};
    }

private:
    storage::Storage& store_;
    std::size_t batch_;
    storage::Caller pendingCaller_;
    std::vector<storage::Op> pending_;
};

} // namespace

AnswerValue plausibleAnswer(const ChecklistItem& item, std::mt19937& rng) {
    switch (item.type) {
    case ItemType::YesNo: {
        // Mostly yes/no, sometimes partial, rarely not verified.
        const int roll = uniform(rng, 0, 19);
        return roll < 9    ? AnswerCode::Yes
               : roll < 16 ? AnswerCode::No
               : roll < 18 ? AnswerCode::Partial
                           : AnswerCode::NotVerified;
    }
    case ItemType::Number:
        return std::round(std::uniform_real_distribution<double>(1.5, 14.0)(rng) * 10) / 10;
    case ItemType::Count:
        return static_cast<std::int64_t>(uniform(rng, 0, 1200));
    case ItemType::Duration:
        return static_cast<double>(uniform(rng, 0, 30));
    case ItemType::Date:
        return "2026-" + pad(uniform(rng, 1, 12)).substr(1) + "-1" +
               std::to_string(uniform(rng, 0, 9));
    case ItemType::SingleChoice:
        if (item.choices.empty())
            return std::string("other");
        return item.choices[static_cast<std::size_t>(uniform(rng, 0, int(item.choices.size()) - 1))]
            .key;
    case ItemType::MultiChoice: {
        std::vector<std::string> keys;
        for (const auto& choice : item.choices)
            if (uniform(rng, 0, 2) == 0)
                keys.push_back(choice.key);
        return keys;
    }
    case ItemType::Text:
    case ItemType::Photo:
        break;
    }
    return std::string("Noted during the tour.");
}

Result<HistorySummary> generateHistory(storage::Storage& store, const ChecklistTemplate& checklist,
                                       const HistoryShape& shape,
                                       const std::function<void(const std::string&)>& progress) {
    std::mt19937 rng(shape.seed);
    HistorySummary summary;
    CUSTOS_TRY(store.putTemplate(checklist));

    std::vector<User> monitors;
    for (int i = 0; i < std::max(2, shape.monitors); ++i) {
        monitors.push_back({newId(), "Monitor " + pad(i + 1), Role::Monitor, true});
        CUSTOS_TRY(store.putUser(monitors.back()));
    }
    const User coordinator{newId(), "Coordinator (generated)", Role::Coordinator, true};
    CUSTOS_TRY(store.putUser(coordinator));

    std::vector<Facility> facilities;
    for (int i = 0; i < shape.facilities; ++i) {
        Facility f;
        f.id = newId();
        f.name = "Facility " + pad(i + 1);
        f.type = kTypes[static_cast<std::size_t>(i) % kTypes.size()];
        f.authority = f.type == FacilityType::PoliceStation ? "Ministry of the Interior"
                                                            : "Ministry of Justice";
        f.region = kRegions[static_cast<std::size_t>(uniform(rng, 0, int(kRegions.size()) - 1))];
        f.officialCapacity =
            f.type == FacilityType::PoliceStation ? uniform(rng, 8, 40) : uniform(rng, 80, 1500);
        if (uniform(rng, 0, 2) == 0)
            f.populationFlags.push_back("foreign_nationals");
        if (uniform(rng, 0, 3) == 0)
            f.populationFlags.push_back("women");
        facilities.push_back(f);
        summary.facilityIds.push_back(f.id);
    }
    CUSTOS_TRY(store.putFacilities(facilities));

    std::vector<const ChecklistItem*> items;
    std::vector<std::string> themes;
    for (const auto& section : checklist.sections) {
        themes.push_back(section.key);
        for (const auto& item : section.items)
            items.push_back(&item);
    }
    const auto itemsPerVisit = std::min<std::size_t>(
        items.size(), static_cast<std::size_t>(std::max(0, shape.itemsPerVisit)));

    Writer writer(store, shape.batch);
    std::map<std::string, std::vector<std::string>> openRecommendations; // by facility
    std::uint64_t hlcMillis = 1'700'000'000'000ULL;
    auto nextHlc = [&] { return Hlc::of(++hlcMillis, 0); };

    for (int c = 0; c < shape.cycles; ++c) {
        const std::string year = std::to_string(shape.firstYear + c);
        VisitCycle cycle{newId(),         year + " periodic cycle", CycleKind::Periodic,
                         year + "-01-01", year + "-12-31",          summary.facilityIds};
        CUSTOS_TRY(store.putCycle(cycle));
        summary.cycleIds.push_back(cycle.id);
        const bool lastCycle = c == shape.cycles - 1;
        for (std::size_t f = 0; f < facilities.size(); ++f) {
            const auto& facility = facilities[f];
            Visit visit;
            visit.id = newId();
            visit.facilityId = facility.id;
            visit.cycleId = cycle.id;
            visit.announced = uniform(rng, 0, 1) == 1;
            visit.startDate = year + "-" + pad(uniform(rng, 2, 11)).substr(1) + "-10";
            visit.endDate = visit.startDate;
            const auto& lead =
                monitors[static_cast<std::size_t>(uniform(rng, 0, int(monitors.size()) - 1))];
            const User* member = &lead;
            while (member->id == lead.id)
                member =
                    &monitors[static_cast<std::size_t>(uniform(rng, 0, int(monitors.size()) - 1))];
            visit.team = {{lead.id, lead.displayName, TeamRole::Head},
                          {member->id, member->displayName, TeamRole::Member}};
            visit.templateId = checklist.id;
            visit.templateVersion = checklist.version;
            visit.status = VisitStatus::InProgress;
            CUSTOS_TRY(store.putVisit(visit));
            summary.visitIds.push_back(visit.id);
            const storage::Caller leadCaller{lead.id, lead.id + "-tablet", Role::Monitor};
            const storage::Caller memberCaller{member->id, member->id + "-tablet", Role::Monitor};
            auto header = [&](const storage::Caller& caller) {
                const std::string id = newId();
                return RecordHeader{id, id, visit.id, caller.userId, caller.deviceId, nextHlc()};
            };

            std::vector<const ChecklistItem*> chosen = items;
            std::shuffle(chosen.begin(), chosen.end(), rng);
            chosen.resize(itemsPerVisit);
            std::vector<std::string> observationIds;
            for (int round = 0; round < std::max(1, shape.answersPerItem); ++round) {
                const auto& caller = round % 2 == 0 ? leadCaller : memberCaller;
                for (const auto* item : chosen) {
                    Observation o;
                    o.id = newId();
                    o.visitId = visit.id;
                    o.itemKey = item->key;
                    o.value = plausibleAnswer(*item, rng);
                    o.source = static_cast<SourceTag>(uniform(rng, 0, 4));
                    o.authorId = caller.userId;
                    o.deviceId = caller.deviceId;
                    o.hlc = nextHlc();
                    observationIds.push_back(o.id);
                    CUSTOS_TRY(writer.add(caller, std::move(o)));
                    ++summary.observations;
                }
            }
            // Follow up the facility's earlier recommendations.
            for (const auto& recommendationId : openRecommendations[facility.id]) {
                RecommendationUpdate update;
                update.header = header(leadCaller);
                update.recommendationId = recommendationId;
                update.status = static_cast<RecommendationStatus>(uniform(rng, 1, 7));
                update.evidence = "Checked during the " + year + " visit.";
                CUSTOS_TRY(writer.add(leadCaller, VisitRecord{update}));
                ++summary.records;
            }
            for (int i = 0; i < shape.interviewsPerVisit; ++i) {
                Interview interview;
                interview.header = header(memberCaller);
                interview.consent = static_cast<ConsentScope>(uniform(rng, 0, 3));
                interview.personCode = "P-" + pad(i + 1);
                interview.privacy = "out of sight and hearing of staff";
                for (int a = uniform(rng, 0, 2); a > 0; --a)
                    interview.allegations.push_back(
                        {kAllegationTypes[static_cast<std::size_t>(uniform(rng, 0, 4))], year,
                         "custodial staff"});
                interview.reprisalRisk = uniform(rng, 0, 4) == 0;
                interview.content = "Generated interview notes.";
                CUSTOS_TRY(writer.add(memberCaller, VisitRecord{interview}));
                ++summary.records;
            }
            std::vector<std::string> findingIds;
            for (int i = 0; i < shape.findingsPerVisit; ++i) {
                Finding finding;
                finding.header = header(leadCaller);
                finding.theme =
                    themes[static_cast<std::size_t>(uniform(rng, 0, int(themes.size()) - 1))];
                finding.ruleRefs = {uniform(rng, 1, 122)};
                finding.severity = static_cast<FindingSeverity>(uniform(rng, 0, 3));
                finding.text = "Generated finding " + std::to_string(i + 1) + ".";
                if (!observationIds.empty())
                    finding.observationIds = {observationIds[static_cast<std::size_t>(
                        uniform(rng, 0, int(observationIds.size()) - 1))]};
                findingIds.push_back(finding.header.id);
                CUSTOS_TRY(writer.add(leadCaller, VisitRecord{finding}));
                ++summary.records;
            }
            for (int i = 0; i < shape.recommendationsPerVisit; ++i) {
                Recommendation recommendation;
                recommendation.header = header(leadCaller);
                recommendation.facilityId = facility.id;
                recommendation.text = "Generated recommendation " + std::to_string(i + 1) + ".";
                recommendation.addressee = facility.authority;
                recommendation.priority = static_cast<Priority>(uniform(rng, 0, 2));
                recommendation.dueDate = std::to_string(shape.firstYear + c + 1) + "-06-30";
                if (!findingIds.empty())
                    recommendation.findingIds = {findingIds.front()};
                openRecommendations[facility.id].push_back(recommendation.header.id);
                CUSTOS_TRY(writer.add(leadCaller, VisitRecord{recommendation}));
                ++summary.records;
            }
            if (!lastCycle) {
                CUSTOS_TRY(writer.add(
                    leadCaller,
                    VisitRecord{VisitStatusChange{header(leadCaller), VisitStatus::Submitted}}));
                ++summary.records;
                const bool awaitsReview =
                    c == shape.cycles - 2 && static_cast<int>(f) < shape.awaitingReview;
                if (!awaitsReview) {
                    const storage::Caller coordinatorCaller{
                        coordinator.id, coordinator.id + "-desk", Role::Coordinator};
                    CUSTOS_TRY(writer.add(coordinatorCaller,
                                          VisitRecord{VisitStatusChange{header(coordinatorCaller),
                                                                        VisitStatus::Reviewed}}));
                    ++summary.records;
                }
            }
            CUSTOS_TRY(writer.flush());
        }
        if (progress)
            progress("cycle " + year + ": " + std::to_string(summary.observations) +
                     " observations so far");
    }
    return summary;
}

} // namespace custos::admin
