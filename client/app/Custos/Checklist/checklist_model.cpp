#include "checklist_model.h"

#include "session.h"

#include <QLocale>
#include <QStringList>

namespace custos::app {
namespace {

QString rulesText(const std::vector<int>& rules) {
    if (rules.empty())
        return {};
    QStringList numbers;
    for (int r : rules)
        numbers << QString::number(r);
    return (rules.size() == 1 ? ChecklistModel::tr("Rule %1") : ChecklistModel::tr("Rules %1"))
        .arg(numbers.join(QStringLiteral(", ")));
}

} // namespace

ChecklistModel::ChecklistModel(QObject* parent) : QAbstractListModel(parent) {}

void ChecklistModel::setSession(Session* session) {
    if (session_ == session)
        return;
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_)
        connect(session_, &Session::dataChanged, this, &ChecklistModel::reloadAnswers);
    emit sessionChanged();
    reload();
}

void ChecklistModel::setVisitId(const QString& visitId) {
    if (visitId_ == visitId)
        return;
    visitId_ = visitId;
    emit visitIdChanged();
    reload();
}

void ChecklistModel::setLanguage(const QString& language) {
    if (language_ == language)
        return;
    language_ = language;
    emit languageChanged();
    reload();
}

void ChecklistModel::setError(const QString& error) {
    error_ = error;
    emit errorChanged();
}

void ChecklistModel::reload() {
    beginResetModel();
    rows_.clear();
    itemRows_ = 0;
    checklist_ = {};
    title_.clear();
    facilityName_.clear();
    auto* store = session_ ? session_->store() : nullptr;
    if (store && !visitId_.isEmpty()) {
        auto visit = store->visit(visitId_.toStdString());
        if (visit && visit->has_value()) {
            facilityName_ = QString::fromStdString((*visit)->facility.name);
            const auto& v = (*visit)->visit;
            auto checklist = store->checklist(v.templateId, v.templateVersion);
            if (checklist && checklist->has_value()) {
                checklist_ = std::move(**checklist);
                title_ = QString::fromStdString(checklist_.title.in(language_.toStdString()));
            } else {
                setError(tr("This visit's checklist has not been received yet. Sync when "
                            "you have a connection."));
            }
        }
    }
    for (const auto& section : checklist_.sections) {
        rows_.push_back({&section, nullptr});
        for (const auto& item : section.items) {
            rows_.push_back({&section, &item});
            ++itemRows_;
        }
    }
    answers_.clear();
    if (store && !visitId_.isEmpty())
        if (auto answers = store->currentAnswers(visitId_.toStdString()))
            answers_ = std::move(answers.value());
    endResetModel();
    emit loaded();
    emit answersChanged();
}

void ChecklistModel::reloadAnswers() {
    auto* store = session_ ? session_->store() : nullptr;
    if (!store || visitId_.isEmpty() || rows_.empty())
        return reload();
    if (auto answers = store->currentAnswers(visitId_.toStdString())) {
        answers_ = std::move(answers.value());
        emit dataChanged(index(0), index(rowCount() - 1), {AnswerRole, NoteRole});
        emit answersChanged();
    }
}

int ChecklistModel::answeredCount() const {
    int n = 0;
    for (const auto& row : rows_)
        if (row.item) {
            auto it = answers_.find(row.item->key);
            n += it != answers_.end() && !std::holds_alternative<std::monostate>(it->second.value);
        }
    return n;
}

int ChecklistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rows_[static_cast<std::size_t>(index.row())];
    const auto lang = language_.toStdString();
    if (!row.item) {
        switch (role) {
        case IsSectionRole: return true;
        case KeyRole: return QString::fromStdString(row.section->key);
        case Qt::DisplayRole:
        case TextRole: return QString::fromStdString(row.section->title.in(lang));
        case RulesRole: return rulesText(row.section->ruleRefs);
        default: return {};
        }
    }
    const auto& item = *row.item;
    const auto answer = answers_.find(item.key);
    switch (role) {
    case IsSectionRole: return false;
    case KeyRole: return QString::fromStdString(item.key);
    case Qt::DisplayRole:
    case TextRole: return QString::fromStdString(item.prompt.in(lang));
    case GuidanceRole: return QString::fromStdString(item.guidance.in(lang));
    case RulesRole: return rulesText(item.ruleRefs);
    case ItemTypeRole: return QString::fromUtf8(toString(item.type).data());
    case UnitRole: return QString::fromStdString(item.unit);
    case AnswerRole:
        return answer == answers_.end() ? QString{}
                                        : QString::fromStdString(answerToDisplay(answer->second.value));
    case NoteRole:
        return answer == answers_.end() ? QString{} : QString::fromStdString(answer->second.note);
    default: return {};
    }
}

QHash<int, QByteArray> ChecklistModel::roleNames() const {
    return {{IsSectionRole, "isSection"}, {KeyRole, "key"},       {TextRole, "text"},
            {GuidanceRole, "guidance"},   {RulesRole, "rules"},   {ItemTypeRole, "itemType"},
            {UnitRole, "unit"},           {AnswerRole, "answer"}, {NoteRole, "note"}};
}

bool ChecklistModel::answer(int rowIndex, const QString& value) {
    if (rowIndex < 0 || rowIndex >= rowCount() || !rows_[static_cast<std::size_t>(rowIndex)].item)
        return false;
    auto* store = session_ ? session_->store() : nullptr;
    if (!store) {
        setError(tr("The app is locked; unlock it to record answers."));
        return false;
    }
    const auto& item = *rows_[static_cast<std::size_t>(rowIndex)].item;
    AnswerValue parsed;
    const auto trimmed = value.trimmed();
    bool ok = true;
    if (trimmed.isEmpty()) {
        parsed = std::monostate{};
    } else if (item.type == ItemType::YesNo) {
        auto code = enumFromString<AnswerCode>(trimmed.toStdString());
        ok = code.has_value();
        if (ok)
            parsed = *code;
    } else if (item.type == ItemType::Number) {
        const double number = QLocale().toDouble(trimmed, &ok);
        parsed = ok ? AnswerValue{number} : AnswerValue{trimmed.toDouble(&ok)};
    } else if (item.type == ItemType::Count) {
        const qlonglong count = trimmed.toLongLong(&ok);
        ok = ok && count >= 0;
        parsed = static_cast<std::int64_t>(count);
    } else {
        parsed = trimmed.toStdString();
    }
    if (!ok) {
        setError(tr("“%1” is not a valid answer for this question.").arg(trimmed));
        return false;
    }
    const auto existing = answers_.find(item.key);
    const std::string note = existing != answers_.end() ? existing->second.note : std::string{};
    const SourceTag source = existing != answers_.end() ? existing->second.source : SourceTag::Observed;
    auto saved = store->recordAnswer(visitId_.toStdString(), item.key, std::move(parsed), note,
                                     source);
    if (!saved) {
        setError(tr("The answer could not be saved: %1")
                     .arg(QString::fromStdString(saved.error().message)));
        return false;
    }
    answers_[item.key] = std::move(saved.value());
    session_->notifyLocalChange();
    const auto changed = index(rowIndex);
    emit dataChanged(changed, changed, {AnswerRole});
    emit answersChanged();
    if (!error_.isEmpty())
        setError({});
    return true;
}

} // namespace custos::app
