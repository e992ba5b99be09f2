// Every visit screen of the tablet app, in each appearance a monitor can choose (light, dark,
// high contrast, French, Arabic right to left), saved as PNGs for people to look at, with the
// checks a person would make: the screen is there, French is shown in French, and the
// right-to-left layout puts the way back on the right.
#include "app_driver.h"
#include "app_shell.h"
#include "process.h"
#include "scenario_steps.h"
#include "session.h"
#include "sync_controller.h"
#include "tablet.h"

#include "custos/sync/sync_engine.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using custos::app::AppOptions;
using custos::app::AppShell;
namespace testkit = custos::testkit;

namespace {

struct Variant {
    const char* name;
    const char* language;
    const char* theme;
};

/// What the lead's tablet shows: the monitor's answers (one diverging from the lead's), an
/// interview, an urgent finding, a good practice and a recommendation.
void seedTheMonitorsWork(const testkit::TestServer& server) {
    auto monitor =
        testkit::enrolTablet(server, "Demo Monitor", testkit::freshDir("gallery-monitor"));
    if (!custos::sync::syncOnce(*monitor.store, *monitor.transport).ok())
        throw std::runtime_error("monitor sync failed");
    const auto visitId = monitor.store->visits()->front().visit.id;
    const auto facilityId = monitor.store->visits()->front().facility.id;
    auto& store = *monitor.store;
    using custos::AnswerCode;
    using custos::SourceTag;
    (void)store.recordAnswer(visitId, "reg.register_exists", AnswerCode::Yes, "Bound register",
                             SourceTag::Document);
    (void)store.recordAnswer(visitId, "acc.natural_light", AnswerCode::Yes, "",
                             SourceTag::Observed);
    (void)store.recordAnswer(visitId, "ex.outdoor_hour", AnswerCode::No, "Yard closed for weeks",
                             SourceTag::Detainee);
    custos::Interview interview;
    interview.header.visitId = visitId;
    interview.consent = custos::ConsentScope::Internal;
    interview.personCode = "D-01";
    interview.privacy = "Out of sight and hearing of staff";
    interview.allegations.push_back({"threats", "last week", "custodial staff"});
    interview.reprisalRisk = true;
    interview.content = "Was threatened after asking for a doctor.";
    (void)store.saveRecord(interview);
    custos::Finding urgent;
    urgent.header.visitId = visitId;
    urgent.theme = "exercise";
    urgent.ruleRefs = {23};
    urgent.severity = custos::FindingSeverity::Urgent;
    urgent.text = "No outdoor exercise for three weeks in wing B.";
    auto savedUrgent = store.saveRecord(urgent);
    custos::Finding good;
    good.header.visitId = visitId;
    good.theme = "registration";
    good.severity = custos::FindingSeverity::GoodPractice;
    good.text = "Register complete and legible.";
    (void)store.saveRecord(good);
    custos::Recommendation rec;
    rec.header.visitId = visitId;
    rec.facilityId = facilityId;
    rec.text = "Give every detainee at least one hour outdoors every day.";
    rec.addressee = "Prison director";
    rec.priority = custos::Priority::High;
    rec.dueDate = "2027-03-31";
    if (savedUrgent)
        rec.findingIds = {custos::headerOf(*savedUrgent).id};
    (void)store.saveRecord(rec);
    if (!custos::sync::syncOnce(store, *monitor.transport).ok())
        throw std::runtime_error("monitor push failed");
}

QString textOf(QQuickWindow* window, const QString& name) {
    auto* item = testkit::findItem(window, name);
    return item ? item->property("text").toString() : QString();
}

} // namespace

class ScreenGallery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        server_ = std::make_unique<testkit::TestServer>(testkit::TestServer::start("gallery"));
        seedTheMonitorsWork(*server_);
    }

    void everyVisitScreen_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("theme");
        for (const Variant& v :
             {Variant{"light", "en", "light"}, Variant{"dark", "en", "dark"},
              Variant{"contrast", "en", "contrast"}, Variant{"french", "fr", "light"},
              Variant{"rtl", "ar", "light"}, Variant{"portrait", "en", "light"}})
            QTest::newRow(v.name) << v.name << v.language << v.theme;
    }

    void everyVisitScreen() {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QFETCH(QString, theme);
        AppOptions options;
        options.dataDir =
            QString::fromStdString(testkit::freshDir("gallery-" + name.toStdString()));
        options.server = QString::fromStdString(server_->address);
        options.caCertFile = QStringLiteral(CUSTOS_TEST_CERTS "/ca.crt");
        options.syncIntervalSeconds = 0;
        options.language = language;
        options.theme = theme;
        AppShell shell(options);
        QCOMPARE(shell.load(), QString());
        QQuickWindow* window = shell.window();
        if (name == QLatin1String("portrait"))
            window->resize(800, 1280); // a 10-inch tablet held upright
        QCOMPARE(testkit::firstRunAndEnrol(shell, *server_, "Demo Lead", "gallery passphrase 1"),
                 QString());
        const auto shot = [&](const char* screen) {
            QVERIFY(testkit::waitUntilSettled(window));
            testkit::screenshot(window, QStringLiteral("gallery-%1-%2").arg(name, screen));
        };
        const auto back = [&] {
            return testkit::click(window, QStringLiteral("backButton")) &&
                   testkit::waitUntilSettled(window);
        };

        // The lead answers one item differently from the monitor: a divergence to settle.
        QTRY_VERIFY(testkit::findItem(window, "visit_0"));
        shot("01-visit-list");
        QVERIFY(testkit::click(window, "visit_0"));
        QTRY_VERIFY(testkit::findItem(window, "section_accommodation"));
        QVERIFY(testkit::click(window, "section_accommodation"));
        QTRY_VERIFY(testkit::findItem(window, "answer_acc.natural_light_no"));
        QVERIFY(testkit::click(window, "answer_acc.natural_light_no"));
        const int rounds = shell.sync().rounds();
        shell.sync().syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(shell.sync().rounds() > rounds, 20000);
        QTRY_VERIFY(testkit::findItem(window, "divergent_acc.natural_light"));
        shot("03-checklist-section");
        QVERIFY(back());
        QTRY_VERIFY(testkit::findItem(window, "visitHomePage"));
        shot("02-visit-home");
        if (language == QLatin1String("fr"))
            QVERIFY2(textOf(window, "openWholeChecklist") != QLatin1String("Whole checklist"),
                     "the visit home is not translated into French");
        if (language == QLatin1String("ar")) {
            // Mirrored: the way back sits on the right-hand side.
            auto* backButton = testkit::findItem(window, "backButton");
            QVERIFY(backButton);
            QVERIFY(backButton->mapToScene(QPointF(0, 0)).x() > window->width() / 2);
        }

        QVERIFY(testkit::click(window, "openTeam"));
        QTRY_VERIFY(testkit::findItem(window, "divergent_acc.natural_light"));
        shot("04-team");
        QVERIFY(back());

        QVERIFY(testkit::click(window, "openInterviews"));
        QTRY_VERIFY(testkit::findItem(window, "interview_0"));
        shot("05-interviews");
        QVERIFY(testkit::click(window, "interview_0"));
        QTRY_VERIFY(testkit::findItem(window, "interviewEditor"));
        QTRY_VERIFY(testkit::findItem(window, "contentMask")); // the account stays hidden
        shot("06-interview");
        QVERIFY(back());
        QVERIFY(back());

        QVERIFY(testkit::click(window, "openFindings"));
        QTRY_VERIFY(testkit::findItem(window, "immediate_0"));
        shot("07-findings");
        QVERIFY(testkit::click(window, "finding_0"));
        QTRY_VERIFY(testkit::findItem(window, "findingEditor"));
        shot("08-finding");
        QVERIFY(back());
        QVERIFY(testkit::click(window, "recommendation_0"));
        QTRY_VERIFY(testkit::findItem(window, "recommendationEditor"));
        shot("09-recommendation");
        QVERIFY(back());
        QVERIFY(back());
        QVERIFY(back());

        QTRY_VERIFY(testkit::findItem(window, "openChangePassphrase"));
        QVERIFY(testkit::click(window, "openChangePassphrase"));
        QTRY_VERIFY(testkit::findItem(window, "changePassphrasePage"));
        shot("10-change-passphrase");
        QVERIFY(back());
        QVERIFY(testkit::click(window, "openSettings"));
        QTRY_VERIFY(testkit::findItem(window, "settingsPage"));
        shot("11-settings");
    }

    void cleanupTestCase() { server_.reset(); }

private:
    std::unique_ptr<testkit::TestServer> server_;
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    ScreenGallery gallery;
    return QTest::qExec(&gallery, argc, argv);
}

#include "test_screen_gallery.moc"
