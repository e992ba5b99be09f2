#include "management_service.h"

#include "auth.h"
#include "custos/admin/reference_data.h"
#include "custos/proto/mapping.h"
#include "custos/service/grpc_status.h"
#include "event_log.h"

namespace custos::service {
namespace {

/// Runs one management call for the allowed roles; `body` gets the actor to audit in.
template <typename Body>
grpc::ServerUnaryReactor* run(grpc::CallbackServerContext* context, storage::Storage& storage,
                              std::initializer_list<Role> allowed, const std::string& what,
                              const char* event, Body&& body) {
    auto* reactor = context->DefaultReactor();
    auto caller = authorizeCall(*context, storage, allowed, what);
    Status status =
        caller ? body(admin::Actor{caller->userId, caller->deviceId}) : Status{caller.error()};
    logEvent(event, {{"peer", context->peer()},
                     {"user", caller ? caller->userId : std::string{}},
                     {"status", status.ok() ? "0" : std::string(toString(status.error().code))}});
    reactor->Finish(status.ok() ? grpc::Status::OK : toGrpcStatus(status.error()));
    return reactor;
}

/// "user-id:role" entries, the form admin::setVisitTeam reads.
Result<std::vector<std::string>>
teamEntries(const google::protobuf::RepeatedPtrField<v1::TeamAssignment>& team) {
    std::vector<std::string> entries;
    for (const auto& member : team) {
        if (member.role() < 1 || member.role() > 6)
            return makeError(ErrorCode::InvalidArgument, "a team member has no valid role");
        entries.push_back(member.user_id() + ":" +
                          std::string(toString(static_cast<TeamRole>(member.role() - 1))));
    }
    return entries;
}

} // namespace

grpc::ServerUnaryReactor* ManagementServiceImpl::CreateCycle(grpc::CallbackServerContext* context,
                                                             const v1::CreateCycleRequest* request,
                                                             v1::Created* response) {
    return run(context, storage_, {Role::Coordinator}, "plan visit cycles", "manage.cycle",
               [&](const admin::Actor& actor) -> Status {
                   if (request->kind() < 1 || request->kind() > 4)
                       return makeError(ErrorCode::InvalidArgument, "the cycle needs a kind");
                   auto id = admin::createCycle(
                       storage_, request->name(), static_cast<CycleKind>(request->kind() - 1),
                       request->period_start(), request->period_end(), actor);
                   if (!id)
                       return id.error();
                   for (const auto& facility : request->facility_ids())
                       CUSTOS_TRY(admin::addFacilityToCycle(storage_, *id, facility, actor));
                   response->set_id(*id);
                   return {};
               });
}

grpc::ServerUnaryReactor* ManagementServiceImpl::PlanVisit(grpc::CallbackServerContext* context,
                                                           const v1::PlanVisitRequest* request,
                                                           v1::Created* response) {
    return run(context, storage_, {Role::Coordinator}, "plan visits", "manage.visit",
               [&](const admin::Actor& actor) -> Status {
                   auto team = teamEntries(request->team());
                   if (!team)
                       return team.error();
                   admin::VisitPlan plan{request->facility_id(),  request->cycle_id(),
                                         request->start_date(),   request->end_date(),
                                         request->checklist_id(), request->checklist_version(),
                                         request->announced()};
                   auto id = admin::planVisit(storage_, plan, actor);
                   if (!id)
                       return id.error();
                   if (!team->empty())
                       CUSTOS_TRY(admin::setVisitTeam(storage_, *id, *team, actor));
                   response->set_id(*id);
                   return {};
               });
}

grpc::ServerUnaryReactor*
ManagementServiceImpl::SetVisitTeam(grpc::CallbackServerContext* context,
                                    const v1::SetVisitTeamRequest* request, v1::TeamSet*) {
    return run(context, storage_, {Role::Coordinator}, "assign visit teams", "manage.team",
               [&](const admin::Actor& actor) -> Status {
                   auto team = teamEntries(request->team());
                   if (!team)
                       return team.error();
                   return admin::setVisitTeam(storage_, request->visit_id(), *team, actor);
               });
}

grpc::ServerUnaryReactor* ManagementServiceImpl::ListUsers(grpc::CallbackServerContext* context,
                                                           const v1::ListUsersRequest*,
                                                           v1::ListUsersResponse* response) {
    return run(context, storage_, {Role::Coordinator, Role::Admin}, "list users", "manage.users",
               [&](const admin::Actor&) -> Status {
                   auto users = storage_.listUsers();
                   if (!users)
                       return users.error();
                   for (const auto& u : *users) {
                       auto* out = response->add_users();
                       out->set_id(u.id);
                       out->set_display_name(u.displayName);
                       out->set_role(protomap::toProto(u.role));
                       out->set_active(u.active);
                   }
                   return {};
               });
}

} // namespace custos::service
