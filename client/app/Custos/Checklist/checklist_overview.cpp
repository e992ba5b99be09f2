// The checklist as the visit home and the team page see it: per-section progress and flags,
// a section's facts (the population snapshot), the team's divergent answers and the lead's
// choice among them.
#include "checklist_model.h"
#include "checklist_text.h"

#include <QDateTime>
#include <QLocale>

namespace custos::app {

using checklist_text::qs;
using checklist_text::rulesText;

int ChecklistModel::divergentCount() const {
    int n = 0;
    for (const auto& row : rows_)
        if (row.item)
            if (auto it = resolved_.find(row.item->key); it != resolved_.end())
                n += it->second.divergent;
    return n;
}

QString ChecklistModel::authorName(const std::string& userId) const {
    for (const auto& member : team_)
        if (member.userId == userId)
            return qs(member.displayName);
    return userId == session_->userId().toStdString() ? session_->userName()
                                                      : tr("a former team member");
}

QVariantList ChecklistModel::competingAnswers(const std::string& itemKey) const {
    QVariantList out;
    auto it = resolved_.find(itemKey);
    if (it == resolved_.end() || !it->second.divergent)
        return out;
    for (const auto& o : it->second.competing) {
        const auto when = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(o.hlc.wallMillis()));
        out.append(
            QVariantMap{{QStringLiteral("observationId"), qs(o.id)},
                        {QStringLiteral("value"), qs(answerToDisplay(o.value))},
                        {QStringLiteral("author"), authorName(o.authorId)},
                        {QStringLiteral("time"), QLocale().toString(when, QLocale::ShortFormat)},
                        {QStringLiteral("note"), qs(o.note)},
                        {QStringLiteral("source"), qs(std::string(toString(o.source)))},
                        {QStringLiteral("standing"), o.id == it->second.standing.id}});
    }
    return out;
}

QVariantList ChecklistModel::sectionSummaries() const {
    QVariantList out;
    if (!engine_)
        return out;
    const auto values = currentValues();
    const auto lang = language_.toStdString();
    for (const auto& section : engine_->checklist().sections) {
        int total = 0, answered = 0, flags = 0, divergent = 0;
        for (const auto& item : section.items) {
            if (!engine_->applies(section, item, facility_, values))
                continue;
            ++total;
            auto answer = answers_.find(item.key);
            answered += answer != answers_.end() &&
                        !std::holds_alternative<std::monostate>(answer->second.value);
            if (auto f = flagsByKey_.find(item.key); f != flagsByKey_.end())
                flags += static_cast<int>(f->second.size());
            if (auto r = resolved_.find(item.key); r != resolved_.end())
                divergent += r->second.divergent;
        }
        for (const auto& indicator : engine_->checklist().indicators)
            if (engine_->sectionOf(indicator.key) == section.key)
                if (auto f = flagsByKey_.find(indicator.key); f != flagsByKey_.end())
                    flags += static_cast<int>(f->second.size());
        if (total == 0)
            continue;
        out.append(QVariantMap{{QStringLiteral("key"), qs(section.key)},
                               {QStringLiteral("title"), qs(section.title.in(lang))},
                               {QStringLiteral("rules"), rulesText(section.ruleRefs)},
                               {QStringLiteral("answered"), answered},
                               {QStringLiteral("total"), total},
                               {QStringLiteral("flags"), flags},
                               {QStringLiteral("divergent"), divergent}});
    }
    return out;
}

QVariantList ChecklistModel::divergentItems() const {
    QVariantList out;
    const auto lang = language_.toStdString();
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const auto& row = rows_[i];
        if (!row.item)
            continue;
        auto r = resolved_.find(row.item->key);
        if (r == resolved_.end() || !r->second.divergent)
            continue;
        out.append(QVariantMap{{QStringLiteral("row"), static_cast<int>(i)},
                               {QStringLiteral("key"), qs(row.item->key)},
                               {QStringLiteral("text"), qs(row.item->prompt.in(lang))},
                               {QStringLiteral("section"), qs(row.section->title.in(lang))},
                               {QStringLiteral("competing"), competingAnswers(row.item->key)},
                               {QStringLiteral("settled"),
                                r->second.settled ? qs(r->second.settled->note) : QString{}}});
    }
    return out;
}

QVariantList ChecklistModel::sectionFacts(const QString& sectionKey) const {
    QVariantList out;
    if (!engine_)
        return out;
    const auto lang = language_.toStdString();
    const auto key = sectionKey.toStdString();
    for (const auto& section : engine_->checklist().sections) {
        if (section.key != key)
            continue;
        for (const auto& item : section.items) {
            auto answer = answers_.find(item.key);
            if (answer == answers_.end() ||
                std::holds_alternative<std::monostate>(answer->second.value))
                continue;
            out.append(
                QVariantMap{{QStringLiteral("key"), qs(item.key)},
                            {QStringLiteral("label"), qs(item.prompt.in(lang))},
                            {QStringLiteral("value"), qs(answerToDisplay(answer->second.value))}});
        }
        for (const auto& indicator : engine_->checklist().indicators) {
            if (engine_->sectionOf(indicator.key) != key)
                continue;
            auto value = indicatorValues_.find(indicator.key);
            if (value == indicatorValues_.end())
                continue;
            out.append(QVariantMap{{QStringLiteral("key"), qs(indicator.key)},
                                   {QStringLiteral("label"), qs(indicator.label.in(lang))},
                                   {QStringLiteral("value"),
                                    qs(formatWithUnit(value->second, indicator.unit, lang))}});
        }
    }
    return out;
}

bool ChecklistModel::reconcile(int rowIndex, const QString& observationId, const QString& note) {
    const auto* item = itemAt(rowIndex);
    auto* store = session_ ? session_->store() : nullptr;
    if (!item || !store)
        return false;
    if (!isLead_) {
        setError(tr("Only the visit lead can settle divergent answers."));
        return false;
    }
    Reconciliation settlement;
    settlement.header.visitId = visitId_.toStdString();
    settlement.itemKey = item->key;
    settlement.chosenObservationId = observationId.toStdString();
    settlement.note = note.trimmed().toStdString();
    if (auto saved = store->saveRecord(settlement); !saved) {
        setError(tr("The choice could not be saved: %1")
                     .arg(QString::fromStdString(saved.error().message)));
        return false;
    }
    session_->notifyLocalChange();
    reloadAnswers();
    return true;
}

} // namespace custos::app
