// The report's opening parts: title page, executive summary, the facility and the changes since
// the last visit; the document skeleton that puts every part in order.
#include "report_html.h"

#include "custos/report/visit_report.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <set>

namespace custos::report {

HtmlContext::HtmlContext(const VisitDossier& d, const QString& lang)
    : dossier(d), language(lang), text(reportText(lang)) {
    for (const auto& s : d.sections)
        sectionByKey[s.key] = &s;
    for (const auto& a : d.answers)
        answerByObservation[a.observationId] = &a;
    for (const auto& a : d.citedAnswers)
        answerByObservation[a.observationId] = &a;
    for (const auto& i : d.interviews)
        interviewById[i.header.id] = &i;
}

QString HtmlContext::themeTitle(const std::string& key) const {
    auto it = sectionByKey.find(key);
    return esc(it == sectionByKey.end() || it->second->title.empty() ? key : it->second->title);
}

QString esc(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

QString ruleList(std::vector<int> rules) {
    std::sort(rules.begin(), rules.end());
    rules.erase(std::unique(rules.begin(), rules.end()), rules.end());
    QString out;
    for (std::size_t i = 0; i < rules.size();) {
        std::size_t j = i;
        while (j + 1 < rules.size() && rules[j + 1] == rules[j] + 1)
            ++j;
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += QString::number(rules[i]);
        if (j > i)
            out += QStringLiteral("–") + QString::number(rules[j]);
        i = j + 1;
    }
    return out;
}

QString complianceCell(Compliance compliance, const QString& language) {
    // A symbol and a word carry the meaning; the colour only repeats it.
    const char* symbol = "–";
    const char* colour = "#eeeeee";
    switch (compliance) {
    case Compliance::Compliant:
        symbol = "✔";
        colour = "#d9f0d9";
        break;
    case Compliance::PartiallyCompliant:
        symbol = "◐";
        colour = "#fbeccb";
        break;
    case Compliance::NonCompliant:
        symbol = "✖";
        colour = "#f6d3d3";
        break;
    case Compliance::NotAssessed:
        break;
    }
    return QStringLiteral("<td bgcolor=\"%1\">%2 %3</td>")
        .arg(QLatin1String(colour), QString::fromUtf8(symbol), label(compliance, language));
}

QString chapter(const QString& title) {
    return QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>").arg(title);
}

namespace {

QString row(const QString& key, const QString& value) {
    return QStringLiteral("<tr><td width=\"32%\"><b>%1</b></td><td>%2</td></tr>").arg(key, value);
}

QString dateRange(const std::string& start, const std::string& end) {
    if (end.empty() || end == start)
        return esc(start);
    return esc(start) + QStringLiteral(" – ") + esc(end);
}

QString groups(const std::vector<std::string>& flags) {
    QStringList out;
    for (auto name : flags) {
        std::replace(name.begin(), name.end(), '_', ' ');
        out << esc(name);
    }
    return out.join(QStringLiteral(", "));
}

std::string fmt(double value, const std::string& unit, const QString& language) {
    return formatWithUnit(value, unit, language.toStdString());
}

} // namespace

QString titlePage(const HtmlContext& c) {
    const auto& d = c.dossier;
    const auto& t = c.text;
    QString team;
    for (const auto& member : d.visit.team)
        team += QStringLiteral("%1 — %2<br/>")
                    .arg(esc(member.displayName), label(member.role, c.language));
    QString html;
    html += QStringLiteral("<p align=\"right\"><b>%1</b></p>").arg(t.confidential.toUpper());
    html += QStringLiteral("<h1 align=\"center\" style=\"font-size: 24pt\"><br/><br/>%1</h1>")
                .arg(t.documentTitle);
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 18pt\"><b>%1</b></p>")
                .arg(esc(d.facility.name));
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 13pt\">%1<br/><br/></p>")
                .arg(dateRange(d.visit.startDate, d.visit.endDate));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                           "style=\"border-collapse: collapse; border-color: #999999\">");
    html += row(t.facility, esc(d.facility.name));
    html += row(t.type, label(d.facility.type, c.language));
    html += row(t.region, esc(d.facility.region));
    html += row(t.authority, esc(d.facility.authority));
    html += row(t.capacity, QString::number(d.facility.officialCapacity));
    html += row(t.dates, dateRange(d.visit.startDate, d.visit.endDate));
    html += row(t.visitType, d.visit.announced ? t.announced : t.unannounced);
    html += row(t.cycle,
                QStringLiteral("%1 (%2)").arg(esc(d.cycle.name), label(d.cycle.kind, c.language)));
    html += row(t.checklist, esc(d.checklistTitle));
    html += row(t.team, team);
    html += row(t.status, d.reviewed() ? t.reviewed : t.notReviewed);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><br/><i>%1</i></p>").arg(t.pseudonymsOnly);
    return html;
}

QString executiveSummary(const HtmlContext& c) {
    const auto& d = c.dossier;
    const auto& t = c.text;
    int answered = 0, applicable = 0, flags = 0, urgentFlags = 0;
    for (const auto& s : d.sections) {
        answered += s.answered;
        applicable += s.applicable;
        flags += s.flags;
        urgentFlags += s.urgentFlags;
    }
    std::map<FindingSeverity, int> bySeverity;
    for (const auto& f : d.findings)
        ++bySeverity[f.severity];
    QString html = chapter(QStringLiteral("1. ") + t.executiveSummary);
    html += QStringLiteral("<p>%1</p>")
                .arg(t.summaryCounts.arg(answered)
                         .arg(applicable)
                         .arg(flags)
                         .arg(urgentFlags)
                         .arg(d.findings.size())
                         .arg(bySeverity[FindingSeverity::Urgent])
                         .arg(bySeverity[FindingSeverity::PriorityConcern])
                         .arg(bySeverity[FindingSeverity::Concern])
                         .arg(bySeverity[FindingSeverity::GoodPractice])
                         .arg(d.recommendations.size()));
    html += QStringLiteral("<h3>%1</h3>").arg(t.urgentFindings);
    QString urgent;
    for (const auto& f : d.findings)
        if (f.severity == FindingSeverity::Urgent)
            urgent +=
                QStringLiteral("<li><b>%1</b> — %2</li>").arg(c.themeTitle(f.theme), esc(f.text));
    html += urgent.isEmpty() ? QStringLiteral("<p>%1</p>").arg(t.noUrgentFindings)
                             : QStringLiteral("<ul>%1</ul>").arg(urgent);

    html += QStringLiteral("<h3>%1</h3>").arg(t.themeOverview);
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-collapse: collapse; border-color: #999999\">"
                           "<tr bgcolor=\"#e6e6e6\"><th align=\"left\">%1</th>"
                           "<th align=\"left\">%2</th><th>%3</th><th>%4</th></tr>")
                .arg(t.theme, t.compliance, t.answered, t.flags);
    for (const auto& s : d.sections) {
        if (s.applicable == 0 && s.compliance == Compliance::NotAssessed)
            continue; // a theme that does not apply to this facility (e.g. civil prisoners)
        html += QStringLiteral("<tr><td>%1</td>%2<td align=\"center\">%3 / %4</td>"
                               "<td align=\"center\">%5</td></tr>")
                    .arg(esc(s.title.empty() ? s.key : s.title),
                         complianceCell(s.compliance, c.language))
                    .arg(s.answered)
                    .arg(s.applicable)
                    .arg(s.flags);
    }
    html += QStringLiteral("</table>");
    return html;
}

QString facilityDescription(const HtmlContext& c) {
    const auto& d = c.dossier;
    const auto& t = c.text;
    QString html = chapter(QStringLiteral("2. ") + t.facilityDescription);
    html += QStringLiteral("<p><b>%1</b> — %2, %3. %4</p>")
                .arg(esc(d.facility.name), label(d.facility.type, c.language),
                     esc(d.facility.region), t.officialCapacity.arg(d.facility.officialCapacity));
    if (!d.facility.populationFlags.empty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(t.populationGroups.arg(groups(d.facility.populationFlags)));
    if (!d.facility.subUnits.empty()) {
        QStringList units;
        for (const auto& u : d.facility.subUnits)
            units << QStringLiteral("%1 (%2)").arg(esc(u.name)).arg(u.capacity);
        html += QStringLiteral("<p>%1: %2.</p>").arg(t.subUnits, units.join(QStringLiteral("; ")));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(t.indicators);
    QString rows;
    for (const auto& i : d.indicators) {
        if (!i.value)
            continue;
        QString flags;
        for (const auto& message : i.flags)
            flags += QStringLiteral("<br/><b>⚠ %1:</b> %2").arg(t.standardNotMet, esc(message));
        rows += QStringLiteral("<tr><td>%1%2</td><td align=\"right\" width=\"18%\">%3</td></tr>")
                    .arg(esc(i.label), flags, esc(fmt(*i.value, i.unit, c.language)));
    }
    if (rows.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(t.noIndicators);
    else
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"4\" style=\"border-collapse: collapse; "
                               "border-color: #999999\"><tr bgcolor=\"#e6e6e6\">"
                               "<th align=\"left\">%1</th><th align=\"right\">%2</th></tr>%3"
                               "</table>")
                    .arg(t.indicator, t.value, rows);
    return html;
}

QString changesSinceLastVisit(const HtmlContext& c) {
    const auto& d = c.dossier;
    const auto& t = c.text;
    QString html = chapter(QStringLiteral("3. ") + t.changesSinceLastVisit);
    if (!d.previousVisit)
        return html + QStringLiteral("<p>%1</p>").arg(t.firstVisit);
    const auto& previous = *d.previousVisit;
    html += QStringLiteral("<p>%1</p>")
                .arg(t.previousVisitOn.arg(dateRange(previous.startDate, previous.endDate)));
    const QString table = QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
        "style=\"border-collapse: collapse; border-color: #999999\"><tr bgcolor=\"#e6e6e6\">"
        "<th align=\"left\">%1</th><th>%2</th><th>%3</th>%4</tr>%5</table>");
    QString rows;
    for (const auto& i : d.indicators) {
        const QString then = i.previous ? esc(fmt(*i.previous, i.unit, c.language)) : t.none;
        const QString now = i.value ? esc(fmt(*i.value, i.unit, c.language)) : t.none;
        QString change = QStringLiteral("–");
        if (i.value && i.previous) {
            const double delta = *i.value - *i.previous;
            const QString sign = delta > 0   ? QStringLiteral("▲ +")
                                 : delta < 0 ? QStringLiteral("▼ −")
                                             : QStringLiteral("= ");
            change = sign + esc(fmt(std::abs(delta), i.unit, c.language));
        }
        rows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3"
                               "</td><td align=\"right\">%4</td></tr>")
                    .arg(esc(i.label), then, now, change);
    }
    if (!rows.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(t.indicators);
        html += table.arg(t.indicator, t.then, t.now, QStringLiteral("<th>%1</th>").arg(t.change),
                          rows);
    }
    std::map<std::string, Compliance> before(previous.themes.begin(), previous.themes.end());
    rows.clear();
    for (const auto& s : d.sections) {
        auto it = before.find(s.key);
        const Compliance then = it == before.end() ? Compliance::NotAssessed : it->second;
        if (then == Compliance::NotAssessed && s.compliance == Compliance::NotAssessed)
            continue;
        rows += QStringLiteral("<tr><td>%1</td>%2%3</tr>")
                    .arg(esc(s.title.empty() ? s.key : s.title), complianceCell(then, c.language),
                         complianceCell(s.compliance, c.language));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(t.themeOverview);
    html += rows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(t.notAssessedYet)
                           : table.arg(t.theme, t.then, t.now, QString(), rows);
    return html;
}

QString visitReportHtml(const VisitDossier& dossier, const QString& language) {
    const HtmlContext c(dossier, language);
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1 — %2</title>"
                                  "</head><body>")
                       .arg(c.text.documentTitle, esc(dossier.facility.name));
    for (const QString& part : {titlePage(c), executiveSummary(c), facilityDescription(c),
                                changesSinceLastVisit(c), findingsByTheme(c), goodPractices(c),
                                recommendationsAnnex(c), earlierRecommendationsAnnex(c)})
        html += part;
    return html + QStringLiteral("</body></html>");
}

} // namespace custos::report
