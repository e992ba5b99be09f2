// Whole-app scenario of review mode, offscreen against a real custosd over TLS holding a
// generated three-cycle history: a coordinator opens the cycle overview, sorts it, opens a
// facility's trend and one of its visits, marks a submitted visit reviewed, and changes a
// recommendation's status with evidence; both changes reach the server by sync and come back
// in its answers. Every view is saved as a PNG (build/*/tests/ui/screenshots/review-*).
#include "app_driver.h"
#include "app_settings.h"
#include "app_shell.h"
#include "process.h"
#include "scenario_steps.h"
#include "session.h"
#include "sync_controller.h"

#include <QApplication>
#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>

using custos::app::AppOptions;
using custos::app::AppShell;
namespace testkit = custos::testkit;

namespace {

QVariantMap resultOf(QQuickWindow* window, const QString& page) {
    auto* item = testkit::findItem(window, page);
    if (!item)
        return {};
    auto* client = item->findChild<QObject*>();
    for (auto* child : item->findChildren<QObject*>())
        if (child->metaObject()->className() == QByteArray("custos::app::ReviewClient")) {
            client = child;
            break;
        }
    return client ? client->property("result").toMap() : QVariantMap{};
}

QStringList rowNames(const QVariantMap& overview) {
    QStringList names;
    for (const auto& row : overview.value(QStringLiteral("rows")).toList())
        names << row.toMap().value(QStringLiteral("name")).toString();
    return names;
}

double loadMs(QQuickWindow* window, const QString& page) {
    auto* item = testkit::findItem(window, page);
    for (auto* child : item ? item->findChildren<QObject*>() : QList<QObject*>{})
        if (child->metaObject()->className() == QByteArray("custos::app::ReviewClient"))
            return child->property("lastLoadMs").toDouble();
    return -1;
}

/// True when a visible item under `item` (in the visual tree) shows exactly this text.
bool showsText(QQuickItem* item, const QString& text) {
    if (!item->isVisible())
        return false;
    if (item->property("text").toString() == text)
        return true;
    const auto children = item->childItems();
    return std::any_of(children.begin(), children.end(),
                       [&](QQuickItem* child) { return showsText(child, text); });
}

bool findText(QQuickWindow* window, const QString& text) {
    return showsText(window->contentItem(), text);
}

bool syncApp(AppShell& shell) {
    const int before = shell.sync().rounds();
    shell.sync().syncNow();
    return QTest::qWaitFor([&] { return shell.sync().rounds() > before; }, 30000) &&
           shell.sync().lastError().isEmpty();
}

bool back(QQuickWindow* window) {
    return testkit::click(window, QStringLiteral("backButton")) &&
           testkit::waitUntilSettled(window);
}

} // namespace

class ReviewWorkflow : public QObject {
    Q_OBJECT

private slots:
    void coordinatorReviewsACycle() {
        auto server = testkit::TestServer::start("ui-review", CUSTOS_SOURCE_DIR
                                                 "/checklists/mandela-rules.yaml");
        const auto history = testkit::runCommand(
            {CUSTOSCTL_PATH, "--data-dir", server.dataDir, "demo-history", "--checklist",
             CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml", "--facilities", "6", "--cycles",
             "3", "--items", "80", "--first-year", "2024", "--awaiting-review", "1"});
        QVERIFY2(history.exitCode == 0, history.err.c_str());

        AppOptions options;
        options.dataDir = QString::fromStdString(testkit::freshDir("ui-review-app"));
        options.server = QString::fromStdString(server.address);
        options.caCertFile = QStringLiteral(CUSTOS_TEST_CERTS "/ca.crt");
        options.syncIntervalSeconds = 0;
        AppShell shell(options);
        QCOMPARE(shell.load(), QString());
        QQuickWindow* window = shell.window();
        QCOMPARE(testkit::firstRunAndEnrol(shell, server, "Demo Coordinator",
                                           "review passphrase 42", "reviewHomePage"),
                 QString());

        // Home: the cycles arrive with the first sync, latest first.
        QTRY_VERIFY_WITH_TIMEOUT(testkit::findItem(window, "cycle_2"), 30000);
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-10-home");

        // Cycle overview of the cycle before the last (one visit awaits review), sorted by
        // non-compliant themes by default, then by name both ways.
        const auto cycles =
            testkit::findItem(window, "reviewHomePage")->property("cycles").toList();
        int cycle2025 = -1;
        for (int i = 0; i < cycles.size(); ++i)
            if (cycles[i].toMap().value("name").toString() == QLatin1String("2025 periodic cycle"))
                cycle2025 = i;
        QVERIFY(cycle2025 >= 0);
        QVERIFY(testkit::click(window, QStringLiteral("cycle_%1").arg(cycle2025)));
        QTRY_VERIFY(testkit::findItem(window, "cycleOverviewPage"));
        QTRY_VERIFY_WITH_TIMEOUT(testkit::findItem(window, "facilityRow_5"), 20000);
        const auto overview = resultOf(window, "cycleOverviewPage");
        QCOMPARE(overview.value("rows").toList().size(), 6); // the cycle covers the generated six
        QVERIFY(!overview.value("themes").toList().isEmpty());
        qInfo("cycle overview loaded in %.1f ms", loadMs(window, "cycleOverviewPage"));
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-11-cycle-overview");

        QVERIFY(testkit::click(window, "sort_name"));
        QTRY_VERIFY([&] {
            const auto names = rowNames(resultOf(window, "cycleOverviewPage"));
            return names.size() == 6 && std::is_sorted(names.begin(), names.end());
        }());
        QVERIFY(testkit::click(window, "sort_name"));
        QTRY_VERIFY([&] {
            const auto names = rowNames(resultOf(window, "cycleOverviewPage"));
            return names.size() == 6 && std::is_sorted(names.rbegin(), names.rend());
        }());
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-12-overview-by-name");

        // The first generated facility's trend (its visit in this cycle awaits review).
        const auto rows = resultOf(window, "cycleOverviewPage").value("rows").toList();
        int awaiting = -1;
        for (int i = 0; i < rows.size(); ++i)
            if (rows[i].toMap().value("status").toString() == QLatin1String("submitted"))
                awaiting = i;
        QVERIFY2(awaiting >= 0, "no submitted visit in the cycle");
        const auto facilityName = rows[awaiting].toMap().value("name").toString();
        QVERIFY(testkit::click(window, QStringLiteral("facilityRow_%1").arg(awaiting)));
        QTRY_VERIFY(testkit::findItem(window, "facilityTrendPage"));
        QTRY_VERIFY_WITH_TIMEOUT(testkit::findItem(window, "trendVisit_2"), 20000);
        QVERIFY(testkit::findItem(window, "standardsMetChart"));
        QVERIFY(testkit::findItem(window, "findingsChart"));
        const auto trend = resultOf(window, "facilityTrendPage");
        QCOMPARE(trend.value("points").toList().size(), 3);
        QCOMPARE(trend.value("facility").toMap().value("name").toString(), facilityName);
        qInfo("facility trend loaded in %.1f ms", loadMs(window, "facilityTrendPage"));
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-13-facility-trend");

        // Its visit in the cycle before the last: findings, recommendations, flagged answers.
        QVERIFY(testkit::click(window, "trendVisit_1"));
        QTRY_VERIFY(testkit::findItem(window, "visitReviewPage"));
        QTRY_VERIFY_WITH_TIMEOUT(testkit::findItem(window, "finding_0"), 20000);
        const auto dossier = resultOf(window, "visitReviewPage");
        QCOMPARE(dossier.value("facility").toString(), facilityName);
        QVERIFY(dossier.value("submitted").toBool());
        QVERIFY(!dossier.value("findings").toList().isEmpty());
        QVERIFY(!dossier.value("recommendations").toList().isEmpty());
        qInfo("visit review loaded in %.1f ms", loadMs(window, "visitReviewPage"));
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-14-visit-review");
        // The report, in French, saved where the test says; pdftotext finds the facility and
        // every finding's text in it.
        const auto reports = QString::fromStdString(testkit::freshDir("ui-review-reports"));
        testkit::findItem(window, "visitReviewPage")->setProperty("reportFolder", reports);
        QVERIFY(testkit::click(window, "saveReport_fr"));
        QTRY_VERIFY_WITH_TIMEOUT(testkit::findItem(window, "reportPath"), 30000);
        const auto reportPath =
            testkit::findItem(window, "reportPath")->property("text").toString();
        QVERIFY2(reportPath.contains(reports), qPrintable(reportPath));
        QDir reportDir(reports);
        const auto pdfs = reportDir.entryList({QStringLiteral("*-fr.pdf")});
        QCOMPARE(pdfs.size(), 1);
        const auto text = testkit::runCommand(
            {"/usr/bin/pdftotext", "-layout", reportDir.filePath(pdfs[0]).toStdString(), "-"});
        QCOMPARE(text.exitCode, 0);
        // The PDF's fonts join "fi" and "fl" into ligatures; read them as letters.
        const auto extracted = QString::fromStdString(text.out)
                                   .replace(QChar(0xFB01), QStringLiteral("fi"))
                                   .replace(QChar(0xFB02), QStringLiteral("fl"))
                                   .toStdString();
        QVERIFY(extracted.find(facilityName.toStdString()) != std::string::npos);
        for (const auto& finding : dossier.value("findings").toList()) {
            const auto words = finding.toMap().value("text").toString().toStdString();
            QVERIFY2(extracted.find(words) != std::string::npos, words.c_str());
        }
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-14b-report-saved");

        QVERIFY(testkit::click(window, "markReviewed"));
        QTRY_VERIFY(!testkit::findItem(window, "markReviewed")->isEnabled());
        QVERIFY(syncApp(shell));
        QVERIFY(back(window));
        QTRY_VERIFY(testkit::findItem(window, "facilityTrendPage"));
        QVERIFY(testkit::click(window, "trendVisit_1"));
        QTRY_VERIFY_WITH_TIMEOUT(resultOf(window, "visitReviewPage").value("reviewed").toBool(),
                                 20000);
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-15-visit-reviewed");
        QVERIFY(back(window));
        QVERIFY(back(window));
        QVERIFY(back(window));
        QTRY_VERIFY(testkit::findItem(window, "reviewHomePage"));

        // Recommendation follow-up: change the first one's status with evidence; it waits in
        // the outbox, then the server's history shows it after sync.
        QVERIFY(testkit::click(window, "openFollowUp"));
        QTRY_VERIFY(testkit::findItem(window, "followUpPage"));
        QTRY_VERIFY_WITH_TIMEOUT(testkit::findItem(window, "changeStatus_0"), 20000);
        qInfo("follow-up loaded in %.1f ms", loadMs(window, "followUpPage"));
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-16-follow-up");
        const auto first =
            resultOf(window, "followUpPage").value("recommendations").toList()[0].toMap();
        const auto recommendationId = first.value("id").toString();
        const int historyBefore = first.value("history").toList().size();
        QVERIFY(testkit::click(window, "changeStatus_0"));
        QVERIFY(testkit::click(window, "newStatus_0_implemented"));
        QVERIFY(testkit::click(window, "saveStatus_0")); // no evidence: refused, says why
        QTRY_VERIFY(!testkit::findItem(window, "pending_0"));
        QVERIFY(testkit::typeInto(window, "evidence_0", "Ministry letter of 3 March: done"));
        QVERIFY(testkit::click(window, "saveStatus_0"));
        QTRY_VERIFY(testkit::findItem(window, "pending_0"));
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-17-status-pending");
        QVERIFY(syncApp(shell));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto& r :
                     resultOf(window, "followUpPage").value("recommendations").toList()) {
                    const auto map = r.toMap();
                    if (map.value("id").toString() == recommendationId)
                        return map.value("status").toString() == QLatin1String("implemented") &&
                               map.value("history").toList().size() == historyBefore + 1 &&
                               map.value("history").toList().last().toMap().value("evidence") ==
                                   QStringLiteral("Ministry letter of 3 March: done");
                }
                return false;
            }(),
            20000);
        QTRY_VERIFY(!testkit::findItem(window, "pending_0"));
        QVERIFY(testkit::click(window, "overdueOnly"));
        QTRY_VERIFY([&] {
            const auto list = resultOf(window, "followUpPage").value("recommendations").toList();
            return std::all_of(list.begin(), list.end(), [](const QVariant& r) {
                return r.toMap().value("overdue").toBool();
            });
        }());
        for (const auto& r : resultOf(window, "followUpPage").value("recommendations").toList())
            QVERIFY2(r.toMap().value("id").toString() != recommendationId,
                     "an implemented recommendation is listed as overdue");
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-18-follow-up-overdue");

        // In French, dark and upright: the same screens, translated and still readable.
        shell.settings().setLanguage(QStringLiteral("fr"));
        shell.settings().setTheme(QStringLiteral("dark"));
        window->resize(800, 1280);
        QTRY_VERIFY(findText(window, QStringLiteral("Suivi des recommandations")));
        // Labels made from the server's answer follow too: the page asks again in French.
        QTRY_VERIFY(findText(window, QStringLiteral("En retard")));
        const QStringList frenchPriorities{"Haute", "Moyenne", "Basse"};
        const auto labelsAreFrench = [&] {
            const auto list = resultOf(window, "followUpPage").value("recommendations").toList();
            return !list.isEmpty() &&
                   frenchPriorities.contains(list[0].toMap().value("priority").toString());
        };
        QTRY_VERIFY_WITH_TIMEOUT(labelsAreFrench(), 10000);
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-19-follow-up-fr-dark-portrait");
        QVERIFY(back(window));
        QTRY_VERIFY(testkit::findItem(window, "reviewHomePage"));
        QVERIFY(testkit::click(window, QStringLiteral("cycle_%1").arg(cycle2025)));
        QTRY_VERIFY_WITH_TIMEOUT(testkit::findItem(window, "facilityRow_5"), 20000);
        QTRY_VERIFY(findText(window, QStringLiteral("Vue d’ensemble du cycle")));
        QVERIFY(testkit::waitUntilSettled(window));
        testkit::screenshot(window, "review-20-overview-fr-dark-portrait");
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    ReviewWorkflow test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_review_workflow.moc"
