#include "custos/export/answers_export.h"

#include "custos/aggregate/visit_stats.h"
#include "custos/core/answer_resolution.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <ctime>

namespace custos::exports {
namespace {

/// Visits per piece: bounds memory and keeps stream messages well under gRPC's limits.
constexpr std::size_t kVisitsPerPiece = 8;

/// Appends one CSV field. Quotes what needs it; also neutralises spreadsheet formulas (=, +, -,
/// @), which a hostile note could otherwise use to run commands in an analyst's spreadsheet.
void appendCsvField(std::string& out, std::string_view value) {
    const bool formula = !value.empty() &&
                         std::string_view("=+-@").find(value.front()) != std::string_view::npos &&
                         !(value.size() > 1 &&
                           (std::isdigit(static_cast<unsigned char>(value[1])) || value[1] == '.'));
    const bool quote = value.find_first_of(",\"\n\r") != std::string_view::npos;
    if (quote)
        out += '"';
    if (formula)
        out += '\'';
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quote)
        out += '"';
}

std::string isoTime(std::uint64_t unixMillis) {
    const std::time_t seconds = static_cast<std::time_t>(unixMillis / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

std::string rules(const std::vector<int>& refs) {
    std::string out;
    for (int r : refs)
        out += (out.empty() ? "" : ";") + std::to_string(r);
    return out;
}

/// Where an item sits in its checklist, with its columns ready.
struct ItemPlace {
    std::string section;
    std::string rules;
    std::string_view type;
    std::string unit;
};

} // namespace

const std::vector<std::string>& answerColumns(bool includeNotes) {
    static const std::vector<std::string> withNotes{
        "cycle",   "facility",    "facility_type", "region",    "visit_start", "visit_end",
        "section", "item_key",    "rules",         "item_type", "unit",        "value",
        "source",  "answered_at", "divergent",     "note"};
    static const std::vector<std::string> withoutNotes(withNotes.begin(), withNotes.end() - 1);
    return includeNotes ? withNotes : withoutNotes;
}

Result<std::unique_ptr<AnswerExport>> AnswerExport::open(storage::Storage& store,
                                                         const ExportRequest& request) {
    std::unique_ptr<AnswerExport> e(new AnswerExport(store, request));
    auto visits = store.listVisits();
    auto facilities = store.listFacilities();
    auto cycles = store.listCycles();
    auto templates = store.listTemplates();
    if (!visits || !facilities || !cycles || !templates)
        return makeError(ErrorCode::Internal, "cannot read the store for the export");
    for (auto& f : *facilities)
        e->facilities_[f.id] = std::move(f);
    for (auto& c : *cycles)
        e->cycles_[c.id] = std::move(c);
    for (auto& t : *templates)
        e->templates_[t.id + "@" + t.version] = std::move(t);
    auto matches = [](const std::string& wanted, const std::string& id, const std::string& name) {
        return wanted.empty() || wanted == id || wanted == name;
    };
    for (auto& visit : *visits) {
        const auto& facility = e->facilities_[visit.facilityId];
        const auto& cycle = e->cycles_[visit.cycleId];
        if (matches(request.facility, facility.id, facility.name) &&
            matches(request.cycle, cycle.id, cycle.name))
            e->visits_.push_back(std::move(visit));
    }
    return e;
}

Status AnswerExport::appendVisit(const Visit& visit, std::string& out) {
    const auto& facility = facilities_[visit.facilityId];
    const auto& cycle = cycles_[visit.cycleId];
    std::map<std::string, ItemPlace> places;
    if (auto t = templates_.find(visit.templateId + "@" + visit.templateVersion);
        t != templates_.end())
        for (const auto& section : t->second.sections)
            for (const auto& item : section.items)
                places[item.key] = {section.key, rules(item.ruleRefs), toString(item.type),
                                    item.unit};
    auto observations = store_.countingObservations(visit.id);
    if (!observations)
        return observations.error();
    auto settlements = store_.reconciliationsOfVisit(visit.id);
    if (!settlements)
        return settlements.error();
    const auto& columns = answerColumns(request_.includeNotes);
    for (const auto& [key, answer] : resolveAnswers(*observations, *settlements)) {
        const Observation& o = answer.standing;
        if (std::holds_alternative<std::monostate>(o.value))
            continue; // cleared
        const auto found = places.find(key);
        static const ItemPlace kUnknown{};
        const ItemPlace& place = found == places.end() ? kUnknown : found->second;
        const std::string value = answerToDisplay(o.value);
        const std::string answeredAt = isoTime(o.hlc.wallMillis());
        const std::string_view values[] = {cycle.name,
                                           facility.name,
                                           toString(facility.type),
                                           facility.region,
                                           visit.startDate,
                                           visit.endDate,
                                           place.section,
                                           key,
                                           place.rules,
                                           place.type,
                                           place.unit,
                                           value,
                                           toString(o.source),
                                           answeredAt,
                                           answer.divergent ? "true" : "false",
                                           o.note};
        if (request_.json) {
            nlohmann::json row;
            for (std::size_t i = 0; i < columns.size(); ++i)
                row[columns[i]] = values[i];
            out += rows_ == 0 ? "\n  " : ",\n  ";
            out += row.dump();
        } else {
            for (std::size_t i = 0; i < columns.size(); ++i) {
                if (i)
                    out += ',';
                appendCsvField(out, values[i]);
            }
            out += '\n';
        }
        ++rows_;
    }
    return {};
}

Result<std::optional<std::string>> AnswerExport::next() {
    if (finished_)
        return std::optional<std::string>{};
    std::string out;
    if (!started_) {
        started_ = true;
        if (request_.json) {
            out = "[";
        } else {
            const auto& columns = answerColumns(request_.includeNotes);
            for (std::size_t i = 0; i < columns.size(); ++i)
                out += (i ? "," : "") + columns[i];
            out += '\n';
        }
        return std::optional<std::string>{std::move(out)};
    }
    if (nextVisit_ >= visits_.size()) {
        finished_ = true;
        if (request_.json)
            return std::optional<std::string>{std::string(rows_ ? "\n]\n" : "]\n")};
        return std::optional<std::string>{};
    }
    for (std::size_t n = 0; n < kVisitsPerPiece && nextVisit_ < visits_.size(); ++n)
        CUSTOS_TRY(appendVisit(visits_[nextVisit_++], out));
    return std::optional<std::string>{std::move(out)};
}

Result<std::int64_t> exportAnswers(storage::Storage& store, const ExportRequest& request,
                                   std::ostream& out) {
    auto exporter = AnswerExport::open(store, request);
    if (!exporter)
        return exporter.error();
    for (;;) {
        auto piece = (*exporter)->next();
        if (!piece)
            return piece.error();
        if (!*piece)
            break;
        out << **piece;
    }
    return (*exporter)->rows();
}

} // namespace custos::exports
