// VisitListModel against a real encrypted store: one row per visit on the tablet, in date order,
// counting only the items that apply to the facility and the flags the answers raise.
#include "session.h"
#include "visit_list_model.h"

#include "custos/core/checklist.h"
#include "custos/core/uuid.h"

#include "process.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace custos;
using custos::app::Session;
using custos::app::VisitListModel;

namespace {

const QString kPassphrase = QStringLiteral("visit list test passphrase");

ChecklistTemplate allTypes() {
    auto checklist = loadChecklistYaml(testkit::readFile(std::string(CUSTOS_SOURCE_DIR) +
                                                         "/tests/data/checklists/all-types.yaml"));
    if (!checklist)
        qFatal("%s", checklist.error().message.c_str());
    return *checklist;
}

Facility facility(const std::string& name, FacilityType type,
                  std::vector<std::string> population = {}) {
    Facility f;
    f.id = newId();
    f.name = name;
    f.type = type;
    f.officialCapacity = 100;
    f.populationFlags = std::move(population);
    return f;
}

Visit visit(const Facility& where, const std::string& cycle, const std::string& start,
            const std::string& end, VisitStatus status) {
    Visit v;
    v.id = newId();
    v.facilityId = where.id;
    v.cycleId = cycle;
    v.startDate = start;
    v.endDate = end;
    v.templateId = "all-types";
    v.templateVersion = "1.0.0";
    v.status = status;
    return v;
}

int rowOf(const VisitListModel& model, const std::string& visitId) {
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.data(model.index(r), VisitListModel::VisitIdRole).toString() ==
            QString::fromStdString(visitId))
            return r;
    return -1;
}

QVariant at(const VisitListModel& model, const std::string& visitId, int role) {
    const int r = rowOf(model, visitId);
    return r < 0 ? QVariant(QStringLiteral("<missing>")) : model.data(model.index(r), role);
}

} // namespace

class VisitListModelTest : public QObject {
    Q_OBJECT

private slots:
    void countsOnlyApplicableItemsAndTheFlagsTheAnswersRaise() {
        app::SessionConfig config;
        config.dataDir = QString::fromStdString(testkit::freshDir("visit-list-model"));
        Session session(config);
        session.createStore(kPassphrase, kPassphrase);
        QCOMPARE(session.state(), Session::State::NeedsEnrolment);
        auto* store = session.store();
        store::Enrolment me;
        me.deviceId = newId();
        me.userId = newId();
        me.credential = "x";
        QVERIFY(store->saveEnrolment(me).ok());

        VisitListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &VisitListModel::countChanged);
        model.setSession(&session);
        QCOMPARE(model.rowCount(), 0);

        // Two facilities without women, one with; the checklist's "wom" section applies only
        // where women are held.
        const auto men = facility("Central Prison", FacilityType::Prison);
        const auto remand = facility("North Remand Centre", FacilityType::RemandCentre);
        const auto women = facility("Women's Prison", FacilityType::Prison, {"women"});
        VisitCycle cycle;
        cycle.id = newId();
        cycle.name = "2026 periodic cycle";
        const auto quiet = visit(men, cycle.id, "2026-03-01", "", VisitStatus::Planned);
        const auto withWomen =
            visit(women, cycle.id, "2026-06-01", "2026-06-01", VisitStatus::InProgress);
        const auto flagged =
            visit(remand, cycle.id, "2026-09-01", "2026-09-03", VisitStatus::Submitted);
        // Pulled in another order than their dates.
        QVERIFY(store
                    ->applyPulled({{1, men},
                                   {2, remand},
                                   {3, women},
                                   {4, cycle},
                                   {5, allTypes()},
                                   {6, flagged},
                                   {7, quiet},
                                   {8, withWomen}},
                                  8)
                    .ok());

        // Answers: each one applicable answer counts; the women's item does not where it does
        // not apply; 120 held for 100 places, 2 m² each, no light to read, no yard: 4 flags.
        const auto answer = [&](const Visit& v, const std::string& key, AnswerValue value) {
            auto saved = store->recordAnswer(v.id, key, std::move(value), "", SourceTag::Observed);
            if (!saved)
                qFatal("%s", saved.error().message.c_str());
        };
        answer(withWomen, "wom.prenatal", AnswerCode::Yes);
        answer(flagged, "pop.capacity_official", std::int64_t{100});
        answer(flagged, "pop.total", std::int64_t{120});
        answer(flagged, "acc.light", AnswerCode::No);
        answer(flagged, "acc.length", 2.0);
        answer(flagged, "acc.width", 2.0);
        answer(flagged, "acc.occupants", std::int64_t{2});
        answer(flagged, "ex.yard", std::string("none"));
        answer(flagged, "wom.prenatal", AnswerCode::No); // does not apply here
        answer(flagged, "insp.notes", std::string("draft"));
        answer(flagged, "insp.notes", std::monostate{}); // cleared: no longer answered
        session.notifyDataChanged();

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.property("count").toInt(), 3);
        QVERIFY(counts.size() >= 1);
        // In date order.
        QCOMPARE(rowOf(model, quiet.id), 0);
        QCOMPARE(rowOf(model, withWomen.id), 1);
        QCOMPARE(rowOf(model, flagged.id), 2);

        QCOMPARE(at(model, quiet.id, VisitListModel::TotalRole).toInt(), 12);
        QCOMPARE(at(model, quiet.id, VisitListModel::AnsweredRole).toInt(), 0);
        QCOMPARE(at(model, quiet.id, VisitListModel::FlagsRole).toInt(), 0);

        QCOMPARE(at(model, withWomen.id, VisitListModel::TotalRole).toInt(), 13);
        QCOMPARE(at(model, withWomen.id, VisitListModel::AnsweredRole).toInt(), 1);
        QCOMPARE(at(model, withWomen.id, VisitListModel::FlagsRole).toInt(), 0);

        QCOMPARE(at(model, flagged.id, VisitListModel::TotalRole).toInt(), 12);
        QCOMPARE(at(model, flagged.id, VisitListModel::AnsweredRole).toInt(), 7);
        QCOMPARE(at(model, flagged.id, VisitListModel::FlagsRole).toInt(), 4);

        // The other roles.
        QCOMPARE(at(model, flagged.id, VisitListModel::FacilityNameRole).toString(),
                 QString("North Remand Centre"));
        QCOMPARE(model.data(model.index(2), Qt::DisplayRole).toString(),
                 QString("North Remand Centre"));
        QCOMPARE(at(model, flagged.id, VisitListModel::FacilityTypeRole).toString(),
                 QString("remand_centre"));
        QCOMPARE(at(model, flagged.id, VisitListModel::CycleNameRole).toString(),
                 QString("2026 periodic cycle"));
        // Dates as the monitor's locale writes them.
        const auto shown = [](const char* iso) {
            return QLocale().toString(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate),
                                      QLocale::ShortFormat);
        };
        QCOMPARE(at(model, flagged.id, VisitListModel::DatesRole).toString(),
                 shown("2026-09-01") + QString::fromUtf8(" – ") + shown("2026-09-03"));
        QCOMPARE(at(model, withWomen.id, VisitListModel::DatesRole).toString(),
                 shown("2026-06-01"));
        QCOMPARE(at(model, quiet.id, VisitListModel::DatesRole).toString(), shown("2026-03-01"));
        QCOMPARE(at(model, quiet.id, VisitListModel::StatusRole).toString(), QString("planned"));
        QCOMPARE(at(model, withWomen.id, VisitListModel::StatusLabelRole).toString(),
                 QString("in progress"));
        QCOMPARE(at(model, flagged.id, VisitListModel::StatusRole).toString(),
                 QString("submitted"));
        QVERIFY(!model.data(model.index(0), Qt::DecorationRole).isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("is not valid"));
        QVERIFY(!model.data(model.index(3), VisitListModel::VisitIdRole).isValid());
        QCOMPARE(model.rowCount(model.index(0)), 0);

        const auto names = model.roleNames();
        QCOMPARE(names.value(VisitListModel::AnsweredRole), QByteArray("answered"));
        QCOMPARE(names.value(VisitListModel::TotalRole), QByteArray("total"));
        QCOMPARE(names.value(VisitListModel::FlagsRole), QByteArray("flags"));
        QCOMPARE(names.value(VisitListModel::StatusLabelRole), QByteArray("statusLabel"));
        QCOMPARE(names.size(), 10);

        // Fixing an answer clears its flag; the list follows the session's data.
        answer(flagged, "acc.light", AnswerCode::Yes);
        session.notifyDataChanged();
        QCOMPARE(at(model, flagged.id, VisitListModel::FlagsRole).toInt(), 3);
        QCOMPARE(at(model, flagged.id, VisitListModel::AnsweredRole).toInt(), 7);

        // No session: no rows.
        model.setSession(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void lockingEmptiesTheListAndUnlockingFillsIt() {
        app::SessionConfig config;
        config.dataDir = QString::fromStdString(testkit::freshDir("visit-list-model-lock"));
        Session session(config);
        session.createStore(kPassphrase, kPassphrase);
        auto* store = session.store();
        store::Enrolment me;
        me.deviceId = newId();
        me.userId = newId();
        me.credential = "x";
        QVERIFY(store->saveEnrolment(me).ok());
        const auto men = facility("Central Prison", FacilityType::Prison);
        const auto v = visit(men, newId(), "2026-03-01", "", VisitStatus::InProgress);
        QVERIFY(store->applyPulled({{1, men}, {2, allTypes()}, {3, v}}, 3).ok());

        VisitListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QCOMPARE(model.rowCount(), 1);

        // Nothing of the visits stays on screen (or in the model) once the tablet is locked.
        session.lock();
        QCOMPARE(session.state(), Session::State::Locked);
        QCOMPARE(model.rowCount(), 0);
        session.unlock(kPassphrase);
        QCOMPARE(session.state(), Session::State::Ready);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(at(model, v.id, VisitListModel::FacilityNameRole).toString(),
                 QString("Central Prison"));
    }
};

QTEST_GUILESS_MAIN(VisitListModelTest)
#include "test_visit_list_model.moc"
