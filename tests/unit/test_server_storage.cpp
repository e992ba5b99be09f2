#include "custos/admin/admin.h"
#include "custos/admin/reference_data.h"
#include "custos/core/uuid.h"
#include "custos/datadir/data_dir.h"
#include "custos/sqldb/database.h"
#include "sqlcipher_storage.h"

#include "process.h"
#include "storage_world.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

using namespace custos;
using custos::storage::Caller;
using Kind = custos::storage::OpOutcome::Kind;

namespace {

using testkit::Backend;
using testkit::DemoWorld;

const Backend& kSqlCipher = testkit::sqlcipherBackend();

DemoWorld makeDemo(const std::string& name, const Backend& backend = kSqlCipher) {
    return testkit::makeDemoWorld(name, backend);
}

/// An observation op whose observation tests can still edit before it is applied.
struct ObservationOp {
    std::string opId;
    Observation observation;
};

Result<std::vector<storage::OpOutcome>> applyObservations(storage::Storage& store,
                                                          const Caller& caller,
                                                          const std::vector<ObservationOp>& ops) {
    std::vector<storage::Op> converted;
    for (const auto& op : ops)
        converted.push_back({op.opId, op.observation});
    return store.applyOps(caller, converted);
}

ObservationOp answer(const Caller& caller, const std::string& visitId, const std::string& key) {
    ObservationOp op;
    op.opId = newId();
    op.observation.id = newId();
    op.observation.visitId = visitId;
    op.observation.itemKey = key;
    op.observation.value = AnswerCode::No;
    op.observation.authorId = caller.userId;
    op.observation.deviceId = caller.deviceId;
    op.observation.hlc = Hlc::of(1000, 1);
    return op;
}

Caller outsiderCaller(const DemoWorld& w) {
    return {w.outsider.id, newId(), Role::Monitor};
}

/// The storage conformance suite: behaviour any backend (embedded SQLCipher today, PostgreSQL
/// next) must show. Backend-specific checks (key files, raw tampering) live below it.
class StorageConformance : public ::testing::TestWithParam<Backend> {
protected:
    DemoWorld makeDemo(const std::string& name) const {
        return ::makeDemo(name + "-" + GetParam().name, GetParam());
    }
};

} // namespace

std::string backendName(const ::testing::TestParamInfo<Backend>& backend) {
    return backend.param.name;
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageConformance, ::testing::Values(kSqlCipher), backendName);

TEST_P(StorageConformance, PushIsIdempotentByOpId) {
    auto w = makeDemo("storage-idempotent");
    const Caller monitor{w.monitor.id, newId(), Role::Monitor};
    std::vector<ObservationOp> ops{answer(monitor, w.visit.id, "acc.natural_light"),
                                   answer(monitor, w.visit.id, "ex.outdoor_hour")};
    auto first = applyObservations(*w.store, monitor, ops);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ((*first)[0].kind, Kind::Accepted);
    EXPECT_EQ((*first)[1].kind, Kind::Accepted);
    auto again = applyObservations(*w.store, monitor, ops);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ((*again)[0].kind, Kind::Duplicate);
    EXPECT_EQ((*again)[0].seq, (*first)[0].seq);
    EXPECT_EQ(w.store->stats()->observations, 2);
}

TEST_P(StorageConformance, RejectsOpsOutsideTheCallersTeamOrForgedAuthor) {
    auto w = makeDemo("storage-authz");
    const Caller outsider{w.outsider.id, newId(), Role::Monitor};
    const Caller coordinator{w.coordinator.id, newId(), Role::Coordinator};
    const Caller monitor{w.monitor.id, newId(), Role::Monitor};
    auto forged = answer(monitor, w.visit.id, "acc.natural_light");
    forged.observation.authorId = w.lead.id;
    auto unknownVisit = answer(monitor, newId(), "acc.natural_light");
    auto outcomes =
        applyObservations(*w.store, outsider, {answer(outsider, w.visit.id, "acc.natural_light")});
    ASSERT_TRUE(outcomes.ok());
    EXPECT_EQ((*outcomes)[0].kind, Kind::Rejected);
    EXPECT_NE((*outcomes)[0].reason.find("not on the team"), std::string::npos);
    outcomes = applyObservations(*w.store, coordinator,
                                 {answer(coordinator, w.visit.id, "acc.natural_light")});
    EXPECT_EQ((*outcomes)[0].kind, Kind::Rejected);
    outcomes = applyObservations(*w.store, monitor, {forged, unknownVisit});
    EXPECT_EQ((*outcomes)[0].kind, Kind::Rejected);
    EXPECT_EQ((*outcomes)[1].kind, Kind::Rejected);
    EXPECT_EQ(w.store->stats()->observations, 0);
}

TEST_P(StorageConformance, AnIdReusedUnderAnotherOperationIsRejectedAndLeavesNothing) {
    auto w = makeDemo("storage-reused-id");
    const Caller monitor{w.monitor.id, newId(), Role::Monitor};
    const auto first = answer(monitor, w.visit.id, "acc.natural_light");
    ASSERT_EQ(applyObservations(*w.store, monitor, {first})->front().kind, Kind::Accepted);
    Finding finding;
    finding.header = {newId(), newId(), w.visit.id, monitor.userId, monitor.deviceId, Hlc{5}};
    finding.theme = "accommodation";
    finding.text = "Cells are dark.";
    ASSERT_EQ(w.store->applyOps(monitor, {{newId(), VisitRecord{finding}}})->front().kind,
              Kind::Accepted);
    const auto feedBefore = w.store->changesAfter(monitor, 0, 100000)->size();
    const auto auditBefore = w.store->verifyAudit()->events;

    auto reused = first;
    reused.opId = newId(); // same observation id, another operation
    auto outcomes = applyObservations(*w.store, monitor, {reused});
    EXPECT_EQ(outcomes->front().kind, Kind::Rejected);
    EXPECT_NE(outcomes->front().reason.find("already received"), std::string::npos);
    outcomes = w.store->applyOps(monitor, {{newId(), VisitRecord{finding}}});
    EXPECT_EQ(outcomes->front().kind, Kind::Rejected);
    // ... and in the middle of a batch, the ops around it are applied, the rejected one is not.
    outcomes = applyObservations(
        *w.store, monitor,
        {answer(monitor, w.visit.id, "a"), reused, answer(monitor, w.visit.id, "b")});
    EXPECT_EQ((*outcomes)[0].kind, Kind::Accepted);
    EXPECT_EQ((*outcomes)[1].kind, Kind::Rejected);
    EXPECT_EQ((*outcomes)[2].kind, Kind::Accepted);
    EXPECT_EQ(w.store->changesAfter(monitor, 0, 100000)->size(), feedBefore + 2);
    EXPECT_EQ(w.store->verifyAudit()->events, auditBefore + 2);
    EXPECT_EQ(w.store->stats()->observations, 3);
    EXPECT_EQ(w.store->stats()->records, 1);
}

TEST_P(StorageConformance, MonitorsSeeOnlyTheirVisitsCoordinatorsSeeAll) {
    auto w = makeDemo("storage-visibility");
    const Caller monitor{w.monitor.id, newId(), Role::Monitor};
    auto applied = applyObservations(*w.store, monitor, {answer(monitor, w.visit.id, "x")});
    ASSERT_TRUE(applied.ok());
    ASSERT_EQ(applied->front().kind, Kind::Accepted) << applied->front().reason;

    auto kinds = [&](const Caller& caller) {
        std::map<std::size_t, int> byKind;
        for (const auto& change : *w.store->changesAfter(caller, 0, 1000))
            ++byKind[change.entity.index()];
        return byKind;
    };
    const auto mine = kinds(monitor);
    for (std::size_t kind = 0; kind < 5; ++kind)
        ASSERT_EQ(mine.count(kind), 1u) << "entity kind " << kind;
    EXPECT_EQ(mine.at(0), 1); // only the visited facility
    EXPECT_EQ(mine.at(1), 1); // its cycle
    EXPECT_EQ(mine.at(2), 1); // the visit
    EXPECT_EQ(mine.at(3), 1); // the checklist
    EXPECT_EQ(mine.at(4), 1); // the observation
    const auto outsiders = kinds({w.outsider.id, newId(), Role::Monitor});
    EXPECT_EQ(outsiders.count(0), 0u);
    EXPECT_EQ(outsiders.count(2), 0u);
    EXPECT_EQ(outsiders.count(4), 0u);
    const auto all = kinds({w.coordinator.id, newId(), Role::Coordinator});
    EXPECT_EQ(all.at(0), 3);
    EXPECT_EQ(all.at(4), 1);
}

TEST_P(StorageConformance, CursorResumesWithoutGapsOrRepeats) {
    auto w = makeDemo("storage-cursor");
    const Caller lead{w.lead.id, newId(), Role::Monitor};
    std::vector<ObservationOp> ops;
    for (int i = 0; i < 250; ++i)
        ops.push_back(answer(lead, w.visit.id, "k" + std::to_string(i)));
    ASSERT_TRUE(applyObservations(*w.store, lead, ops).ok());
    std::set<std::string> seen;
    std::uint64_t cursor = 0;
    for (;;) {
        auto batch = w.store->changesAfter(lead, cursor, 37);
        ASSERT_TRUE(batch.ok());
        if (batch->empty())
            break;
        for (const auto& change : *batch) {
            EXPECT_GT(change.seq, cursor);
            cursor = change.seq;
            if (const auto* o = std::get_if<Observation>(&change.entity)) {
                EXPECT_TRUE(seen.insert(o->id).second) << "delivered twice";
            }
        }
    }
    EXPECT_EQ(seen.size(), 250u);
}

TEST_P(StorageConformance, AMonitorsFeedPagedSmallIsTheWholeFeedWhileOtherTeamsWrite) {
    // A monitor's feed is read through the indexes of what they may see (their visits, those
    // visits' facilities and cycles, templates, withdrawals to them), not by a scan from the
    // cursor: paging through it in small batches, while another team writes in between, must
    // give exactly one pull's worth, in order, with nothing of the other team.
    auto w = makeDemo("storage-feed-paging");
    const Caller monitor{w.monitor.id, newId(), Role::Monitor};
    const Caller outsider = outsiderCaller(w);
    Visit other = w.visit;
    other.id = newId();
    other.facilityId = w.facilities.back().id;
    other.team = {{w.outsider.id, w.outsider.displayName, TeamRole::Head}};
    ASSERT_TRUE(w.store->putVisit(other).ok());
    std::set<std::string> mine;
    for (int round = 0; round < 12; ++round) {
        std::vector<ObservationOp> ours, theirs;
        for (int i = 0; i < 5; ++i) {
            ours.push_back(answer(monitor, w.visit.id, "k" + std::to_string(round * 5 + i)));
            mine.insert(ours.back().observation.id);
        }
        for (int i = 0; i < 7; ++i)
            theirs.push_back(answer(outsider, other.id, "k" + std::to_string(i)));
        ASSERT_TRUE(applyObservations(*w.store, monitor, ours).ok());
        if (round == 6) {
            // The lead leaves: a withdrawal on the monitor's visit that only the lead may see.
            Visit smaller = *w.store->findVisit(w.visit.id);
            std::erase_if(smaller.team, [&](const TeamMember& m) { return m.userId == w.lead.id; });
            ASSERT_TRUE(w.store->putVisit(smaller).ok());
        }
        auto applied = applyObservations(*w.store, outsider, theirs);
        ASSERT_TRUE(applied.ok());
        ASSERT_EQ(applied->front().kind, Kind::Accepted) << applied->front().reason;
    }
    const auto whole = w.store->changesAfter(monitor, 0, 100000);
    ASSERT_TRUE(whole.ok());
    std::set<std::string> delivered;
    for (const auto& change : *whole)
        if (const auto* o = std::get_if<Observation>(&change.entity))
            delivered.insert(o->id);
    EXPECT_EQ(delivered, mine);

    for (const std::size_t limit : {1u, 3u, 7u, 64u}) {
        std::vector<std::uint64_t> paged;
        std::uint64_t cursor = 0;
        for (;;) {
            auto batch = w.store->changesAfter(monitor, cursor, limit);
            ASSERT_TRUE(batch.ok());
            for (const auto& change : *batch) {
                paged.push_back(change.seq);
                cursor = change.seq;
            }
            if (batch->size() < limit)
                break; // caught up: a short batch is the end of the feed
        }
        std::vector<std::uint64_t> expected;
        for (const auto& change : *whole)
            expected.push_back(change.seq);
        EXPECT_EQ(paged, expected) << "limit " << limit;
    }
}

TEST_P(StorageConformance, EnrolmentCodesAreSingleUseAndExpire) {
    auto w = makeDemo("storage-enrol");
    ASSERT_TRUE(w.store->addEnrolmentCode("hash-1", w.monitor.id, 2000).ok());
    Device device{newId(), "", "tablet", false, 0};
    auto user = w.store->redeemEnrolmentCode("hash-1", 1000, device, "cred-hash-1");
    ASSERT_TRUE(user.ok()) << user.error().message;
    EXPECT_EQ(user->id, w.monitor.id);
    auto caller = w.store->authenticate("cred-hash-1");
    ASSERT_TRUE(caller.ok());
    EXPECT_EQ(caller->deviceId, device.id);

    device.id = newId();
    auto reused = w.store->redeemEnrolmentCode("hash-1", 1000, device, "cred-hash-2");
    ASSERT_FALSE(reused.ok());
    EXPECT_NE(reused.error().message.find("already been used"), std::string::npos);

    ASSERT_TRUE(w.store->addEnrolmentCode("hash-2", w.monitor.id, 2000).ok());
    auto expired = w.store->redeemEnrolmentCode("hash-2", 3000, device, "cred-hash-3");
    ASSERT_FALSE(expired.ok());
    EXPECT_NE(expired.error().message.find("expired"), std::string::npos);
    EXPECT_FALSE(w.store->authenticate("cred-hash-3").ok());
    EXPECT_EQ(w.store->authenticate("nope").error().code, ErrorCode::Unauthenticated);
}

TEST_P(StorageConformance, RevokedDeviceAndDisabledUserAreRefused) {
    auto w = makeDemo("storage-revoke");
    ASSERT_TRUE(w.store->addEnrolmentCode("code-a", w.monitor.id, 5000).ok());
    ASSERT_TRUE(w.store->addEnrolmentCode("code-b", w.lead.id, 5000).ok());
    const Device a{newId(), "", "tablet a", false, 0};
    const Device b{newId(), "", "tablet b", false, 0};
    ASSERT_TRUE(w.store->redeemEnrolmentCode("code-a", 1000, a, "cred-a").ok());
    ASSERT_TRUE(w.store->redeemEnrolmentCode("code-b", 1000, b, "cred-b").ok());
    ASSERT_EQ(w.store->listDevices()->size(), 2u);

    ASSERT_TRUE(w.store->revokeDevice(a.id).ok());
    auto revoked = w.store->authenticate("cred-a");
    ASSERT_FALSE(revoked.ok());
    EXPECT_NE(revoked.error().message.find("revoked"), std::string::npos);
    EXPECT_EQ(w.store->revokeDevice("no-such-device").error().code, ErrorCode::NotFound);

    auto lead = w.lead;
    lead.active = false;
    ASSERT_TRUE(w.store->putUser(lead).ok());
    auto disabled = w.store->authenticate("cred-b");
    ASSERT_FALSE(disabled.ok());
    EXPECT_NE(disabled.error().message.find("disabled"), std::string::npos);
    EXPECT_EQ(w.store->verifyAudit()->firstBadSeq, 0u);
}

TEST_P(StorageConformance, PublishedChecklistVersionsAreImmutable) {
    auto w = makeDemo("storage-immutable");
    ChecklistTemplate t;
    t.id = "demo";
    t.version = "1.0.0";
    t.sections.push_back({"s", {}, {}, {}, {}});
    auto status = w.store->putTemplate(t);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::AlreadyExists);
}

TEST_P(StorageConformance, SeedingTwiceDoesNotDuplicate) {
    auto w = makeDemo("storage-seed-twice");
    ASSERT_TRUE(admin::seedDemo(*w.store, CUSTOS_DEMO_CHECKLIST).ok());
    EXPECT_EQ(w.store->stats()->visits, 1);
    EXPECT_EQ(w.store->stats()->facilities, 3);
}

TEST(ServerDataDir, KeyFileIsPrivateAndChecked) {
    const auto dir = testkit::freshDir("datadir-key") + "/data";
    ASSERT_TRUE(datadir::openStore(dir, true).ok());
    struct stat info {};
    ASSERT_EQ(stat((dir + "/custos.key").c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600);

    chmod((dir + "/custos.key").c_str(), 0644);
    auto loose = datadir::openStore(dir, false);
    ASSERT_FALSE(loose.ok());
    EXPECT_NE(loose.error().message.find("chmod 600"), std::string::npos);
    chmod((dir + "/custos.key").c_str(), 0600);

    { std::ofstream(dir + "/custos.key") << std::string(64, 'e') << "\n"; }
    auto wrong = datadir::openStore(dir, false);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongKey);

    std::filesystem::remove(dir + "/custos.key");
    auto missing = datadir::openStore(dir, true);
    ASSERT_FALSE(missing.ok()) << "must not make a new key for an existing database";
    EXPECT_NE(missing.error().message.find("key file"), std::string::npos);
}

TEST(ServerDataDir, RefusesDatabaseFromNewerSchema) {
    const auto dir = testkit::freshDir("datadir-newer") + "/data";
    ASSERT_TRUE(datadir::openStore(dir, true).ok());
    {
        const auto key = testkit::readFile(dir + "/custos.key").substr(0, 64);
        auto db = sqldb::Database::open({dir + "/custos.db", key, sqldb::KeyKind::RawHex, false});
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec("PRAGMA user_version = 99").ok());
    }
    auto newer = datadir::openStore(dir, false);
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().code, ErrorCode::FailedPrecondition);
    EXPECT_NE(newer.error().message.find("newer Custos"), std::string::npos);
}

TEST(ServerDataDir, DatabaseFileHoldsNoPlaintext) {
    auto w = makeDemo("storage-plaintext");
    const Caller monitor{w.monitor.id, newId(), Role::Monitor};
    auto op = answer(monitor, w.visit.id, "acc.natural_light");
    op.observation.note = "PLAINTEXT-CANARY cell 14 window boarded";
    ASSERT_TRUE(applyObservations(*w.store, monitor, {op}).ok());
    w.store.reset();
    const auto& dir = w.dataDir;
    std::string bytes = testkit::readFile(dir + "/custos.db");
    ASSERT_GT(bytes.size(), 4096u) << "the database file must exist and hold data";
    if (std::filesystem::exists(dir + "/custos.db-wal"))
        bytes += testkit::readFile(dir + "/custos.db-wal");
    EXPECT_EQ(bytes.find("SQLite format 3"), std::string::npos);
    EXPECT_EQ(bytes.find("PLAINTEXT-CANARY"), std::string::npos);
    EXPECT_EQ(bytes.find("Central Prison"), std::string::npos);
}

namespace {

/// Opens the raw database behind a data directory, as an attacker holding the key could.
std::unique_ptr<sqldb::Database> rawDatabase(const std::string& dataDir) {
    const auto key = testkit::readFile(dataDir + "/custos.key").substr(0, 64);
    auto db = sqldb::Database::open({dataDir + "/custos.db", key, sqldb::KeyKind::RawHex, false});
    EXPECT_TRUE(db.ok());
    return std::move(db.value());
}

} // namespace

TEST_P(StorageConformance, EveryAcceptedOperationAndAdminActionIsChained) {
    auto w = makeDemo("audit-chain");
    const Caller monitor{w.monitor.id, newId(), Role::Monitor};
    auto first = applyObservations(
        *w.store, monitor, {answer(monitor, w.visit.id, "a"), answer(monitor, w.visit.id, "b")});
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(
        applyObservations(*w.store, monitor, {answer(outsiderCaller(w), w.visit.id, "c")}).ok());
    auto v = w.store->verifyAudit();
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->firstBadSeq, 0u) << v->problem;
    EXPECT_EQ(v->headHash.size(), 64u);
    auto recent = w.store->recentAudit(10);
    ASSERT_TRUE(recent.ok());
    ASSERT_GE(recent->size(), 2u);
    EXPECT_EQ((*recent)[0].action, "observation.accepted");
    EXPECT_EQ((*recent)[0].actorUser, w.monitor.id);
    EXPECT_EQ((*recent)[0].actorDevice, monitor.deviceId);
    std::size_t seeded = 0;
    for (const auto& e : *w.store->recentAudit(1000))
        seeded += e.action == "demo.seeded" || e.action == "checklist.published";
    EXPECT_EQ(seeded, 2u) << "administrative actions are audited too";
    EXPECT_EQ(v->events, w.store->recentAudit(1000)->size()) << "rejected ops are not audited";
}

TEST(ServerAudit, VerifyDetectsAModifiedEvent) {
    auto w = makeDemo("audit-modified");
    const Caller monitor{w.monitor.id, newId(), Role::Monitor};
    ASSERT_TRUE(applyObservations(*w.store, monitor, {answer(monitor, w.visit.id, "a")}).ok());
    const auto events = w.store->verifyAudit()->events;
    w.store.reset();
    ASSERT_TRUE(rawDatabase(w.dataDir)
                    ->exec("UPDATE audit_events SET actor_user = 'someone else' WHERE seq = 3")
                    .ok());
    auto store = datadir::openStore(w.dataDir, false);
    ASSERT_TRUE(store.ok());
    auto v = (*store)->verifyAudit();
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->firstBadSeq, 3u);
    EXPECT_NE(v->problem.find("modified"), std::string::npos);
    EXPECT_LT(v->events, events);
}

TEST(ServerAudit, VerifyDetectsADeletedEvent) {
    auto w = makeDemo("audit-deleted");
    w.store.reset();
    ASSERT_TRUE(rawDatabase(w.dataDir)->exec("DELETE FROM audit_events WHERE seq = 2").ok());
    auto store = datadir::openStore(w.dataDir, false);
    ASSERT_TRUE(store.ok());
    auto v = (*store)->verifyAudit();
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->firstBadSeq, 3u);
    EXPECT_NE(v->problem.find("event 2 is missing"), std::string::npos) << v->problem;
}

TEST(ServerDataDir, UpgradesAnOlderSchemaAfterABackup) {
    const auto dir = testkit::freshDir("datadir-upgrade") + "/data";
    ASSERT_TRUE(datadir::openStore(dir, true).ok());
    {
        // Make it look like a database written by schema 1.
        auto db = rawDatabase(dir);
        ASSERT_TRUE(db->exec("DROP TABLE latest_answers; "
                             "DROP TABLE attachment_chunks; DROP TABLE attachments; "
                             "DROP TABLE audit_events; DROP TABLE records; DROP TABLE visit_stats; "
                             "DROP INDEX changes_facility; "
                             "ALTER TABLE changes DROP COLUMN audience_user; "
                             "ALTER TABLE changes DROP COLUMN note; PRAGMA user_version = 1")
                        .ok());
        ASSERT_TRUE(
            db->exec("INSERT INTO meta(key, value) VALUES('organisation', 'Old NPM')").ok());
    }
    auto upgraded = storage::SqlCipherStorage::open(
        dir + "/custos.db", testkit::readFile(dir + "/custos.key").substr(0, 64));
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().message;
    EXPECT_EQ((*upgraded)->stats()->schemaVersion, storage::SqlCipherStorage::kSchemaVersion);
    EXPECT_EQ((*upgraded)->stats()->organisationName, "Old NPM");
    EXPECT_TRUE((*upgraded)->verifyAudit().ok());
    const auto backup = (*upgraded)->upgradeBackupPath();
    ASSERT_FALSE(backup.empty());
    auto old = sqldb::Database::open({backup, testkit::readFile(dir + "/custos.key").substr(0, 64),
                                      sqldb::KeyKind::RawHex, false});
    ASSERT_TRUE(old.ok()) << "the backup opens with the same key";
    EXPECT_EQ(*(*old)->queryInt("PRAGMA user_version"), 1);
}

TEST(ServerDataDir, ReadCacheSeesWritesFromAnotherProcessAndItsOwn) {
    // custosctl writes to the store while custosd runs: custosd's parsed copies must notice.
    auto w = makeDemo("storage-read-cache");
    const auto key = testkit::readFile(w.dataDir + "/custos.key").substr(0, 64);
    auto other = storage::SqlCipherStorage::open(w.dataDir + "/custos.db", key);
    ASSERT_TRUE(other.ok());
    const auto before = w.store->listFacilities()->size();
    Facility added{newId(), "Added Elsewhere", FacilityType::Prison, "MoJ", "North", 10, {}, {}};
    ASSERT_TRUE((*other)->putFacility(added).ok());
    EXPECT_EQ(w.store->listFacilities()->size(), before + 1);

    // Own writes: a push changes the visit's figures at once.
    const auto figures = [&] { return *w.store->visitStats("", w.visit.facilityId)->front(); };
    const int answered = figures().answered;
    const Caller monitor{w.monitor.id, newId(), Role::Monitor};
    ASSERT_TRUE(
        applyObservations(*w.store, monitor, {answer(monitor, w.visit.id, "acc.natural_light")})
            .ok());
    EXPECT_EQ(figures().answered, answered + 1);
    // ... and another process's push too.
    ASSERT_TRUE(
        applyObservations(**other, monitor, {answer(monitor, w.visit.id, "ex.outdoor_hour")}).ok());
    EXPECT_EQ(figures().answered, answered + 2);
}

// Found by the facility_csv fuzzer (issue #7): a CSV with bytes that are not UTF-8 (a
// spreadsheet saved as Latin-1) passed the row checks, then terminated custosctl when the
// facility was written as JSON. It is refused with the line and column of the first bad byte,
// and nothing is imported; the same file in UTF-8 imports.
TEST(ServerReferenceData, FacilityCsvThatIsNotUtf8IsRefusedWithItsPlaceAndNothingIsImported) {
    const auto dir = testkit::freshDir("facility-csv-utf8");
    auto store = datadir::openStore(dir + "/data", true);
    ASSERT_TRUE(store.ok());
    const std::string header = "name,type,authority,region,capacity,population\n";
    const auto write = [&](const std::string& name, const std::string& text) {
        std::ofstream(dir + "/" + name, std::ios::binary) << text;
        return dir + "/" + name;
    };
    const auto latin1 =
        write("latin1.csv", header + "Centre P\xe9nitentiaire,prison,MoJ,North,120,\n");
    std::ostringstream problems;
    auto refused = admin::importFacilitiesCsv(**store, latin1, problems);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(refused.error().message.find("latin1.csv:2:9: this is not UTF-8"), std::string::npos)
        << refused.error().message;
    EXPECT_TRUE((*store)->listFacilities()->empty());

    // Truncated, overlong and surrogate sequences are refused too.
    for (const std::string bad : {"\xc3", "\xc0\xa9", "\xed\xa0\x80", "\xf4\x90\x80\x80"}) {
        std::ostringstream ignored;
        const auto path = write("bad.csv", header + "X" + bad + ",prison,MoJ,North,1,\n");
        EXPECT_FALSE(admin::importFacilitiesCsv(**store, path, ignored).ok()) << path;
    }
    EXPECT_TRUE((*store)->listFacilities()->empty());

    const auto utf8 = write("utf8.csv", "\xef\xbb\xbf" + header +
                                            "Centre P\xc3\xa9nitentiaire,prison,MoJ,North,120,\n");
    auto imported = admin::importFacilitiesCsv(**store, utf8, problems);
    ASSERT_TRUE(imported.ok()) << imported.error().message << problems.str();
    EXPECT_EQ(*imported, 1);
    EXPECT_EQ((*store)->listFacilities()->front().name, "Centre P\xc3\xa9nitentiaire");

    // `custosctl facility add` with such a name is refused the same way.
    Facility latin{newId(), "Maison d'arr\xeat", FacilityType::Prison, "MoJ", "North", 10, {}, {}};
    auto added = admin::addFacility(**store, latin);
    ASSERT_FALSE(added.ok());
    EXPECT_NE(added.error().message.find("not UTF-8"), std::string::npos) << added.error().message;
    EXPECT_EQ((*store)->listFacilities()->size(), 1U);
}

// The checklist fuzzer found that yaml-cpp turns a NUL into a byte that is not UTF-8; a CSV
// field is read by our own parser, but a NUL or vertical tab pasted into a facility's name is
// no better in a report. Refused with its place and code point; nothing is imported.
TEST(ServerReferenceData, FacilityCsvWithAControlCharacterIsRefusedAndNothingIsImported) {
    const auto dir = testkit::freshDir("facility-csv-control");
    auto store = datadir::openStore(dir + "/data", true);
    ASSERT_TRUE(store.ok());
    const auto path = dir + "/control.csv";
    std::ofstream(path, std::ios::binary) << "name,type,authority,region,capacity,population\r\n"
                                          << "Central Prison,prison,MoJ,North,120,\r\n"
                                          << "Police\x0bHQ,police_station,MoI,North,10,\r\n";
    std::ostringstream problems;
    auto refused = admin::importFacilitiesCsv(**store, path, problems);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(refused.error().message.find(
                  "control.csv:3:7: this holds the invisible control character U+000B; delete it"),
              std::string::npos)
        << refused.error().message;
    EXPECT_TRUE((*store)->listFacilities()->empty()) << "not even the good first row";

    Facility named{
        newId(), std::string("Cells\0B", 7), FacilityType::PoliceStation, "MoI", "North", 10, {},
        {}};
    auto added = admin::addFacility(**store, named);
    ASSERT_FALSE(added.ok());
    EXPECT_NE(added.error().message.find("U+0000"), std::string::npos) << added.error().message;
    EXPECT_TRUE((*store)->listFacilities()->empty());
}
