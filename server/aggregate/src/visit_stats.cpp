#include "custos/aggregate/visit_stats.h"

#include "custos/core/answer_resolution.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace custos::aggregate {
namespace {

using nlohmann::json;

bool versioned(const VisitRecord& record) {
    return std::holds_alternative<Interview>(record) || std::holds_alternative<Finding>(record) ||
           std::holds_alternative<Recommendation>(record);
}

std::optional<Compliance> complianceFromString(std::string_view text) {
    for (auto c : {Compliance::NotAssessed, Compliance::Compliant, Compliance::PartiallyCompliant,
                   Compliance::NonCompliant})
        if (toString(c) == text)
            return c;
    return std::nullopt;
}

} // namespace

std::vector<VisitRecord> currentVersions(const std::vector<VisitRecord>& history) {
    std::vector<VisitRecord> current;
    std::map<std::pair<std::size_t, std::string>, std::size_t> latest; // (kind, id) -> index
    for (const auto& record : history) {
        if (!versioned(record)) {
            current.push_back(record);
            continue;
        }
        const auto& h = headerOf(record);
        auto [it, inserted] = latest.try_emplace({record.index(), h.id}, current.size());
        if (inserted) {
            current.push_back(record);
            continue;
        }
        const auto& held = headerOf(current[it->second]);
        if (isLater(h.hlc, h.deviceId, held.hlc, held.deviceId))
            current[it->second] = record;
    }
    return current;
}

VisitStats computeVisitStats(const Visit& visit, const Facility& facility,
                             const ChecklistEngine* engine,
                             const std::vector<Observation>& observations,
                             const std::vector<VisitRecord>& records) {
    VisitStats stats;
    stats.visitId = visit.id;
    stats.facilityId = visit.facilityId;
    stats.cycleId = visit.cycleId;
    stats.startDate = visit.startDate;
    stats.status = visit.status;

    std::vector<Reconciliation> settlements;
    for (const auto& record : currentVersions(records)) {
        if (const auto* r = std::get_if<Reconciliation>(&record))
            settlements.push_back(*r);
        else if (const auto* f = std::get_if<Finding>(&record))
            ++stats.findings[f->severity];
        else if (std::holds_alternative<Recommendation>(record))
            ++stats.recommendations;
        else if (const auto* i = std::get_if<Interview>(&record)) {
            ++stats.interviews;
            stats.allegations += static_cast<int>(i->allegations.size());
            stats.reprisalRisks += i->reprisalRisk ? 1 : 0;
        }
    }
    const auto resolved = resolveAnswers(observations, settlements);
    Answers answers;
    for (const auto& [key, answer] : resolved) {
        stats.divergentItems += answer.divergent ? 1 : 0;
        if (!std::holds_alternative<std::monostate>(answer.standing.value))
            answers.emplace(key, answer.standing.value);
    }
    if (!engine)
        return stats;

    stats.checklistKnown = true;
    const FacilityProfile profile{facility.type, facility.populationFlags};
    const auto progress = engine->progress(profile, answers);
    const auto compliance = engine->compliance(profile, answers);
    for (const auto& section : progress) {
        ThemeStat theme;
        theme.theme = section.sectionKey;
        theme.answered = section.answered;
        theme.applicable = section.applicable;
        theme.flags = section.flags;
        theme.urgentFlags = section.urgent;
        for (const auto& c : compliance)
            if (c.sectionKey == section.sectionKey) {
                theme.compliance = c.result;
                theme.assessed = c.standardsAssessed;
                theme.met = c.standardsMet;
            }
        stats.answered += theme.answered;
        stats.applicable += theme.applicable;
        stats.flags += theme.flags;
        stats.urgentFlags += theme.urgentFlags;
        stats.themes.push_back(std::move(theme));
    }
    stats.indicators = engine->indicators(answers);
    return stats;
}

std::string statsToJson(const VisitStats& s) {
    json themes = json::array();
    for (const auto& t : s.themes)
        themes.push_back({t.theme, toString(t.compliance), t.assessed, t.met, t.flags,
                          t.urgentFlags, t.answered, t.applicable});
    json findings = json::object();
    for (const auto& [severity, count] : s.findings)
        findings[std::string(toString(severity))] = count;
    return json{{"visit", s.visitId},
                {"facility", s.facilityId},
                {"cycle", s.cycleId},
                {"start", s.startDate},
                {"status", toString(s.status)},
                {"checklist_known", s.checklistKnown},
                {"answered", s.answered},
                {"applicable", s.applicable},
                {"flags", s.flags},
                {"urgent_flags", s.urgentFlags},
                {"divergent", s.divergentItems},
                {"findings", std::move(findings)},
                {"recommendations", s.recommendations},
                {"interviews", s.interviews},
                {"allegations", s.allegations},
                {"reprisal_risks", s.reprisalRisks},
                {"themes", std::move(themes)},
                {"indicators", s.indicators}}
        .dump();
}

Result<VisitStats> statsFromJson(const std::string& text) {
    try {
        const auto j = json::parse(text);
        VisitStats s;
        s.visitId = j.at("visit").get<std::string>();
        s.facilityId = j.at("facility").get<std::string>();
        s.cycleId = j.at("cycle").get<std::string>();
        s.startDate = j.at("start").get<std::string>();
        s.status = enumFromString<VisitStatus>(j.at("status").get<std::string>())
                       .value_or(VisitStatus::Planned);
        s.checklistKnown = j.at("checklist_known").get<bool>();
        s.answered = j.at("answered").get<int>();
        s.applicable = j.at("applicable").get<int>();
        s.flags = j.at("flags").get<int>();
        s.urgentFlags = j.at("urgent_flags").get<int>();
        s.divergentItems = j.at("divergent").get<int>();
        for (const auto& [name, count] : j.at("findings").items())
            if (auto severity = enumFromString<FindingSeverity>(name))
                s.findings[*severity] = count.get<int>();
        s.recommendations = j.at("recommendations").get<int>();
        s.interviews = j.at("interviews").get<int>();
        s.allegations = j.at("allegations").get<int>();
        s.reprisalRisks = j.at("reprisal_risks").get<int>();
        for (const auto& t : j.at("themes")) {
            ThemeStat theme;
            theme.theme = t.at(0).get<std::string>();
            theme.compliance =
                complianceFromString(t.at(1).get<std::string>()).value_or(Compliance::NotAssessed);
            theme.assessed = t.at(2).get<int>();
            theme.met = t.at(3).get<int>();
            theme.flags = t.at(4).get<int>();
            theme.urgentFlags = t.at(5).get<int>();
            theme.answered = t.at(6).get<int>();
            theme.applicable = t.at(7).get<int>();
            s.themes.push_back(std::move(theme));
        }
        s.indicators = j.at("indicators").get<std::map<std::string, double>>();
        return s;
    } catch (const json::exception& e) {
        return makeError(ErrorCode::Corrupt,
                         std::string("stored visit figures are not valid: ") + e.what());
    }
}

} // namespace custos::aggregate
