#pragma once
// The checklist template model: sections (themes) of items keyed to Mandela Rules.

#include "custos/core/enums.h"
#include "custos/core/result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custos {

/// Text in several languages with per-string fallback.
struct LocalizedText {
    std::map<std::string, std::string> byLanguage;

    /// The text in `language`, else in `fallback`, else any text there is.
    [[nodiscard]] std::string in(const std::string& language,
                                 const std::string& fallback = "en") const;
    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

/// How serious a breach of a standard is; also the severities of findings.
enum class Severity { Urgent, PriorityConcern, Concern };
[[nodiscard]] std::string_view toString(Severity severity);
[[nodiscard]] std::optional<Severity> severityFromString(std::string_view text);

/// When an item, section or threshold applies. Empty members impose no condition.
struct Condition {
    std::vector<FacilityType> facilityTypes; ///< the facility is one of these
    std::vector<std::string> population;     ///< the facility holds all of these groups
    std::string answerItem;                  ///< an item whose answer decides
    std::vector<std::string> answerIn;       ///< ... is one of these codes or choice keys
    std::string answerOp;                    ///< ... or compares numerically (">", "<=", ...)
    double answerValue = 0;

    [[nodiscard]] bool empty() const {
        return facilityTypes.empty() && population.empty() && answerItem.empty();
    }
    friend bool operator==(const Condition&, const Condition&) = default;
};

/// A standard an answer or indicator must meet; a flag is raised when it does not.
struct Threshold {
    std::string op; ///< ">=", ">", "<=", "<", "==", "!=" for numbers
    double value = 0;
    std::string unit;
    std::vector<std::string> expect; ///< for yes/no and choice items: acceptable answers
    Severity severity = Severity::Concern;
    std::string source;    ///< e.g. "CPT/Inf (2015) 44"
    LocalizedText message; ///< "{value}" is replaced by the value and unit
    Condition when;

    friend bool operator==(const Threshold&, const Threshold&) = default;
};

/// One option of a choice item.
struct Choice {
    std::string key;
    LocalizedText label;
    friend bool operator==(const Choice&, const Choice&) = default;
};

/// One question of a checklist.
struct ChecklistItem {
    std::string key; ///< stable across versions; answers reference it
    LocalizedText prompt;
    LocalizedText guidance;
    std::vector<int> ruleRefs; ///< Mandela Rules (2015 numbering)
    ItemType type = ItemType::YesNo;
    std::string unit; ///< for number and duration items, e.g. "m2", "h"
    std::vector<Choice> choices;
    Condition appliesIf;
    std::vector<Threshold> thresholds;
    std::optional<Severity> severityHint;

    friend bool operator==(const ChecklistItem&, const ChecklistItem&) = default;
};

/// A value derived from answers by a formula, e.g. m² per person.
struct Indicator {
    std::string key;
    LocalizedText label;
    std::string unit;
    std::string formula;
    std::vector<Threshold> thresholds;
    friend bool operator==(const Indicator&, const Indicator&) = default;
};

/// How answers given under an earlier version map onto this one.
struct KeyMigration {
    std::string fromVersion;
    std::map<std::string, std::string> renamed;             ///< old key -> new key
    std::map<std::string, std::vector<std::string>> split;  ///< old key -> new keys
    std::map<std::string, std::vector<std::string>> merged; ///< new key -> old keys
    std::vector<std::string> removed;                       ///< old keys with no successor
    friend bool operator==(const KeyMigration&, const KeyMigration&) = default;
};

/// A theme of the checklist, e.g. "Accommodation (Rules 12-17)".
struct ChecklistSection {
    std::string key;
    LocalizedText title;
    std::vector<int> ruleRefs;
    Condition appliesIf;
    std::vector<ChecklistItem> items;

    friend bool operator==(const ChecklistSection&, const ChecklistSection&) = default;
};

/// A published, immutable checklist version.
struct ChecklistTemplate {
    std::string id;      ///< e.g. "mandela-rules"
    std::string version; ///< semantic version
    LocalizedText title;
    LocalizedText description;
    std::vector<std::string> languages;
    std::vector<FacilityType> facilityTypes;
    std::vector<Indicator> indicators;
    std::optional<KeyMigration> migratesFrom;
    std::vector<ChecklistSection> sections;

    /// The item with this key, or nullptr.
    [[nodiscard]] const ChecklistItem* findItem(const std::string& key) const;
    /// Total number of items across sections.
    [[nodiscard]] std::size_t itemCount() const;

    friend bool operator==(const ChecklistTemplate&, const ChecklistTemplate&) = default;
};

/// One problem found in a checklist file, with its position (1-based).
struct ChecklistProblem {
    int line = 0;
    int column = 0;
    std::string message;
    friend bool operator==(const ChecklistProblem&, const ChecklistProblem&) = default;
};

/// Reads and validates a checklist's YAML authoring form (docs/CHECKLISTS.md), reporting every
/// problem found; the template is usable only when problems is empty.
struct ChecklistParse {
    ChecklistTemplate checklist;
    std::vector<ChecklistProblem> problems;
};
[[nodiscard]] ChecklistParse parseChecklistYaml(const std::string& yamlText);

/// Reads a checklist from YAML; the first problem becomes the error ("line:column: sentence").
[[nodiscard]] Result<ChecklistTemplate> loadChecklistYaml(const std::string& yamlText);

/// Serialises a template to the JSON form kept in databases.
[[nodiscard]] std::string checklistToJson(const ChecklistTemplate& checklist);
/// Reads a template from its stored JSON form.
[[nodiscard]] Result<ChecklistTemplate> checklistFromJson(const std::string& json);

} // namespace custos
