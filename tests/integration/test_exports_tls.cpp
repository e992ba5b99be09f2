// The Export RPC over TLS, for every dataset and format, streams the same bytes custosctl writes
// from the same data directory (a generated history in a running custosd's store).
#include "custos/v1/review.grpc.pb.h"

#include "grpc_client.h"
#include "process.h"

#include <gtest/gtest.h>

using namespace custos;

namespace {

class ExportsOverTls : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        server_ = new testkit::TestServer(testkit::TestServer::start("it-exports"));
        const auto made = testkit::runCommand(
            {CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "demo-history", "--checklist",
             CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml", "--facilities", "5", "--cycles",
             "2", "--items", "40", "--seed", "3"});
        ASSERT_EQ(made.exitCode, 0) << made.err;
        coordinator_ = testkit::enrolDevice(*server_, "Demo Coordinator");
    }
    static void TearDownTestSuite() {
        delete server_;
        server_ = nullptr;
    }

    /// The whole streamed document, the status and the last row count.
    static std::string exportOverRpc(v1::ExportDataset dataset, v1::ExportFormat format,
                                     grpc::Status& status, std::int64_t& rows) {
        grpc::ClientContext context;
        testkit::authorize(context, coordinator_);
        v1::ExportRequest request;
        request.set_dataset(dataset);
        request.set_format(format);
        auto reader =
            v1::ReviewService::NewStub(testkit::tlsChannel(*server_))->Export(&context, request);
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
    static std::string coordinator_;
};
testkit::TestServer* ExportsOverTls::server_ = nullptr;
std::string ExportsOverTls::coordinator_;

} // namespace

TEST_F(ExportsOverTls, EveryDatasetStreamsTheSameBytesCustosctlWrites) {
    for (const auto& [dataset, name] :
         {std::pair{v1::EXPORT_DATASET_ANSWERS, "answers"},
          std::pair{v1::EXPORT_DATASET_INDICATORS, "indicators"},
          std::pair{v1::EXPORT_DATASET_FINDINGS, "findings"},
          std::pair{v1::EXPORT_DATASET_RECOMMENDATIONS, "recommendations"},
          std::pair{v1::EXPORT_DATASET_FACILITY_FIGURES, "facility_figures"}})
        for (const auto& [format, formatName] :
             {std::pair{v1::EXPORT_FORMAT_CSV, "csv"}, std::pair{v1::EXPORT_FORMAT_JSON, "json"}}) {
            grpc::Status status;
            std::int64_t rows = 0;
            const auto streamed = exportOverRpc(dataset, format, status, rows);
            ASSERT_TRUE(status.ok()) << name << ": " << status.error_message();
            const auto written =
                testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "export",
                                     "--dataset", name, "--format", formatName});
            ASSERT_EQ(written.exitCode, 0) << written.err;
            EXPECT_EQ(streamed, written.out) << name << " " << formatName;
            EXPECT_GT(rows, 4) << name;
            EXPECT_NE(written.err.find("exported " + std::to_string(rows) + " "), std::string::npos)
                << written.err;
        }
}

TEST_F(ExportsOverTls, AnUnsetDatasetIsTheAnswersAndAnUnknownOneIsRefused) {
    grpc::Status status;
    std::int64_t rows = 0;
    const auto unset =
        exportOverRpc(v1::EXPORT_DATASET_UNSPECIFIED, v1::EXPORT_FORMAT_CSV, status, rows);
    ASSERT_TRUE(status.ok());
    EXPECT_TRUE(unset.starts_with("cycle,facility,facility_type,")) << unset.substr(0, 80);
    const auto unknown =
        exportOverRpc(static_cast<v1::ExportDataset>(99), v1::EXPORT_FORMAT_CSV, status, rows);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_TRUE(unknown.empty());
    const auto refused = testkit::runCommand(
        {CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "export", "--dataset", "people"});
    EXPECT_NE(refused.exitCode, 0);
}
