// The YAML authoring form of checklists: reads a template and reports every problem with its
// line and column, in sentences a checklist author can act on (docs/CHECKLISTS.md).
#include "custos/core/checklist.h"
#include "custos/core/formula.h"
#include "custos/core/utf8.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string_view>

namespace custos {
namespace {

// Keys name columns in exports and travel in every observation; ids and versions name
// published checklists. Longer ones are typing accidents, or hostile.
constexpr std::size_t kMaxKeyLength = 64;
constexpr std::size_t kMaxVersionLength = 32;

const std::set<std::string> kTopFields{
    "id",         "version", "title", "description", "languages", "facility_types", "migrates_from",
    "indicators", "sections"};
const std::set<std::string> kSectionFields{"key", "title", "rules", "applies_if", "items"};
const std::set<std::string> kItemFields{"key",        "type",         "unit",    "rules",
                                        "prompt",     "guidance",     "choices", "applies_if",
                                        "thresholds", "severity_hint"};
const std::set<std::string> kThresholdFields{"op",       "value",  "unit",    "expect",
                                             "severity", "source", "message", "when"};
const std::set<std::string> kConditionFields{"facility_types", "population", "answer"};
const std::set<std::string> kAnswerFields{"item", "in", "op", "value"};
const std::set<std::string> kIndicatorFields{"key", "label", "unit", "formula", "thresholds"};
const std::set<std::string> kMigrationFields{"version", "renamed", "split", "merged", "removed"};
const std::set<std::string> kChoiceFields{"key", "label"};
const std::set<std::string> kOps{">=", ">", "<=", "<", "==", "!="};
const std::set<std::string> kDurationUnits{"h", "min", "days"};
const std::set<std::string> kAnswerCodes{"yes", "no", "partial", "not_applicable", "not_verified"};

/// A value quoted in a problem sentence, cut short (on a character boundary) when it is long.
std::string quoted(const std::string& value) {
    constexpr std::size_t kShown = 40;
    if (value.size() <= kShown + 10)
        return "'" + value + "'";
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80)
        --cut; // never split a UTF-8 sequence
    const auto characters = std::count_if(value.begin(), value.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    return "'" + value.substr(0, cut) + "...' (" + std::to_string(characters) + " characters)";
}

/// Collects problems while building the template; never stops at the first one.
class Reader {
public:
    std::vector<ChecklistProblem> problems;

    void problem(const YAML::Node& node, const std::string& sentence) {
        const auto mark = node.Mark();
        problems.push_back({mark.line + 1, mark.column + 1, sentence});
    }

    void checkFields(const YAML::Node& map, const std::set<std::string>& allowed,
                     const std::string& where) {
        if (!map.IsMap())
            return;
        for (const auto& entry : map) {
            const auto name = entry.first.as<std::string>();
            if (!allowed.count(name))
                problem(entry.first, "unknown field " + quoted(name) + " in " + where + ".");
        }
    }

    std::string scalar(const YAML::Node& map, const char* field, const std::string& where,
                       bool required = true) {
        const auto node = map[field];
        if (!node) {
            if (required)
                problem(map, where + " has no " + quoted(field) + ".");
            return {};
        }
        if (!node.IsScalar()) {
            problem(node, quoted(std::string(field)) + " in " + where + " must be a single value.");
            return {};
        }
        return node.as<std::string>();
    }

    std::optional<double> number(const YAML::Node& node, const std::string& what) {
        double value = 0;
        if (!node.IsScalar() || !YAML::convert<double>::decode(node, value) ||
            !std::isfinite(value)) {
            problem(node, what + " must be a number.");
            return std::nullopt;
        }
        return value;
    }

    LocalizedText text(const YAML::Node& map, const char* field, const std::string& where,
                       const std::vector<std::string>& languages, bool required = true) {
        LocalizedText text;
        const auto node = map[field];
        if (!node) {
            if (required)
                problem(map, where + " has no " + quoted(field) + ".");
            return text;
        }
        if (node.IsScalar()) {
            text.byLanguage["en"] = node.as<std::string>();
        } else if (node.IsMap()) {
            for (const auto& entry : node) {
                if (!entry.second.IsScalar()) {
                    problem(entry.second, "each language of " + quoted(std::string(field)) +
                                              " must be a single text.");
                    continue;
                }
                text.byLanguage[entry.first.as<std::string>()] = entry.second.as<std::string>();
            }
        } else {
            problem(node,
                    quoted(std::string(field)) + " must be a text or a map of language to text.");
            return text;
        }
        for (const auto& language : languages) {
            auto it = text.byLanguage.find(language);
            if (it == text.byLanguage.end() || it->second.empty())
                problem(node, "missing " + quoted(language) + " translation of " + quoted(field) +
                                  " in " + where + ".");
        }
        return text;
    }

    std::vector<std::string> strings(const YAML::Node& node, const std::string& what) {
        std::vector<std::string> out;
        if (!node)
            return out;
        if (!node.IsSequence()) {
            problem(node, what + " must be a list.");
            return out;
        }
        for (const auto& entry : node) {
            if (!entry.IsScalar()) {
                problem(entry, what + " must hold single values.");
                continue;
            }
            out.push_back(entry.as<std::string>());
        }
        return out;
    }

    std::vector<int> rules(const YAML::Node& map, const std::string& where, bool required) {
        std::vector<int> out;
        const auto node = map["rules"];
        if (!node) {
            if (required)
                problem(map, where + " names no Mandela Rule ('rules').");
            return out;
        }
        if (!node.IsSequence()) {
            problem(node, "'rules' in " + where + " must be a list of rule numbers.");
            return out;
        }
        for (const auto& entry : node) {
            int rule = 0;
            if (!entry.IsScalar() || !YAML::convert<int>::decode(entry, rule)) {
                problem(entry, "rule reference " +
                                   quoted(entry.IsScalar() ? entry.as<std::string>() : "?") +
                                   " is not a rule number.");
            } else if (rule < 1 || rule > 122) {
                problem(entry, "rule reference " + std::to_string(rule) +
                                   " is outside the Nelson Mandela Rules (1 to 122).");
            } else {
                out.push_back(rule);
            }
        }
        if (node.size() == 0 && required)
            problem(node, where + " names no Mandela Rule ('rules').");
        return out;
    }

    std::vector<FacilityType> facilityTypes(const YAML::Node& node) {
        std::vector<FacilityType> out;
        for (const auto& name : strings(node, "'facility_types'")) {
            if (auto type = enumFromString<FacilityType>(name))
                out.push_back(*type);
            else
                problem(node, "unknown facility type " + quoted(name) + ".");
        }
        return out;
    }

    Condition condition(const YAML::Node& node, const std::string& where) {
        Condition c;
        if (!node)
            return c;
        if (!node.IsMap()) {
            problem(node, "the condition in " + where + " must be a map.");
            return c;
        }
        checkFields(node, kConditionFields, "a condition");
        c.facilityTypes = facilityTypes(node["facility_types"]);
        for (const auto& flag : strings(node["population"], "'population'")) {
            if (!isPopulationGroup(flag))
                problem(node["population"], "unknown population group " + quoted(flag) + ".");
            c.population.push_back(flag);
        }
        if (const auto answer = node["answer"]) {
            if (!answer.IsMap()) {
                problem(answer, "'answer' must name an item and what its answer must be.");
                return c;
            }
            checkFields(answer, kAnswerFields, "an answer condition");
            c.answerItem = scalar(answer, "item", "the answer condition");
            c.answerIn = strings(answer["in"], "'in'");
            if (answer["op"]) {
                c.answerOp = scalar(answer, "op", "the answer condition");
                if (!kOps.count(c.answerOp))
                    problem(answer["op"], "unknown comparison " + quoted(c.answerOp) + ".");
                if (answer["value"])
                    c.answerValue = number(answer["value"], "'value'").value_or(0);
                else
                    problem(answer, "the answer condition compares with 'op' but has no 'value'.");
            }
            if (c.answerIn.empty() && c.answerOp.empty())
                problem(answer, "the answer condition needs 'in' or 'op' and 'value'.");
            conditionRefs.push_back({answer, c.answerItem});
        }
        return c;
    }

    std::vector<Threshold> thresholds(const YAML::Node& node, const std::string& where,
                                      const std::vector<std::string>& languages) {
        std::vector<Threshold> out;
        if (!node)
            return out;
        if (!node.IsSequence()) {
            problem(node, "'thresholds' in " + where + " must be a list.");
            return out;
        }
        for (const auto& t : node) {
            if (!t.IsMap()) {
                problem(t, "each threshold must be a map.");
                continue;
            }
            checkFields(t, kThresholdFields, "a threshold of " + where);
            Threshold threshold;
            if (t["op"]) {
                threshold.op = scalar(t, "op", "a threshold");
                if (!kOps.count(threshold.op))
                    problem(t["op"], "unknown comparison " + quoted(threshold.op) + ".");
                if (t["value"])
                    threshold.value = number(t["value"], "the threshold value").value_or(0);
                else
                    problem(t, "the threshold in " + where + " has an 'op' but no 'value'.");
            }
            threshold.unit = scalar(t, "unit", "a threshold", false);
            threshold.expect = strings(t["expect"], "'expect'");
            if (threshold.op.empty() && threshold.expect.empty())
                problem(t, "the threshold in " + where + " needs 'op' and 'value', or 'expect'.");
            if (!threshold.op.empty() && !threshold.expect.empty())
                problem(t, "the threshold in " + where + " has both 'op' and 'expect'; use one.");
            const auto severity = scalar(t, "severity", "a threshold", false);
            if (!severity.empty()) {
                if (auto s = severityFromString(severity))
                    threshold.severity = *s;
                else
                    problem(t["severity"], "unknown severity " + quoted(severity) +
                                               " (use urgent, priority_concern or concern).");
            }
            threshold.source = scalar(t, "source", "a threshold of " + where);
            threshold.message = text(t, "message", "a threshold of " + where, languages);
            threshold.when = condition(t["when"], "a threshold of " + where);
            out.push_back(std::move(threshold));
        }
        return out;
    }

    /// Answer conditions to check once every item is known.
    std::vector<std::pair<YAML::Node, std::string>> conditionRefs;
};

// Plain character checks rather than std::regex: libstdc++ matches a repetition by recursing
// once per character, so a long enough value in a hostile file overflowed the stack (found by
// the checklist_yaml fuzzer).
bool isKeyCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

/// `text` is one or more characters, each accepted by `allowed`.
bool nonEmptyOf(std::string_view text, bool (*allowed)(char)) {
    return !text.empty() && std::all_of(text.begin(), text.end(), allowed);
}

/// `text` is `parts` non-empty runs of `allowed` characters joined by '.'.
bool dottedOf(std::string_view text, bool (*allowed)(char), std::optional<int> parts) {
    int seen = 0;
    for (std::size_t start = 0;; ++seen) {
        const auto dot = text.find('.', start);
        if (!nonEmptyOf(text.substr(start, dot - start), allowed))
            return false;
        if (dot == std::string_view::npos)
            return !parts || seen + 1 == *parts;
        start = dot + 1;
    }
}

bool isIdCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

bool validKey(const std::string& key, bool dotted) {
    if (key.size() > kMaxKeyLength)
        return false;
    return dotted ? dottedOf(key, isKeyCharacter, std::nullopt) : nonEmptyOf(key, isKeyCharacter);
}

std::string keyProblem(const std::string& what, const std::string& key, bool dotted) {
    return what + " key " + quoted(key) + " may hold only lower-case letters, digits" +
           (dotted ? ", '_' and '.'" : " and '_'") + ", at most " + std::to_string(kMaxKeyLength) +
           " of them.";
}

void checkThresholdsAgainstItem(Reader& r, const YAML::Node& itemNode, const ChecklistItem& item) {
    const bool numeric = item.type == ItemType::Number || item.type == ItemType::Count ||
                         item.type == ItemType::Duration;
    const bool coded = item.type == ItemType::YesNo || item.type == ItemType::SingleChoice ||
                       item.type == ItemType::MultiChoice;
    std::size_t index = 0;
    for (const auto& t : item.thresholds) {
        const auto node = itemNode["thresholds"][index++];
        if (!t.op.empty() && !numeric)
            r.problem(node, "item " + quoted(item.key) + " is of type " +
                                std::string(toString(item.type)) +
                                ", which cannot be compared with " + quoted(t.op) +
                                "; use 'expect'.");
        if (!t.expect.empty() && !coded)
            r.problem(node, "item " + quoted(item.key) + " is of type " +
                                std::string(toString(item.type)) +
                                ", which has no answer codes to 'expect'.");
        if (numeric && !t.op.empty() && t.unit != item.unit)
            r.problem(node, "the threshold unit " + quoted(t.unit) + " does not match item " +
                                quoted(item.key) + ", whose unit is " + quoted(item.unit) + ".");
        for (const auto& expected : t.expect) {
            const bool known =
                item.type == ItemType::YesNo
                    ? kAnswerCodes.count(expected) > 0
                    : std::any_of(item.choices.begin(), item.choices.end(),
                                  [&](const Choice& c) { return c.key == expected; });
            if (coded && !known)
                r.problem(node, quoted(expected) + " is not a possible answer to item " +
                                    quoted(item.key) + ".");
        }
    }
}

ChecklistItem readItem(Reader& r, const YAML::Node& node, const std::vector<std::string>& langs,
                       std::set<std::string>& keys) {
    ChecklistItem item;
    r.checkFields(node, kItemFields, "an item");
    item.key = r.scalar(node, "key", "an item");
    const std::string where = item.key.empty() ? "an item" : "item " + quoted(item.key);
    if (!item.key.empty()) {
        if (!validKey(item.key, true))
            r.problem(node["key"], keyProblem("item", item.key, true));
        if (!keys.insert(item.key).second)
            r.problem(node["key"], "duplicate key " + quoted(item.key) + ".");
    }
    const auto typeName = r.scalar(node, "type", where);
    if (!typeName.empty()) {
        if (auto type = enumFromString<ItemType>(typeName))
            item.type = *type;
        else
            r.problem(node["type"], "unknown item type " + quoted(typeName) + ".");
    }
    item.unit = r.scalar(node, "unit", where, false);
    if (item.type == ItemType::Number && item.unit.empty() && typeName == "number")
        r.problem(node, where + " is a number and needs a 'unit'.");
    if (item.type == ItemType::Duration && !kDurationUnits.count(item.unit))
        r.problem(node["unit"] ? node["unit"] : node,
                  where + " is a duration; its unit must be h, min or days.");
    item.prompt = r.text(node, "prompt", where, langs);
    item.guidance = r.text(node, "guidance", where, langs);
    item.ruleRefs = r.rules(node, where, true);
    if (const auto choices = node["choices"]) {
        if (!choices.IsSequence()) {
            r.problem(choices, "'choices' of " + where + " must be a list.");
        } else {
            std::set<std::string> choiceKeys;
            for (const auto& c : choices) {
                r.checkFields(c, kChoiceFields, "a choice");
                Choice choice;
                choice.key = r.scalar(c, "key", "a choice of " + where);
                if (!choice.key.empty() && !choiceKeys.insert(choice.key).second)
                    r.problem(c["key"],
                              "duplicate choice " + quoted(choice.key) + " in " + where + ".");
                choice.label = r.text(c, "label", "a choice of " + where, langs);
                item.choices.push_back(std::move(choice));
            }
        }
    }
    const bool isChoice = item.type == ItemType::SingleChoice || item.type == ItemType::MultiChoice;
    if (isChoice && item.choices.size() < 2)
        r.problem(node, where + " is a choice and needs at least two 'choices'.");
    if (!isChoice && !item.choices.empty())
        r.problem(node["choices"], where + " is not a choice item but has 'choices'.");
    item.appliesIf = r.condition(node["applies_if"], where);
    item.thresholds = r.thresholds(node["thresholds"], where, langs);
    checkThresholdsAgainstItem(r, node, item);
    const auto hint = r.scalar(node, "severity_hint", where, false);
    if (!hint.empty()) {
        item.severityHint = severityFromString(hint);
        if (!item.severityHint)
            r.problem(node["severity_hint"], "unknown severity " + quoted(hint) + ".");
    }
    return item;
}

std::optional<KeyMigration> readMigration(Reader& r, const YAML::Node& node) {
    if (!node)
        return std::nullopt;
    KeyMigration m;
    r.checkFields(node, kMigrationFields, "'migrates_from'");
    m.fromVersion = r.scalar(node, "version", "'migrates_from'");
    auto stringMap = [&](const char* field) {
        std::map<std::string, std::vector<std::string>> out;
        if (const auto map = node[field]) {
            if (!map.IsMap()) {
                r.problem(map, std::string("'") + field + "' must map keys to keys.");
                return out;
            }
            for (const auto& e : map)
                out[e.first.as<std::string>()] =
                    e.second.IsScalar() ? std::vector<std::string>{e.second.as<std::string>()}
                                        : r.strings(e.second, std::string("'") + field + "'");
        }
        return out;
    };
    for (auto& [from, to] : stringMap("renamed"))
        m.renamed[from] = to.empty() ? std::string{} : to.front();
    m.split = stringMap("split");
    m.merged = stringMap("merged");
    m.removed = r.strings(node["removed"], "'removed'");
    return m;
}

ChecklistTemplate readTemplate(Reader& r, const YAML::Node& root) {
    ChecklistTemplate checklist;
    r.checkFields(root, kTopFields, "the checklist");
    checklist.id = r.scalar(root, "id", "the checklist");
    if (!checklist.id.empty() &&
        (checklist.id.size() > kMaxKeyLength || !nonEmptyOf(checklist.id, isIdCharacter)))
        r.problem(root["id"], "the checklist id may hold only lower-case letters, digits and '-', "
                              "at most " +
                                  std::to_string(kMaxKeyLength) + " of them.");
    checklist.version = r.scalar(root, "version", "the checklist");
    if (!checklist.version.empty() &&
        (checklist.version.size() > kMaxVersionLength || !dottedOf(checklist.version, isDigit, 3)))
        r.problem(root["version"], "version " + quoted(checklist.version) +
                                       " is not a semantic version such as 1.2.0 (at most " +
                                       std::to_string(kMaxVersionLength) + " characters).");
    checklist.languages = r.strings(root["languages"], "'languages'");
    if (checklist.languages.empty())
        checklist.languages = {"en"};
    const auto& langs = checklist.languages;
    checklist.title = r.text(root, "title", "the checklist", langs);
    checklist.description = r.text(root, "description", "the checklist", langs, false);
    checklist.facilityTypes = r.facilityTypes(root["facility_types"]);
    checklist.migratesFrom = readMigration(r, root["migrates_from"]);

    std::set<std::string> itemKeys;
    std::set<std::string> sectionKeys;
    const auto sections = root["sections"];
    if (!sections || !sections.IsSequence() || sections.size() == 0)
        r.problem(sections ? sections : root, "the checklist needs a list of sections.");
    else
        for (const auto& s : sections) {
            if (!s.IsMap()) {
                r.problem(s, "each section must be a map.");
                continue;
            }
            r.checkFields(s, kSectionFields, "a section");
            ChecklistSection section;
            section.key = r.scalar(s, "key", "a section");
            const auto where = section.key.empty() ? "a section" : "section " + quoted(section.key);
            if (!section.key.empty() && !validKey(section.key, false))
                r.problem(s["key"], keyProblem("section", section.key, false));
            if (!section.key.empty() && !sectionKeys.insert(section.key).second)
                r.problem(s["key"], "duplicate section key " + quoted(section.key) + ".");
            section.title = r.text(s, "title", where, langs);
            section.ruleRefs = r.rules(s, where, false);
            section.appliesIf = r.condition(s["applies_if"], where);
            const auto items = s["items"];
            if (!items || !items.IsSequence() || items.size() == 0) {
                r.problem(items ? items : s, where + " has no items.");
            } else {
                for (const auto& i : items) {
                    if (!i.IsMap()) {
                        r.problem(i, "each item must be a map.");
                        continue;
                    }
                    section.items.push_back(readItem(r, i, langs, itemKeys));
                }
            }
            checklist.sections.push_back(std::move(section));
        }

    std::set<std::string> indicatorKeys;
    std::vector<std::pair<YAML::Node, Formula>> formulas;
    if (const auto indicators = root["indicators"]) {
        if (!indicators.IsSequence())
            r.problem(indicators, "'indicators' must be a list.");
        else
            for (const auto& n : indicators) {
                r.checkFields(n, kIndicatorFields, "an indicator");
                Indicator indicator;
                indicator.key = r.scalar(n, "key", "an indicator");
                const auto where = "indicator " + quoted(indicator.key);
                if (!indicator.key.empty() && !validKey(indicator.key, false))
                    r.problem(n["key"], keyProblem("indicator", indicator.key, false));
                if (!indicator.key.empty() &&
                    (itemKeys.count(indicator.key) || !indicatorKeys.insert(indicator.key).second))
                    r.problem(n["key"], "duplicate key " + quoted(indicator.key) + ".");
                indicator.label = r.text(n, "label", where, langs);
                indicator.unit = r.scalar(n, "unit", where, false);
                indicator.formula = r.scalar(n, "formula", where);
                if (!indicator.formula.empty()) {
                    auto formula = Formula::parse(indicator.formula);
                    if (!formula)
                        r.problem(n["formula"],
                                  "formula of " + where + ", " + formula.error().message + ".");
                    else
                        formulas.emplace_back(n["formula"], std::move(formula.value()));
                }
                indicator.thresholds = r.thresholds(n["thresholds"], where, langs);
                for (const auto& t : indicator.thresholds)
                    if (!t.expect.empty() || (!t.op.empty() && t.unit != indicator.unit))
                        r.problem(n["thresholds"], "a threshold of " + where +
                                                       " must compare numbers in its unit " +
                                                       quoted(indicator.unit) + ".");
                checklist.indicators.push_back(std::move(indicator));
            }
    }
    for (const auto& [node, formula] : formulas)
        for (const auto& key : formula.keys())
            if (!itemKeys.count(key) && !indicatorKeys.count(key))
                r.problem(node, "formula names unknown item or indicator " + quoted(key) + ".");
    for (const auto& [node, key] : r.conditionRefs)
        if (!key.empty() && !itemKeys.count(key))
            r.problem(node, "condition names unknown item " + quoted(key) + ".");
    if (checklist.migratesFrom) {
        const auto& m = *checklist.migratesFrom;
        auto checkNew = [&](const std::string& key) {
            if (!itemKeys.count(key))
                r.problem(root["migrates_from"], "migration maps to " + quoted(key) +
                                                     ", which is not an item of this version.");
        };
        for (const auto& [from, to] : m.renamed)
            checkNew(to);
        for (const auto& [from, to] : m.split)
            for (const auto& key : to)
                checkNew(key);
        for (const auto& [to, from] : m.merged)
            checkNew(to);
    }
    return checklist;
}

} // namespace

std::string_view toString(Severity severity) {
    switch (severity) {
    case Severity::Urgent:
        return "urgent";
    case Severity::PriorityConcern:
        return "priority_concern";
    case Severity::Concern:
        return "concern";
    }
    return "concern";
}

std::optional<Severity> severityFromString(std::string_view text) {
    if (text == "urgent")
        return Severity::Urgent;
    if (text == "priority_concern")
        return Severity::PriorityConcern;
    if (text == "concern")
        return Severity::Concern;
    return std::nullopt;
}

ChecklistParse parseChecklistYaml(const std::string& yamlText) {
    ChecklistParse parse;
    Reader reader;
    if (auto fault = firstTextFault(yamlText)) {
        reader.problems.push_back(
            {fault->line, fault->column,
             fault->describe() + (fault->control
                                      ? "; delete it (it often comes with text pasted from another "
                                        "program)."
                                      : "; save the file as UTF-8 (a character here was written in "
                                        "another encoding).")});
        parse.problems = std::move(reader.problems);
        return parse;
    }
    try {
        const auto root = YAML::Load(yamlText);
        if (!root.IsMap())
            reader.problem(root, "a checklist file must be a map with id, version and sections.");
        else
            parse.checklist = readTemplate(reader, root);
    } catch (const YAML::Exception& e) {
        reader.problems.push_back(
            {e.mark.line + 1, e.mark.column + 1, "this is not valid YAML: " + e.msg + "."});
    }
    std::stable_sort(reader.problems.begin(), reader.problems.end(),
                     [](const ChecklistProblem& a, const ChecklistProblem& b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    parse.problems = std::move(reader.problems);
    return parse;
}

Result<ChecklistTemplate> loadChecklistYaml(const std::string& yamlText) {
    auto parse = parseChecklistYaml(yamlText);
    if (!parse.problems.empty()) {
        const auto& p = parse.problems.front();
        return makeError(ErrorCode::InvalidArgument, std::to_string(p.line) + ":" +
                                                         std::to_string(p.column) + ": " +
                                                         p.message);
    }
    return std::move(parse.checklist);
}

} // namespace custos
