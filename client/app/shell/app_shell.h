#pragma once
// The composition root of the tablet app: builds the session, sync and QML engine and wires
// them. main.cpp and the whole-app tests both use it, so tests drive the real app.

#include <QString>
#include <QStringList>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace custos::app {

class AppSettings;
class Session;
class SyncController;

/// Command-line settings of the app.
struct AppOptions {
    QString dataDir;       ///< default: the platform's app data folder
    QString server;        ///< pre-filled on the enrolment screen
    QString caCertFile;    ///< PEM file of the CA that signed the server certificate
    QString enrolmentCode; ///< pre-filled on the enrolment screen
    int syncIntervalSeconds = 60;
    bool selfTest = false; ///< load every QML file, report problems, exit
    QString language;      ///< "en", "fr", "ar"…; empty: the saved choice, else the system locale
    QString theme;         ///< "light", "dark" or "contrast"; empty: the saved choice, else light
};

/// Owns everything the app is made of, in dependency order.
class AppShell final {
public:
    explicit AppShell(AppOptions options);
    ~AppShell();

    /// Checks SQLCipher, reads the CA file and loads the main window. Returns a sentence
    /// describing the problem, or an empty string on success.
    [[nodiscard]] QString load();

    /// Compiles every QML file of every module; returns the problems found (empty = none).
    [[nodiscard]] QStringList selfTest() const;

    [[nodiscard]] QQuickWindow* window() const;
    [[nodiscard]] Session& session() const { return *session_; }
    [[nodiscard]] SyncController& sync() const { return *sync_; }
    [[nodiscard]] QQmlApplicationEngine& engine() const { return *engine_; }
    [[nodiscard]] AppSettings& settings() const { return *settings_; }

private:
    void followSettings();

    AppOptions options_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<Session> session_;
    std::unique_ptr<SyncController> sync_;
    std::unique_ptr<QQmlApplicationEngine> engine_;
};

/// Parses the app's command line (QCoreApplication must exist).
[[nodiscard]] AppOptions parseAppOptions();

} // namespace custos::app
