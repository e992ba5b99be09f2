#pragma once
// Enumerations of the domain and their stable text names (used in files, databases and logs).

#include <optional>
#include <string_view>
#include <vector>

namespace custos {

/// What a user may do; see docs/ARCHITECTURE.md "Authorisation".
enum class Role { Monitor, Coordinator, Admin };

/// The kind of place of detention.
enum class FacilityType {
    Prison,
    RemandCentre,
    PoliceStation,
    Immigration,
    Psychiatric,
    Juvenile,
    SocialCare,
    Other
};

/// Why a visit cycle exists.
enum class CycleKind { Periodic, AdHoc, FollowUp, Thematic };

/// Where a visit is in its life.
enum class VisitStatus { Planned, InProgress, Submitted, Reviewed };

/// The role of a person on a visit team.
enum class TeamRole { Head, Member, Doctor, Lawyer, Interpreter, Expert };

/// The input an item asks for (checklist engine, issue #3, extends the set).
enum class ItemType {
    YesNo,
    Number,
    Count,
    Duration,
    Date,
    SingleChoice,
    MultiChoice,
    Text,
    Photo
};

/// The coded answer of a yes/no item; "not verified" is a first-class answer, not a blank.
enum class AnswerCode { Yes, No, Partial, NotApplicable, NotVerified };

/// Where the monitor's information came from (triangulation).
enum class SourceTag { Observed, Detainee, Staff, Document, ThirdParty };

/// What an operation in the outbox or on the wire carries.
enum class EntityKind { Facility, VisitCycle, Visit, ChecklistTemplate, Observation };

std::string_view toString(Role);
std::string_view toString(FacilityType);
std::string_view toString(CycleKind);
std::string_view toString(VisitStatus);
std::string_view toString(TeamRole);
std::string_view toString(ItemType);
std::string_view toString(AnswerCode);
std::string_view toString(SourceTag);
std::string_view toString(EntityKind);

/// The population groups a facility may hold (women, juveniles, foreign_nationals, ...).
[[nodiscard]] const std::vector<std::string_view>& populationGroups();
[[nodiscard]] bool isPopulationGroup(std::string_view name);

/// Parses the text names above; nullopt for anything unknown.
template <typename E> [[nodiscard]] std::optional<E> enumFromString(std::string_view text);

} // namespace custos
