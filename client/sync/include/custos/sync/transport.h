#pragma once
// The device's gRPC transport to custosd. All generated types stay inside this library.

#include "custos/core/change.h"
#include "custos/core/result.h"
#include "custos/store/local_store.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace custos::sync {

/// The server's answer to one pushed operation.
struct PushResult {
    std::string opId;
    enum class Outcome { Accepted, Duplicate, Rejected } outcome = Outcome::Rejected;
    std::string reason;
};

/// One streamed batch of the change feed.
struct PullBatch {
    std::vector<Change> changes;
    std::uint64_t cursor = 0;
    bool caughtUp = false;
    std::int64_t serverTimeMs = 0;
    std::uint64_t headSeq = 0; ///< the feed's end when the server read this batch (progress)
};

/// A photo or document to upload, with what the server needs to know about it.
struct AttachmentUpload {
    std::string visitId;
    std::string mediaType;
    bool showsPeople = false;
    std::string content; ///< the bytes (EXIF/GPS already stripped)
};

/// Where an upload stands on the server.
struct UploadState {
    std::string sha256;
    std::int64_t held = 0;
    bool committed = false;
};

/// A downloaded attachment with what the server knows about it.
struct DownloadedAttachment {
    std::string sha256;
    std::string visitId;
    std::string mediaType;
    bool showsPeople = false;
    std::string content; ///< checked against sha256
};

/// A TLS connection to one server, authenticated by a device credential (if any).
class Transport final {
public:
    /// Connects (lazily) to address ("host:port") trusting caPem, or the system roots if empty.
    Transport(const std::string& address, const std::string& caPem, std::string credential);
    ~Transport();

    /// Exchanges a one-time code for a device credential. Never needs a credential.
    [[nodiscard]] Result<store::Enrolment> enroll(const std::string& code,
                                                  const std::string& deviceName);
    /// Sends one batch of operations; per-op results in the same order.
    [[nodiscard]] Result<std::vector<PushResult>> push(const std::vector<store::PendingOp>& ops);
    /// Streams changes after cursor; onBatch is called for each batch and may stop the stream
    /// by returning an error. With backfillVisitId, streams that visit's changes up to untilSeq.
    [[nodiscard]] Status pull(std::uint64_t cursor, std::uint32_t batchSize,
                              const std::function<Status(PullBatch&&)>& onBatch,
                              const std::string& backfillVisitId = {}, std::uint64_t untilSeq = 0);

    /// Uploads an attachment, resuming from what the server already holds; chunks of
    /// chunkBytes, each with its own SHA-256. `maxChunks` (tests, slow links) stops after that
    /// many chunks this call, leaving the rest for a later call.
    [[nodiscard]] Result<UploadState> uploadAttachment(const AttachmentUpload& upload,
                                                       std::size_t chunkBytes = 256 * 1024,
                                                       std::size_t maxChunks = SIZE_MAX);
    /// What the server holds of an attachment (0 bytes when it holds nothing).
    [[nodiscard]] Result<UploadState> attachmentState(const std::string& sha256);
    /// Downloads a committed attachment and checks it against its SHA-256.
    [[nodiscard]] Result<std::string> downloadAttachment(const std::string& sha256);
    /// Downloads a committed attachment with its description (visit, media type, people).
    [[nodiscard]] Result<DownloadedAttachment> fetchAttachment(const std::string& sha256);

    /// How long one call may take before it is abandoned and retried later.
    void setCallTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }

private:
    Result<UploadState> uploadFromHeldOffset(const AttachmentUpload& upload, std::size_t chunkBytes,
                                             std::size_t maxChunks);
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string address_;
    std::string caPem_;
    std::chrono::milliseconds timeout_{30000};
};

} // namespace custos::sync
