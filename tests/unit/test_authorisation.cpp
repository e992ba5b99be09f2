// The authorisation matrix of design.md §5 for everything devices push and pull, against a real
// storage backend: one test per rule, each showing the allowed and the denied case.
#include "storage_world.h"

#include "custos/core/digest.h"
#include "custos/core/uuid.h"

#include "record_builders.h"

#include <gtest/gtest.h>

using namespace custos;
using custos::storage::Caller;
using Kind = custos::storage::OpOutcome::Kind;

namespace {

class Authorisation : public ::testing::TestWithParam<custos::testkit::Backend> {
protected:
    void SetUp() override {
        w = testkit::makeDemoWorld(
            std::string("authz-") +
                ::testing::UnitTest::GetInstance()->current_test_info()->name() + "-" +
                GetParam().name,
            GetParam());
        lead = w.as(w.lead);
        monitor = w.as(w.monitor);
        coordinator = w.as(w.coordinator);
        outsider = w.as(w.outsider);
        admin = w.as(w.admin);
    }

    Finding finding(const Caller& caller, const std::string& visit) {
        return testkit::finding(w.header(caller, visit), "accommodation", FindingSeverity::Concern,
                                "Cells lack natural light.");
    }
    Recommendation recommendation(const Caller& caller, const std::string& visit,
                                  const std::string& facility) {
        return testkit::recommendation(w.header(caller, visit), facility, "Open the windows.");
    }
    VisitStatusChange statusChange(const Caller& caller, VisitStatus status) {
        return {w.header(caller, w.visit.id), status};
    }
    void expectAccepted(const storage::OpOutcome& outcome) {
        EXPECT_EQ(outcome.kind, Kind::Accepted) << outcome.reason;
    }
    void expectRejected(const storage::OpOutcome& outcome, const std::string& because) {
        EXPECT_EQ(outcome.kind, Kind::Rejected);
        EXPECT_NE(outcome.reason.find(because), std::string::npos) << outcome.reason;
    }
    /// How many changes of each kind `caller` can pull.
    std::map<std::string, int> visible(const Caller& caller) {
        std::map<std::string, int> byKind;
        auto changes = w.store->changesAfter(caller, 0, 100000);
        EXPECT_TRUE(changes.ok());
        for (const auto& change : *changes)
            std::visit(
                [&](const auto& e) {
                    using T = std::decay_t<decltype(e)>;
                    if constexpr (std::is_same_v<T, VisitRecord>)
                        ++byKind[std::string(kindOf(e))];
                    else if constexpr (std::is_same_v<T, Observation>)
                        ++byKind["observation"];
                    else if constexpr (std::is_same_v<T, Visit>)
                        ++byKind["visit"];
                    else if constexpr (std::is_same_v<T, VisitWithdrawn>)
                        ++byKind["withdrawal"];
                    else if constexpr (std::is_same_v<T, Facility>)
                        ++byKind["facility"];
                    else
                        ++byKind["other"];
                },
                change.entity);
        return byKind;
    }

    custos::testkit::DemoWorld w;
    Caller lead, monitor, coordinator, outsider, admin;
};

} // namespace

std::string backendName(const ::testing::TestParamInfo<testkit::Backend>& backend) {
    return backend.param.name;
}
INSTANTIATE_TEST_SUITE_P(Backends, Authorisation, ::testing::Values(testkit::sqlcipherBackend()),
                         backendName);

// --- writing visit content -----------------------------------------------------------------

TEST_P(Authorisation, TeamMembersWriteAnswersOthersCannot) {
    expectAccepted(
        w.push(monitor, w.answer(monitor, w.visit.id, "acc.natural_light", AnswerCode::No)));
    expectRejected(
        w.push(outsider, w.answer(outsider, w.visit.id, "acc.natural_light", AnswerCode::No)),
        "not on the team");
    expectRejected(
        w.push(coordinator, w.answer(coordinator, w.visit.id, "acc.natural_light", AnswerCode::No)),
        "not on the team");
}

TEST_P(Authorisation, NobodyWritesUnderSomeoneElsesName) {
    auto forged = w.answer(monitor, w.visit.id, "acc.natural_light", AnswerCode::No);
    forged.authorId = w.lead.id;
    expectRejected(w.push(monitor, forged), "author or device");
    auto record = finding(monitor, w.visit.id);
    record.header.deviceId = "another-device";
    expectRejected(w.push(monitor, VisitRecord{record}), "author or device");
}

TEST_P(Authorisation, AdministratorsWriteNoVisitData) {
    expectRejected(w.push(admin, w.answer(admin, w.visit.id, "acc.natural_light", AnswerCode::No)),
                   "administrators");
    expectRejected(w.push(admin, VisitRecord{finding(admin, w.visit.id)}), "administrators");
}

TEST_P(Authorisation, TeamMembersRecordInterviewsFindingsAndRecommendations) {
    expectAccepted(w.push(monitor, VisitRecord{testkit::interview(w.header(monitor, w.visit.id),
                                                                  ConsentScope::Internal, "x")}));
    expectAccepted(w.push(monitor, VisitRecord{finding(monitor, w.visit.id)}));
    expectAccepted(
        w.push(monitor, VisitRecord{recommendation(monitor, w.visit.id, w.visit.facilityId)}));
    expectRejected(w.push(outsider, VisitRecord{testkit::interview(w.header(outsider, w.visit.id),
                                                                   ConsentScope::Internal, "x")}),
                   "not on the team");
    expectRejected(w.push(outsider, VisitRecord{finding(outsider, w.visit.id)}), "not on the team");
    expectRejected(w.push(coordinator,
                          VisitRecord{recommendation(coordinator, w.visit.id, w.visit.facilityId)}),
                   "not on the team");
}

TEST_P(Authorisation, RecommendationsBelongToTheirVisitsFacility) {
    expectRejected(
        w.push(monitor, VisitRecord{recommendation(monitor, w.visit.id, w.facilities.back().id)}),
        "another facility");
}

TEST_P(Authorisation, OnlyTheInterviewerOrTheLeadChangesAnInterview) {
    auto held = testkit::interview(w.header(monitor, w.visit.id), ConsentScope::Internal, "v1");
    expectAccepted(w.push(monitor, VisitRecord{held}));
    auto edit = [&](const Caller& caller) {
        auto version = held;
        version.header = w.header(caller, w.visit.id);
        version.header.id = held.header.id;
        version.content = "v2";
        return VisitRecord{version};
    };
    expectAccepted(w.push(monitor, edit(monitor)));
    expectAccepted(w.push(lead, edit(lead)));
    // A second monitor on the team may not.
    const User second{newId(), "Second Monitor", Role::Monitor, true};
    ASSERT_TRUE(w.store->putUser(second).ok());
    auto visit = w.visit;
    visit.team.push_back({second.id, second.displayName, TeamRole::Member});
    ASSERT_TRUE(w.store->putVisit(visit).ok());
    expectRejected(w.push(w.as(second), edit(w.as(second))), "interviewer or the visit lead");
}

TEST_P(Authorisation, OnlyTheLeadReconcilesDivergentAnswers) {
    const auto a = w.answer(monitor, w.visit.id, "acc.natural_light", AnswerCode::No);
    const auto b = w.answer(lead, w.visit.id, "acc.natural_light", AnswerCode::Yes);
    expectAccepted(w.push(monitor, a));
    expectAccepted(w.push(lead, b));
    expectRejected(w.push(monitor, VisitRecord{testkit::reconciliation(
                                       w.header(monitor, w.visit.id), "acc.natural_light", a.id)}),
                   "only the visit lead");
    expectAccepted(w.push(lead, VisitRecord{testkit::reconciliation(w.header(lead, w.visit.id),
                                                                    "acc.natural_light", a.id)}));
    // The chosen answer must be an answer to that item in that visit.
    expectRejected(w.push(lead, VisitRecord{testkit::reconciliation(w.header(lead, w.visit.id),
                                                                    "ex.outdoor_hour", a.id)}),
                   "not an answer to this item");
}

TEST_P(Authorisation, OnlyTheLeadApprovesPhotosOfPeopleOfAnOpenVisit) {
    // A photo of people the monitor took, received and committed by the server.
    const std::string content = "JPEG bytes of a photo of a cell with two detainees";
    const std::string sha = sha256Hex(content);
    storage::Attachment wanted;
    wanted.sha256 = sha;
    wanted.visitId = w.visit.id;
    wanted.size = static_cast<std::int64_t>(content.size());
    wanted.mediaType = "image/jpeg";
    wanted.showsPeople = true;
    wanted.uploaderId = w.monitor.id;
    ASSERT_TRUE(w.store->beginAttachment(wanted).ok());
    ASSERT_TRUE(
        w.store
            ->appendAttachment(
                sha, 0, {reinterpret_cast<const std::uint8_t*>(content.data()), content.size()})
            .ok());
    ASSERT_TRUE(w.store->commitAttachment(monitor, sha).ok());

    auto review = [&](const Caller& caller, const std::string& photo) {
        return VisitRecord{PhotoReview{w.header(caller, w.visit.id), photo, true, "consented"}};
    };
    expectRejected(w.push(monitor, review(monitor, sha)), "only the visit lead");
    expectRejected(w.push(coordinator, review(coordinator, sha)), "not on the team");
    expectAccepted(w.push(lead, review(lead, sha)));
    // It must name a received photo of this visit.
    expectRejected(w.push(lead, review(lead, sha256Hex("another photo"))),
                   "not a received attachment of this visit");
    // Once submitted, the visit is closed to reviews as to everything else.
    expectAccepted(w.push(lead, VisitRecord{statusChange(lead, VisitStatus::Submitted)}));
    expectRejected(w.push(lead, review(lead, sha)), "closed to changes");
}

// --- the life of a visit ---------------------------------------------------------------------

TEST_P(Authorisation, OnlyTheLeadSubmitsAndSubmissionLocksTheVisit) {
    expectRejected(w.push(monitor, VisitRecord{statusChange(monitor, VisitStatus::Submitted)}),
                   "only the visit lead");
    expectRejected(
        w.push(coordinator, VisitRecord{statusChange(coordinator, VisitStatus::Submitted)}),
        "only the visit lead");
    expectAccepted(w.push(lead, VisitRecord{statusChange(lead, VisitStatus::Submitted)}));
    EXPECT_EQ(w.store->findVisit(w.visit.id)->status, VisitStatus::Submitted);
    expectRejected(
        w.push(monitor, w.answer(monitor, w.visit.id, "acc.natural_light", AnswerCode::No)),
        "closed to changes");
    expectRejected(w.push(lead, VisitRecord{finding(lead, w.visit.id)}), "closed to changes");
}

TEST_P(Authorisation, OnlyCoordinatorsReviewOrReturnSubmittedVisits) {
    expectRejected(
        w.push(coordinator, VisitRecord{statusChange(coordinator, VisitStatus::Reviewed)}),
        "only a submitted visit");
    expectAccepted(w.push(lead, VisitRecord{statusChange(lead, VisitStatus::Submitted)}));
    expectRejected(w.push(lead, VisitRecord{statusChange(lead, VisitStatus::Reviewed)}),
                   "only a coordinator");
    expectRejected(w.push(lead, VisitRecord{statusChange(lead, VisitStatus::InProgress)}),
                   "only a coordinator");
    expectAccepted(
        w.push(coordinator, VisitRecord{statusChange(coordinator, VisitStatus::InProgress)}));
    expectAccepted(
        w.push(monitor, w.answer(monitor, w.visit.id, "acc.natural_light", AnswerCode::No)));
    expectAccepted(w.push(lead, VisitRecord{statusChange(lead, VisitStatus::Submitted)}));
    expectAccepted(
        w.push(coordinator, VisitRecord{statusChange(coordinator, VisitStatus::Reviewed)}));
    EXPECT_EQ(w.store->findVisit(w.visit.id)->status, VisitStatus::Reviewed);
}

// --- recommendation follow-up ----------------------------------------------------------------

TEST_P(Authorisation, RecommendationStatusIsSetByCoordinatorsOrByATeamVisitingTheFacility) {
    const auto made = recommendation(monitor, w.visit.id, w.visit.facilityId);
    expectAccepted(w.push(monitor, VisitRecord{made}));
    auto update = [&](const Caller& caller, const std::string& visit) {
        return VisitRecord{testkit::recommendationUpdate(w.header(caller, visit), made.header.id,
                                                         RecommendationStatus::InProgress)};
    };
    expectAccepted(w.push(coordinator, update(coordinator, "")));
    expectAccepted(w.push(lead, update(lead, w.visit.id)));
    expectRejected(w.push(monitor, update(monitor, "")), "unknown visit");
    expectRejected(w.push(outsider, update(outsider, w.visit.id)), "not on the team");
    expectRejected(w.push(admin, update(admin, "")), "administrators");

    // A team visiting another facility cannot touch it.
    Visit elsewhere = w.visit;
    elsewhere.id = newId();
    elsewhere.facilityId = w.facilities.back().id == w.visit.facilityId ? w.facilities.front().id
                                                                        : w.facilities.back().id;
    elsewhere.team = {{w.outsider.id, w.outsider.displayName, TeamRole::Head}};
    ASSERT_TRUE(w.store->putVisit(elsewhere).ok());
    expectRejected(w.push(outsider, update(outsider, elsewhere.id)), "another facility");
    expectRejected(w.push(coordinator, VisitRecord{testkit::recommendationUpdate(
                                           w.header(coordinator, ""), newId(),
                                           RecommendationStatus::Implemented)}),
                   "unknown recommendation");
}

// --- reading ---------------------------------------------------------------------------------

TEST_P(Authorisation, MonitorsReadOnlyTheirVisits) {
    expectAccepted(
        w.push(monitor, w.answer(monitor, w.visit.id, "acc.natural_light", AnswerCode::No)));
    expectAccepted(w.push(monitor, VisitRecord{finding(monitor, w.visit.id)}));
    const auto mine = visible(monitor);
    EXPECT_EQ(mine.at("visit"), 1);
    EXPECT_EQ(mine.at("observation"), 1);
    EXPECT_EQ(mine.at("finding"), 1);
    EXPECT_EQ(mine.at("facility"), 1) << "only the facility of their visit";
    const auto theirs = visible(outsider);
    EXPECT_EQ(theirs.count("visit"), 0u);
    EXPECT_EQ(theirs.count("observation"), 0u);
    EXPECT_EQ(theirs.count("finding"), 0u);
    EXPECT_EQ(theirs.count("facility"), 0u);
}

TEST_P(Authorisation, CoordinatorsReadTheOrganisationButNotUnsharedInterviews) {
    expectAccepted(
        w.push(monitor, w.answer(monitor, w.visit.id, "acc.natural_light", AnswerCode::No)));
    expectAccepted(w.push(monitor, VisitRecord{testkit::interview(w.header(monitor, w.visit.id),
                                                                  ConsentScope::None, "secret")}));
    expectAccepted(w.push(monitor, VisitRecord{testkit::interview(w.header(monitor, w.visit.id),
                                                                  ConsentScope::Internal, "ok")}));
    const auto all = visible(coordinator);
    EXPECT_EQ(all.at("facility"), static_cast<int>(w.facilities.size()));
    EXPECT_EQ(all.at("observation"), 1);
    EXPECT_EQ(all.at("interview"), 1) << "the interview without consent stays with the team";
    EXPECT_EQ(visible(lead).at("interview"), 2) << "the team sees both";
}

TEST_P(Authorisation, AdministratorsReadReferenceDataOnly) {
    expectAccepted(
        w.push(monitor, w.answer(monitor, w.visit.id, "acc.natural_light", AnswerCode::No)));
    const auto admins = visible(admin);
    EXPECT_EQ(admins.count("visit"), 0u);
    EXPECT_EQ(admins.count("observation"), 0u);
    EXPECT_EQ(admins.at("facility"), static_cast<int>(w.facilities.size()));
}

TEST_P(Authorisation, LeavingATeamWithdrawsTheVisitFromThatUserOnly) {
    expectAccepted(
        w.push(monitor, w.answer(monitor, w.visit.id, "acc.natural_light", AnswerCode::No)));
    auto visit = w.visit;
    visit.team = {{w.lead.id, w.lead.displayName, TeamRole::Head}};
    ASSERT_TRUE(w.store->putVisit(visit).ok());
    expectAccepted(w.push(lead, w.answer(lead, w.visit.id, "ex.outdoor_hour", AnswerCode::Yes)));
    const auto gone = visible(monitor);
    EXPECT_EQ(gone.at("withdrawal"), 1);
    EXPECT_EQ(gone.count("observation"), 0u) << "nothing of the visit any more";
    EXPECT_EQ(visible(lead).count("withdrawal"), 0u);
    expectRejected(
        w.push(monitor, w.answer(monitor, w.visit.id, "acc.natural_light", AnswerCode::No)),
        "not on the team");
}

TEST_P(Authorisation, AReviewedVisitIsWithdrawnFromEveryTablet) {
    expectAccepted(w.push(lead, VisitRecord{statusChange(lead, VisitStatus::Submitted)}));
    expectAccepted(
        w.push(coordinator, VisitRecord{statusChange(coordinator, VisitStatus::Reviewed)}));
    EXPECT_EQ(visible(lead).at("withdrawal"), 1);
    EXPECT_EQ(visible(monitor).at("withdrawal"), 1);
    EXPECT_EQ(visible(coordinator).count("withdrawal"), 0u);
    EXPECT_EQ(visible(coordinator).at("visit"), 1) << "the server keeps everything";
}

TEST_P(Authorisation, ALaterTeamSeesTheFacilitysEarlierRecommendations) {
    const auto made = recommendation(monitor, w.visit.id, w.visit.facilityId);
    expectAccepted(w.push(monitor, VisitRecord{made}));
    expectAccepted(w.push(monitor, VisitRecord{finding(monitor, w.visit.id)}));
    // A new visit to the same facility by someone who was not on the first one.
    Visit next = w.visit;
    next.id = newId();
    next.team = {{w.outsider.id, w.outsider.displayName, TeamRole::Head}};
    ASSERT_TRUE(w.store->putVisit(next).ok());
    const auto seen = visible(outsider);
    EXPECT_EQ(seen.at("recommendation"), 1);
    EXPECT_EQ(seen.count("finding"), 0u) << "the earlier visit's other records stay with its team";
}
