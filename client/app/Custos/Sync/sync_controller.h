#pragma once
// Background sync as QML sees it: state, queue length, last success, errors in plain words.

#include "custos/sync/sync_engine.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace custos::app {

class Session;

/// Runs a SyncWorker while the session is unlocked and enrolled. Never blocks the UI.
class SyncController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(int pendingOps READ pendingOps NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString lastSuccess READ lastSuccess NOTIFY changed)
    Q_PROPERTY(qint64 lastSuccessMs READ lastSuccessMs NOTIFY changed)
    Q_PROPERTY(int rounds READ rounds NOTIFY changed)
    /// What the running round is doing, in words ("Sending changes", ...).
    Q_PROPERTY(QString step READ step NOTIFY changed)
    /// 0..1 through the current step, or -1 when its size is not known yet.
    Q_PROPERTY(double progress READ progress NOTIFY changed)

public:
    explicit SyncController(Session& session, QObject* parent = nullptr);
    ~SyncController() override;

    static SyncController* create(QQmlEngine*, QJSEngine*);
    static void setInstance(SyncController* controller);

    [[nodiscard]] bool running() const { return status_.running; }
    [[nodiscard]] int pendingOps() const { return static_cast<int>(status_.pendingOps); }
    [[nodiscard]] QString lastError() const { return QString::fromStdString(status_.lastError); }
    [[nodiscard]] QString lastSuccess() const;
    [[nodiscard]] qint64 lastSuccessMs() const { return status_.lastSuccessMs; }
    [[nodiscard]] int rounds() const { return rounds_; }
    [[nodiscard]] QString step() const;
    [[nodiscard]] double progress() const;

    /// Starts a sync round now (if enrolled and unlocked).
    Q_INVOKABLE void syncNow();
    /// Automatic sync period in seconds (0 = only on demand).
    Q_INVOKABLE void setIntervalSeconds(int seconds);

signals:
    void changed();

private:
    void restart();
    void onStatus(const sync::SyncStatus& status);
    void refreshPending();

    Session& session_;
    std::unique_ptr<sync::SyncWorker> worker_;
    sync::SyncStatus status_;
    int rounds_ = 0;
    int intervalSeconds_ = 60;
};

} // namespace custos::app
