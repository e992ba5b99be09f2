// ReviewService.VisitDossier against a real custosd over TLS: what a coordinator receives about
// one visit, that interviews without consent never leave the team, and who is refused.
#include "custos/proto/mapping.h"
#include "custos/v1/review.grpc.pb.h"

#include "dossier_world.h"
#include "grpc_client.h"
#include "process.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace custos;

namespace {

class VisitDossierOverTls : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        server_ = new testkit::TestServer(testkit::TestServer::start(
            "it-dossier", CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml"));
        // Written into the running server's store, as the lead's pushes would have been.
        world_ = new testkit::DossierWorld(testkit::seedDossierDataDir(server_->dataDir));
        coordinator_ = testkit::enrolDevice(*server_, "Demo Coordinator");
        monitor_ = testkit::enrolDevice(*server_, "Demo Lead");
        admin_ = testkit::enrolDevice(*server_, "Demo Admin");
    }
    static void TearDownTestSuite() {
        delete server_;
        delete world_;
        server_ = nullptr;
        world_ = nullptr;
    }

    static grpc::Status dossier(const std::string& credential, const std::string& visitId,
                                const std::string& language, v1::VisitDossierResponse& response) {
        grpc::ClientContext context;
        testkit::authorize(context, credential);
        v1::VisitDossierRequest request;
        request.set_visit_id(visitId);
        request.set_language(language);
        request.set_today("2026-12-15");
        return v1::ReviewService::NewStub(testkit::tlsChannel(*server_))
            ->VisitDossier(&context, request, &response);
    }

    static testkit::TestServer* server_;
    static testkit::DossierWorld* world_;
    static std::string coordinator_, monitor_, admin_;
};
testkit::TestServer* VisitDossierOverTls::server_ = nullptr;
testkit::DossierWorld* VisitDossierOverTls::world_ = nullptr;
std::string VisitDossierOverTls::coordinator_, VisitDossierOverTls::monitor_,
    VisitDossierOverTls::admin_;

} // namespace

TEST_F(VisitDossierOverTls, CoordinatorReceivesTheWholeVisit) {
    v1::VisitDossierResponse response;
    const auto status = dossier(coordinator_, world_->visitId, "en", response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    auto decoded = protomap::fromProto(response);
    ASSERT_TRUE(decoded) << decoded.error().message;
    const VisitDossier& d = *decoded;

    EXPECT_EQ(d.facility.name, world_->facilityName);
    EXPECT_EQ(d.visit.id, world_->visitId);
    EXPECT_FALSE(d.checklistTitle.empty());
    EXPECT_EQ(d.sections.size(), 28u) << "every theme of the Mandela Rules checklist";
    EXPECT_EQ(d.answers.size(), 40u);
    for (const auto& member : d.visit.team)
        EXPECT_FALSE(member.displayName.empty());

    // Answers resolved and flagged as the tablets show them.
    const auto occupancy =
        std::find_if(d.indicators.begin(), d.indicators.end(),
                     [](const DossierIndicator& i) { return i.key == "occupancy_pct"; });
    ASSERT_NE(occupancy, d.indicators.end());
    ASSERT_TRUE(occupancy->value && occupancy->previous);
    EXPECT_NEAR(*occupancy->value, 1030.0 / 850 * 100, 0.01);
    EXPECT_NEAR(*occupancy->previous, 905.0 / 850 * 100, 0.01);
    EXPECT_FALSE(occupancy->flags.empty()) << "over 100 % is flagged";
    const auto total = std::find_if(d.answers.begin(), d.answers.end(), [](const DossierAnswer& a) {
        return a.itemKey == "pop.total";
    });
    ASSERT_NE(total, d.answers.end());
    EXPECT_EQ(total->value, "1030");
    EXPECT_FALSE(total->prompt.empty());
    EXPECT_EQ(d.citedAnswers.size(), 1u) << "the finding citing a superseded answer keeps it";

    std::vector<std::string> findings, recommendations;
    for (const auto& f : d.findings)
        findings.push_back(f.text);
    for (const auto& r : d.recommendations)
        recommendations.push_back(r.recommendation.text);
    std::sort(findings.begin(), findings.end());
    std::sort(recommendations.begin(), recommendations.end());
    auto expectedFindings = world_->findingTexts;
    std::sort(expectedFindings.begin(), expectedFindings.end());
    EXPECT_EQ(findings, expectedFindings);
    EXPECT_EQ(recommendations, world_->recommendationTexts);
    for (std::size_t i = 0; i < d.recommendations.size(); ++i)
        EXPECT_EQ(d.recommendations[i].number, static_cast<int>(i) + 1);

    ASSERT_TRUE(d.previousVisit);
    EXPECT_EQ(d.previousVisit->visitId, world_->previousVisitId);
    EXPECT_EQ(d.previousVisit->startDate, "2025-05-12");
    ASSERT_EQ(d.earlierRecommendations.size(), 1u);
    EXPECT_EQ(d.earlierRecommendations[0].recommendation.text, world_->earlierRecommendationText);
    EXPECT_EQ(d.earlierRecommendations[0].status, RecommendationStatus::PartiallyImplemented);
    EXPECT_EQ(d.earlierRecommendations[0].statusEvidence, world_->earlierEvidence);
    EXPECT_EQ(d.earlierRecommendations[0].statusDate, "2026-11-30");
}

TEST_F(VisitDossierOverTls, InterviewsWithoutConsentNeverLeaveTheTeam) {
    v1::VisitDossierResponse response;
    ASSERT_TRUE(dossier(coordinator_, world_->visitId, "en", response).ok());
    const std::string wire = response.SerializeAsString();
    EXPECT_EQ(wire.find(world_->noneContent), std::string::npos);
    EXPECT_EQ(wire.find(world_->noneCode), std::string::npos);
    ASSERT_EQ(response.interviews_size(), 2);
    std::vector<std::string> codes;
    for (const auto& interview : response.interviews()) {
        EXPECT_NE(interview.consent(), v1::CONSENT_SCOPE_NONE);
        codes.push_back(interview.person_code());
    }
    std::sort(codes.begin(), codes.end());
    EXPECT_EQ(codes, (std::vector<std::string>{world_->authoritiesCode, world_->internalCode}));
}

TEST_F(VisitDossierOverTls, FrenchDossierIsInFrench) {
    v1::VisitDossierResponse response;
    ASSERT_TRUE(dossier(coordinator_, world_->visitId, "fr", response).ok());
    EXPECT_EQ(response.language(), "fr");
    EXPECT_NE(response.checklist_title().find("Visite standard"), std::string::npos);
    bool frenchCode = false;
    for (const auto& answer : response.answers())
        frenchCode = frenchCode || answer.value() == "oui" || answer.value() == "non";
    EXPECT_TRUE(frenchCode);
}

TEST_F(VisitDossierOverTls, OnlyCoordinatorsMayReadIt) {
    for (const auto* credential : {&monitor_, &admin_}) {
        v1::VisitDossierResponse response;
        EXPECT_EQ(dossier(*credential, world_->visitId, "en", response).error_code(),
                  grpc::StatusCode::PERMISSION_DENIED);
        EXPECT_EQ(response.findings_size(), 0);
    }
    v1::VisitDossierResponse response;
    EXPECT_EQ(dossier("not-a-credential", world_->visitId, "en", response).error_code(),
              grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(VisitDossierOverTls, UnknownVisitIsNotFound) {
    v1::VisitDossierResponse response;
    EXPECT_EQ(
        dossier(coordinator_, "01890000-0000-7000-8000-000000000000", "en", response).error_code(),
        grpc::StatusCode::NOT_FOUND);
    EXPECT_EQ(dossier(coordinator_, "", "en", response).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT);
}
