#include "visit_workspace.h"

#include "custos/core/answer_resolution.h"

#include <QLocale>

namespace custos::app {
namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString prettyDate(const std::string& iso) {
    const auto date = QDate::fromString(qs(iso), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : qs(iso);
}

} // namespace

VisitWorkspace::VisitWorkspace(QObject* parent)
    : QObject(parent),
      interviews_(new RowListModel({"recordId", "personCode", "kind", "kindLabel", "consent",
                                    "consentLabel", "allegations", "reprisalRisk", "followUp",
                                    "author", "editable"},
                                   this)),
      findings_(new RowListModel({"recordId", "theme", "themeTitle", "rules", "severity",
                                  "severityLabel", "body", "evidenceCount", "author"},
                                 this)),
      recommendations_(
          new RowListModel({"recordId", "body", "addressee", "priority", "priorityLabel", "dueDate",
                            "findingCount", "status", "statusLabel"},
                           this)),
      immediate_(new RowListModel({"recordId", "number", "themeTitle", "body"}, this)),
      earlier_(
          new RowListModel({"recordId", "body", "addressee", "priorityLabel", "dueDate", "status",
                            "statusLabel", "evidence", "overdue", "checkedHere", "visitDates"},
                           this)) {}

VisitWorkspace::~VisitWorkspace() = default;

void VisitWorkspace::setSession(Session* session) {
    if (session_ == session)
        return;
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_)
        connect(session_, &Session::dataChanged, this, &VisitWorkspace::reload);
    emit sessionChanged();
    reload();
}

void VisitWorkspace::setVisitId(const QString& visitId) {
    if (visitId_ == visitId)
        return;
    visitId_ = visitId;
    emit visitIdChanged();
    reload();
}

void VisitWorkspace::setLanguage(const QString& language) {
    if (language_ == language)
        return;
    language_ = language;
    emit languageChanged();
    reload();
}

void VisitWorkspace::setError(const QString& error) {
    if (error_ == error)
        return;
    error_ = error;
    emit errorChanged();
}

void VisitWorkspace::reload() {
    summary_.reset();
    checklist_.reset();
    current_.clear();
    creators_.clear();
    isLead_ = false;
    auto* local = session_ ? session_->store() : nullptr;
    if (local && !visitId_.isEmpty()) {
        const auto id = visitId_.toStdString();
        if (auto visit = local->visit(id); visit && visit->has_value())
            summary_ = std::move(**visit);
        if (summary_) {
            if (auto checklist =
                    local->checklist(summary_->visit.templateId, summary_->visit.templateVersion);
                checklist && checklist->has_value())
                checklist_ = std::move(**checklist);
            const auto me = session_->userId().toStdString();
            for (const auto& member : summary_->visit.team)
                isLead_ = isLead_ || (member.userId == me && member.role == TeamRole::Head);
            // A submission made here (on any screen) holds until the server confirms it.
            requestedStatus_.reset();
            if (auto pending = local->pendingStatusChange(id); pending && pending->has_value())
                if ((*pending)->status > summary_->visit.status)
                    requestedStatus_ = (*pending)->status;
        }
        if (auto records = local->records(id)) {
            for (auto& record : *records) {
                const auto& header = headerOf(record);
                // Who created a record keeps the rights of its author whoever amended it last.
                auto& creator = creators_[header.id];
                if (creator.first.empty() ||
                    isLater(creator.second, header.deviceId, header.hlc, header.deviceId))
                    creator = {header.authorId, header.hlc};
                auto it = current_.find(header.id);
                if (it == current_.end() ||
                    isLater(header.hlc, header.deviceId, headerOf(it->second).hlc,
                            headerOf(it->second).deviceId))
                    current_[header.id] = std::move(record);
            }
        } else {
            setError(
                tr("The visit's records could not be read: %1").arg(qs(records.error().message)));
        }
    }
    rebuildRecordRows();
    std::vector<VisitRecord> facilityRecords;
    if (local && summary_)
        if (auto found = local->facilityRecommendations(summary_->facility.id))
            facilityRecords = std::move(found.value());
    rebuildEarlierRows(facilityRecords);
    emit loaded();
}

QString VisitWorkspace::facilityName() const {
    return summary_ ? qs(summary_->facility.name) : QString{};
}
QString VisitWorkspace::facilityId() const {
    return summary_ ? qs(summary_->facility.id) : QString{};
}
QString VisitWorkspace::cycleName() const {
    return summary_ ? qs(summary_->cycleName) : QString{};
}
QString VisitWorkspace::dates() const {
    if (!summary_)
        return {};
    const auto& v = summary_->visit;
    return v.endDate.empty() || v.endDate == v.startDate
               ? prettyDate(v.startDate)
               : tr("%1 – %2").arg(prettyDate(v.startDate), prettyDate(v.endDate));
}

QString VisitWorkspace::status() const {
    if (requestedStatus_)
        return qs(std::string(toString(*requestedStatus_)));
    return summary_ ? qs(std::string(toString(summary_->visit.status))) : QString{};
}

QString VisitWorkspace::statusLabel() const {
    const auto s = status();
    if (s == QLatin1String("planned"))
        return tr("Planned");
    if (s == QLatin1String("in_progress"))
        return tr("In progress");
    if (s == QLatin1String("submitted"))
        return requestedStatus_ ? tr("Submitted (waiting for sync)") : tr("Submitted");
    if (s == QLatin1String("reviewed"))
        return tr("Reviewed");
    return s;
}

bool VisitWorkspace::locked() const {
    const auto s = status();
    return s == QLatin1String("submitted") || s == QLatin1String("reviewed");
}

QString VisitWorkspace::teamText() const {
    if (!summary_)
        return {};
    QStringList names;
    for (const auto& member : summary_->visit.team)
        names << (member.role == TeamRole::Head ? tr("%1 (lead)").arg(qs(member.displayName))
                                                : qs(member.displayName));
    return names.join(QStringLiteral(", "));
}

QString VisitWorkspace::authorName(const std::string& userId) const {
    if (summary_)
        for (const auto& member : summary_->visit.team)
            if (member.userId == userId)
                return qs(member.displayName);
    if (session_ && userId == session_->userId().toStdString())
        return session_->userName();
    return tr("another team");
}

bool VisitWorkspace::canWrite() {
    if (!session_ || !session_->store()) {
        setError(tr("The app is locked; unlock it to continue."));
        return false;
    }
    if (!summary_) {
        setError(tr("This visit is not on this tablet."));
        return false;
    }
    if (locked()) {
        setError(tr("This visit has been submitted; it can no longer be changed here."));
        return false;
    }
    return true;
}

QString VisitWorkspace::store(VisitRecord record) {
    headerOf(record).visitId = visitId_.toStdString();
    auto saved = session_->store()->saveRecord(std::move(record));
    if (!saved) {
        setError(describeWriteFailure(saved.error()));
        return {};
    }
    setError({});
    session_->notifyLocalChange();
    const auto id = qs(headerOf(*saved).id);
    reload();
    return id;
}

QVariantList VisitWorkspace::themes() const {
    QVariantList out;
    if (!checklist_)
        return out;
    const auto lang = language_.toStdString();
    for (const auto& section : checklist_->sections) {
        QVariantList rules;
        std::vector<int> all = section.ruleRefs;
        for (const auto& item : section.items)
            all.insert(all.end(), item.ruleRefs.begin(), item.ruleRefs.end());
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        for (int r : all)
            rules << r;
        out.append(QVariantMap{{QStringLiteral("key"), qs(section.key)},
                               {QStringLiteral("title"), qs(section.title.in(lang))},
                               {QStringLiteral("rules"), rules}});
    }
    return out;
}

QVariantList VisitWorkspace::evidenceChoices() const {
    QVariantList out;
    auto* local = session_ ? session_->store() : nullptr;
    if (!local || !checklist_)
        return out;
    const auto lang = language_.toStdString();
    if (auto answers = local->currentAnswers(visitId_.toStdString())) {
        for (const auto& section : checklist_->sections)
            for (const auto& item : section.items) {
                auto it = answers->find(item.key);
                if (it == answers->end() ||
                    std::holds_alternative<std::monostate>(it->second.value))
                    continue;
                out.append(QVariantMap{{QStringLiteral("id"), qs(it->second.id)},
                                       {QStringLiteral("kind"), QStringLiteral("observation")},
                                       {QStringLiteral("label"),
                                        tr("%1: %2").arg(qs(item.prompt.in(lang)),
                                                         qs(answerToDisplay(it->second.value)))}});
            }
    }
    for (const auto& [id, record] : current_)
        if (const auto* interview = std::get_if<Interview>(&record))
            out.append(QVariantMap{
                {QStringLiteral("id"), qs(id)},
                {QStringLiteral("kind"), QStringLiteral("interview")},
                {QStringLiteral("label"), tr("Interview %1").arg(qs(interview->personCode))}});
    return out;
}

bool VisitWorkspace::submitVisit() {
    if (!canWrite())
        return false;
    if (!isLead_) {
        setError(tr("Only the visit lead can submit the visit."));
        return false;
    }
    VisitStatusChange change;
    change.status = VisitStatus::Submitted;
    if (store(change).isEmpty())
        return false;
    return true; // store() reloaded: the pending submission now locks the visit
}

QString VisitWorkspace::label(const QString& list, const std::string& key) const {
    return choiceLabel(list, key);
}

QString VisitWorkspace::choiceLabel(const QString& list, const std::string& key) {
    for (const auto& choice : choiceList(list)) {
        const auto map = choice.toMap();
        if (map.value(QStringLiteral("key")).toString() == qs(key))
            return map.value(QStringLiteral("label")).toString();
    }
    return qs(key);
}

QVariantList VisitWorkspace::choices(const QString& list) const {
    return choiceList(list);
}

QVariantList VisitWorkspace::choiceList(const QString& list) {
    QVariantList out;
    const auto add = [&out](const char* key, const QString& label) {
        out.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(key)},
                               {QStringLiteral("label"), label}});
    };
    if (list == QLatin1String("severity")) {
        add("urgent", tr("Urgent – immediate observation"));
        add("priority_concern", tr("Priority concern"));
        add("concern", tr("Concern"));
        add("good_practice", tr("Good practice"));
    } else if (list == QLatin1String("consent")) {
        add("none", tr("No consent: the team's own knowledge only"));
        add("internal", tr("Internal use by the monitoring body"));
        add("with_authorities", tr("May be raised with the authorities"));
        add("publish_anonymised", tr("May be published, anonymised"));
    } else if (list == QLatin1String("interviewKind")) {
        add("individual", tr("Individual"));
        add("group", tr("Group"));
        add("staff", tr("Staff"));
        add("management", tr("Management"));
    } else if (list == QLatin1String("priority")) {
        add("high", tr("High"));
        add("medium", tr("Medium"));
        add("low", tr("Low"));
    } else if (list == QLatin1String("recommendationStatus")) {
        add("open", tr("Open"));
        add("accepted", tr("Accepted"));
        add("rejected", tr("Rejected"));
        add("in_progress", tr("In progress"));
        add("implemented", tr("Implemented"));
        add("partially_implemented", tr("Partially implemented"));
        add("not_implemented", tr("Not implemented"));
        add("no_longer_applicable", tr("No longer applicable"));
    } else if (list == QLatin1String("source")) {
        add("observed", tr("Observed"));
        add("detainee", tr("Detainee"));
        add("staff", tr("Staff"));
        add("document", tr("Document"));
        add("third_party", tr("Third party"));
    } else if (list == QLatin1String("perpetrator")) {
        add("custodial staff", tr("Custodial staff"));
        add("police", tr("Police"));
        add("medical staff", tr("Medical staff"));
        add("other detainees", tr("Other detainees"));
        add("other", tr("Other"));
    } else if (list == QLatin1String("allegationType")) {
        add("ill-treatment", tr("Physical ill-treatment"));
        add("threats", tr("Threats or verbal abuse"));
        add("excessive force", tr("Excessive use of force"));
        add("denial of care", tr("Denial of health care"));
        add("solitary confinement", tr("Prolonged solitary confinement"));
        add("corruption", tr("Corruption or extortion"));
        add("sexual violence", tr("Sexual violence"));
        add("other", tr("Other"));
    }
    return out;
}

} // namespace custos::app
