#include "sync_controller.h"

#include "session.h"

#include <QDateTime>
#include <QJSEngine>
#include <QLocale>

namespace custos::app {
namespace {
SyncController* g_instance = nullptr;
}

SyncController::SyncController(Session& session, QObject* parent)
    : QObject(parent), session_(session) {
    connect(&session_, &Session::stateChanged, this, &SyncController::restart);
    // Locking closes the store right after this signal: the worker must stop using it first
    // (the state change that restarts sync comes only after the store is gone).
    connect(&session_, &Session::storeAvailabilityChanged, this, [this](bool available) {
        if (!available)
            worker_.reset();
    });
    connect(&session_, &Session::dataChanged, this, &SyncController::refreshPending);
    connect(&session_, &Session::localChange, this, &SyncController::refreshPending);
    restart();
}

SyncController::~SyncController() {
    worker_.reset();
}

SyncController* SyncController::create(QQmlEngine*, QJSEngine*) {
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void SyncController::setInstance(SyncController* controller) {
    g_instance = controller;
}

QString SyncController::lastSuccess() const {
    if (status_.lastSuccessMs == 0)
        return tr("never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(status_.lastSuccessMs),
                              QLocale::ShortFormat);
}

void SyncController::restart() {
    // The worker must be gone before the store it uses closes.
    worker_.reset();
    status_ = {};
    if (session_.state() == Session::State::Ready && session_.store()) {
        QPointer<SyncController> self(this);
        worker_ = std::make_unique<sync::SyncWorker>(*session_.store(),
                                                     [self](const sync::SyncStatus& status) {
                                                         // Called on the worker thread: hand over
                                                         // to the UI thread.
                                                         QMetaObject::invokeMethod(
                                                             self,
                                                             [self, status] {
                                                                 if (self)
                                                                     self->onStatus(status);
                                                             },
                                                             Qt::QueuedConnection);
                                                     });
        worker_->setInterval(std::chrono::seconds(intervalSeconds_));
        refreshPending();
        worker_->requestSync();
    }
    emit changed();
}

void SyncController::refreshPending() {
    if (auto* store = session_.store())
        if (auto state = store->syncState()) {
            status_.pendingOps = state->pendingOps;
            status_.lastSuccessMs = state->lastSuccessMs;
            emit changed();
        }
}

void SyncController::onStatus(const sync::SyncStatus& status) {
    const bool finishedRound = status_.running && !status.running;
    status_ = status;
    if (finishedRound) {
        ++rounds_;
        if (status.lastError.empty() && status.lastReport.pulled > 0)
            session_.notifyDataChanged();
    }
    emit changed();
}

QString SyncController::step() const {
    if (!status_.running)
        return {};
    switch (status_.progress.step) {
    case sync::SyncProgress::Step::Sending:
        return tr("Sending changes");
    case sync::SyncProgress::Step::SendingPhotos:
        return tr("Sending photos");
    case sync::SyncProgress::Step::Receiving:
        return tr("Receiving the team's changes");
    case sync::SyncProgress::Step::ReceivingPhotos:
        return tr("Receiving photos");
    }
    return {};
}

double SyncController::progress() const {
    const auto& p = status_.progress;
    if (!status_.running || p.total <= 0)
        return -1;
    return std::clamp(static_cast<double>(p.done) / static_cast<double>(p.total), 0.0, 1.0);
}

void SyncController::syncNow() {
    if (worker_)
        worker_->requestSync();
}

void SyncController::setIntervalSeconds(int seconds) {
    intervalSeconds_ = std::max(0, seconds);
    if (worker_)
        worker_->setInterval(std::chrono::seconds(intervalSeconds_));
}

} // namespace custos::app
