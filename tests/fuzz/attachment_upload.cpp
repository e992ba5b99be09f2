// Fuzz target: the attachment upload path. The input is a caller byte and then a sequence of
// length-prefixed (2 bytes, little-endian) UploadChunk messages, streamed as one Upload call to
// the real AttachmentService on a loopback server (fuzz_world.h): the server's per-chunk
// checks (description, same attachment, size, chunk SHA-256, offset), SqlCipherStorage's
// begin/append/commit/discard and the whole-content verification before commit. Then the
// attachment's Offset and Download are asked for, as a resuming device would.
//
// To let mutations get past the hash checks, "$chunk" in chunk_sha256 becomes the SHA-256 of
// that chunk's data and "$content" in any sha256 field becomes the SHA-256 of all the chunks'
// data concatenated (plus the placeholders of fuzz_world.h, e.g. "$visit").
#include "fuzz_world.h"

#include "custos/v1/attachments.grpc.pb.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using custos::fuzz::As;
namespace v1 = custos::v1;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1 || size > 256 * 1024)
        return -1;
    auto& w = custos::fuzz::rpcWorld();
    const auto as = static_cast<As>(data[0] % 5);
    std::vector<v1::UploadChunk> chunks;
    std::string content;
    for (size_t at = 1; at + 2 <= size && chunks.size() < 64;) {
        const size_t length = data[at] | (static_cast<size_t>(data[at + 1]) << 8);
        at += 2;
        if (length > size - at)
            break;
        v1::UploadChunk chunk;
        if (!chunk.ParseFromArray(data + at, static_cast<int>(length)))
            return -1;
        at += length;
        w.substitute(chunk, as);
        content += chunk.data();
        chunks.push_back(std::move(chunk));
    }
    if (chunks.empty())
        return -1;
    const std::string contentHash = custos::service::sha256Hex(content);
    for (auto& chunk : chunks) {
        if (chunk.chunk_sha256() == "$chunk")
            chunk.set_chunk_sha256(custos::service::sha256Hex(chunk.data()));
        if (chunk.sha256() == "$content")
            chunk.set_sha256(contentHash);
        if (chunk.has_info() && chunk.info().sha256() == "$content")
            chunk.mutable_info()->set_sha256(contentHash);
    }

    auto stub = v1::AttachmentService::NewStub(w.channel);
    v1::UploadResult result;
    {
        auto ctx = w.context(as);
        auto writer = stub->Upload(ctx.get(), &result);
        for (const auto& chunk : chunks)
            if (!writer->Write(chunk))
                break;
        writer->WritesDone();
        const auto status = writer->Finish();
        if (std::getenv("CUSTOS_FUZZ_TRACE")) // each upload's status, to check the seeds
            std::printf("Upload as %d: %d %s\n", static_cast<int>(as),
                        static_cast<int>(status.error_code()), status.error_message().c_str());
    }
    const std::string sha =
        chunks.front().has_info() ? chunks.front().info().sha256() : chunks.front().sha256();
    {
        auto ctx = w.context(as);
        v1::OffsetRequest request;
        request.set_sha256(sha);
        v1::UploadResult held;
        (void)stub->Offset(ctx.get(), request, &held);
    }
    {
        auto ctx = w.context(as);
        v1::DownloadRequest request;
        request.set_sha256(sha);
        request.set_offset(chunks.back().offset());
        auto reader = stub->Download(ctx.get(), request);
        v1::DownloadChunk piece;
        int pieces = 0;
        while (reader->Read(&piece) && ++pieces < 1000) {
        }
        (void)reader->Finish();
    }
    return 0;
}
