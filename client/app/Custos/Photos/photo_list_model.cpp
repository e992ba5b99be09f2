#include "photo_list_model.h"

#include "photo_image_provider.h"

#include "custos/core/records.h"

#include <QQmlEngine>

#include <algorithm>

namespace custos::app {
namespace {

QString approvalName(store::PhotoApproval approval) {
    switch (approval) {
    case store::PhotoApproval::NotNeeded:
        return QStringLiteral("not_needed");
    case store::PhotoApproval::Awaiting:
        return QStringLiteral("awaiting");
    case store::PhotoApproval::Approved:
        return QStringLiteral("approved");
    case store::PhotoApproval::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("unknown");
}

QStringList split(const QString& answer) {
    QStringList hashes;
    for (const auto& part : answer.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto sha = part.trimmed();
        if (!sha.isEmpty() && !hashes.contains(sha))
            hashes << sha;
    }
    return hashes;
}

} // namespace

PhotoListModel::PhotoListModel(QObject* parent) : QAbstractListModel(parent) {}

void PhotoListModel::setSession(Session* session) {
    if (session_ == session)
        return;
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_)
        connect(session_, &Session::dataChanged, this, &PhotoListModel::reload);
    PhotoImageProvider::ensureRegistered(qmlEngine(this), session_);
    emit sessionChanged();
    reload();
}

void PhotoListModel::setVisitId(const QString& visitId) {
    if (visitId_ == visitId)
        return;
    visitId_ = visitId;
    emit visitIdChanged();
    reload();
}

void PhotoListModel::setAnswer(const QString& answer) {
    const auto hashes = split(answer);
    if (hashes == hashes_)
        return;
    hashes_ = hashes;
    emit answerChanged();
    reload();
}

void PhotoListModel::classBegin() {}

void PhotoListModel::componentComplete() {
    PhotoImageProvider::ensureRegistered(qmlEngine(this), session_);
}

void PhotoListModel::reload() {
    std::vector<Row> rows;
    auto* store = session_ ? session_->store() : nullptr;
    for (const auto& sha : hashes_) {
        Row row;
        row.sha = sha;
        if (store) {
            auto found = store->attachment(sha.toStdString());
            if (found && *found) {
                row.held = true;
                row.showsPeople = (*found)->showsPeople;
                row.approval = approvalName((*found)->approval);
                row.note = QString::fromStdString((*found)->reviewNote);
            }
        }
        rows.push_back(std::move(row));
    }
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit countChanged(); // also announces awaitingCount
}

int PhotoListModel::awaitingCount() const {
    return static_cast<int>(std::count_if(rows_.begin(), rows_.end(), [](const Row& row) {
        return row.approval == QLatin1String("awaiting");
    }));
}

int PhotoListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant PhotoListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const auto& row = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ShaRole:
        return row.sha;
    case SourceRole:
        return row.held ? QStringLiteral("image://%1/%2")
                              .arg(QString::fromLatin1(PhotoImageProvider::kName), row.sha)
                        : QString{};
    case HeldRole:
        return row.held;
    case ShowsPeopleRole:
        return row.showsPeople;
    case ApprovalRole:
        return row.approval;
    case NoteRole:
        return row.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> PhotoListModel::roleNames() const {
    return {{ShaRole, "sha256"},        {SourceRole, "source"},
            {HeldRole, "held"},         {ShowsPeopleRole, "showsPeople"},
            {ApprovalRole, "approval"}, {NoteRole, "note"}};
}

QString PhotoListModel::withPhoto(const QString& sha256) const {
    QStringList hashes = hashes_;
    if (!sha256.isEmpty() && !hashes.contains(sha256))
        hashes << sha256;
    return hashes.join(QLatin1Char(','));
}

QString PhotoListModel::withoutPhoto(int row) const {
    QStringList hashes = hashes_;
    if (row >= 0 && row < hashes.size())
        hashes.removeAt(row);
    return hashes.join(QLatin1Char(','));
}

bool PhotoListModel::review(int row, bool approved, const QString& note) {
    auto* store = session_ ? session_->store() : nullptr;
    if (!store || row < 0 || row >= rowCount()) {
        setError(tr("The app is locked."));
        return false;
    }
    PhotoReview record;
    record.header.visitId = visitId_.toStdString();
    record.attachmentSha256 = rows_[static_cast<std::size_t>(row)].sha.toStdString();
    record.approved = approved;
    record.note = note.toStdString();
    auto saved = store->saveRecord(record);
    if (!saved) {
        setError(QString::fromStdString(saved.error().message));
        return false;
    }
    setError({});
    session_->notifyLocalChange();
    reload();
    return true;
}

void PhotoListModel::setError(const QString& error) {
    if (error_ == error)
        return;
    error_ = error;
    emit errorChanged();
}

} // namespace custos::app
