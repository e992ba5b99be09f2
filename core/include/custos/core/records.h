#pragma once
// The visit records besides answers: interviews, findings, recommendations and their status
// history, reconciliations of divergent answers, visit status changes and reviews of photos. Like
// observations they are created on a device (or by a coordinator), travel through the outbox and
// are append-only: an edit is a new version with the same id and a newer HLC; every version stays
// in history.

#include "custos/core/enums.h"
#include "custos/core/hlc.h"
#include "custos/core/result.h"

#include <string>
#include <variant>
#include <vector>

namespace custos {

/// What every record carries: who wrote which version of what, when, for which visit.
struct RecordHeader {
    std::string id;        ///< the entity; stable across versions (UUIDv7)
    std::string versionId; ///< this version (UUIDv7); the same as id for one-shot records
    std::string visitId;   ///< may be empty only for a coordinator's recommendation update
    std::string authorId;
    std::string deviceId;
    Hlc hlc;

    friend bool operator==(const RecordHeader&, const RecordHeader&) = default;
};

/// How serious a finding is (CPT/APT reporting practice).
enum class FindingSeverity { Urgent, PriorityConcern, Concern, GoodPractice };
/// Who may see what an interview revealed. Ordered: each scope includes the ones before it.
enum class ConsentScope { None, Internal, WithAuthorities, PublishAnonymised };
enum class InterviewKind { Individual, Group, Staff, Management };
enum class Priority { High, Medium, Low };
/// Where a recommendation stands; changes are kept as history across cycles.
enum class RecommendationStatus {
    Open,
    Accepted,
    Rejected,
    InProgress,
    Implemented,
    PartiallyImplemented,
    NotImplemented,
    NoLongerApplicable
};

std::string_view toString(FindingSeverity);
std::string_view toString(ConsentScope);
std::string_view toString(InterviewKind);
std::string_view toString(Priority);
std::string_view toString(RecommendationStatus);

/// True when a recommendation in this status still needs following up.
[[nodiscard]] bool isOpenStatus(RecommendationStatus status);

/// One allegation raised in an interview. No names: a category of alleged perpetrator only.
struct Allegation {
    std::string type;                ///< e.g. "ill-treatment", "threats", "denial of care"
    std::string when;                ///< ISO date or free period ("2026-10", "last week")
    std::string perpetratorCategory; ///< e.g. "custodial staff", "police", "other detainees"
    friend bool operator==(const Allegation&, const Allegation&) = default;
};

/// A confidential interview. The person is identified only by a pseudonymous code; there is no
/// name field on purpose. `content` never leaves the encrypted stores except within the consent
/// scope (reports, exports) and never appears in logs, errors or aggregates.
struct Interview {
    RecordHeader header;
    ConsentScope consent = ConsentScope::None;
    std::string personCode; ///< pseudonym, e.g. "D-17"
    InterviewKind kind = InterviewKind::Individual;
    std::string privacy; ///< conditions, e.g. "out of sight and hearing of staff"
    bool interpreter = false;
    std::vector<Allegation> allegations;
    bool reprisalRisk = false;
    bool followUp = false;
    std::string content;

    friend bool operator==(const Interview&, const Interview&) = default;
};

/// A finding drafted by the team: a theme, the rules it concerns and the evidence it rests on.
struct Finding {
    RecordHeader header;
    std::string theme;         ///< checklist section key
    std::vector<int> ruleRefs; ///< Mandela Rules numbers
    FindingSeverity severity = FindingSeverity::Concern;
    std::string text;
    std::vector<std::string> observationIds;
    std::vector<std::string> interviewIds;

    friend bool operator==(const Finding&, const Finding&) = default;
};

/// A recommendation to an authority. It belongs to the facility of its visit and is followed up
/// across cycles through RecommendationUpdates.
struct Recommendation {
    RecordHeader header;
    std::string facilityId; ///< the facility of its visit; later visits there follow it up
    std::string text;
    std::string addressee; ///< the authority it is addressed to
    Priority priority = Priority::Medium;
    std::string dueDate; ///< ISO date, may be empty
    std::vector<std::string> findingIds;

    friend bool operator==(const Recommendation&, const Recommendation&) = default;
};

/// One step of a recommendation's status history, with evidence and the visit where it was
/// checked (empty when a coordinator records it from outside a visit).
struct RecommendationUpdate {
    RecordHeader header;
    std::string recommendationId;
    RecommendationStatus status = RecommendationStatus::Open;
    std::string evidence;

    friend bool operator==(const RecommendationUpdate&, const RecommendationUpdate&) = default;
};

/// The visit lead's resolution of divergent answers to one item: the observation that stands.
struct Reconciliation {
    RecordHeader header;
    std::string itemKey;
    std::string chosenObservationId;
    std::string note;

    friend bool operator==(const Reconciliation&, const Reconciliation&) = default;
};

/// A request to move a visit along its life: the lead submits, a coordinator reviews or
/// returns it.
struct VisitStatusChange {
    RecordHeader header;
    VisitStatus status = VisitStatus::Submitted;

    friend bool operator==(const VisitStatusChange&, const VisitStatusChange&) = default;
};

/// The visit lead's decision on a photo that shows people (SPT Guideline 22: images of persons
/// only with the lead's approval). Photos not showing people need none. One-shot: a later review
/// of the same photo (by HLC) replaces an earlier one, so the lead can withdraw an approval.
struct PhotoReview {
    RecordHeader header;
    std::string attachmentSha256; ///< lowercase hex SHA-256 of the photo (an attachment)
    bool approved = false;
    std::string note;

    friend bool operator==(const PhotoReview&, const PhotoReview&) = default;
};

/// Any visit record.
using VisitRecord = std::variant<Interview, Finding, Recommendation, RecommendationUpdate,
                                 Reconciliation, VisitStatusChange, PhotoReview>;

/// The header of any record.
[[nodiscard]] const RecordHeader& headerOf(const VisitRecord& record);
[[nodiscard]] RecordHeader& headerOf(VisitRecord& record);
/// The stable kind name of a record ("interview", "finding", ...), used in tables and logs.
[[nodiscard]] std::string_view kindOf(const VisitRecord& record);

/// Checks a record's shape (ids, sizes, required fields) before it is stored or sent.
[[nodiscard]] Status validateRecord(const VisitRecord& record);

/// The stored JSON form of a record (the body; header fields included).
[[nodiscard]] std::string recordToJson(const VisitRecord& record);
/// Decodes recordToJson's form for the given kind.
[[nodiscard]] Result<VisitRecord> recordFromJson(std::string_view kind, const std::string& json);

} // namespace custos
