#pragma once
// Steps that several whole-app scenarios share.

#include <QString>

class QQuickWindow;

namespace custos::app {
class AppShell;
}

namespace custos::testkit {
struct TestServer;

/// Creates the database with a passphrase, enrols as `user` and waits for the first screen
/// (`landing`: the first visit of the list for monitors, the review home for coordinators).
/// Returns an empty string, or what went wrong.
QString firstRunAndEnrol(app::AppShell& shell, const TestServer& server, const QString& user,
                         const QString& passphrase,
                         const QString& landing = QStringLiteral("visit_0"));

} // namespace custos::testkit
