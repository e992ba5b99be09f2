// Visit records <-> protobuf. Records come from devices, so unknown or missing enum values are
// errors (the op is rejected with a reason), never silently replaced by a default.
#include "custos/proto/mapping.h"

#include "custos/v1/sync.pb.h"

namespace custos::protomap {
namespace {

template <typename P, typename D> P enumOut(D value) {
    return static_cast<P>(static_cast<int>(value) + 1);
}

template <typename D> Result<D> enumIn(int value, int count, const char* what) {
    if (value < 1 || value > count)
        return makeError(ErrorCode::InvalidArgument, std::string("unknown or missing ") + what);
    return static_cast<D>(value - 1);
}

template <typename Repeated> std::vector<std::string> strings(const Repeated& in) {
    return {in.begin(), in.end()};
}

void headerOut(const RecordHeader& in, v1::RecordHeader* out) {
    out->set_id(in.id);
    out->set_version_id(in.versionId);
    out->set_visit_id(in.visitId);
    out->set_author_id(in.authorId);
    out->set_device_id(in.deviceId);
    out->set_hlc(in.hlc.packed);
}

RecordHeader headerIn(const v1::RecordHeader& in) {
    return {in.id(), in.version_id(), in.visit_id(), in.author_id(), in.device_id(), Hlc{in.hlc()}};
}

void bodyOut(const Interview& in, v1::Interview* out) {
    out->set_consent(enumOut<v1::ConsentScope>(in.consent));
    out->set_person_code(in.personCode);
    out->set_kind(enumOut<v1::InterviewKind>(in.kind));
    out->set_privacy(in.privacy);
    out->set_interpreter(in.interpreter);
    for (const auto& a : in.allegations) {
        auto* allegation = out->add_allegations();
        allegation->set_type(a.type);
        allegation->set_when(a.when);
        allegation->set_perpetrator_category(a.perpetratorCategory);
    }
    out->set_reprisal_risk(in.reprisalRisk);
    out->set_follow_up(in.followUp);
    out->set_content(in.content);
}
void bodyOut(const Finding& in, v1::Finding* out) {
    out->set_theme(in.theme);
    for (int rule : in.ruleRefs)
        out->add_rule_refs(rule);
    out->set_severity(enumOut<v1::FindingSeverity>(in.severity));
    out->set_text(in.text);
    for (const auto& id : in.observationIds)
        out->add_observation_ids(id);
    for (const auto& id : in.interviewIds)
        out->add_interview_ids(id);
}
void bodyOut(const Recommendation& in, v1::Recommendation* out) {
    out->set_facility_id(in.facilityId);
    out->set_text(in.text);
    out->set_addressee(in.addressee);
    out->set_priority(enumOut<v1::Priority>(in.priority));
    out->set_due_date(in.dueDate);
    for (const auto& id : in.findingIds)
        out->add_finding_ids(id);
}
void bodyOut(const RecommendationUpdate& in, v1::RecommendationUpdate* out) {
    out->set_recommendation_id(in.recommendationId);
    out->set_status(enumOut<v1::RecommendationStatus>(in.status));
    out->set_evidence(in.evidence);
}
void bodyOut(const Reconciliation& in, v1::Reconciliation* out) {
    out->set_item_key(in.itemKey);
    out->set_chosen_observation_id(in.chosenObservationId);
    out->set_note(in.note);
}
void bodyOut(const PhotoReview& in, v1::PhotoReview* out) {
    out->set_attachment_sha256(in.attachmentSha256);
    out->set_approved(in.approved);
    out->set_note(in.note);
}
void bodyOut(const VisitStatusChange& in, v1::VisitStatusChange* out) {
    out->set_status(enumOut<v1::VisitStatus>(in.status));
}

Result<VisitRecord> bodyIn(const v1::Interview& in) {
    Interview r;
    r.header = headerIn(in.header());
    auto consent = enumIn<ConsentScope>(in.consent(), 4, "consent scope");
    if (!consent)
        return consent.error();
    r.consent = *consent;
    auto kind = enumIn<InterviewKind>(in.kind(), 4, "interview kind");
    if (!kind)
        return kind.error();
    r.kind = *kind;
    r.personCode = in.person_code();
    r.privacy = in.privacy();
    r.interpreter = in.interpreter();
    for (const auto& a : in.allegations())
        r.allegations.push_back({a.type(), a.when(), a.perpetrator_category()});
    r.reprisalRisk = in.reprisal_risk();
    r.followUp = in.follow_up();
    r.content = in.content();
    return VisitRecord{std::move(r)};
}
Result<VisitRecord> bodyIn(const v1::Finding& in) {
    Finding r;
    r.header = headerIn(in.header());
    auto severity = enumIn<FindingSeverity>(in.severity(), 4, "finding severity");
    if (!severity)
        return severity.error();
    r.severity = *severity;
    r.theme = in.theme();
    r.ruleRefs = {in.rule_refs().begin(), in.rule_refs().end()};
    r.text = in.text();
    r.observationIds = strings(in.observation_ids());
    r.interviewIds = strings(in.interview_ids());
    return VisitRecord{std::move(r)};
}
Result<VisitRecord> bodyIn(const v1::Recommendation& in) {
    Recommendation r;
    r.header = headerIn(in.header());
    auto priority = enumIn<Priority>(in.priority(), 3, "recommendation priority");
    if (!priority)
        return priority.error();
    r.priority = *priority;
    r.facilityId = in.facility_id();
    r.text = in.text();
    r.addressee = in.addressee();
    r.dueDate = in.due_date();
    r.findingIds = strings(in.finding_ids());
    return VisitRecord{std::move(r)};
}
Result<VisitRecord> bodyIn(const v1::RecommendationUpdate& in) {
    RecommendationUpdate r;
    r.header = headerIn(in.header());
    auto status = enumIn<RecommendationStatus>(in.status(), 8, "recommendation status");
    if (!status)
        return status.error();
    r.status = *status;
    r.recommendationId = in.recommendation_id();
    r.evidence = in.evidence();
    return VisitRecord{std::move(r)};
}
Result<VisitRecord> bodyIn(const v1::Reconciliation& in) {
    Reconciliation r;
    r.header = headerIn(in.header());
    r.itemKey = in.item_key();
    r.chosenObservationId = in.chosen_observation_id();
    r.note = in.note();
    return VisitRecord{std::move(r)};
}
Result<VisitRecord> bodyIn(const v1::PhotoReview& in) {
    PhotoReview r;
    r.header = headerIn(in.header());
    r.attachmentSha256 = in.attachment_sha256();
    r.approved = in.approved();
    r.note = in.note();
    return VisitRecord{std::move(r)};
}
Result<VisitRecord> bodyIn(const v1::VisitStatusChange& in) {
    VisitStatusChange r;
    r.header = headerIn(in.header());
    auto status = enumIn<VisitStatus>(in.status(), 4, "visit status");
    if (!status)
        return status.error();
    r.status = *status;
    return VisitRecord{std::move(r)};
}

/// Operation and Change name their record fields alike, so one function fills either.
template <typename Message> void setRecord(const VisitRecord& record, Message* out) {
    std::visit(
        [out](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            auto fill = [&r](auto* message) {
                headerOut(r.header, message->mutable_header());
                bodyOut(r, message);
            };
            if constexpr (std::is_same_v<T, Interview>)
                fill(out->mutable_interview());
            else if constexpr (std::is_same_v<T, Finding>)
                fill(out->mutable_finding());
            else if constexpr (std::is_same_v<T, Recommendation>)
                fill(out->mutable_recommendation());
            else if constexpr (std::is_same_v<T, RecommendationUpdate>)
                fill(out->mutable_recommendation_update());
            else if constexpr (std::is_same_v<T, Reconciliation>)
                fill(out->mutable_reconciliation());
            else if constexpr (std::is_same_v<T, PhotoReview>)
                fill(out->mutable_photo_review());
            else
                fill(out->mutable_visit_status_change());
        },
        record);
}

template <typename Message> std::optional<Result<VisitRecord>> getRecord(const Message& in) {
    if (in.has_interview())
        return bodyIn(in.interview());
    if (in.has_finding())
        return bodyIn(in.finding());
    if (in.has_recommendation())
        return bodyIn(in.recommendation());
    if (in.has_recommendation_update())
        return bodyIn(in.recommendation_update());
    if (in.has_reconciliation())
        return bodyIn(in.reconciliation());
    if (in.has_visit_status_change())
        return bodyIn(in.visit_status_change());
    if (in.has_photo_review())
        return bodyIn(in.photo_review());
    return std::nullopt;
}

} // namespace

void toProto(const Recommendation& in, v1::Recommendation* out) {
    headerOut(in.header, out->mutable_header());
    bodyOut(in, out);
}

void toProto(const RecommendationUpdate& in, v1::RecommendationUpdate* out) {
    headerOut(in.header, out->mutable_header());
    bodyOut(in, out);
}

Result<Recommendation> fromProto(const v1::Recommendation& in) {
    auto record = bodyIn(in);
    if (!record)
        return record.error();
    return std::get<Recommendation>(std::move(record).value());
}

Result<RecommendationUpdate> fromProto(const v1::RecommendationUpdate& in) {
    auto record = bodyIn(in);
    if (!record)
        return record.error();
    return std::get<RecommendationUpdate>(std::move(record).value());
}

void toProto(const Finding& in, v1::Finding* out) {
    headerOut(in.header, out->mutable_header());
    bodyOut(in, out);
}

void toProto(const Interview& in, v1::Interview* out) {
    headerOut(in.header, out->mutable_header());
    bodyOut(in, out);
}

Result<Finding> fromProto(const v1::Finding& in) {
    auto record = bodyIn(in);
    if (!record)
        return record.error();
    return std::get<Finding>(std::move(record).value());
}

Result<Interview> fromProto(const v1::Interview& in) {
    auto record = bodyIn(in);
    if (!record)
        return record.error();
    return std::get<Interview>(std::move(record).value());
}

void toProto(const VisitRecord& in, v1::Operation* out) {
    setRecord(in, out);
}

void toProto(const VisitRecord& in, v1::Change* out) {
    setRecord(in, out);
}

std::optional<Result<VisitRecord>> recordFromProto(const v1::Operation& in) {
    return getRecord(in);
}

std::optional<Result<VisitRecord>> recordFromProto(const v1::Change& in) {
    return getRecord(in);
}

void toProto(const Change& in, v1::Change* out) {
    out->set_seq(in.seq);
    std::visit(
        [out](const auto& entity) {
            using T = std::decay_t<decltype(entity)>;
            if constexpr (std::is_same_v<T, Facility>)
                toProto(entity, out->mutable_facility());
            else if constexpr (std::is_same_v<T, VisitCycle>)
                toProto(entity, out->mutable_visit_cycle());
            else if constexpr (std::is_same_v<T, Visit>)
                toProto(entity, out->mutable_visit());
            else if constexpr (std::is_same_v<T, ChecklistTemplate>)
                toProto(entity, out->mutable_checklist_template());
            else if constexpr (std::is_same_v<T, Observation>)
                toProto(entity, out->mutable_observation());
            else if constexpr (std::is_same_v<T, VisitRecord>)
                toProto(entity, out);
            else {
                out->mutable_visit_withdrawn()->set_visit_id(entity.visitId);
                out->mutable_visit_withdrawn()->set_reason(entity.reason);
            }
        },
        in.entity);
}

Result<Change> fromProto(const v1::Change& in) {
    Change change;
    change.seq = in.seq();
    switch (in.entity_case()) {
    case v1::Change::kFacility:
        change.entity = fromProto(in.facility());
        return change;
    case v1::Change::kVisitCycle:
        change.entity = fromProto(in.visit_cycle());
        return change;
    case v1::Change::kVisit:
        change.entity = fromProto(in.visit());
        return change;
    case v1::Change::kChecklistTemplate:
        change.entity = fromProto(in.checklist_template());
        return change;
    case v1::Change::kObservation: {
        auto observation = fromProto(in.observation());
        if (!observation)
            return observation.error();
        change.entity = std::move(observation).value();
        return change;
    }
    case v1::Change::kVisitWithdrawn:
        change.entity =
            VisitWithdrawn{in.visit_withdrawn().visit_id(), in.visit_withdrawn().reason()};
        return change;
    default:
        break;
    }
    if (auto record = recordFromProto(in)) {
        if (!*record)
            return record->error();
        change.entity = std::move(*record).value();
        return change;
    }
    return makeError(ErrorCode::InvalidArgument,
                     "the server sent a change of a kind this app does not know; update the app");
}

} // namespace custos::protomap
