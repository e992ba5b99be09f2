#include "visit_list_model.h"

#include "session.h"

#include <QDate>
#include <QLocale>

namespace custos::app {

VisitListModel::VisitListModel(QObject* parent) : QAbstractListModel(parent) {}

void VisitListModel::setSession(Session* session) {
    if (session_ == session)
        return;
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_) {
        connect(session_, &Session::dataChanged, this, &VisitListModel::reload);
        // Closing: forget every visit at once (names and dates must not stay in memory while
        // locked); the store is still open during this signal, so reading it would refill.
        connect(session_, &Session::storeAvailabilityChanged, this, [this](bool available) {
            if (available) {
                reload();
                return;
            }
            beginResetModel();
            visits_.clear();
            endResetModel();
            emit countChanged();
        });
    }
    emit sessionChanged();
    reload();
}

void VisitListModel::reload() {
    beginResetModel();
    visits_.clear();
    if (session_ && session_->store())
        if (auto visits = session_->store()->visits())
            visits_ = std::move(visits.value());
    endResetModel();
    emit countChanged();
}

int VisitListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(visits_.size());
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& v = visits_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case FacilityNameRole:
        return QString::fromStdString(v.facility.name);
    case VisitIdRole:
        return QString::fromStdString(v.visit.id);
    case FacilityTypeRole:
        return QString::fromUtf8(toString(v.facility.type).data());
    case CycleNameRole:
        return QString::fromStdString(v.cycleName);
    case DatesRole: {
        // Dates as the monitor's language writes them (the visit home does the same).
        const auto shown = [](const std::string& iso) {
            const auto date = QDate::fromString(QString::fromStdString(iso), Qt::ISODate);
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat)
                                  : QString::fromStdString(iso);
        };
        return v.visit.endDate.empty() || v.visit.endDate == v.visit.startDate
                   ? shown(v.visit.startDate)
                   : tr("%1 – %2").arg(shown(v.visit.startDate), shown(v.visit.endDate));
    }
    case StatusRole:
        return QString::fromUtf8(toString(v.visit.status).data());
    case AnsweredRole:
        return v.answeredItems;
    case TotalRole:
        return v.totalItems;
    case FlagsRole:
        return v.flagCount;
    case StatusLabelRole:
        switch (v.visit.status) {
        case VisitStatus::Planned:
            return tr("planned");
        case VisitStatus::InProgress:
            return tr("in progress");
        case VisitStatus::Submitted:
            return tr("submitted");
        case VisitStatus::Reviewed:
            return tr("reviewed");
        }
        return {};
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitListModel::roleNames() const {
    return {{VisitIdRole, "visitId"},
            {FacilityNameRole, "facilityName"},
            {FacilityTypeRole, "facilityType"},
            {CycleNameRole, "cycleName"},
            {DatesRole, "dates"},
            {StatusRole, "status"},
            {AnsweredRole, "answered"},
            {TotalRole, "total"},
            {FlagsRole, "flags"},
            {StatusLabelRole, "statusLabel"}};
}

} // namespace custos::app
