#include "custos/admin/export.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <chrono>
#include <ctime>
#include <map>

namespace custos::admin {
namespace {

std::string csvField(const std::string& text) {
    // Quote everything that needs it; also neutralise spreadsheet formulas (=, +, -, @), which
    // a hostile note could otherwise use to run commands in an analyst's spreadsheet.
    std::string value = text;
    if (!value.empty() && std::string("=+-@").find(value.front()) != std::string::npos &&
        !(value.size() > 1 &&
          (std::isdigit(static_cast<unsigned char>(value[1])) || value[1] == '.')))
        value.insert(value.begin(), '\'');
    if (value.find_first_of(",\"\n\r") == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
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

const std::vector<std::string> kColumns{"cycle",       "facility",    "facility_type", "region",
                                        "visit_start", "visit_end",   "section",       "item_key",
                                        "rules",       "item_type",   "unit",          "value",
                                        "source",      "answered_at", "note"};

} // namespace

Result<int> exportAnswers(storage::Storage& store, const ExportRequest& request,
                          std::ostream& out) {
    auto visits = store.listVisits();
    auto facilities = store.listFacilities();
    auto cycles = store.listCycles();
    auto templates = store.listTemplates();
    if (!visits || !facilities || !cycles || !templates)
        return makeError(ErrorCode::Internal, "cannot read the store for the export");
    std::map<std::string, Facility> facilityById;
    for (auto& f : *facilities)
        facilityById[f.id] = f;
    std::map<std::string, VisitCycle> cycleById;
    for (auto& c : *cycles)
        cycleById[c.id] = c;
    auto matches = [](const std::string& wanted, const std::string& id, const std::string& name) {
        return wanted.empty() || wanted == id || wanted == name;
    };

    const auto columns = request.includeNotes
                             ? kColumns
                             : std::vector<std::string>(kColumns.begin(), kColumns.end() - 1);
    nlohmann::json rows = nlohmann::json::array();
    if (!request.json) {
        for (std::size_t i = 0; i < columns.size(); ++i)
            out << (i ? "," : "") << columns[i];
        out << "\n";
    }
    int count = 0;
    for (const auto& visit : *visits) {
        const auto& facility = facilityById[visit.facilityId];
        const auto& cycle = cycleById[visit.cycleId];
        if (!matches(request.facility, facility.id, facility.name) ||
            !matches(request.cycle, cycle.id, cycle.name))
            continue;
        const ChecklistTemplate* checklist = nullptr;
        for (const auto& t : *templates)
            if (t.id == visit.templateId && t.version == visit.templateVersion)
                checklist = &t;
        auto observations = store.observationsOfVisit(visit.id);
        if (!observations)
            return observations.error();
        std::map<std::string, const Observation*> current;
        for (const auto& o : *observations) {
            auto& slot = current[o.itemKey];
            if (!slot || o.hlc > slot->hlc || (o.hlc == slot->hlc && o.deviceId > slot->deviceId))
                slot = &o;
        }
        for (const auto& [key, o] : current) {
            if (std::holds_alternative<std::monostate>(o->value))
                continue; // cleared
            std::string section, ruleRefs, type, unit;
            if (checklist)
                for (const auto& s : checklist->sections)
                    for (const auto& item : s.items)
                        if (item.key == key) {
                            section = s.key;
                            ruleRefs = rules(item.ruleRefs);
                            type = std::string(toString(item.type));
                            unit = item.unit;
                        }
            const std::vector<std::string> values{cycle.name,
                                                  facility.name,
                                                  std::string(toString(facility.type)),
                                                  facility.region,
                                                  visit.startDate,
                                                  visit.endDate,
                                                  section,
                                                  key,
                                                  ruleRefs,
                                                  type,
                                                  unit,
                                                  answerToDisplay(o->value),
                                                  std::string(toString(o->source)),
                                                  isoTime(o->hlc.wallMillis()),
                                                  o->note};
            if (request.json) {
                nlohmann::json row;
                for (std::size_t i = 0; i < columns.size(); ++i)
                    row[columns[i]] = values[i];
                rows.push_back(std::move(row));
            } else {
                for (std::size_t i = 0; i < columns.size(); ++i)
                    out << (i ? "," : "") << csvField(values[i]);
                out << "\n";
            }
            ++count;
        }
    }
    if (request.json)
        out << rows.dump(2) << "\n";
    return count;
}

} // namespace custos::admin
