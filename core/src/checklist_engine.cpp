#include "custos/core/checklist_engine.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace custos {
namespace {

std::optional<double> numericValue(const AnswerValue& value) {
    if (const auto* d = std::get_if<double>(&value))
        return *d;
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return static_cast<double>(*i);
    return std::nullopt;
}

/// The coded form of an answer: "yes"/"no"/... or the chosen choice key(s).
std::vector<std::string> codes(const AnswerValue& value) {
    if (const auto* code = std::get_if<AnswerCode>(&value))
        return {std::string(toString(*code))};
    if (const auto* text = std::get_if<std::string>(&value))
        return {*text};
    if (const auto* list = std::get_if<std::vector<std::string>>(&value))
        return *list;
    return {};
}

bool isAnswered(const AnswerValue& value) {
    if (std::holds_alternative<std::monostate>(value))
        return false;
    if (const auto* text = std::get_if<std::string>(&value))
        return !text->empty();
    if (const auto* list = std::get_if<std::vector<std::string>>(&value))
        return !list->empty();
    return true;
}

/// "Not applicable" and "not verified" answer the question without testing the standard.
bool testsStandard(const AnswerValue& value) {
    if (const auto* code = std::get_if<AnswerCode>(&value))
        return *code != AnswerCode::NotApplicable && *code != AnswerCode::NotVerified;
    return isAnswered(value);
}

bool compare(double a, const std::string& op, double b) {
    constexpr double eps = 1e-9;
    if (op == ">=")
        return a >= b - eps;
    if (op == ">")
        return a > b + eps;
    if (op == "<=")
        return a <= b + eps;
    if (op == "<")
        return a < b - eps;
    if (op == "==")
        return std::fabs(a - b) <= eps;
    if (op == "!=")
        return std::fabs(a - b) > eps;
    return true;
}

std::string displayUnit(const std::string& unit, const std::string& language) {
    if (unit == "m2")
        return "m²";
    if (unit == "m3")
        return "m³";
    if (language == "fr") {
        if (unit == "days")
            return "jours";
        if (unit == "persons")
            return "personnes";
    }
    return unit;
}

std::string render(const LocalizedText& message, const std::string& language, double value,
                   const std::string& unit) {
    std::string text = message.in(language);
    const std::string number = formatWithUnit(value, "");
    const std::string withUnit = formatWithUnit(value, unit, language);
    const auto pos = text.find("{value}");
    if (pos == std::string::npos)
        return text;
    // Authors write either "{value} below ..." or "{value} m² below ..."; never print the
    // unit twice.
    const std::string shown = displayUnit(unit, language);
    const bool unitFollows =
        !shown.empty() && text.compare(pos + 7, shown.size() + 1, " " + shown) == 0;
    text.replace(pos, 7, unitFollows ? number : withUnit);
    return text;
}

} // namespace

std::string_view toString(Compliance compliance) {
    switch (compliance) {
    case Compliance::NotAssessed:
        return "not_assessed";
    case Compliance::Compliant:
        return "compliant";
    case Compliance::PartiallyCompliant:
        return "partially_compliant";
    case Compliance::NonCompliant:
        return "non_compliant";
    }
    return "not_assessed";
}

std::string formatWithUnit(double value, const std::string& unit, const std::string& language) {
    char buffer[64];
    const double rounded = std::round(value * 10) / 10;
    if (std::fabs(rounded - std::round(rounded)) < 1e-9)
        std::snprintf(buffer, sizeof buffer, "%.0f", rounded);
    else
        std::snprintf(buffer, sizeof buffer, "%.1f", rounded);
    std::string text = buffer;
    const std::string shown = displayUnit(unit, language);
    if (!shown.empty())
        text += (shown == "%" ? "" : " ") + shown;
    return text;
}

ChecklistEngine::ChecklistEngine(ChecklistTemplate checklist) : checklist_(std::move(checklist)) {
    for (const auto& section : checklist_.sections)
        for (const auto& item : section.items)
            sectionOfKey_[item.key] = section.key;
    for (const auto& indicator : checklist_.indicators) {
        auto formula = Formula::parse(indicator.formula);
        formulas_.push_back(formula ? std::optional<Formula>(std::move(formula.value()))
                                    : std::nullopt);
    }
    // An indicator belongs to the theme of the first item its formula reads.
    for (std::size_t i = 0; i < formulas_.size(); ++i)
        if (formulas_[i])
            for (const auto& key : formulas_[i]->keys())
                if (auto it = sectionOfKey_.find(key); it != sectionOfKey_.end()) {
                    sectionOfKey_[checklist_.indicators[i].key] = it->second;
                    break;
                }
}

bool ChecklistEngine::holds(const Condition& c, const FacilityProfile& facility,
                            const Answers& answers, bool unansweredHolds) const {
    if (!c.facilityTypes.empty() && std::find(c.facilityTypes.begin(), c.facilityTypes.end(),
                                              facility.type) == c.facilityTypes.end())
        return false;
    for (const auto& group : c.population)
        if (std::find(facility.population.begin(), facility.population.end(), group) ==
            facility.population.end())
            return false;
    if (!c.answerItem.empty()) {
        auto it = answers.find(c.answerItem);
        if (it == answers.end() || !isAnswered(it->second))
            return unansweredHolds;
        if (!c.answerIn.empty()) {
            const auto given = codes(it->second);
            if (std::none_of(given.begin(), given.end(), [&](const std::string& g) {
                    return std::find(c.answerIn.begin(), c.answerIn.end(), g) != c.answerIn.end();
                }))
                return false;
        }
        if (!c.answerOp.empty()) {
            const auto number = numericValue(it->second);
            if (number && !compare(*number, c.answerOp, c.answerValue))
                return false;
        }
    }
    return true;
}

bool ChecklistEngine::applies(const ChecklistSection& section, const ChecklistItem& item,
                              const FacilityProfile& facility, const Answers& answers) const {
    return holds(section.appliesIf, facility, answers) && holds(item.appliesIf, facility, answers);
}

std::string ChecklistEngine::sectionOf(const std::string& key) const {
    auto it = sectionOfKey_.find(key);
    return it == sectionOfKey_.end() ? std::string{} : it->second;
}

bool ChecklistEngine::indicatorReads(const std::string& indicatorKey,
                                     const std::string& itemKey) const {
    for (std::size_t i = 0; i < checklist_.indicators.size(); ++i)
        if (checklist_.indicators[i].key == indicatorKey && formulas_[i]) {
            const auto& keys = formulas_[i]->keys();
            return std::find(keys.begin(), keys.end(), itemKey) != keys.end();
        }
    return false;
}

std::map<std::string, double> ChecklistEngine::indicators(const Answers& answers) const {
    std::map<std::string, double> values;
    auto lookup = [&](const std::string& key) -> std::optional<double> {
        if (auto it = values.find(key); it != values.end())
            return it->second;
        if (auto it = answers.find(key); it != answers.end())
            return numericValue(it->second);
        return std::nullopt;
    };
    // Indicators may use other indicators: repeat until nothing new can be computed.
    for (std::size_t pass = 0; pass <= checklist_.indicators.size(); ++pass) {
        bool progressed = false;
        for (std::size_t i = 0; i < checklist_.indicators.size(); ++i) {
            const auto& key = checklist_.indicators[i].key;
            if (values.count(key) || !formulas_[i])
                continue;
            if (auto value = formulas_[i]->evaluate(lookup)) {
                values[key] = *value;
                progressed = true;
            }
        }
        if (!progressed)
            break;
    }
    return values;
}

std::vector<Flag> ChecklistEngine::itemFlags(const ChecklistSection& section,
                                             const ChecklistItem& item,
                                             const FacilityProfile& facility,
                                             const Answers& answers,
                                             const std::string& language) const {
    std::vector<Flag> out;
    auto it = answers.find(item.key);
    if (it == answers.end() || !testsStandard(it->second) ||
        !applies(section, item, facility, answers))
        return out;
    for (const auto& t : item.thresholds) {
        if (!holds(t.when, facility, answers, false))
            continue;
        Flag flag{item.key, false, section.key, t.severity, t.source, {}, std::nullopt};
        if (!t.op.empty()) {
            const auto number = numericValue(it->second);
            if (!number || compare(*number, t.op, t.value))
                continue;
            flag.value = number;
            flag.message = render(t.message, language, *number, item.unit);
        } else {
            const auto given = codes(it->second);
            const bool met = std::all_of(given.begin(), given.end(), [&](const std::string& g) {
                return std::find(t.expect.begin(), t.expect.end(), g) != t.expect.end();
            });
            if (met)
                continue;
            flag.message = t.message.in(language);
        }
        out.push_back(std::move(flag));
    }
    return out;
}

std::vector<Flag> ChecklistEngine::indicatorFlags(const FacilityProfile& facility,
                                                  const Answers& answers,
                                                  const std::string& language) const {
    std::vector<Flag> out;
    const auto values = indicators(answers);
    for (const auto& indicator : checklist_.indicators) {
        auto value = values.find(indicator.key);
        if (value == values.end())
            continue;
        for (const auto& t : indicator.thresholds) {
            if (t.op.empty() || !holds(t.when, facility, answers, false) ||
                compare(value->second, t.op, t.value))
                continue;
            auto section = sectionOfKey_.find(indicator.key);
            out.push_back({indicator.key, true,
                           section == sectionOfKey_.end() ? std::string{} : section->second,
                           t.severity, t.source,
                           render(t.message, language, value->second, indicator.unit),
                           value->second});
        }
    }
    return out;
}

std::vector<Flag> ChecklistEngine::flags(const FacilityProfile& facility, const Answers& answers,
                                         const std::string& language) const {
    std::vector<Flag> out;
    for (const auto& section : checklist_.sections)
        for (const auto& item : section.items) {
            auto itemFlagsFound = itemFlags(section, item, facility, answers, language);
            out.insert(out.end(), itemFlagsFound.begin(), itemFlagsFound.end());
        }
    auto fromIndicators = indicatorFlags(facility, answers, language);
    out.insert(out.end(), fromIndicators.begin(), fromIndicators.end());
    return out;
}

std::vector<SectionProgress> ChecklistEngine::progress(const FacilityProfile& facility,
                                                       const Answers& answers) const {
    const auto allFlags = flags(facility, answers, "en");
    std::vector<SectionProgress> out;
    for (const auto& section : checklist_.sections) {
        SectionProgress p{section.key, 0, 0, 0, 0};
        for (const auto& item : section.items) {
            if (!applies(section, item, facility, answers))
                continue;
            ++p.applicable;
            auto it = answers.find(item.key);
            p.answered += it != answers.end() && isAnswered(it->second);
        }
        for (const auto& flag : allFlags)
            if (flag.sectionKey == section.key) {
                ++p.flags;
                p.urgent += flag.severity == Severity::Urgent;
            }
        out.push_back(p);
    }
    return out;
}

std::vector<ThemeCompliance> ChecklistEngine::compliance(const FacilityProfile& facility,
                                                         const Answers& answers) const {
    const auto allFlags = flags(facility, answers, "en");
    const auto values = indicators(answers);
    std::vector<ThemeCompliance> out;
    for (const auto& section : checklist_.sections) {
        ThemeCompliance c;
        c.sectionKey = section.key;
        int applicable = 0;
        int answered = 0;
        for (const auto& item : section.items) {
            if (!applies(section, item, facility, answers))
                continue;
            ++applicable;
            auto it = answers.find(item.key);
            if (it == answers.end() || !isAnswered(it->second))
                continue;
            ++answered;
            if (!item.thresholds.empty() && testsStandard(it->second))
                ++c.standardsAssessed;
        }
        for (const auto& indicator : checklist_.indicators) {
            auto owner = sectionOfKey_.find(indicator.key);
            if (owner != sectionOfKey_.end() && owner->second == section.key &&
                !indicator.thresholds.empty() && values.count(indicator.key))
                ++c.standardsAssessed;
        }
        std::set<std::string> flaggedKeys;
        for (const auto& flag : allFlags)
            if (flag.sectionKey == section.key) {
                flaggedKeys.insert(flag.key);
                c.urgentFlags += flag.severity == Severity::Urgent;
            }
        c.standardsMet = c.standardsAssessed - static_cast<int>(flaggedKeys.size());
        c.coverage = applicable == 0 ? 0.0 : static_cast<double>(answered) / applicable;
        if (c.standardsAssessed == 0 || c.coverage < 0.5)
            c.result = Compliance::NotAssessed;
        else if (c.urgentFlags > 0 || c.standardsMet * 2 < c.standardsAssessed)
            c.result = Compliance::NonCompliant;
        else if (c.standardsMet < c.standardsAssessed)
            c.result = Compliance::PartiallyCompliant;
        else
            c.result = Compliance::Compliant;
        out.push_back(c);
    }
    return out;
}

MigrationPlan planMigration(const ChecklistTemplate& target, const Answers& answers) {
    MigrationPlan plan;
    std::set<std::string> targetKeys;
    for (const auto& section : target.sections)
        for (const auto& item : section.items)
            targetKeys.insert(item.key);
    const KeyMigration noMigration;
    const KeyMigration& m = target.migratesFrom ? *target.migratesFrom : noMigration;
    std::map<std::string, std::vector<std::string>> mergedInto; // old key -> new key
    for (const auto& [to, fromKeys] : m.merged)
        for (const auto& from : fromKeys)
            mergedInto[from].push_back(to);

    for (const auto& answer : answers) {
        // Named copies, not a structured binding: lambdas may not capture those before C++20
        // compilers caught up (clang 14, used for the fuzz build, refuses).
        const std::string& oldKey = answer.first;
        const AnswerValue& value = answer.second;
        auto carry = [&](const std::string& newKey) {
            // An answer given under the new key itself wins over one carried from an old key.
            if (answers.count(newKey) && newKey != oldKey)
                return false;
            plan.carried[newKey] = value;
            plan.carriedFrom[newKey] = oldKey;
            return true;
        };
        if (auto r = m.renamed.find(oldKey); r != m.renamed.end() && targetKeys.count(r->second)) {
            if (!carry(r->second))
                plan.earlier.push_back({oldKey, value, {r->second}});
        } else if (auto s = m.split.find(oldKey); s != m.split.end() && !s->second.empty()) {
            // The old answer seeds the first new item; the monitor re-checks the others, and the
            // old answer stays visible beside them.
            (void)carry(s->second.front());
            plan.earlier.push_back({oldKey, value, s->second});
        } else if (auto g = mergedInto.find(oldKey); g != mergedInto.end()) {
            plan.earlier.push_back({oldKey, value, g->second});
        } else if (targetKeys.count(oldKey)) {
            (void)carry(oldKey);
        } else {
            plan.earlier.push_back({oldKey, value, {}});
        }
    }
    return plan;
}

} // namespace custos
