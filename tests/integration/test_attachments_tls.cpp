// Attachments against a real custosd over TLS: chunked upload verified chunk by chunk and as a
// whole, resumed after a partial upload or a cut connection, refused when damaged, too large or
// not the caller's to send, and downloaded only by the visit's team and coordinators.
#include "custos/core/digest.h"
#include "custos/sync/sync_engine.h"

#include "custos/v1/attachments.grpc.pb.h"

#include "grpc_client.h"
#include "process.h"
#include "tablet.h"

#include <gtest/gtest.h>

#include <random>
#include <thread>

using namespace custos;

namespace {

std::string randomBytes(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::string bytes(n, '\0');
    for (auto& b : bytes)
        b = static_cast<char>(rng() & 0xFF);
    return bytes;
}

class AttachmentsOverTls : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        server_ = new testkit::TestServer(testkit::TestServer::start("it-attachments"));
        dir_ = new std::string(testkit::freshDir("it-attachments-tablets"));
        monitor_ = new testkit::Tablet(testkit::enrolTablet(*server_, "Demo Monitor", *dir_));
        ASSERT_TRUE(sync::syncOnce(*monitor_->store, *monitor_->transport).ok());
        visitId_ = new std::string(monitor_->store->visits()->front().visit.id);
    }
    static void TearDownTestSuite() {
        delete monitor_;
        delete dir_;
        delete visitId_;
        delete server_;
    }

    static sync::AttachmentUpload photo(std::size_t bytes, unsigned seed) {
        return {*visitId_, "image/jpeg", false, randomBytes(bytes, seed)};
    }
    static std::unique_ptr<v1::AttachmentService::Stub> stub() {
        return v1::AttachmentService::NewStub(testkit::tlsChannel(*server_));
    }
    /// A raw upload call: sends `chunks` as given, then ends the call.
    static grpc::Status rawUpload(const std::string& credential,
                                  const std::vector<v1::UploadChunk>& chunks,
                                  v1::UploadResult& result) {
        grpc::ClientContext context;
        testkit::authorize(context, credential);
        auto writer = stub()->Upload(&context, &result);
        for (const auto& chunk : chunks)
            if (!writer->Write(chunk))
                break;
        writer->WritesDone();
        return writer->Finish();
    }
    static v1::UploadChunk chunkOf(const sync::AttachmentUpload& upload, std::size_t offset,
                                   std::size_t size, bool withInfo) {
        v1::UploadChunk chunk;
        const std::string sha = sha256Hex(upload.content);
        if (withInfo) {
            chunk.mutable_info()->set_sha256(sha);
            chunk.mutable_info()->set_visit_id(upload.visitId);
            chunk.mutable_info()->set_size(static_cast<std::int64_t>(upload.content.size()));
            chunk.mutable_info()->set_media_type(upload.mediaType);
        }
        chunk.set_sha256(sha);
        chunk.set_offset(static_cast<std::int64_t>(offset));
        chunk.set_data(upload.content.substr(offset, size));
        chunk.set_chunk_sha256(sha256Hex(chunk.data()));
        return chunk;
    }

    static testkit::TestServer* server_;
    static std::string* dir_;
    static testkit::Tablet* monitor_;
    static std::string* visitId_;
};
testkit::TestServer* AttachmentsOverTls::server_ = nullptr;
std::string* AttachmentsOverTls::dir_ = nullptr;
testkit::Tablet* AttachmentsOverTls::monitor_ = nullptr;
std::string* AttachmentsOverTls::visitId_ = nullptr;

} // namespace

TEST_F(AttachmentsOverTls, UploadedPhotoReachesTheTeamAndCoordinatorsIntact) {
    const auto upload = photo(1'300'000, 1);
    auto state = monitor_->transport->uploadAttachment(upload, 64 * 1024);
    ASSERT_TRUE(state.ok()) << state.error().message;
    EXPECT_TRUE(state->committed);
    EXPECT_EQ(state->held, 1'300'000);

    auto lead = testkit::enrolTablet(*server_, "Demo Lead", *dir_);
    auto got = lead.transport->downloadAttachment(state->sha256);
    ASSERT_TRUE(got.ok()) << got.error().message;
    EXPECT_EQ(*got, upload.content);
    auto coordinator = testkit::enrolTablet(*server_, "Demo Coordinator", *dir_);
    EXPECT_TRUE(coordinator.transport->downloadAttachment(state->sha256).ok());

    // Uploading the same content again sends nothing and changes nothing.
    auto again = monitor_->transport->uploadAttachment(upload, 64 * 1024);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->committed);
}

TEST_F(AttachmentsOverTls, OnlyTheTeamAndCoordinatorsMayReadOrWrite) {
    const auto upload = photo(10'000, 2);
    ASSERT_TRUE(monitor_->transport->uploadAttachment(upload).ok());
    testkit::runCommand(
        {CUSTOSCTL_PATH, "--data-dir", server_->dataDir, "user", "add", "--name", "Outsider"});
    auto outsider = testkit::enrolTablet(*server_, "Outsider", *dir_);
    auto refused = outsider.transport->downloadAttachment(sha256Hex(upload.content));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    auto admin = testkit::enrolTablet(*server_, "Demo Admin", *dir_);
    EXPECT_EQ(admin.transport->downloadAttachment(sha256Hex(upload.content)).error().code,
              ErrorCode::PermissionDenied);
    auto notMine = outsider.transport->uploadAttachment(photo(5'000, 3));
    ASSERT_FALSE(notMine.ok());
    EXPECT_EQ(notMine.error().code, ErrorCode::PermissionDenied);
    EXPECT_NE(notMine.error().message.find("not on the team"), std::string::npos)
        << notMine.error().message;
}

TEST_F(AttachmentsOverTls, APartialUploadResumesFromWhatTheServerHolds) {
    const auto upload = photo(600'000, 4);
    auto partial = monitor_->transport->uploadAttachment(upload, 100'000, 2);
    ASSERT_TRUE(partial.ok()) << partial.error().message;
    EXPECT_FALSE(partial->committed);
    EXPECT_EQ(partial->held, 200'000);
    auto early = monitor_->transport->downloadAttachment(partial->sha256);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::FailedPrecondition);

    auto resumed = monitor_->transport->uploadAttachment(upload, 100'000);
    ASSERT_TRUE(resumed.ok());
    EXPECT_TRUE(resumed->committed);
    EXPECT_EQ(*monitor_->transport->downloadAttachment(resumed->sha256), upload.content);
}

TEST_F(AttachmentsOverTls, ACutConnectionKeepsTheChunksThatArrived) {
    const auto upload = photo(500'000, 5);
    const std::string sha = sha256Hex(upload.content);
    grpc::ClientContext context;
    testkit::authorize(context, monitor_->enrolment.credential);
    v1::UploadResult result;
    auto writer = stub()->Upload(&context, &result);
    for (std::size_t offset = 0; offset < 300'000; offset += 100'000)
        ASSERT_TRUE(writer->Write(chunkOf(upload, offset, 100'000, offset == 0)));
    // Cut the call once the server has stored what was sent (it stores each chunk as it comes).
    std::int64_t held = 0;
    for (int i = 0; i < 100 && held < 300'000; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        held = monitor_->transport->attachmentState(sha)->held;
    }
    ASSERT_EQ(held, 300'000);
    context.TryCancel();
    EXPECT_EQ(writer->Finish().error_code(), grpc::StatusCode::CANCELLED);

    auto state = monitor_->transport->attachmentState(sha);
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->held, 300'000) << "the chunks that arrived survive the cut";
    EXPECT_FALSE(state->committed);
    auto resumed = monitor_->transport->uploadAttachment(upload, 100'000);
    ASSERT_TRUE(resumed.ok()) << resumed.error().message;
    EXPECT_TRUE(resumed->committed);
    EXPECT_EQ(*monitor_->transport->downloadAttachment(sha), upload.content);
}

TEST_F(AttachmentsOverTls, DamagedMisplacedOrForgedContentIsRefused) {
    const auto upload = photo(300'000, 6);
    const auto& credential = monitor_->enrolment.credential;
    v1::UploadResult result;

    auto damaged = chunkOf(upload, 0, 100'000, true);
    damaged.mutable_data()->at(5) ^= 0x1;
    auto status = rawUpload(credential, {damaged}, result);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::DATA_LOSS);
    EXPECT_NE(status.error_message().find("resend from offset 0"), std::string::npos);

    status = rawUpload(credential, {chunkOf(upload, 100'000, 100'000, true)}, result);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_NE(status.error_message().find("holds 0 bytes"), std::string::npos);

    // Every chunk intact, but the whole is not what the hash says: discarded, not committed.
    auto forged = upload;
    forged.content[250'000] ^= 0x1;
    std::vector<v1::UploadChunk> chunks;
    for (std::size_t offset = 0; offset < forged.content.size(); offset += 100'000) {
        auto chunk = chunkOf(forged, offset, 100'000, offset == 0);
        chunk.set_sha256(sha256Hex(upload.content));
        chunk.mutable_info()->set_sha256(sha256Hex(upload.content));
        chunks.push_back(chunk);
    }
    chunks.front().mutable_info()->set_sha256(sha256Hex(upload.content));
    status = rawUpload(credential, chunks, result);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::DATA_LOSS);
    EXPECT_NE(status.error_message().find("discarded"), std::string::npos);
    EXPECT_EQ(monitor_->transport->attachmentState(sha256Hex(upload.content))->held, 0);

    auto tooBig = chunkOf(upload, 0, 10, true);
    tooBig.mutable_info()->set_size(26 * 1024 * 1024);
    status = rawUpload(credential, {tooBig}, result);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);

    auto noHash = chunkOf(upload, 0, 10, true);
    noHash.mutable_info()->set_sha256("not-a-hash");
    status = rawUpload(credential, {noHash}, result);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}
