#include "review_rows.h"

#include "custos/core/checklist_engine.h"
#include "review_client.h"
#include "visit_workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

// Strings are in ReviewClient's translation context, where lupdate files them.
namespace custos::app::review {
namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// The indicators the overview shows in columns of their own (domain.md: the figures
// coordinators compare facilities by).
constexpr const char* kKeyIndicators[] = {"occupancy_pct", "m2_per_person", "detainees_per_toilet",
                                          "longest_isolation_days"};

QString facilityTypeLabel(v1::FacilityType type) {
    switch (type) {
    case v1::FACILITY_TYPE_PRISON:
        return ReviewClient::tr("Prison");
    case v1::FACILITY_TYPE_REMAND_CENTRE:
        return ReviewClient::tr("Remand centre");
    case v1::FACILITY_TYPE_POLICE_STATION:
        return ReviewClient::tr("Police station");
    case v1::FACILITY_TYPE_IMMIGRATION:
        return ReviewClient::tr("Immigration detention");
    case v1::FACILITY_TYPE_PSYCHIATRIC:
        return ReviewClient::tr("Psychiatric institution");
    case v1::FACILITY_TYPE_JUVENILE:
        return ReviewClient::tr("Juvenile centre");
    case v1::FACILITY_TYPE_SOCIAL_CARE:
        return ReviewClient::tr("Social care home");
    default:
        return ReviewClient::tr("Other");
    }
}

QString visitStatusLabel(bool visited, v1::VisitStatus status) {
    if (!visited)
        return ReviewClient::tr("Not visited yet");
    switch (status) {
    case v1::VISIT_STATUS_PLANNED:
        return ReviewClient::tr("Planned");
    case v1::VISIT_STATUS_IN_PROGRESS:
        return ReviewClient::tr("In progress");
    case v1::VISIT_STATUS_SUBMITTED:
        return ReviewClient::tr("Submitted");
    case v1::VISIT_STATUS_REVIEWED:
        return ReviewClient::tr("Reviewed");
    default:
        return ReviewClient::tr("Unknown");
    }
}

QString statusKey(v1::VisitStatus status) {
    switch (status) {
    case v1::VISIT_STATUS_SUBMITTED:
        return QStringLiteral("submitted");
    case v1::VISIT_STATUS_REVIEWED:
        return QStringLiteral("reviewed");
    case v1::VISIT_STATUS_IN_PROGRESS:
        return QStringLiteral("in_progress");
    default:
        return QStringLiteral("planned");
    }
}

QString themeTitle(const Vocabulary& words, const std::string& key) {
    const auto it = words.themeTitles.find(key);
    return it == words.themeTitles.end() ? qs(key) : it->second;
}

QString formatted(const Vocabulary& words, const std::string& key, double value) {
    const auto unit = words.indicatorUnits.find(key);
    return qs(formatWithUnit(value, unit == words.indicatorUnits.end() ? "" : unit->second,
                             words.language));
}

QVariant count(const v1::SuppressibleCount& value) {
    // Below k the server sends no number (do-no-harm: small counts can point at a person).
    return value.suppressed() ? QVariant(QStringLiteral("< k")) : QVariant(value.value());
}

/// How many of each compliance a row's themes have, and the share of standards met overall.
struct ThemeTally {
    int nonCompliant = 0;
    int partial = 0;
    int compliant = 0;
    int assessed = 0;
    int met = 0;
};

QVariantList themeCells(const v1::ThemeColumns& columns,
                        const google::protobuf::RepeatedPtrField<std::string>& keys,
                        const Vocabulary& words, ThemeTally& tally) {
    QVariantList cells;
    for (int i = 0; i < keys.size(); ++i) {
        const auto compliance = i < columns.compliance_size()
                                    ? static_cast<v1::Compliance>(columns.compliance(i))
                                    : v1::COMPLIANCE_NOT_ASSESSED;
        tally.nonCompliant += compliance == v1::COMPLIANCE_NON_COMPLIANT;
        tally.partial += compliance == v1::COMPLIANCE_PARTIALLY_COMPLIANT;
        tally.compliant += compliance == v1::COMPLIANCE_COMPLIANT;
        const int assessed =
            i < columns.standards_assessed_size() ? columns.standards_assessed(i) : 0;
        const int met = i < columns.standards_met_size() ? columns.standards_met(i) : 0;
        tally.assessed += assessed;
        tally.met += met;
        cells.append(QVariantMap{
            {QStringLiteral("key"), qs(keys.Get(i))},
            {QStringLiteral("title"), themeTitle(words, keys.Get(i))},
            {QStringLiteral("code"), complianceCode(compliance)},
            {QStringLiteral("label"), complianceLabel(compliance)},
            {QStringLiteral("metPct"), assessed > 0 ? 100.0 * met / assessed : -1.0},
            {QStringLiteral("flags"), i < columns.flags_size() ? columns.flags(i) : 0},
        });
    }
    return cells;
}

QVariantMap figuresRow(const v1::FacilityCycleFigures& row,
                       const google::protobuf::RepeatedPtrField<std::string>& keys,
                       const Vocabulary& words) {
    QVariantMap out;
    out.insert(QStringLiteral("facilityId"), qs(row.facility().id()));
    out.insert(QStringLiteral("name"), qs(row.facility().name()));
    out.insert(QStringLiteral("typeLabel"), facilityTypeLabel(row.facility().type()));
    out.insert(QStringLiteral("region"), qs(row.facility().region()));
    out.insert(QStringLiteral("cycleId"), qs(row.cycle_id()));
    out.insert(QStringLiteral("cycleName"), qs(row.cycle_name()));
    out.insert(QStringLiteral("visited"), row.visited());
    out.insert(QStringLiteral("visitId"), qs(row.visit_id()));
    out.insert(QStringLiteral("visitStart"), qs(row.visit_start()));
    out.insert(QStringLiteral("status"), row.visited() ? statusKey(row.visit_status()) : QString());
    out.insert(QStringLiteral("statusLabel"), visitStatusLabel(row.visited(), row.visit_status()));
    out.insert(QStringLiteral("completion"),
               row.applicable() > 0
                   ? static_cast<int>(std::lround(100.0 * row.answered() / row.applicable()))
                   : -1);
    out.insert(QStringLiteral("flags"), row.flags());
    out.insert(QStringLiteral("urgentFlags"), row.urgent_flags());
    out.insert(QStringLiteral("urgentFindings"), row.urgent_findings());
    out.insert(QStringLiteral("priorityConcerns"), row.priority_concerns());
    out.insert(QStringLiteral("concerns"), row.concerns());
    out.insert(QStringLiteral("goodPractices"), row.good_practices());
    out.insert(QStringLiteral("recommendations"), row.recommendations());
    out.insert(QStringLiteral("interviews"), count(row.interviews()));
    out.insert(QStringLiteral("allegations"), count(row.allegations()));
    ThemeTally tally;
    out.insert(QStringLiteral("themes"), themeCells(row.themes(), keys, words, tally));
    out.insert(QStringLiteral("nonCompliant"), tally.nonCompliant);
    out.insert(QStringLiteral("partial"), tally.partial);
    out.insert(QStringLiteral("compliant"), tally.compliant);
    out.insert(QStringLiteral("standardsMetPct"),
               tally.assessed > 0 ? 100.0 * tally.met / tally.assessed : -1.0);
    QVariantMap indicators;
    for (const char* key : kKeyIndicators) {
        const auto it = row.indicators().find(key);
        indicators.insert(QString::fromLatin1(key), it == row.indicators().end()
                                                        ? QStringLiteral("—")
                                                        : formatted(words, key, it->second));
    }
    out.insert(QStringLiteral("indicators"), indicators);
    return out;
}

QVariantList themeHeaders(const google::protobuf::RepeatedPtrField<std::string>& keys,
                          const Vocabulary& words) {
    QVariantList out;
    for (const auto& key : keys)
        out.append(QVariantMap{{QStringLiteral("key"), qs(key)},
                               {QStringLiteral("title"), themeTitle(words, key)}});
    return out;
}

QString recommendationStatusKey(v1::RecommendationStatus status) {
    static const std::map<v1::RecommendationStatus, const char*> keys = {
        {v1::RECOMMENDATION_STATUS_OPEN, "open"},
        {v1::RECOMMENDATION_STATUS_ACCEPTED, "accepted"},
        {v1::RECOMMENDATION_STATUS_REJECTED, "rejected"},
        {v1::RECOMMENDATION_STATUS_IN_PROGRESS, "in_progress"},
        {v1::RECOMMENDATION_STATUS_IMPLEMENTED, "implemented"},
        {v1::RECOMMENDATION_STATUS_PARTIALLY_IMPLEMENTED, "partially_implemented"},
        {v1::RECOMMENDATION_STATUS_NOT_IMPLEMENTED, "not_implemented"},
        {v1::RECOMMENDATION_STATUS_NO_LONGER_APPLICABLE, "no_longer_applicable"}};
    const auto it = keys.find(status);
    return QString::fromLatin1(it == keys.end() ? "open" : it->second);
}

QString statusLabel(v1::RecommendationStatus status) {
    return VisitWorkspace::choiceLabel(QStringLiteral("recommendationStatus"),
                                       recommendationStatusKey(status).toStdString());
}

QString priorityLabel(v1::Priority priority) {
    const char* key = priority == v1::PRIORITY_HIGH  ? "high"
                      : priority == v1::PRIORITY_LOW ? "low"
                                                     : "medium";
    return VisitWorkspace::choiceLabel(QStringLiteral("priority"), key);
}

QString nameOf(const std::map<std::string, QString>& names, const std::string& id) {
    const auto it = names.find(id);
    return it == names.end() ? qs(id) : it->second;
}

} // namespace

QString complianceCode(v1::Compliance compliance) {
    switch (compliance) {
    case v1::COMPLIANCE_COMPLIANT:
        return QStringLiteral("C");
    case v1::COMPLIANCE_PARTIALLY_COMPLIANT:
        return QStringLiteral("P");
    case v1::COMPLIANCE_NON_COMPLIANT:
        return QStringLiteral("N");
    default:
        return QStringLiteral("–");
    }
}

QString complianceLabel(v1::Compliance compliance) {
    switch (compliance) {
    case v1::COMPLIANCE_COMPLIANT:
        return ReviewClient::tr("Compliant");
    case v1::COMPLIANCE_PARTIALLY_COMPLIANT:
        return ReviewClient::tr("Partially compliant");
    case v1::COMPLIANCE_NON_COMPLIANT:
        return ReviewClient::tr("Non-compliant");
    default:
        return ReviewClient::tr("Not assessed");
    }
}

QVariantMap overviewToQml(const v1::CycleOverviewResponse& response, const Vocabulary& words) {
    QVariantList rows;
    std::set<QString> regions;
    for (const auto& row : response.rows()) {
        rows.append(figuresRow(row, response.theme_keys(), words));
        if (!row.facility().region().empty())
            regions.insert(qs(row.facility().region()));
    }
    const auto& cycle = response.cycle();
    return {
        {QStringLiteral("cycle"),
         QVariantMap{{QStringLiteral("id"), qs(cycle.id())},
                     {QStringLiteral("name"), qs(cycle.name())},
                     {QStringLiteral("period"),
                      qs(cycle.period_start()) + QStringLiteral(" – ") + qs(cycle.period_end())}}},
        {QStringLiteral("themes"), themeHeaders(response.theme_keys(), words)},
        {QStringLiteral("regions"), QVariantList(regions.begin(), regions.end())},
        {QStringLiteral("rows"), rows},
    };
}

QVariantMap trendToQml(const v1::FacilityTrendResponse& response, const Vocabulary& words) {
    QVariantList points;
    for (const auto& point : response.points())
        points.append(figuresRow(point, response.theme_keys(), words));
    // One series per key indicator, aligned with the points (NaN where a cycle has no value).
    QVariantList indicators;
    for (const char* key : kKeyIndicators) {
        QVariantList values;
        bool any = false;
        for (const auto& point : response.points()) {
            const auto it = point.indicators().find(key);
            any = any || it != point.indicators().end();
            values.append(it == point.indicators().end() ? qQNaN() : it->second);
        }
        if (!any)
            continue;
        const auto name = words.indicatorNames.find(key);
        const auto unit = words.indicatorUnits.find(key);
        indicators.append(QVariantMap{
            {QStringLiteral("key"), QString::fromLatin1(key)},
            {QStringLiteral("name"),
             name == words.indicatorNames.end() ? QString::fromLatin1(key) : name->second},
            {QStringLiteral("unit"),
             unit == words.indicatorUnits.end() ? QString() : qs(unit->second)},
            {QStringLiteral("values"), values},
        });
    }
    const auto& facility = response.facility();
    return {
        {QStringLiteral("facility"),
         QVariantMap{{QStringLiteral("id"), qs(facility.id())},
                     {QStringLiteral("name"), qs(facility.name())},
                     {QStringLiteral("typeLabel"), facilityTypeLabel(facility.type())},
                     {QStringLiteral("region"), qs(facility.region())},
                     {QStringLiteral("capacity"), facility.official_capacity()}}},
        {QStringLiteral("themes"), themeHeaders(response.theme_keys(), words)},
        {QStringLiteral("points"), points},
        {QStringLiteral("indicators"), indicators},
    };
}

QVariantMap followUpToQml(const v1::RecommendationFollowUpResponse& response,
                          const Vocabulary& words) {
    QVariantList recommendations;
    for (const auto& state : response.recommendations()) {
        const auto& r = state.recommendation();
        QVariantList history;
        for (const auto& update : state.history())
            history.append(QVariantMap{
                {QStringLiteral("status"), recommendationStatusKey(update.status())},
                {QStringLiteral("statusLabel"), statusLabel(update.status())},
                {QStringLiteral("evidence"), qs(update.evidence())},
                // The HLC's wall-clock part (milliseconds since the epoch, upper 48 bits).
                {QStringLiteral("whenMs"), static_cast<double>(update.header().hlc() >> 16)},
            });
        recommendations.append(QVariantMap{
            {QStringLiteral("id"), qs(r.header().id())},
            {QStringLiteral("visitId"), qs(r.header().visit_id())},
            {QStringLiteral("text"), qs(r.text())},
            {QStringLiteral("addressee"), qs(r.addressee())},
            {QStringLiteral("priority"), priorityLabel(r.priority())},
            {QStringLiteral("dueDate"), qs(r.due_date())},
            {QStringLiteral("facilityId"), qs(state.facility_id())},
            {QStringLiteral("facilityName"), nameOf(words.facilityNames, state.facility_id())},
            {QStringLiteral("cycleName"), nameOf(words.cycleNames, state.cycle_id())},
            {QStringLiteral("status"), recommendationStatusKey(state.status())},
            {QStringLiteral("statusLabel"), statusLabel(state.status())},
            {QStringLiteral("overdue"), state.overdue()},
            {QStringLiteral("history"), history},
        });
    }
    QVariantList rates;
    for (const auto& rate : response.rates())
        rates.append(QVariantMap{
            {QStringLiteral("facilityName"), nameOf(words.facilityNames, rate.facility_id())},
            {QStringLiteral("cycleName"), nameOf(words.cycleNames, rate.cycle_id())},
            {QStringLiteral("total"), rate.total()},
            {QStringLiteral("implemented"), rate.implemented()},
            {QStringLiteral("overdue"), rate.overdue()},
            {QStringLiteral("ratePct"), rate.rate() < 0 ? -1.0 : 100.0 * rate.rate()},
        });
    return {{QStringLiteral("recommendations"), recommendations},
            {QStringLiteral("rates"), rates},
            {QStringLiteral("matching"), response.matching()},
            {QStringLiteral("overdue"), response.matching_overdue()}};
}

} // namespace custos::app::review
