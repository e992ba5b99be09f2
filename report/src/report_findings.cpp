// The report's findings, good practices and annexes. This is where interview-derived content
// would reach the authorities, so the consent rule is enforced here, at the last step, whatever
// the dossier holds: content only from WithAuthorities up; Internal shows that an interview
// exists; None contributes nothing.
#include "report_html.h"

namespace custos::report {
namespace {

/// Severity as a coloured, bold text label (the words carry the meaning, not the colour).
QString severityBadge(FindingSeverity severity, const QString& language) {
    const char* colour = "#555555";
    switch (severity) {
    case FindingSeverity::Urgent:
        colour = "#b00020";
        break;
    case FindingSeverity::PriorityConcern:
        colour = "#a04000";
        break;
    case FindingSeverity::Concern:
        colour = "#555555";
        break;
    case FindingSeverity::GoodPractice:
        colour = "#1b6e20";
        break;
    }
    return QStringLiteral("<b style=\"color: %1\">[%2]</b>")
        .arg(QLatin1String(colour), label(severity, language).toUpper());
}

QString answerEvidence(const HtmlContext& c, const DossierAnswer& a, bool replaced) {
    const auto& t = c.text;
    QString line = QStringLiteral("%1 — <b>%2</b> (%3: %4")
                       .arg(esc(a.prompt), esc(a.value), t.source, label(a.source, c.language));
    if (replaced)
        line += QStringLiteral("; ") + t.answerSince;
    if (a.divergent)
        line += QStringLiteral("; ") + t.divergent;
    line += QStringLiteral(")");
    if (!a.note.empty())
        line += QStringLiteral(" — <i>%1</i>").arg(esc(a.note));
    for (const auto& flag : a.flags)
        line += QStringLiteral("<br/>⚠ %1").arg(esc(flag));
    return QStringLiteral("<li>%1</li>").arg(line);
}

/// An ISO date kept on one line (a table cell would otherwise break it at its hyphens).
QString dateText(const std::string& date) {
    if (date.empty())
        return QStringLiteral("–");
    return QStringLiteral("<p style=\"white-space: nowrap\">%1</p>").arg(esc(date));
}

/// True for an answer a finding cites that a later answer has replaced.
bool superseded(const HtmlContext& c, const DossierAnswer& a) {
    const auto& cited = c.dossier.citedAnswers;
    return !cited.empty() && &a >= cited.data() && &a < cited.data() + cited.size();
}

QString interviewEvidence(const HtmlContext& c, const Interview& interview) {
    if (interview.consent >= ConsentScope::WithAuthorities) {
        QString line =
            c.text.interviewWith.arg(esc(interview.personCode), label(interview.kind, c.language));
        const bool fr = c.language == QLatin1String("fr");
        line =
            QStringLiteral("<li>%1: %2%3%4")
                .arg(line, fr ? QStringLiteral("«&#160;") : QStringLiteral("“"),
                     esc(interview.content), fr ? QStringLiteral("&#160;»") : QStringLiteral("”"));
        return line + QStringLiteral("</li>");
    }
    if (interview.consent == ConsentScope::Internal)
        return QStringLiteral("<li>%1</li>").arg(c.text.confidentialInterview);
    return {}; // consent None: not even its existence
}

QString findingBlock(const HtmlContext& c, const Finding& f) {
    const auto& t = c.text;
    QString html =
        QStringLiteral("<p>%1 %2</p>").arg(severityBadge(f.severity, c.language), esc(f.text));
    std::vector<int> rules = f.ruleRefs;
    if (rules.empty())
        if (auto it = c.sectionByKey.find(f.theme); it != c.sectionByKey.end())
            rules = it->second->ruleRefs;
    if (!rules.empty())
        html += QStringLiteral("<p style=\"margin-left: 12px\">%1: %2</p>")
                    .arg(t.mandelaRules, ruleList(rules));
    QString evidence;
    for (const auto& id : f.observationIds)
        if (auto it = c.answerByObservation.find(id); it != c.answerByObservation.end())
            evidence += answerEvidence(c, *it->second, superseded(c, *it->second));
    for (const auto& id : f.interviewIds)
        if (auto it = c.interviewById.find(id); it != c.interviewById.end())
            evidence += interviewEvidence(c, *it->second);
    if (!evidence.isEmpty())
        html += QStringLiteral("<p style=\"margin-left: 12px\"><i>%1:</i></p><ul>%2</ul>")
                    .arg(t.evidence, evidence);
    return html;
}

} // namespace

QString findingsByTheme(const HtmlContext& c) {
    const auto& d = c.dossier;
    QString html = chapter(QStringLiteral("4. ") + c.text.findingsByTheme);
    std::string theme;
    bool any = false;
    for (const auto& f : d.findings) { // sorted by theme (checklist order), then severity
        if (f.severity == FindingSeverity::GoodPractice)
            continue;
        if (!any || f.theme != theme) {
            theme = f.theme;
            // Section titles name their rules already; each finding lists its own below.
            html += QStringLiteral("<h3>%1</h3>").arg(c.themeTitle(theme));
        }
        any = true;
        html += findingBlock(c, f);
    }
    if (!any)
        html += QStringLiteral("<p>%1</p>").arg(c.text.noFindings);
    return html;
}

QString goodPractices(const HtmlContext& c) {
    QString items;
    for (const auto& f : c.dossier.findings)
        if (f.severity == FindingSeverity::GoodPractice)
            items += QStringLiteral("<h3>%1</h3>%2").arg(c.themeTitle(f.theme), findingBlock(c, f));
    QString html = chapter(QStringLiteral("5. ") + c.text.goodPractices);
    return html +
           (items.isEmpty() ? QStringLiteral("<p>%1</p>").arg(c.text.noGoodPractices) : items);
}

QString recommendationsAnnex(const HtmlContext& c) {
    const auto& t = c.text;
    QString html = chapter(t.recommendationsAnnex);
    if (c.dossier.recommendations.empty())
        return html + QStringLiteral("<p>%1</p>").arg(t.noRecommendations);
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse: collapse; border-color: #999999\">"
                           "<tr bgcolor=\"#e6e6e6\"><th>%1</th><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th><th>%4</th><th>%5</th></tr>")
                .arg(t.number, t.recommendation, t.addressee, t.priority, t.dueDate);
    for (const auto& r : c.dossier.recommendations)
        html += QStringLiteral("<tr><td align=\"center\" width=\"6%\">%1</td><td>%2</td>"
                               "<td width=\"24%\">%3</td><td align=\"center\" width=\"10%\">%4"
                               "</td><td align=\"center\" width=\"15%\">%5</td></tr>")
                    .arg(r.number)
                    .arg(esc(r.recommendation.text), esc(r.recommendation.addressee),
                         label(r.recommendation.priority, c.language),
                         dateText(r.recommendation.dueDate));
    return html + QStringLiteral("</table>");
}

QString earlierRecommendationsAnnex(const HtmlContext& c) {
    const auto& t = c.text;
    QString html = chapter(t.earlierRecommendations);
    if (c.dossier.earlierRecommendations.empty())
        return html + QStringLiteral("<p>%1</p>").arg(t.noEarlierRecommendations);
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                           "style=\"border-collapse: collapse; border-color: #999999\">"
                           "<tr bgcolor=\"#e6e6e6\"><th>%1</th><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th><th align=\"left\">%4</th><th>%5</th></tr>")
                .arg(t.madeOn, t.recommendation, t.status, t.statusEvidence, t.checkedOn);
    for (const auto& e : c.dossier.earlierRecommendations) {
        QString status = label(e.status, c.language);
        if (e.overdue)
            status += QStringLiteral(" <b>(%1)</b>").arg(t.overdue);
        html += QStringLiteral("<tr><td align=\"center\" width=\"15%\">%1</td><td>%2</td>"
                               "<td width=\"16%\">%3</td><td width=\"24%\">%4</td>"
                               "<td align=\"center\" width=\"15%\">%5</td></tr>")
                    .arg(dateText(e.visitDate), esc(e.recommendation.text), status,
                         e.statusEvidence.empty() ? QStringLiteral("–") : esc(e.statusEvidence),
                         dateText(e.statusDate));
    }
    return html + QStringLiteral("</table>");
}

} // namespace custos::report
