#pragma once
// ManagementService: coordinators plan cycles and visits and assign teams.

#include "custos/storage/storage.h"

#include "custos/v1/management.grpc.pb.h"

namespace custos::service {

/// The management RPCs on the callback API; the work is custosctl's (custos_admin), audited in
/// the caller's name.
class ManagementServiceImpl final : public v1::ManagementService::CallbackService {
public:
    explicit ManagementServiceImpl(storage::Storage& storage) : storage_(storage) {}

    grpc::ServerUnaryReactor* CreateCycle(grpc::CallbackServerContext* context,
                                          const v1::CreateCycleRequest* request,
                                          v1::Created* response) override;
    grpc::ServerUnaryReactor* PlanVisit(grpc::CallbackServerContext* context,
                                        const v1::PlanVisitRequest* request,
                                        v1::Created* response) override;
    grpc::ServerUnaryReactor* SetVisitTeam(grpc::CallbackServerContext* context,
                                           const v1::SetVisitTeamRequest* request,
                                           v1::TeamSet* response) override;
    grpc::ServerUnaryReactor* ListUsers(grpc::CallbackServerContext* context,
                                        const v1::ListUsersRequest* request,
                                        v1::ListUsersResponse* response) override;

private:
    storage::Storage& storage_;
};

} // namespace custos::service
