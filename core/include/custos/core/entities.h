#pragma once
// Organisation reference data: facilities, visit cycles, visits and their teams.

#include "custos/core/enums.h"

#include <cstdint>
#include <string>
#include <vector>

namespace custos {

/// A part of a facility monitors measure and refer to: a wing, a unit, a cell or dormitory.
struct SubUnit {
    std::string key;  ///< stable within the facility, e.g. "B-12"
    std::string name; ///< e.g. "Wing B, cell 12"
    std::string kind; ///< wing, unit, cell, dormitory, ...
    std::int32_t capacity = 0;
    double areaM2 = 0; ///< floor area, for m² per person; 0 when not measured

    friend bool operator==(const SubUnit&, const SubUnit&) = default;
};

/// A place of detention that monitors visit.
struct Facility {
    std::string id;
    std::string name;
    FacilityType type = FacilityType::Prison;
    std::string authority; ///< the authority recommendations are addressed to
    std::string region;
    std::int32_t officialCapacity = 0;
    std::vector<std::string> populationFlags; ///< e.g. "women", "juveniles", "foreign_nationals"
    std::vector<SubUnit> subUnits;            ///< optional; by key

    friend bool operator==(const Facility&, const Facility&) = default;
};

/// A round of visits over a period, e.g. "2026 periodic cycle".
struct VisitCycle {
    std::string id;
    std::string name;
    CycleKind kind = CycleKind::Periodic;
    std::string periodStart; ///< ISO date
    std::string periodEnd;   ///< ISO date
    std::vector<std::string> facilityIds;

    friend bool operator==(const VisitCycle&, const VisitCycle&) = default;
};

/// One person on a visit team.
struct TeamMember {
    std::string userId;
    std::string displayName;
    TeamRole role = TeamRole::Member;

    friend bool operator==(const TeamMember&, const TeamMember&) = default;
};

/// A visit to one facility within a cycle, by a team, using one checklist version.
struct Visit {
    std::string id;
    std::string facilityId;
    std::string cycleId;
    bool announced = false;
    std::string startDate; ///< ISO date
    std::string endDate;   ///< ISO date
    std::vector<TeamMember> team;
    std::string templateId;
    std::string templateVersion;
    VisitStatus status = VisitStatus::Planned;

    /// True when userId is on this visit's team.
    [[nodiscard]] bool hasMember(const std::string& userId) const {
        for (const auto& member : team)
            if (member.userId == userId)
                return true;
        return false;
    }

    friend bool operator==(const Visit&, const Visit&) = default;
};

} // namespace custos

namespace custos {

/// A person who uses Custos.
struct User {
    std::string id;
    std::string displayName;
    Role role = Role::Monitor;
    bool active = true;

    friend bool operator==(const User&, const User&) = default;
};

/// An enrolled device, bound to one user. Its credential is known only to the device.
struct Device {
    std::string id;
    std::string userId;
    std::string name;
    bool revoked = false;
    std::int64_t enrolledAtMs = 0;
};

} // namespace custos
