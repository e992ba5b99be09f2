#include "custos/core/answer_resolution.h"

#include <algorithm>

namespace custos {
namespace {

bool observationLater(const Observation& a, const Observation& b) {
    return isLater(a.hlc, a.deviceId, b.hlc, b.deviceId);
}

ResolvedAnswer resolveItem(const std::vector<const Observation*>& answers,
                           const Reconciliation* settled) {
    const Observation* chosen = nullptr;
    if (settled)
        for (const auto* o : answers)
            if (o->id == settled->chosenObservationId)
                chosen = o;
    // A reconciliation whose chosen answer has not arrived yet settles nothing.
    if (!chosen)
        settled = nullptr;

    std::map<std::string, const Observation*> latestByAuthor;
    for (const auto* o : answers) {
        if (settled && !isLater(o->hlc, o->deviceId, settled->header.hlc, settled->header.deviceId))
            continue;
        auto& latest = latestByAuthor[o->authorId];
        if (!latest || observationLater(*o, *latest))
            latest = o;
    }
    std::vector<const Observation*> candidates;
    for (const auto& [author, o] : latestByAuthor)
        candidates.push_back(o);
    std::sort(candidates.begin(), candidates.end(),
              [](const Observation* a, const Observation* b) { return observationLater(*b, *a); });

    ResolvedAnswer resolved;
    if (settled)
        resolved.settled = *settled;
    // Newer answers than the reconciliation stand over it; otherwise the chosen one stands.
    resolved.standing = candidates.empty() ? *chosen : *candidates.back();
    if (chosen)
        candidates.insert(candidates.begin(), chosen);
    for (const auto* o : candidates)
        if (!(o->value == candidates.front()->value))
            resolved.divergent = true;
    if (resolved.divergent)
        for (const auto* o : candidates)
            resolved.competing.push_back(*o);
    return resolved;
}

} // namespace

bool isLater(const Hlc& a, const std::string& deviceA, const Hlc& b, const std::string& deviceB) {
    if (a != b)
        return a > b;
    return deviceA > deviceB;
}

std::map<std::string, ResolvedAnswer>
resolveAnswers(const std::vector<Observation>& observations,
               const std::vector<Reconciliation>& reconciliations) {
    std::map<std::string, std::vector<const Observation*>> byItem;
    for (const auto& o : observations)
        byItem[o.itemKey].push_back(&o);
    std::map<std::string, const Reconciliation*> latestSettlement;
    for (const auto& r : reconciliations) {
        auto& latest = latestSettlement[r.itemKey];
        if (!latest ||
            isLater(r.header.hlc, r.header.deviceId, latest->header.hlc, latest->header.deviceId))
            latest = &r;
    }
    std::map<std::string, ResolvedAnswer> resolved;
    for (const auto& [key, answers] : byItem) {
        auto settled = latestSettlement.find(key);
        resolved.emplace(
            key,
            resolveItem(answers, settled == latestSettlement.end() ? nullptr : settled->second));
    }
    return resolved;
}

} // namespace custos
