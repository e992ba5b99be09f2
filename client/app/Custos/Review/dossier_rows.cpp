#include "dossier_rows.h"

#include "review_client.h"
#include "visit_workspace.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>

// Strings are in ReviewClient's translation context, where lupdate files them.
namespace custos::app::review {
namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString label(const char* list, std::string_view key) {
    return VisitWorkspace::choiceLabel(QString::fromLatin1(list), std::string(key));
}

QString rules(const std::vector<int>& refs) {
    QStringList out;
    for (int rule : refs)
        out << QString::number(rule);
    return out.isEmpty() ? QString()
                         : ReviewClient::tr("Rules %1").arg(out.join(QStringLiteral(", ")));
}

QVariantMap answerToQml(const DossierAnswer& answer) {
    QStringList flags;
    for (const auto& flag : answer.flags)
        flags << qs(flag);
    return {{QStringLiteral("prompt"), qs(answer.prompt)},
            {QStringLiteral("value"), qs(answer.value)},
            {QStringLiteral("note"), qs(answer.note)},
            {QStringLiteral("source"), label("source", toString(answer.source))},
            {QStringLiteral("rules"), rules(answer.ruleRefs)},
            {QStringLiteral("flags"), flags},
            {QStringLiteral("urgent"), answer.urgent},
            {QStringLiteral("divergent"), answer.divergent}};
}

} // namespace

QVariantMap dossierToQml(const VisitDossier& dossier) {
    std::map<std::string, const DossierAnswer*> byObservation;
    for (const auto* list : {&dossier.answers, &dossier.citedAnswers})
        for (const auto& answer : *list)
            byObservation.emplace(answer.observationId, &answer);
    std::map<std::string, const Interview*> interviews;
    for (const auto& interview : dossier.interviews)
        interviews.emplace(interview.header.id, &interview);
    std::map<std::string, QString> themeTitles;
    for (const auto& section : dossier.sections)
        themeTitles.emplace(section.key, qs(section.title));

    QVariantList findings;
    int urgent = 0;
    for (const auto& finding : dossier.findings) {
        urgent += finding.severity == FindingSeverity::Urgent;
        QVariantList evidence;
        for (const auto& id : finding.observationIds)
            if (const auto it = byObservation.find(id); it != byObservation.end())
                evidence.append(answerToQml(*it->second));
        QVariantList heard;
        for (const auto& id : finding.interviewIds) {
            const auto it = interviews.find(id);
            // An interview without consent to share never reaches the coordinator: say that
            // the finding rests on one, without anything about it.
            heard.append(it == interviews.end()
                             ? QVariantMap{{QStringLiteral("code"),
                                            ReviewClient::tr("Confidential interview")},
                                           {QStringLiteral("consent"), QString()},
                                           {QStringLiteral("content"), QString()}}
                             : QVariantMap{{QStringLiteral("code"), qs(it->second->personCode)},
                                           {QStringLiteral("consent"),
                                            label("consent", toString(it->second->consent))},
                                           {QStringLiteral("content"), qs(it->second->content)}});
        }
        const auto title = themeTitles.find(finding.theme);
        findings.append(QVariantMap{
            {QStringLiteral("severity"), qs(toString(finding.severity))},
            {QStringLiteral("severityLabel"), label("severity", toString(finding.severity))},
            {QStringLiteral("theme"),
             title == themeTitles.end() ? qs(finding.theme) : title->second},
            {QStringLiteral("rules"), rules(finding.ruleRefs)},
            {QStringLiteral("text"), qs(finding.text)},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("interviews"), heard}});
    }
    QVariantList recommendations;
    for (const auto& r : dossier.recommendations)
        recommendations.append(QVariantMap{
            {QStringLiteral("number"), r.number},
            {QStringLiteral("text"), qs(r.recommendation.text)},
            {QStringLiteral("addressee"), qs(r.recommendation.addressee)},
            {QStringLiteral("priority"), label("priority", toString(r.recommendation.priority))},
            {QStringLiteral("dueDate"), qs(r.recommendation.dueDate)},
            {QStringLiteral("status"), label("recommendationStatus", toString(r.status))}});
    QVariantList flagged;
    for (const auto& answer : dossier.answers)
        if (!answer.flags.empty() || answer.divergent)
            flagged.append(answerToQml(answer));
    QVariantList earlier;
    for (const auto& e : dossier.earlierRecommendations)
        earlier.append(QVariantMap{
            {QStringLiteral("text"), qs(e.recommendation.text)},
            {QStringLiteral("visitDate"), qs(e.visitDate)},
            {QStringLiteral("status"), label("recommendationStatus", toString(e.status))},
            {QStringLiteral("overdue"), e.overdue},
            {QStringLiteral("evidence"), qs(e.statusEvidence)}});
    QStringList team;
    for (const auto& member : dossier.visit.team)
        team << qs(member.displayName);

    const auto status = dossier.visit.status;
    return {
        {QStringLiteral("visitId"), qs(dossier.visit.id)},
        {QStringLiteral("facility"), qs(dossier.facility.name)},
        {QStringLiteral("cycle"), qs(dossier.cycle.name)},
        {QStringLiteral("dates"),
         dossier.visit.endDate.empty() || dossier.visit.endDate == dossier.visit.startDate
             ? qs(dossier.visit.startDate)
             : qs(dossier.visit.startDate + " – " + dossier.visit.endDate)},
        {QStringLiteral("team"), team.join(QStringLiteral(", "))},
        {QStringLiteral("submitted"), status == VisitStatus::Submitted},
        {QStringLiteral("reviewed"), status == VisitStatus::Reviewed},
        {QStringLiteral("answered"), static_cast<int>(dossier.answers.size())},
        {QStringLiteral("urgentFindings"), urgent},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("flagged"), flagged},
        {QStringLiteral("earlier"), earlier},
    };
}

} // namespace custos::app::review
