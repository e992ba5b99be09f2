#pragma once
// The coordinators' review mode talks to the server directly (it is online by nature: the
// figures are aggregated there over every team's data). One ReviewClient per screen: it runs
// the screen's call off the UI thread and publishes the answer as plain QML data in `result`.
// Changes a coordinator makes (a recommendation's status, marking a visit reviewed) are not
// calls: they are records written to the encrypted store and synced like any other change, so
// they are audited and survive a lost connection.

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace custos::app {

class CallsInFlight;
class Session;
struct ReviewConnection;

class ReviewClient : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// What went wrong with the last call, in words a coordinator can act on; empty when fine.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// The last answer (the shape depends on the call; see docs/ARCHITECTURE.md "Review").
    Q_PROPERTY(QVariantMap result READ result NOTIFY resultChanged)
    /// Milliseconds from the request to `result` being ready (shown in the footer; benchmarks).
    Q_PROPERTY(double lastLoadMs READ lastLoadMs NOTIFY resultChanged)
    /// Language of theme titles and indicator labels ("en", "fr"...).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit ReviewClient(QObject* parent = nullptr);
    ~ReviewClient() override;

    [[nodiscard]] bool busy() const { return pending_ > 0; }
    [[nodiscard]] QString error() const { return error_; }
    [[nodiscard]] QVariantMap result() const { return result_; }
    [[nodiscard]] double lastLoadMs() const { return lastLoadMs_; }
    [[nodiscard]] QString language() const { return language_; }
    void setLanguage(const QString& language);

    /// The cycles this device knows (from sync), latest first: [{id, name, period}].
    Q_INVOKABLE QVariantList cycles() const;
    /// The facilities this device knows, by name: [{id, name}].
    Q_INVOKABLE QVariantList facilities() const;
    /// The labelled choices of a list ("recommendationStatus", "priority", "severity"...), the
    /// same the visit screens use: [{key, label}].
    Q_INVOKABLE QVariantList choices(const QString& list) const;
    /// Facility types for filters: [{key (the wire number), label}], "All types" first.
    Q_INVOKABLE QVariantList facilityTypes() const;

    /// Every facility of a cycle with its figures. sortBy: name, region, non_compliant_themes,
    /// urgent_findings, flags, completion or indicator:<key>. facilityType 0 = all.
    Q_INVOKABLE void loadOverview(const QString& cycleId, const QString& sortBy, bool descending,
                                  int facilityType, const QString& region);
    /// One facility across cycles, oldest first.
    Q_INVOKABLE void loadTrend(const QString& facilityId);
    /// The organisation's recommendations with their history. filter keys: facilityId,
    /// cycleId, addressee, priority, status, overdueOnly.
    Q_INVOKABLE void loadFollowUp(const QVariantMap& filter);

    /// One visit's findings, recommendations and flagged answers with their evidence.
    Q_INVOKABLE void loadDossier(const QString& visitId);
    /// Marks a submitted visit reviewed (a VisitStatusChange through the outbox). Returns an
    /// empty string, or why it could not be recorded.
    Q_INVOKABLE QString markReviewed(const QString& visitId);
    /// Renders the visit report (PDF) in "en" or "fr" into `folder` (empty: the Documents
    /// folder's "Custos reports"); `result` then holds {reportPath, bytes}. The PDF is not
    /// encrypted: it is a document for the authorities, saved only when asked for.
    Q_INVOKABLE void saveReport(const QString& visitId, const QString& language,
                                const QString& folder = QString());
    /// True while this device holds a review of the visit the server has not confirmed.
    Q_INVOKABLE bool reviewPending(const QString& visitId) const;

    /// Records a new status of a recommendation with its evidence (a RecommendationUpdate
    /// through the outbox). Returns an empty string, or why it could not be recorded.
    Q_INVOKABLE QString changeRecommendationStatus(const QString& recommendationId,
                                                   const QString& status, const QString& evidence);
    /// Status changes recorded here that the server has not confirmed yet: {recommendationId:
    /// statusKey}.
    Q_INVOKABLE QVariantMap pendingRecommendationStatuses() const;

protected:
    /// Follows a language change of the app: titles and labels are made in C++ from the
    /// answer, so the screen's last call is made again in the new language.
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void busyChanged();
    void errorChanged();
    void resultChanged();
    void languageChanged();

private:
    using Call = std::function<QVariantMap(ReviewConnection&, QString& error)>;
    /// Runs the call on this client's own threads; the newest request wins (a stale answer is
    /// dropped). A view's call (not a report being saved) is kept to be made again after a language
    /// change.
    void run(Call call, bool view = true);
    void setError(const QString& error);
    [[nodiscard]] Session* session() const;

    QVariantMap result_;
    QString error_;
    QString language_;
    double lastLoadMs_ = 0;
    int pending_ = 0;
    quint64 generation_ = 0;
    std::shared_ptr<ReviewConnection> connection_;
    Call lastView_;
    /// Every call this screen made, whichever connection made it: cancelled when it closes.
    std::shared_ptr<CallsInFlight> calls_;
    /// This screen's calls run here, not on Qt's global pool: closing the screen cancels its
    /// calls in flight, then waits for its threads, so no TLS call or thread of ours outlives
    /// the screen (nor the application, whose exit tears down OpenSSL; an ASan run twice
    /// reported OpenSSL memory as leaked at exit). Last member: destroyed first.
    QThreadPool pool_;
};

} // namespace custos::app
