// Group commit (Storage::applyPushes): several devices' pushes in one transaction, each under
// its own savepoint. Each push must get exactly what it would get alone, and a push that fails
// must leave nothing behind while the others are kept and the audit chain stays whole.
#include "custos/core/uuid.h"
#include "custos/datadir/data_dir.h"

#include "process.h"
#include "storage_world.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace custos;
using custos::storage::Caller;
using custos::storage::Op;
using custos::storage::OpOutcome;
using Kind = custos::storage::OpOutcome::Kind;

namespace {

using testkit::Backend;
using testkit::DemoWorld;

Op answerOp(DemoWorld& w, const Caller& caller, const std::string& key,
            const std::string& note = {}) {
    auto observation = w.answer(caller, w.visit.id, key, AnswerCode::No);
    observation.note = note;
    return {newId(), std::move(observation)};
}

std::vector<Kind> kinds(const std::vector<OpOutcome>& outcomes) {
    std::vector<Kind> out;
    for (const auto& outcome : outcomes)
        out.push_back(outcome.kind);
    return out;
}

class GroupCommit : public ::testing::TestWithParam<Backend> {
protected:
    DemoWorld makeDemo(const std::string& name) const {
        return testkit::makeDemoWorld(name + "-" + GetParam().name, GetParam());
    }
};

std::string backendName(const ::testing::TestParamInfo<Backend>& backend) {
    return backend.param.name;
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, GroupCommit, ::testing::Values(testkit::sqlcipherBackend()),
                         backendName);

TEST_P(GroupCommit, EachPushGetsWhatItWouldGetAloneInOrder) {
    auto w = makeDemo("group-alone");
    const auto monitor = w.as(w.monitor);
    const auto lead = w.as(w.lead);
    const auto outsider = w.as(w.outsider);
    const std::vector<Op> first{answerOp(w, monitor, "acc.natural_light"),
                                answerOp(w, monitor, "ex.outdoor_hour")};
    const std::vector<Op> refused{answerOp(w, outsider, "acc.natural_light")};
    // A replay of the first push's op (its retry crossed the answer) and a new op.
    const std::vector<Op> replay{first[0], answerOp(w, lead, "acc.toilet_access")};

    auto results = w.store->applyPushes({{monitor, first}, {outsider, refused}, {lead, replay}});

    ASSERT_EQ(results.size(), 3u);
    ASSERT_TRUE(results[0].ok()) << results[0].error().message;
    ASSERT_TRUE(results[1].ok()) << results[1].error().message;
    ASSERT_TRUE(results[2].ok()) << results[2].error().message;
    EXPECT_EQ(kinds(*results[0]), (std::vector<Kind>{Kind::Accepted, Kind::Accepted}));
    EXPECT_EQ(kinds(*results[1]), std::vector<Kind>{Kind::Rejected});
    EXPECT_NE((*results[1])[0].reason.find("not on the team"), std::string::npos)
        << (*results[1])[0].reason;
    EXPECT_EQ(kinds(*results[2]), (std::vector<Kind>{Kind::Duplicate, Kind::Accepted}));
    EXPECT_EQ((*results[2])[0].seq, (*results[0])[0].seq) << "a replay names the first seq";
    EXPECT_LT((*results[0])[1].seq, (*results[2])[1].seq) << "pushes are applied in order";
    EXPECT_EQ(w.store->stats()->observations, 3);

    auto audit = w.store->verifyAudit();
    ASSERT_TRUE(audit.ok());
    EXPECT_EQ(audit->firstBadSeq, 0u) << audit->problem;
    std::size_t accepted = 0;
    for (const auto& event : *w.store->recentAudit(1000))
        accepted += event.action == "observation.accepted";
    EXPECT_EQ(accepted, 3u) << "one audit event per accepted op, none for a refusal or replay";
}

TEST_P(GroupCommit, ALaterPushSeesWhatAnEarlierPushOfTheGroupChanged) {
    auto w = makeDemo("group-order");
    const auto lead = w.as(w.lead);
    const auto monitor = w.as(w.monitor);
    const std::vector<Op> submit{{newId(), VisitRecord{VisitStatusChange{w.header(lead, w.visit.id),
                                                                         VisitStatus::Submitted}}}};
    const std::vector<Op> lateAnswer{answerOp(w, monitor, "acc.natural_light")};

    auto results = w.store->applyPushes({{lead, submit}, {monitor, lateAnswer}});

    ASSERT_EQ(results.size(), 2u);
    ASSERT_TRUE(results[0].ok() && results[1].ok());
    EXPECT_EQ((*results[0])[0].kind, Kind::Accepted) << (*results[0])[0].reason;
    EXPECT_EQ((*results[1])[0].kind, Kind::Rejected)
        << "the visit was submitted by the push before it in the same transaction";
    EXPECT_NE((*results[1])[0].reason.find("closed to changes"), std::string::npos)
        << (*results[1])[0].reason;
    EXPECT_EQ(w.store->stats()->observations, 0);
    EXPECT_EQ(w.store->findVisit(w.visit.id)->status, VisitStatus::Submitted);
}

TEST_P(GroupCommit, AGroupOfOneIsApplyOps) {
    auto w = makeDemo("group-one");
    const auto monitor = w.as(w.monitor);
    const std::vector<Op> ops{answerOp(w, monitor, "acc.natural_light")};
    auto grouped = w.store->applyPushes({{monitor, ops}});
    ASSERT_EQ(grouped.size(), 1u);
    ASSERT_TRUE(grouped[0].ok());
    auto alone = w.store->applyOps(monitor, ops);
    ASSERT_TRUE(alone.ok());
    EXPECT_EQ((*alone)[0].kind, Kind::Duplicate);
    EXPECT_EQ((*alone)[0].seq, (*grouped[0])[0].seq);
    EXPECT_TRUE(w.store->applyPushes({}).empty());
}

// A push that does not fit in the store (the size cap, as on a full disk) fails alone: the
// pushes before and after it in the group are stored, the chain verifies, and the failed push
// is stored whole once there is room. SQLCipher-specific: the cap is a file-size limit.
TEST(GroupCommitSqlCipher, APushThatDoesNotFitFailsAloneAndIsStoredWholeLater) {
    auto w = testkit::makeDemoWorld("group-full");
    const auto monitor = w.as(w.monitor);
    const auto lead = w.as(w.lead);
    const std::vector<Op> small1{answerOp(w, monitor, "acc.natural_light")};
    std::vector<Op> huge;
    for (int i = 0; i < 400; ++i)
        huge.push_back(answerOp(w, lead, "acc.toilet_access", std::string(2000, 'n')));
    const std::vector<Op> small2{answerOp(w, lead, "ex.outdoor_hour")};

    // Reopen the store capped at its size plus room for the small pushes only.
    w.store.reset(); // closing checkpoints the WAL: the file is the whole store
    const auto size = static_cast<std::int64_t>(
        std::filesystem::file_size(datadir::Layout{w.dataDir}.databasePath()));
    {
        auto capped = datadir::openStore(w.dataDir, false, size + 96 * 1024);
        ASSERT_TRUE(capped.ok()) << capped.error().message;
        auto results = (*capped)->applyPushes({{monitor, small1}, {lead, huge}, {lead, small2}});
        ASSERT_EQ(results.size(), 3u);
        ASSERT_FALSE(results[1].ok()) << "400 answers of 2 KB cannot fit in 96 KB";
        EXPECT_EQ(results[1].error().code, ErrorCode::StorageFull) << results[1].error().message;
        ASSERT_TRUE(results[0].ok()) << results[0].error().message;
        ASSERT_TRUE(results[2].ok()) << results[2].error().message;
        EXPECT_EQ((*results[0])[0].kind, Kind::Accepted);
        EXPECT_EQ((*results[2])[0].kind, Kind::Accepted);
        EXPECT_EQ((*capped)->stats()->observations, 2) << "nothing of the failed push is kept";
        auto audit = (*capped)->verifyAudit();
        ASSERT_TRUE(audit.ok());
        EXPECT_EQ(audit->firstBadSeq, 0u) << audit->problem;
    }
    auto roomy = datadir::openStore(w.dataDir, false);
    ASSERT_TRUE(roomy.ok()) << roomy.error().message;
    auto retried = (*roomy)->applyPushes({{lead, huge}, {monitor, small1}});
    ASSERT_TRUE(retried[0].ok()) << retried[0].error().message;
    ASSERT_TRUE(retried[1].ok()) << retried[1].error().message;
    EXPECT_EQ(kinds(*retried[0]), std::vector<Kind>(huge.size(), Kind::Accepted));
    EXPECT_EQ((*retried[1])[0].kind, Kind::Duplicate);
    EXPECT_EQ((*roomy)->stats()->observations, 402);
    auto audit = (*roomy)->verifyAudit();
    ASSERT_TRUE(audit.ok());
    EXPECT_EQ(audit->firstBadSeq, 0u) << audit->problem;
}
