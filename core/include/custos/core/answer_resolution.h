#pragma once
// Which answer counts for each item of a visit when several team members answered it, and
// whether they disagree. Shared by the tablet (to show divergence) and the server (aggregates).

#include "custos/core/observation.h"
#include "custos/core/records.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace custos {

/// The answer that counts for one item, and the disagreement behind it if any.
struct ResolvedAnswer {
    Observation standing;                  ///< the answer that counts
    bool divergent = false;                ///< team members' latest answers differ
    std::vector<Observation> competing;    ///< each author's latest answer, when divergent
    std::optional<Reconciliation> settled; ///< the lead's latest reconciliation, if any
};

/// True when a is later than b: by HLC, the device id breaking ties (as everywhere in sync).
[[nodiscard]] bool isLater(const Hlc& a, const std::string& deviceA, const Hlc& b,
                           const std::string& deviceB);

/// Resolves every item of one visit. Rules (docs/PROTOCOL.md "Divergent answers"):
/// only each author's latest answer competes; a reconciliation makes its chosen answer stand
/// over everything up to the reconciliation; answers newer than it compete again with the chosen
/// one. Items whose competing answers have different values are divergent; the latest stands
/// until the lead reconciles. Nothing is dropped: every observation stays in history.
[[nodiscard]] std::map<std::string, ResolvedAnswer>
resolveAnswers(const std::vector<Observation>& observations,
               const std::vector<Reconciliation>& reconciliations);

} // namespace custos
