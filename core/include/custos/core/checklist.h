#pragma once
// The checklist template model: sections (themes) of items keyed to Mandela Rules.

#include "custos/core/enums.h"
#include "custos/core/result.h"

#include <map>
#include <string>
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

/// One question of a checklist.
struct ChecklistItem {
    std::string key; ///< stable across versions; answers reference it
    LocalizedText prompt;
    LocalizedText guidance;
    std::vector<int> ruleRefs; ///< Mandela Rules (2015 numbering)
    ItemType type = ItemType::YesNo;
    std::string unit; ///< for number items, e.g. "m2"

    friend bool operator==(const ChecklistItem&, const ChecklistItem&) = default;
};

/// A theme of the checklist, e.g. "Accommodation (Rules 12-17)".
struct ChecklistSection {
    std::string key;
    LocalizedText title;
    std::vector<int> ruleRefs;
    std::vector<ChecklistItem> items;

    friend bool operator==(const ChecklistSection&, const ChecklistSection&) = default;
};

/// A published, immutable checklist version.
struct ChecklistTemplate {
    std::string id; ///< e.g. "mandela-rules"
    std::string version; ///< semantic version
    LocalizedText title;
    std::vector<std::string> languages;
    std::vector<ChecklistSection> sections;

    /// The item with this key, or nullptr.
    [[nodiscard]] const ChecklistItem* findItem(const std::string& key) const;
    /// Total number of items across sections.
    [[nodiscard]] std::size_t itemCount() const;

    friend bool operator==(const ChecklistTemplate&, const ChecklistTemplate&) = default;
};

/// Reads a checklist template from its YAML authoring form (see docs/CHECKLISTS.md).
[[nodiscard]] Result<ChecklistTemplate> loadChecklistYaml(const std::string& yamlText);

/// Serialises a template to the JSON form kept in databases.
[[nodiscard]] std::string checklistToJson(const ChecklistTemplate& checklist);
/// Reads a template from its stored JSON form.
[[nodiscard]] Result<ChecklistTemplate> checklistFromJson(const std::string& json);

} // namespace custos
