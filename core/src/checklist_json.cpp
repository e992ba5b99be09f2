// Stored JSON form of checklist templates (client and server databases keep it as one value,
// and it travels inside the ChecklistTemplate message).
#include "custos/core/checklist.h"

#include <nlohmann/json.hpp>

namespace custos {
namespace {

using nlohmann::json;

json textToJson(const LocalizedText& text) {
    return json(text.byLanguage);
}

LocalizedText textFromJson(const json& j) {
    LocalizedText text;
    if (j.is_object())
        text.byLanguage = j.get<std::map<std::string, std::string>>();
    return text;
}

json conditionToJson(const Condition& c) {
    json j = json::object();
    if (!c.facilityTypes.empty()) {
        json types = json::array();
        for (auto t : c.facilityTypes)
            types.push_back(toString(t));
        j["facility_types"] = types;
    }
    if (!c.population.empty())
        j["population"] = c.population;
    if (!c.answerItem.empty()) {
        j["answer"] = {{"item", c.answerItem}};
        if (!c.answerIn.empty())
            j["answer"]["in"] = c.answerIn;
        if (!c.answerOp.empty()) {
            j["answer"]["op"] = c.answerOp;
            j["answer"]["value"] = c.answerValue;
        }
    }
    return j;
}

Condition conditionFromJson(const json& j) {
    Condition c;
    if (!j.is_object())
        return c;
    for (const auto& t : j.value("facility_types", json::array()))
        if (auto type = enumFromString<FacilityType>(t.get<std::string>()))
            c.facilityTypes.push_back(*type);
    c.population = j.value("population", std::vector<std::string>{});
    if (j.contains("answer")) {
        const auto& a = j["answer"];
        c.answerItem = a.value("item", "");
        c.answerIn = a.value("in", std::vector<std::string>{});
        c.answerOp = a.value("op", "");
        c.answerValue = a.value("value", 0.0);
    }
    return c;
}

json thresholdsToJson(const std::vector<Threshold>& thresholds) {
    json out = json::array();
    for (const auto& t : thresholds)
        out.push_back({{"op", t.op},
                       {"value", t.value},
                       {"unit", t.unit},
                       {"expect", t.expect},
                       {"severity", toString(t.severity)},
                       {"source", t.source},
                       {"message", textToJson(t.message)},
                       {"when", conditionToJson(t.when)}});
    return out;
}

std::vector<Threshold> thresholdsFromJson(const json& j) {
    std::vector<Threshold> out;
    if (!j.is_array())
        return out;
    for (const auto& t : j) {
        Threshold threshold;
        threshold.op = t.value("op", "");
        threshold.value = t.value("value", 0.0);
        threshold.unit = t.value("unit", "");
        threshold.expect = t.value("expect", std::vector<std::string>{});
        threshold.severity =
            severityFromString(t.value("severity", "concern")).value_or(Severity::Concern);
        threshold.source = t.value("source", "");
        threshold.message = textFromJson(t.value("message", json::object()));
        threshold.when = conditionFromJson(t.value("when", json::object()));
        out.push_back(std::move(threshold));
    }
    return out;
}

json itemToJson(const ChecklistItem& item) {
    json choices = json::array();
    for (const auto& c : item.choices)
        choices.push_back({{"key", c.key}, {"label", textToJson(c.label)}});
    json j = {{"key", item.key},
              {"prompt", textToJson(item.prompt)},
              {"guidance", textToJson(item.guidance)},
              {"rules", item.ruleRefs},
              {"type", std::string(toString(item.type))},
              {"unit", item.unit},
              {"choices", std::move(choices)},
              {"applies_if", conditionToJson(item.appliesIf)},
              {"thresholds", thresholdsToJson(item.thresholds)}};
    if (item.severityHint)
        j["severity_hint"] = toString(*item.severityHint);
    return j;
}

Result<ChecklistItem> itemFromJson(const json& i) {
    ChecklistItem item;
    item.key = i.at("key").get<std::string>();
    item.prompt = textFromJson(i.value("prompt", json::object()));
    item.guidance = textFromJson(i.value("guidance", json::object()));
    item.ruleRefs = i.value("rules", std::vector<int>{});
    auto type = enumFromString<ItemType>(i.value("type", std::string("yes_no")));
    if (!type)
        return makeError(ErrorCode::Corrupt, "stored checklist has an unknown item type");
    item.type = *type;
    item.unit = i.value("unit", std::string{});
    for (const auto& c : i.value("choices", json::array()))
        item.choices.push_back(
            {c.value("key", ""), textFromJson(c.value("label", json::object()))});
    item.appliesIf = conditionFromJson(i.value("applies_if", json::object()));
    item.thresholds = thresholdsFromJson(i.value("thresholds", json::array()));
    if (i.contains("severity_hint"))
        item.severityHint = severityFromString(i["severity_hint"].get<std::string>());
    return item;
}

} // namespace

std::string checklistToJson(const ChecklistTemplate& checklist) {
    json sections = json::array();
    for (const auto& section : checklist.sections) {
        json items = json::array();
        for (const auto& item : section.items)
            items.push_back(itemToJson(item));
        sections.push_back({{"key", section.key},
                            {"title", textToJson(section.title)},
                            {"rules", section.ruleRefs},
                            {"applies_if", conditionToJson(section.appliesIf)},
                            {"items", std::move(items)}});
    }
    json indicators = json::array();
    for (const auto& indicator : checklist.indicators)
        indicators.push_back({{"key", indicator.key},
                              {"label", textToJson(indicator.label)},
                              {"unit", indicator.unit},
                              {"formula", indicator.formula},
                              {"thresholds", thresholdsToJson(indicator.thresholds)}});
    json types = json::array();
    for (auto t : checklist.facilityTypes)
        types.push_back(toString(t));
    json root = {{"id", checklist.id},
                 {"version", checklist.version},
                 {"title", textToJson(checklist.title)},
                 {"description", textToJson(checklist.description)},
                 {"languages", checklist.languages},
                 {"facility_types", std::move(types)},
                 {"indicators", std::move(indicators)},
                 {"sections", std::move(sections)}};
    if (checklist.migratesFrom) {
        const auto& m = *checklist.migratesFrom;
        root["migrates_from"] = {{"version", m.fromVersion},
                                 {"renamed", m.renamed},
                                 {"split", m.split},
                                 {"merged", m.merged},
                                 {"removed", m.removed}};
    }
    return root.dump();
}

Result<ChecklistTemplate> checklistFromJson(const std::string& text) {
    try {
        const json root = json::parse(text);
        ChecklistTemplate checklist;
        checklist.id = root.at("id").get<std::string>();
        checklist.version = root.at("version").get<std::string>();
        checklist.title = textFromJson(root.value("title", json::object()));
        checklist.description = textFromJson(root.value("description", json::object()));
        checklist.languages = root.value("languages", std::vector<std::string>{});
        for (const auto& t : root.value("facility_types", json::array()))
            if (auto type = enumFromString<FacilityType>(t.get<std::string>()))
                checklist.facilityTypes.push_back(*type);
        for (const auto& n : root.value("indicators", json::array()))
            checklist.indicators.push_back(
                {n.value("key", ""), textFromJson(n.value("label", json::object())),
                 n.value("unit", ""), n.value("formula", ""),
                 thresholdsFromJson(n.value("thresholds", json::array()))});
        if (root.contains("migrates_from")) {
            const auto& m = root["migrates_from"];
            KeyMigration migration;
            migration.fromVersion = m.value("version", "");
            migration.renamed = m.value("renamed", std::map<std::string, std::string>{});
            migration.split = m.value("split", std::map<std::string, std::vector<std::string>>{});
            migration.merged = m.value("merged", std::map<std::string, std::vector<std::string>>{});
            migration.removed = m.value("removed", std::vector<std::string>{});
            checklist.migratesFrom = std::move(migration);
        }
        for (const auto& s : root.at("sections")) {
            ChecklistSection section;
            section.key = s.at("key").get<std::string>();
            section.title = textFromJson(s.value("title", json::object()));
            section.ruleRefs = s.value("rules", std::vector<int>{});
            section.appliesIf = conditionFromJson(s.value("applies_if", json::object()));
            for (const auto& i : s.at("items")) {
                auto item = itemFromJson(i);
                if (!item)
                    return item.error();
                section.items.push_back(std::move(item.value()));
            }
            checklist.sections.push_back(std::move(section));
        }
        return checklist;
    } catch (const json::exception& e) {
        return makeError(ErrorCode::Corrupt,
                         std::string("stored checklist is not valid JSON: ") + e.what());
    }
}

} // namespace custos
