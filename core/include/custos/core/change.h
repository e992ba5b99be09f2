#pragma once
// One entry of the server's change feed, as the server stores it and devices apply it.

#include "custos/core/checklist.h"
#include "custos/core/entities.h"
#include "custos/core/observation.h"

#include <cstdint>
#include <variant>

namespace custos {

/// Anything that flows through sync, tagged with the server sequence number it got.
struct Change {
    std::uint64_t seq = 0;
    std::variant<Facility, VisitCycle, Visit, ChecklistTemplate, Observation> entity;
};

} // namespace custos
