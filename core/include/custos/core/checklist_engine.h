#pragma once
// The checklist engine: applicability, indicators, threshold flags, completion and compliance.

#include "custos/core/checklist.h"
#include "custos/core/formula.h"
#include "custos/core/observation.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace custos {

/// What the engine needs to know about the place being visited.
struct FacilityProfile {
    FacilityType type = FacilityType::Prison;
    std::vector<std::string> population; ///< e.g. "women", "juveniles"
};

/// Current answers by item key.
using Answers = std::map<std::string, AnswerValue>;

/// A standard not met by an answer or indicator, with a sentence a monitor can read.
struct Flag {
    std::string key; ///< item or indicator key
    bool indicator = false;
    std::string sectionKey; ///< the theme it belongs to
    Severity severity = Severity::Concern;
    std::string source;
    std::string message; ///< e.g. "3.1 m² per person — below the CPT minimum of 4 m² ..."
    std::optional<double> value;
};

/// How far a section is and how many flags it raised.
struct SectionProgress {
    std::string sectionKey;
    int applicable = 0;
    int answered = 0;
    int flags = 0;
    int urgent = 0;
};

/// The engine's suggested reading of a theme (docs/CHECKLISTS.md "Compliance").
enum class Compliance { NotAssessed, Compliant, PartiallyCompliant, NonCompliant };
[[nodiscard]] std::string_view toString(Compliance compliance);

/// Compliance of one theme and the counts it rests on.
struct ThemeCompliance {
    std::string sectionKey;
    Compliance result = Compliance::NotAssessed;
    int standardsAssessed = 0; ///< standards that could be checked against an answer
    int standardsMet = 0;
    int urgentFlags = 0;
    double coverage = 0; ///< answered / applicable items
};

/// "3.1 m²", "12 h", "104%", "20 jours": a value with its unit in a language, for messages and
/// screens.
[[nodiscard]] std::string formatWithUnit(double value, const std::string& unit,
                                         const std::string& language = "en");

/// Evaluates one template. Formulas are compiled once at construction.
class ChecklistEngine final {
public:
    explicit ChecklistEngine(ChecklistTemplate checklist);

    [[nodiscard]] const ChecklistTemplate& checklist() const { return checklist_; }

    /// True when the condition holds. For applicability an answer condition on an unanswered
    /// item holds (hiding a question is worse than showing one too many); for a threshold's
    /// `when` it does not (a flag must not rest on a premise nobody has established).
    [[nodiscard]] bool holds(const Condition& condition, const FacilityProfile& facility,
                             const Answers& answers, bool unansweredHolds = true) const;
    /// True when the item (and its section) applies to this facility and these answers.
    [[nodiscard]] bool applies(const ChecklistSection& section, const ChecklistItem& item,
                               const FacilityProfile& facility, const Answers& answers) const;

    /// The section an item or indicator belongs to (an indicator: the section of the first
    /// item its formula reads); empty if unknown.
    [[nodiscard]] std::string sectionOf(const std::string& key) const;
    /// True when the indicator's formula reads this item directly.
    [[nodiscard]] bool indicatorReads(const std::string& indicatorKey,
                                      const std::string& itemKey) const;

    /// Every indicator that can be computed from the answers.
    [[nodiscard]] std::map<std::string, double> indicators(const Answers& answers) const;

    /// Flags raised by one item's current answer.
    [[nodiscard]] std::vector<Flag> itemFlags(const ChecklistSection& section,
                                              const ChecklistItem& item,
                                              const FacilityProfile& facility,
                                              const Answers& answers,
                                              const std::string& language) const;
    /// Every flag: items, then indicators.
    [[nodiscard]] std::vector<Flag> flags(const FacilityProfile& facility, const Answers& answers,
                                          const std::string& language) const;

    [[nodiscard]] std::vector<SectionProgress> progress(const FacilityProfile& facility,
                                                        const Answers& answers) const;
    [[nodiscard]] std::vector<ThemeCompliance> compliance(const FacilityProfile& facility,
                                                          const Answers& answers) const;

private:
    std::vector<Flag> indicatorFlags(const FacilityProfile& facility, const Answers& answers,
                                     const std::string& language) const;

    ChecklistTemplate checklist_;
    std::vector<std::optional<Formula>> formulas_; ///< parallel to checklist_.indicators
    std::map<std::string, std::string> sectionOfKey_;
};

/// One answer given under an earlier version that has no exact home in the new one.
struct EarlierAnswer {
    std::string oldKey;
    AnswerValue value;
    std::vector<std::string> relatedKeys; ///< new items it informs (split/merged); may be empty
};

/// How a visit's answers move to a new checklist version: carried answers land on new keys;
/// nothing is ever dropped — what cannot be carried is kept as an earlier-version answer.
struct MigrationPlan {
    Answers carried;                                ///< by new key
    std::map<std::string, std::string> carriedFrom; ///< new key -> the old key it came from
    std::vector<EarlierAnswer> earlier;
};

/// Plans the move of `answers` (keyed by the old version's items) to `target`.
[[nodiscard]] MigrationPlan planMigration(const ChecklistTemplate& target, const Answers& answers);

} // namespace custos
