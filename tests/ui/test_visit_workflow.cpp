// Whole-app scenarios of a visit, offscreen against a real custosd over TLS:
// (1) a monitor carries out a visit without syncing (every item type, an interview, two
//     findings, a recommendation, an earlier recommendation checked), then syncs, and the
//     server holds exactly that data (read back by the visit lead's tablet);
// (2) two monitors answer an item differently; the lead sees both, keeps one, and submits;
// (3) passphrase change, auto-lock (idle and background) and wrong passphrases.
#include "app_driver.h"
#include "app_shell.h"
#include "process.h"
#include "scenario_steps.h"
#include "session.h"
#include "sync_controller.h"
#include "tablet.h"

#include "custos/sync/sync_engine.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <set>

using custos::app::AppOptions;
using custos::app::AppShell;
using custos::app::Session;
namespace testkit = custos::testkit;

namespace {

/// Everything the app wrote to its log (Qt's messages) while the tests ran.
QString g_appLog;
QtMessageHandler g_previousHandler = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    g_appLog += message + QLatin1Char('\n');
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QString textOf(QQuickWindow* window, const QString& name) {
    auto* item = testkit::findItem(window, name);
    return item ? item->property("text").toString() : QStringLiteral("<missing %1>").arg(name);
}

AppOptions optionsFor(const testkit::TestServer& server, const std::string& dirName) {
    AppOptions options;
    options.dataDir = QString::fromStdString(testkit::freshDir(dirName));
    options.server = QString::fromStdString(server.address);
    options.caCertFile = QStringLiteral(CUSTOS_TEST_CERTS "/ca.crt");
    options.syncIntervalSeconds = 0; // nothing syncs unless the test says so: "offline"
    return options;
}

/// Runs one sync round from the app and waits for it to end.
bool syncApp(AppShell& shell) {
    const int before = shell.sync().rounds();
    shell.sync().syncNow();
    return QTest::qWaitFor([&] { return shell.sync().rounds() > before; }, 20000) &&
           shell.sync().lastError().isEmpty();
}

bool back(QQuickWindow* window) {
    return testkit::click(window, QStringLiteral("backButton")) &&
           testkit::waitUntilSettled(window);
}

std::set<std::string> observationFacts(custos::store::LocalStore& store, const std::string& visit) {
    std::set<std::string> facts;
    for (const auto& o : *store.allObservations(visit))
        facts.insert(o.id + "|" + o.itemKey + "|" + custos::answerToDisplay(o.value) + "|" +
                     o.note + "|" + std::string(custos::toString(o.source)));
    return facts;
}

std::set<std::string> recordFacts(custos::store::LocalStore& store, const std::string& visit) {
    std::set<std::string> facts;
    for (const auto& r : *store.records(visit))
        facts.insert(std::string(custos::kindOf(r)) + "|" + custos::recordToJson(r));
    return facts;
}

} // namespace

class VisitWorkflow : public QObject {
    Q_OBJECT

private slots:
    void monitorCompletesAVisitOfflineThenSyncs() {
        auto server = testkit::TestServer::start("ui-visit", CUSTOS_SOURCE_DIR
                                                 "/tests/data/checklists/all-types.yaml");
        AppShell shell(optionsFor(server, "ui-visit-app"));
        QCOMPARE(shell.load(), QString());
        QQuickWindow* window = shell.window();
        QCOMPARE(testkit::firstRunAndEnrol(shell, server, "Demo Monitor", "visit passphrase 42"),
                 QString());

        // Visit home: sections with progress, nothing recorded yet.
        QVERIFY(testkit::click(window, "visit_0"));
        QTRY_VERIFY(testkit::findItem(window, "visitHomePage"));
        QTRY_VERIFY(testkit::findItem(window, "section_population"));
        QCOMPARE(textOf(window, "sectionProgress_acc"), QStringLiteral("0 / 4"));
        QVERIFY(!testkit::findItem(window, "section_wom")); // no women held here
        testkit::screenshot(window, "20-visit-home-new");

        // Population: the snapshot on the home page shows it, with the occupancy it gives.
        QVERIFY(testkit::click(window, "section_population"));
        QTRY_VERIFY(testkit::findItem(window, "checklistPage"));
        QTRY_VERIFY(testkit::findItem(window, "input_pop.capacity_official"));
        QVERIFY(testkit::typeInto(window, "input_pop.capacity_official", "100"));
        QVERIFY(testkit::typeInto(window, "input_pop.total", "130"));
        QVERIFY(testkit::click(window, "source_pop.total_document"));
        QTRY_VERIFY(
            testkit::findItem(window, "source_pop.total_document")->property("checked").toBool());
        QVERIFY(testkit::click(window, "noteToggle_pop.total"));
        QVERIFY(testkit::typeInto(window, "note_pop.total", "Roll count at 08:00"));
        QTRY_COMPARE(textOf(window, "indicatorValue_occupancy_pct"), QStringLiteral("130%"));
        testkit::screenshot(window, "21-section-population");
        QVERIFY(back(window));
        QTRY_COMPARE(textOf(window, "sectionProgress_population"), QStringLiteral("2 / 2"));
        QVERIFY(testkit::findItem(window, "population_occupancy_pct"));
        QTRY_COMPARE(textOf(window, "sectionFlags_population"), QStringLiteral("⚑ 1 flagged"));

        // Every other item type, in the accommodation, exercise and inspection sections.
        QVERIFY(testkit::click(window, "section_acc"));
        QTRY_VERIFY(testkit::findItem(window, "answer_acc.light_no"));
        QVERIFY(testkit::click(window, "answer_acc.light_no"));
        QVERIFY(testkit::typeInto(window, "input_acc.length", "3"));
        QVERIFY(testkit::typeInto(window, "input_acc.width", "2.5"));
        QVERIFY(testkit::click(window, "increment_acc.occupants"));
        QVERIFY(testkit::click(window, "increment_acc.occupants"));
        QTRY_COMPARE(textOf(window, "input_acc.occupants"), QStringLiteral("2"));
        testkit::screenshot(window, "22-section-accommodation");
        QVERIFY(back(window));
        QVERIFY(testkit::click(window, "section_ex"));
        QTRY_VERIFY(testkit::findItem(window, "input_ex.outdoor"));
        QVERIFY(testkit::typeInto(window, "input_ex.outdoor", "0.5"));
        QVERIFY(testkit::click(window, "choice_ex.yard_covered"));
        QVERIFY(testkit::click(window, "choice_ex.equipment_seating"));
        QVERIFY(back(window));
        QVERIFY(testkit::click(window, "section_insp"));
        QTRY_VERIFY(testkit::findItem(window, "input_insp.last"));
        QVERIFY(testkit::typeInto(window, "input_insp.last", "2025-06-30"));
        QVERIFY(testkit::typeInto(window, "text_insp.notes", "Ventilation broken in wing B"));
        // A photo, imported from the tablet's pictures: people or not is asked first.
        QVERIFY(testkit::click(window, "addPhoto_insp.photo"));
        QTRY_VERIFY(testkit::findItem(window, "photoNoPeople_insp.photo"));
        QTest::qWait(300); // the picker's opening transition
        QVERIFY(testkit::click(window, "photoNoPeople_insp.photo"));
        QTRY_VERIFY(testkit::findItem(window, "photoFile_insp.photo_0"));
        QVERIFY(testkit::click(window, "photoFile_insp.photo_0"));
        QTRY_VERIFY(testkit::findItem(window, "photo_insp.photo_0"));
        QTRY_VERIFY(!testkit::findItem(window, "photoNoPeople_insp.photo")); // picker closed
        testkit::screenshot(window, "22b-section-inspections-photo");
        QVERIFY(back(window));

        // An interview: nothing but consent can be entered before consent is recorded.
        QVERIFY(testkit::click(window, "openInterviews"));
        QTRY_VERIFY(testkit::findItem(window, "interviewsPage"));
        testkit::screenshot(window, "23-interviews-empty");
        QVERIFY(testkit::click(window, "newInterview"));
        QTRY_VERIFY(testkit::findItem(window, "interviewEditor"));
        QVERIFY(testkit::findItem(window, "consentFirstHint"));
        QVERIFY(!testkit::findItem(window, "interviewDetails")->isEnabled());
        QVERIFY(!testkit::click(window, "personCode"));
        testkit::screenshot(window, "24-interview-consent-first");
        QVERIFY(testkit::click(window, "consent_with_authorities"));
        QTRY_VERIFY(testkit::findItem(window, "interviewDetails")->isEnabled());
        QVERIFY(testkit::click(window, "suggestCode"));
        QCOMPARE(textOf(window, "personCode"), QStringLiteral("D-01"));
        QVERIFY(testkit::typeInto(window, "privacy", "Out of sight and hearing of staff"));
        QVERIFY(testkit::click(window, "addAllegation"));
        QTRY_VERIFY(testkit::findItem(window, "allegationType_0_threats"));
        QVERIFY(testkit::click(window, "allegationType_0_threats"));
        QVERIFY(testkit::click(window, "allegationBy_0_custodial staff"));
        QVERIFY(testkit::click(window, "reprisalRisk"));
        QVERIFY(testkit::typeInto(window, "interviewContent", "Threatened after complaining"));
        // Leaving the field hides the content again; holding "Show" would reveal it.
        QVERIFY(testkit::click(window, "privacy"));
        QTRY_VERIFY(testkit::findItem(window, "contentMask"));
        QCOMPARE(testkit::findItem(window, "interviewContent")
                     ->property("color")
                     .value<QColor>()
                     .alpha(),
                 0);
        QTRY_COMPARE(textOf(window, "interviewSaved"), QStringLiteral("Saved"));
        testkit::screenshot(window, "25-interview-content-hidden");
        QVERIFY(back(window));
        QTRY_VERIFY(testkit::findItem(window, "interview_0"));
        testkit::screenshot(window, "26-interviews");
        QVERIFY(back(window));

        // Two findings (one urgent: an immediate observation) and a recommendation.
        QVERIFY(testkit::click(window, "openFindings"));
        QTRY_VERIFY(testkit::findItem(window, "findingsPage"));
        QVERIFY(testkit::click(window, "newFinding"));
        QTRY_VERIFY(testkit::findItem(window, "findingEditor"));
        QVERIFY(testkit::click(window, "severity_urgent"));
        QVERIFY(testkit::click(window, "theme_population"));
        QTRY_VERIFY(testkit::findItem(window, "rule_12"));
        QVERIFY(testkit::click(window, "rule_12"));
        QVERIFY(testkit::typeInto(window, "findingText", "Overcrowding at 130 percent"));
        QVERIFY(testkit::click(window, "evidence_0"));
        QTRY_COMPARE(textOf(window, "findingSaved"), QStringLiteral("Saved"));
        testkit::screenshot(window, "27-finding-editor");
        QVERIFY(back(window));
        QVERIFY(testkit::click(window, "newFinding"));
        QTRY_VERIFY(testkit::findItem(window, "findingEditor"));
        QVERIFY(testkit::click(window, "severity_good_practice"));
        QVERIFY(testkit::click(window, "theme_ex"));
        QVERIFY(testkit::typeInto(window, "findingText", "Covered yard with seating"));
        QTRY_COMPARE(textOf(window, "findingSaved"), QStringLiteral("Saved"));
        QVERIFY(back(window));
        QVERIFY(testkit::click(window, "newRecommendation"));
        QTRY_VERIFY(testkit::findItem(window, "recommendationEditor"));
        QVERIFY(
            testkit::typeInto(window, "recommendationText", "Reduce the population to capacity"));
        QVERIFY(testkit::typeInto(window, "addressee", "Ministry of Justice"));
        QVERIFY(testkit::click(window, "priority_high"));
        QVERIFY(testkit::typeInto(window, "dueDate", "2027-06-30"));
        QVERIFY(testkit::click(window, "linkFinding_0"));
        QTRY_COMPARE(textOf(window, "recommendationSaved"), QStringLiteral("Saved"));
        QVERIFY(back(window));
        QTRY_VERIFY(testkit::findItem(window, "immediate_0"));
        QVERIFY(textOf(window, "immediate_0").contains("Overcrowding at 130 percent"));
        QVERIFY(testkit::findItem(window, "finding_1"));
        QVERIFY(testkit::findItem(window, "recommendation_0"));
        testkit::screenshot(window, "28-findings-and-recommendations");
        QVERIFY(back(window));
        testkit::screenshot(window, "29-visit-home-worked");

        // Nothing has left the tablet yet; now sync, and the server holds exactly this.
        auto* store = shell.session().store();
        const auto visitId = store->visits()->front().visit.id;
        QVERIFY(shell.sync().pendingOps() > 0);
        QVERIFY(syncApp(shell));
        QCOMPARE(shell.sync().pendingOps(), 0);
        QVERIFY(store->rejectedOps()->empty());

        auto lead = testkit::enrolTablet(server, "Demo Lead", testkit::freshDir("ui-visit-lead"));
        QVERIFY(custos::sync::syncOnce(*lead.store, *lead.transport).ok());
        QCOMPARE(observationFacts(*lead.store, visitId), observationFacts(*store, visitId));
        QCOMPARE(recordFacts(*lead.store, visitId), recordFacts(*store, visitId));
        const auto mine = *store->currentAnswers(visitId);
        QCOMPARE(mine.size(), 12u); // every item of every section that applies
        // The photo: one hash in the answer, its bytes on the server (checked by the lead's
        // tablet, which downloaded them and verified the SHA-256).
        const auto& photoAnswer = std::get<std::vector<std::string>>(mine.at("insp.photo").value);
        QCOMPARE(photoAnswer.size(), 1u);
        QVERIFY(lead.store->attachmentBytes(photoAnswer.front()).ok());
        QCOMPARE(mine.at("pop.total").note, std::string("Roll count at 08:00"));
        QVERIFY(mine.at("pop.total").source == custos::SourceTag::Document);
        int interviews = 0, findings = 0, recommendations = 0;
        for (const auto& r : *lead.store->records(visitId)) {
            if (const auto* i = std::get_if<custos::Interview>(&r)) {
                ++interviews;
                QCOMPARE(i->personCode, std::string("D-01"));
                QVERIFY(i->consent == custos::ConsentScope::WithAuthorities);
                QVERIFY(i->reprisalRisk);
                QCOMPARE(i->allegations.size(), 1u);
                QCOMPARE(i->allegations.front().perpetratorCategory,
                         std::string("custodial staff"));
            }
            findings += std::holds_alternative<custos::Finding>(r);
            recommendations += std::holds_alternative<custos::Recommendation>(r);
        }
        QVERIFY(interviews >= 1); // autosave keeps versions; the latest is what counts
        QVERIFY(findings >= 2);
        QVERIFY(recommendations >= 1);
        // The app's own log holds none of the secrets or the interview's content.
        const auto credential = QString::fromStdString(store->enrolment()->value().credential);
        for (const QString& secret : {QStringLiteral("visit passphrase 42"), credential,
                                      QStringLiteral("Threatened after complaining"),
                                      QStringLiteral("Out of sight and hearing of staff")})
            QVERIFY2(!g_appLog.contains(secret), qPrintable("the app logged a secret: " + secret));
        const auto status = server.status();
        QVERIFY2(
            status.find("observations: " + std::to_string(store->allObservations(visitId)->size()) +
                        "\n") != std::string::npos,
            status.c_str());
    }

    void theLeadSeesDivergentAnswersAndSettlesThem() {
        auto server = testkit::TestServer::start("ui-divergence");
        auto monitor =
            testkit::enrolTablet(server, "Demo Monitor", testkit::freshDir("ui-div-monitor"));
        QVERIFY(custos::sync::syncOnce(*monitor.store, *monitor.transport).ok());
        const auto visitId = monitor.store->visits()->front().visit.id;
        QVERIFY(monitor.store
                    ->recordAnswer(visitId, "acc.natural_light", custos::AnswerCode::Yes,
                                   "Windows in every cell", custos::SourceTag::Observed)
                    .ok());
        QVERIFY(custos::sync::syncOnce(*monitor.store, *monitor.transport).ok());

        // The lead, in the app, answers the same item differently, then syncs.
        AppShell shell(optionsFor(server, "ui-divergence-app"));
        QCOMPARE(shell.load(), QString());
        QQuickWindow* window = shell.window();
        QCOMPARE(testkit::firstRunAndEnrol(shell, server, "Demo Lead", "lead passphrase 1234"),
                 QString());
        QVERIFY(testkit::click(window, "visit_0"));
        QTRY_VERIFY(testkit::findItem(window, "section_accommodation"));
        QVERIFY(testkit::click(window, "section_accommodation"));
        QTRY_VERIFY(testkit::findItem(window, "answer_acc.natural_light_no"));
        // The monitor's answer arrived with the first sync; the lead's differs.
        QVERIFY(testkit::click(window, "answer_acc.natural_light_no"));
        QVERIFY(syncApp(shell));
        QTRY_VERIFY(testkit::findItem(window, "divergent_acc.natural_light"));
        testkit::screenshot(window, "30-checklist-divergent");
        QVERIFY(back(window));
        QTRY_COMPARE(textOf(window, "openTeam"), QStringLiteral("Team: 1 divergent"));
        testkit::screenshot(window, "31-visit-home-divergent");

        // The team page shows both answers with their authors; the lead keeps the monitor's.
        QVERIFY(testkit::click(window, "openTeam"));
        QTRY_VERIFY(testkit::findItem(window, "teamPage"));
        QTRY_VERIFY(testkit::findItem(window, "divergent_acc.natural_light"));
        const QStringList values{textOf(window, "competingValue_acc.natural_light_0"),
                                 textOf(window, "competingValue_acc.natural_light_1")};
        QVERIFY2(values.contains("yes") && values.contains("no"), qPrintable(values.join(",")));
        testkit::screenshot(window, "32-team-divergent");
        const int keep = values.indexOf("yes");
        QVERIFY(testkit::typeInto(window, "reconcileNote_acc.natural_light", "Rechecked together"));
        QVERIFY(testkit::click(window, QStringLiteral("keep_acc.natural_light_%1").arg(keep)));
        QTRY_VERIFY(!testkit::findItem(window, "divergent_acc.natural_light"));
        QTRY_VERIFY(textOf(window, "divergentSummary").startsWith("No divergent answers"));

        // Submission locks the visit for the team.
        QVERIFY(!testkit::findItem(window, "submitVisit")->isEnabled());
        QVERIFY(testkit::click(window, "confirmSubmit"));
        QVERIFY(testkit::click(window, "submitVisit"));
        QTRY_VERIFY(!testkit::findItem(window, "submitVisit")->isEnabled());
        testkit::screenshot(window, "33-team-submitted");
        QVERIFY(syncApp(shell));
        QCOMPARE(shell.sync().pendingOps(), 0);
        QVERIFY(shell.session().store()->rejectedOps()->empty());

        // The monitor's tablet: the lead's choice stands, and the visit is submitted.
        QVERIFY(custos::sync::syncOnce(*monitor.store, *monitor.transport).ok());
        const auto resolved = *monitor.store->resolvedAnswers(visitId);
        QVERIFY(!resolved.at("acc.natural_light").divergent);
        QCOMPARE(resolved.at("acc.natural_light").standing.value,
                 custos::AnswerValue(custos::AnswerCode::Yes));
        QVERIFY(monitor.store->visit(visitId)->value().visit.status ==
                custos::VisitStatus::Submitted);
        QVERIFY(back(window));
        QTRY_VERIFY(testkit::findItem(window, "lockedBanner"));
        testkit::screenshot(window, "34-visit-home-submitted");
    }

    void passphraseChangeAutoLockAndWrongPassphrases() {
        auto server = testkit::TestServer::start("ui-passphrase");
        AppShell shell(optionsFor(server, "ui-passphrase-app"));
        QCOMPARE(shell.load(), QString());
        QQuickWindow* window = shell.window();
        const QString first = QStringLiteral("first passphrase 2026");
        const QString second = QStringLiteral("second passphrase 2027");
        QCOMPARE(testkit::firstRunAndEnrol(shell, server, "Demo Monitor", first), QString());

        // Change it: the current one is checked first, then the database is re-keyed.
        QVERIFY(testkit::click(window, "openChangePassphrase"));
        QTRY_VERIFY(testkit::findItem(window, "changePassphrasePage"));
        QVERIFY(testkit::typeInto(window, "currentPassphrase", "not the passphrase"));
        QVERIFY(testkit::typeInto(window, "newPassphrase", second));
        QVERIFY(testkit::typeInto(window, "confirmNewPassphrase", second));
        QVERIFY(testkit::click(window, "changePassphraseButton"));
        QTRY_VERIFY(shell.session().error().contains("current passphrase is wrong"));
        testkit::screenshot(window, "40-change-passphrase-wrong-current");
        QVERIFY(testkit::typeInto(window, "currentPassphrase", first));
        QVERIFY(testkit::typeInto(window, "newPassphrase", second));
        QVERIFY(testkit::typeInto(window, "confirmNewPassphrase", second));
        QVERIFY(testkit::click(window, "changePassphraseButton"));
        QTRY_VERIFY(testkit::findItem(window, "passphraseChanged"));
        testkit::screenshot(window, "41-change-passphrase-done");

        // Idle: the app locks itself and shows nothing of what was on screen.
        shell.session().setAutoLockSeconds(1);
        QTRY_COMPARE_WITH_TIMEOUT(shell.session().state(), Session::State::Locked, 5000);
        QTRY_VERIFY(testkit::findItem(window, "unlockButton"));
        QVERIFY(!testkit::findItem(window, "changePassphrasePage"));
        testkit::screenshot(window, "42-auto-locked");

        // The old passphrase no longer opens it; wrong tries slow down; the new one works.
        for (int attempt = 0; attempt < 3; ++attempt) {
            QTRY_COMPARE_WITH_TIMEOUT(shell.session().retryDelaySeconds(), 0, 10000);
            QVERIFY(testkit::typeInto(window, "passphraseField", first));
            QVERIFY(testkit::click(window, "unlockButton"));
            QTRY_VERIFY(shell.session().error().contains("Wrong passphrase"));
        }
        QVERIFY(shell.session().retryDelaySeconds() > 0);
        QVERIFY(shell.session().error().contains("Wait"));
        QVERIFY(testkit::typeInto(window, "passphraseField", second));
        QVERIFY(testkit::click(window, "unlockButton"));
        QTRY_VERIFY(shell.session().error().contains("Too many wrong passphrases"));
        testkit::screenshot(window, "43-unlock-delay");
        QCOMPARE(shell.session().state(), Session::State::Locked);
        QTRY_COMPARE_WITH_TIMEOUT(shell.session().retryDelaySeconds(), 0, 10000);
        QVERIFY(testkit::typeInto(window, "passphraseField", second));
        QVERIFY(testkit::click(window, "unlockButton"));
        QTRY_COMPARE(shell.session().state(), Session::State::Ready);
        QTRY_VERIFY(testkit::findItem(window, "visit_0"));
        QVERIFY(shell.session().store()->integrityCheck().ok());

        // Going to the background locks at once.
        shell.session().setAutoLockSeconds(300);
        shell.session().applicationStateChanged(Qt::ApplicationHidden);
        QCOMPARE(shell.session().state(), Session::State::Locked);
        QTRY_VERIFY(testkit::findItem(window, "unlockButton"));
    }
};

int main(int argc, char** argv) {
    // The photo step imports from ~/Pictures: give the app a home with one picture in it.
    const auto home = QString::fromStdString(testkit::freshDir("ui-visit-home"));
    QDir(home).mkpath(QStringLiteral("Pictures"));
    qputenv("HOME", home.toUtf8());
    qunsetenv("XDG_CONFIG_HOME");
    g_previousHandler = qInstallMessageHandler(recordMessage);
    QApplication app(argc, argv);
    QImage cell(1600, 1200, QImage::Format_RGB32);
    cell.fill(QColor(120, 110, 100));
    cell.save(home + QStringLiteral("/Pictures/cell-12.jpg"), "JPEG");
    VisitWorkflow test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_visit_workflow.moc"
