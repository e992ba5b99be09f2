#include "custos/proto/mapping.h"

namespace custos::protomap {
namespace {

// Proto enums are the domain enums shifted by one (0 is UNSPECIFIED in proto3).
template <typename P, typename D> P enumToProto(D value) {
    return static_cast<P>(static_cast<int>(value) + 1);
}
template <typename D> D enumFromProto(int value, D fallback, int count) {
    return value >= 1 && value <= count ? static_cast<D>(value - 1) : fallback;
}

void textToProto(const LocalizedText& in, v1::LocalizedText* out) {
    for (const auto& [language, text] : in.byLanguage)
        (*out->mutable_by_language())[language] = text;
}
LocalizedText textFromProto(const v1::LocalizedText& in) {
    LocalizedText text;
    for (const auto& [language, value] : in.by_language())
        text.byLanguage[language] = value;
    return text;
}

template <typename Repeated> std::vector<int> intsFrom(const Repeated& in) {
    return {in.begin(), in.end()};
}
template <typename Repeated> std::vector<std::string> stringsFrom(const Repeated& in) {
    return {in.begin(), in.end()};
}

} // namespace

void toProto(const Facility& in, v1::Facility* out) {
    out->set_id(in.id);
    out->set_name(in.name);
    out->set_type(enumToProto<v1::FacilityType>(in.type));
    out->set_authority(in.authority);
    out->set_region(in.region);
    out->set_official_capacity(in.officialCapacity);
    for (const auto& flag : in.populationFlags)
        out->add_population_flags(flag);
    for (const auto& unit : in.subUnits) {
        auto* u = out->add_sub_units();
        u->set_key(unit.key);
        u->set_name(unit.name);
        u->set_kind(unit.kind);
        u->set_capacity(unit.capacity);
        u->set_area_m2(unit.areaM2);
    }
}

void toProto(const VisitCycle& in, v1::VisitCycle* out) {
    out->set_id(in.id);
    out->set_name(in.name);
    out->set_kind(enumToProto<v1::CycleKind>(in.kind));
    out->set_period_start(in.periodStart);
    out->set_period_end(in.periodEnd);
    for (const auto& id : in.facilityIds)
        out->add_facility_ids(id);
}

void toProto(const Visit& in, v1::Visit* out) {
    out->set_id(in.id);
    out->set_facility_id(in.facilityId);
    out->set_cycle_id(in.cycleId);
    out->set_announced(in.announced);
    out->set_start_date(in.startDate);
    out->set_end_date(in.endDate);
    for (const auto& member : in.team) {
        auto* m = out->add_team();
        m->set_user_id(member.userId);
        m->set_display_name(member.displayName);
        m->set_role(enumToProto<v1::TeamRole>(member.role));
    }
    out->set_template_id(in.templateId);
    out->set_template_version(in.templateVersion);
    out->set_status(enumToProto<v1::VisitStatus>(in.status));
}

void toProto(const ChecklistTemplate& in, v1::ChecklistTemplate* out) {
    out->set_definition_json(checklistToJson(in));
    out->set_id(in.id);
    out->set_version(in.version);
    textToProto(in.title, out->mutable_title());
    for (const auto& language : in.languages)
        out->add_languages(language);
    for (const auto& section : in.sections) {
        auto* s = out->add_sections();
        s->set_key(section.key);
        textToProto(section.title, s->mutable_title());
        for (int rule : section.ruleRefs)
            s->add_rule_refs(rule);
        for (const auto& item : section.items) {
            auto* i = s->add_items();
            i->set_key(item.key);
            textToProto(item.prompt, i->mutable_prompt());
            textToProto(item.guidance, i->mutable_guidance());
            for (int rule : item.ruleRefs)
                i->add_rule_refs(rule);
            i->set_type(enumToProto<v1::ItemType>(item.type));
            i->set_unit(item.unit);
        }
    }
}

void toProto(const Observation& in, v1::Observation* out) {
    out->set_id(in.id);
    out->set_visit_id(in.visitId);
    out->set_item_key(in.itemKey);
    if (const auto* code = std::get_if<AnswerCode>(&in.value))
        out->set_answer(enumToProto<v1::AnswerCode>(*code));
    else if (const auto* number = std::get_if<double>(&in.value))
        out->set_number(*number);
    else if (const auto* count = std::get_if<std::int64_t>(&in.value))
        out->set_count(*count);
    else if (const auto* text = std::get_if<std::string>(&in.value))
        out->set_text(*text);
    else if (const auto* keys = std::get_if<std::vector<std::string>>(&in.value))
        for (const auto& key : *keys)
            out->mutable_choices()->add_keys(key);
    out->set_note(in.note);
    out->set_source(enumToProto<v1::SourceTag>(in.source));
    out->set_author_id(in.authorId);
    out->set_device_id(in.deviceId);
    out->set_hlc(in.hlc.packed);
}

v1::Role toProto(Role role) {
    return enumToProto<v1::Role>(role);
}

Facility fromProto(const v1::Facility& in) {
    Facility f;
    f.id = in.id();
    f.name = in.name();
    f.type = enumFromProto(in.type(), FacilityType::Other, 8);
    f.authority = in.authority();
    f.region = in.region();
    f.officialCapacity = in.official_capacity();
    f.populationFlags = stringsFrom(in.population_flags());
    for (const auto& u : in.sub_units())
        f.subUnits.push_back({u.key(), u.name(), u.kind(), u.capacity(), u.area_m2()});
    return f;
}

VisitCycle fromProto(const v1::VisitCycle& in) {
    VisitCycle c;
    c.id = in.id();
    c.name = in.name();
    c.kind = enumFromProto(in.kind(), CycleKind::Periodic, 4);
    c.periodStart = in.period_start();
    c.periodEnd = in.period_end();
    c.facilityIds = stringsFrom(in.facility_ids());
    return c;
}

Visit fromProto(const v1::Visit& in) {
    Visit v;
    v.id = in.id();
    v.facilityId = in.facility_id();
    v.cycleId = in.cycle_id();
    v.announced = in.announced();
    v.startDate = in.start_date();
    v.endDate = in.end_date();
    for (const auto& m : in.team())
        v.team.push_back(
            {m.user_id(), m.display_name(), enumFromProto(m.role(), TeamRole::Member, 6)});
    v.templateId = in.template_id();
    v.templateVersion = in.template_version();
    v.status = enumFromProto(in.status(), VisitStatus::Planned, 4);
    return v;
}

ChecklistTemplate fromProto(const v1::ChecklistTemplate& in) {
    if (!in.definition_json().empty())
        if (auto full = checklistFromJson(in.definition_json()))
            return std::move(full.value());
    ChecklistTemplate t;
    t.id = in.id();
    t.version = in.version();
    t.title = textFromProto(in.title());
    t.languages = stringsFrom(in.languages());
    for (const auto& s : in.sections()) {
        ChecklistSection section;
        section.key = s.key();
        section.title = textFromProto(s.title());
        section.ruleRefs = intsFrom(s.rule_refs());
        for (const auto& i : s.items()) {
            ChecklistItem item;
            item.key = i.key();
            item.prompt = textFromProto(i.prompt());
            item.guidance = textFromProto(i.guidance());
            item.ruleRefs = intsFrom(i.rule_refs());
            item.type = enumFromProto(i.type(), ItemType::Text, 9);
            item.unit = i.unit();
            section.items.push_back(std::move(item));
        }
        t.sections.push_back(std::move(section));
    }
    return t;
}

Result<Observation> fromProto(const v1::Observation& in) {
    Observation o;
    o.id = in.id();
    o.visitId = in.visit_id();
    o.itemKey = in.item_key();
    switch (in.value_case()) {
    case v1::Observation::kAnswer:
        if (in.answer() < 1 || in.answer() > 5)
            return makeError(ErrorCode::InvalidArgument, "unknown answer code");
        o.value = static_cast<AnswerCode>(in.answer() - 1);
        break;
    case v1::Observation::kNumber:
        o.value = in.number();
        break;
    case v1::Observation::kCount:
        o.value = static_cast<std::int64_t>(in.count());
        break;
    case v1::Observation::kText:
        o.value = in.text();
        break;
    case v1::Observation::kChoices:
        o.value = std::vector<std::string>(in.choices().keys().begin(), in.choices().keys().end());
        break;
    case v1::Observation::VALUE_NOT_SET:
        break;
    }
    o.note = in.note();
    if (in.source() < 1 || in.source() > 5)
        return makeError(ErrorCode::InvalidArgument, "unknown or missing source tag");
    o.source = static_cast<SourceTag>(in.source() - 1);
    o.authorId = in.author_id();
    o.deviceId = in.device_id();
    o.hlc = Hlc{in.hlc()};
    return o;
}

Role fromProto(v1::Role role) {
    return enumFromProto(role, Role::Monitor, 3);
}

} // namespace custos::protomap
