#pragma once
// The server's storage interface. Backends (embedded SQLCipher today, PostgreSQL next) implement
// it; nothing above it knows which one runs. It knows nothing of gRPC or protobuf.

#include "custos/aggregate/visit_stats.h"
#include "custos/core/change.h"
#include "custos/core/checklist.h"
#include "custos/core/entities.h"
#include "custos/core/observation.h"
#include "custos/core/records.h"
#include "custos/core/result.h"
#include "custos/storage/policy.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace custos::storage {

/// Who is asking, as established by authentication; storage filters what they may see by it.
struct Caller {
    std::string userId;
    std::string deviceId;
    Role role = Role::Monitor;
};

/// An operation received from a device: an observation or a visit record. opId is the
/// idempotency key.
struct Op {
    std::string opId;
    OpPayload payload;
};

/// One device's push as storage applies it: who sent it and its operations (both owned by the
/// caller of applyPushes, which outlives the call).
struct PushBatch {
    const Caller& caller;
    const std::vector<Op>& ops;
};

/// What became of one pushed operation.
struct OpOutcome {
    enum class Kind { Accepted, Duplicate, Rejected };
    Kind kind = Kind::Rejected;
    std::string reason;    ///< for Rejected: a plain sentence (never echoes content)
    std::uint64_t seq = 0; ///< server sequence number, for Accepted and Duplicate
};

/// One entry of the change feed a device pulls.
using ChangeRecord = Change;

/// One entry of the tamper-evident audit log. Details name ids and kinds only: never answers,
/// notes, interview content or secrets.
struct AuditEntry {
    std::uint64_t seq = 0;
    std::int64_t atMs = 0;
    std::string actorUser;   ///< user id, or "local-admin" for custosctl on the data directory
    std::string actorDevice; ///< device id, or empty
    std::string action;      ///< e.g. "observation.accepted", "user.added", "device.revoked"
    std::string entity;      ///< the id acted on
    std::string detail;
};

/// Result of checking the audit chain.
struct AuditVerification {
    std::uint64_t events = 0;
    std::string headHash;          ///< record it elsewhere to detect truncation later
    std::uint64_t firstBadSeq = 0; ///< 0 when the chain is intact
    std::string problem;           ///< what is wrong at firstBadSeq
};

/// An attachment as storage knows it: content-addressed, committed once complete and verified.
struct Attachment {
    std::string sha256; ///< lowercase hex of the whole content
    std::string visitId;
    std::int64_t size = 0;
    std::string mediaType;
    bool showsPeople = false;
    std::string uploaderId;
    std::int64_t held = 0; ///< bytes received so far (a contiguous prefix)
    bool committed = false;
};

/// Counts for `custosctl status` and health output.
struct StoreStats {
    std::int64_t users = 0, devices = 0, facilities = 0, cycles = 0, visits = 0, templates = 0,
                 observations = 0, records = 0;
    std::uint64_t lastSeq = 0;
    int schemaVersion = 0;
    std::string organisationName;
};

/// The server's persistent state. Implementations are thread-safe.
class Storage {
public:
    virtual ~Storage() = default;

    // --- organisation, users, devices -----------------------------------------------------
    [[nodiscard]] virtual Status setOrganisationName(const std::string& name) = 0;
    [[nodiscard]] virtual Status putUser(const User& user) = 0;
    [[nodiscard]] virtual Result<User> findUser(const std::string& userId) = 0;
    [[nodiscard]] virtual Result<std::vector<User>> listUsers() = 0;

    /// Stores an enrolment code by its hash, bound to a user, valid until expiresAtMs.
    [[nodiscard]] virtual Status addEnrolmentCode(const std::string& codeHash,
                                                  const std::string& userId,
                                                  std::int64_t expiresAtMs) = 0;
    /// Atomically consumes an unexpired, unused code and records the device with its
    /// credential hash. Fails with Unauthenticated for unknown, used or expired codes.
    [[nodiscard]] virtual Result<User> redeemEnrolmentCode(const std::string& codeHash,
                                                           std::int64_t nowMs, const Device& device,
                                                           const std::string& credentialHash) = 0;
    /// Every enrolled device, newest first.
    [[nodiscard]] virtual Result<std::vector<Device>> listDevices() = 0;
    /// Revokes a device: its next call is refused. NotFound for an unknown id.
    [[nodiscard]] virtual Status revokeDevice(const std::string& deviceId) = 0;
    /// The caller a credential hash belongs to; Unauthenticated if unknown or revoked, or if
    /// the user is disabled.
    [[nodiscard]] virtual Result<Caller> authenticate(const std::string& credentialHash) = 0;

    // --- reference data (server -> devices) -----------------------------------------------
    [[nodiscard]] virtual Status putFacility(const Facility& facility) = 0;
    [[nodiscard]] virtual Status putCycle(const VisitCycle& cycle) = 0;
    [[nodiscard]] virtual Status putVisit(const Visit& visit) = 0;
    [[nodiscard]] virtual Status putTemplate(const ChecklistTemplate& checklist) = 0;
    [[nodiscard]] virtual Result<std::vector<Visit>> listVisits() = 0;
    [[nodiscard]] virtual Result<std::vector<Facility>> listFacilities() = 0;
    /// Every observation of a visit (all team members, all history), oldest first.
    [[nodiscard]] virtual Result<std::vector<Observation>>
    observationsOfVisit(const std::string& visitId) = 0;
    /// What a visit's current answers rest on: each author's latest answer per item and the
    /// answers the lead chose in reconciliations. resolveAnswers over these gives the same
    /// result as over the whole history, without reading it.
    [[nodiscard]] virtual Result<std::vector<Observation>>
    countingObservations(const std::string& visitId) = 0;
    [[nodiscard]] virtual Result<std::vector<VisitCycle>> listCycles() = 0;
    /// Stores several facilities in one transaction: all of them or none.
    [[nodiscard]] virtual Status putFacilities(const std::vector<Facility>& facilities) = 0;
    /// Every published checklist version, by id then version.
    [[nodiscard]] virtual Result<std::vector<ChecklistTemplate>> listTemplates() = 0;
    [[nodiscard]] virtual Result<Visit> findVisit(const std::string& visitId) = 0;

    // --- sync -----------------------------------------------------------------------------
    /// Applies each op exactly once, in order, in one transaction. A transient failure fails
    /// the whole call (nothing applied) so the device retries; per-op outcomes otherwise.
    [[nodiscard]] virtual Result<std::vector<OpOutcome>> applyOps(const Caller& caller,
                                                                  const std::vector<Op>& ops) = 0;
    /// Group commit: applies several pushes in one transaction, each under its own savepoint,
    /// and returns one result per push, in order. Each push's result is what applyOps would
    /// give it alone (its ops once each, in order); a push that fails leaves nothing behind
    /// and the others are kept. Nothing is committed (so nothing may be acknowledged) before
    /// the call returns; if the commit fails, every push fails and the devices retry.
    [[nodiscard]] virtual std::vector<Result<std::vector<OpOutcome>>>
    applyPushes(const std::vector<PushBatch>& pushes) = 0;
    /// The newest change's sequence number (0 when there is none), whoever may see it: a
    /// pulling device measures its progress against it.
    [[nodiscard]] virtual Result<std::uint64_t> headSeq() = 0;
    /// Changes after `cursor` that `caller` may see, oldest first, at most `limit`.
    [[nodiscard]] virtual Result<std::vector<ChangeRecord>>
    changesAfter(const Caller& caller, std::uint64_t cursor, std::size_t limit) = 0;
    /// Backfill for a visit that entered the caller's scope: the changes of that visit (and the
    /// recommendations of its facility) with cursor < seq <= untilSeq that `caller` may see now.
    /// The device asks with untilSeq = the cursor it had when the visit arrived, so together with
    /// the main feed it receives every change exactly once.
    [[nodiscard]] virtual Result<std::vector<ChangeRecord>>
    backfill(const Caller& caller, const std::string& visitId, std::uint64_t cursor,
             std::uint64_t untilSeq, std::size_t limit) = 0;

    // --- records and figures --------------------------------------------------------------
    /// Every version of every record of a visit, oldest first.
    [[nodiscard]] virtual Result<std::vector<VisitRecord>>
    recordsOfVisit(const std::string& visitId) = 0;
    /// The lead's reconciliations of a visit's divergent answers, oldest first.
    [[nodiscard]] virtual Result<std::vector<Reconciliation>>
    reconciliationsOfVisit(const std::string& visitId) = 0;
    /// Every version of every recommendation and every status update; of one facility, or of
    /// all when facilityId is empty.
    [[nodiscard]] virtual Result<std::vector<VisitRecord>>
    recommendationRecords(const std::string& facilityId) = 0;
    /// The figures of visits, kept up to date in the transaction that changes their data: of one
    /// cycle, of one facility, or of every visit when both are empty.
    [[nodiscard]] virtual Result<std::vector<aggregate::VisitStatsPtr>>
    visitStats(const std::string& cycleId, const std::string& facilityId) = 0;

    // --- attachments ------------------------------------------------------------------------
    /// Starts (or finds, to resume) an upload. An existing attachment with the same hash but
    /// other metadata is refused; a committed one is returned as is.
    [[nodiscard]] virtual Result<Attachment> beginAttachment(const Attachment& wanted) = 0;
    /// Appends bytes at `offset`, which must equal what is held (FailedPrecondition otherwise).
    [[nodiscard]] virtual Result<Attachment>
    appendAttachment(const std::string& sha256, std::int64_t offset,
                     std::span<const std::uint8_t> bytes) = 0;
    /// Marks a complete attachment committed (the caller has verified its hash), audited.
    [[nodiscard]] virtual Result<Attachment> commitAttachment(const Caller& caller,
                                                              const std::string& sha256) = 0;
    /// Drops what was received of an attachment that failed verification.
    [[nodiscard]] virtual Status discardAttachment(const std::string& sha256) = 0;
    /// NotFound when unknown.
    [[nodiscard]] virtual Result<Attachment> findAttachment(const std::string& sha256) = 0;
    /// Up to `length` bytes from `offset` of what is held.
    [[nodiscard]] virtual Result<std::vector<std::uint8_t>>
    readAttachment(const std::string& sha256, std::int64_t offset, std::int64_t length) = 0;

    [[nodiscard]] virtual Result<StoreStats> stats() = 0;

    // --- audit ----------------------------------------------------------------------------
    /// Appends an event to the hash chain (accepted operations are audited inside their own
    /// transaction by applyOps; administrative actions call this).
    [[nodiscard]] virtual Status appendAudit(const AuditEntry& entry) = 0;
    /// Recomputes the whole chain; reports the first modified, inserted or deleted event.
    [[nodiscard]] virtual Result<AuditVerification> verifyAudit() = 0;
    /// The newest events, newest first.
    [[nodiscard]] virtual Result<std::vector<AuditEntry>> recentAudit(std::size_t limit) = 0;
};

} // namespace custos::storage
