#pragma once
// Builders for valid visit records and observations, so tests state only what they are about.

#include "custos/core/observation.h"
#include "custos/core/records.h"
#include "custos/core/uuid.h"

#include <string>

namespace custos::testkit {

/// A header for a new record by `author` on `device` for `visit` at HLC `hlc`.
inline custos::RecordHeader header(const std::string& visit, const std::string& author,
                                   const std::string& device, std::uint64_t hlc) {
    const std::string id = custos::newId();
    return {id, id, visit, author, device, custos::Hlc{hlc}};
}

inline custos::Observation observation(const std::string& visit, const std::string& item,
                                       custos::AnswerValue value, const std::string& author,
                                       const std::string& device, std::uint64_t hlc) {
    custos::Observation o;
    o.id = custos::newId();
    o.visitId = visit;
    o.itemKey = item;
    o.value = std::move(value);
    o.authorId = author;
    o.deviceId = device;
    o.hlc = custos::Hlc{hlc};
    return o;
}

inline custos::Interview interview(custos::RecordHeader h, custos::ConsentScope consent,
                                   const std::string& content) {
    custos::Interview r;
    r.header = std::move(h);
    r.consent = consent;
    r.personCode = "D-17";
    r.privacy = "out of sight and hearing of staff";
    r.allegations.push_back({"ill-treatment", "2026-10", "custodial staff"});
    r.content = content;
    return r;
}

inline custos::Finding finding(custos::RecordHeader h, const std::string& theme,
                               custos::FindingSeverity severity, const std::string& text) {
    custos::Finding r;
    r.header = std::move(h);
    r.theme = theme;
    r.ruleRefs = {13};
    r.severity = severity;
    r.text = text;
    return r;
}

inline custos::Recommendation recommendation(custos::RecordHeader h, const std::string& facility,
                                             const std::string& text,
                                             const std::string& due = "2027-06-30") {
    custos::Recommendation r;
    r.header = std::move(h);
    r.facilityId = facility;
    r.text = text;
    r.addressee = "Prison administration";
    r.priority = custos::Priority::High;
    r.dueDate = due;
    return r;
}

inline custos::RecommendationUpdate recommendationUpdate(custos::RecordHeader h,
                                                         const std::string& recommendationId,
                                                         custos::RecommendationStatus status) {
    custos::RecommendationUpdate r;
    r.header = std::move(h);
    r.recommendationId = recommendationId;
    r.status = status;
    r.evidence = "checked on site";
    return r;
}

inline custos::Reconciliation reconciliation(custos::RecordHeader h, const std::string& item,
                                             const std::string& chosen) {
    custos::Reconciliation r;
    r.header = std::move(h);
    r.itemKey = item;
    r.chosenObservationId = chosen;
    return r;
}

} // namespace custos::testkit
