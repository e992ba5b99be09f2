// Whole-app scenario: the real app (its composition root, QML and C++), offscreen, against a
// real custosd over TLS. First run, enrolment, visit list, one answer, sync, lock and unlock.
#include "app_driver.h"
#include "app_shell.h"
#include "process.h"
#include "session.h"
#include "sync_controller.h"

#include <QApplication>
#include <QFileInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

using custos::app::AppOptions;
using custos::app::AppShell;
using custos::app::Session;
namespace testkit = custos::testkit;

class AppScenario : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        server_ = std::make_unique<testkit::TestServer>(testkit::TestServer::start("ui-scenario"));
        dataDir_ = QString::fromStdString(testkit::freshDir("ui-scenario-app"));
    }

    void monitorEnrolsAnswersAndSyncs() {
        AppOptions options;
        options.dataDir = dataDir_;
        options.server = QString::fromStdString(server_->address);
        options.caCertFile = QStringLiteral(CUSTOS_TEST_CERTS "/ca.crt");
        options.syncIntervalSeconds = 0; // only on demand, so the test controls the rounds
        AppShell shell(options);
        QCOMPARE(shell.load(), QString());
        QQuickWindow* window = shell.window();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(shell.session().state(), Session::State::FirstRun);

        // 1. First run: choose a passphrase (a weak one is refused with advice).
        QTRY_VERIFY(testkit::findItem(window, "createButton"));
        QVERIFY(testkit::typeInto(window, "passphraseField", "short"));
        QVERIFY(testkit::typeInto(window, "confirmField", "short"));
        testkit::screenshot(window, "01-first-run-weak-passphrase");
        QVERIFY(testkit::click(window, "createButton"));
        QCOMPARE(shell.session().state(), Session::State::FirstRun);
        QVERIFY2(shell.session().error().contains("at least"), qPrintable(shell.session().error()));
        QVERIFY(testkit::typeInto(window, "passphraseField", kPassphrase));
        QVERIFY(testkit::typeInto(window, "confirmField", kPassphrase));
        QVERIFY(testkit::click(window, "createButton"));
        QTRY_COMPARE(shell.session().state(), Session::State::NeedsEnrolment);
        QVERIFY(QFileInfo::exists(dataDir_ + "/custos.db"));

        // 2. Enrolment: a wrong code is explained; the right one works.
        QTRY_VERIFY(testkit::findItem(window, "enrolButton"));
        QVERIFY(testkit::typeInto(window, "codeField", "AAAA-BBBB-CCCC"));
        QVERIFY(testkit::click(window, "enrolButton"));
        QTRY_VERIFY_WITH_TIMEOUT(shell.session().error().contains("not valid"), 15000);
        testkit::screenshot(window, "02-enrol-wrong-code");
        const auto code = QString::fromStdString(server_->enrolmentCode("Demo Monitor"));
        QVERIFY(testkit::typeInto(window, "codeField", code));
        QVERIFY(testkit::click(window, "enrolButton"));
        QTRY_COMPARE_WITH_TIMEOUT(shell.session().state(), Session::State::Ready, 15000);
        QCOMPARE(shell.session().userName(), QStringLiteral("Demo Monitor"));

        // 3. The first sync brings the assigned visit.
        QTRY_VERIFY_WITH_TIMEOUT(testkit::findItem(window, "visit_0"), 20000);
        QTRY_COMPARE(testkit::findItem(window, "visitProgress_0")->property("text").toString(),
                     QStringLiteral("0 of 6 answered"));
        testkit::screenshot(window, "03-visit-list");

        // 4. Open the visit and answer an item; it is saved at once and queued for sync.
        QVERIFY(testkit::click(window, "visit_0"));
        QTRY_VERIFY(testkit::findItem(window, "section_accommodation"));
        QVERIFY(testkit::click(window, "section_accommodation"));
        QTRY_VERIFY(testkit::findItem(window, "checklistPage"));
        QTRY_VERIFY(testkit::findItem(window, "answer_acc.natural_light_no"));
        testkit::screenshot(window, "04-checklist");
        QVERIFY(testkit::click(window, "answer_acc.natural_light_no"));
        QTRY_VERIFY(
            testkit::findItem(window, "answer_acc.natural_light_no")->property("checked").toBool());
        QTRY_COMPARE(shell.sync().pendingOps(), 1);
        QCOMPARE(testkit::findItem(window, "checklistProgress")->property("text").toString(),
                 QStringLiteral("1 / 3")); // the section's items
        QVERIFY(testkit::click(window, "guidance_acc.natural_light"));
        testkit::screenshot(window, "05-answered-with-guidance");

        // 5. Sync: the queue empties and the server holds exactly that answer.
        const int roundsBefore = shell.sync().rounds();
        QVERIFY(testkit::click(window, "syncButton"));
        QTRY_VERIFY_WITH_TIMEOUT(shell.sync().rounds() > roundsBefore, 20000);
        QCOMPARE(shell.sync().lastError(), QString());
        QCOMPARE(shell.sync().pendingOps(), 0);
        QVERIFY(server_->status().find("observations: 1\n") != std::string::npos);
        testkit::screenshot(window, "06-synced");

        // 6. Lock; a wrong passphrase is refused clearly; the right one reopens the data.
        shell.session().lock();
        QTRY_VERIFY(testkit::findItem(window, "unlockButton"));
        QVERIFY(testkit::typeInto(window, "passphraseField", "not my passphrase"));
        QVERIFY(testkit::click(window, "unlockButton"));
        QTRY_VERIFY(shell.session().error().contains("Wrong passphrase"));
        testkit::screenshot(window, "07-wrong-passphrase");
        QVERIFY(testkit::typeInto(window, "passphraseField", kPassphrase));
        QVERIFY(testkit::click(window, "unlockButton"));
        QTRY_COMPARE(shell.session().state(), Session::State::Ready);
        QTRY_VERIFY(testkit::findItem(window, "visit_0"));
        QTRY_COMPARE(testkit::findItem(window, "visitProgress_0")->property("text").toString(),
                     QStringLiteral("1 of 6 answered"));
    }

    void cleanupTestCase() { server_.reset(); }

private:
    static constexpr const char* kPassphrase = "a quiet harbour at dawn";
    std::unique_ptr<testkit::TestServer> server_;
    QString dataDir_;
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    AppScenario scenario;
    return QTest::qExec(&scenario, argc, argv);
}

#include "test_app_scenario.moc"
