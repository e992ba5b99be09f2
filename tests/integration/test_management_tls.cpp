// ManagementService against a real custosd over TLS: coordinators plan a cycle and a visit and
// assign its team, the assigned monitor's tablet receives the visit at its next sync, and every
// other role is refused.
#include "custos/sync/sync_engine.h"

#include "custos/v1/management.grpc.pb.h"

#include "grpc_client.h"
#include "process.h"
#include "tablet.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace custos;

namespace {

class ManagementOverTls : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        server_ = new testkit::TestServer(testkit::TestServer::start("it-management"));
        coordinator_ = testkit::enrolDevice(*server_, "Demo Coordinator");
        admin_ = testkit::enrolDevice(*server_, "Demo Admin");
        monitorCredential_ = testkit::enrolDevice(*server_, "Demo Monitor");
        std::istringstream facilities(testkit::runCommand({CUSTOSCTL_PATH, "--data-dir",
                                                           server_->dataDir, "facility", "list"})
                                          .out);
        std::getline(facilities, facilityId_);
        facilityId_ = facilityId_.substr(0, facilityId_.find(' '));
    }
    static void TearDownTestSuite() { delete server_; }

    static std::unique_ptr<v1::ManagementService::Stub> stub() {
        return v1::ManagementService::NewStub(testkit::tlsChannel(*server_));
    }
    static std::string userId(const std::string& name) {
        grpc::ClientContext context;
        testkit::authorize(context, coordinator_);
        v1::ListUsersResponse users;
        EXPECT_TRUE(stub()->ListUsers(&context, {}, &users).ok());
        for (const auto& u : users.users())
            if (u.display_name() == name)
                return u.id();
        return {};
    }
    static grpc::Status createCycle(const std::string& credential, v1::Created& created) {
        grpc::ClientContext context;
        if (!credential.empty())
            testkit::authorize(context, credential);
        v1::CreateCycleRequest request;
        request.set_name("2027 thematic cycle: health care");
        request.set_kind(v1::CYCLE_KIND_THEMATIC);
        request.set_period_start("2027-01-01");
        request.set_period_end("2027-06-30");
        request.add_facility_ids(facilityId_);
        return stub()->CreateCycle(&context, request, &created);
    }

    static testkit::TestServer* server_;
    static std::string coordinator_, admin_, monitorCredential_, facilityId_;
};
testkit::TestServer* ManagementOverTls::server_ = nullptr;
std::string ManagementOverTls::coordinator_, ManagementOverTls::admin_,
    ManagementOverTls::monitorCredential_, ManagementOverTls::facilityId_;

} // namespace

TEST_F(ManagementOverTls, ACoordinatorPlansAVisitAndTheTeamsTabletReceivesIt) {
    const auto dir = testkit::freshDir("it-management-tablets");
    auto lead = testkit::enrolTablet(*server_, "Demo Lead", dir);
    ASSERT_TRUE(sync::syncOnce(*lead.store, *lead.transport).ok());
    const auto before = lead.store->visits()->size();

    v1::Created cycle;
    auto status = createCycle(coordinator_, cycle);
    ASSERT_TRUE(status.ok()) << status.error_message();
    grpc::ClientContext context;
    testkit::authorize(context, coordinator_);
    v1::PlanVisitRequest plan;
    plan.set_facility_id(facilityId_);
    plan.set_cycle_id(cycle.id());
    plan.set_start_date("2027-02-10");
    plan.set_end_date("2027-02-11");
    plan.set_checklist_id("demo");
    plan.set_checklist_version("1.0.0");
    auto* head = plan.add_team();
    head->set_user_id(userId("Demo Lead"));
    head->set_role(v1::TEAM_ROLE_HEAD);
    auto* doctor = plan.add_team();
    doctor->set_user_id(userId("Demo Monitor"));
    doctor->set_role(v1::TEAM_ROLE_DOCTOR);
    v1::Created visit;
    status = stub()->PlanVisit(&context, plan, &visit);
    ASSERT_TRUE(status.ok()) << status.error_message();

    ASSERT_TRUE(sync::syncOnce(*lead.store, *lead.transport).ok());
    EXPECT_EQ(lead.store->visits()->size(), before + 1);
    auto planned = lead.store->visit(visit.id());
    ASSERT_TRUE(planned.ok() && planned->has_value());
    EXPECT_EQ((*planned)->cycleName, "2027 thematic cycle: health care");
    EXPECT_EQ((*planned)->visit.team.size(), 2u);
    // The audit chain still verifies with the coordinator's actions in it.
    EXPECT_EQ(
        testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "audit", "verify"})
            .exitCode,
        0);
}

TEST_F(ManagementOverTls, BadPlansAreExplained) {
    v1::Created cycle;
    ASSERT_TRUE(createCycle(coordinator_, cycle).ok());
    auto plan = [&](std::vector<std::pair<std::string, v1::TeamRole>> team,
                    const std::string& checklistVersion = "1.0.0") {
        grpc::ClientContext context;
        testkit::authorize(context, coordinator_);
        v1::PlanVisitRequest request;
        request.set_facility_id(facilityId_);
        request.set_cycle_id(cycle.id());
        request.set_start_date("2027-03-01");
        request.set_end_date("2027-03-01");
        request.set_checklist_id("demo");
        request.set_checklist_version(checklistVersion);
        for (const auto& [user, role] : team) {
            auto* member = request.add_team();
            member->set_user_id(user);
            member->set_role(role);
        }
        v1::Created created;
        return stub()->PlanVisit(&context, request, &created);
    };
    auto status = plan({{userId("Demo Monitor"), v1::TEAM_ROLE_MEMBER}});
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_NE(status.error_message().find("exactly one head"), std::string::npos);
    status = plan({{"no-such-user", v1::TEAM_ROLE_HEAD}});
    EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
    status = plan({{userId("Demo Lead"), v1::TEAM_ROLE_HEAD}}, "9.9.9");
    EXPECT_NE(status.error_code(), grpc::StatusCode::OK);
    EXPECT_NE(status.error_message().find("9.9.9"), std::string::npos) << status.error_message();
}

TEST_F(ManagementOverTls, OnlyCoordinatorsPlanAndOnlyCoordinatorsAndAdminsListUsers) {
    for (const auto& [credential, expected] :
         {std::pair{monitorCredential_, grpc::StatusCode::PERMISSION_DENIED},
          std::pair{admin_, grpc::StatusCode::PERMISSION_DENIED},
          std::pair{std::string{}, grpc::StatusCode::UNAUTHENTICATED}}) {
        v1::Created created;
        const auto status = createCycle(credential, created);
        EXPECT_EQ(status.error_code(), expected) << status.error_message();
        grpc::ClientContext context;
        if (!credential.empty())
            testkit::authorize(context, credential);
        v1::SetVisitTeamRequest team;
        team.set_visit_id("any");
        v1::TeamSet done;
        EXPECT_EQ(stub()->SetVisitTeam(&context, team, &done).error_code(), expected);
    }
    for (const auto& [credential, expected] :
         {std::pair{coordinator_, grpc::StatusCode::OK}, std::pair{admin_, grpc::StatusCode::OK},
          std::pair{monitorCredential_, grpc::StatusCode::PERMISSION_DENIED}}) {
        grpc::ClientContext context;
        testkit::authorize(context, credential);
        v1::ListUsersResponse users;
        EXPECT_EQ(stub()->ListUsers(&context, {}, &users).error_code(), expected);
    }
}
