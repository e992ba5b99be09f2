#pragma once
// One visit's checklist as a flat list of section headers and items, with current answers.

#include "custos/core/checklist.h"
#include "custos/core/observation.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "session.h"

#include <map>

namespace custos::app {



/// Rows are section headers followed by their items; answering autosaves at once.
class ChecklistModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(custos::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString facilityName READ facilityName NOTIFY loaded)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        IsSectionRole = Qt::UserRole + 1,
        KeyRole,
        TextRole,       ///< section title or item prompt
        GuidanceRole,
        RulesRole,      ///< "Rules 14, 15"
        ItemTypeRole,   ///< yes_no, number, count, text ...
        UnitRole,
        AnswerRole,     ///< answer code for yes/no items, else the value as text
        NoteRole,
    };

    explicit ChecklistModel(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return session_; }
    void setSession(Session* session);
    [[nodiscard]] QString visitId() const { return visitId_; }
    void setVisitId(const QString& visitId);
    [[nodiscard]] QString language() const { return language_; }
    void setLanguage(const QString& language);
    [[nodiscard]] QString title() const { return title_; }
    [[nodiscard]] QString facilityName() const { return facilityName_; }
    [[nodiscard]] int answeredCount() const;
    [[nodiscard]] int itemCount() const { return static_cast<int>(itemRows_); }
    [[nodiscard]] QString error() const { return error_; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Records an answer for the item in `row` and saves it at once. For yes/no items `value`
    /// is an answer code (yes, no, partial, not_applicable, not_verified); for number and
    /// count items a number; otherwise text. Returns false (and sets error) if it failed.
    Q_INVOKABLE bool answer(int row, const QString& value);
    /// Re-reads template and answers from the store.
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void visitIdChanged();
    void languageChanged();
    void loaded();
    void answersChanged();
    void errorChanged();

private:
    struct Row {
        const ChecklistSection* section = nullptr;
        const ChecklistItem* item = nullptr;
    };
    void reloadAnswers();
    void setError(const QString& error);

    QPointer<Session> session_;
    QString visitId_;
    QString language_ = QStringLiteral("en");
    QString title_;
    QString facilityName_;
    QString error_;
    ChecklistTemplate checklist_;
    std::vector<Row> rows_;
    std::size_t itemRows_ = 0;
    std::map<std::string, Observation> answers_;
};

} // namespace custos::app
