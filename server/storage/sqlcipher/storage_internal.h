#pragma once
// Names shared by the files that implement SqlCipherStorage (not part of any interface).

#include <string_view>

namespace custos::storage::detail {

/// Kinds of entries in the change feed, as stored in changes.kind.
inline constexpr std::string_view kKindFacility = "facility";
inline constexpr std::string_view kKindCycle = "visit_cycle";
inline constexpr std::string_view kKindVisit = "visit";
inline constexpr std::string_view kKindTemplate = "checklist_template";
inline constexpr std::string_view kKindObservation = "observation";
/// A feed entry addressed to one user: purge this visit.
inline constexpr std::string_view kKindWithdrawal = "withdrawal";
/// Record kinds (kindOf(VisitRecord)) are feed kinds too; they are append-only like observations.
[[nodiscard]] inline bool isAppendOnlyKind(std::string_view kind) {
    return kind != kKindFacility && kind != kKindCycle && kind != kKindVisit &&
           kind != kKindTemplate;
}

} // namespace custos::storage::detail
