// ReviewService against a real custosd over TLS, with a generated three-cycle history: what a
// coordinator gets, in what order, with interview-derived counts suppressed, and who is refused.
#include "custos/v1/review.grpc.pb.h"

#include "grpc_client.h"
#include "process.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace custos;

namespace {

constexpr int kFacilities = 12;

class ReviewOverTls : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        server_ = new testkit::TestServer(testkit::TestServer::start("it-review"));
        // The history is written into the running server's store, as an operator would.
        const auto made = testkit::runCommand(
            {CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "demo-history", "--checklist",
             CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml", "--facilities",
             std::to_string(kFacilities), "--cycles", "3", "--items", "60", "--seed", "7"});
        ASSERT_EQ(made.exitCode, 0) << made.err;
        std::istringstream cycles(
            testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "cycle", "list"})
                .out);
        for (std::string line; std::getline(cycles, line);)
            if (line.find("2025 periodic cycle") != std::string::npos)
                latestCycle_ = line.substr(0, line.find(' '));
        coordinator_ = testkit::enrolDevice(*server_, "Demo Coordinator");
        monitor_ = testkit::enrolDevice(*server_, "Demo Monitor");
        admin_ = testkit::enrolDevice(*server_, "Demo Admin");
    }
    static void TearDownTestSuite() {
        delete server_;
        server_ = nullptr;
    }

    static std::unique_ptr<v1::ReviewService::Stub> stub() {
        return v1::ReviewService::NewStub(testkit::tlsChannel(*server_));
    }
    static grpc::Status overview(const std::string& credential, const std::string& sortBy,
                                 bool descending, v1::CycleOverviewResponse& response) {
        grpc::ClientContext context;
        if (!credential.empty())
            testkit::authorize(context, credential);
        v1::CycleOverviewRequest request;
        request.set_cycle_id(latestCycle_);
        request.set_sort_by(sortBy);
        request.set_descending(descending);
        return stub()->CycleOverview(&context, request, &response);
    }
    static std::string exportAll(const std::string& credential, grpc::Status& status,
                                 std::int64_t& rows) {
        grpc::ClientContext context;
        testkit::authorize(context, credential);
        v1::ExportRequest request;
        request.set_format(v1::EXPORT_FORMAT_CSV);
        auto reader = stub()->Export(&context, request);
        std::string document;
        v1::ExportChunk chunk;
        while (reader->Read(&chunk)) {
            document += chunk.data();
            rows = chunk.rows_so_far();
        }
        status = reader->Finish();
        return document;
    }

    static testkit::TestServer* server_;
    static std::string latestCycle_, coordinator_, monitor_, admin_;
};
testkit::TestServer* ReviewOverTls::server_ = nullptr;
std::string ReviewOverTls::latestCycle_, ReviewOverTls::coordinator_, ReviewOverTls::monitor_,
    ReviewOverTls::admin_;

} // namespace

TEST_F(ReviewOverTls, CycleOverviewListsEveryFacilityInScopeWorstFirst) {
    ASSERT_FALSE(latestCycle_.empty());
    v1::CycleOverviewResponse response;
    const auto status = overview(coordinator_, "indicator:occupancy_pct", true, response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    ASSERT_EQ(response.rows_size(), kFacilities);
    EXPECT_EQ(response.theme_keys_size(), 28) << "every theme of the Mandela Rules checklist";
    double previous = 1e18;
    bool unknownSeen = false;
    for (const auto& row : response.rows()) {
        EXPECT_TRUE(row.visited());
        EXPECT_TRUE(row.checklist_known());
        EXPECT_GT(row.answered(), 0);
        EXPECT_EQ(row.themes().compliance_size(), response.theme_keys_size());
        EXPECT_EQ(row.themes().applicable_size(), response.theme_keys_size());
        const auto occupancy = row.indicators().find("occupancy_pct");
        if (occupancy == row.indicators().end()) {
            unknownSeen = true;
            continue;
        }
        EXPECT_FALSE(unknownSeen) << "facilities without a value come last";
        EXPECT_LE(occupancy->second, previous);
        previous = occupancy->second;
    }
}

TEST_F(ReviewOverTls, InterviewDerivedCountsBelowKAreSuppressed) {
    v1::CycleOverviewResponse response;
    ASSERT_TRUE(overview(coordinator_, "name", false, response).ok());
    int suppressed = 0;
    for (const auto& row : response.rows()) {
        // Two interviews per generated visit: under the default k of 5, never shown.
        EXPECT_TRUE(row.interviews().suppressed());
        EXPECT_EQ(row.interviews().value(), 0);
        for (const auto* count : {&row.allegations(), &row.reprisal_risks()}) {
            if (count->suppressed())
                ++suppressed;
            EXPECT_TRUE(count->suppressed() ? count->value() == 0
                                            : count->value() == 0 || count->value() >= 5);
        }
    }
    EXPECT_GT(suppressed, 0);
}

TEST_F(ReviewOverTls, BadOverviewRequestsAreExplained) {
    v1::CycleOverviewResponse response;
    auto status = overview(coordinator_, "popularity", false, response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_NE(status.error_message().find("unknown sort key"), std::string::npos);
    grpc::ClientContext context;
    testkit::authorize(context, coordinator_);
    v1::CycleOverviewRequest request;
    request.set_cycle_id("no-such-cycle");
    status = stub()->CycleOverview(&context, request, &response);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(ReviewOverTls, FacilityTrendRunsAcrossCyclesOldestFirst) {
    v1::CycleOverviewResponse overviewResponse;
    ASSERT_TRUE(overview(coordinator_, "name", false, overviewResponse).ok());
    grpc::ClientContext context;
    testkit::authorize(context, coordinator_);
    v1::FacilityTrendRequest request;
    request.set_facility_id(overviewResponse.rows(0).facility().id());
    v1::FacilityTrendResponse response;
    const auto status = stub()->FacilityTrend(&context, request, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    ASSERT_EQ(response.points_size(), 3);
    EXPECT_EQ(response.points(0).cycle_name(), "2023 periodic cycle");
    EXPECT_EQ(response.points(2).cycle_name(), "2025 periodic cycle");
    EXPECT_EQ(response.points(0).visit_status(), v1::VISIT_STATUS_REVIEWED);
    EXPECT_EQ(response.points(2).visit_status(), v1::VISIT_STATUS_IN_PROGRESS);
}

TEST_F(ReviewOverTls, RecommendationFollowUpCarriesHistoryAcrossCycles) {
    grpc::ClientContext context;
    testkit::authorize(context, coordinator_);
    v1::RecommendationFollowUpRequest request;
    request.set_today("2026-11-28");
    v1::RecommendationFollowUpResponse response;
    const auto status = stub()->RecommendationFollowUp(&context, request, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    // Two per visit, 12 facilities, 3 cycles.
    EXPECT_EQ(response.recommendations_size(), 2 * kFacilities * 3);
    int followedUp = 0, overdue = 0;
    for (const auto& r : response.recommendations()) {
        followedUp += r.history_size() > 0;
        overdue += r.overdue();
        EXPECT_FALSE(r.facility_id().empty());
        EXPECT_FALSE(r.cycle_id().empty());
    }
    EXPECT_GE(followedUp, 2 * kFacilities * 2) << "those of earlier cycles were checked later";
    EXPECT_GT(overdue, 0);
    EXPECT_EQ(response.rates_size(), kFacilities * 3);

    grpc::ClientContext filtered;
    testkit::authorize(filtered, coordinator_);
    request.set_overdue_only(true);
    v1::RecommendationFollowUpResponse overdueOnly;
    ASSERT_TRUE(stub()->RecommendationFollowUp(&filtered, request, &overdueOnly).ok());
    EXPECT_EQ(overdueOnly.recommendations_size(), overdue);
    EXPECT_EQ(overdueOnly.matching(), overdue);
    EXPECT_EQ(overdueOnly.matching_overdue(), overdue);

    // Pages: the same order every time, counts of everything that matches.
    request.set_overdue_only(false);
    request.set_offset(5);
    request.set_limit(7);
    grpc::ClientContext paged;
    testkit::authorize(paged, coordinator_);
    v1::RecommendationFollowUpResponse page;
    ASSERT_TRUE(stub()->RecommendationFollowUp(&paged, request, &page).ok());
    EXPECT_EQ(page.matching(), response.recommendations_size());
    EXPECT_EQ(page.matching_overdue(), overdue);
    ASSERT_EQ(page.recommendations_size(), 7);
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(page.recommendations(i).recommendation().header().id(),
                  response.recommendations(5 + i).recommendation().header().id());
    EXPECT_EQ(page.rates_size(), response.rates_size()) << "rates are never paged";
}

TEST_F(ReviewOverTls, ExportStreamsTheSameDocumentCustosctlWrites) {
    grpc::Status status;
    std::int64_t rows = 0;
    const auto streamed = exportAll(coordinator_, status, rows);
    ASSERT_TRUE(status.ok()) << status.error_message();
    const auto written =
        testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "export"});
    ASSERT_EQ(written.exitCode, 0) << written.err;
    EXPECT_EQ(streamed, written.out);
    EXPECT_GT(rows, 60 * kFacilities * 3 / 2);
    EXPECT_NE(written.err.find("exported " + std::to_string(rows) + " answers"), std::string::npos);
}

// --- who may review: every RPC, every role ----------------------------------------------------

TEST_F(ReviewOverTls, OnlyCoordinatorsMayCallAnyReviewRpc) {
    for (const auto& [credential, expected] :
         {std::pair{monitor_, grpc::StatusCode::PERMISSION_DENIED},
          std::pair{admin_, grpc::StatusCode::PERMISSION_DENIED},
          std::pair{std::string{}, grpc::StatusCode::UNAUTHENTICATED},
          std::pair{coordinator_, grpc::StatusCode::OK}}) {
        v1::CycleOverviewResponse overviewResponse;
        auto status = overview(credential, "name", false, overviewResponse);
        EXPECT_EQ(status.error_code(), expected) << status.error_message();
        if (expected == grpc::StatusCode::PERMISSION_DENIED) {
            EXPECT_NE(status.error_message().find("only coordinators"), std::string::npos);
        }

        grpc::ClientContext trendContext;
        if (!credential.empty())
            testkit::authorize(trendContext, credential);
        v1::FacilityTrendRequest trend;
        trend.set_facility_id("unknown");
        v1::FacilityTrendResponse trendResponse;
        status = stub()->FacilityTrend(&trendContext, trend, &trendResponse);
        EXPECT_EQ(status.error_code(),
                  expected == grpc::StatusCode::OK ? grpc::StatusCode::NOT_FOUND : expected);

        grpc::ClientContext followContext;
        if (!credential.empty())
            testkit::authorize(followContext, credential);
        v1::RecommendationFollowUpResponse followResponse;
        status = stub()->RecommendationFollowUp(&followContext, {}, &followResponse);
        EXPECT_EQ(status.error_code(), expected);

        if (!credential.empty()) {
            std::int64_t rows = 0;
            const auto document = exportAll(credential, status, rows);
            EXPECT_EQ(status.error_code(), expected);
            if (expected != grpc::StatusCode::OK) {
                EXPECT_TRUE(document.empty()) << "nothing leaks before the refusal";
            }
        }
    }
}
