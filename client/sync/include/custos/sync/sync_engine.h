#pragma once
// The sync engine: pushes the outbox and pulls the change feed; safe to interrupt anywhere.

#include "custos/core/result.h"
#include "custos/store/local_store.h"
#include "custos/sync/transport.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace custos::sync {

/// What one sync round did.
struct SyncReport {
    int accepted = 0;
    int duplicates = 0;
    int rejected = 0;
    int pulled = 0;
    int photosUploaded = 0;   ///< attachments the server now holds that it did not before
    int photosDownloaded = 0; ///< team members' photos fetched for this device
    int photosWaiting = 0;    ///< left for a later round (refused, or not on the server yet)
    std::int64_t serverTimeMs = 0;
};

/// Where a round stands, for a progress bar: which step, and how far through it.
struct SyncProgress {
    enum class Step { Sending, SendingPhotos, Receiving, ReceivingPhotos };
    Step step = Step::Sending;
    std::int64_t done = 0;
    std::int64_t total = 0; ///< 0 when not known yet
};

/// Batch sizes for one round, and who hears of its progress.
struct SyncOptions {
    std::size_t pushBatch = 500;
    std::uint32_t pullBatch = 1000;
    /// Called on the syncing thread after each batch, photo or pulled page.
    std::function<void(const SyncProgress&)> onProgress;
};

/// One round: push the outbox, upload pending photos, pull the feed (and backfills), then
/// download the team's photos this device lacks. Every step commits locally before the next, so a
/// crash or a lost connection at any point loses nothing and repeats nothing that matters: a
/// replayed push is acknowledged as a duplicate, and the pull cursor only moves with the changes it
/// covers. A photo stays pending until the server says it holds it (uploads resume where they
/// stopped).
[[nodiscard]] Result<SyncReport> syncOnce(store::LocalStore& store, Transport& transport,
                                          const SyncOptions& options = {});

/// Observable state of background sync.
struct SyncStatus {
    bool running = false;
    std::int64_t pendingOps = 0;
    std::int64_t lastSuccessMs = 0;
    std::string lastError; ///< plain words for the user; empty after a success
    SyncReport lastReport;
    SyncProgress progress; ///< meaningful while running
};

/// Runs sync rounds on its own thread: on request, and every interval while there is a
/// connection, with exponential backoff and jitter after failures. Never blocks the caller.
class SyncWorker final {
public:
    using Listener = std::function<void(const SyncStatus&)>;

    SyncWorker(store::LocalStore& store, Listener listener);
    ~SyncWorker();
    SyncWorker(const SyncWorker&) = delete;
    SyncWorker& operator=(const SyncWorker&) = delete;

    /// Starts a round as soon as possible.
    void requestSync();
    /// Rounds start by themselves this often (0 disables automatic sync).
    void setInterval(std::chrono::milliseconds interval);
    /// Stops the thread after the current round.
    void stop();

private:
    void run();
    void publish(const SyncStatus& status);

    store::LocalStore& store_;
    Listener listener_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool requested_ = false;
    bool stopping_ = false;
    std::chrono::milliseconds interval_{60000};
    std::thread thread_;
};

} // namespace custos::sync
