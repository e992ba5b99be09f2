#include "session.h"

#include "custos/sync/transport.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJSEngine>
#include <QPointer>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace custos::app {
namespace {

Session* g_instance = nullptr;

/// Seconds to wait after n failed unlocks: 0, 0, 2, 4, 8 ... capped at 5 minutes. Slows
/// guessing on a seized tablet without locking out a monitor who mistyped once or twice.
int delayAfterFailures(int failures) {
    if (failures < 2)
        return 0;
    return std::min(300, 1 << std::min(failures - 1, 9));
}

} // namespace

QString describeWriteFailure(const Error& error) {
    switch (error.code) {
    case ErrorCode::StorageFull:
        return Session::tr("The tablet's storage is full, so this was not saved. Everything "
                           "saved before is safe. Free some space (other apps' files, old "
                           "downloads), then enter it again.");
    case ErrorCode::Corrupt:
        return Session::tr("The encrypted database is damaged, so this was not saved. Sync as "
                           "soon as you can and tell your administrator.");
    default:
        return Session::tr("Not saved: %1").arg(QString::fromStdString(error.message));
    }
}

Session::Session(SessionConfig config, QObject* parent)
    : QObject(parent), config_(std::move(config)), idleTimer_(new QTimer(this)) {
    state_ = QFileInfo::exists(databasePath()) ? State::Locked : State::FirstRun;
    idleTimer_->setSingleShot(true);
    connect(idleTimer_, &QTimer::timeout, this, &Session::autoLock);
    if (auto* app = QCoreApplication::instance()) {
        app->installEventFilter(this);
        // A tablet app sent to the background may be looked at by anyone who picks it up.
        if (auto* gui = qobject_cast<QGuiApplication*>(app))
            connect(gui, &QGuiApplication::applicationStateChanged, this,
                    &Session::applicationStateChanged);
    }
}

Session::~Session() = default;

Session* Session::instance() {
    return g_instance;
}

Session* Session::create(QQmlEngine*, QJSEngine*) {
    // The composition root owns it; QML must not delete it.
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Session::setInstance(Session* session) {
    g_instance = session;
}

QString Session::databasePath() const {
    return QDir(config_.dataDir).filePath("custos.db");
}

int Session::retryDelaySeconds() const {
    const int delay = delayAfterFailures(failedUnlocks_);
    if (delay == 0 || !sinceFailure_.isValid())
        return 0;
    return std::max(0, delay - static_cast<int>(sinceFailure_.elapsed() / 1000));
}

QString Session::userId() const {
    return enrolment_ ? QString::fromStdString(enrolment_->userId) : QString{};
}

void Session::setAutoLockSeconds(int seconds) {
    seconds = std::max(0, seconds);
    if (autoLockSeconds_ == seconds)
        return;
    autoLockSeconds_ = seconds;
    emit autoLockSecondsChanged();
    restartIdleTimer();
}

void Session::restartIdleTimer() {
    if (store_ && autoLockSeconds_ > 0)
        idleTimer_->start(autoLockSeconds_ * 1000);
    else
        idleTimer_->stop();
}

bool Session::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (store_)
            restartIdleTimer();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Session::applicationStateChanged(Qt::ApplicationState state) {
    if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended)
        autoLock();
}

void Session::autoLock() {
    if (!store_)
        return;
    lock();
    emit autoLocked();
}

QString Session::role() const {
    return enrolment_ ? QString::fromStdString(std::string(toString(enrolment_->role))) : QString{};
}

QString Session::userName() const {
    return enrolment_ ? QString::fromStdString(enrolment_->userDisplayName) : QString{};
}
QString Session::organisation() const {
    return enrolment_ ? QString::fromStdString(enrolment_->organisationName) : QString{};
}
QString Session::serverAddress() const {
    return enrolment_ ? QString::fromStdString(enrolment_->serverAddress) : QString{};
}

QString Session::passphraseAdvice(const QString& passphrase) const {
    if (passphrase.size() < kMinPassphraseLength)
        return tr("Use at least %1 characters. A short sentence is easy to remember and hard "
                  "to guess.")
            .arg(kMinPassphraseLength);
    const auto distinct = [&] {
        QString seen;
        for (const QChar c : passphrase)
            if (!seen.contains(c))
                seen.append(c);
        return seen.size();
    }();
    if (distinct < 5)
        return tr("Too repetitive: mix more different letters, words or numbers.");
    return {};
}

void Session::setState(State state) {
    if (state_ == state)
        return;
    state_ = state;
    emit stateChanged();
}

void Session::setError(const QString& error) {
    error_ = error;
    emit errorChanged();
}

void Session::setBusy(bool busy) {
    if (busy_ == busy)
        return;
    busy_ = busy;
    emit busyChanged();
}

void Session::createStore(const QString& passphrase, const QString& confirmation) {
    if (state_ != State::FirstRun)
        return;
    if (const auto advice = passphraseAdvice(passphrase); !advice.isEmpty()) {
        setError(advice);
        return;
    }
    if (passphrase != confirmation) {
        setError(tr("The two passphrases are different. Type the same passphrase twice."));
        return;
    }
    QDir().mkpath(config_.dataDir);
    QFile::setPermissions(config_.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto opened = store::LocalStore::open(databasePath().toStdString(), passphrase.toStdString());
    if (!opened) {
        setError(tr("The encrypted database could not be created: %1")
                     .arg(QString::fromStdString(opened.error().message)));
        return;
    }
    store_ = std::move(opened.value());
    afterOpen();
}

void Session::unlock(const QString& passphrase) {
    if (state_ != State::Locked)
        return;
    if (const int wait = retryDelaySeconds(); wait > 0) {
        setError(
            tr("Too many wrong passphrases. Wait %n second(s) before trying again.", "", wait));
        return;
    }
    auto opened = store::LocalStore::open(databasePath().toStdString(), passphrase.toStdString());
    if (!opened) {
        if (opened.error().code == ErrorCode::WrongKey) {
            ++failedUnlocks_;
            sinceFailure_.start();
            const int wait = delayAfterFailures(failedUnlocks_);
            setError(wait > 0
                         ? tr("Wrong passphrase. Wait %n second(s) before trying again.", "", wait)
                         : tr("Wrong passphrase. Check it and try again; your data is "
                              "safe."));
        } else {
            setError(tr("The database could not be opened: %1")
                         .arg(QString::fromStdString(opened.error().message)));
        }
        return;
    }
    failedUnlocks_ = 0;
    store_ = std::move(opened.value());
    afterOpen();
}

void Session::afterOpen() {
    setError({});
    auto enrolment = store_->enrolment();
    enrolment_ = enrolment ? *enrolment : std::nullopt;
    emit storeAvailabilityChanged(true);
    restartIdleTimer();
    // The screens shown for the new state read the store as they are created; a dataChanged
    // here would make them read it twice (the visit list was half of the cold start).
    setState(enrolment_ ? State::Ready : State::NeedsEnrolment);
}

void Session::lock() {
    if (!store_)
        return;
    idleTimer_->stop();
    emit storeAvailabilityChanged(false);
    store_.reset();
    enrolment_.reset();
    setError({});
    setState(State::Locked);
}

bool Session::changePassphrase(const QString& current, const QString& next,
                               const QString& confirmation) {
    if (!store_)
        return false;
    if (const auto advice = passphraseAdvice(next); !advice.isEmpty()) {
        setError(advice);
        return false;
    }
    if (next != confirmation) {
        setError(tr("The two new passphrases are different. Type the same passphrase twice."));
        return false;
    }
    // Proving the current passphrase keeps a tablet left unlocked from being re-keyed by
    // whoever picks it up. A second read-only look at the file costs one key derivation.
    auto check = store::LocalStore::open(databasePath().toStdString(), current.toStdString());
    if (!check) {
        setError(check.error().code == ErrorCode::WrongKey
                     ? tr("The current passphrase is wrong. Nothing was changed.")
                     : tr("The database could not be checked: %1")
                           .arg(QString::fromStdString(check.error().message)));
        return false;
    }
    check.value().reset();
    if (auto rekeyed = store_->changePassphrase(next.toStdString()); !rekeyed.ok()) {
        setError(tr("The passphrase could not be changed; the old one still opens your data. %1")
                     .arg(QString::fromStdString(rekeyed.error().message)));
        return false;
    }
    setError({});
    return true;
}

void Session::enrol(const QString& serverAddress, const QString& code) {
    if (state_ != State::NeedsEnrolment || busy_)
        return;
    const auto address = serverAddress.trimmed().toStdString();
    const auto trimmedCode = code.trimmed().toStdString();
    if (address.empty() || trimmedCode.empty()) {
        setError(tr("Enter the server address and the enrolment code you were given."));
        return;
    }
    setBusy(true);
    setError({});
    const auto ca = config_.caCertificatePem.toStdString();
    const auto deviceName = QSysInfo::machineHostName().toStdString();
    auto result = std::make_shared<std::optional<Result<store::Enrolment>>>();
    // The call may take seconds on a poor link: keep the UI responsive.
    QThread* worker = QThread::create([=] {
        sync::Transport transport(address, ca, "");
        *result = transport.enroll(trimmedCode, deviceName);
    });
    QPointer<Session> self(this);
    connect(worker, &QThread::finished, this, [self, worker, result] {
        worker->deleteLater();
        if (!self)
            return;
        self->setBusy(false);
        if (!self->store_ || !result->has_value())
            return;
        auto& enrolled = **result;
        if (!enrolled) {
            self->setError(QString::fromStdString(enrolled.error().message));
            return;
        }
        if (auto saved = self->store_->saveEnrolment(*enrolled); !saved.ok()) {
            self->setError(QString::fromStdString(saved.error().message));
            return;
        }
        self->enrolment_ = *enrolled;
        self->setState(State::Ready);
    });
    worker->start();
}

} // namespace custos::app
