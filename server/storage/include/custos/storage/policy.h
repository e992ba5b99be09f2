#pragma once
// Authorisation rules of design.md §5 for operations pushed by devices, as one pure function per
// decision so every backend enforces the same rules and each rule has a test
// (tests/unit/test_authorisation.cpp).

#include "custos/core/entities.h"
#include "custos/core/observation.h"
#include "custos/core/records.h"

#include <optional>
#include <string>
#include <variant>

namespace custos::storage {

struct Caller;

/// What a pushed operation carries.
using OpPayload = std::variant<Observation, VisitRecord>;

/// Facts the rules need beyond the op itself, looked up by the backend.
struct OpContext {
    const Visit* visit = nullptr; ///< the visit the op names (header.visitId); null if unknown
    /// For a recommendation update: the facility of the recommendation; empty if unknown.
    std::string recommendationFacility;
    /// For an edit of an existing record: the visit and author of its first version.
    std::optional<std::pair<std::string, std::string>> firstVersion;
};

/// Nullopt when the caller may apply the op; otherwise a plain sentence saying why not (it goes
/// back to the device; it never quotes the op's content).
[[nodiscard]] std::optional<std::string> refusal(const Caller& caller, const OpPayload& op,
                                                 const OpContext& context);

/// Nullopt when the caller may upload an attachment to this visit (the rules for writing visit
/// content); otherwise why not.
[[nodiscard]] std::optional<std::string> uploadRefusal(const Caller& caller, const Visit* visit);
/// Nullopt when the caller may download an attachment of this visit: its team, or coordinators.
[[nodiscard]] std::optional<std::string> downloadRefusal(const Caller& caller, const Visit* visit);

/// What the caller may read from the change feed.
enum class FeedScope {
    ReferenceOnly, ///< admins: templates, facilities, cycles (they manage people, not visits)
    OwnVisits,     ///< monitors: their visits, those visits' facilities and recommendations
    Organisation   ///< coordinators: everything except interviews without consent to share
};
[[nodiscard]] FeedScope feedScope(const Caller& caller);

} // namespace custos::storage
