#pragma once
// The photos of one photo item: its answer (comma-joined SHA-256s) as rows with what the store
// knows of each (held here, shows people, the lead's approval).

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "session.h"

namespace custos::app {

class PhotoListModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(custos::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    /// The item's answer: SHA-256s joined by ",".
    Q_PROPERTY(QString answer READ answer WRITE setAnswer NOTIFY answerChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Photos of people still waiting for the lead's decision.
    Q_PROPERTY(int awaitingCount READ awaitingCount NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        ShaRole = Qt::UserRole + 1,
        SourceRole,      ///< image://custosphoto/<sha> (empty while not held here)
        HeldRole,        ///< the bytes are on this device (a team member's may still come)
        ShowsPeopleRole, ///< needs the lead's approval
        ApprovalRole,    ///< "not_needed", "awaiting", "approved", "refused" or "unknown"
        NoteRole,        ///< the lead's note with the latest review
    };

    explicit PhotoListModel(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return session_; }
    void setSession(Session* session);
    [[nodiscard]] QString visitId() const { return visitId_; }
    void setVisitId(const QString& visitId);
    [[nodiscard]] QString answer() const { return hashes_.join(QLatin1Char(',')); }
    void setAnswer(const QString& answer);
    [[nodiscard]] int awaitingCount() const;
    [[nodiscard]] QString error() const { return error_; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void classBegin() override;
    void componentComplete() override;

    /// The answer with this photo added (kept once).
    Q_INVOKABLE QString withPhoto(const QString& sha256) const;
    /// The answer without the photo of this row.
    Q_INVOKABLE QString withoutPhoto(int row) const;
    /// The lead's decision on a photo of people; synced as a PhotoReview record.
    Q_INVOKABLE bool review(int row, bool approved, const QString& note = {});
    /// Re-reads what the store knows (called on sync).
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void visitIdChanged();
    void answerChanged();
    void countChanged();
    void errorChanged();

private:
    struct Row {
        QString sha;
        bool held = false;
        bool showsPeople = false;
        QString approval = QStringLiteral("unknown");
        QString note;
    };
    void setError(const QString& error);

    QPointer<Session> session_;
    QString visitId_;
    QStringList hashes_;
    std::vector<Row> rows_;
    QString error_;
};

} // namespace custos::app
