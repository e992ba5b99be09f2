// RowListModel, and VisitWorkspace against a real encrypted store: interviews (consent and a
// pseudonymous code first, content never in a row, edits as versions, who may edit), findings
// and the numbered immediate observations, recommendations, the facility's earlier
// recommendations and their follow-up, and submission by the lead that locks the visit.
#include "row_list_model.h"
#include "session.h"
#include "visit_workspace.h"

#include "custos/core/checklist.h"
#include "custos/core/uuid.h"

#include "process.h"
#include "record_builders.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace custos;
using custos::app::RowListModel;
using custos::app::Session;
using custos::app::VisitWorkspace;

namespace {

const QString kPassphrase = QStringLiteral("workspace test passphrase");

void require(bool condition, const char* what) {
    if (!condition)
        qFatal("test setup failed: %s", what);
}

ChecklistTemplate allTypes() {
    auto checklist = loadChecklistYaml(testkit::readFile(std::string(CUSTOS_SOURCE_DIR) +
                                                         "/tests/data/checklists/all-types.yaml"));
    if (!checklist)
        qFatal("%s", checklist.error().message.c_str());
    return *checklist;
}

/// An enrolled tablet holding one visit in progress (with a team, a facility and its checklist).
class World {
public:
    World(const std::string& name, TeamRole myRole) : session_(config(name)) {
        session_.createStore(kPassphrase, kPassphrase);
        require(session_.state() == Session::State::NeedsEnrolment, "store created");
        store::Enrolment me;
        me.deviceId = newId();
        me.userId = newId();
        me.userDisplayName = "Amina";
        me.credential = "x";
        require(session_.store()->saveEnrolment(me).ok(), "enrolment saved");
        // The session reads its enrolment when the store opens.
        session_.lock();
        session_.unlock(kPassphrase);
        require(session_.state() == Session::State::Ready, "unlocked and enrolled");
        require(session_.userId() == QString::fromStdString(me.userId), "session user");
        myId = me.userId;

        facility.id = newId();
        facility.name = "Central Prison";
        facility.type = FacilityType::Prison;
        facility.officialCapacity = 100;
        VisitCycle cycle;
        cycle.id = newId();
        cycle.name = "2026 periodic cycle";
        visit.id = newId();
        visit.facilityId = facility.id;
        visit.cycleId = cycle.id;
        visit.startDate = "2026-10-05";
        visit.endDate = "2026-10-06";
        visit.templateId = "all-types";
        visit.templateVersion = "1.0.0";
        visit.status = VisitStatus::InProgress;
        visit.team.push_back(TeamMember{myId, "Amina", myRole});
        visit.team.push_back(TeamMember{
            otherId, "Bruno", myRole == TeamRole::Head ? TeamRole::Member : TeamRole::Head});
        pull({Change{0, facility}, Change{0, cycle}, Change{0, allTypes()}, Change{0, visit}});
    }

    /// Applies changes as a sync pull would (sequence numbers assigned here).
    void pull(std::vector<Change> changes) {
        for (auto& change : changes)
            change.seq = ++seq_;
        require(session_.store()->applyPulled(changes, seq_).ok(), "changes applied");
        session_.notifyDataChanged();
    }

    /// A header for a record written elsewhere by `author` for `visitId`.
    RecordHeader remoteHeader(const std::string& visitId, const std::string& author) {
        return testkit::header(visitId, author, otherDevice, Hlc::of(1'000'000 + ++seq_, 0).packed);
    }

    Session& session() { return session_; }
    store::LocalStore& store() { return *session_.store(); }
    QString visitId() const { return QString::fromStdString(visit.id); }

    std::string myId;
    const std::string otherId = newId();
    const std::string otherDevice = newId();
    Facility facility;
    Visit visit;

private:
    static app::SessionConfig config(const std::string& name) {
        app::SessionConfig c;
        c.dataDir = QString::fromStdString(testkit::freshDir(name));
        return c;
    }

    Session session_;
    std::uint64_t seq_ = 0;
};

/// Every model of the workspace under QAbstractItemModelTester for the test's whole life.
std::vector<std::unique_ptr<QAbstractItemModelTester>> watch(const VisitWorkspace& workspace) {
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (auto* model : {workspace.interviews(), workspace.findings(), workspace.recommendations(),
                        workspace.immediateObservations(), workspace.earlierRecommendations()})
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    return testers;
}

/// The row whose recordId is `id`, or an empty map.
QVariantMap rowOf(const RowListModel& model, const QString& id) {
    for (const auto& row : model.rows())
        if (row.value(QStringLiteral("recordId")).toString() == id)
            return row;
    return {};
}

QVariantMap interviewFields(const QString& consent, const QString& code, const QString& content,
                            const QString& id = {}) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("consent"), consent},
            {QStringLiteral("personCode"), code},
            {QStringLiteral("kind"), QStringLiteral("individual")},
            {QStringLiteral("content"), content}};
}

QVariantMap findingFields(const QString& theme, const QString& severity, const QString& text) {
    return {{QStringLiteral("theme"), theme},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("text"), text},
            {QStringLiteral("rules"), QVariantList{13, 14, 13}}};
}

QVariantMap recommendationFields(const QString& text, const QString& due) {
    return {{QStringLiteral("text"), text},
            {QStringLiteral("addressee"), QStringLiteral("Prison administration")},
            {QStringLiteral("priority"), QStringLiteral("high")},
            {QStringLiteral("dueDate"), due}};
}

int versionsOf(store::LocalStore& store, const std::string& visitId, const QString& id) {
    auto records = store.records(visitId);
    require(records.ok(), "records read");
    int n = 0;
    for (const auto& record : *records)
        n += headerOf(record).id == id.toStdString();
    return n;
}

std::int64_t pendingOps(store::LocalStore& store) {
    auto state = store.syncState();
    require(state.ok(), "sync state read");
    return state->pendingOps;
}

} // namespace

class VisitWorkspaceTest : public QObject {
    Q_OBJECT

private slots:
    void rowListModelRowsRolesAndOutOfRange() {
        RowListModel model({"recordId", "body", "number"});
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &RowListModel::countChanged);
        QCOMPARE(model.rowCount(), 0);
        const auto names = model.roleNames();
        QCOMPARE(names.size(), 3);
        QCOMPARE(names.value(Qt::UserRole + 1), QByteArray("recordId"));
        QCOMPARE(names.value(Qt::UserRole + 2), QByteArray("body"));
        QCOMPARE(names.value(Qt::UserRole + 3), QByteArray("number"));

        const auto row = [](const QString& id, const QString& body, int number) {
            return QVariantMap{{QStringLiteral("recordId"), id},
                               {QStringLiteral("body"), body},
                               {QStringLiteral("number"), number},
                               {QStringLiteral("hidden"), QStringLiteral("not a role")}};
        };
        model.setRows({row("a", "first", 1), row("b", "second", 2), row("c", "third", 3)});
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.data(model.index(1), Qt::UserRole + 2).toString(), QString("second"));
        QCOMPARE(model.data(model.index(2), Qt::UserRole + 3).toInt(), 3);
        QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(), QString("a"));
        QVERIFY(!model.data(model.index(0), Qt::UserRole).isValid());
        QVERIFY(!model.data(model.index(0), Qt::UserRole + 4).isValid());
        QVERIFY(!model.data(model.index(0), Qt::DecorationRole).isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("is not valid"));
        QVERIFY(!model.data(model.index(3), Qt::UserRole + 1).isValid());
        QCOMPARE(model.rowCount(model.index(0)), 0); // a list: rows have no children
        QCOMPARE(model.get(2).value(QStringLiteral("body")).toString(), QString("third"));
        QCOMPARE(model.get(2).value(QStringLiteral("hidden")).toString(), QString("not a role"));
        QVERIFY(model.get(3).isEmpty());
        QVERIFY(model.get(-1).isEmpty());

        // The same number of rows with other values: views reset, the count does not change.
        model.setRows({row("x", "other", 7), row("y", "other", 8), row("z", "other", 9)});
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.data(model.index(0), Qt::UserRole + 1).toString(), QString("x"));

        // Missing keys read as invalid values.
        model.setRows({QVariantMap{{QStringLiteral("recordId"), QStringLiteral("only id")}}});
        QCOMPARE(model.count(), 1);
        QCOMPARE(counts.size(), 2);
        QVERIFY(!model.data(model.index(0), Qt::UserRole + 2).isValid());

        model.setRows({});
        QCOMPARE(model.count(), 0);
        QCOMPARE(counts.size(), 3);
        QVERIFY(model.get(0).isEmpty());

        RowListModel noRoles(QByteArrayList{});
        QAbstractItemModelTester empty(&noRoles,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        noRoles.setRows({row("a", "b", 1)});
        QVERIFY(!noRoles.data(noRoles.index(0), Qt::DisplayRole).isValid());
        QVERIFY(noRoles.roleNames().isEmpty());
    }

    void loadsTheVisitItsTeamAndThemes() {
        World world("workspace-load", TeamRole::Member);
        VisitWorkspace workspace;
        const auto testers = watch(workspace);
        QSignalSpy loaded(&workspace, &VisitWorkspace::loaded);
        workspace.setSession(&world.session());
        workspace.setVisitId(world.visitId());
        QVERIFY(loaded.size() >= 1);
        QCOMPARE(workspace.facilityName(), QString("Central Prison"));
        QCOMPARE(workspace.facilityId(), QString::fromStdString(world.facility.id));
        QCOMPARE(workspace.cycleName(), QString("2026 periodic cycle"));
        QCOMPARE(workspace.status(), QString("in_progress"));
        QVERIFY(!workspace.isLead());
        QVERIFY(!workspace.locked());
        QVERIFY(workspace.teamText().contains("Bruno (lead)"));
        QVERIFY(workspace.teamText().contains("Amina"));
        const auto themes = workspace.themes();
        QCOMPARE(themes.size(), 5);
        const auto acc = themes[1].toMap();
        QCOMPARE(acc.value("key").toString(), QString("acc"));
        QCOMPARE(acc.value("rules").toList(), (QVariantList{12, 13, 14}));
        QCOMPARE(workspace.choices("severity").size(), 4);
        QVERIFY(workspace.choices("no such list").isEmpty());
        for (auto* model :
             {workspace.interviews(), workspace.findings(), workspace.recommendations(),
              workspace.immediateObservations(), workspace.earlierRecommendations()})
            QCOMPARE(model->rowCount(), 0);

        // Unknown visit, then no visit: nothing shown, nothing writable.
        workspace.setVisitId(QString::fromStdString(newId()));
        QVERIFY(workspace.facilityName().isEmpty());
        QVERIFY(workspace.saveFinding(findingFields("acc", "concern", "x")).isEmpty());
        QVERIFY(workspace.error().contains("not on this tablet"));
    }

    void interviewNeedsConsentAndACodeAndHidesItsContent() {
        World world("workspace-interview", TeamRole::Member);
        VisitWorkspace workspace;
        const auto testers = watch(workspace);
        workspace.setSession(&world.session());
        workspace.setVisitId(world.visitId());
        const auto before = pendingOps(world.store());

        QVERIFY(workspace.saveInterview(interviewFields({}, "D-17", "CANARY")).isEmpty());
        QVERIFY(workspace.error().contains("consent"));
        QVERIFY(workspace.saveInterview(interviewFields("maybe", "D-17", "CANARY")).isEmpty());
        QVERIFY(workspace.error().contains("consent"));
        QVERIFY(workspace.saveInterview(interviewFields("internal", "  ", "CANARY")).isEmpty());
        QVERIFY(workspace.error().contains("pseudonymous code"));
        QCOMPARE(workspace.interviews()->rowCount(), 0);
        QCOMPARE(pendingOps(world.store()), before); // nothing kept, nothing queued

        const auto id = workspace.saveInterview(
            interviewFields("internal", "D-17", "CANARY beaten on arrival"));
        QVERIFY(!id.isEmpty());
        QVERIFY(workspace.error().isEmpty());
        QCOMPARE(workspace.interviews()->rowCount(), 1);
        const auto row = workspace.interviews()->get(0);
        QCOMPARE(row.value("recordId").toString(), id);
        QCOMPARE(row.value("personCode").toString(), QString("D-17"));
        QCOMPARE(row.value("consent").toString(), QString("internal"));
        QCOMPARE(row.value("author").toString(), QString("Amina"));
        QVERIFY(row.value("editable").toBool());
        // The content is not a role of the row and no role carries it.
        QVERIFY(!row.contains("content"));
        QVERIFY(!workspace.interviews()->roleNames().values().contains("content"));
        for (int role : workspace.interviews()->roleNames().keys())
            QVERIFY(!workspace.interviews()
                         ->data(workspace.interviews()->index(0), role)
                         .toString()
                         .contains("CANARY"));
        // The editor asks for it explicitly.
        QCOMPARE(workspace.interview(id).value("content").toString(),
                 QString("CANARY beaten on arrival"));
        QVERIFY(workspace.interview(QString::fromStdString(newId())).isEmpty());
        QCOMPARE(pendingOps(world.store()), before + 1);

        // Saving again with the id is a new version of the same interview, not a new row.
        const auto again =
            workspace.saveInterview(interviewFields("with_authorities", "D-18", "CANARY v2", id));
        QCOMPARE(again, id);
        QCOMPARE(workspace.interviews()->rowCount(), 1);
        QCOMPARE(workspace.interviews()->get(0).value("personCode").toString(), QString("D-18"));
        QCOMPARE(workspace.interview(id).value("consent").toString(), QString("with_authorities"));
        QCOMPARE(versionsOf(world.store(), world.visit.id, id), 2);
        QCOMPARE(pendingOps(world.store()), before + 2);

        // A second interview is a second row; both are evidence a finding can rest on.
        QVERIFY(!workspace.saveInterview(interviewFields("none", "D-21", "")).isEmpty());
        QCOMPARE(workspace.interviews()->rowCount(), 2);
        int interviewChoices = 0;
        for (const auto& choice : workspace.evidenceChoices())
            interviewChoices += choice.toMap().value("kind").toString() == "interview";
        QCOMPARE(interviewChoices, 2);
    }

    void anotherAuthorsInterviewIsEditableOnlyByTheLead() {
        for (const auto role : {TeamRole::Member, TeamRole::Head}) {
            const bool lead = role == TeamRole::Head;
            World world(lead ? "workspace-theirs-lead" : "workspace-theirs-member", role);
            VisitWorkspace workspace;
            const auto testers = watch(workspace);
            workspace.setSession(&world.session());
            workspace.setVisitId(world.visitId());
            QCOMPARE(workspace.isLead(), lead);

            auto theirs = testkit::interview(world.remoteHeader(world.visit.id, world.otherId),
                                             ConsentScope::Internal, "their CANARY");
            world.pull({Change{0, VisitRecord{theirs}}});
            const auto id = QString::fromStdString(theirs.header.id);
            QCOMPARE(workspace.interviews()->rowCount(), 1);
            QCOMPARE(workspace.interviews()->get(0).value("author").toString(), QString("Bruno"));
            QCOMPARE(workspace.interviews()->get(0).value("editable").toBool(), lead);
            QCOMPARE(workspace.interview(id).value("editable").toBool(), lead);

            const auto saved =
                workspace.saveInterview(interviewFields("internal", "D-17", "amended", id));
            if (lead) {
                QCOMPARE(saved, id);
                QCOMPARE(workspace.interview(id).value("content").toString(), QString("amended"));
                QCOMPARE(versionsOf(world.store(), world.visit.id, id), 2);
            } else {
                QVERIFY(saved.isEmpty());
                QVERIFY(workspace.error().contains("Only the interviewer or the visit lead"));
                QCOMPARE(workspace.interview(id).value("content").toString(),
                         QString("their CANARY"));
                QCOMPARE(versionsOf(world.store(), world.visit.id, id), 1);
            }
            QCOMPARE(workspace.interviews()->rowCount(), 1);
        }
    }

    void interviewerMayStillEditAfterTheLeadAmendedTheirInterview() {
        // The refusal says "Only the interviewer or the visit lead can change this interview":
        // the interviewer stays the interviewer after the lead corrects a detail.
        World world("workspace-amended-by-lead", TeamRole::Member);
        VisitWorkspace workspace;
        const auto testers = watch(workspace);
        workspace.setSession(&world.session());
        workspace.setVisitId(world.visitId());
        const auto id = workspace.saveInterview(interviewFields("internal", "D-17", "mine"));
        QVERIFY(!id.isEmpty());

        // The lead (Bruno) saves a new version of it on the lead's tablet; it arrives by sync.
        auto amended = testkit::interview(world.remoteHeader(world.visit.id, world.otherId),
                                          ConsentScope::Internal, "mine, amended by the lead");
        amended.header.id = id.toStdString();
        amended.header.hlc =
            Hlc::of(static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()) + 60'000, 0);
        world.pull({Change{0, VisitRecord{amended}}});
        QCOMPARE(workspace.interview(id).value("content").toString(),
                 QString("mine, amended by the lead"));

        QVERIFY2(workspace.interviews()->get(0).value("editable").toBool(),
                 "the interviewer can still edit their interview");
        QCOMPARE(workspace.saveInterview(interviewFields("internal", "D-17", "mine again", id)),
                 id);
    }

    void findingsNeedThemeSeverityAndTextAndUrgentOnesAreImmediateObservations() {
        World world("workspace-findings", TeamRole::Member);
        VisitWorkspace workspace;
        const auto testers = watch(workspace);
        workspace.setSession(&world.session());
        workspace.setVisitId(world.visitId());

        QVERIFY(workspace.saveFinding(findingFields({}, "concern", "Dark cells")).isEmpty());
        QVERIFY(workspace.error().contains("theme"));
        QVERIFY(workspace.saveFinding(findingFields("acc", "concern", " ")).isEmpty());
        QVERIFY(workspace.error().contains("text"));
        QVERIFY(workspace.saveFinding(findingFields("acc", {}, "Dark cells")).isEmpty());
        QVERIFY(workspace.error().contains("how serious"));
        QVERIFY(workspace.saveFinding(findingFields("acc", "dire", "Dark cells")).isEmpty());
        QVERIFY(workspace.error().contains("how serious"));
        QCOMPARE(workspace.findings()->rowCount(), 0);

        const auto concern = workspace.saveFinding(findingFields("acc", "concern", "Dark cells"));
        QVERIFY(!concern.isEmpty());
        QVERIFY(workspace.error().isEmpty());
        QCOMPARE(workspace.findings()->rowCount(), 1);
        QCOMPARE(workspace.immediateObservations()->rowCount(), 0);
        const auto row = rowOf(*workspace.findings(), concern);
        QCOMPARE(row.value("themeTitle").toString(), QString("Accommodation (Rules 12–17)"));
        QCOMPARE(row.value("rules").toString(), QString("13, 14"));
        QCOMPARE(workspace.finding(concern).value("rules").toList(), (QVariantList{13, 14}));
        QCOMPARE(row.value("severity").toString(), QString("concern"));

        const auto first =
            workspace.saveFinding(findingFields("ex", "urgent", "No time outdoors at all"));
        const auto second =
            workspace.saveFinding(findingFields("population", "urgent", "Three to a bed"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(workspace.findings()->rowCount(), 3);
        // Most serious first.
        QCOMPARE(workspace.findings()->get(0).value("severity").toString(), QString("urgent"));
        QCOMPARE(workspace.findings()->get(1).value("severity").toString(), QString("urgent"));
        QCOMPARE(workspace.findings()->get(2).value("severity").toString(), QString("concern"));

        auto* immediate = workspace.immediateObservations();
        QCOMPARE(immediate->rowCount(), 2);
        QCOMPARE(immediate->get(0).value("number").toInt(), 1);
        QCOMPARE(immediate->get(1).value("number").toInt(), 2);
        QVERIFY(!rowOf(*immediate, first).isEmpty());
        QVERIFY(!rowOf(*immediate, second).isEmpty());
        QVERIFY(rowOf(*immediate, concern).isEmpty());
        const auto text = workspace.immediateObservationsText();
        QVERIFY2(text.startsWith("Immediate observations – Central Prison"), qPrintable(text));
        QVERIFY2(text.contains("Exercise (Rule 23): No time outdoors at all"), qPrintable(text));
        QVERIFY2(text.contains("Population and capacity (Rules 11 and 12): Three to a bed"),
                 qPrintable(text));
        for (int n = 0; n < immediate->rowCount(); ++n) {
            const auto line = QString("%1. %2: %3")
                                  .arg(n + 1)
                                  .arg(immediate->get(n).value("themeTitle").toString(),
                                       immediate->get(n).value("body").toString());
            QVERIFY2(text.contains(line), qPrintable(line));
        }

        // Downgrading an urgent finding (a new version) removes it from the immediate list.
        auto downgrade = findingFields("ex", "priority_concern", "No time outdoors at all");
        downgrade.insert("id", first);
        QCOMPARE(workspace.saveFinding(downgrade), first);
        QCOMPARE(workspace.findings()->rowCount(), 3);
        QCOMPARE(immediate->rowCount(), 1);
        QCOMPARE(immediate->get(0).value("recordId").toString(), second);
        QCOMPARE(immediate->get(0).value("number").toInt(), 1);
    }

    void recommendationValidatesItsDueDate() {
        World world("workspace-recommendations", TeamRole::Member);
        VisitWorkspace workspace;
        const auto testers = watch(workspace);
        workspace.setSession(&world.session());
        workspace.setVisitId(world.visitId());

        auto noAddressee = recommendationFields("Install windows", "2027-03-31");
        noAddressee.remove("addressee");
        QVERIFY(workspace.saveRecommendation(noAddressee).isEmpty());
        QVERIFY(workspace.error().contains("addressed"));
        QVERIFY(workspace.saveRecommendation(recommendationFields("Install windows", "31/03/2027"))
                    .isEmpty());
        QVERIFY(workspace.error().contains("YYYY-MM-DD"));
        QVERIFY(workspace.saveRecommendation(recommendationFields("Install windows", "2027-02-30"))
                    .isEmpty());
        QVERIFY(workspace.error().contains("YYYY-MM-DD"));
        QCOMPARE(workspace.recommendations()->rowCount(), 0);

        const auto id =
            workspace.saveRecommendation(recommendationFields("Install windows", "2027-03-31"));
        QVERIFY(!id.isEmpty());
        QVERIFY(workspace.error().isEmpty());
        QVERIFY(!workspace.saveRecommendation(recommendationFields("Fix the yard", "")).isEmpty());
        QCOMPARE(workspace.recommendations()->rowCount(), 2);
        const auto row = rowOf(*workspace.recommendations(), id);
        QCOMPARE(row.value("dueDate").toString(), QString("2027-03-31"));
        QCOMPARE(row.value("priority").toString(), QString("high"));
        QCOMPARE(row.value("status").toString(), QString("open"));
        QCOMPARE(row.value("statusLabel").toString(), QString("Open"));
        QCOMPARE(workspace.recommendation(id).value("addressee").toString(),
                 QString("Prison administration"));
        // This visit's own recommendations are not "earlier" ones.
        QCOMPARE(workspace.earlierRecommendations()->rowCount(), 0);

        // Its status can be recorded here too.
        QVERIFY(workspace.updateRecommendation(id, "accepted", "Director agreed"));
        QCOMPARE(rowOf(*workspace.recommendations(), id).value("status").toString(),
                 QString("accepted"));
        QCOMPARE(workspace.earlierRecommendations()->rowCount(), 0);
    }

    void earlierRecommendationsOfTheFacilityAreFollowedUp() {
        World world("workspace-earlier", TeamRole::Member);
        const auto earlierVisit = newId();
        const auto past =
            testkit::recommendation(world.remoteHeader(earlierVisit, world.otherId),
                                    world.facility.id, "Give every cell a window", "2020-01-31");
        const auto future = testkit::recommendation(world.remoteHeader(earlierVisit, world.otherId),
                                                    world.facility.id,
                                                    "Train staff in de-escalation", "2099-12-31");
        const auto settled =
            testkit::recommendation(world.remoteHeader(earlierVisit, world.otherId),
                                    world.facility.id, "Repair the showers", "2021-06-30");
        const auto settledUpdate =
            testkit::recommendationUpdate(world.remoteHeader(earlierVisit, world.otherId),
                                          settled.header.id, RecommendationStatus::Implemented);
        const auto elsewhere =
            testkit::recommendation(world.remoteHeader(newId(), world.otherId), newId(),
                                    "Another facility's recommendation", "2020-01-31");
        world.pull({Change{0, VisitRecord{past}}, Change{0, VisitRecord{future}},
                    Change{0, VisitRecord{settled}}, Change{0, VisitRecord{settledUpdate}},
                    Change{0, VisitRecord{elsewhere}}});

        VisitWorkspace workspace;
        const auto testers = watch(workspace);
        workspace.setSession(&world.session());
        workspace.setVisitId(world.visitId());
        auto* earlier = workspace.earlierRecommendations();
        QCOMPARE(earlier->rowCount(), 2); // the settled one and another facility's are not shown
        const auto pastId = QString::fromStdString(past.header.id);
        const auto futureId = QString::fromStdString(future.header.id);
        QCOMPARE(earlier->get(0).value("recordId").toString(), pastId); // overdue first
        auto row = rowOf(*earlier, pastId);
        QCOMPARE(row.value("status").toString(), QString("open"));
        QCOMPARE(row.value("overdue").toBool(), true);
        QCOMPARE(row.value("checkedHere").toBool(), false);
        QCOMPARE(row.value("body").toString(), QString("Give every cell a window"));
        row = rowOf(*earlier, futureId);
        QCOMPARE(row.value("status").toString(), QString("open"));
        QCOMPARE(row.value("overdue").toBool(), false);
        QVERIFY(rowOf(*earlier, QString::fromStdString(settled.header.id)).isEmpty());
        QCOMPARE(workspace.recommendations()->rowCount(), 0);

        QVERIFY(!workspace.updateRecommendation(pastId, "done", "x"));
        QVERIFY(workspace.error().contains("where the recommendation stands"));

        const auto before = pendingOps(world.store());
        QVERIFY(workspace.updateRecommendation(pastId, "partially_implemented",
                                               "  Windows in wing A only  "));
        QVERIFY(workspace.error().isEmpty());
        QCOMPARE(pendingOps(world.store()), before + 1);
        row = rowOf(*earlier, pastId);
        QCOMPARE(row.value("status").toString(), QString("partially_implemented"));
        QCOMPARE(row.value("statusLabel").toString(), QString("Partially implemented"));
        QCOMPARE(row.value("evidence").toString(), QString("Windows in wing A only"));
        QCOMPARE(row.value("checkedHere").toBool(), true);
        QCOMPARE(row.value("overdue").toBool(), true); // still open, still past its due date

        // Implemented here: no longer open, but still listed because it was checked here.
        QVERIFY(workspace.updateRecommendation(futureId, "implemented", "Seen the training log"));
        row = rowOf(*earlier, futureId);
        QCOMPARE(row.value("status").toString(), QString("implemented"));
        QCOMPARE(row.value("checkedHere").toBool(), true);
        QCOMPARE(row.value("overdue").toBool(), false);
        QCOMPARE(earlier->rowCount(), 2);

        // The update is stored against the facility, so the next visit there sees it.
        auto facilityRecords = world.store().facilityRecommendations(world.facility.id);
        QVERIFY(facilityRecords.ok());
        int updates = 0;
        for (const auto& record : *facilityRecords)
            if (const auto* u = std::get_if<RecommendationUpdate>(&record))
                updates += u->header.visitId == world.visit.id;
        QCOMPARE(updates, 2);
    }

    void onlyTheLeadSubmitsAndSubmissionLocksTheVisit() {
        for (const auto role : {TeamRole::Member, TeamRole::Head}) {
            const bool lead = role == TeamRole::Head;
            World world(lead ? "workspace-submit-lead" : "workspace-submit-member", role);
            VisitWorkspace workspace;
            const auto testers = watch(workspace);
            workspace.setSession(&world.session());
            workspace.setVisitId(world.visitId());
            const auto interview =
                workspace.saveInterview(interviewFields("internal", "D-17", "before"));
            QVERIFY(!interview.isEmpty());
            const auto before = pendingOps(world.store());

            if (!lead) {
                QVERIFY(!workspace.submitVisit());
                QVERIFY(workspace.error().contains("Only the visit lead"));
                QVERIFY(!workspace.locked());
                QCOMPARE(pendingOps(world.store()), before);
                QVERIFY(!workspace
                             .saveInterview(interviewFields("internal", "D-17", "after", interview))
                             .isEmpty());
                continue;
            }

            QSignalSpy loaded(&workspace, &VisitWorkspace::loaded);
            QVERIFY(workspace.submitVisit());
            QVERIFY(loaded.size() >= 1);
            QVERIFY(workspace.locked());
            QCOMPARE(workspace.status(), QString("submitted"));
            QCOMPARE(workspace.statusLabel(), QString("Submitted (waiting for sync)"));
            QCOMPARE(pendingOps(world.store()), before + 1);
            auto ops = world.store().pendingOps(100);
            QVERIFY(ops.ok());
            QVERIFY(!ops->empty());
            const auto* record = std::get_if<VisitRecord>(&ops->back().payload);
            QVERIFY(record);
            const auto* change = std::get_if<VisitStatusChange>(record);
            QVERIFY(change);
            QVERIFY(change->status == VisitStatus::Submitted);
            QCOMPARE(QString::fromStdString(change->header.visitId), world.visitId());
            QCOMPARE(QString::fromStdString(change->header.authorId),
                     QString::fromStdString(world.myId));

            // A reload (e.g. after a sync that has not yet confirmed it) keeps it locked.
            world.session().notifyDataChanged();
            QVERIFY(workspace.locked());
            QVERIFY(!workspace.interview(interview).value("editable").toBool());

            // Every write is refused with a clear error, and nothing more is queued.
            const auto refused = [&workspace]() {
                return workspace.error().contains("has been submitted") &&
                       workspace.error().contains("can no longer be changed");
            };
            QVERIFY(workspace.saveInterview(interviewFields("internal", "D-17", "after", interview))
                        .isEmpty());
            QVERIFY2(refused(), qPrintable(workspace.error()));
            QVERIFY(workspace.saveFinding(findingFields("acc", "concern", "late")).isEmpty());
            QVERIFY(refused());
            QVERIFY(
                workspace.saveRecommendation(recommendationFields("late", "2027-01-01")).isEmpty());
            QVERIFY(refused());
            QVERIFY(!workspace.updateRecommendation(QString::fromStdString(newId()), "open", ""));
            QVERIFY(refused());
            QVERIFY(!workspace.submitVisit());
            QVERIFY(refused());
            QCOMPARE(pendingOps(world.store()), before + 1);
            QCOMPARE(workspace.interview(interview).value("content").toString(), QString("before"));

            // The server confirms: the visit arrives as submitted; it stays locked.
            auto submitted = world.visit;
            submitted.status = VisitStatus::Submitted;
            world.pull({Change{0, submitted}});
            QVERIFY(workspace.locked());
            QCOMPARE(workspace.statusLabel(), QString("Submitted"));
        }
    }

    void submissionStillLocksTheVisitWhenItIsOpenedAgainBeforeSync() {
        // The lead submits, leaves the visit and opens it again (a new workspace, as the visit
        // home makes) before the tablet has synced.
        World world("workspace-submit-reopen", TeamRole::Head);
        {
            VisitWorkspace workspace;
            workspace.setSession(&world.session());
            workspace.setVisitId(world.visitId());
            QVERIFY(workspace.submitVisit());
            QVERIFY(workspace.locked());
        }
        VisitWorkspace reopened;
        const auto testers = watch(reopened);
        reopened.setSession(&world.session());
        reopened.setVisitId(world.visitId());
        QVERIFY2(reopened.locked(), "the submission waiting in the outbox still locks the visit");
        QVERIFY(reopened.saveFinding(findingFields("acc", "concern", "late")).isEmpty());
    }

    void lockingTheSessionEmptiesTheModels() {
        World world("workspace-lock", TeamRole::Member);
        VisitWorkspace workspace;
        const auto testers = watch(workspace);
        workspace.setSession(&world.session());
        workspace.setVisitId(world.visitId());
        QVERIFY(!workspace.saveInterview(interviewFields("internal", "D-17", "x")).isEmpty());
        QVERIFY(!workspace.saveFinding(findingFields("acc", "urgent", "x")).isEmpty());
        QCOMPARE(workspace.interviews()->rowCount(), 1);
        world.session().lock();
        workspace.reload();
        QCOMPARE(workspace.interviews()->rowCount(), 0);
        QCOMPARE(workspace.immediateObservations()->rowCount(), 0);
        QVERIFY(workspace.saveFinding(findingFields("acc", "concern", "x")).isEmpty());
        QVERIFY(workspace.error().contains("locked"));
        world.session().unlock(kPassphrase);
        workspace.reload();
        QCOMPARE(workspace.interviews()->rowCount(), 1);
        QCOMPARE(workspace.findings()->rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(VisitWorkspaceTest)
#include "test_visit_workspace.moc"
