#include "custos/sync/sync_engine.h"

#include "custos/core/hlc.h"

#include <random>

namespace custos::sync {
namespace {

/// Failures that another attempt now will not fix (the photo stays pending, or missing, and is
/// tried again next round); anything else (the link) ends the round like a failed push.
bool refusedForNow(const Error& error) {
    switch (error.code) {
    case ErrorCode::PermissionDenied:
    case ErrorCode::NotFound:
    case ErrorCode::InvalidArgument:
    case ErrorCode::FailedPrecondition:
    case ErrorCode::ResourceExhausted:
    case ErrorCode::Corrupt:
        return true;
    default:
        return false;
    }
}

/// Uploads photos written here; one is marked uploaded only once the server committed it.
Status uploadPhotos(store::LocalStore& store, Transport& transport, SyncReport& report,
                    const SyncOptions& options) {
    auto pending = store.attachmentsPendingUpload();
    if (!pending)
        return pending.error();
    SyncProgress progress{SyncProgress::Step::SendingPhotos, 0,
                          static_cast<std::int64_t>(pending->size())};
    for (const auto& photo : *pending) {
        if (options.onProgress)
            options.onProgress(progress);
        ++progress.done;
        auto bytes = store.attachmentBytes(photo.sha256);
        if (!bytes)
            return bytes.error();
        if (!*bytes)
            continue;
        AttachmentUpload upload{photo.visitId, photo.mediaType, photo.showsPeople,
                                std::move(**bytes)};
        auto state = transport.uploadAttachment(upload);
        if (!state) {
            if (!refusedForNow(state.error()))
                return state.error();
            ++report.photosWaiting;
            continue;
        }
        if (!state->committed) {
            ++report.photosWaiting;
            continue;
        }
        CUSTOS_TRY(store.markUploaded(photo.sha256));
        ++report.photosUploaded;
    }
    return {};
}

/// Fetches the team's photos this device lacks, so the lead can see what to approve.
Status downloadPhotos(store::LocalStore& store, Transport& transport, SyncReport& report,
                      const SyncOptions& options) {
    auto missing = store.missingAttachments();
    if (!missing)
        return missing.error();
    SyncProgress progress{SyncProgress::Step::ReceivingPhotos, 0,
                          static_cast<std::int64_t>(missing->size())};
    for (const auto& photo : *missing) {
        if (options.onProgress)
            options.onProgress(progress);
        ++progress.done;
        auto fetched = transport.fetchAttachment(photo.sha256);
        if (!fetched) {
            if (!refusedForNow(fetched.error()))
                return fetched.error();
            ++report.photosWaiting; // not uploaded by its author yet
            continue;
        }
        store::StoredAttachment info;
        info.sha256 = photo.sha256;
        info.visitId = fetched->visitId.empty() ? photo.visitId : fetched->visitId;
        info.itemKey = photo.itemKey;
        info.mediaType = fetched->mediaType;
        info.showsPeople = fetched->showsPeople;
        CUSTOS_TRY(store.storeDownloadedAttachment(info, fetched->content));
        ++report.photosDownloaded;
    }
    return {};
}

} // namespace

Result<SyncReport> syncOnce(store::LocalStore& store, Transport& transport,
                            const SyncOptions& options) {
    SyncReport report;
    const auto tell = [&](SyncProgress::Step step, std::int64_t done, std::int64_t total) {
        if (options.onProgress)
            options.onProgress(SyncProgress{step, done, total});
    };
    auto before = store.syncState();
    if (!before)
        return before.error();
    const std::int64_t toSend = before->pendingOps;
    tell(SyncProgress::Step::Sending, 0, toSend);
    // Push until the outbox is empty. Each batch is acknowledged locally only after the server
    // answered; if the connection drops in between, the same ops go again and come back as
    // duplicates.
    for (;;) {
        auto ops = store.pendingOps(options.pushBatch);
        if (!ops)
            return ops.error();
        if (ops->empty())
            break;
        auto results = transport.push(*ops);
        if (!results)
            return results.error();
        std::vector<std::string> done;
        std::vector<std::pair<std::string, std::string>> rejected;
        for (const auto& r : *results) {
            switch (r.outcome) {
            case PushResult::Outcome::Accepted:
                ++report.accepted;
                done.push_back(r.opId);
                break;
            case PushResult::Outcome::Duplicate:
                ++report.duplicates;
                done.push_back(r.opId);
                break;
            case PushResult::Outcome::Rejected:
                ++report.rejected;
                rejected.emplace_back(r.opId, r.reason);
                break;
            }
        }
        CUSTOS_TRY(store.acknowledge(done, rejected));
        const std::int64_t sent = report.accepted + report.duplicates + report.rejected;
        tell(SyncProgress::Step::Sending, sent, std::max(toSend, sent));
    }
    CUSTOS_TRY(uploadPhotos(store, transport, report, options));

    auto state = store.syncState();
    if (!state)
        return state.error();
    // Progress through the feed: how far the cursor has moved towards the server's newest
    // change (the feed is filtered per device, so counting changes could not give a total).
    const std::uint64_t from = state->cursor;
    tell(SyncProgress::Step::Receiving, 0, 0);
    CUSTOS_TRY(transport.pull(state->cursor, options.pullBatch, [&](PullBatch&& batch) -> Status {
        report.pulled += static_cast<int>(batch.changes.size());
        report.serverTimeMs = batch.serverTimeMs;
        CUSTOS_TRY(store.applyPulled(batch.changes, batch.cursor));
        // The last page may end before the head (changes this device may not see): caught up
        // is complete.
        if (batch.headSeq > from)
            tell(SyncProgress::Step::Receiving,
                 batch.caughtUp
                     ? static_cast<std::int64_t>(batch.headSeq - from)
                     : static_cast<std::int64_t>(std::min(batch.cursor, batch.headSeq) - from),
                 static_cast<std::int64_t>(batch.headSeq - from));
        return {};
    }));
    // Visits that joined this device's scope after its cursor had passed their earlier changes.
    auto backfills = store.pendingBackfills();
    if (!backfills)
        return backfills.error();
    for (const auto& backfill : *backfills)
        CUSTOS_TRY(transport.pull(
            backfill.cursor, options.pullBatch,
            [&](PullBatch&& batch) -> Status {
                report.pulled += static_cast<int>(batch.changes.size());
                return store.applyBackfill(backfill.visitId, batch.changes, batch.cursor,
                                           batch.caughtUp);
            },
            backfill.visitId, backfill.untilSeq));
    CUSTOS_TRY(downloadPhotos(store, transport, report, options));
    CUSTOS_TRY(store.setLastSyncSuccess(static_cast<std::int64_t>(systemMillis())));
    return report;
}

SyncWorker::SyncWorker(store::LocalStore& store, Listener listener)
    : store_(store), listener_(std::move(listener)), thread_([this] { run(); }) {}

SyncWorker::~SyncWorker() {
    stop();
}

void SyncWorker::requestSync() {
    {
        std::lock_guard lock(mutex_);
        requested_ = true;
    }
    wake_.notify_one();
}

void SyncWorker::setInterval(std::chrono::milliseconds interval) {
    {
        std::lock_guard lock(mutex_);
        interval_ = interval;
    }
    wake_.notify_one();
}

void SyncWorker::stop() {
    {
        std::lock_guard lock(mutex_);
        if (stopping_ && !thread_.joinable())
            return;
        stopping_ = true;
    }
    wake_.notify_one();
    if (thread_.joinable())
        thread_.join();
}

void SyncWorker::publish(const SyncStatus& status) {
    if (listener_)
        listener_(status);
}

void SyncWorker::run() {
    std::mt19937 jitter{std::random_device{}()};
    std::chrono::milliseconds backoff{0};
    std::unique_ptr<Transport> transport;
    std::string transportKey;
    SyncStatus status;
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            const auto wait = backoff.count() > 0 ? backoff : interval_;
            auto ready = [this] { return requested_ || stopping_; };
            if (wait.count() > 0)
                wake_.wait_for(lock, wait, ready);
            else
                wake_.wait(lock, ready);
            if (stopping_)
                return;
            requested_ = false;
        }
        auto enrolment = store_.enrolment();
        if (!enrolment || !enrolment->has_value())
            continue; // not enrolled yet: nothing to sync with
        const auto& e = **enrolment;
        const std::string key = e.serverAddress + '\n' + e.credential;
        if (!transport || key != transportKey) {
            transport =
                std::make_unique<Transport>(e.serverAddress, e.caCertificatePem, e.credential);
            transportKey = key;
        }

        status.running = true;
        status.progress = {};
        publish(status);
        SyncOptions options;
        options.onProgress = [&](const SyncProgress& progress) {
            status.progress = progress;
            publish(status);
        };
        auto report = syncOnce(store_, *transport, options);
        status.running = false;
        if (report) {
            status.lastReport = *report;
            status.lastError.clear();
            backoff = std::chrono::milliseconds{0};
        } else {
            status.lastError = report.error().message;
            // Exponential backoff with full jitter: 2 s, 4 s, ... up to 5 min, so a fleet of
            // tablets regaining a link does not hit the server in lockstep.
            const auto base =
                std::min<std::int64_t>(300000, backoff.count() == 0 ? 2000 : backoff.count() * 2);
            backoff = std::chrono::milliseconds{
                std::uniform_int_distribution<std::int64_t>(base / 2, base)(jitter)};
        }
        if (auto state = store_.syncState()) {
            status.pendingOps = state->pendingOps;
            status.lastSuccessMs = state->lastSuccessMs;
        }
        publish(status);
    }
}

} // namespace custos::sync
