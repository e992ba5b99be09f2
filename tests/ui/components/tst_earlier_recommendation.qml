import QtQuick
import QtQuick.Controls
import QtTest
import Custos.Ui
import Custos.Visit

// EarlierRecommendation: a recommendation from an earlier visit, "Overdue" when past due, and one
// tap per status to record what this visit found: statusChosen(recordId, status, evidence).
// Nothing to tap when not editable.
TestCase {
    id: testCase
    name: "EarlierRecommendation"
    width: 900
    height: 500
    visible: true
    when: windowShown

    readonly property var statusKeys: ["implemented", "partially_implemented", "in_progress",
                                       "not_implemented"]

    Component {
        id: recComponent
        EarlierRecommendation {
            width: 900
            index: 2
            recordId: "rec-42"
            body: "Fit windows that let daylight in, block C"
            addressee: "Prison director"
            priorityLabel: "High"
            dueDate: "2024-01-31"
            status: "in_progress"
            statusLabel: "In progress"
            evidence: ""
            overdue: false
            checkedHere: false
        }
    }

    SignalSpy { id: spy; signalName: "statusChosen" }

    function findChild(root, name) {
        for (var i = 0; i < root.children.length; ++i) {
            var child = root.children[i]
            if (child.objectName === name)
                return child
            var found = findChild(child, name)
            if (found)
                return found
        }
        return null
    }

    function findTextContaining(root, part) {
        for (var i = 0; i < root.children.length; ++i) {
            var child = root.children[i]
            if (child instanceof Label && child.text.indexOf(part) >= 0)
                return child
            var found = findTextContaining(child, part)
            if (found)
                return found
        }
        return null
    }

    function test_showsWhatWasAskedOfWhomByWhen() {
        var rec = createTemporaryObject(recComponent, testCase)
        compare(rec.objectName, "earlierRecommendation_2")
        verify(findTextContaining(rec, "Fit windows that let daylight in, block C") !== null)
        var who = findTextContaining(rec, "Prison director")
        verify(who !== null)
        verify(who.text.indexOf("High") >= 0, who.text)
        verify(who.text.indexOf("2024-01-31") >= 0, who.text)
        rec.dueDate = ""
        verify(who.text.indexOf("due") < 0, "no due date, no 'due': " + who.text)
        compare(findChild(rec, "earlierStatus_2").text, "Status: In progress")
    }

    function test_overdueOnlyWhenOverdue() {
        var rec = createTemporaryObject(recComponent, testCase)
        var status = findChild(rec, "earlierStatus_2")
        verify(status.text.indexOf("Overdue") < 0, status.text)
        rec.overdue = true
        verify(status.text.indexOf("Overdue") === 0, status.text)
        verify(status.text.indexOf("In progress") >= 0, status.text)
        rec.overdue = false
        verify(status.text.indexOf("Overdue") < 0, status.text)
    }

    function test_checkedHereShowsTheStatusFoundAndEvidence() {
        var rec = createTemporaryObject(recComponent, testCase,
                                        { checkedHere: true, status: "implemented",
                                          statusLabel: "Implemented", evidence: "Saw new windows" })
        var status = findChild(rec, "earlierStatus_2")
        compare(status.text, "Checked on this visit: Implemented — Saw new windows")
        for (var i = 0; i < statusKeys.length; ++i)
            compare(findChild(rec, "earlierSet_2_" + statusKeys[i]).checked,
                    statusKeys[i] === "implemented", statusKeys[i])
    }

    function test_correctingAStatusKeepsTheEvidenceRecordedHere() {
        var rec = createTemporaryObject(recComponent, testCase,
                                        { checkedHere: true, status: "implemented",
                                          statusLabel: "Implemented", evidence: "Saw new windows" })
        compare(findChild(rec, "earlierEvidence_2").text, "Saw new windows")
        spy.target = rec
        spy.clear()
        mouseClick(findChild(rec, "earlierSet_2_partially_implemented"))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][2], "Saw new windows")
    }

    function test_statusFromAnEarlierVisitIsNotShownAsChosenHere() {
        var rec = createTemporaryObject(recComponent, testCase)
        for (var i = 0; i < statusKeys.length; ++i)
            verify(!findChild(rec, "earlierSet_2_" + statusKeys[i]).checked, statusKeys[i])
    }

    function test_everyStatusIsATouchSizedButton() {
        var rec = createTemporaryObject(recComponent, testCase)
        for (var i = 0; i < statusKeys.length; ++i) {
            var b = findChild(rec, "earlierSet_2_" + statusKeys[i])
            verify(b !== null, statusKeys[i])
            verify(b.visible, statusKeys[i])
            verify(b.height >= Theme.touchTarget, statusKeys[i])
            verify(b.Accessible.name.indexOf("Mark as") === 0, b.Accessible.name)
        }
        verify(findChild(rec, "earlierEvidence_2").visible)
    }

    function test_tapEmitsStatusChosenWithTheEvidenceTyped() {
        var rec = createTemporaryObject(recComponent, testCase)
        spy.target = rec
        spy.clear()
        mouseClick(findChild(rec, "earlierSet_2_not_implemented"))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "rec-42")
        compare(spy.signalArguments[0][1], "not_implemented")
        compare(spy.signalArguments[0][2], "")

        var evidence = findChild(rec, "earlierEvidence_2")
        mouseClick(evidence)
        keyClick(Qt.Key_S)
        keyClick(Qt.Key_E)
        keyClick(Qt.Key_E)
        keyClick(Qt.Key_N)
        compare(evidence.text, "seen")
        mouseClick(findChild(rec, "earlierSet_2_partially_implemented"))
        compare(spy.count, 2)
        compare(spy.signalArguments[1][0], "rec-42")
        compare(spy.signalArguments[1][1], "partially_implemented")
        compare(spy.signalArguments[1][2], "seen")
    }

    function test_notEditableHidesButtonsAndEvidence() {
        var rec = createTemporaryObject(recComponent, testCase, { editable: false })
        for (var i = 0; i < statusKeys.length; ++i)
            verify(!findChild(rec, "earlierSet_2_" + statusKeys[i]).visible, statusKeys[i])
        verify(!findChild(rec, "earlierEvidence_2").visible)
        // What stands is still shown.
        verify(findChild(rec, "earlierStatus_2").visible)
        rec.editable = true
        verify(findChild(rec, "earlierSet_2_implemented").visible)
    }
}
