// The visit's own records: interviews, findings, recommendations (reading, saving, the rows the
// screens list). Interview content never appears in a row: the editor asks for it.
#include "visit_workspace.h"

#include <QLocale>

namespace custos::app {
namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}
std::string str(const QVariantMap& fields, const char* key) {
    return fields.value(QString::fromLatin1(key)).toString().trimmed().toStdString();
}
template <typename E> QString key(E value) {
    return qs(std::string(toString(value)));
}
QStringList toStrings(const std::vector<std::string>& values) {
    QStringList out;
    for (const auto& v : values)
        out << qs(v);
    return out;
}
std::vector<std::string> fromStrings(const QVariant& value) {
    std::vector<std::string> out;
    for (const auto& v : value.toStringList())
        if (!v.trimmed().isEmpty())
            out.push_back(v.trimmed().toStdString());
    return out;
}

} // namespace

std::string VisitWorkspace::creatorOf(const std::string& recordId) const {
    auto it = creators_.find(recordId);
    return it == creators_.end() ? std::string{} : it->second.first;
}

bool VisitWorkspace::mayEdit(const std::string& recordId) const {
    // The interviewer (the record's creator, whoever amended it since) or the visit lead.
    return isLead_ || (session_ && creatorOf(recordId) == session_->userId().toStdString());
}

template <typename T> const T* VisitWorkspace::latest(const QString& id) const {
    auto it = current_.find(id.toStdString());
    return it == current_.end() ? nullptr : std::get_if<T>(&it->second);
}

// --- interviews -----------------------------------------------------------------------------

QVariantMap VisitWorkspace::interview(const QString& id) const {
    const auto* i = latest<Interview>(id);
    if (!i)
        return {};
    QVariantList allegations;
    for (const auto& a : i->allegations)
        allegations.append(QVariantMap{{QStringLiteral("type"), qs(a.type)},
                                       {QStringLiteral("when"), qs(a.when)},
                                       {QStringLiteral("perpetrator"), qs(a.perpetratorCategory)}});
    return {{QStringLiteral("id"), qs(i->header.id)},
            {QStringLiteral("consent"), key(i->consent)},
            {QStringLiteral("personCode"), qs(i->personCode)},
            {QStringLiteral("kind"), key(i->kind)},
            {QStringLiteral("privacy"), qs(i->privacy)},
            {QStringLiteral("interpreter"), i->interpreter},
            {QStringLiteral("allegations"), allegations},
            {QStringLiteral("reprisalRisk"), i->reprisalRisk},
            {QStringLiteral("followUp"), i->followUp},
            {QStringLiteral("content"), qs(i->content)},
            {QStringLiteral("author"), authorName(creatorOf(i->header.id))},
            {QStringLiteral("editable"), !locked() && mayEdit(i->header.id)}};
}

QString VisitWorkspace::saveInterview(const QVariantMap& fields) {
    if (!canWrite())
        return {};
    // Consent comes first (domain.md, do no harm): without a recorded scope nothing is kept.
    auto consent = enumFromString<ConsentScope>(str(fields, "consent"));
    if (!consent) {
        setError(tr("Record the person's consent first: it decides who may ever see this "
                    "interview."));
        return {};
    }
    Interview i;
    i.header.id = str(fields, "id");
    if (const auto* existing = latest<Interview>(qs(i.header.id));
        existing && !mayEdit(existing->header.id)) {
        setError(tr("Only the interviewer or the visit lead can change this interview."));
        return {};
    }
    i.consent = *consent;
    i.personCode = str(fields, "personCode");
    if (i.personCode.empty()) {
        setError(tr("Give the person a pseudonymous code (for example D-17). Never a name."));
        return {};
    }
    i.kind = enumFromString<InterviewKind>(str(fields, "kind")).value_or(InterviewKind::Individual);
    i.privacy = str(fields, "privacy");
    i.interpreter = fields.value(QStringLiteral("interpreter")).toBool();
    for (const auto& entry : fields.value(QStringLiteral("allegations")).toList()) {
        const auto a = entry.toMap();
        Allegation allegation{str(a, "type"), str(a, "when"), str(a, "perpetrator")};
        if (!allegation.type.empty())
            i.allegations.push_back(std::move(allegation));
    }
    i.reprisalRisk = fields.value(QStringLiteral("reprisalRisk")).toBool();
    i.followUp = fields.value(QStringLiteral("followUp")).toBool();
    i.content = fields.value(QStringLiteral("content")).toString().toStdString();
    return store(std::move(i));
}

// --- findings -------------------------------------------------------------------------------

QVariantMap VisitWorkspace::finding(const QString& id) const {
    const auto* f = latest<Finding>(id);
    if (!f)
        return {};
    QVariantList rules;
    for (int r : f->ruleRefs)
        rules << r;
    return {{QStringLiteral("id"), qs(f->header.id)},
            {QStringLiteral("theme"), qs(f->theme)},
            {QStringLiteral("rules"), rules},
            {QStringLiteral("severity"), key(f->severity)},
            {QStringLiteral("body"), qs(f->text)},
            {QStringLiteral("observationIds"), toStrings(f->observationIds)},
            {QStringLiteral("interviewIds"), toStrings(f->interviewIds)}};
}

QString VisitWorkspace::saveFinding(const QVariantMap& fields) {
    if (!canWrite())
        return {};
    Finding f;
    f.header.id = str(fields, "id");
    f.theme = str(fields, "theme");
    f.text = str(fields, "text");
    if (f.theme.empty() || f.text.empty()) {
        setError(tr("A finding needs a theme and a text."));
        return {};
    }
    auto severity = enumFromString<FindingSeverity>(str(fields, "severity"));
    if (!severity) {
        setError(tr("Choose how serious the finding is."));
        return {};
    }
    f.severity = *severity;
    for (const auto& r : fields.value(QStringLiteral("rules")).toList())
        f.ruleRefs.push_back(r.toInt());
    std::sort(f.ruleRefs.begin(), f.ruleRefs.end());
    f.ruleRefs.erase(std::unique(f.ruleRefs.begin(), f.ruleRefs.end()), f.ruleRefs.end());
    f.observationIds = fromStrings(fields.value(QStringLiteral("observationIds")));
    f.interviewIds = fromStrings(fields.value(QStringLiteral("interviewIds")));
    return store(std::move(f));
}

// --- recommendations ------------------------------------------------------------------------

QVariantMap VisitWorkspace::recommendation(const QString& id) const {
    const auto* r = latest<Recommendation>(id);
    if (!r)
        return {};
    return {{QStringLiteral("id"), qs(r->header.id)},
            {QStringLiteral("body"), qs(r->text)},
            {QStringLiteral("addressee"), qs(r->addressee)},
            {QStringLiteral("priority"), key(r->priority)},
            {QStringLiteral("dueDate"), qs(r->dueDate)},
            {QStringLiteral("findingIds"), toStrings(r->findingIds)}};
}

QString VisitWorkspace::saveRecommendation(const QVariantMap& fields) {
    if (!canWrite())
        return {};
    Recommendation r;
    r.header.id = str(fields, "id");
    r.facilityId = summary_->facility.id;
    r.text = str(fields, "text");
    r.addressee = str(fields, "addressee");
    if (r.text.empty() || r.addressee.empty()) {
        setError(tr("A recommendation needs a text and the authority it is addressed to."));
        return {};
    }
    r.priority = enumFromString<Priority>(str(fields, "priority")).value_or(Priority::Medium);
    r.dueDate = str(fields, "dueDate");
    if (!r.dueDate.empty() && !QDate::fromString(qs(r.dueDate), Qt::ISODate).isValid()) {
        setError(tr("Write the due date as YYYY-MM-DD, e.g. 2027-03-31."));
        return {};
    }
    r.findingIds = fromStrings(fields.value(QStringLiteral("findingIds")));
    return store(std::move(r));
}

// --- rows -----------------------------------------------------------------------------------

void VisitWorkspace::rebuildRecordRows() {
    std::map<std::string, QString> themeTitles;
    if (checklist_)
        for (const auto& section : checklist_->sections)
            themeTitles[section.key] = qs(section.title.in(language_.toStdString()));

    QVector<QVariantMap> interviews, findings, recommendations, immediate;
    for (const auto& [id, record] : current_) {
        if (const auto* i = std::get_if<Interview>(&record)) {
            interviews.append(
                {{QStringLiteral("recordId"), qs(id)},
                 {QStringLiteral("personCode"), qs(i->personCode)},
                 {QStringLiteral("kind"), key(i->kind)},
                 {QStringLiteral("kindLabel"),
                  label(QStringLiteral("interviewKind"), std::string(toString(i->kind)))},
                 {QStringLiteral("consent"), key(i->consent)},
                 {QStringLiteral("consentLabel"),
                  label(QStringLiteral("consent"), std::string(toString(i->consent)))},
                 {QStringLiteral("allegations"), static_cast<int>(i->allegations.size())},
                 {QStringLiteral("reprisalRisk"), i->reprisalRisk},
                 {QStringLiteral("followUp"), i->followUp},
                 {QStringLiteral("author"), authorName(creatorOf(i->header.id))},
                 {QStringLiteral("editable"), mayEdit(i->header.id)}});
        } else if (const auto* f = std::get_if<Finding>(&record)) {
            QStringList rules;
            for (int r : f->ruleRefs)
                rules << QString::number(r);
            const auto title = themeTitles.count(f->theme) ? themeTitles[f->theme] : qs(f->theme);
            findings.append(
                {{QStringLiteral("recordId"), qs(id)},
                 {QStringLiteral("theme"), qs(f->theme)},
                 {QStringLiteral("themeTitle"), title},
                 {QStringLiteral("rules"), rules.join(QStringLiteral(", "))},
                 {QStringLiteral("severity"), key(f->severity)},
                 {QStringLiteral("severityLabel"),
                  label(QStringLiteral("severity"), std::string(toString(f->severity)))},
                 {QStringLiteral("body"), qs(f->text)},
                 {QStringLiteral("evidenceCount"),
                  static_cast<int>(f->observationIds.size() + f->interviewIds.size())},
                 {QStringLiteral("author"), authorName(f->header.authorId)}});
            if (f->severity == FindingSeverity::Urgent)
                immediate.append({{QStringLiteral("recordId"), qs(id)},
                                  {QStringLiteral("themeTitle"), title},
                                  {QStringLiteral("body"), qs(f->text)}});
        } else if (const auto* r = std::get_if<Recommendation>(&record)) {
            recommendations.append(
                {{QStringLiteral("recordId"), qs(id)},
                 {QStringLiteral("body"), qs(r->text)},
                 {QStringLiteral("addressee"), qs(r->addressee)},
                 {QStringLiteral("priority"), key(r->priority)},
                 {QStringLiteral("priorityLabel"),
                  label(QStringLiteral("priority"), std::string(toString(r->priority)))},
                 {QStringLiteral("dueDate"), qs(r->dueDate)},
                 {QStringLiteral("findingCount"), static_cast<int>(r->findingIds.size())}});
        }
    }
    // Most serious first, then by theme; immediate observations numbered for the final talk.
    std::stable_sort(
        findings.begin(), findings.end(), [](const QVariantMap& a, const QVariantMap& b) {
            const auto rank = [](const QVariantMap& m) {
                return enumFromString<FindingSeverity>(
                           m.value(QStringLiteral("severity")).toString().toStdString())
                    .value_or(FindingSeverity::Concern);
            };
            return rank(a) < rank(b);
        });
    for (int n = 0; n < immediate.size(); ++n)
        immediate[n].insert(QStringLiteral("number"), n + 1);
    interviews_->setRows(std::move(interviews));
    findings_->setRows(std::move(findings));
    recommendations_->setRows(std::move(recommendations));
    immediate_->setRows(std::move(immediate));
}

QString VisitWorkspace::immediateObservationsText() const {
    QStringList lines;
    lines << tr("Immediate observations – %1, %2").arg(facilityName(), dates());
    for (const auto& row : immediate_->rows())
        lines << tr("%1. %2: %3")
                     .arg(row.value(QStringLiteral("number")).toInt())
                     .arg(row.value(QStringLiteral("themeTitle")).toString(),
                          row.value(QStringLiteral("body")).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace custos::app
