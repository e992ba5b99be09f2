// ChecklistModel against a real encrypted store: rows, flags, applicability, autosave, and the
// move of a visit in progress to a newer checklist version without losing any answer.
#include "checklist_model.h"
#include "session.h"

#include "custos/core/checklist.h"
#include "custos/core/uuid.h"

#include "process.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QTest>

using namespace custos;
using custos::app::ChecklistModel;
using custos::app::Session;

namespace {

ChecklistTemplate load(const std::string& yaml) {
    auto checklist = loadChecklistYaml(yaml);
    if (!checklist)
        qFatal("%s", checklist.error().message.c_str());
    return *checklist;
}

std::string item(const std::string& key, const std::string& extra = "type: yes_no") {
    return "      - {key: " + key + ", " + extra + ", rules: [14], prompt: \"Q " + key +
           "\", guidance: G}\n";
}

const std::string kV1 = "id: m\nversion: 1.0.0\ntitle: M\nsections:\n  - key: acc\n    title: A\n"
                        "    items:\n" +
                        item("acc.light") + item("acc.size", "type: text") + item("acc.carpet") +
                        item("acc.keep");
const std::string kV2 = "id: m\nversion: 2.0.0\ntitle: M\nmigrates_from:\n  version: 1.0.0\n"
                        "  renamed: {acc.light: acc.natural_light}\n"
                        "  split: {acc.size: [acc.length, acc.width]}\n"
                        "  removed: [acc.carpet]\n"
                        "sections:\n  - key: acc\n    title: A\n    items:\n" +
                        item("acc.natural_light") + item("acc.length", "type: text") +
                        item("acc.width", "type: text") + item("acc.keep");

int rowOf(const ChecklistModel& model, const QString& key) {
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.data(model.index(r), ChecklistModel::KeyRole).toString() == key)
            return r;
    return -1;
}

QString at(const ChecklistModel& model, const QString& key, int role) {
    const int r = rowOf(model, key);
    return r < 0 ? QString("<missing>") : model.data(model.index(r), role).toString();
}

} // namespace

class ChecklistModelTest : public QObject {
    Q_OBJECT

private slots:
    void visitInProgressMovesToANewVersionWithoutLosingAnswers() {
        custos::app::SessionConfig config;
        config.dataDir = QString::fromStdString(testkit::freshDir("model-migration"));
        Session session(config);
        session.createStore("model test passphrase", "model test passphrase");
        QCOMPARE(session.state(), Session::State::NeedsEnrolment);
        auto* store = session.store();
        store::Enrolment me;
        me.deviceId = newId();
        me.userId = newId();
        me.credential = "x";
        QVERIFY(store->saveEnrolment(me).ok());
        Facility facility{newId(), "F", FacilityType::Prison, "", "", 10, {}, {}};
        Visit visit;
        visit.id = newId();
        visit.facilityId = facility.id;
        visit.cycleId = newId();
        visit.templateId = "m";
        visit.templateVersion = "1.0.0";
        QVERIFY(store->applyPulled({{1, facility}, {2, load(kV1)}, {3, visit}}, 3).ok());

        ChecklistModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        model.setVisitId(QString::fromStdString(visit.id));
        QCOMPARE(model.itemCount(), 4);
        QVERIFY(model.answer(rowOf(model, "acc.light"), "no"));
        QVERIFY(model.answer(rowOf(model, "acc.size"), "3 x 2 m"));
        QVERIFY(model.answer(rowOf(model, "acc.carpet"), "yes"));
        QVERIFY(model.answer(rowOf(model, "acc.keep"), "not_verified"));
        QVERIFY(!model.answer(rowOf(model, "acc.light"), "perhaps"));
        QVERIFY(model.error().contains("not a valid answer"));
        QCOMPARE(model.answeredCount(), 4);

        // The coordinator moves the visit to version 2; the device receives both by sync.
        visit.templateVersion = "2.0.0";
        QVERIFY(store->applyPulled({{4, load(kV2)}, {5, visit}}, 5).ok());
        session.notifyDataChanged();
        model.reload();
        QCOMPARE(at(model, "acc.natural_light", ChecklistModel::AnswerRole), QString("no"));
        QCOMPARE(at(model, "acc.length", ChecklistModel::AnswerRole), QString("3 x 2 m"));
        QCOMPARE(at(model, "acc.width", ChecklistModel::AnswerRole), QString(""));
        QCOMPARE(at(model, "acc.keep", ChecklistModel::AnswerRole), QString("not_verified"));
        // What has no exact home is shown, not dropped.
        QCOMPARE(at(model, "earlier_version", ChecklistModel::KindRole), QString("section"));
        QCOMPARE(at(model, "acc.carpet", ChecklistModel::KindRole), QString("earlier"));
        QCOMPARE(at(model, "acc.carpet", ChecklistModel::AnswerRole), QString("yes"));
        QCOMPARE(at(model, "acc.size", ChecklistModel::KindRole), QString("earlier"));
        QVERIFY(at(model, "acc.size", ChecklistModel::GuidanceRole).contains("Q acc.width"));

        // Answering under the new key takes over from the carried answer.
        QVERIFY(model.answer(rowOf(model, "acc.natural_light"), "yes"));
        QCOMPARE(at(model, "acc.natural_light", ChecklistModel::AnswerRole), QString("yes"));
        QCOMPARE(model.answeredCount(), 3);
        QCOMPARE(store->syncState()->pendingOps, 5); // every answer is queued for the server
    }
};

QTEST_GUILESS_MAIN(ChecklistModelTest)
#include "test_checklist_model.moc"
