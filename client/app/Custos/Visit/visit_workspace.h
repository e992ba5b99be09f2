#pragma once
// One visit as the monitor and the visit lead work on it: who, where and what state; its
// interviews, findings and recommendations; the facility's earlier recommendations to check;
// submission. Every write goes through the encrypted store and its outbox, like answers.

#include "custos/core/checklist.h"
#include "custos/core/records.h"
#include "custos/store/local_store.h"

#include "row_list_model.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <optional>

namespace custos::app {

/// The visit workspace behind the visit home, interview, findings and team screens.
class VisitWorkspace : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(custos::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString facilityName READ facilityName NOTIFY loaded)
    Q_PROPERTY(QString facilityId READ facilityId NOTIFY loaded)
    Q_PROPERTY(QString cycleName READ cycleName NOTIFY loaded)
    Q_PROPERTY(QString dates READ dates NOTIFY loaded)
    Q_PROPERTY(QString status READ status NOTIFY loaded)
    Q_PROPERTY(QString statusLabel READ statusLabel NOTIFY loaded)
    Q_PROPERTY(QString teamText READ teamText NOTIFY loaded)
    Q_PROPERTY(bool isLead READ isLead NOTIFY loaded)
    Q_PROPERTY(bool locked READ locked NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(custos::app::RowListModel* interviews READ interviews CONSTANT)
    Q_PROPERTY(custos::app::RowListModel* findings READ findings CONSTANT)
    Q_PROPERTY(custos::app::RowListModel* recommendations READ recommendations CONSTANT)
    Q_PROPERTY(custos::app::RowListModel* immediateObservations READ immediateObservations CONSTANT)
    Q_PROPERTY(
        custos::app::RowListModel* earlierRecommendations READ earlierRecommendations CONSTANT)

public:
    explicit VisitWorkspace(QObject* parent = nullptr);
    ~VisitWorkspace() override;

    [[nodiscard]] Session* session() const { return session_; }
    void setSession(Session* session);
    [[nodiscard]] QString visitId() const { return visitId_; }
    void setVisitId(const QString& visitId);
    [[nodiscard]] QString language() const { return language_; }
    void setLanguage(const QString& language);

    [[nodiscard]] QString facilityName() const;
    [[nodiscard]] QString facilityId() const;
    [[nodiscard]] QString cycleName() const;
    [[nodiscard]] QString dates() const;
    [[nodiscard]] QString status() const;
    [[nodiscard]] QString statusLabel() const;
    [[nodiscard]] QString teamText() const;
    [[nodiscard]] bool isLead() const { return isLead_; }
    [[nodiscard]] bool locked() const;
    [[nodiscard]] QString error() const { return error_; }
    [[nodiscard]] RowListModel* interviews() const { return interviews_; }
    [[nodiscard]] RowListModel* findings() const { return findings_; }
    [[nodiscard]] RowListModel* recommendations() const { return recommendations_; }
    [[nodiscard]] RowListModel* immediateObservations() const { return immediate_; }
    [[nodiscard]] RowListModel* earlierRecommendations() const { return earlier_; }

    /// Keys and translated labels of a closed list: "severity", "consent", "interviewKind",
    /// "priority", "recommendationStatus", "source", "perpetrator", "allegationType".
    Q_INVOKABLE QVariantList choices(const QString& list) const;
    /// The same lists for other screens (the coordinators' review), without a workspace.
    [[nodiscard]] static QVariantList choiceList(const QString& list);
    /// The label of one key of a list; the key itself when unknown.
    [[nodiscard]] static QString choiceLabel(const QString& list, const std::string& key);
    /// The checklist's sections as finding themes: [{key, title, rules: [int]}].
    Q_INVOKABLE QVariantList themes() const;
    /// What a finding can rest on: answered items and interviews, [{id, kind, label}].
    Q_INVOKABLE QVariantList evidenceChoices() const;

    /// The latest version of an interview with every field (content included: the editor
    /// hides it until asked). Empty map when unknown.
    Q_INVOKABLE QVariantMap interview(const QString& id) const;
    /// Saves an interview (new when `id` is empty). Consent must be chosen first. Returns the
    /// interview's id, or "" with `error` set.
    Q_INVOKABLE QString saveInterview(const QVariantMap& fields);
    Q_INVOKABLE QVariantMap finding(const QString& id) const;
    Q_INVOKABLE QString saveFinding(const QVariantMap& fields);
    Q_INVOKABLE QVariantMap recommendation(const QString& id) const;
    Q_INVOKABLE QString saveRecommendation(const QVariantMap& fields);
    /// Records, during this visit, where an earlier (or this visit's) recommendation stands.
    Q_INVOKABLE bool updateRecommendation(const QString& recommendationId, const QString& status,
                                          const QString& evidence);
    /// The lead submits the visit; monitors can no longer change it once the server accepts.
    Q_INVOKABLE bool submitVisit();
    /// The immediate observations as numbered plain text, for the final talk with management.
    Q_INVOKABLE QString immediateObservationsText() const;
    /// Re-reads everything from the store.
    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void visitIdChanged();
    void languageChanged();
    void loaded();
    void errorChanged();

private:
    void setError(const QString& error);
    [[nodiscard]] bool canWrite();
    /// Saves through the store's outbox; returns the record's id or "" (error set).
    QString store(VisitRecord record);
    [[nodiscard]] QString authorName(const std::string& userId) const;
    [[nodiscard]] QString label(const QString& list, const std::string& key) const;
    void rebuildRecordRows();
    void rebuildEarlierRows(const std::vector<VisitRecord>& facilityRecords);
    template <typename T> [[nodiscard]] const T* latest(const QString& id) const;

    QPointer<Session> session_;
    QString visitId_;
    QString language_ = QStringLiteral("en");
    QString error_;
    std::optional<store::VisitSummary> summary_;
    std::optional<ChecklistTemplate> checklist_;
    bool isLead_ = false;
    std::optional<VisitStatus> requestedStatus_; ///< a submission not yet confirmed by sync
    std::map<std::string, VisitRecord> current_; ///< latest version of each record of the visit
    /// Author and HLC of each record's first version (its creator keeps an author's rights).
    std::map<std::string, std::pair<std::string, Hlc>> creators_;
    [[nodiscard]] std::string creatorOf(const std::string& recordId) const;
    [[nodiscard]] bool mayEdit(const std::string& recordId) const;
    RowListModel* interviews_;
    RowListModel* findings_;
    RowListModel* recommendations_;
    RowListModel* immediate_;
    RowListModel* earlier_;
};

} // namespace custos::app
