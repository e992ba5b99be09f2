// Whole-app scenario: a visit whose checklist has every item type. Each input works, answers
// are saved, and threshold flags appear inline while the monitor types.
#include "app_driver.h"
#include "app_shell.h"
#include "checklist_model.h"
#include "process.h"
#include "scenario_steps.h"
#include "session.h"
#include "sync_controller.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using custos::app::AppOptions;
using custos::app::AppShell;
namespace testkit = custos::testkit;

namespace {

QString textOf(QQuickWindow* window, const QString& name) {
    auto* item = testkit::findItem(window, name);
    return item ? item->property("text").toString() : QString();
}

/// Every visible flag message under the item card with this key.
QStringList flagsOf(QQuickWindow* window, const QString& key) {
    QStringList texts;
    auto* card = testkit::findItem(window, "item_" + key);
    if (!card)
        card = testkit::findItem(window, "indicator_" + key);
    if (!card)
        return texts;
    std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
        if (!item->isVisible())
            return;
        if (item->objectName() == "flagText")
            texts << item->property("text").toString();
        for (auto* child : item->childItems())
            walk(child);
    };
    walk(card);
    return texts;
}

/// Scrolls the checklist so that the item with this name is on screen and has stopped moving
/// (delegates created while scrolling settle their heights a moment later).
bool scrollTo(QQuickWindow* window, const QString& objectName) {
    auto* list = testkit::findItem(window, "checklistList");
    if (!list)
        return false;
    QPointF last(-1, -1);
    for (int step = 0; step < 100; ++step) {
        if (auto* item = testkit::findItem(window, objectName)) {
            const auto top = item->mapToItem(list, QPointF(0, 0)).y();
            if (top >= 0 && top + item->height() <= list->height()) {
                const auto here = item->mapToScene(QPointF(0, 0));
                if (here == last)
                    return true;
                last = here;
                QTest::qWait(30);
                continue;
            }
            list->setProperty("contentY", list->property("contentY").toReal() + top - 20);
        } else {
            list->setProperty("contentY", list->property("contentY").toReal() + 300);
        }
        QTest::qWait(20);
    }
    return testkit::findItem(window, objectName) != nullptr;
}

} // namespace

class ChecklistInputs : public QObject {
    Q_OBJECT

private slots:
    void everyItemTypeHasAnInputAndFlagsShowInline() {
        auto server = testkit::TestServer::start("ui-inputs", CUSTOS_SOURCE_DIR
                                                 "/tests/data/checklists/all-types.yaml");
        AppOptions options;
        options.dataDir = QString::fromStdString(testkit::freshDir("ui-inputs-app"));
        options.server = QString::fromStdString(server.address);
        options.caCertFile = QStringLiteral(CUSTOS_TEST_CERTS "/ca.crt");
        options.syncIntervalSeconds = 0;
        AppShell shell(options);
        QCOMPARE(shell.load(), QString());
        QQuickWindow* window = shell.window();
        QCOMPARE(testkit::firstRunAndEnrol(shell, server, "Demo Monitor", "inputs passphrase 42"),
                 QString());
        QVERIFY(testkit::click(window, "visit_0"));
        QTRY_VERIFY(testkit::findItem(window, "openWholeChecklist"));
        QVERIFY(testkit::click(window, "openWholeChecklist"));
        QTRY_VERIFY(testkit::findItem(window, "checklistPage"));
        QVERIFY(testkit::waitUntilSettled(window));

        // The women's section does not apply to this prison (no women held).
        QVERIFY(!testkit::findItem(window, "item_wom.prenatal"));

        // yes/no with an inline flag when the standard is not met
        QVERIFY(scrollTo(window, "answer_acc.light_no"));
        QVERIFY(testkit::click(window, "answer_acc.light_no"));
        QTRY_COMPARE(flagsOf(window, "acc.light"),
                     QStringList{"Concern: Cells lack natural light to read by (Rule 14(a))"});

        // numbers and a count feed the space indicator, flagged as soon as it can be computed
        QVERIFY(scrollTo(window, "input_acc.length"));
        QVERIFY(testkit::typeInto(window, "input_acc.length", "3"));
        QVERIFY(testkit::typeInto(window, "input_acc.width", "2.5"));
        QVERIFY(scrollTo(window, "increment_acc.occupants"));
        QVERIFY(testkit::click(window, "increment_acc.occupants"));
        QVERIFY(testkit::click(window, "increment_acc.occupants"));
        QTRY_COMPARE(textOf(window, "input_acc.occupants"), QStringLiteral("2"));
        QVERIFY(scrollTo(window, "indicator_m2_per_person"));
        QTRY_COMPARE(textOf(window, "indicatorValue_m2_per_person"), QStringLiteral("3.8 m²"));
        QTRY_COMPARE(flagsOf(window, "m2_per_person"),
                     QStringList{"Priority concern: 3.8 m² per person — below the CPT minimum of "
                                 "4 m² in shared cells (CPT/Inf (2015) 44)"});
        testkit::screenshot(window, "10-checklist-flags");

        // duration: the flag shows while typing, before anything is saved
        QVERIFY(scrollTo(window, "input_ex.outdoor"));
        QVERIFY(testkit::typeInto(window, "input_ex.outdoor", "0.5"));
        QTRY_COMPARE(flagsOf(window, "ex.outdoor"),
                     QStringList{"Priority concern: 0.5 h outdoors a day — below the one hour "
                                 "Rule 23 requires (Rule 23(1))"});
        QVERIFY(testkit::typeInto(window, "input_ex.outdoor", "1"));
        QTRY_VERIFY(flagsOf(window, "ex.outdoor").isEmpty());

        // single and multiple choice
        QVERIFY(scrollTo(window, "choice_ex.yard_none"));
        QVERIFY(testkit::click(window, "choice_ex.yard_none"));
        QTRY_COMPARE(flagsOf(window, "ex.yard").size(), 1);
        QVERIFY(scrollTo(window, "choice_ex.equipment_sport"));
        QVERIFY(testkit::click(window, "choice_ex.equipment_shelter"));
        QVERIFY(testkit::click(window, "choice_ex.equipment_sport"));
        QTRY_VERIFY(
            testkit::findItem(window, "choice_ex.equipment_sport")->property("checked").toBool());
        QVERIFY(
            testkit::findItem(window, "choice_ex.equipment_shelter")->property("checked").toBool());
        QVERIFY(!testkit::findItem(window, "choice_ex.equipment_seating")
                     ->property("checked")
                     .toBool());

        // date and text
        QVERIFY(scrollTo(window, "input_insp.last"));
        QVERIFY(testkit::typeInto(window, "input_insp.last", "2025-06-30"));
        QVERIFY(scrollTo(window, "text_insp.notes"));
        QVERIFY(testkit::typeInto(window, "text_insp.notes", "Improve ventilation"));
        testkit::screenshot(window, "11-checklist-all-types");

        // Everything is in the encrypted store, even text still being typed (autosave while
        // the field keeps focus), and reaches the server.
        auto* store = shell.session().store();
        const auto visitId = store->visits()->front().visit.id;
        QTRY_COMPARE(store->currentAnswers(visitId)->size(), 9u); // every item but the photo
        auto answers = store->currentAnswers(visitId);
        QCOMPARE(answers->at("insp.notes").value,
                 custos::AnswerValue(std::string("Improve ventilation")));
        QCOMPARE(answers->at("ex.outdoor").value, custos::AnswerValue(1.0));
        QCOMPARE(answers->at("ex.equipment").value,
                 custos::AnswerValue(std::vector<std::string>{"shelter", "sport"}));
        QCOMPARE(answers->at("insp.last").value, custos::AnswerValue(std::string("2025-06-30")));
        const int before = shell.sync().rounds();
        shell.sync().syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(shell.sync().rounds() > before, 20000);
        QCOMPARE(shell.sync().pendingOps(), 0);
        QCOMPARE(shell.sync().lastError(), QString());
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    ChecklistInputs test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_checklist_inputs.moc"
