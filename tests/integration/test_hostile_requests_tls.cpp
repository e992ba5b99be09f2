// Hostile and malformed requests against a real custosd over TLS (issue #7): bytes that are not
// the message they claim to be, invalid UTF-8, nesting deeper than any real message, messages
// over the size limit, negative offsets and sizes. Each gets an error status with a message,
// nothing of it is stored, and the server goes on serving.
#include "custos/sync/sync_engine.h"
#include "custos/v1/attachments.grpc.pb.h"
#include "custos/v1/sync.grpc.pb.h"

#include "custos/core/digest.h"
#include "custos/core/uuid.h"

#include "process.h"
#include "tablet.h"

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <future>

using namespace custos;
namespace testkit = custos::testkit;

namespace {

class HostileRequests : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        server_ = new testkit::TestServer(testkit::TestServer::start("it-hostile"));
        device_ = new testkit::Tablet(
            testkit::enrolTablet(*server_, "Demo Monitor", testkit::freshDir("it-hostile-dev")));
        ASSERT_TRUE(sync::syncOnce(*device_->store, *device_->transport).ok());
    }
    static void TearDownTestSuite() {
        delete device_;
        delete server_;
    }

    /// Sends raw bytes as the request of `method` with the device's credential.
    static grpc::Status rawCall(const std::string& method, const std::string& bytes) {
        grpc::SslCredentialsOptions ssl;
        ssl.pem_root_certs = server_->caPem;
        grpc::GenericStub stub(grpc::CreateChannel(server_->address, grpc::SslCredentials(ssl)));
        grpc::ClientContext context;
        context.AddMetadata("authorization", "Bearer " + device_->enrolment.credential);
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
        grpc::Slice slice(bytes);
        grpc::ByteBuffer request(&slice, 1);
        grpc::ByteBuffer response;
        std::promise<grpc::Status> done;
        stub.UnaryCall(&context, method, grpc::StubOptions(), &request, &response,
                       [&](grpc::Status status) { done.set_value(std::move(status)); });
        return done.get_future().get();
    }

    static std::string visitId() { return device_->store->visits()->front().visit.id; }

    static v1::Operation goodObservation(const std::string& key) {
        v1::Operation op;
        op.set_op_id(Uuid::v7().toString());
        auto* o = op.mutable_observation();
        o->set_id(Uuid::v7().toString());
        o->set_visit_id(visitId());
        o->set_item_key(key);
        o->set_answer(v1::ANSWER_CODE_YES);
        o->set_source(v1::SOURCE_TAG_OBSERVED);
        o->set_author_id(device_->enrolment.userId);
        o->set_device_id(device_->enrolment.deviceId);
        return op;
    }

    static std::string status() { return server_->status(); }

    /// The server still answers a real sync round.
    static bool stillServing() { return sync::syncOnce(*device_->store, *device_->transport).ok(); }

    static testkit::TestServer* server_;
    static testkit::Tablet* device_;
};

testkit::TestServer* HostileRequests::server_ = nullptr;
testkit::Tablet* HostileRequests::device_ = nullptr;

constexpr const char* kPush = "/custos.v1.SyncService/Push";

} // namespace

TEST_F(HostileRequests, BytesThatAreNotAPushRequestAreRefusedAndNothingIsStored) {
    const auto before = status();
    // Not protobuf at all; a field with the wrong wire type (op_id as a varint); a truncated
    // length.
    for (const std::string& bytes : {std::string(64, '\xff'), std::string("\x0a\x05\x08\x01", 4),
                                     std::string("\x0a\x7f", 2)}) {
        const auto result = rawCall(kPush, bytes);
        // gRPC's deserialiser refuses these before any of our code runs; its status code is the
        // library's choice (UNIMPLEMENTED in 1.51), so only "refused" is asserted.
        EXPECT_FALSE(result.ok()) << "garbage was accepted as a push";
    }
    EXPECT_EQ(status(), before);
    EXPECT_TRUE(stillServing());
}

TEST_F(HostileRequests, InvalidUtf8IsRefusedAndNothingIsStored) {
    const auto before = status();
    v1::PushRequest request;
    auto op = goodObservation("acc.natural_light");
    // proto3 `string` fields must hold UTF-8; write the bytes by hand past the library's check.
    op.mutable_observation()->set_note(std::string("caf\xc3\x28 \xff\xfe", 8));
    *request.add_ops() = op;
    std::string bytes;
    request.AppendPartialToString(&bytes);
    const auto result = rawCall(kPush, bytes);
    EXPECT_FALSE(result.ok()) << "invalid UTF-8 was accepted";
    EXPECT_EQ(status(), before);
    EXPECT_TRUE(stillServing());
}

TEST_F(HostileRequests, DeepNestingIsSkippedWithoutRecursionAndStoresNothing) {
    const auto before = status();
    // An unknown length-delimited field nested in itself thousands of times (4 MiB): the
    // parser must neither recurse into it nor overflow the stack.
    std::string nested;
    for (int depth = 0; depth < 20000; ++depth) {
        std::string outer = "\xfa\x3e"; // field 999, wire type 2
        std::size_t size = nested.size();
        do {
            std::uint8_t byte = size & 0x7f;
            size >>= 7;
            if (size)
                byte |= 0x80;
            outer.push_back(static_cast<char>(byte));
        } while (size);
        nested = outer + nested;
        if (nested.size() > 4 * 1024 * 1024)
            break;
    }
    // Unknown fields are skipped as opaque bytes, never parsed: the request is an empty push.
    const auto result = rawCall(kPush, nested);
    EXPECT_TRUE(result.ok() || result.error_code() == grpc::StatusCode::INTERNAL)
        << result.error_code() << " " << result.error_message();
    EXPECT_EQ(status(), before);
    EXPECT_TRUE(stillServing());
}

TEST_F(HostileRequests, AMessageOverTheSizeLimitIsRefusedAsAWhole) {
    const auto before = status();
    v1::PushRequest request;
    auto op = goodObservation("acc.natural_light");
    op.mutable_observation()->set_note(std::string(64 * 1024 * 1024, 'x'));
    *request.add_ops() = op;
    std::string bytes;
    request.SerializeToString(&bytes);
    const auto result = rawCall(kPush, bytes);
    EXPECT_EQ(result.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << result.error_message();
    EXPECT_EQ(status(), before);
    EXPECT_TRUE(stillServing());
}

TEST_F(HostileRequests, NegativeOffsetsAndSizesInAnUploadAreRefused) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = server_->caPem;
    auto stub = v1::AttachmentService::NewStub(
        grpc::CreateChannel(server_->address, grpc::SslCredentials(ssl)));
    const std::string content = "not really a jpeg";
    const std::string sha = "00000000000000000000000000000000000000000000000000000000000000ab";
    // A negative offset is not where the server is (it says where to resume); a negative size
    // is not a size.
    struct Case {
        std::int64_t offset, size;
        grpc::StatusCode code;
        const char* says;
    };
    for (const Case& c : {Case{-1, 17, grpc::StatusCode::FAILED_PRECONDITION, "resume from"},
                          Case{0, -17, grpc::StatusCode::INVALID_ARGUMENT, "must be positive"}}) {
        grpc::ClientContext context;
        context.AddMetadata("authorization", "Bearer " + device_->enrolment.credential);
        v1::UploadResult result;
        auto writer = stub->Upload(&context, &result);
        v1::UploadChunk chunk;
        chunk.mutable_info()->set_sha256(sha);
        chunk.mutable_info()->set_visit_id(visitId());
        chunk.mutable_info()->set_size(c.size);
        chunk.mutable_info()->set_media_type("image/jpeg");
        chunk.set_sha256(sha);
        chunk.set_offset(c.offset);
        chunk.set_data(content);
        chunk.set_chunk_sha256(sha256Hex(content));
        writer->Write(chunk);
        writer->WritesDone();
        const auto finished = writer->Finish();
        EXPECT_EQ(finished.error_code(), c.code) << c.offset << " " << c.size;
        EXPECT_NE(finished.error_message().find(c.says), std::string::npos)
            << finished.error_message();
    }
    grpc::ClientContext context;
    context.AddMetadata("authorization", "Bearer " + device_->enrolment.credential);
    v1::OffsetRequest query;
    query.set_sha256(sha);
    v1::UploadResult held;
    const auto asked = stub->Offset(&context, query, &held);
    if (asked.ok()) {
        EXPECT_EQ(held.held(), 0) << "nothing of a refused upload is kept";
        EXPECT_FALSE(held.committed());
    }
    EXPECT_TRUE(stillServing());
}
