// The authorisation matrix of design.md §5 over the wire (issue #7): every RPC of every service,
// called over TLS against a real custosd by each kind of caller — a monitor on the visit's team,
// a monitor not on it, the visit lead, a coordinator, an administrator, a revoked device, no
// credential and a garbage credential — gets exactly the status the design allows, and a call
// that is refused (or an operation that is rejected) changes nothing in the store. The matrix is
// printed as a table in the test log. A second test reads every service and method from the
// generated descriptors and fails if the matrix does not cover one, so a new RPC cannot slip
// through without its row.
#include "custos/v1/attachments.grpc.pb.h"
#include "custos/v1/enrollment.grpc.pb.h"
#include "custos/v1/management.grpc.pb.h"
#include "custos/v1/review.grpc.pb.h"
#include "custos/v1/sync.grpc.pb.h"

#include "custos/core/digest.h"
#include "custos/core/hlc.h"
#include "custos/core/uuid.h"
#include "custos/proto/mapping.h"

#include "grpc_client.h"
#include "process.h"
#include "record_builders.h"

#include <google/protobuf/descriptor.h>
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>

using namespace custos;

namespace {

// --- outcomes --------------------------------------------------------------------------------

constexpr const char* kOk = "OK";
constexpr const char* kAccepted = "OK accepted";     ///< Push: the op was applied
constexpr const char* kRejected = "OK rejected";     ///< Push: the op was refused, with a reason
constexpr const char* kSeesVisit = "OK sees visit";  ///< Pull: the visit's data came down
constexpr const char* kNoVisit = "OK no visit data"; ///< Pull: nothing of the visit came down
constexpr const char* kGetsInterview = "OK gets it"; ///< Pull: the unshared interview came down
constexpr const char* kNoInterview = "OK not sent";  ///< Pull: the unshared interview did not
constexpr const char* kDenied = "PERMISSION_DENIED";
constexpr const char* kUnauth = "UNAUTHENTICATED";

std::string codeName(grpc::StatusCode code) {
    switch (code) {
    case grpc::StatusCode::OK:
        return kOk;
    case grpc::StatusCode::PERMISSION_DENIED:
        return kDenied;
    case grpc::StatusCode::UNAUTHENTICATED:
        return kUnauth;
    case grpc::StatusCode::NOT_FOUND:
        return "NOT_FOUND";
    case grpc::StatusCode::INVALID_ARGUMENT:
        return "INVALID_ARGUMENT";
    case grpc::StatusCode::FAILED_PRECONDITION:
        return "FAILED_PRECONDITION";
    default:
        return "status " + std::to_string(static_cast<int>(code));
    }
}

// --- callers ---------------------------------------------------------------------------------

enum Column {
    Member,
    Outsider,
    Lead,
    Coordinator,
    Admin,
    Revoked,
    NoCredential,
    Garbage,
    kColumns
};
constexpr std::array<const char*, kColumns> kColumnNames = {
    "team member", "not on team", "visit lead", "coordinator",
    "admin",       "revoked",     "none",       "garbage"};

/// Who calls: the credential sent (empty: no authorization header at all) and the ids the
/// caller writes under (a caller without a valid credential claims the team member's ids).
struct Who {
    std::string credential, userId, deviceId;
};

using Expected = std::array<const char*, kColumns>;

/// One row of the matrix: a method (full protobuf name), what is asked, what each caller must
/// get, and the call itself. `writes` rows may change the store when they succeed; every other
/// cell must leave it exactly as it was.
struct Row {
    std::string method; ///< e.g. "custos.v1.SyncService.Push"
    std::string what;
    bool writes;
    Expected expected;
    std::function<std::string(const Who&)> call;
};

class RoleMatrixOverTls : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        server_ = new testkit::TestServer(testkit::TestServer::start("it-role-matrix"));
        who_[Member] = enrol(server_->enrolmentCode("Demo Monitor"));
        who_[Lead] = enrol(server_->enrolmentCode("Demo Lead"));
        who_[Coordinator] = enrol(server_->enrolmentCode("Demo Coordinator"));
        who_[Admin] = enrol(server_->enrolmentCode("Demo Admin"));
        outsiderId_ = ctl({"user", "add", "--name", "Outside Monitor", "--role", "monitor"});
        spareUserId_ = ctl({"user", "add", "--name", "Spare Monitor", "--role", "monitor"});
        // The outsider's own code, once used, is the spent code of the Enroll row.
        spentCode_ = server_->enrolmentCode(outsiderId_);
        who_[Outsider] = enrol(spentCode_);
        // A device of a team member, revoked by the administrator.
        who_[Revoked] = enrol(server_->enrolmentCode("Demo Monitor"));
        ctl({"device", "revoke", who_[Revoked].deviceId});
        who_[NoCredential] = {"", who_[Member].userId, newId()};
        who_[Garbage] = {"c2VjcmV0LWJ1dC1ub3QtYS1jcmVkZW50aWFsLW9mLXRoaXMtc2VydmVy",
                         who_[Member].userId, newId()};

        // The demo visit, as its lead's tablet receives it.
        v1::PullRequest pull;
        for (const auto& change : pullAll(who_[Lead], pull))
            if (change.has_visit()) {
                visitId_ = change.visit().id();
                facilityId_ = change.visit().facility_id();
                cycleId_ = change.visit().cycle_id();
            }
        ASSERT_FALSE(visitId_.empty());

        // What the rows read and refer to: an answer, a recommendation and a photo of people.
        ASSERT_EQ(push(who_[Lead], answerOp(who_[Lead])), kAccepted);
        const auto recommendation = testkit::recommendation(header(who_[Lead]), facilityId_,
                                                            "Give every cell natural light.");
        recommendationId_ = recommendation.header.id;
        ASSERT_EQ(push(who_[Lead], recordOp(VisitRecord{recommendation})), kAccepted);
        const auto interview = testkit::interview(header(who_[Member]), ConsentScope::None,
                                                  "unshared: held nine days in isolation");
        interviewId_ = interview.header.id;
        ASSERT_EQ(push(who_[Member], recordOp(VisitRecord{interview})), kAccepted);
        const auto shared = testkit::interview(header(who_[Member]), ConsentScope::Internal,
                                               "shared within the organisation");
        sharedInterviewId_ = shared.header.id;
        ASSERT_EQ(push(who_[Member], recordOp(VisitRecord{shared})), kAccepted);
        photo_ = "a photo of the yard with people in it " + newId();
        ASSERT_EQ(upload(who_[Lead], photo_, true), kOk);
    }
    static void TearDownTestSuite() {
        delete server_;
        server_ = nullptr;
    }

    // --- plumbing ---------------------------------------------------------------------------

    static std::string ctl(std::vector<std::string> args) {
        args.insert(args.begin(), {CUSTOSCTL_PATH, "--data-dir", server_->dataDir});
        const auto result = testkit::runCommand(args);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        auto out = result.out;
        while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
            out.pop_back();
        return out;
    }
    static Who enrol(const std::string& code) {
        auto stub = v1::EnrollmentService::NewStub(testkit::tlsChannel(*server_));
        grpc::ClientContext context;
        v1::EnrollRequest request;
        request.set_code(code);
        request.set_device_name("role matrix");
        v1::EnrollResponse response;
        const auto status = stub->Enroll(&context, request, &response);
        EXPECT_TRUE(status.ok()) << status.error_message();
        return {response.credential(), response.user_id(), response.device_id()};
    }
    /// A client context carrying the caller's credential (none for the no-credential column).
    static std::unique_ptr<grpc::ClientContext> as(const Who& who) {
        auto context = std::make_unique<grpc::ClientContext>();
        if (!who.credential.empty())
            testkit::authorize(*context, who.credential);
        context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
        return context;
    }
    static std::shared_ptr<grpc::Channel> channel() {
        static auto shared = testkit::tlsChannel(*server_);
        return shared;
    }

    static RecordHeader header(const Who& who) {
        return testkit::header(visitId_, who.userId, who.deviceId, nextHlc());
    }
    static std::uint64_t nextHlc() {
        static std::uint16_t counter = 0;
        return Hlc::of(systemMillis(), ++counter).packed;
    }
    static v1::Operation answerOp(const Who& author) {
        v1::Operation op;
        op.set_op_id(newId());
        protomap::toProto(testkit::observation(visitId_, "acc.natural_light", AnswerCode::No,
                                               author.userId, author.deviceId, nextHlc()),
                          op.mutable_observation());
        return op;
    }
    static v1::Operation recordOp(const VisitRecord& record) {
        v1::Operation op;
        protomap::toProto(record, &op);
        op.set_op_id(newId());
        return op;
    }

    /// Push of one op: "OK accepted", "OK rejected" or the call's status.
    static std::string push(const Who& who, const v1::Operation& op) {
        auto stub = v1::SyncService::NewStub(channel());
        v1::PushRequest request;
        *request.add_ops() = op;
        v1::PushResponse response;
        const auto status = stub->Push(as(who).get(), request, &response);
        if (!status.ok())
            return codeName(status.error_code());
        EXPECT_EQ(response.results_size(), 1);
        if (response.results_size() != 1)
            return "OK without a result";
        const auto& result = response.results(0);
        if (result.outcome() == v1::OP_OUTCOME_REJECTED) {
            EXPECT_FALSE(result.reason().empty()) << "a rejection says why";
            return kRejected;
        }
        return result.outcome() == v1::OP_OUTCOME_ACCEPTED ? kAccepted : "OK duplicate";
    }

    static bool aboutTheVisit(const v1::Change& change) {
        switch (change.entity_case()) {
        case v1::Change::kVisit:
            return change.visit().id() == visitId_;
        case v1::Change::kObservation:
            return change.observation().visit_id() == visitId_;
        case v1::Change::kInterview:
            return change.interview().header().visit_id() == visitId_;
        case v1::Change::kFinding:
            return change.finding().header().visit_id() == visitId_;
        case v1::Change::kRecommendation:
            return change.recommendation().header().visit_id() == visitId_;
        case v1::Change::kRecommendationUpdate:
            return change.recommendation_update().header().visit_id() == visitId_;
        case v1::Change::kReconciliation:
            return change.reconciliation().header().visit_id() == visitId_;
        case v1::Change::kVisitStatusChange:
            return change.visit_status_change().header().visit_id() == visitId_;
        case v1::Change::kPhotoReview:
            return change.photo_review().header().visit_id() == visitId_;
        default:
            return false; // reference data, and withdrawals (which carry no content)
        }
    }
    /// Every change a pull streams; `status` gets how the stream ended.
    static std::vector<v1::Change> pullAll(const Who& who, const v1::PullRequest& request,
                                           grpc::Status* status = nullptr) {
        auto stub = v1::SyncService::NewStub(channel());
        auto context = as(who);
        auto reader = stub->Pull(context.get(), request);
        std::vector<v1::Change> changes;
        v1::PullResponse response;
        while (reader->Read(&response))
            for (const auto& change : response.changes())
                changes.push_back(change);
        const auto finished = reader->Finish();
        if (status)
            *status = finished;
        return changes;
    }
    /// "OK sees visit" / "OK no visit data" / the refusal; nothing streams before a refusal.
    static std::string pull(const Who& who, const v1::PullRequest& request) {
        grpc::Status status;
        const auto changes = pullAll(who, request, &status);
        if (!status.ok()) {
            EXPECT_TRUE(changes.empty()) << "changes streamed before the refusal";
            return codeName(status.error_code());
        }
        for (const auto& change : changes)
            if (aboutTheVisit(change))
                return kSeesVisit;
        return kNoVisit;
    }
    /// Whether the feed carries the team's interview held without consent to share.
    static std::string pullInterview(const Who& who) {
        grpc::Status status;
        const auto changes = pullAll(who, {}, &status);
        if (!status.ok())
            return codeName(status.error_code());
        for (const auto& change : changes)
            if (change.has_interview() && change.interview().header().id() == interviewId_) {
                EXPECT_EQ(change.interview().content(), "unshared: held nine days in isolation");
                return kGetsInterview;
            }
        return kNoInterview;
    }

    /// Uploads `content` as an attachment of the demo visit in one chunk.
    static std::string upload(const Who& who, const std::string& content, bool showsPeople) {
        auto stub = v1::AttachmentService::NewStub(channel());
        auto context = as(who);
        v1::UploadResult result;
        auto writer = stub->Upload(context.get(), &result);
        v1::UploadChunk chunk;
        const auto sha = sha256Hex(content);
        auto* info = chunk.mutable_info();
        info->set_sha256(sha);
        info->set_visit_id(visitId_);
        info->set_size(static_cast<std::int64_t>(content.size()));
        info->set_media_type("image/jpeg");
        info->set_shows_people(showsPeople);
        chunk.set_sha256(sha);
        chunk.set_offset(0);
        chunk.set_data(content);
        chunk.set_chunk_sha256(sha);
        writer->Write(chunk);
        writer->WritesDone();
        const auto status = writer->Finish();
        if (status.ok()) {
            EXPECT_TRUE(result.committed());
        }
        return codeName(status.error_code());
    }
    /// What the server holds of an attachment, asked by the visit lead.
    static v1::UploadResult held(const std::string& sha) {
        auto stub = v1::AttachmentService::NewStub(channel());
        v1::OffsetRequest request;
        request.set_sha256(sha);
        v1::UploadResult result;
        const auto status = stub->Offset(as(who_[Lead]).get(), request, &result);
        EXPECT_TRUE(status.ok()) << status.error_message();
        return result;
    }

    static const google::protobuf::DescriptorPool* pool() {
        return google::protobuf::DescriptorPool::generated_pool();
    }

    /// What the store holds, as `custosctl status` counts it: users, devices, cycles, visits,
    /// observations, records and the last change of the feed.
    static std::string fingerprint() {
        auto status = server_->status();
        EXPECT_NE(status.find("last change: "), std::string::npos) << "custosctl status failed";
        return status;
    }

    static std::vector<Row> matrix();

    static testkit::TestServer* server_;
    static std::array<Who, kColumns> who_;
    static std::string outsiderId_, spareUserId_, spentCode_, visitId_, facilityId_, cycleId_,
        recommendationId_, interviewId_, sharedInterviewId_, photo_;
};

testkit::TestServer* RoleMatrixOverTls::server_ = nullptr;
std::array<Who, kColumns> RoleMatrixOverTls::who_;
std::string RoleMatrixOverTls::outsiderId_, RoleMatrixOverTls::spareUserId_,
    RoleMatrixOverTls::spentCode_, RoleMatrixOverTls::visitId_, RoleMatrixOverTls::facilityId_,
    RoleMatrixOverTls::cycleId_, RoleMatrixOverTls::recommendationId_,
    RoleMatrixOverTls::interviewId_, RoleMatrixOverTls::sharedInterviewId_,
    RoleMatrixOverTls::photo_;

// --- the matrix ------------------------------------------------------------------------------

std::vector<Row> RoleMatrixOverTls::matrix() {
    const auto U = kUnauth;
    const auto D = kDenied;
    std::vector<Row> rows;

    // SyncService.Push: monitors write only visits they are on, only as themselves; the lead
    // alone approves photos of people; coordinators set recommendation status; admins write no
    // visit data. A refused op is rejected one by one (the call itself succeeds).
    rows.push_back({"custos.v1.SyncService.Push",
                    "an answer on the visit, as the caller",
                    true,
                    {kAccepted, kRejected, kAccepted, kRejected, kRejected, U, U, U},
                    [](const Who& w) { return push(w, answerOp(w)); }});
    rows.push_back({"custos.v1.SyncService.Push",
                    "an answer in the visit lead's name",
                    true,
                    {kRejected, kRejected, kAccepted, kRejected, kRejected, U, U, U},
                    [](const Who& w) { return push(w, answerOp(who_[Lead])); }});
    rows.push_back({"custos.v1.SyncService.Push",
                    "approval of a photo of people",
                    true,
                    {kRejected, kRejected, kAccepted, kRejected, kRejected, U, U, U},
                    [](const Who& w) {
                        PhotoReview review{header(w), sha256Hex(photo_), true, {}};
                        return push(w, recordOp(VisitRecord{review}));
                    }});
    rows.push_back({"custos.v1.SyncService.Push",
                    "a recommendation status update",
                    true,
                    {kAccepted, kRejected, kAccepted, kAccepted, kRejected, U, U, U},
                    [](const Who& w) {
                        return push(w, recordOp(VisitRecord{testkit::recommendationUpdate(
                                           header(w), recommendationId_,
                                           RecommendationStatus::PartiallyImplemented)}));
                    }});

    // SyncService.Pull: the feed is filtered by role; a backfill of a visit the caller is not
    // on carries nothing of it.
    rows.push_back({"custos.v1.SyncService.Pull",
                    "the change feed from the start",
                    false,
                    {kSeesVisit, kNoVisit, kSeesVisit, kSeesVisit, kNoVisit, U, U, U},
                    [](const Who& w) { return pull(w, {}); }});
    rows.push_back({"custos.v1.SyncService.Pull",
                    "a backfill of the visit",
                    false,
                    {kSeesVisit, kNoVisit, kSeesVisit, kSeesVisit, kNoVisit, U, U, U},
                    [](const Who& w) {
                        v1::PullRequest request;
                        request.set_backfill_visit_id(visitId_);
                        request.set_until_seq(1'000'000'000);
                        return pull(w, request);
                    }});
    // Coordinators read the organisation, but never an interview without consent to share.
    rows.push_back(
        {"custos.v1.SyncService.Pull",
         "an interview without consent to share",
         false,
         {kGetsInterview, kNoInterview, kGetsInterview, kNoInterview, kNoInterview, U, U, U},
         [](const Who& w) { return pullInterview(w); }});

    // AttachmentService: uploads by the team of an open visit; reads by the team and
    // coordinators.
    rows.push_back({"custos.v1.AttachmentService.Upload",
                    "a photo for the visit",
                    true,
                    {kOk, D, kOk, D, D, U, U, U},
                    [](const Who& w) {
                        const auto content = "a photo of a cell " + newId();
                        const auto outcome = upload(w, content, false);
                        if (outcome != kOk) {
                            const auto kept = held(sha256Hex(content));
                            EXPECT_EQ(kept.held(), 0) << "a refused upload keeps no bytes";
                            EXPECT_FALSE(kept.committed());
                        }
                        return outcome;
                    }});
    rows.push_back({"custos.v1.AttachmentService.Offset",
                    "of the visit's photo",
                    false,
                    {kOk, D, kOk, kOk, D, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::AttachmentService::NewStub(channel());
                        v1::OffsetRequest request;
                        request.set_sha256(sha256Hex(photo_));
                        v1::UploadResult result;
                        const auto status = stub->Offset(as(w).get(), request, &result);
                        if (status.ok()) {
                            EXPECT_EQ(result.held(), static_cast<std::int64_t>(photo_.size()));
                        } else {
                            EXPECT_EQ(result.held(), 0);
                        }
                        return codeName(status.error_code());
                    }});
    rows.push_back({"custos.v1.AttachmentService.Download",
                    "the visit's photo",
                    false,
                    {kOk, D, kOk, kOk, D, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::AttachmentService::NewStub(channel());
                        auto context = as(w);
                        v1::DownloadRequest request;
                        request.set_sha256(sha256Hex(photo_));
                        auto reader = stub->Download(context.get(), request);
                        std::string bytes;
                        v1::DownloadChunk chunk;
                        while (reader->Read(&chunk))
                            bytes += chunk.data();
                        const auto status = reader->Finish();
                        if (status.ok()) {
                            EXPECT_EQ(bytes, photo_);
                        } else {
                            EXPECT_TRUE(bytes.empty()) << "bytes leaked before the refusal";
                        }
                        return codeName(status.error_code());
                    }});

    // EnrollmentService.Enroll: the one-time code authenticates, whoever sends it.
    rows.push_back({"custos.v1.EnrollmentService.Enroll",
                    "with a code already used",
                    false,
                    {U, U, U, U, U, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::EnrollmentService::NewStub(channel());
                        v1::EnrollRequest request;
                        request.set_code(spentCode_);
                        v1::EnrollResponse response;
                        const auto status = stub->Enroll(as(w).get(), request, &response);
                        EXPECT_TRUE(response.credential().empty());
                        return codeName(status.error_code());
                    }});
    rows.push_back({"custos.v1.EnrollmentService.Enroll",
                    "with a fresh code for another user",
                    true,
                    {kOk, kOk, kOk, kOk, kOk, kOk, kOk, kOk},
                    [](const Who& w) {
                        auto stub = v1::EnrollmentService::NewStub(channel());
                        v1::EnrollRequest request;
                        request.set_code(server_->enrolmentCode(spareUserId_));
                        v1::EnrollResponse response;
                        const auto status = stub->Enroll(as(w).get(), request, &response);
                        if (status.ok()) {
                            EXPECT_EQ(response.user_id(), spareUserId_)
                                << "the device is the code's user's, not the caller's";
                        }
                        return codeName(status.error_code());
                    }});

    // ManagementService: coordinators plan cycles, visits and teams; coordinators and admins
    // list users.
    rows.push_back({"custos.v1.ManagementService.CreateCycle",
                    "a thematic cycle",
                    true,
                    {D, D, D, kOk, D, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::ManagementService::NewStub(channel());
                        v1::CreateCycleRequest request;
                        request.set_name("2027 thematic cycle " + newId());
                        request.set_kind(v1::CYCLE_KIND_THEMATIC);
                        request.set_period_start("2027-01-01");
                        request.set_period_end("2027-06-30");
                        request.add_facility_ids(facilityId_);
                        v1::Created created;
                        const auto status = stub->CreateCycle(as(w).get(), request, &created);
                        EXPECT_EQ(status.ok(), !created.id().empty());
                        return codeName(status.error_code());
                    }});
    rows.push_back({"custos.v1.ManagementService.PlanVisit",
                    "a visit led by another monitor",
                    true,
                    {D, D, D, kOk, D, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::ManagementService::NewStub(channel());
                        v1::PlanVisitRequest request;
                        request.set_facility_id(facilityId_);
                        request.set_cycle_id(cycleId_);
                        request.set_start_date("2027-02-10");
                        request.set_end_date("2027-02-11");
                        request.set_checklist_id("demo");
                        request.set_checklist_version("1.0.0");
                        auto* head = request.add_team();
                        head->set_user_id(spareUserId_);
                        head->set_role(v1::TEAM_ROLE_HEAD);
                        v1::Created created;
                        const auto status = stub->PlanVisit(as(w).get(), request, &created);
                        EXPECT_EQ(status.ok(), !created.id().empty()) << status.error_message();
                        return codeName(status.error_code());
                    }});
    rows.push_back({"custos.v1.ManagementService.SetVisitTeam",
                    "of the visit (same team)",
                    true,
                    {D, D, D, kOk, D, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::ManagementService::NewStub(channel());
                        v1::SetVisitTeamRequest request;
                        request.set_visit_id(visitId_);
                        auto* head = request.add_team();
                        head->set_user_id(who_[Lead].userId);
                        head->set_role(v1::TEAM_ROLE_HEAD);
                        auto* member = request.add_team();
                        member->set_user_id(who_[Member].userId);
                        member->set_role(v1::TEAM_ROLE_MEMBER);
                        v1::TeamSet done;
                        const auto status = stub->SetVisitTeam(as(w).get(), request, &done);
                        return codeName(status.error_code());
                    }});
    rows.push_back({"custos.v1.ManagementService.ListUsers",
                    "all users",
                    false,
                    {D, D, D, kOk, kOk, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::ManagementService::NewStub(channel());
                        v1::ListUsersResponse users;
                        const auto status = stub->ListUsers(as(w).get(), {}, &users);
                        EXPECT_EQ(status.ok(), users.users_size() > 0);
                        return codeName(status.error_code());
                    }});

    // ReviewService: coordinators only.
    rows.push_back({"custos.v1.ReviewService.CycleOverview",
                    "of the visit's cycle",
                    false,
                    {D, D, D, kOk, D, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::ReviewService::NewStub(channel());
                        v1::CycleOverviewRequest request;
                        request.set_cycle_id(cycleId_);
                        v1::CycleOverviewResponse response;
                        const auto status = stub->CycleOverview(as(w).get(), request, &response);
                        EXPECT_EQ(status.ok(), response.rows_size() > 0);
                        return codeName(status.error_code());
                    }});
    rows.push_back({"custos.v1.ReviewService.FacilityTrend",
                    "of the visit's facility",
                    false,
                    {D, D, D, kOk, D, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::ReviewService::NewStub(channel());
                        v1::FacilityTrendRequest request;
                        request.set_facility_id(facilityId_);
                        v1::FacilityTrendResponse response;
                        const auto status = stub->FacilityTrend(as(w).get(), request, &response);
                        EXPECT_EQ(status.ok(), response.points_size() > 0);
                        return codeName(status.error_code());
                    }});
    rows.push_back({"custos.v1.ReviewService.RecommendationFollowUp",
                    "of every facility",
                    false,
                    {D, D, D, kOk, D, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::ReviewService::NewStub(channel());
                        v1::RecommendationFollowUpResponse response;
                        const auto status =
                            stub->RecommendationFollowUp(as(w).get(), {}, &response);
                        EXPECT_EQ(status.ok(), response.recommendations_size() > 0);
                        return codeName(status.error_code());
                    }});
    rows.push_back({"custos.v1.ReviewService.Export",
                    "every answer as CSV",
                    false,
                    {D, D, D, kOk, D, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::ReviewService::NewStub(channel());
                        auto context = as(w);
                        v1::ExportRequest request;
                        request.set_format(v1::EXPORT_FORMAT_CSV);
                        auto reader = stub->Export(context.get(), request);
                        std::string document;
                        v1::ExportChunk chunk;
                        while (reader->Read(&chunk))
                            document += chunk.data();
                        const auto status = reader->Finish();
                        EXPECT_EQ(status.ok(), !document.empty()) << "nothing leaks on refusal";
                        return codeName(status.error_code());
                    }});
    // One visit as the coordinator's visit review and the report show it (issue #6); never an
    // interview without consent to share.
    rows.push_back({"custos.v1.ReviewService.VisitDossier",
                    "of the visit",
                    false,
                    {D, D, D, kOk, D, U, U, U},
                    [](const Who& w) {
                        auto stub = v1::ReviewService::NewStub(channel());
                        v1::VisitDossierRequest request;
                        request.set_visit_id(visitId_);
                        v1::VisitDossierResponse response;
                        const auto status = stub->VisitDossier(as(w).get(), request, &response);
                        EXPECT_EQ(status.ok(), response.has_visit()) << status.error_message();
                        bool sharedSeen = false;
                        for (const auto& interview : response.interviews()) {
                            EXPECT_NE(interview.header().id(), interviewId_)
                                << "an unshared interview in the coordinator's dossier";
                            sharedSeen |= interview.header().id() == sharedInterviewId_;
                        }
                        EXPECT_EQ(sharedSeen, status.ok()) << "the shared interview is in it";
                        return codeName(status.error_code());
                    }});
    return rows;
}

/// "SyncService.Push" from "custos.v1.SyncService.Push".
std::string shortName(const std::string& method) {
    auto name = method.substr(method.find('.', method.find('.') + 1) + 1);
    if (const auto at = name.find("Service."); at != std::string::npos)
        name.erase(at, 7);
    return name;
}

} // namespace

TEST_F(RoleMatrixOverTls, EveryRoleGetsExactlyWhatTheDesignAllowsAndRefusalsStoreNothing) {
    std::ostringstream table;
    table << "| RPC | what |";
    for (const auto* name : kColumnNames)
        table << " " << name << " |";
    table << "\n|---|---|";
    for (int c = 0; c < kColumns; ++c)
        table << "---|";
    table << "\n";

    for (const auto& row : matrix()) {
        table << "| " << shortName(row.method) << " | " << row.what << " |";
        for (int c = 0; c < kColumns; ++c) {
            SCOPED_TRACE(shortName(row.method) + " " + row.what + " by " + kColumnNames[c]);
            const auto before = fingerprint();
            const auto outcome = row.call(who_[c]);
            const auto after = fingerprint();
            EXPECT_EQ(outcome, row.expected[c]);
            const bool wrote = outcome == kOk || outcome == kAccepted;
            if (!row.writes || !wrote) {
                EXPECT_EQ(before, after) << "a refused call or a read changed the store";
            }
            if (outcome == kAccepted) {
                EXPECT_NE(before, after) << "an accepted operation shows in the store";
            }
            table << " " << outcome;
            if (outcome != row.expected[c])
                table << " **(want " << row.expected[c] << ")**";
            table << " |";
        }
        table << "\n";
    }
    std::cout << "\nThe role matrix (design.md §5), as custosd answered over TLS:\n\n"
              << table.str() << std::endl;

    // The store is still whole: every accepted write and admin action is in the audit chain.
    EXPECT_EQ(
        testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "audit", "verify"})
            .exitCode,
        0);
}

TEST_F(RoleMatrixOverTls, EveryRpcOfEveryServiceHasARowInTheMatrix) {
    std::set<std::string> covered;
    for (const auto& row : matrix())
        covered.insert(row.method);

    // Every service declared in the sources, read from the generated descriptors: a new
    // method, or a new service, fails here until the matrix has a row for it.
    const std::regex serviceDecl(R"(^\s*service\s+(\w+))");
    std::set<std::string> declared;
    int services = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(CUSTOS_SOURCE_DIR "/proto/custos/v1")) {
        if (entry.path().extension() != ".proto")
            continue;
        std::ifstream file(entry.path());
        for (std::string line; std::getline(file, line);) {
            std::smatch match;
            if (!std::regex_search(line, match, serviceDecl))
                continue;
            const auto name = "custos.v1." + match[1].str();
            const auto* service = pool()->FindServiceByName(name);
            if (!service) {
                ADD_FAILURE() << name << " (" << entry.path().filename().string()
                              << ") is not in the generated descriptors this test links: "
                                 "add its stub and its rows to the matrix";
                continue;
            }
            ++services;
            for (int m = 0; m < service->method_count(); ++m) {
                const auto& method = service->method(m)->full_name();
                declared.insert(method);
                EXPECT_TRUE(covered.count(method))
                    << method << " has no row in the role matrix (design.md §5): say who may "
                    << "call it and add a row for every caller";
            }
        }
    }
    EXPECT_GE(services, 5) << "sync, attachments, enrollment, management, review";
    for (const auto& method : covered) {
        EXPECT_TRUE(declared.count(method)) << method << " is in the matrix but not in the protos";
    }
}
