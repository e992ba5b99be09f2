#include "dossier_world.h"

#include "custos/core/uuid.h"
#include "custos/datadir/data_dir.h"

#include <cstdio>
#include <map>
#include <optional>
#include <stdexcept>
#include <tuple>

namespace custos::testkit {
namespace {

/// Pushes ops as one team member on one device, with HLCs that only grow.
class Pusher {
public:
    Pusher(storage::Storage& store, storage::Caller caller)
        : store_(store), caller_(std::move(caller)) {}

    RecordHeader header(const std::string& visitId) {
        const std::string id = newId();
        return {id, id, visitId, caller_.userId, caller_.deviceId, next()};
    }
    Observation answer(const std::string& visitId, const std::string& key, AnswerValue value,
                       SourceTag source = SourceTag::Observed) {
        Observation o;
        o.id = newId();
        o.visitId = visitId;
        o.itemKey = key;
        o.value = std::move(value);
        o.source = source;
        o.authorId = caller_.userId;
        o.deviceId = caller_.deviceId;
        o.hlc = next();
        return o;
    }
    Status push(storage::OpPayload payload) {
        auto outcomes = store_.applyOps(caller_, {{newId(), std::move(payload)}});
        if (!outcomes)
            return outcomes.error();
        const auto& outcome = outcomes->front();
        if (outcome.kind != storage::OpOutcome::Kind::Accepted)
            return makeError(ErrorCode::FailedPrecondition, "seed op refused: " + outcome.reason);
        return {};
    }

private:
    Hlc next() { return Hlc::of(systemMillis(), ++counter_); }

    storage::Storage& store_;
    storage::Caller caller_;
    std::uint16_t counter_ = 0;
};

/// A plausible answer for any item; the keys behind the indicators get figures that raise flags
/// (overcrowding, too little space per person) as a real report would show.
std::optional<AnswerValue> valueFor(const ChecklistItem& item, int i, bool previous) {
    static const std::map<std::string, double> figures{
        {"pop.capacity_official", 850}, {"pop.total", 1030},       {"acc.cell_length", 4.0},
        {"acc.cell_width", 3.0},        {"acc.cell_occupants", 4}, {"acc.cell_sanitary_area", 1.2}};
    if (auto it = figures.find(item.key); it != figures.end()) {
        const double v = previous && item.key == "pop.total" ? 905 : it->second;
        if (item.type == ItemType::Count)
            return AnswerValue{static_cast<std::int64_t>(v)};
        return AnswerValue{v};
    }
    switch (item.type) {
    case ItemType::YesNo:
        return AnswerValue{i % 3 == 0 ? AnswerCode::No
                                      : (i % 3 == 1 ? AnswerCode::Yes : AnswerCode::Partial)};
    case ItemType::Number:
        return AnswerValue{2.5 + i % 4};
    case ItemType::Count:
        return AnswerValue{std::int64_t{3 + i % 7}};
    case ItemType::Duration:
        return AnswerValue{1.0 + i % 5};
    case ItemType::Date:
        return AnswerValue{std::string("2026-11-30")};
    case ItemType::SingleChoice:
        if (item.choices.empty())
            return std::nullopt;
        return AnswerValue{item.choices.front().key};
    case ItemType::MultiChoice:
        if (item.choices.empty())
            return std::nullopt;
        return AnswerValue{std::vector<std::string>{item.choices.front().key}};
    case ItemType::Text:
        return AnswerValue{std::string("Seen on the tour, register page ") + std::to_string(i)};
    case ItemType::Photo:
        break;
    }
    return std::nullopt;
}

/// The items to answer: the indicator inputs first, then checklist order.
std::vector<const ChecklistItem*> itemsToAnswer(const ChecklistTemplate& checklist, int count) {
    std::vector<const ChecklistItem*> first, rest;
    for (const auto& section : checklist.sections)
        for (const auto& item : section.items) {
            if (item.type == ItemType::Photo)
                continue;
            (item.key.starts_with("pop.") || item.key.starts_with("acc.cell") ? first : rest)
                .push_back(&item);
        }
    first.insert(first.end(), rest.begin(), rest.end());
    if (static_cast<int>(first.size()) > count)
        first.resize(static_cast<std::size_t>(count));
    return first;
}

const FindingSeverity kSeverities[] = {
    FindingSeverity::Urgent,  FindingSeverity::PriorityConcern, FindingSeverity::GoodPractice,
    FindingSeverity::Concern, FindingSeverity::PriorityConcern, FindingSeverity::Concern};

} // namespace

Result<DossierWorld> seedDossierVisit(storage::Storage& store, const DossierShape& shape) {
    auto visits = store.listVisits();
    auto users = store.listUsers();
    auto templates = store.listTemplates();
    auto facilities = store.listFacilities();
    if (!visits || visits->empty() || !users || !templates || !facilities)
        return makeError(ErrorCode::FailedPrecondition, "run custosctl init --demo first");
    Visit visit = visits->front();
    const ChecklistTemplate* checklist = nullptr;
    for (const auto& t : *templates)
        if (t.id == visit.templateId && t.version == visit.templateVersion)
            checklist = &t;
    const Facility* facility = nullptr;
    for (const auto& f : *facilities)
        if (f.id == visit.facilityId)
            facility = &f;
    std::string leadId;
    for (const auto& member : visit.team)
        if (member.role == TeamRole::Head)
            leadId = member.userId;
    if (!checklist || !facility || leadId.empty())
        return makeError(ErrorCode::FailedPrecondition, "the demo visit is incomplete");

    DossierWorld world;
    world.visitId = visit.id;
    world.facilityName = facility->name;
    Pusher lead(store, {leadId, newId(), Role::Monitor});

    // The previous visit, a cycle earlier: some figures and one recommendation.
    VisitCycle earlierCycle{newId(),      "2025 periodic cycle", CycleKind::Periodic,
                            "2025-01-01", "2025-12-31",          {facility->id}};
    CUSTOS_TRY(store.putCycle(earlierCycle));
    Visit previous = visit;
    previous.id = newId();
    previous.cycleId = earlierCycle.id;
    previous.startDate = "2025-05-12";
    previous.endDate = "2025-05-14";
    previous.status = VisitStatus::InProgress;
    CUSTOS_TRY(store.putVisit(previous));
    world.previousVisitId = previous.id;
    int i = 0;
    for (const auto* item : itemsToAnswer(*checklist, 12))
        if (auto value = valueFor(*item, i++, true))
            CUSTOS_TRY(lead.push(lead.answer(previous.id, item->key, *value)));
    Recommendation earlier;
    earlier.header = lead.header(previous.id);
    earlier.facilityId = facility->id;
    earlier.text = "Reduce the population of Wing B to its official capacity (EARLIER-REC-5E6F).";
    earlier.addressee = facility->authority;
    earlier.priority = Priority::High;
    earlier.dueDate = "2025-12-31";
    world.earlierRecommendationText = earlier.text;
    CUSTOS_TRY(lead.push(VisitRecord{earlier}));
    previous.status = VisitStatus::Reviewed;
    CUSTOS_TRY(store.putVisit(previous));

    // This visit's answers.
    std::vector<Observation> answered;
    i = 0;
    for (const auto* item : itemsToAnswer(*checklist, shape.answers)) {
        auto value = valueFor(*item, i, false);
        if (!value)
            continue;
        const auto source = i % 4 == 1 ? SourceTag::Detainee
                                       : (i % 4 == 2 ? SourceTag::Staff : SourceTag::Observed);
        answered.push_back(lead.answer(visit.id, item->key, *value, source));
        if (i % 5 == 0)
            answered.back().note = "Checked against the register (note " + std::to_string(i) + ")";
        CUSTOS_TRY(lead.push(answered.back()));
        ++i;
    }

    // One interview per consent scope, each with a marker only its scope may reveal.
    world.noneCode = "P-NONE-31";
    world.internalCode = "P-INT-32";
    world.authoritiesCode = "P-AUTH-33";
    world.noneContent = "CONTENT-NONE-7F3A beaten in the yard";
    world.internalContent = "CONTENT-INTERNAL-9B2C threatened by staff";
    world.authoritiesContent = "CONTENT-AUTHORITIES-4D1E no access to a doctor for nine days";
    std::vector<std::string> interviewIds;
    for (const auto& [consent, code, content] :
         {std::tuple{ConsentScope::None, world.noneCode, world.noneContent},
          std::tuple{ConsentScope::Internal, world.internalCode, world.internalContent},
          std::tuple{ConsentScope::WithAuthorities, world.authoritiesCode,
                     world.authoritiesContent}}) {
        Interview interview;
        interview.header = lead.header(visit.id);
        interview.consent = consent;
        interview.personCode = code;
        interview.privacy = "out of sight and hearing of staff";
        interview.content = content;
        interview.allegations.push_back({"denial of care", "2026-11", "health staff"});
        interviewIds.push_back(interview.header.id);
        CUSTOS_TRY(lead.push(VisitRecord{interview}));
    }

    // Findings across themes and severities, citing answers and interviews.
    std::vector<std::string> findingIds;
    const auto& sections = checklist->sections;
    for (int f = 0; f < shape.findings; ++f) {
        Finding finding;
        finding.header = lead.header(visit.id);
        const auto& section = sections[static_cast<std::size_t>(f * 3) % sections.size()];
        finding.theme = section.key;
        finding.ruleRefs = section.ruleRefs;
        finding.severity = kSeverities[f % 6];
        char marker[32];
        std::snprintf(marker, sizeof marker, "FINDING-%02d", f + 1);
        finding.text = std::string(marker) +
                       (finding.severity == FindingSeverity::GoodPractice
                            ? ": staff keep a complete and chronological admission register."
                            : ": cells hold more people than they were built for, and the "
                              "sanitary annex is not partitioned.");
        if (!answered.empty())
            finding.observationIds.push_back(
                answered[static_cast<std::size_t>(f) % answered.size()].id);
        if (f == 0)
            finding.interviewIds = interviewIds;
        if (f == 1)
            finding.interviewIds = {interviewIds[1], interviewIds[2]};
        world.findingTexts.push_back(finding.text);
        findingIds.push_back(finding.header.id);
        CUSTOS_TRY(lead.push(VisitRecord{finding}));
    }
    // A finding cites an answer a later answer replaced: the report still shows what it rests on.
    if (answered.size() > 2) {
        const auto& cited = answered[2];
        auto later = lead.answer(visit.id, cited.itemKey, cited.value, SourceTag::Document);
        CUSTOS_TRY(lead.push(later));
    }

    for (int r = 0; r < shape.recommendations; ++r) {
        Recommendation recommendation;
        recommendation.header = lead.header(visit.id);
        recommendation.facilityId = facility->id;
        char marker[32];
        std::snprintf(marker, sizeof marker, "REC-%02d", r + 1);
        recommendation.text = std::string(marker) +
                              ": bring the occupancy of every wing down to its official capacity "
                              "within twelve months.";
        recommendation.addressee = facility->authority;
        recommendation.priority = static_cast<Priority>(r % 3);
        recommendation.dueDate = "2027-0" + std::to_string(1 + r % 9) + "-30";
        if (!findingIds.empty())
            recommendation.findingIds = {
                findingIds[static_cast<std::size_t>(r) % findingIds.size()]};
        world.recommendationTexts.push_back(recommendation.text);
        CUSTOS_TRY(lead.push(VisitRecord{recommendation}));
    }

    // At this visit the team checked the earlier recommendation.
    RecommendationUpdate update;
    update.header = lead.header(visit.id);
    update.recommendationId = earlier.header.id;
    update.status = RecommendationStatus::PartiallyImplemented;
    update.evidence = "Wing B holds 480 for 450 places (EVIDENCE-8A9B).";
    world.earlierEvidence = update.evidence;
    CUSTOS_TRY(lead.push(VisitRecord{update}));
    return world;
}

DossierWorld seedDossierDataDir(const std::string& dataDir, const DossierShape& shape) {
    auto store = datadir::openStore(dataDir, false);
    if (!store)
        throw std::runtime_error("cannot open the store: " + store.error().message);
    auto world = seedDossierVisit(**store, shape);
    if (!world)
        throw std::runtime_error("cannot seed the visit: " + world.error().message);
    return std::move(world).value();
}

} // namespace custos::testkit
