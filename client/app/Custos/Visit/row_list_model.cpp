#include "row_list_model.h"

namespace custos::app {

RowListModel::RowListModel(QByteArrayList roles, QObject* parent)
    : QAbstractListModel(parent), roles_(std::move(roles)) {}

int RowListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant RowListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = rows_[index.row()];
    if (role == Qt::DisplayRole)
        return roles_.isEmpty() ? QVariant{} : row.value(QString::fromUtf8(roles_.first()));
    const int at = role - Qt::UserRole - 1;
    if (at < 0 || at >= roles_.size())
        return {};
    return row.value(QString::fromUtf8(roles_[at]));
}

QHash<int, QByteArray> RowListModel::roleNames() const {
    QHash<int, QByteArray> names;
    for (int i = 0; i < roles_.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, roles_[i]);
    return names;
}

void RowListModel::setRows(QVector<QVariantMap> rows) {
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

QVariantMap RowListModel::get(int row) const {
    return row >= 0 && row < rows_.size() ? rows_[row] : QVariantMap{};
}

} // namespace custos::app
