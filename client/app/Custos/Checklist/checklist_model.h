#pragma once
// One visit's checklist as a flat list: section headers, the items that apply to this facility
// and these answers, and the section's derived indicators; flags are recomputed on every answer.

#include "custos/core/answer_resolution.h"
#include "custos/core/checklist_engine.h"
#include "custos/core/observation.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "session.h"

#include <map>
#include <memory>

namespace custos::app {

/// Rows are sections, items and indicators; answering autosaves at once.
class ChecklistModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(custos::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString facilityName READ facilityName NOTIFY loaded)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY answersChanged)
    Q_PROPERTY(int flagCount READ flagCount NOTIFY answersChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// Shows only this section's items (empty = the whole checklist).
    Q_PROPERTY(QString sectionKey READ sectionKey WRITE setSectionKey NOTIFY sectionKeyChanged)
    Q_PROPERTY(QString sectionTitle READ sectionTitle NOTIFY loaded)
    /// The enrolled user leads this visit's team (reconciles, submits).
    Q_PROPERTY(bool isLead READ isLead NOTIFY loaded)
    /// The visit was submitted: answers can no longer be changed on the tablet.
    Q_PROPERTY(bool locked READ locked NOTIFY loaded)
    Q_PROPERTY(int divergentCount READ divergentCount NOTIFY answersChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "section", "item", "indicator" or "earlier"
        KeyRole,
        TextRole, ///< section title, item prompt or indicator label
        GuidanceRole,
        RulesRole,    ///< "Rules 14, 15"
        ItemTypeRole, ///< yes_no, number, count, duration, date, single_choice ...
        UnitRole,     ///< display unit, e.g. "m²"
        AnswerRole,   ///< code, number or text as text; choice keys joined by ","
        NoteRole,
        ChoicesRole, ///< [{key, label}] for choice items
        FlagsRole,   ///< [{message, severity, source}] raised by the current answer
        ValueRole,   ///< indicator value with unit, or "" when it cannot be computed
        IsSectionRole,
        SourceRole,    ///< observed, detainee, staff, document, third_party
        DivergentRole, ///< team members' latest answers differ
        CompetingRole, ///< [{observationId, value, author, time, note, source, standing}]
        SettledRole,   ///< the lead's reconciliation note, when the item was reconciled
    };

    explicit ChecklistModel(QObject* parent = nullptr);
    ~ChecklistModel() override;

    [[nodiscard]] Session* session() const { return session_; }
    void setSession(Session* session);
    [[nodiscard]] QString visitId() const { return visitId_; }
    void setVisitId(const QString& visitId);
    [[nodiscard]] QString language() const { return language_; }
    void setLanguage(const QString& language);
    [[nodiscard]] QString title() const { return title_; }
    [[nodiscard]] QString facilityName() const { return facilityName_; }
    [[nodiscard]] int answeredCount() const;
    [[nodiscard]] int itemCount() const;
    [[nodiscard]] int flagCount() const { return static_cast<int>(flagCount_); }
    [[nodiscard]] QString error() const { return error_; }
    [[nodiscard]] QString sectionKey() const { return sectionKey_; }
    void setSectionKey(const QString& key);
    [[nodiscard]] QString sectionTitle() const;
    [[nodiscard]] bool isLead() const { return isLead_; }
    [[nodiscard]] bool locked() const { return locked_; }
    [[nodiscard]] int divergentCount() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Records an answer for the item in `row` and saves it at once. `value` is an answer code
    /// for yes/no items, a number for numbers, counts and durations, an ISO date, a choice key,
    /// choice keys joined by "," for multiple choice, or text. Empty clears the answer.
    Q_INVOKABLE bool answer(int row, const QString& value);
    /// True when `value` is a complete, valid answer for the item in `row` (autosave while
    /// typing saves only such values; finishing the field reports what is wrong).
    Q_INVOKABLE bool canAccept(int row, const QString& value) const;
    /// The flags the value would raise, without saving it (inline warnings while typing).
    Q_INVOKABLE QVariantList previewFlags(int row, const QString& value) const;
    /// Saves a note on the item's answer (a new observation keeping the value and source).
    Q_INVOKABLE bool setNote(int row, const QString& note);
    /// Saves where the answer came from: observed, detainee, staff, document, third_party.
    Q_INVOKABLE bool setSource(int row, const QString& source);
    /// The visit lead's choice among divergent answers: `observationId` stands from now on.
    Q_INVOKABLE bool reconcile(int row, const QString& observationId, const QString& note);
    /// Per section of the whole checklist (whatever the filter): {key, title, rules, answered,
    /// total, flags, divergent}; sections that do not apply to this facility are left out.
    Q_INVOKABLE QVariantList sectionSummaries() const;
    /// Items whose team answers diverge, whatever the filter:
    /// [{row, key, text, section, competing, settled}] (`row` is for reconcile()).
    Q_INVOKABLE QVariantList divergentItems() const;
    /// A section's answers and indicator values as [{label, value}] (the population snapshot
    /// on the visit home); unanswered items are left out.
    Q_INVOKABLE QVariantList sectionFacts(const QString& sectionKey) const;
    /// Re-reads template and answers from the store.
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void visitIdChanged();
    void languageChanged();
    void loaded();
    void answersChanged();
    void errorChanged();
    void sectionKeyChanged();

private:
    struct Row {
        const ChecklistSection* section = nullptr;
        const ChecklistItem* item = nullptr;
        const Indicator* indicator = nullptr;
        int earlier = -1; ///< index into earlier_, or -2 for the "earlier version" header
    };
    void applyMigration();
    void rebuildRows();
    void recomputeFlags();
    void reloadAnswers();
    void setError(const QString& error);
    [[nodiscard]] Result<AnswerValue> parse(const ChecklistItem& item, const QString& value) const;
    [[nodiscard]] Answers currentValues() const;
    [[nodiscard]] QVariantList toVariant(const std::vector<Flag>& flags) const;
    /// Records a new observation for an item (value, note and source); every edit path ends here.
    bool save(const ChecklistItem& item, AnswerValue value, const std::string& note,
              SourceTag source);
    [[nodiscard]] const ChecklistItem* itemAt(int row) const;
    [[nodiscard]] QString authorName(const std::string& userId) const;
    [[nodiscard]] QVariantList competingAnswers(const std::string& itemKey) const;
    /// Re-reads answers, divergence and the visit's team and status.
    void readAnswers();

    QPointer<Session> session_;
    QString visitId_;
    QString language_ = QStringLiteral("en");
    QString title_;
    QString facilityName_;
    QString error_;
    std::unique_ptr<ChecklistEngine> engine_;
    FacilityProfile facility_;
    std::vector<Row> rows_;
    QString sectionKey_;
    bool isLead_ = false;
    bool locked_ = false;
    std::vector<TeamMember> team_;
    std::map<std::string, ResolvedAnswer> resolved_; ///< by stored item key
    std::map<std::string, Observation> stored_;      ///< standing observation per stored item key
    std::map<std::string, Observation> answers_;     ///< by the current version's item keys
    std::vector<EarlierAnswer> earlier_;             ///< kept from earlier checklist versions
    std::map<std::string, std::vector<Flag>> flagsByKey_;
    std::map<std::string, double> indicatorValues_;
    std::size_t flagCount_ = 0;
};

} // namespace custos::app
