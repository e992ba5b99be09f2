#pragma once
// The tablet's encrypted local database: reference data, answers, the outbox and sync state.

#include "custos/core/answer_resolution.h"
#include "custos/core/change.h"
#include "custos/core/checklist.h"
#include "custos/core/checklist_engine.h"
#include "custos/core/entities.h"
#include "custos/core/hlc.h"
#include "custos/core/observation.h"
#include "custos/core/records.h"
#include "custos/core/result.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace custos::sqldb {
class Database;
}

namespace custos::store {

/// What enrolment gave this device. The credential never leaves the encrypted database except
/// in the authorization header of a TLS call.
struct Enrolment {
    std::string serverAddress;
    std::string caCertificatePem; ///< pinned trust anchor; empty means the system roots
    std::string deviceId;
    std::string userId;
    std::string userDisplayName;
    Role role = Role::Monitor;
    std::string organisationName;
    std::string credential;
};

/// A visit as the visit list shows it.
struct VisitSummary {
    Visit visit;
    Facility facility;
    std::string cycleName;
    int answeredItems = 0;
    int totalItems = 0; ///< items that apply; 0 until the visit's checklist has been received
    int flagCount = 0;  ///< threshold flags the current answers raise
};

/// An operation waiting in the outbox to be pushed.
struct PendingOp {
    std::int64_t outboxSeq = 0;
    std::string opId;
    std::variant<Observation, VisitRecord> payload;
};

/// A visit whose earlier changes this device still has to fetch (it joined the visit's team
/// after its cursor had passed them): changes of the visit with cursor < seq <= untilSeq.
struct Backfill {
    std::string visitId;
    std::uint64_t untilSeq = 0;
    std::uint64_t cursor = 0;
};

/// An operation the server refused for good, kept with its reason and a copy of its content.
struct RejectedOp {
    std::string opId;
    std::string kind;
    std::string visitId;
    std::string reason;
    std::string payload; ///< JSON of what the op carried
    std::int64_t rejectedAtMs = 0;
};

/// Whether a photo may be used (SPT Guideline 22): photos of people need the visit lead's
/// approval; until the lead decides they are awaiting it and stay out of exports and reports.
enum class PhotoApproval { NotNeeded, Awaiting, Approved, Refused };

/// A photo (or other attachment) held in the encrypted database, without its bytes.
struct StoredAttachment {
    std::string sha256; ///< lowercase hex of the content: its id everywhere
    std::string visitId;
    std::string itemKey; ///< the checklist item it answers (empty if unknown)
    std::string mediaType;
    bool showsPeople = false;
    std::int64_t size = 0;
    std::int64_t createdAtMs = 0;
    bool uploaded = false; ///< the server holds it (sent from here, or downloaded from there)
    PhotoApproval approval = PhotoApproval::NotNeeded;
    std::string reviewNote; ///< the lead's note with the latest review
};

/// A photo answer of a visit on this device whose bytes this device does not hold yet.
struct MissingAttachment {
    std::string sha256;
    std::string visitId;
    std::string itemKey;
};

/// Sync bookkeeping shown to the user.
struct SyncState {
    std::uint64_t cursor = 0;
    std::int64_t pendingOps = 0;
    std::int64_t lastSuccessMs = 0; ///< 0 = never
};

/// The local encrypted store. Thread-safe: the UI thread and the sync worker share it, and
/// every public call is one short transaction.
class LocalStore final {
public:
    /// Opens or creates the database at path, keyed by the monitor's passphrase. A wrong
    /// passphrase yields ErrorCode::WrongKey and leaves the file unchanged. `maxBytes` caps the
    /// database's size (0: the disk is the limit); a write beyond either fails with
    /// ErrorCode::StorageFull and leaves everything as it was.
    [[nodiscard]] static Result<std::unique_ptr<LocalStore>>
    open(const std::string& path, const std::string& passphrase, std::int64_t maxBytes = 0);
    ~LocalStore();

    /// Re-encrypts the whole database under a new passphrase.
    [[nodiscard]] Status changePassphrase(const std::string& newPassphrase);

    // --- enrolment ------------------------------------------------------------------------
    [[nodiscard]] Status saveEnrolment(const Enrolment& enrolment);
    [[nodiscard]] Result<std::optional<Enrolment>> enrolment();

    // --- what the monitor works with --------------------------------------------------------
    [[nodiscard]] Result<std::vector<VisitSummary>> visits();
    [[nodiscard]] Result<std::optional<VisitSummary>> visit(const std::string& visitId);
    /// The organisation's visit cycles this device has received, latest period first.
    [[nodiscard]] Result<std::vector<VisitCycle>> cycles();
    /// The organisation's facilities this device has received, by name.
    [[nodiscard]] Result<std::vector<Facility>> facilities();
    /// The latest received version of each checklist (by id), e.g. for theme titles in review.
    [[nodiscard]] Result<std::vector<ChecklistTemplate>> latestChecklists();
    [[nodiscard]] Result<std::optional<ChecklistTemplate>> checklist(const std::string& id,
                                                                     const std::string& version);
    /// The answer that counts per item (core/answer_resolution.h: latest by HLC, device id
    /// breaking ties, the lead's reconciliations honoured).
    [[nodiscard]] Result<std::map<std::string, Observation>>
    currentAnswers(const std::string& visitId);
    /// Per item: the answer that counts, and whether the team's answers diverge.
    [[nodiscard]] Result<std::map<std::string, ResolvedAnswer>>
    resolvedAnswers(const std::string& visitId);
    /// Every observation of a visit, by anyone, oldest first (history is never rewritten).
    [[nodiscard]] Result<std::vector<Observation>> allObservations(const std::string& visitId);

    /// Records an answer by the enrolled user: the observation and its outbox operation are
    /// written in one transaction, so an answer is never saved without being queued for sync.
    [[nodiscard]] Result<Observation> recordAnswer(const std::string& visitId,
                                                   const std::string& itemKey, AnswerValue value,
                                                   const std::string& note, SourceTag source);

    /// Records an interview, finding, recommendation, status update, reconciliation or visit
    /// status change by the enrolled user, with its outbox operation, in one transaction. The
    /// store fills the header's author, device, version and HLC; a header id that is set makes
    /// this a new version of that record, an empty one a new record.
    [[nodiscard]] Result<VisitRecord> saveRecord(VisitRecord record);
    /// Every version of every record of a visit, oldest first.
    [[nodiscard]] Result<std::vector<VisitRecord>> records(const std::string& visitId);
    /// The latest visit status change of a visit still waiting in the outbox (a submission the
    /// server has not confirmed yet), if any.
    [[nodiscard]] Result<std::optional<VisitStatusChange>>
    pendingStatusChange(const std::string& visitId);
    /// Every version of the recommendations of a facility and their status updates.
    [[nodiscard]] Result<std::vector<VisitRecord>>
    facilityRecommendations(const std::string& facilityId);

    // --- photos (attachments) -----------------------------------------------------------------
    /// Largest attachment kept (the server's default limit).
    static constexpr std::int64_t kMaxAttachmentBytes = 25 * 1024 * 1024;
    /// Keeps a photo's bytes (already stripped of EXIF/GPS) inside the encrypted database,
    /// waiting for upload, and returns its SHA-256. Adding the same content again is harmless.
    [[nodiscard]] Result<std::string> addAttachment(const std::string& visitId,
                                                    const std::string& itemKey,
                                                    const std::string& mediaType, bool showsPeople,
                                                    const std::string& bytes);
    /// Stores an attachment downloaded from the server (it is not uploaded again).
    [[nodiscard]] Status storeDownloadedAttachment(const StoredAttachment& info,
                                                   const std::string& bytes);
    /// The bytes of a held attachment; nullopt if this device does not hold it.
    [[nodiscard]] Result<std::optional<std::string>> attachmentBytes(const std::string& sha256);
    /// A held attachment's description (with the lead's approval state); nullopt if not held.
    [[nodiscard]] Result<std::optional<StoredAttachment>> attachment(const std::string& sha256);
    /// The attachments of a visit held here, oldest first, with their approval state.
    [[nodiscard]] Result<std::vector<StoredAttachment>>
    attachmentsOfVisit(const std::string& visitId);
    /// Attachments written here that the server does not hold yet, oldest first.
    [[nodiscard]] Result<std::vector<StoredAttachment>> attachmentsPendingUpload();
    /// Notes that the server holds an attachment (committed and verified).
    [[nodiscard]] Status markUploaded(const std::string& sha256);
    /// Photos answered (by anyone on the team) to photo items of visits on this device whose
    /// bytes are not here: the sync engine downloads them so the lead can see and approve them.
    [[nodiscard]] Result<std::vector<MissingAttachment>> missingAttachments();

    // --- sync -------------------------------------------------------------------------------
    /// Oldest-first operations not yet acknowledged by the server.
    [[nodiscard]] Result<std::vector<PendingOp>> pendingOps(std::size_t limit);
    /// Removes acknowledged operations (accepted, duplicate or permanently rejected) from the
    /// outbox. Rejected ones are kept in a dead-letter table with their reason.
    [[nodiscard]] Status
    acknowledge(const std::vector<std::string>& doneOpIds,
                const std::vector<std::pair<std::string, std::string>>& rejectedWithReason);
    /// Applies pulled changes and stores the new cursor in the same transaction.
    [[nodiscard]] Status applyPulled(const std::vector<Change>& changes, std::uint64_t newCursor);
    /// Visits whose earlier changes are still to be fetched.
    [[nodiscard]] Result<std::vector<Backfill>> pendingBackfills();
    /// Applies a backfill batch and advances its cursor in one transaction; `complete` ends it.
    [[nodiscard]] Status applyBackfill(const std::string& visitId,
                                       const std::vector<Change>& changes, std::uint64_t newCursor,
                                       bool complete);
    [[nodiscard]] Result<SyncState> syncState();
    /// Operations the server refused for good, oldest first; they are never deleted silently.
    [[nodiscard]] Result<std::vector<RejectedOp>> rejectedOps();
    [[nodiscard]] Status setLastSyncSuccess(std::int64_t unixMillis);

    /// Runs SQLite's integrity check (used after crashes and by tests).
    [[nodiscard]] Status integrityCheck();

private:
    explicit LocalStore(std::unique_ptr<sqldb::Database> db);
    Status migrate();
    Result<std::string> meta(const std::string& key);
    Status setMeta(const std::string& key, const std::string& value);
    Result<std::optional<VisitSummary>> summarise(const Visit& visit);
    /// The parsed checklist version, or null when it has not been received yet.
    Result<std::shared_ptr<const ChecklistEngine>> engineLocked(const std::string& templateId,
                                                                const std::string& version);
    Result<std::pair<std::string, std::string>> identityLocked(); ///< (user id, device id)
    Result<std::vector<Observation>> allObservationsLocked(const std::string& visitId);
    /// Stores pulled changes (no cursor); a visit new to this device after the first sync gets
    /// a backfill up to `cursorBefore`.
    Status applyChangesLocked(const std::vector<Change>& changes, std::uint64_t cursorBefore);
    Status storeRecordLocked(const VisitRecord& record, std::optional<std::uint64_t> serverSeq);
    /// Purges withdrawn visits that have nothing left in the outbox.
    Status purgeWithdrawnLocked();
    /// Attachments matching an SQL condition (one optional text parameter ?1), with approvals.
    Result<std::vector<StoredAttachment>> attachmentsLocked(const std::string& where,
                                                            const std::string& key);

    std::mutex mutex_;
    std::unique_ptr<sqldb::Database> db_;
    HybridLogicalClock clock_;
    std::map<std::pair<std::string, std::string>, std::shared_ptr<const ChecklistEngine>> engines_;
};

} // namespace custos::store
