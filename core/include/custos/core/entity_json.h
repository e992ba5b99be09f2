#pragma once
// The stored JSON form of reference entities, shared by the client store and server storage.

#include "custos/core/entities.h"
#include "custos/core/result.h"

#include <string>

namespace custos {

[[nodiscard]] std::string toJson(const Facility& facility);
[[nodiscard]] std::string toJson(const VisitCycle& cycle);
[[nodiscard]] std::string toJson(const Visit& visit);

[[nodiscard]] Result<Facility> facilityFromJson(const std::string& json);
[[nodiscard]] Result<VisitCycle> cycleFromJson(const std::string& json);
[[nodiscard]] Result<Visit> visitFromJson(const std::string& json);

} // namespace custos
