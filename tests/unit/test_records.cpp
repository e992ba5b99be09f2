#include "custos/core/answer_resolution.h"
#include "custos/core/entity_json.h"
#include "custos/core/records.h"

#include "record_builders.h"

#include <gtest/gtest.h>

using namespace custos;
using testkit::header;

namespace {
const std::string kVisit = newId();
} // namespace

TEST(Records, EveryKindRoundTripsThroughItsStoredForm) {
    auto interview = testkit::interview(header(kVisit, "u1", "d1", 10), ConsentScope::Internal,
                                        "He said the night shift beat him.");
    interview.interpreter = true;
    interview.reprisalRisk = true;
    auto finding = testkit::finding(header(kVisit, "u1", "d1", 11), "accommodation",
                                    FindingSeverity::Urgent, "Cells hold 3 people in 7 m².");
    finding.observationIds = {newId()};
    finding.interviewIds = {interview.header.id};
    const auto recommendation =
        testkit::recommendation(header(kVisit, "u1", "d1", 12), newId(), "Reduce occupancy.");
    const auto update = testkit::recommendationUpdate(
        header(kVisit, "u1", "d1", 13), recommendation.header.id, RecommendationStatus::InProgress);
    const auto settled =
        testkit::reconciliation(header(kVisit, "u1", "d1", 14), "cell_area", newId());
    const VisitStatusChange submitted{header(kVisit, "u1", "d1", 15), VisitStatus::Submitted};

    for (const VisitRecord& record :
         std::vector<VisitRecord>{interview, finding, recommendation, update, settled, submitted}) {
        ASSERT_TRUE(validateRecord(record).ok()) << kindOf(record);
        auto back = recordFromJson(kindOf(record), recordToJson(record));
        ASSERT_TRUE(back.ok()) << back.error().message;
        EXPECT_EQ(*back, record) << kindOf(record);
    }
}

TEST(Records, StoredFormErrorsSayWhatIsWrongWithoutEchoingContent) {
    auto broken = recordFromJson("interview", R"({"id":"x","content":"secret words"})");
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, ErrorCode::Corrupt);
    EXPECT_EQ(broken.error().message.find("secret words"), std::string::npos);
    EXPECT_FALSE(recordFromJson("poem", "{}").ok());
}

TEST(Records, ValidationRefusesBadShapes) {
    auto noCode = testkit::interview(header(kVisit, "u1", "d1", 1), ConsentScope::None, "x");
    noCode.personCode.clear();
    EXPECT_FALSE(validateRecord(noCode).ok());

    auto badRule =
        testkit::finding(header(kVisit, "u1", "d1", 1), "t", FindingSeverity::Concern, "text");
    badRule.ruleRefs = {123};
    EXPECT_FALSE(validateRecord(badRule).ok());
    badRule.ruleRefs = {1, 122};
    EXPECT_TRUE(validateRecord(badRule).ok());
    badRule.observationIds = {"not-a-uuid"};
    EXPECT_FALSE(validateRecord(badRule).ok());

    auto noText = testkit::recommendation(header(kVisit, "u1", "d1", 1), newId(), "");
    EXPECT_FALSE(validateRecord(noText).ok());

    auto badVisit = testkit::recommendation(header("visit-7", "u1", "d1", 1), newId(), "text");
    EXPECT_FALSE(validateRecord(badVisit).ok());

    // A coordinator's status update may come from outside any visit; other records may not.
    auto update = testkit::recommendationUpdate(header("", "u1", "d1", 1), newId(),
                                                RecommendationStatus::Implemented);
    EXPECT_TRUE(validateRecord(update).ok());
    auto findingWithoutVisit =
        testkit::finding(header("", "u1", "d1", 1), "t", FindingSeverity::Concern, "text");
    EXPECT_FALSE(validateRecord(findingWithoutVisit).ok());

    const VisitStatusChange backToPlanned{header(kVisit, "u1", "d1", 1), VisitStatus::Planned};
    EXPECT_FALSE(validateRecord(backToPlanned).ok());

    auto huge = testkit::interview(header(kVisit, "u1", "d1", 1), ConsentScope::None,
                                   std::string(70 * 1024, 'x'));
    EXPECT_FALSE(validateRecord(huge).ok());
}

TEST(Records, RejectedRecommendationsStayOpenForFollowUp) {
    EXPECT_TRUE(isOpenStatus(RecommendationStatus::Rejected));
    EXPECT_TRUE(isOpenStatus(RecommendationStatus::PartiallyImplemented));
    EXPECT_FALSE(isOpenStatus(RecommendationStatus::Implemented));
    EXPECT_FALSE(isOpenStatus(RecommendationStatus::NoLongerApplicable));
}

// --- divergent answers -------------------------------------------------------------------

TEST(AnswerResolution, OneAuthorChangingTheirMindIsNotDivergence) {
    const std::vector<Observation> answers{
        testkit::observation(kVisit, "q", AnswerCode::Yes, "ana", "dA", 1),
        testkit::observation(kVisit, "q", AnswerCode::No, "ana", "dA", 2)};
    const auto resolved = resolveAnswers(answers, {});
    ASSERT_EQ(resolved.count("q"), 1u);
    EXPECT_FALSE(resolved.at("q").divergent);
    EXPECT_EQ(resolved.at("q").standing.value, AnswerValue{AnswerCode::No});
}

TEST(AnswerResolution, TwoMembersDisagreeingIsDivergentAndKeepsBothAnswers) {
    const std::vector<Observation> answers{
        testkit::observation(kVisit, "q", AnswerCode::Yes, "ana", "dA", 5),
        testkit::observation(kVisit, "q", AnswerCode::No, "ben", "dB", 6),
        testkit::observation(kVisit, "same", std::int64_t{3}, "ana", "dA", 5),
        testkit::observation(kVisit, "same", std::int64_t{3}, "ben", "dB", 7)};
    const auto resolved = resolveAnswers(answers, {});
    const auto& q = resolved.at("q");
    EXPECT_TRUE(q.divergent);
    ASSERT_EQ(q.competing.size(), 2u);
    EXPECT_EQ(q.standing.authorId, "ben"); // the latest stands until the lead reconciles
    EXPECT_FALSE(resolved.at("same").divergent);
}

TEST(AnswerResolution, ReconciliationSettlesUntilSomeoneAnswersAgain) {
    const auto yes = testkit::observation(kVisit, "q", AnswerCode::Yes, "ana", "dA", 5);
    const auto no = testkit::observation(kVisit, "q", AnswerCode::No, "ben", "dB", 6);
    const auto lead = testkit::reconciliation(header(kVisit, "lead", "dL", 8), "q", yes.id);

    auto resolved = resolveAnswers({yes, no}, {lead});
    EXPECT_FALSE(resolved.at("q").divergent);
    EXPECT_EQ(resolved.at("q").standing.id, yes.id); // the older answer stands: the lead chose it
    ASSERT_TRUE(resolved.at("q").settled);

    // Ben answers again after the reconciliation with the settled value: still settled.
    const auto benAgrees = testkit::observation(kVisit, "q", AnswerCode::Yes, "ben", "dB", 9);
    resolved = resolveAnswers({yes, no, benAgrees}, {lead});
    EXPECT_FALSE(resolved.at("q").divergent);
    // ... and with another value: divergent again, the newer answer against the chosen one.
    const auto benDisagrees =
        testkit::observation(kVisit, "q", AnswerCode::Partial, "ben", "dB", 10);
    resolved = resolveAnswers({yes, no, benAgrees, benDisagrees}, {lead});
    EXPECT_TRUE(resolved.at("q").divergent);
    EXPECT_EQ(resolved.at("q").standing.id, benDisagrees.id);
}

TEST(AnswerResolution, AReconciliationWhoseChosenAnswerHasNotArrivedSettlesNothing) {
    const auto yes = testkit::observation(kVisit, "q", AnswerCode::Yes, "ana", "dA", 5);
    const auto no = testkit::observation(kVisit, "q", AnswerCode::No, "ben", "dB", 6);
    const auto lead = testkit::reconciliation(header(kVisit, "lead", "dL", 8), "q", newId());
    const auto resolved = resolveAnswers({yes, no}, {lead});
    EXPECT_TRUE(resolved.at("q").divergent);
    EXPECT_FALSE(resolved.at("q").settled);
}

TEST(AnswerResolution, EqualClocksAreOrderedByDevice) {
    const auto a = testkit::observation(kVisit, "q", AnswerCode::Yes, "ana", "device-a", 5);
    const auto b = testkit::observation(kVisit, "q", AnswerCode::No, "ben", "device-b", 5);
    EXPECT_EQ(resolveAnswers({a, b}, {}).at("q").standing.id, b.id);
    EXPECT_EQ(resolveAnswers({b, a}, {}).at("q").standing.id, b.id);
}

TEST(Entities, FacilityWithSubUnitsRoundTripsAndOlderFormsStillRead) {
    Facility f{newId(),
               "Lake Prison",
               FacilityType::Prison,
               "MoJ",
               "North",
               300,
               {"women"},
               {{"B", "Wing B", "wing", 120, 0}, {"B-12", "Wing B, cell 12", "cell", 2, 8.5}}};
    auto back = facilityFromJson(toJson(f));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, f);
    // Stored before sub-units existed: no "units" field.
    auto older = facilityFromJson(R"({"id":"x","name":"Old","type":"prison"})");
    ASSERT_TRUE(older.ok());
    EXPECT_TRUE(older->subUnits.empty());
}

TEST(Records, PhotoReviewRoundTripsAndNamesAPhotoByItsHash) {
    const PhotoReview approved{header(kVisit, "lead", "d1", 20), std::string(64, 'a'), true,
                               "Faces blurred; consent recorded."};
    ASSERT_TRUE(validateRecord(approved).ok());
    EXPECT_EQ(kindOf(approved), "photo_review");
    auto back = recordFromJson("photo_review", recordToJson(approved));
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(*back, VisitRecord{approved});

    for (const std::string& bad :
         {std::string(), std::string(63, 'a'), std::string(64, 'A'), std::string(64, 'g')}) {
        PhotoReview review = approved;
        review.attachmentSha256 = bad;
        EXPECT_FALSE(validateRecord(review).ok()) << bad;
    }
    PhotoReview noVisit = approved;
    noVisit.header.visitId.clear();
    EXPECT_FALSE(validateRecord(noVisit).ok());
}
