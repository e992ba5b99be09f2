#include "checklist_model.h"
#include "checklist_text.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace custos::app {

using checklist_text::qs;
using checklist_text::rulesText;

namespace {

/// Custom roles a row does not use read as empty text (QML delegates declare them as required
/// strings); Qt's own roles stay invalid, as views expect.
QVariant emptyFor(int role) {
    return role >= Qt::UserRole ? QVariant(QString{}) : QVariant{};
}

QString displayUnit(const std::string& unit, const std::string& language) {
    // formatWithUnit knows how units are written (m², jours ...); ask it with a dummy value.
    const auto shown = formatWithUnit(0, unit, language);
    return unit.empty() ? QString{} : qs(shown.substr(shown.find_first_not_of("0 ")));
}

} // namespace

ChecklistModel::ChecklistModel(QObject* parent) : QAbstractListModel(parent) {}
ChecklistModel::~ChecklistModel() = default;

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

Answers ChecklistModel::currentValues() const {
    Answers values;
    for (const auto& [key, observation] : answers_)
        values[key] = observation.value;
    return values;
}

void ChecklistModel::applyMigration() {
    // Observations keep the key they were given under; when the visit moved to a newer checklist
    // version, the plan shows each under its new key or, failing that, as an earlier answer.
    answers_.clear();
    earlier_.clear();
    if (!engine_) {
        answers_ = stored_;
        return;
    }
    Answers values;
    for (const auto& [key, observation] : stored_)
        values[key] = observation.value;
    auto plan = planMigration(engine_->checklist(), values);
    for (const auto& [newKey, oldKey] : plan.carriedFrom) {
        Observation carried = stored_.at(oldKey);
        carried.itemKey = newKey;
        answers_[newKey] = std::move(carried);
    }
    earlier_ = std::move(plan.earlier);
}

void ChecklistModel::reload() {
    beginResetModel();
    engine_.reset();
    rows_.clear();
    stored_.clear();
    resolved_.clear();
    team_.clear();
    isLead_ = false;
    locked_ = false;
    title_.clear();
    facilityName_.clear();
    auto* store = session_ ? session_->store() : nullptr;
    if (store && !visitId_.isEmpty()) {
        auto visit = store->visit(visitId_.toStdString());
        if (visit && visit->has_value()) {
            const auto& summary = **visit;
            facilityName_ = qs(summary.facility.name);
            facility_ = {summary.facility.type, summary.facility.populationFlags};
            auto checklist =
                store->checklist(summary.visit.templateId, summary.visit.templateVersion);
            if (checklist && checklist->has_value()) {
                engine_ = std::make_unique<ChecklistEngine>(std::move(**checklist));
                title_ = qs(engine_->checklist().title.in(language_.toStdString()));
            } else {
                setError(tr("This visit's checklist has not been received yet. Sync when "
                            "you have a connection."));
            }
        }
    }
    readAnswers();
    applyMigration();
    recomputeFlags();
    rebuildRows();
    endResetModel();
    emit loaded();
    emit answersChanged();
}

void ChecklistModel::rebuildRows() {
    rows_.clear();
    if (!engine_)
        return;
    const auto values = currentValues();
    const auto& checklist = engine_->checklist();
    const auto only = sectionKey_.toStdString();
    for (const auto& section : checklist.sections) {
        if (!only.empty() && section.key != only)
            continue;
        const std::size_t header = rows_.size();
        rows_.push_back({&section, nullptr, nullptr});
        for (const auto& item : section.items)
            if (engine_->applies(section, item, facility_, values))
                rows_.push_back({&section, &item, nullptr});
        // An indicator sits at the end of the section whose items feed it.
        for (const auto& indicator : checklist.indicators)
            if (engine_->sectionOf(indicator.key) == section.key)
                rows_.push_back({&section, nullptr, &indicator});
        if (rows_.size() == header + 1)
            rows_.pop_back(); // nothing in this section applies here
    }
    if (!earlier_.empty() && only.empty()) {
        rows_.push_back({nullptr, nullptr, nullptr, -2});
        for (std::size_t i = 0; i < earlier_.size(); ++i)
            rows_.push_back({nullptr, nullptr, nullptr, static_cast<int>(i)});
    }
}

void ChecklistModel::recomputeFlags() {
    flagsByKey_.clear();
    indicatorValues_.clear();
    flagCount_ = 0;
    if (!engine_)
        return;
    const auto values = currentValues();
    indicatorValues_ = engine_->indicators(values);
    for (auto& flag : engine_->flags(facility_, values, language_.toStdString())) {
        ++flagCount_;
        flagsByKey_[flag.key].push_back(std::move(flag));
    }
}

void ChecklistModel::readAnswers() {
    auto* store = session_ ? session_->store() : nullptr;
    if (!store || visitId_.isEmpty())
        return;
    const auto visitId = visitId_.toStdString();
    if (auto visit = store->visit(visitId); visit && visit->has_value()) {
        const auto& v = (*visit)->visit;
        team_ = v.team;
        const auto me = session_->userId().toStdString();
        isLead_ = std::any_of(team_.begin(), team_.end(), [&](const TeamMember& m) {
            return m.userId == me && m.role == TeamRole::Head;
        });
        locked_ = v.status == VisitStatus::Submitted || v.status == VisitStatus::Reviewed;
    }
    auto resolved = store->resolvedAnswers(visitId);
    if (!resolved) {
        setError(tr("The answers could not be read: %1")
                     .arg(QString::fromStdString(resolved.error().message)));
        return;
    }
    resolved_ = std::move(resolved.value());
    stored_.clear();
    for (const auto& [key, answer] : resolved_)
        stored_.emplace(key, answer.standing);
}

void ChecklistModel::reloadAnswers() {
    auto* store = session_ ? session_->store() : nullptr;
    if (!store || visitId_.isEmpty() || !engine_)
        return reload();
    beginResetModel(); // answers can change which items apply
    readAnswers();
    applyMigration();
    recomputeFlags();
    rebuildRows();
    endResetModel();
    emit loaded();
    emit answersChanged();
}

void ChecklistModel::setSectionKey(const QString& key) {
    if (sectionKey_ == key)
        return;
    sectionKey_ = key;
    emit sectionKeyChanged();
    beginResetModel();
    rebuildRows();
    endResetModel();
    emit loaded();
    emit answersChanged();
}

QString ChecklistModel::sectionTitle() const {
    if (!engine_ || sectionKey_.isEmpty())
        return title_;
    for (const auto& section : engine_->checklist().sections)
        if (section.key == sectionKey_.toStdString())
            return qs(section.title.in(language_.toStdString()));
    return title_;
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

int ChecklistModel::itemCount() const {
    return static_cast<int>(
        std::count_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.item != nullptr; }));
}

int ChecklistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariantList ChecklistModel::toVariant(const std::vector<Flag>& flags) const {
    QVariantList out;
    for (const auto& f : flags)
        out.append(QVariantMap{{QStringLiteral("message"), qs(f.message)},
                               {QStringLiteral("severity"), qs(std::string(toString(f.severity)))},
                               {QStringLiteral("source"), qs(f.source)}});
    return out;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rows_[static_cast<std::size_t>(index.row())];
    const auto lang = language_.toStdString();
    if (row.earlier == -2) {
        switch (role) {
        case KindRole:
            return QStringLiteral("section");
        case IsSectionRole:
            return true;
        case KeyRole:
            return QStringLiteral("earlier_version");
        case Qt::DisplayRole:
        case TextRole:
            return tr("Answered under an earlier version of the checklist");
        case ChoicesRole:
        case FlagsRole:
        case CompetingRole:
            return QVariantList{};
        case DivergentRole:
            return false;
        default:
            return emptyFor(role);
        }
    }
    if (row.earlier >= 0) {
        const auto& e = earlier_[static_cast<std::size_t>(row.earlier)];
        QStringList related;
        for (const auto& key : e.relatedKeys)
            if (const auto* item = engine_->checklist().findItem(key))
                related << qs(item->prompt.in(lang));
        switch (role) {
        case KindRole:
            return QStringLiteral("earlier");
        case IsSectionRole:
            return false;
        case KeyRole:
            return qs(e.oldKey);
        case Qt::DisplayRole:
        case TextRole:
            return qs(e.oldKey);
        case AnswerRole:
            return qs(answerToDisplay(e.value));
        case GuidanceRole:
            return related.isEmpty()
                       ? tr("This question is no longer asked; the answer is kept.")
                       : tr("Re-check under: %1").arg(related.join(QStringLiteral("; ")));
        case ChoicesRole:
        case FlagsRole:
        case CompetingRole:
            return QVariantList{};
        case DivergentRole:
            return false;
        default:
            return emptyFor(role);
        }
    }
    if (row.indicator) {
        const auto& ind = *row.indicator;
        auto value = indicatorValues_.find(ind.key);
        auto flags = flagsByKey_.find(ind.key);
        switch (role) {
        case KindRole:
            return QStringLiteral("indicator");
        case IsSectionRole:
            return false;
        case KeyRole:
            return qs(ind.key);
        case Qt::DisplayRole:
        case TextRole:
            return qs(ind.label.in(lang));
        case UnitRole:
            return displayUnit(ind.unit, lang);
        case ValueRole:
            return value == indicatorValues_.end()
                       ? QString{}
                       : qs(formatWithUnit(value->second, ind.unit, lang));
        case FlagsRole:
            return flags == flagsByKey_.end() ? QVariantList{} : toVariant(flags->second);
        case ChoicesRole:
        case CompetingRole:
            return QVariantList{};
        case DivergentRole:
            return false;
        default:
            return emptyFor(role);
        }
    }
    if (!row.item) {
        switch (role) {
        case KindRole:
            return QStringLiteral("section");
        case IsSectionRole:
            return true;
        case KeyRole:
            return qs(row.section->key);
        case Qt::DisplayRole:
        case TextRole:
            return qs(row.section->title.in(lang));
        case RulesRole:
            return rulesText(row.section->ruleRefs);
        case ChoicesRole:
        case FlagsRole:
        case CompetingRole:
            return QVariantList{};
        case DivergentRole:
            return false;
        default:
            return emptyFor(role);
        }
    }
    const auto& item = *row.item;
    const auto answer = answers_.find(item.key);
    switch (role) {
    case KindRole:
        return QStringLiteral("item");
    case IsSectionRole:
        return false;
    case KeyRole:
        return qs(item.key);
    case Qt::DisplayRole:
    case TextRole:
        return qs(item.prompt.in(lang));
    case GuidanceRole:
        return qs(item.guidance.in(lang));
    case RulesRole:
        return rulesText(item.ruleRefs);
    case ItemTypeRole:
        return qs(std::string(toString(item.type)));
    case UnitRole:
        return displayUnit(item.unit, lang);
    case AnswerRole:
        return answer == answers_.end() ? QString{} : qs(answerToDisplay(answer->second.value));
    case NoteRole:
        return answer == answers_.end() ? QString{} : qs(answer->second.note);
    case SourceRole:
        return answer == answers_.end() ? QStringLiteral("observed")
                                        : qs(std::string(toString(answer->second.source)));
    case DivergentRole: {
        auto r = resolved_.find(item.key);
        return r != resolved_.end() && r->second.divergent;
    }
    case CompetingRole:
        return competingAnswers(item.key);
    case SettledRole: {
        auto r = resolved_.find(item.key);
        return r != resolved_.end() && r->second.settled ? qs(r->second.settled->note) : QString{};
    }
    case ChoicesRole: {
        QVariantList choices;
        for (const auto& c : item.choices)
            choices.append(QVariantMap{{QStringLiteral("key"), qs(c.key)},
                                       {QStringLiteral("label"), qs(c.label.in(lang))}});
        return choices;
    }
    case FlagsRole: {
        // The same flags the monitor saw while typing (previewFlags): the item's own and those
        // of the indicators it feeds. Were they to differ, the card would change height when
        // the answer is saved, and the tap that saved it (by leaving the field) would land on
        // whatever moved under the finger.
        std::vector<Flag> relevant;
        if (auto own = flagsByKey_.find(item.key); own != flagsByKey_.end())
            relevant = own->second;
        for (const auto& [key, flags] : flagsByKey_)
            if (key != item.key && engine_->indicatorReads(key, item.key))
                for (const auto& flag : flags)
                    if (flag.indicator)
                        relevant.push_back(flag);
        return toVariant(relevant);
    }
    case ValueRole:
        return QString{};
    default:
        return emptyFor(role);
    }
}

QHash<int, QByteArray> ChecklistModel::roleNames() const {
    return {{KindRole, "kind"},           {KeyRole, "key"},        {TextRole, "text"},
            {GuidanceRole, "guidance"},   {RulesRole, "rules"},    {ItemTypeRole, "itemType"},
            {UnitRole, "unit"},           {AnswerRole, "answer"},  {NoteRole, "note"},
            {ChoicesRole, "choices"},     {FlagsRole, "flags"},    {ValueRole, "value"},
            {IsSectionRole, "isSection"}, {SourceRole, "source"},  {DivergentRole, "divergent"},
            {CompetingRole, "competing"}, {SettledRole, "settled"}};
}

Result<AnswerValue> ChecklistModel::parse(const ChecklistItem& item, const QString& value) const {
    const auto trimmed = value.trimmed();
    const auto invalid =
        makeError(ErrorCode::InvalidArgument,
                  tr("“%1” is not a valid answer for this question.").arg(trimmed).toStdString());
    if (trimmed.isEmpty())
        return AnswerValue{};
    switch (item.type) {
    case ItemType::YesNo: {
        auto code = enumFromString<AnswerCode>(trimmed.toStdString());
        return code ? Result<AnswerValue>(AnswerValue{*code}) : Result<AnswerValue>(invalid);
    }
    case ItemType::Number:
    case ItemType::Duration: {
        bool ok = false;
        double number = QLocale().toDouble(trimmed, &ok);
        if (!ok)
            number = trimmed.toDouble(&ok); // a '.' typed on a French keyboard layout
        if (!ok || number < 0)
            return invalid;
        return AnswerValue{number};
    }
    case ItemType::Count: {
        bool ok = false;
        const qlonglong count = trimmed.toLongLong(&ok);
        if (!ok || count < 0)
            return invalid;
        return AnswerValue{static_cast<std::int64_t>(count)};
    }
    case ItemType::Date: {
        if (!QDate::fromString(trimmed, Qt::ISODate).isValid())
            return makeError(ErrorCode::InvalidArgument,
                             tr("Write the date as YYYY-MM-DD, e.g. 2026-11-30.").toStdString());
        return AnswerValue{trimmed.toStdString()};
    }
    case ItemType::SingleChoice:
    case ItemType::MultiChoice: {
        std::vector<std::string> keys;
        for (const auto& part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto key = part.trimmed().toStdString();
            if (std::none_of(item.choices.begin(), item.choices.end(),
                             [&](const Choice& c) { return c.key == key; }))
                return invalid;
            keys.push_back(key);
        }
        if (item.type == ItemType::SingleChoice) {
            if (keys.size() != 1)
                return invalid;
            return AnswerValue{keys.front()};
        }
        return AnswerValue{std::move(keys)};
    }
    case ItemType::Text:
        return AnswerValue{trimmed.toStdString()};
    case ItemType::Photo: {
        // The photos' SHA-256s (lowercase hex), joined by ","; the bytes are in the store.
        std::vector<std::string> hashes;
        for (const auto& part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto sha = part.trimmed().toStdString();
            if (sha.size() != 64 || !std::all_of(sha.begin(), sha.end(), [](char c) {
                    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                }))
                return invalid;
            if (std::find(hashes.begin(), hashes.end(), sha) == hashes.end())
                hashes.push_back(sha);
        }
        return AnswerValue{std::move(hashes)};
    }
    }
    return invalid;
}

bool ChecklistModel::canAccept(int rowIndex, const QString& value) const {
    if (rowIndex < 0 || rowIndex >= rowCount() || !rows_[static_cast<std::size_t>(rowIndex)].item)
        return false;
    return parse(*rows_[static_cast<std::size_t>(rowIndex)].item, value).ok();
}

QVariantList ChecklistModel::previewFlags(int rowIndex, const QString& value) const {
    if (!engine_ || rowIndex < 0 || rowIndex >= rowCount() ||
        !rows_[static_cast<std::size_t>(rowIndex)].item)
        return {};
    const auto& row = rows_[static_cast<std::size_t>(rowIndex)];
    auto parsed = parse(*row.item, value);
    if (!parsed)
        return {};
    auto values = currentValues();
    values[row.item->key] = *parsed;
    // The item's own flags, and those of indicators it feeds.
    std::vector<Flag> relevant;
    for (auto& flag : engine_->flags(facility_, values, language_.toStdString())) {
        if (flag.key == row.item->key) {
            relevant.push_back(std::move(flag));
        } else if (flag.indicator && engine_->indicatorReads(flag.key, row.item->key)) {
            relevant.push_back(std::move(flag));
        }
    }
    return toVariant(relevant);
}

const ChecklistItem* ChecklistModel::itemAt(int rowIndex) const {
    if (rowIndex < 0 || rowIndex >= rowCount())
        return nullptr;
    return rows_[static_cast<std::size_t>(rowIndex)].item;
}

bool ChecklistModel::answer(int rowIndex, const QString& value) {
    const auto* item = itemAt(rowIndex);
    if (!item)
        return false;
    auto parsed = parse(*item, value);
    if (!parsed) {
        setError(QString::fromStdString(parsed.error().message));
        return false;
    }
    const auto existing = answers_.find(item->key);
    if (existing != answers_.end() && existing->second.value == *parsed)
        return true; // unchanged: nothing to save or sync
    const std::string note = existing != answers_.end() ? existing->second.note : std::string{};
    const SourceTag source =
        existing != answers_.end() ? existing->second.source : SourceTag::Observed;
    return save(*item, std::move(parsed.value()), note, source);
}

bool ChecklistModel::setNote(int rowIndex, const QString& note) {
    const auto* item = itemAt(rowIndex);
    if (!item)
        return false;
    const auto existing = answers_.find(item->key);
    const auto text = note.trimmed().toStdString();
    if (existing != answers_.end() && existing->second.note == text)
        return true;
    if (existing == answers_.end() && text.empty())
        return true;
    return save(*item, existing != answers_.end() ? existing->second.value : AnswerValue{}, text,
                existing != answers_.end() ? existing->second.source : SourceTag::Observed);
}

bool ChecklistModel::setSource(int rowIndex, const QString& source) {
    const auto* item = itemAt(rowIndex);
    if (!item)
        return false;
    auto tag = enumFromString<SourceTag>(source.toStdString());
    if (!tag) {
        setError(tr("Unknown source “%1”.").arg(source));
        return false;
    }
    const auto existing = answers_.find(item->key);
    if (existing != answers_.end() && existing->second.source == *tag)
        return true;
    return save(*item, existing != answers_.end() ? existing->second.value : AnswerValue{},
                existing != answers_.end() ? existing->second.note : std::string{}, *tag);
}

bool ChecklistModel::save(const ChecklistItem& item, AnswerValue value, const std::string& note,
                          SourceTag source) {
    auto* store = session_ ? session_->store() : nullptr;
    if (!store) {
        setError(tr("The app is locked; unlock it to record answers."));
        return false;
    }
    if (locked_) {
        setError(tr("This visit has been submitted; its answers can no longer be changed here."));
        return false;
    }
    auto saved =
        store->recordAnswer(visitId_.toStdString(), item.key, std::move(value), note, source);
    if (!saved) {
        setError(describeWriteFailure(saved.error()));
        return false;
    }
    stored_[item.key] = saved.value();
    // My own new answer joins the competing ones; the resolution is re-read on the next sync.
    if (auto r = resolved_.find(item.key); r != resolved_.end()) {
        r->second.standing = saved.value();
    }
    // The item belongs to the current checklist version, so no migration needs re-planning
    // (re-planning on every keystroke pause was 40% of an autosave).
    answers_[item.key] = std::move(saved.value());
    session_->notifyLocalChange();
    if (!error_.isEmpty())
        setError({});

    // An answer can make other items apply or stop applying; rebuild only when it does.
    const auto before = rows_.size();
    std::vector<const void*> identities;
    for (const auto& r : rows_)
        identities.push_back(r.item ? static_cast<const void*>(r.item) : r.indicator);
    recomputeFlags();
    std::vector<Row> previous = rows_;
    rebuildRows();
    bool sameShape = rows_.size() == before;
    for (std::size_t i = 0; sameShape && i < rows_.size(); ++i)
        sameShape = (rows_[i].item ? static_cast<const void*>(rows_[i].item)
                                   : rows_[i].indicator) == identities[i];
    if (sameShape) {
        emit dataChanged(index(0), index(rowCount() - 1),
                         {AnswerRole, FlagsRole, ValueRole, NoteRole, SourceRole});
    } else {
        std::swap(rows_, previous);
        beginResetModel();
        std::swap(rows_, previous);
        endResetModel();
    }
    emit answersChanged();
    return true;
}

} // namespace custos::app
