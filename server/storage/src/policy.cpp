#include "custos/storage/policy.h"

#include "custos/storage/storage.h"

namespace custos::storage {
namespace {

std::optional<TeamRole> teamRoleOf(const Visit& visit, const std::string& userId) {
    for (const auto& member : visit.team)
        if (member.userId == userId)
            return member.role;
    return std::nullopt;
}

bool editable(const Visit& visit) {
    return visit.status == VisitStatus::Planned || visit.status == VisitStatus::InProgress;
}

/// The rules every op about a visit's content shares: a known, open visit the caller is on.
std::optional<std::string> visitWriteRefusal(const Caller& caller, const OpContext& context) {
    if (!context.visit)
        return "the operation names an unknown visit";
    if (!teamRoleOf(*context.visit, caller.userId))
        return "the caller is not on the team of this visit";
    if (!editable(*context.visit))
        return "the visit has been " + std::string(toString(context.visit->status)) +
               " and is closed to changes; ask a coordinator to return it to the team";
    return std::nullopt;
}

std::optional<std::string> refuseStatusChange(const Caller& caller, const VisitStatusChange& change,
                                              const OpContext& context) {
    if (!context.visit)
        return "the operation names an unknown visit";
    const Visit& visit = *context.visit;
    switch (change.status) {
    case VisitStatus::Submitted:
        if (teamRoleOf(visit, caller.userId) != TeamRole::Head)
            return "only the visit lead can submit a visit";
        if (!editable(visit))
            return "the visit has already been submitted";
        return std::nullopt;
    case VisitStatus::Reviewed:
        if (caller.role != Role::Coordinator)
            return "only a coordinator can mark a visit reviewed";
        if (visit.status != VisitStatus::Submitted)
            return "only a submitted visit can be marked reviewed";
        return std::nullopt;
    case VisitStatus::InProgress:
        if (caller.role != Role::Coordinator)
            return "only a coordinator can return a visit to its team";
        if (visit.status != VisitStatus::Submitted)
            return "only a submitted visit can be returned to its team";
        return std::nullopt;
    case VisitStatus::Planned:
        break;
    }
    return "a visit cannot move back to planned";
}

std::optional<std::string> refuseRecommendationUpdate(const Caller& caller,
                                                      const RecommendationUpdate& update,
                                                      const OpContext& context) {
    if (context.recommendationFacility.empty())
        return "the update names an unknown recommendation";
    if (caller.role == Role::Coordinator) {
        if (!update.header.visitId.empty() && !context.visit)
            return "the operation names an unknown visit";
        return std::nullopt;
    }
    // Monitors record what they checked on a visit to the same facility.
    if (auto refused = visitWriteRefusal(caller, context))
        return refused;
    if (context.visit->facilityId != context.recommendationFacility)
        return "the recommendation concerns another facility than this visit";
    return std::nullopt;
}

} // namespace

std::optional<std::string> refusal(const Caller& caller, const OpPayload& op,
                                   const OpContext& context) {
    if (caller.role == Role::Admin)
        return "administrators manage users and devices; visit data is written by visit teams "
               "and coordinators";
    if (const auto* observation = std::get_if<Observation>(&op)) {
        if (observation->authorId != caller.userId || observation->deviceId != caller.deviceId)
            return "the observation's author or device is not the caller's";
        return visitWriteRefusal(caller, context);
    }
    const auto& record = std::get<VisitRecord>(op);
    const auto& header = headerOf(record);
    if (header.authorId != caller.userId || header.deviceId != caller.deviceId)
        return "the record's author or device is not the caller's";
    if (const auto* change = std::get_if<VisitStatusChange>(&record))
        return refuseStatusChange(caller, *change, context);
    if (const auto* update = std::get_if<RecommendationUpdate>(&record))
        return refuseRecommendationUpdate(caller, *update, context);
    if (auto refused = visitWriteRefusal(caller, context))
        return refused;
    if (const auto* recommendation = std::get_if<Recommendation>(&record);
        recommendation && recommendation->facilityId != context.visit->facilityId)
        return "the recommendation names another facility than its visit's";
    if (std::holds_alternative<Reconciliation>(record) &&
        teamRoleOf(*context.visit, caller.userId) != TeamRole::Head)
        return "only the visit lead can reconcile divergent answers";
    // SPT Guideline 22: photos of people are used only with the lead's approval.
    if (std::holds_alternative<PhotoReview>(record) &&
        teamRoleOf(*context.visit, caller.userId) != TeamRole::Head)
        return "only the visit lead can approve photos of people";
    if (context.firstVersion) {
        const auto& [visitId, author] = *context.firstVersion;
        if (visitId != header.visitId)
            return "an edit cannot move a record to another visit";
        // Interviews are confidential to whoever held them and the lead.
        if (std::holds_alternative<Interview>(record) && author != caller.userId &&
            teamRoleOf(*context.visit, caller.userId) != TeamRole::Head)
            return "only the interviewer or the visit lead can change an interview";
    }
    return std::nullopt;
}

std::optional<std::string> uploadRefusal(const Caller& caller, const Visit* visit) {
    if (caller.role == Role::Admin)
        return "administrators manage users and devices; visit data is written by visit teams";
    OpContext context;
    context.visit = visit;
    return visitWriteRefusal(caller, context);
}

std::optional<std::string> downloadRefusal(const Caller& caller, const Visit* visit) {
    if (!visit)
        return "the attachment's visit is unknown";
    if (caller.role == Role::Coordinator || teamRoleOf(*visit, caller.userId))
        return std::nullopt;
    return "only the visit's team and coordinators can read its attachments";
}

FeedScope feedScope(const Caller& caller) {
    switch (caller.role) {
    case Role::Admin:
        return FeedScope::ReferenceOnly;
    case Role::Coordinator:
        return FeedScope::Organisation;
    case Role::Monitor:
        break;
    }
    return FeedScope::OwnVisits;
}

} // namespace custos::storage
