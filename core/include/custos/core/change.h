#pragma once
// One entry of the server's change feed, as the server stores it and devices apply it.

#include "custos/core/checklist.h"
#include "custos/core/entities.h"
#include "custos/core/observation.h"
#include "custos/core/records.h"

#include <cstdint>
#include <variant>

namespace custos {

/// Tells a device it no longer needs a visit (its user left the team, or the visit was
/// reviewed): the device purges the visit's data once nothing of it waits in its outbox.
struct VisitWithdrawn {
    std::string visitId;
    std::string reason;
    friend bool operator==(const VisitWithdrawn&, const VisitWithdrawn&) = default;
};

/// Anything that flows through sync, tagged with the server sequence number it got.
struct Change {
    std::uint64_t seq = 0;
    std::variant<Facility, VisitCycle, Visit, ChecklistTemplate, Observation, VisitRecord,
                 VisitWithdrawn>
        entity;
};

} // namespace custos
