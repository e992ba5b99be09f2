#include "scenario_steps.h"

#include "app_driver.h"
#include "app_shell.h"
#include "process.h"
#include "session.h"

#include <QQuickWindow>
#include <QTest>

namespace custos::testkit {

QString firstRunAndEnrol(app::AppShell& shell, const TestServer& server, const QString& user,
                         const QString& passphrase, const QString& landing) {
    QQuickWindow* window = shell.window();
    if (!window || !QTest::qWaitForWindowExposed(window))
        return QStringLiteral("no window");
    if (!QTest::qWaitFor([&] { return findItem(window, QStringLiteral("createButton")); }))
        return QStringLiteral("no first-run screen");
    if (!typeInto(window, QStringLiteral("passphraseField"), passphrase) ||
        !typeInto(window, QStringLiteral("confirmField"), passphrase) ||
        !click(window, QStringLiteral("createButton")))
        return QStringLiteral("cannot fill the first-run screen");
    if (!QTest::qWaitFor([&] { return findItem(window, QStringLiteral("enrolButton")); }))
        return QStringLiteral("no enrolment screen: ") + shell.session().error();
    const auto code = QString::fromStdString(server.enrolmentCode(user.toStdString()));
    if (!typeInto(window, QStringLiteral("codeField"), code) ||
        !click(window, QStringLiteral("enrolButton")))
        return QStringLiteral("cannot fill the enrolment screen");
    if (!QTest::qWaitFor([&] { return shell.session().state() == app::Session::State::Ready; },
                         15000))
        return QStringLiteral("enrolment failed: ") + shell.session().error();
    if (!QTest::qWaitFor([&] { return findItem(window, landing); }, 20000))
        return QStringLiteral("the first screen (%1) did not appear").arg(landing);
    return {};
}

} // namespace custos::testkit
