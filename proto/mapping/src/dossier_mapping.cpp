// A visit's dossier <-> protobuf (ReviewService.VisitDossier). The server assembled it; the
// client decodes it as is. Records inside keep the strict record rules (unknown enums are an
// error); figures' enums fall back to "not assessed" / "observed" rather than fail a review.
#include "custos/proto/mapping.h"

namespace custos::protomap {
namespace {

template <typename P, typename D> P enumOut(D value) {
    return static_cast<P>(static_cast<int>(value) + 1);
}
template <typename D> D enumIn(int value, D fallback, int count) {
    return value >= 1 && value <= count ? static_cast<D>(value - 1) : fallback;
}

constexpr int kCompliances = 4;
constexpr int kSourceTags = 5;
constexpr int kStatuses = 8;

template <typename Repeated> std::vector<int> ints(const Repeated& in) {
    return {in.begin(), in.end()};
}
template <typename Repeated> std::vector<std::string> strings(const Repeated& in) {
    return {in.begin(), in.end()};
}

void answerOut(const DossierAnswer& in, v1::DossierAnswer* out) {
    out->set_item_key(in.itemKey);
    out->set_prompt(in.prompt);
    out->set_section_key(in.sectionKey);
    out->set_value(in.value);
    out->set_note(in.note);
    out->set_source(enumOut<v1::SourceTag>(in.source));
    for (int rule : in.ruleRefs)
        out->add_rule_refs(rule);
    for (const auto& flag : in.flags)
        out->add_flags(flag);
    out->set_urgent(in.urgent);
    out->set_divergent(in.divergent);
    out->set_observation_id(in.observationId);
}

DossierAnswer answerIn(const v1::DossierAnswer& in) {
    DossierAnswer a;
    a.itemKey = in.item_key();
    a.prompt = in.prompt();
    a.sectionKey = in.section_key();
    a.value = in.value();
    a.note = in.note();
    a.source = enumIn(in.source(), SourceTag::Observed, kSourceTags);
    a.ruleRefs = ints(in.rule_refs());
    a.flags = strings(in.flags());
    a.urgent = in.urgent();
    a.divergent = in.divergent();
    a.observationId = in.observation_id();
    return a;
}

void sectionOut(const DossierSection& in, v1::DossierSection* out) {
    out->set_key(in.key);
    out->set_title(in.title);
    for (int rule : in.ruleRefs)
        out->add_rule_refs(rule);
    out->set_compliance(enumOut<v1::Compliance>(in.compliance));
    out->set_answered(in.answered);
    out->set_applicable(in.applicable);
    out->set_flags(in.flags);
    out->set_urgent_flags(in.urgentFlags);
}

DossierSection sectionIn(const v1::DossierSection& in) {
    return {in.key(),
            in.title(),
            ints(in.rule_refs()),
            enumIn(in.compliance(), Compliance::NotAssessed, kCompliances),
            in.answered(),
            in.applicable(),
            in.flags(),
            in.urgent_flags()};
}

void indicatorOut(const DossierIndicator& in, v1::DossierIndicator* out) {
    out->set_key(in.key);
    out->set_label(in.label);
    out->set_unit(in.unit);
    if (in.value)
        out->set_value(*in.value);
    if (in.previous)
        out->set_previous(*in.previous);
    for (const auto& flag : in.flags)
        out->add_flags(flag);
}

DossierIndicator indicatorIn(const v1::DossierIndicator& in) {
    DossierIndicator d;
    d.key = in.key();
    d.label = in.label();
    d.unit = in.unit();
    if (in.has_value())
        d.value = in.value();
    if (in.has_previous())
        d.previous = in.previous();
    d.flags = strings(in.flags());
    return d;
}

void earlierOut(const EarlierRecommendation& in, v1::EarlierRecommendation* out) {
    auto* state = out->mutable_state();
    toProto(in.recommendation, state->mutable_recommendation());
    state->set_facility_id(in.recommendation.facilityId);
    state->set_cycle_id(in.cycleId);
    state->set_status(enumOut<v1::RecommendationStatus>(in.status));
    state->set_overdue(in.overdue);
    out->set_visit_date(in.visitDate);
    out->set_status_evidence(in.statusEvidence);
    out->set_status_date(in.statusDate);
}

Result<EarlierRecommendation> earlierIn(const v1::EarlierRecommendation& in) {
    auto recommendation = fromProto(in.state().recommendation());
    if (!recommendation)
        return recommendation.error();
    EarlierRecommendation e;
    e.recommendation = std::move(recommendation).value();
    e.cycleId = in.state().cycle_id();
    e.visitDate = in.visit_date();
    e.status = enumIn(in.state().status(), RecommendationStatus::Open, kStatuses);
    e.overdue = in.state().overdue();
    e.statusEvidence = in.status_evidence();
    e.statusDate = in.status_date();
    return e;
}

} // namespace

void toProto(const VisitDossier& in, v1::VisitDossierResponse* out) {
    out->set_language(in.language);
    toProto(in.visit, out->mutable_visit());
    toProto(in.facility, out->mutable_facility());
    toProto(in.cycle, out->mutable_cycle());
    out->set_checklist_title(in.checklistTitle);
    for (const auto& s : in.sections)
        sectionOut(s, out->add_sections());
    for (const auto& a : in.answers)
        answerOut(a, out->add_answers());
    for (const auto& a : in.citedAnswers)
        answerOut(a, out->add_cited_answers());
    for (const auto& i : in.indicators)
        indicatorOut(i, out->add_indicators());
    for (const auto& f : in.findings)
        toProto(f, out->add_findings());
    for (const auto& r : in.recommendations) {
        auto* rec = out->add_recommendations();
        rec->set_number(r.number);
        toProto(r.recommendation, rec->mutable_recommendation());
        rec->set_status(enumOut<v1::RecommendationStatus>(r.status));
    }
    for (const auto& i : in.interviews)
        toProto(i, out->add_interviews());
    for (const auto& e : in.earlierRecommendations)
        earlierOut(e, out->add_earlier_recommendations());
    if (in.previousVisit) {
        auto* p = out->mutable_previous_visit();
        p->set_visit_id(in.previousVisit->visitId);
        p->set_start_date(in.previousVisit->startDate);
        p->set_end_date(in.previousVisit->endDate);
        for (const auto& [theme, compliance] : in.previousVisit->themes) {
            p->add_theme_keys(theme);
            p->add_theme_compliance(enumOut<v1::Compliance>(compliance));
        }
    }
}

Result<VisitDossier> fromProto(const v1::VisitDossierResponse& in) {
    VisitDossier d;
    d.language = in.language();
    d.visit = fromProto(in.visit());
    d.facility = fromProto(in.facility());
    d.cycle = fromProto(in.cycle());
    d.checklistTitle = in.checklist_title();
    for (const auto& s : in.sections())
        d.sections.push_back(sectionIn(s));
    for (const auto& a : in.answers())
        d.answers.push_back(answerIn(a));
    for (const auto& a : in.cited_answers())
        d.citedAnswers.push_back(answerIn(a));
    for (const auto& i : in.indicators())
        d.indicators.push_back(indicatorIn(i));
    for (const auto& f : in.findings()) {
        auto finding = fromProto(f);
        if (!finding)
            return finding.error();
        d.findings.push_back(std::move(finding).value());
    }
    for (const auto& r : in.recommendations()) {
        auto recommendation = fromProto(r.recommendation());
        if (!recommendation)
            return recommendation.error();
        d.recommendations.push_back({r.number(), std::move(recommendation).value(),
                                     enumIn(r.status(), RecommendationStatus::Open, kStatuses)});
    }
    for (const auto& i : in.interviews()) {
        auto interview = fromProto(i);
        if (!interview)
            return interview.error();
        d.interviews.push_back(std::move(interview).value());
    }
    for (const auto& e : in.earlier_recommendations()) {
        auto earlier = earlierIn(e);
        if (!earlier)
            return earlier.error();
        d.earlierRecommendations.push_back(std::move(earlier).value());
    }
    if (in.has_previous_visit()) {
        const auto& p = in.previous_visit();
        PreviousVisit previous{p.visit_id(), p.start_date(), p.end_date(), {}};
        for (int i = 0; i < p.theme_keys_size(); ++i)
            previous.themes.emplace_back(
                p.theme_keys(i),
                i < p.theme_compliance_size()
                    ? enumIn(p.theme_compliance(i), Compliance::NotAssessed, kCompliances)
                    : Compliance::NotAssessed);
        d.previousVisit = std::move(previous);
    }
    return d;
}

} // namespace custos::protomap
