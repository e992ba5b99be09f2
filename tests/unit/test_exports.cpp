// Exports against a seeded store (export_world.h): every file parses as the data dictionary
// says, indicators and facility figures equal a recomputation from the raw observations and
// records, interview-derived counts under k are suppressed, and nothing in any export identifies
// a person or a device or repeats what an interview said.
#include "export_dictionary.h"
#include "export_world.h"

#include "custos/aggregate/visit_stats.h"
#include "custos/core/answer_resolution.h"
#include "custos/core/checklist_engine.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <charconv>
#include <regex>
#include <set>
#include <stdexcept>

using namespace custos;
using exports::Dataset;

namespace {

constexpr Dataset kDatasets[] = {Dataset::Answers, Dataset::Indicators, Dataset::Findings,
                                 Dataset::Recommendations, Dataset::FacilityFigures};

exports::ExportRequest request(Dataset dataset, bool json = false, int k = 5) {
    exports::ExportRequest r;
    r.dataset = dataset;
    r.json = json;
    r.suppressionK = k;
    r.today = "2026-11-28";
    return r;
}

storage::Storage& store() {
    return *testkit::exportWorld().store;
}

/// A parsed CSV export, cells found by column name.
struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    [[nodiscard]] const std::string& at(const std::vector<std::string>& row,
                                        const std::string& name) const {
        const auto it = std::find(header.begin(), header.end(), name);
        if (it == header.end())
            throw std::runtime_error("no column " + name);
        return row.at(static_cast<std::size_t>(it - header.begin()));
    }
};

Table table(Dataset dataset, int k = 5) {
    auto rows = testkit::parseCsvRows(testkit::exportText(store(), request(dataset, false, k)));
    Table t;
    if (!rows.empty()) {
        t.header = rows.front();
        t.rows.assign(rows.begin() + 1, rows.end());
    }
    return t;
}

/// The header the dictionary promises, patterns expanded for the world's one checklist.
std::vector<std::string> expectedHeader(Dataset dataset) {
    std::vector<std::string> header;
    for (const auto& column : exports::datasetColumns(dataset, false)) {
        if (column == "compliance_<theme>")
            for (const auto& section : testkit::mandelaRules().sections)
                header.push_back("compliance_" + section.key);
        else if (column == "indicator_<indicator>")
            for (const auto& indicator : testkit::mandelaRules().indicators)
                header.push_back("indicator_" + indicator.key);
        else
            header.push_back(column);
    }
    return header;
}

/// The dictionary entry of a header column.
testkit::DictionaryColumn entryOf(const std::vector<testkit::DictionaryColumn>& columns,
                                  const std::string& name) {
    for (const auto& c : columns) {
        const auto pattern = c.name.find('<');
        if (c.name == name ||
            (pattern != std::string::npos && name.starts_with(c.name.substr(0, pattern))))
            return c;
    }
    return {};
}

/// The pattern a cell of this dictionary type must match (empty = missing is allowed apart).
const std::regex& patternOf(const std::string& type) {
    static const std::map<std::string, std::regex> patterns{
        {"date", std::regex(R"(\d{4}-\d{2}-\d{2})")},
        {"date-time", std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)")},
        {"integer", std::regex(R"(-?\d+)")},
        {"number", std::regex(R"(-?\d+(\.\d+)?(e[-+]?\d+)?)")},
        {"boolean", std::regex("true|false")},
        {"enum", std::regex("[a-z0-9_]+")},
        {"id", std::regex("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}")}};
    static const std::regex any("(.|\n)*");
    auto it = patterns.find(type);
    return it == patterns.end() ? any : it->second;
}

double number(const std::string& text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    EXPECT_TRUE(error == std::errc{} && end == text.data() + text.size()) << text;
    return value;
}

/// A visit's current answers recomputed from its whole observation history.
Answers answersOf(const std::string& visitId) {
    Answers answers;
    for (const auto& [key, a] : resolveAnswers(*store().observationsOfVisit(visitId),
                                               *store().reconciliationsOfVisit(visitId)))
        if (!std::holds_alternative<std::monostate>(a.standing.value))
            answers.emplace(key, a.standing.value);
    return answers;
}

std::map<std::string, Facility> facilitiesById() {
    std::map<std::string, Facility> out;
    for (const auto& f : *store().listFacilities())
        out[f.id] = f;
    return out;
}

/// A count as the export must show it: empty when 0 < count < k.
std::string shown(int count, int k) {
    return count > 0 && count < k ? "" : std::to_string(count);
}

} // namespace

TEST(Exports, EveryCsvParsesWithTheDictionarysHeaderTypesAndMissingRules) {
    const auto dictionary = testkit::readDictionary();
    for (auto dataset : kDatasets) {
        const std::string name(exports::toString(dataset));
        const auto text = testkit::exportText(store(), request(dataset));
        EXPECT_FALSE(text.starts_with("\xEF\xBB\xBF")) << name << ": no byte-order mark";
        EXPECT_TRUE(testkit::isValidUtf8(text)) << name;
        const Table t = table(dataset);
        EXPECT_EQ(t.header, expectedHeader(dataset)) << name;
        EXPECT_GT(t.rows.size(), 3u) << name;
        for (const auto& row : t.rows) {
            ASSERT_EQ(row.size(), t.header.size()) << name;
            for (std::size_t i = 0; i < row.size(); ++i) {
                const auto entry = entryOf(dictionary.at(name), t.header[i]);
                ASSERT_FALSE(entry.name.empty()) << name << "." << t.header[i];
                if (row[i].empty()) {
                    EXPECT_FALSE(entry.missing.starts_with("never"))
                        << name << "." << t.header[i] << " is never missing";
                    continue;
                }
                EXPECT_TRUE(std::regex_match(row[i], patternOf(entry.type)))
                    << name << "." << t.header[i] << " (" << entry.type << "): '" << row[i] << "'";
            }
        }
    }
}

TEST(Exports, JsonHoldsTheSameRowsWithKeysInColumnOrderAndTypedValues) {
    for (auto dataset : kDatasets) {
        const std::string name(exports::toString(dataset));
        const Table csv = table(dataset);
        const auto json =
            nlohmann::ordered_json::parse(testkit::exportText(store(), request(dataset, true)));
        ASSERT_TRUE(json.is_array()) << name;
        ASSERT_EQ(json.size(), csv.rows.size()) << name;
        for (std::size_t r = 0; r < json.size(); ++r) {
            const auto& object = json[r];
            std::vector<std::string> keys;
            for (const auto& [key, value] : object.items())
                keys.push_back(key);
            ASSERT_EQ(keys, csv.header) << name;
            if (dataset == Dataset::Answers)
                continue; // every value a string, as the answers export has always been
            for (std::size_t i = 0; i < keys.size(); ++i) {
                const auto& value = object[keys[i]];
                const auto& cell = csv.rows[r][i];
                EXPECT_EQ(value.is_null(), cell.empty()) << name << "." << keys[i];
                if (value.is_boolean()) {
                    EXPECT_EQ(cell, value.get<bool>() ? "true" : "false");
                } else if (value.is_number()) {
                    EXPECT_EQ(number(cell), value.get<double>()) << name << "." << keys[i];
                } else if (value.is_string() && !cell.starts_with("'")) {
                    EXPECT_EQ(cell, value.get<std::string>()) << name << "." << keys[i];
                }
            }
        }
    }
}

TEST(Exports, IndicatorsEqualTheEngineOverTheRawObservations) {
    const ChecklistEngine engine(testkit::mandelaRules());
    const auto facilities = facilitiesById();
    const Table t = table(Dataset::Indicators);
    std::map<std::pair<std::string, std::string>, const std::vector<std::string>*> rows;
    for (const auto& row : t.rows)
        rows[{t.at(row, "visit_id"), t.at(row, "indicator")}] = &row;
    const auto visits = *store().listVisits();
    EXPECT_EQ(t.rows.size(), visits.size() * engine.checklist().indicators.size());
    int breaches = 0;
    for (const auto& visit : visits) {
        const auto answers = answersOf(visit.id);
        const auto& facility = facilities.at(visit.facilityId);
        const auto values = engine.indicators(answers);
        std::set<std::string> breached;
        for (const auto& flag :
             engine.flags({facility.type, facility.populationFlags}, answers, "en"))
            if (flag.indicator)
                breached.insert(flag.key);
        for (const auto& indicator : engine.checklist().indicators) {
            const auto found = rows.find({visit.id, indicator.key});
            ASSERT_NE(found, rows.end()) << visit.id << " " << indicator.key;
            const auto& row = *found->second;
            EXPECT_EQ(t.at(row, "facility_id"), visit.facilityId);
            EXPECT_EQ(t.at(row, "unit"), indicator.unit);
            const auto value = values.find(indicator.key);
            if (value == values.end()) {
                EXPECT_EQ(t.at(row, "value"), "") << indicator.key;
                EXPECT_EQ(t.at(row, "breached"), "") << indicator.key;
                continue;
            }
            EXPECT_EQ(number(t.at(row, "value")), value->second) << indicator.key;
            if (indicator.thresholds.empty()) {
                EXPECT_EQ(t.at(row, "breached"), "");
            } else {
                EXPECT_EQ(t.at(row, "breached"), breached.count(indicator.key) ? "true" : "false")
                    << indicator.key;
            }
            breaches += breached.count(indicator.key) > 0;
        }
    }
    EXPECT_GT(breaches, 0) << "the seeded visit is overcrowded";
    const auto& marked = *rows.at({testkit::exportWorld().markedVisitId, "occupancy_pct"});
    EXPECT_EQ(t.at(marked, "value"), "130");
    EXPECT_EQ(t.at(marked, "breached"), "true");
    EXPECT_EQ(t.at(marked, "breach_severity"), "priority_concern");
}

TEST(Exports, FacilityFiguresEqualARecomputationFromTheRawData) {
    const auto& world = testkit::exportWorld();
    const ChecklistEngine engine(testkit::mandelaRules());
    const auto facilities = facilitiesById();
    const Table t = table(Dataset::FacilityFigures, world.k);
    std::map<std::pair<std::string, std::string>, const std::vector<std::string>*> rows;
    for (const auto& row : t.rows)
        rows[{t.at(row, "cycle_id"), t.at(row, "facility_id")}] = &row;
    // The latest visit of each facility in each cycle, by start date then id.
    std::map<std::pair<std::string, std::string>, std::vector<Visit>> visits;
    for (const auto& v : *store().listVisits())
        visits[{v.cycleId, v.facilityId}].push_back(v);
    std::size_t expectedRows = 0;
    for (const auto& cycle : *store().listCycles()) {
        for (const auto& [id, facility] : facilities) {
            const auto found = visits.find({cycle.id, id});
            const bool inScope = std::count(cycle.facilityIds.begin(), cycle.facilityIds.end(), id);
            if (found == visits.end()) {
                if (!inScope)
                    continue;
                ++expectedRows;
                const auto& row = *rows.at({cycle.id, id});
                EXPECT_EQ(t.at(row, "visited"), "false");
                EXPECT_EQ(t.at(row, "visit_id"), "");
                EXPECT_EQ(t.at(row, "interviews"), "");
                continue;
            }
            ++expectedRows;
            const auto& all = found->second;
            const Visit& latest = *std::max_element(all.begin(), all.end(), [](auto& a, auto& b) {
                return std::tie(a.startDate, a.id) < std::tie(b.startDate, b.id);
            });
            ASSERT_TRUE(rows.count({cycle.id, id}));
            const auto& row = *rows.at({cycle.id, id});
            EXPECT_EQ(t.at(row, "visited"), "true");
            EXPECT_EQ(t.at(row, "visit_id"), latest.id);
            EXPECT_EQ(t.at(row, "visits_in_cycle"), std::to_string(all.size()));
            EXPECT_EQ(t.at(row, "cycle"), cycle.name);

            const auto answers = answersOf(latest.id);
            const FacilityProfile profile{facility.type, facility.populationFlags};
            int answered = 0, applicable = 0, flags = 0, urgent = 0;
            for (const auto& section : engine.progress(profile, answers)) {
                answered += section.answered;
                applicable += section.applicable;
                flags += section.flags;
                urgent += section.urgent;
            }
            EXPECT_EQ(t.at(row, "items_answered"), std::to_string(answered));
            EXPECT_EQ(t.at(row, "items_applicable"), std::to_string(applicable));
            EXPECT_EQ(t.at(row, "flags"), std::to_string(flags));
            EXPECT_EQ(t.at(row, "urgent_flags"), std::to_string(urgent));
            for (const auto& theme : engine.compliance(profile, answers))
                EXPECT_EQ(t.at(row, "compliance_" + theme.sectionKey), toString(theme.result))
                    << theme.sectionKey;
            const auto values = engine.indicators(answers);
            for (const auto& indicator : engine.checklist().indicators) {
                const auto& cell = t.at(row, "indicator_" + indicator.key);
                const auto value = values.find(indicator.key);
                if (value == values.end()) {
                    EXPECT_EQ(cell, "") << indicator.key;
                } else {
                    EXPECT_EQ(number(cell), value->second) << indicator.key;
                }
            }

            std::map<FindingSeverity, int> findings;
            int recommendations = 0, interviews = 0, allegations = 0, reprisals = 0;
            for (const auto& record :
                 aggregate::currentVersions(*store().recordsOfVisit(latest.id)))
                if (const auto* f = std::get_if<Finding>(&record)) {
                    ++findings[f->severity];
                } else if (std::holds_alternative<Recommendation>(record)) {
                    ++recommendations;
                } else if (const auto* i = std::get_if<Interview>(&record)) {
                    ++interviews;
                    allegations += static_cast<int>(i->allegations.size());
                    reprisals += i->reprisalRisk;
                }
            EXPECT_EQ(t.at(row, "urgent_findings"),
                      std::to_string(findings[FindingSeverity::Urgent]));
            EXPECT_EQ(t.at(row, "priority_concerns"),
                      std::to_string(findings[FindingSeverity::PriorityConcern]));
            EXPECT_EQ(t.at(row, "concerns"), std::to_string(findings[FindingSeverity::Concern]));
            EXPECT_EQ(t.at(row, "good_practices"),
                      std::to_string(findings[FindingSeverity::GoodPractice]));
            EXPECT_EQ(t.at(row, "recommendations"), std::to_string(recommendations));
            EXPECT_EQ(t.at(row, "interviews"), shown(interviews, world.k));
            EXPECT_EQ(t.at(row, "allegations"), shown(allegations, world.k));
            EXPECT_EQ(t.at(row, "reprisal_risks"), shown(reprisals, world.k));
        }
    }
    EXPECT_EQ(t.rows.size(), expectedRows);
}

TEST(Exports, FindingsBySeverityMatchTheRecordsAndNeverCarryInterviews) {
    const Table t = table(Dataset::Findings);
    std::map<std::pair<std::string, std::string>, int> exported;
    for (const auto& row : t.rows)
        ++exported[{t.at(row, "visit_id"), t.at(row, "severity")}];
    std::map<std::pair<std::string, std::string>, int> recomputed;
    for (const auto& visit : *store().listVisits())
        for (const auto& record : aggregate::currentVersions(*store().recordsOfVisit(visit.id)))
            if (const auto* f = std::get_if<Finding>(&record))
                ++recomputed[{visit.id, std::string(toString(f->severity))}];
    EXPECT_EQ(exported, recomputed);
    bool tricky = false;
    for (const auto& row : t.rows)
        tricky = tricky || t.at(row, "text") == "'" + testkit::exportWorld().trickyText;
    EXPECT_TRUE(tricky) << "quotes, commas and line breaks survive; the formula is neutralised";
}

TEST(Exports, RecommendationsCarryTheirCycleOfOriginLatestStatusAndOverdue) {
    const Table t = table(Dataset::Recommendations);
    std::map<std::string, Visit> visits;
    for (const auto& v : *store().listVisits())
        visits[v.id] = v;
    std::set<std::string> made;
    for (const auto& [id, visit] : visits)
        for (const auto& record : *store().recordsOfVisit(id))
            if (const auto* r = std::get_if<Recommendation>(&record))
                made.insert(r->header.id);
    EXPECT_EQ(t.rows.size(), made.size());
    int followedUp = 0;
    for (const auto& row : t.rows) {
        const auto& visit = visits.at(t.at(row, "visit_id"));
        EXPECT_EQ(t.at(row, "cycle_id"), visit.cycleId) << "the cycle it was made in";
        EXPECT_EQ(t.at(row, "facility_id"), visit.facilityId);
        followedUp += t.at(row, "status_changes") != "0";
        EXPECT_EQ(t.at(row, "status_changed").empty(), t.at(row, "status_changes") == "0");
    }
    EXPECT_GT(followedUp, 0) << "the second cycle followed up the first cycle's";
    const auto marked =
        std::find_if(t.rows.begin(), t.rows.end(), [&](const std::vector<std::string>& row) {
            return t.at(row, "visit_id") == testkit::exportWorld().markedVisitId;
        });
    ASSERT_NE(marked, t.rows.end());
    EXPECT_EQ(t.at(*marked, "status"), "in_progress");
    EXPECT_EQ(t.at(*marked, "status_changes"), "1");
    EXPECT_EQ(t.at(*marked, "status_changed"), "2026-11-18");
    EXPECT_EQ(t.at(*marked, "overdue"), "true") << "due 2026-01-31, still open on 2026-11-28";
    EXPECT_EQ(t.at(*marked, "due_date"), "2026-01-31");
    EXPECT_EQ(t.at(*marked, "priority"), "high");
}

TEST(Exports, InterviewDerivedCountsUnderKAreSuppressedAndAtKOrMoreShown) {
    const auto& world = testkit::exportWorld();
    /// The marked visit's counts (column -> cell), and how many other visits show their
    /// interview count as suppressed.
    auto figuresOf = [&](int k) {
        const Table t = table(Dataset::FacilityFigures, k);
        std::map<std::string, std::string> marked;
        int suppressedElsewhere = 0;
        for (const auto& row : t.rows) {
            if (t.at(row, "visit_id") == world.markedVisitId) {
                for (const char* c :
                     {"interviews", "interviews_suppressed", "allegations",
                      "allegations_suppressed", "reprisal_risks", "reprisal_risks_suppressed"})
                    marked[c] = t.at(row, c);
            } else if (t.at(row, "visited") == "true") {
                suppressedElsewhere +=
                    t.at(row, "interviews_suppressed") == "true" && t.at(row, "interviews").empty();
            }
        }
        return std::pair{marked, suppressedElsewhere};
    };
    // Six interviews, six allegations and two reprisal risks on the marked visit; two
    // interviews on every generated visit.
    auto [marked, elsewhere] = figuresOf(5);
    EXPECT_EQ(marked["interviews"], "6");
    EXPECT_EQ(marked["interviews_suppressed"], "false");
    EXPECT_EQ(marked["allegations"], "6");
    EXPECT_EQ(marked["allegations_suppressed"], "false");
    EXPECT_EQ(marked["reprisal_risks"], "");
    EXPECT_EQ(marked["reprisal_risks_suppressed"], "true");
    EXPECT_GT(elsewhere, 0);
    auto [strict, strictElsewhere] = figuresOf(7);
    EXPECT_EQ(strict["interviews"], "");
    EXPECT_EQ(strict["interviews_suppressed"], "true");
    EXPECT_GE(strictElsewhere, elsewhere);
    auto [lenient, lenientElsewhere] = figuresOf(1);
    EXPECT_EQ(lenient["reprisal_risks"], "2");
    EXPECT_EQ(lenientElsewhere, 0) << "k = 1 suppresses nothing";

    const Table findings = table(Dataset::Findings, 5);
    std::map<std::string, std::pair<std::string, std::string>> bySeverity;
    for (const auto& row : findings.rows)
        if (findings.at(row, "visit_id") == world.markedVisitId)
            bySeverity[findings.at(row, "severity")] = {
                findings.at(row, "supporting_interviews"),
                findings.at(row, "supporting_interviews_suppressed")};
    using Cells = std::pair<std::string, std::string>; // count, suppressed
    EXPECT_EQ(bySeverity["urgent"], Cells("", "true"));
    EXPECT_EQ(bySeverity["concern"], Cells("6", "false"));
    EXPECT_EQ(bySeverity["good_practice"], Cells("0", "false"));
}

TEST(Exports, NothingIdentifiesAPersonOrDeviceOrRepeatsAnInterview) {
    const auto& world = testkit::exportWorld();
    ASSERT_GT(world.forbidden.size(), 20u);
    for (auto dataset : kDatasets)
        for (bool json : {false, true}) {
            const auto text = testkit::exportText(store(), request(dataset, json));
            const std::string what =
                std::string(exports::toString(dataset)) + (json ? ".json" : ".csv");
            for (const auto& secret : world.forbidden)
                EXPECT_EQ(text.find(secret), std::string::npos)
                    << what << " holds '" << secret << "'";
            EXPECT_EQ(text.find("MARKER-"), std::string::npos) << what;
            EXPECT_EQ(text.find("PERSONCODE"), std::string::npos) << what;
        }
    // Notes only when asked for; even then no identifiers.
    auto withNotes = request(Dataset::Answers);
    withNotes.includeNotes = true;
    const auto text = testkit::exportText(store(), withNotes);
    EXPECT_NE(text.find("MARKER-NOTE"), std::string::npos);
    for (const auto& secret : world.forbidden)
        if (secret.find("MARKER-NOTE") == std::string::npos) {
            EXPECT_EQ(text.find(secret), std::string::npos) << secret;
        }
}
