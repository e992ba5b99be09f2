// A real custosd process on an ephemeral loopback port with TLS, driven by the real client
// store and sync engine.
#include "custos/store/local_store.h"
#include "custos/sync/sync_engine.h"
#include "custos/sync/transport.h"

#include "custos/v1/sync.grpc.pb.h"

#include "custos/core/uuid.h"

#include "process.h"
#include "tablet.h"

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <future>

using namespace custos;

namespace {

using Device = testkit::Tablet;

Device enrol(const testkit::TestServer& server, const std::string& user, const std::string& dir) {
    return testkit::enrolTablet(server, user, dir);
}

int countObservations(sync::Transport& transport) {
    int n = 0;
    auto status = transport.pull(0, 300, [&](sync::PullBatch&& batch) -> Status {
        for (const auto& c : batch.changes)
            n += std::holds_alternative<Observation>(c.entity) ? 1 : 0;
        return {};
    });
    EXPECT_TRUE(status.ok()) << status.error().message;
    return n;
}

class SyncOverTls : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        server_ = new testkit::TestServer(testkit::TestServer::start("it-sync"));
    }
    static void TearDownTestSuite() {
        delete server_;
        server_ = nullptr;
    }
    static testkit::TestServer* server_;
};
testkit::TestServer* SyncOverTls::server_ = nullptr;

} // namespace

TEST_F(SyncOverTls, ThousandObservationsFromOneDeviceReachAnotherExactlyOnce) {
    const auto dir = testkit::freshDir("it-sync-1000");
    auto monitor = enrol(*server_, "Demo Monitor", dir);
    auto lead = enrol(*server_, "Demo Lead", dir);
    EXPECT_EQ(monitor.enrolment.role, Role::Monitor);
    EXPECT_EQ(monitor.enrolment.organisationName, "Demo National Preventive Mechanism");

    auto first = sync::syncOnce(*monitor.store, *monitor.transport);
    ASSERT_TRUE(first.ok()) << first.error().message;
    auto visits = monitor.store->visits();
    ASSERT_TRUE(visits.ok());
    ASSERT_EQ(visits->size(), 1u) << "the monitor sees exactly the demo visit";
    const auto& visit = visits->front();
    EXPECT_EQ(visit.facility.name, "Central Prison of Northhaven");
    EXPECT_EQ(visit.totalItems, 6);

    const char* keys[] = {"reg.register_exists", "reg.injuries_recorded", "acc.natural_light",
                          "acc.toilet_access",   "acc.bathing_weekly",    "ex.outdoor_hour"};
    for (int i = 0; i < 1000; ++i)
        ASSERT_TRUE(monitor.store
                        ->recordAnswer(visit.visit.id, keys[i % 6],
                                       AnswerValue{static_cast<AnswerCode>(i % 5)},
                                       "note " + std::to_string(i), SourceTag::Observed)
                        .ok());
    auto pending = monitor.store->pendingOps(5000);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1000u);

    auto pushed = sync::syncOnce(*monitor.store, *monitor.transport);
    ASSERT_TRUE(pushed.ok()) << pushed.error().message;
    EXPECT_EQ(pushed->accepted, 1000);
    EXPECT_EQ(pushed->rejected, 0);
    EXPECT_EQ(monitor.store->syncState()->pendingOps, 0);

    EXPECT_EQ(countObservations(*lead.transport), 1000);
    auto leadSync = sync::syncOnce(*lead.store, *lead.transport);
    ASSERT_TRUE(leadSync.ok());
    auto leadVisit = lead.store->visit(visit.visit.id);
    ASSERT_TRUE(leadVisit.ok() && leadVisit->has_value());
    EXPECT_EQ((*leadVisit)->answeredItems, 6);

    // Pushing the same batch again changes nothing on the server.
    const auto before = server_->status();
    EXPECT_NE(before.find("observations: 1000"), std::string::npos) << before;
    for (std::size_t offset = 0; offset < pending->size(); offset += 500) {
        std::vector<store::PendingOp> batch(pending->begin() + static_cast<long>(offset),
                                            pending->begin() + static_cast<long>(offset + 500));
        auto replay = monitor.transport->push(batch);
        ASSERT_TRUE(replay.ok()) << replay.error().message;
        for (const auto& r : *replay)
            EXPECT_EQ(r.outcome, sync::PushResult::Outcome::Duplicate);
    }
    EXPECT_EQ(server_->status(), before);
    EXPECT_EQ(countObservations(*lead.transport), 1000);
}

TEST_F(SyncOverTls, CallsWithoutAValidCredentialAreUnauthenticated) {
    sync::Transport none(server_->address, server_->caPem, "");
    auto push = none.push({});
    ASSERT_FALSE(push.ok());
    EXPECT_EQ(push.error().code, ErrorCode::Unauthenticated);
    auto pull = none.pull(0, 10, [](sync::PullBatch&&) { return Status{}; });
    ASSERT_FALSE(pull.ok());
    EXPECT_EQ(pull.error().code, ErrorCode::Unauthenticated);

    sync::Transport forged(server_->address, server_->caPem, "not-a-real-credential");
    EXPECT_EQ(forged.push({}).error().code, ErrorCode::Unauthenticated);

    // Also at the wire level: the raw status code is UNAUTHENTICATED.
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = server_->caPem;
    auto stub =
        v1::SyncService::NewStub(grpc::CreateChannel(server_->address, grpc::SslCredentials(ssl)));
    grpc::ClientContext context;
    v1::PushResponse response;
    EXPECT_EQ(stub->Push(&context, v1::PushRequest{}, &response).error_code(),
              grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(SyncOverTls, EnrolmentCodesWorkOnceAndBadCodesAreExplained) {
    const auto code = server_->enrolmentCode("Demo Monitor");
    sync::Transport anonymous(server_->address, server_->caPem, "");
    ASSERT_TRUE(anonymous.enroll(code, "first").ok());
    auto again = anonymous.enroll(code, "second");
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Unauthenticated);
    EXPECT_NE(again.error().message.find("already been used"), std::string::npos);
    auto wrong = anonymous.enroll("ZZZZ-ZZZZ-ZZZZ", "third");
    ASSERT_FALSE(wrong.ok());
    EXPECT_NE(wrong.error().message.find("not valid"), std::string::npos);
}

TEST_F(SyncOverTls, UntrustedCertificateAndPlaintextClientsAreRefused) {
    sync::Transport untrusted(server_->address,
                              testkit::readFile(CUSTOS_TEST_CERTS "/other-ca.crt"), "");
    auto result = untrusted.enroll("AAAA-BBBB-CCCC", "tablet");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Unavailable);
    EXPECT_NE(result.error().message.find("certificate"), std::string::npos)
        << result.error().message;

    auto stub = v1::SyncService::NewStub(
        grpc::CreateChannel(server_->address, grpc::InsecureChannelCredentials()));
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
    v1::PushResponse response;
    const auto status = stub->Push(&context, v1::PushRequest{}, &response);
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAVAILABLE);
}

TEST_F(SyncOverTls, ServerRefusesPlaintextOnANonLoopbackAddress) {
    const auto dir = testkit::freshDir("it-plaintext") + "/data";
    const auto result = testkit::runCommand(
        {CUSTOSD_PATH, "--data-dir", dir, "--listen", "0.0.0.0:0", "--insecure-loopback"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("plaintext is allowed on loopback"), std::string::npos);
}

TEST_F(SyncOverTls, RevokedDeviceIsRefusedOnItsNextCall) {
    const auto dir = testkit::freshDir("it-revoke");
    auto device = enrol(*server_, "Demo Lead", dir);
    ASSERT_TRUE(sync::syncOnce(*device.store, *device.transport).ok());
    const auto revoke = testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", server_->dataDir,
                                             "device", "revoke", device.enrolment.deviceId});
    ASSERT_EQ(revoke.exitCode, 0) << revoke.err;
    const auto list =
        testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "device", "list"});
    EXPECT_NE(list.out.find(device.enrolment.deviceId + "  user"), std::string::npos);
    EXPECT_NE(list.out.find("REVOKED"), std::string::npos);
    auto refused = sync::syncOnce(*device.store, *device.transport);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Unauthenticated);
    EXPECT_NE(refused.error().message.find("revoked"), std::string::npos);
    const auto unknown = testkit::runCommand(
        {CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "device", "revoke", "nope"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("no device"), std::string::npos);
}

TEST_F(SyncOverTls, AuditChainOfARunningServerVerifies) {
    const auto dir = testkit::freshDir("it-audit");
    auto device = enrol(*server_, "Demo Monitor", dir);
    ASSERT_TRUE(sync::syncOnce(*device.store, *device.transport).ok());
    const auto visitId = device.store->visits()->front().visit.id;
    ASSERT_TRUE(
        device.store
            ->recordAnswer(visitId, "ex.outdoor_hour", AnswerCode::No, "", SourceTag::Detainee)
            .ok());
    ASSERT_TRUE(sync::syncOnce(*device.store, *device.transport).ok());
    const auto result =
        testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "audit", "verify"});
    EXPECT_EQ(result.exitCode, 0) << result.out << result.err;
    EXPECT_NE(result.out.find("audit chain intact"), std::string::npos);
    EXPECT_NE(result.out.find("head hash: "), std::string::npos);
}

TEST_F(SyncOverTls, BadOperationsAreRejectedOneByOneAndOversizedBatchesAsAWhole) {
    const auto dir = testkit::freshDir("it-badops");
    auto device = enrol(*server_, "Demo Monitor", dir);
    ASSERT_TRUE(sync::syncOnce(*device.store, *device.transport).ok());
    const auto visitId = device.store->visits()->front().visit.id;

    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = server_->caPem;
    auto stub =
        v1::SyncService::NewStub(grpc::CreateChannel(server_->address, grpc::SslCredentials(ssl)));
    auto call = [&](const v1::PushRequest& request, v1::PushResponse& response) {
        grpc::ClientContext context;
        context.AddMetadata("authorization", "Bearer " + device.enrolment.credential);
        return stub->Push(&context, request, &response);
    };
    auto good = [&](const std::string& key) {
        v1::Operation op;
        op.set_op_id(Uuid::v7().toString());
        auto* o = op.mutable_observation();
        o->set_id(Uuid::v7().toString());
        o->set_visit_id(visitId);
        o->set_item_key(key);
        o->set_answer(v1::ANSWER_CODE_YES);
        o->set_source(v1::SOURCE_TAG_OBSERVED);
        o->set_author_id(device.enrolment.userId);
        o->set_device_id(device.enrolment.deviceId);
        return op;
    };

    v1::PushRequest request;
    *request.add_ops() = good("acc.natural_light"); // 0 accepted
    auto unknownEnum = good("acc.toilet_access");   // 1 unknown enum value
    unknownEnum.mutable_observation()->set_answer(static_cast<v1::AnswerCode>(99));
    *request.add_ops() = unknownEnum;
    auto otherVisit = good("acc.toilet_access"); // 2 a visit not theirs
    otherVisit.mutable_observation()->set_visit_id(Uuid::v7().toString());
    *request.add_ops() = otherVisit;
    auto notAUuid = good("acc.toilet_access"); // 3 malformed id
    notAUuid.mutable_observation()->set_id("not-a-uuid");
    *request.add_ops() = notAUuid;
    auto forged = good("acc.toilet_access"); // 4 someone else's name
    forged.mutable_observation()->set_author_id(Uuid::v7().toString());
    *request.add_ops() = forged;
    *request.add_ops() = request.ops(0); // 5 replayed in-batch
    auto empty = good("");               // 6 no item key
    *request.add_ops() = empty;
    request.add_ops(); // 7 no entity at all

    v1::PushResponse response;
    ASSERT_TRUE(call(request, response).ok());
    ASSERT_EQ(response.results_size(), 8);
    EXPECT_EQ(response.results(0).outcome(), v1::OP_OUTCOME_ACCEPTED);
    for (int i : {1, 2, 3, 4, 6, 7}) {
        EXPECT_EQ(response.results(i).outcome(), v1::OP_OUTCOME_REJECTED) << i;
        EXPECT_FALSE(response.results(i).reason().empty()) << i;
    }
    EXPECT_EQ(response.results(5).outcome(), v1::OP_OUTCOME_DUPLICATE);
    EXPECT_NE(response.results(2).reason().find("unknown visit"), std::string::npos);
    EXPECT_NE(response.results(4).reason().find("not the caller"), std::string::npos);

    v1::PushRequest huge;
    for (int i = 0; i < 5001; ++i)
        *huge.add_ops() = good("acc.light");
    v1::PushResponse hugeResponse;
    const auto status = call(huge, hugeResponse);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
    EXPECT_NE(status.error_message().find("at most 5000"), std::string::npos);
    EXPECT_EQ(hugeResponse.results_size(), 0) << "nothing of an oversized batch is applied";
}

TEST_F(SyncOverTls, StandardHealthServiceReportsServing) {
    // grpc.health.v1.Health/Check with an empty request (the whole server); the response
    // HealthCheckResponse{status: SERVING} is the two bytes 08 01 on the wire.
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = server_->caPem;
    grpc::GenericStub stub(grpc::CreateChannel(server_->address, grpc::SslCredentials(ssl)));
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    grpc::ByteBuffer request;
    grpc::Slice empty("", 0);
    request = grpc::ByteBuffer(&empty, 1);
    grpc::ByteBuffer response;
    std::promise<grpc::Status> done;
    stub.UnaryCall(&context, "/grpc.health.v1.Health/Check", grpc::StubOptions(), &request,
                   &response, [&](grpc::Status status) { done.set_value(status); });
    const auto status = done.get_future().get();
    ASSERT_TRUE(status.ok()) << status.error_message();
    std::vector<grpc::Slice> slices;
    ASSERT_TRUE(response.Dump(&slices).ok());
    std::string bytes;
    for (const auto& slice : slices)
        bytes.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
    EXPECT_EQ(bytes, std::string("\x08\x01", 2));
}

TEST_F(SyncOverTls, ServerLogNamesEventsButNoSecretsOrContent) {
    const auto dir = testkit::freshDir("it-log");
    const auto code = server_->enrolmentCode("Demo Monitor");
    auto store = std::move(store::LocalStore::open(dir + "/t.db", "PASSPHRASE-CANARY 1").value());
    sync::Transport anonymous(server_->address, server_->caPem, "");
    ASSERT_FALSE(anonymous.enroll("WRONG-CODE-CANARY", "t").ok());
    auto enrolment = anonymous.enroll(code, "tablet");
    ASSERT_TRUE(enrolment.ok());
    ASSERT_TRUE(store->saveEnrolment(*enrolment).ok());
    sync::Transport transport(server_->address, server_->caPem, enrolment->credential);
    ASSERT_TRUE(sync::syncOnce(*store, transport).ok());
    const auto visitId = store->visits()->front().visit.id;
    ASSERT_TRUE(store
                    ->recordAnswer(visitId, "acc.toilet_access",
                                   AnswerValue{std::string("ANSWER-CANARY")},
                                   "NOTE-CANARY detainee D-4 was beaten", SourceTag::Detainee)
                    .ok());
    Interview interview;
    interview.header.visitId = visitId;
    interview.consent = ConsentScope::Internal;
    interview.personCode = "CODE-CANARY";
    interview.allegations.push_back({"ALLEGATION-CANARY", "last week", "PERPETRATOR-CANARY"});
    interview.content = "INTERVIEW-CANARY he was held nine days in isolation";
    ASSERT_TRUE(store->saveRecord(interview).ok());
    // A refused record must not echo its content in the reason either.
    Finding refused;
    refused.header.visitId = visitId;
    refused.theme = "accommodation";
    refused.ruleRefs = {999};
    refused.text = "FINDING-CANARY";
    EXPECT_FALSE(store->saveRecord(refused).ok()) << "rejected on the tablet already";
    ASSERT_TRUE(sync::syncOnce(*store, transport).ok());
    EXPECT_EQ(store->syncState()->pendingOps, 0);
    EXPECT_TRUE(store->rejectedOps()->empty()) << "the interview reached the server";
    sync::Transport forged(server_->address, server_->caPem, "FORGED-CREDENTIAL-CANARY");
    (void)forged.push({});

    const auto log = testkit::readFile(server_->logPath);
    EXPECT_NE(log.find("\"event\":\"enroll\""), std::string::npos);
    EXPECT_NE(log.find("\"event\":\"push\""), std::string::npos);
    EXPECT_NE(log.find("\"event\":\"pull\""), std::string::npos);
    EXPECT_NE(log.find(enrolment->deviceId), std::string::npos) << "ids are logged";
    for (const std::string& secret :
         {enrolment->credential, code, testkit::readFile(server_->dataDir + "/custos.key"),
          std::string("PASSPHRASE-CANARY"), std::string("WRONG-CODE-CANARY"),
          std::string("ANSWER-CANARY"), std::string("NOTE-CANARY"), std::string("beaten"),
          std::string("INTERVIEW-CANARY"), std::string("isolation"), std::string("CODE-CANARY"),
          std::string("ALLEGATION-CANARY"), std::string("PERPETRATOR-CANARY"),
          std::string("FORGED-CREDENTIAL-CANARY")})
        EXPECT_EQ(log.find(secret), std::string::npos) << "the log holds a secret or content";
}

TEST_F(SyncOverTls, ProgressOfLongTransfersIsReportedInOrderAndEndsComplete) {
    const auto dir = testkit::freshDir("it-sync-progress");
    auto monitor = enrol(*server_, "Demo Monitor", dir);
    auto lead = enrol(*server_, "Demo Lead", dir);
    ASSERT_TRUE(sync::syncOnce(*monitor.store, *monitor.transport).ok());
    const auto visitId = monitor.store->visits()->front().visit.id;
    for (int i = 0; i < 1200; ++i)
        ASSERT_TRUE(monitor.store
                        ->recordAnswer(visitId, i % 2 ? "acc.natural_light" : "ex.outdoor_hour",
                                       AnswerValue{static_cast<AnswerCode>(i % 5)}, "",
                                       SourceTag::Observed)
                        .ok());

    std::vector<sync::SyncProgress> seen;
    sync::SyncOptions options;
    options.pushBatch = 500;
    options.pullBatch = 100;
    options.onProgress = [&](const sync::SyncProgress& p) { seen.push_back(p); };
    ASSERT_TRUE(sync::syncOnce(*monitor.store, *monitor.transport, options).ok());
    std::vector<std::int64_t> sent;
    for (const auto& p : seen)
        if (p.step == sync::SyncProgress::Step::Sending) {
            EXPECT_EQ(p.total, 1200);
            sent.push_back(p.done);
        }
    EXPECT_EQ(sent, (std::vector<std::int64_t>{0, 500, 1000, 1200}));

    // A fresh device pulling 1,200 changes in pages of 100 sees the cursor move towards the
    // server's newest change, never backwards, and finish at 100%.
    seen.clear();
    ASSERT_TRUE(sync::syncOnce(*lead.store, *lead.transport, options).ok());
    std::int64_t last = -1;
    int pages = 0;
    for (const auto& p : seen) {
        if (p.step != sync::SyncProgress::Step::Receiving || p.total == 0)
            continue;
        ++pages;
        EXPECT_GE(p.done, last);
        EXPECT_LE(p.done, p.total);
        last = p.done;
    }
    EXPECT_GE(pages, 12);
    ASSERT_FALSE(seen.empty());
    const auto finalReceive =
        std::find_if(seen.rbegin(), seen.rend(), [](const sync::SyncProgress& p) {
            return p.step == sync::SyncProgress::Step::Receiving && p.total > 0;
        });
    ASSERT_NE(finalReceive, seen.rend());
    EXPECT_EQ(finalReceive->done, finalReceive->total);
}
