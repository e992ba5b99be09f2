#pragma once
// The monitor's session: the encrypted store's life (create, unlock, lock, re-key) and the
// device's enrolment. One instance, owned by the composition root, shared with QML.

#include "custos/store/local_store.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace custos::app {

/// Why something could not be saved, in words a monitor can act on (the one place that maps
/// store errors to what the screens say).
[[nodiscard]] QString describeWriteFailure(const Error& error);

/// Where the app keeps its data and whom it trusts; set from the command line.
struct SessionConfig {
    QString dataDir;          ///< folder of the encrypted database
    QString defaultServer;    ///< pre-filled server address on the enrolment screen
    QString caCertificatePem; ///< trust anchor for the server; empty = system roots
    QString defaultCode;      ///< pre-filled enrolment code (demo and kiosk setups)
};

/// Session state machine: FirstRun -> (create) -> NeedsEnrolment -> (enrol) -> Ready;
/// Ready/NeedsEnrolment -> (lock) -> Locked -> (unlock) -> NeedsEnrolment or Ready.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int retryDelaySeconds READ retryDelaySeconds NOTIFY errorChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY stateChanged)
    Q_PROPERTY(QString organisation READ organisation NOTIFY stateChanged)
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY stateChanged)
    Q_PROPERTY(QString defaultServer READ defaultServer CONSTANT)
    Q_PROPERTY(QString defaultCode READ defaultCode CONSTANT)
    Q_PROPERTY(QString userId READ userId NOTIFY stateChanged)
    /// "monitor", "coordinator" or "admin": which screens the app opens with.
    Q_PROPERTY(QString role READ role NOTIFY stateChanged)
    Q_PROPERTY(int autoLockSeconds READ autoLockSeconds WRITE setAutoLockSeconds NOTIFY
                   autoLockSecondsChanged)

public:
    enum class State { FirstRun, Locked, NeedsEnrolment, Ready };
    Q_ENUM(State)

    /// Minimum passphrase length; the key is only as strong as the passphrase.
    static constexpr int kMinPassphraseLength = 10;

    explicit Session(SessionConfig config, QObject* parent = nullptr);
    ~Session() override;

    /// QML singleton factory: hands QML the instance the composition root made.
    static Session* create(QQmlEngine*, QJSEngine*);
    /// Called by the composition root before QML first asks for the singleton.
    static void setInstance(Session* session);
    /// The instance the composition root made (nullptr before), for C++ helpers of screens.
    [[nodiscard]] static Session* instance();

    [[nodiscard]] State state() const { return state_; }
    [[nodiscard]] QString error() const { return error_; }
    [[nodiscard]] bool busy() const { return busy_; }
    [[nodiscard]] int retryDelaySeconds() const;
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString organisation() const;
    [[nodiscard]] QString serverAddress() const;
    [[nodiscard]] QString defaultServer() const { return config_.defaultServer; }
    [[nodiscard]] QString defaultCode() const { return config_.defaultCode; }
    [[nodiscard]] QString userId() const;
    [[nodiscard]] QString role() const;
    /// The enrolment (server, CA, credential) while unlocked, for calls made outside sync
    /// (the coordinators' review). Never exposed to QML: it holds the credential.
    [[nodiscard]] std::optional<store::Enrolment> enrolment() const { return enrolment_; }
    /// Idle time after which the store is locked (0 = never; default 5 minutes).
    [[nodiscard]] int autoLockSeconds() const { return autoLockSeconds_; }
    void setAutoLockSeconds(int seconds);

    /// Plain-words advice on a candidate passphrase (empty when it is acceptable).
    Q_INVOKABLE QString passphraseAdvice(const QString& passphrase) const;
    /// First run: creates the encrypted database under a new passphrase.
    Q_INVOKABLE void createStore(const QString& passphrase, const QString& confirmation);
    /// Opens the database; a wrong passphrase costs a growing delay before the next try.
    Q_INVOKABLE void unlock(const QString& passphrase);
    /// Closes the database and forgets the key.
    Q_INVOKABLE void lock();
    /// Re-keys the database: checks the current passphrase, then re-encrypts every page under
    /// the new one. Returns true on success; otherwise `error` says why and nothing changed.
    Q_INVOKABLE bool changePassphrase(const QString& current, const QString& next,
                                      const QString& confirmation);
    /// Exchanges a one-time code for a device credential (runs off the UI thread).
    Q_INVOKABLE void enrol(const QString& serverAddress, const QString& code);
    /// Tells views that stored data changed (after a sync pulled changes).
    Q_INVOKABLE void notifyDataChanged() { emit dataChanged(); }
    /// Tells sync that something was written locally (the outbox grew).
    void notifyLocalChange() { emit localChange(); }

    /// The open store, or nullptr while locked.
    [[nodiscard]] store::LocalStore* store() const { return store_.get(); }
    [[nodiscard]] QString databasePath() const;

public slots:
    /// Locks when the app goes to the background (hidden or suspended).
    void applicationStateChanged(Qt::ApplicationState state);

signals:
    void stateChanged();
    void autoLockSecondsChanged();
    /// The session locked itself (idle time or the app went to the background).
    void autoLocked();
    void errorChanged();
    void busyChanged();
    /// The store was opened (true) or closed (false).
    void storeAvailabilityChanged(bool available);
    void dataChanged();
    void localChange();

protected:
    /// Any input restarts the idle timer.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setState(State state);
    void restartIdleTimer();
    void autoLock();
    void setError(const QString& error);
    void setBusy(bool busy);
    void afterOpen();

    SessionConfig config_;
    State state_ = State::FirstRun;
    QString error_;
    bool busy_ = false;
    std::unique_ptr<store::LocalStore> store_;
    std::optional<store::Enrolment> enrolment_;
    int failedUnlocks_ = 0;
    QElapsedTimer sinceFailure_;
    int autoLockSeconds_ = 5 * 60;
    QTimer* idleTimer_ = nullptr;
};

} // namespace custos::app
