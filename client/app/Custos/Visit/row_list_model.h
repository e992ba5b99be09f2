#pragma once
// A list model over rows of named values, for views whose rows a controller computes (visit
// records, earlier recommendations). Roles are fixed when the model is made, so QML delegates
// can declare them as required properties.

#include <QAbstractListModel>
#include <QByteArrayList>
#include <QVariantMap>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace custos::app {

/// Rows are QVariantMaps; each role name is a key. Missing keys read as invalid QVariants.
class RowListModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Rows come from a controller such as VisitWorkspace.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RowListModel(QByteArrayList roles, QObject* parent = nullptr);

    [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Replaces every row (views reset; rows are few and change rarely).
    void setRows(QVector<QVariantMap> rows);
    [[nodiscard]] const QVector<QVariantMap>& rows() const { return rows_; }
    /// The row as a map, for QML (an empty map when out of range).
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    QByteArrayList roles_;
    QVector<QVariantMap> rows_;
};

} // namespace custos::app
