#include "custos/aggregate/visit_dossier.h"

#include "custos/aggregate/review.h"
#include "custos/aggregate/visit_stats.h"
#include "custos/core/answer_resolution.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <memory>
#include <set>
#include <tuple>

namespace custos::aggregate {
namespace {

std::string isoDate(std::uint64_t millis) {
    const std::time_t seconds = static_cast<std::time_t>(millis / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
    return buffer;
}

/// Coded answers as a reader says them. Only the codes: prompts and choices come translated in
/// the checklist itself.
std::string codeText(AnswerCode code, const std::string& language) {
    const bool fr = language == "fr";
    switch (code) {
    case AnswerCode::Yes:
        return fr ? "oui" : "yes";
    case AnswerCode::No:
        return fr ? "non" : "no";
    case AnswerCode::Partial:
        return fr ? "partiellement" : "partially";
    case AnswerCode::NotApplicable:
        return fr ? "sans objet" : "not applicable";
    case AnswerCode::NotVerified:
        return fr ? "non vérifié" : "not verified";
    }
    return {};
}

std::string choiceText(const ChecklistItem* item, const std::string& key,
                       const std::string& language) {
    if (item)
        for (const auto& choice : item->choices)
            if (choice.key == key)
                return choice.label.in(language);
    return key;
}

/// The display form of a value: localized codes and choices, numbers with their unit.
std::string displayValue(const ChecklistItem* item, const AnswerValue& value,
                         const std::string& language) {
    const std::string unit = item ? item->unit : std::string{};
    if (const auto* code = std::get_if<AnswerCode>(&value))
        return codeText(*code, language);
    if (const auto* number = std::get_if<double>(&value))
        return formatWithUnit(*number, unit, language);
    if (const auto* count = std::get_if<std::int64_t>(&value))
        return unit.empty() ? std::to_string(*count)
                            : formatWithUnit(static_cast<double>(*count), unit, language);
    if (const auto* text = std::get_if<std::string>(&value))
        return item && item->type == ItemType::SingleChoice ? choiceText(item, *text, language)
                                                            : *text;
    if (const auto* keys = std::get_if<std::vector<std::string>>(&value)) {
        std::string joined;
        for (const auto& key : *keys)
            joined += (joined.empty() ? "" : ", ") + choiceText(item, key, language);
        return joined;
    }
    return {};
}

template <typename T> const T* byId(const std::vector<T>& all, const std::string& id) {
    for (const auto& item : all)
        if (item.id == id)
            return &item;
    return nullptr;
}

/// What the assembly needs about the checklist: where each item sits.
struct ItemPlace {
    const ChecklistSection* section = nullptr;
    const ChecklistItem* item = nullptr;
};

DossierAnswer makeAnswer(const Observation& o, const ItemPlace* place,
                         const std::string& language) {
    DossierAnswer a;
    a.itemKey = o.itemKey;
    a.prompt = place ? place->item->prompt.in(language) : o.itemKey;
    a.sectionKey = place ? place->section->key : std::string{};
    a.value = displayValue(place ? place->item : nullptr, o.value, language);
    a.note = o.note;
    a.source = o.source;
    if (place)
        a.ruleRefs =
            place->item->ruleRefs.empty() ? place->section->ruleRefs : place->item->ruleRefs;
    a.observationId = o.id;
    return a;
}

/// The figures of the facility's visit before this one (by start date), if any.
VisitStatsPtr previousStats(const std::vector<VisitStatsPtr>& ofFacility, const Visit& visit) {
    VisitStatsPtr best;
    for (const auto& s : ofFacility) {
        if (!s || s->visitId == visit.id || s->startDate > visit.startDate ||
            (s->startDate == visit.startDate && s->visitId > visit.id))
            continue;
        if (!best || s->startDate > best->startDate ||
            (s->startDate == best->startDate && s->visitId > best->visitId))
            best = s;
    }
    return best;
}

std::string todayUtc() {
    return isoDate(static_cast<std::uint64_t>(std::time(nullptr)) * 1000);
}

/// This visit's recommendations numbered, and the facility's earlier ones with their status.
Status addRecommendations(storage::Storage& store, const std::vector<Visit>& visits,
                          const std::string& today, VisitDossier& dossier) {
    auto records = store.recommendationRecords(dossier.facility.id);
    if (!records)
        return records.error();
    auto states = recommendationStates(*records, visits, today.empty() ? todayUtc() : today);
    std::map<std::string, const Visit*> visitById;
    for (const auto& v : visits)
        visitById[v.id] = &v;
    const Visit& current = dossier.visit;
    for (const auto& state : states) {
        const auto& r = state.recommendation;
        if (r.header.visitId == current.id) {
            dossier.recommendations.push_back({0, r, state.status});
            continue;
        }
        const auto made = visitById.find(r.header.visitId);
        if (made == visitById.end() || made->second->startDate > current.startDate)
            continue; // made later than this visit: not "earlier"
        EarlierRecommendation earlier;
        earlier.recommendation = r;
        earlier.cycleId = state.cycleId;
        earlier.visitDate = made->second->startDate;
        earlier.status = state.status;
        earlier.overdue = state.overdue;
        if (!state.history.empty()) {
            const auto& latest = state.history.back();
            earlier.statusEvidence = latest.evidence;
            const auto checked = visitById.find(latest.header.visitId);
            earlier.statusDate = checked != visitById.end()
                                     ? checked->second->startDate
                                     : isoDate(latest.header.hlc.wallMillis());
        }
        dossier.earlierRecommendations.push_back(std::move(earlier));
    }
    // UUIDv7 ids sort by creation: numbers never change when a recommendation is edited.
    std::sort(dossier.recommendations.begin(), dossier.recommendations.end(),
              [](const auto& a, const auto& b) {
                  return a.recommendation.header.id < b.recommendation.header.id;
              });
    for (std::size_t i = 0; i < dossier.recommendations.size(); ++i)
        dossier.recommendations[i].number = static_cast<int>(i) + 1;
    std::stable_sort(dossier.earlierRecommendations.begin(), dossier.earlierRecommendations.end(),
                     [](const auto& a, const auto& b) {
                         return std::tie(a.visitDate, a.recommendation.header.id) <
                                std::tie(b.visitDate, b.recommendation.header.id);
                     });
    return {};
}

} // namespace

Result<VisitDossier> assembleDossier(storage::Storage& store, const std::string& visitId,
                                     const std::string& language, const std::string& today) {
    auto visit = store.findVisit(visitId);
    if (!visit)
        return visit.error();
    auto visits = store.listVisits();
    auto facilities = store.listFacilities();
    auto cycles = store.listCycles();
    auto templates = store.listTemplates();
    auto users = store.listUsers();
    auto records = store.recordsOfVisit(visitId);
    auto observations = store.countingObservations(visitId);
    if (!visits)
        return visits.error();
    if (!facilities)
        return facilities.error();
    if (!cycles)
        return cycles.error();
    if (!templates)
        return templates.error();
    if (!users)
        return users.error();
    if (!records)
        return records.error();
    if (!observations)
        return observations.error();

    VisitDossier dossier;
    dossier.language = language;
    dossier.visit = std::move(visit).value();
    for (auto& member : dossier.visit.team)
        if (const User* user = byId(*users, member.userId); user && member.displayName.empty())
            member.displayName = user->displayName;
    const Facility* facility = byId(*facilities, dossier.visit.facilityId);
    if (!facility)
        return makeError(ErrorCode::NotFound, "the visit's facility is unknown");
    dossier.facility = *facility;
    if (const VisitCycle* cycle = byId(*cycles, dossier.visit.cycleId))
        dossier.cycle = *cycle;

    std::unique_ptr<ChecklistEngine> engine;
    for (const auto& t : *templates)
        if (t.id == dossier.visit.templateId && t.version == dossier.visit.templateVersion)
            engine = std::make_unique<ChecklistEngine>(t);

    // The same figures the cycle overview shows, and the same resolution behind them.
    const auto stats =
        computeVisitStats(dossier.visit, *facility, engine.get(), *observations, *records);
    const auto current = currentVersions(*records);
    std::vector<Reconciliation> settlements;
    for (const auto& record : current) {
        if (const auto* r = std::get_if<Reconciliation>(&record))
            settlements.push_back(*r);
        else if (const auto* f = std::get_if<Finding>(&record))
            dossier.findings.push_back(*f);
        else if (const auto* i = std::get_if<Interview>(&record);
                 i && i->consent != ConsentScope::None)
            dossier.interviews.push_back(*i);
    }
    const auto resolved = resolveAnswers(*observations, settlements);
    Answers answers;
    for (const auto& [key, answer] : resolved)
        if (!std::holds_alternative<std::monostate>(answer.standing.value))
            answers.emplace(key, answer.standing.value);

    std::map<std::string, ItemPlace> places;
    std::map<std::string, int> sectionOrder;
    std::multimap<std::string, Flag> flagsByKey;
    if (engine) {
        const auto& checklist = engine->checklist();
        dossier.checklistTitle = checklist.title.in(language);
        for (const auto& section : checklist.sections) {
            sectionOrder.emplace(section.key, static_cast<int>(sectionOrder.size()));
            for (const auto& item : section.items)
                places[item.key] = {&section, &item};
        }
        const FacilityProfile profile{facility->type, facility->populationFlags};
        for (auto& flag : engine->flags(profile, answers, language))
            flagsByKey.emplace(flag.key, std::move(flag));
        for (const auto& theme : stats.themes) {
            DossierSection s;
            s.key = theme.theme;
            for (const auto& section : checklist.sections)
                if (section.key == theme.theme) {
                    s.title = section.title.in(language);
                    s.ruleRefs = section.ruleRefs;
                }
            s.compliance = theme.compliance;
            s.answered = theme.answered;
            s.applicable = theme.applicable;
            s.flags = theme.flags;
            s.urgentFlags = theme.urgentFlags;
            dossier.sections.push_back(std::move(s));
        }
    }

    // Current answers in checklist order; keys the checklist no longer has come last.
    std::set<std::string> shown;
    const auto addAnswer = [&](const std::string& key, const ResolvedAnswer& r) {
        if (std::holds_alternative<std::monostate>(r.standing.value) && !r.divergent)
            return; // cleared: no answer to show
        const auto place = places.find(key);
        DossierAnswer a =
            makeAnswer(r.standing, place == places.end() ? nullptr : &place->second, language);
        a.divergent = r.divergent;
        const auto [from, to] = flagsByKey.equal_range(key);
        for (auto it = from; it != to; ++it)
            if (!it->second.indicator) {
                a.flags.push_back(it->second.message);
                a.urgent = a.urgent || it->second.severity == Severity::Urgent;
            }
        shown.insert(a.observationId);
        dossier.answers.push_back(std::move(a));
    };
    if (engine)
        for (const auto& section : engine->checklist().sections)
            for (const auto& item : section.items)
                if (auto it = resolved.find(item.key); it != resolved.end())
                    addAnswer(item.key, it->second);
    for (const auto& [key, r] : resolved)
        if (!places.contains(key))
            addAnswer(key, r);

    // Indicators now and at the previous visit.
    auto ofFacility = store.visitStats("", facility->id);
    if (!ofFacility)
        return ofFacility.error();
    const VisitStatsPtr previous = previousStats(*ofFacility, dossier.visit);
    if (previous) {
        PreviousVisit p;
        p.visitId = previous->visitId;
        p.startDate = previous->startDate;
        if (const Visit* v = byId(*visits, previous->visitId))
            p.endDate = v->endDate;
        for (const auto& theme : previous->themes)
            p.themes.emplace_back(theme.theme, theme.compliance);
        dossier.previousVisit = std::move(p);
    }
    if (engine)
        for (const auto& indicator : engine->checklist().indicators) {
            DossierIndicator d;
            d.key = indicator.key;
            d.label = indicator.label.in(language);
            d.unit = indicator.unit;
            if (auto it = stats.indicators.find(indicator.key); it != stats.indicators.end())
                d.value = it->second;
            if (previous)
                if (auto it = previous->indicators.find(indicator.key);
                    it != previous->indicators.end())
                    d.previous = it->second;
            const auto [from, to] = flagsByKey.equal_range(indicator.key);
            for (auto it = from; it != to; ++it)
                if (it->second.indicator)
                    d.flags.push_back(it->second.message);
            if (d.value || d.previous)
                dossier.indicators.push_back(std::move(d));
        }

    // Findings by theme (checklist order), then severity, then creation.
    const auto orderOf = [&](const std::string& theme) {
        auto it = sectionOrder.find(theme);
        return it == sectionOrder.end() ? static_cast<int>(sectionOrder.size()) : it->second;
    };
    std::sort(dossier.findings.begin(), dossier.findings.end(),
              [&](const Finding& a, const Finding& b) {
                  return std::tuple(orderOf(a.theme), a.severity, a.header.id) <
                         std::tuple(orderOf(b.theme), b.severity, b.header.id);
              });
    std::sort(dossier.interviews.begin(), dossier.interviews.end(),
              [](const Interview& a, const Interview& b) { return a.header.id < b.header.id; });

    // Answers findings cite that a later answer has since replaced.
    std::set<std::string> cited;
    for (const auto& f : dossier.findings)
        for (const auto& id : f.observationIds)
            if (!shown.contains(id))
                cited.insert(id);
    if (!cited.empty()) {
        auto history = store.observationsOfVisit(visitId);
        if (!history)
            return history.error();
        for (const auto& o : *history)
            if (cited.contains(o.id)) {
                const auto place = places.find(o.itemKey);
                dossier.citedAnswers.push_back(
                    makeAnswer(o, place == places.end() ? nullptr : &place->second, language));
            }
    }

    CUSTOS_TRY(addRecommendations(store, *visits, today, dossier));
    return dossier;
}

} // namespace custos::aggregate
