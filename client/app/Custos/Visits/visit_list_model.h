#pragma once
// The visits assigned to the monitor, as the visit list shows them.

#include "custos/store/local_store.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "session.h"

namespace custos::app {

/// List model of assigned visits; reloads whenever the session's data changes.
class VisitListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(custos::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        VisitIdRole = Qt::UserRole + 1,
        FacilityNameRole,
        FacilityTypeRole,
        CycleNameRole,
        DatesRole,
        StatusRole,
        AnsweredRole,
        TotalRole,
        FlagsRole,       ///< threshold flags the current answers raise
        StatusLabelRole, ///< the status in words, translated
    };

    explicit VisitListModel(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return session_; }
    void setSession(Session* session);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Re-reads the visits from the store.
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void countChanged();

private:
    QPointer<Session> session_;
    std::vector<store::VisitSummary> visits_;
};

} // namespace custos::app
