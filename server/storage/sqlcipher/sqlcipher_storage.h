#pragma once
// The embedded storage backend: one SQLCipher file, keyed from the server's 0600 key file.

#include "custos/sqldb/database.h"
#include "custos/storage/storage.h"

#include "custos/core/checklist_engine.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>

namespace custos::storage {

/// Parsed reference data and per-visit figures, valid for one PRAGMA data_version.
struct ReadCache {
    std::int64_t dataVersion = -1;
    std::optional<std::vector<Facility>> facilities;
    std::optional<std::vector<VisitCycle>> cycles;
    std::optional<std::vector<Visit>> visits;
    std::optional<std::map<std::string, aggregate::VisitStatsPtr>> stats; ///< by visit id
    /// Every recommendation version and status update, with the facility each belongs to.
    std::optional<std::vector<std::pair<std::string, VisitRecord>>> recommendations;
};

/// Storage on an SQLCipher database. One connection, serialised by a mutex: SQLite allows one
/// writer at a time anyway, and batches keep transactions few.
class SqlCipherStorage final : public Storage {
public:
    /// The schema version this build writes; a newer file is refused, an older one migrated.
    static constexpr int kSchemaVersion = 5;

    /// Opens (creating if needed) the database at path with a 64-hex-digit raw key. `maxBytes`
    /// caps the file (0: the disk is the limit): a write beyond it fails with StorageFull and
    /// changes nothing, exactly as on a full disk, so operators can keep room for logs and
    /// backups.
    [[nodiscard]] static Result<std::unique_ptr<SqlCipherStorage>>
    open(const std::string& path, const std::string& hexKey, std::int64_t maxBytes = 0);

    Status setOrganisationName(const std::string& name) override;
    Status putUser(const User& user) override;
    Result<User> findUser(const std::string& userId) override;
    Result<std::vector<User>> listUsers() override;
    Status addEnrolmentCode(const std::string& codeHash, const std::string& userId,
                            std::int64_t expiresAtMs) override;
    Result<User> redeemEnrolmentCode(const std::string& codeHash, std::int64_t nowMs,
                                     const Device& device,
                                     const std::string& credentialHash) override;
    Result<Caller> authenticate(const std::string& credentialHash) override;
    Result<std::vector<Device>> listDevices() override;
    Status revokeDevice(const std::string& deviceId) override;

    Status putFacility(const Facility& facility) override;
    Status putCycle(const VisitCycle& cycle) override;
    Status putVisit(const Visit& visit) override;
    Status putTemplate(const ChecklistTemplate& checklist) override;
    Result<std::vector<Visit>> listVisits() override;
    Result<std::vector<Facility>> listFacilities() override;
    Result<std::vector<Observation>> observationsOfVisit(const std::string& visitId) override;
    Result<std::vector<Observation>> countingObservations(const std::string& visitId) override;
    Result<std::vector<VisitCycle>> listCycles() override;
    Status putFacilities(const std::vector<Facility>& facilities) override;
    Result<std::vector<ChecklistTemplate>> listTemplates() override;
    Result<Visit> findVisit(const std::string& visitId) override;

    Result<std::vector<OpOutcome>> applyOps(const Caller& caller,
                                            const std::vector<Op>& ops) override;
    std::vector<Result<std::vector<OpOutcome>>>
    applyPushes(const std::vector<PushBatch>& pushes) override;
    Result<std::uint64_t> headSeq() override;
    Result<std::vector<ChangeRecord>> changesAfter(const Caller& caller, std::uint64_t cursor,
                                                   std::size_t limit) override;
    Result<std::vector<ChangeRecord>> backfill(const Caller& caller, const std::string& visitId,
                                               std::uint64_t cursor, std::uint64_t untilSeq,
                                               std::size_t limit) override;
    Result<std::vector<VisitRecord>> recordsOfVisit(const std::string& visitId) override;
    Result<std::vector<Reconciliation>> reconciliationsOfVisit(const std::string& visitId) override;
    Result<std::vector<VisitRecord>> recommendationRecords(const std::string& facilityId) override;
    Result<std::vector<aggregate::VisitStatsPtr>>
    visitStats(const std::string& cycleId, const std::string& facilityId) override;
    Result<Attachment> beginAttachment(const Attachment& wanted) override;
    Result<Attachment> appendAttachment(const std::string& sha256, std::int64_t offset,
                                        std::span<const std::uint8_t> bytes) override;
    Result<Attachment> commitAttachment(const Caller& caller, const std::string& sha256) override;
    Status discardAttachment(const std::string& sha256) override;
    Result<Attachment> findAttachment(const std::string& sha256) override;
    Result<std::vector<std::uint8_t>> readAttachment(const std::string& sha256, std::int64_t offset,
                                                     std::int64_t length) override;
    Result<StoreStats> stats() override;

    Status appendAudit(const AuditEntry& entry) override;
    Result<AuditVerification> verifyAudit() override;
    Result<std::vector<AuditEntry>> recentAudit(std::size_t limit) override;

    /// Writes a consistent encrypted copy to path (for backups).
    [[nodiscard]] Status backupTo(const std::string& path);
    /// The backup made before the last schema upgrade, or empty if none was needed.
    [[nodiscard]] const std::string& upgradeBackupPath() const { return upgradeBackup_; }

private:
    explicit SqlCipherStorage(std::unique_ptr<sqldb::Database> db) : db_(std::move(db)) {}
    Status migrate();
    Result<Visit> findVisitLocked(const std::string& visitId);
    Status putFacilityLocked(const Facility& facility);
    template <typename T, typename Decode>
    Result<std::vector<T>> listBodies(const char* sql, Decode decode);
    /// listBodies through the read cache: `slot` holds the parsed list until it is invalidated.
    template <typename T, typename Decode>
    Result<std::vector<T>> cachedList(std::optional<std::vector<T>> ReadCache::*slot,
                                      const char* sql, Decode decode);
    /// Runs fn in one transaction; if it fails, the read cache is dropped (it may have been
    /// updated for changes that were rolled back).
    Status transact(const std::function<Status()>& fn);
    /// Drops the read cache when another process has committed since it was filled.
    Status syncCacheLocked();
    Result<std::uint64_t> recordChange(std::string_view kind, const std::string& entityId,
                                       const std::string& visitId, const std::string& facilityId,
                                       const std::string& cycleId);
    /// What one push batch has looked up and touched.
    struct Batch {
        std::map<std::string, std::optional<Visit>> visits; ///< parsed once per batch
        std::set<std::string> dirtyVisits;                  ///< figures to recompute at the end
    };
    Result<const Visit*> batchVisit(Batch& batch, const std::string& visitId);
    Result<std::optional<std::uint64_t>> seenOp(const std::string& opId);
    /// One attempt at applyPushes: one transaction, each push not yet `failed` under its own
    /// savepoint. A push that fails is marked in `failed`; if SQLite ended the transaction
    /// because of it, `abandoned` is set and the attempt returns that error.
    Status applyPushesOnce(const std::vector<PushBatch>& pushes,
                           std::vector<std::optional<Error>>& failed,
                           std::vector<Result<std::vector<OpOutcome>>>& results, bool& abandoned);
    /// One push's ops, in order, inside the open transaction.
    Result<std::vector<OpOutcome>> applyPushLocked(const PushBatch& push, Batch& batch);
    Result<OpOutcome> applyOne(const Caller& caller, const Op& op, Batch& batch);
    Result<OpOutcome> applyObservation(const Caller& caller, const std::string& opId,
                                       const Observation& observation, Batch& batch);
    Result<OpOutcome> applyRecord(const Caller& caller, const std::string& opId,
                                  const VisitRecord& record, Batch& batch);
    Result<OpContext> recordContext(const VisitRecord& record, Batch& batch);
    Status applyVisitStatus(const VisitStatusChange& change, Batch& batch);
    /// The feed of a monitor (FeedScope::OwnVisits), read through the indexes of what they
    /// may see instead of a scan of every change past the cursor.
    Result<std::vector<ChangeRecord>> ownVisitsFeedLocked(const Caller& caller,
                                                          std::uint64_t cursor, std::size_t limit);
    Result<std::vector<ChangeRecord>> readFeed(const Caller& caller, const std::string& range,
                                               const std::function<void(sqldb::Statement&)>& bind);
    /// Tells a user's devices to purge a visit (a feed entry only that user sees).
    Status withdrawLocked(const std::string& visitId, const std::string& userId,
                          const std::string& reason);
    Result<std::vector<VisitRecord>> recordsOfVisitLocked(const std::string& visitId);
    Result<std::vector<Observation>> observationsOfVisitLocked(const std::string& visitId);
    /// What a visit's figures rest on: each author's latest answer per item, plus the answers
    /// the lead chose in reconciliations (aggregate::computeVisitStats needs nothing older).
    Result<std::vector<Observation>>
    countingObservationsLocked(const std::string& visitId,
                               const std::vector<Reconciliation>& settlements);
    /// Recomputes and stores one visit's figures (aggregate::computeVisitStats).
    Status recomputeStatsLocked(const std::string& visitId);
    /// Recomputes the figures of the visits `SELECT id FROM visits WHERE <where>` finds.
    Status recomputeVisitsWhere(const std::string& where, const std::vector<std::string>& params);
    /// Recomputes every visit's figures (after a schema upgrade, or when they are missing).
    Status rebuildStatsIfIncomplete();
    Result<std::shared_ptr<const ChecklistEngine>> engineFor(const std::string& templateId,
                                                             const std::string& version);
    Status appendAuditLocked(AuditEntry entry);
    /// True when the one-parameter query returns a row.
    Result<bool> exists(const std::string& sql, const std::string& key);
    Result<Attachment> findAttachmentLocked(const std::string& sha256);

    std::mutex mutex_;
    std::unique_ptr<sqldb::Database> db_;
    std::string upgradeBackup_;
    /// While pushes are applied: the audit head they last wrote (unknown until the first append).
    bool inBatch_ = false;
    std::optional<std::pair<std::uint64_t, std::string>> batchAuditHead_;
    /// Parsed copies of what review queries read again and again. Own writes keep it current
    /// (or drop the part they change); other processes' commits (custosctl) are noticed through
    /// PRAGMA data_version, which changes only for commits by other connections.
    ReadCache cache_;
    /// Published templates are immutable, so their compiled engines are kept.
    std::map<std::string, std::shared_ptr<const ChecklistEngine>> engines_;
};

} // namespace custos::storage
