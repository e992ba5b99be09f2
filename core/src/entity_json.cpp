#include "custos/core/entity_json.h"

#include <nlohmann/json.hpp>

namespace custos {
namespace {

using nlohmann::json;

template <typename E> E enumOr(const json& j, const char* field, E fallback) {
    if (!j.contains(field))
        return fallback;
    return enumFromString<E>(j[field].get<std::string>()).value_or(fallback);
}

template <typename T, typename Fn> Result<T> parseWith(const std::string& text, Fn&& fn) {
    try {
        return fn(json::parse(text));
    } catch (const json::exception& e) {
        return makeError(ErrorCode::Corrupt,
                         std::string("stored record is not valid: ") + e.what());
    }
}

json unitsToJson(const std::vector<SubUnit>& units) {
    json out = json::array();
    for (const auto& u : units)
        out.push_back({{"key", u.key},
                       {"name", u.name},
                       {"kind", u.kind},
                       {"capacity", u.capacity},
                       {"area_m2", u.areaM2}});
    return out;
}

} // namespace

std::string toJson(const Facility& f) {
    return json{{"id", f.id},
                {"name", f.name},
                {"type", toString(f.type)},
                {"authority", f.authority},
                {"region", f.region},
                {"capacity", f.officialCapacity},
                {"flags", f.populationFlags},
                {"units", unitsToJson(f.subUnits)}}
        .dump();
}

std::string toJson(const VisitCycle& c) {
    return json{{"id", c.id},
                {"name", c.name},
                {"kind", toString(c.kind)},
                {"start", c.periodStart},
                {"end", c.periodEnd},
                {"facilities", c.facilityIds}}
        .dump();
}

std::string toJson(const Visit& v) {
    json team = json::array();
    for (const auto& m : v.team)
        team.push_back({{"user", m.userId}, {"name", m.displayName}, {"role", toString(m.role)}});
    return json{{"id", v.id},
                {"facility", v.facilityId},
                {"cycle", v.cycleId},
                {"announced", v.announced},
                {"start", v.startDate},
                {"end", v.endDate},
                {"team", std::move(team)},
                {"template", v.templateId},
                {"template_version", v.templateVersion},
                {"status", toString(v.status)}}
        .dump();
}

Result<Facility> facilityFromJson(const std::string& text) {
    return parseWith<Facility>(text, [](const json& j) {
        Facility f;
        f.id = j.at("id").get<std::string>();
        f.name = j.value("name", "");
        f.type = enumOr(j, "type", FacilityType::Other);
        f.authority = j.value("authority", "");
        f.region = j.value("region", "");
        f.officialCapacity = j.value("capacity", 0);
        f.populationFlags = j.value("flags", std::vector<std::string>{});
        if (j.contains("units"))
            for (const auto& u : j.at("units"))
                f.subUnits.push_back({u.at("key").get<std::string>(), u.value("name", ""),
                                      u.value("kind", ""), u.value("capacity", 0),
                                      u.value("area_m2", 0.0)});
        return f;
    });
}

Result<VisitCycle> cycleFromJson(const std::string& text) {
    return parseWith<VisitCycle>(text, [](const json& j) {
        VisitCycle c;
        c.id = j.at("id").get<std::string>();
        c.name = j.value("name", "");
        c.kind = enumOr(j, "kind", CycleKind::Periodic);
        c.periodStart = j.value("start", "");
        c.periodEnd = j.value("end", "");
        c.facilityIds = j.value("facilities", std::vector<std::string>{});
        return c;
    });
}

Result<Visit> visitFromJson(const std::string& text) {
    return parseWith<Visit>(text, [](const json& j) {
        Visit v;
        v.id = j.at("id").get<std::string>();
        v.facilityId = j.value("facility", "");
        v.cycleId = j.value("cycle", "");
        v.announced = j.value("announced", false);
        v.startDate = j.value("start", "");
        v.endDate = j.value("end", "");
        for (const auto& m : j.value("team", json::array()))
            v.team.push_back(
                {m.value("user", ""), m.value("name", ""), enumOr(m, "role", TeamRole::Member)});
        v.templateId = j.value("template", "");
        v.templateVersion = j.value("template_version", "");
        v.status = enumOr(j, "status", VisitStatus::Planned);
        return v;
    });
}

} // namespace custos
