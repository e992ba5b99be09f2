import QtQuick
import QtQuick.Controls
import QtTest
import Custos.Ui
import Custos.Visit

// DivergentItem: an item the team answered differently. One row per competing answer (value,
// author, time, source, note); only the visit lead (canReconcile) sees "Keep this answer" and the
// reason field, and keep(row, observationId, note) carries the reason typed.
TestCase {
    id: testCase
    name: "DivergentItem"
    width: 800
    height: 600
    visible: true
    when: windowShown

    function divergent(settled) {
        return {
            key: "acc.light", row: 7, section: "Accommodation", text: "Is there natural light?",
            settled: settled,
            competing: [
                { observationId: "obs-a", value: "Yes", author: "Amina", time: "10:02",
                  source: "observed", note: "", standing: true },
                { observationId: "obs-b", value: "No", author: "Bruno", time: "10:15",
                  source: "detainee", note: "Window painted over", standing: false },
                { observationId: "obs-c", value: "", author: "Chen", time: "10:20",
                  source: "staff", note: "", standing: false }
            ]
        }
    }

    Component {
        id: itemComponent
        DivergentItem { width: 800; item: testCase.divergent("") }
    }

    SignalSpy { id: spy; signalName: "keep" }

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

    function test_showsTheItemAndWhereItIs() {
        var d = createTemporaryObject(itemComponent, testCase)
        compare(d.objectName, "divergent_acc.light")
        verify(findTextContaining(d, "Is there natural light?") !== null)
        verify(findTextContaining(d, "Accommodation") !== null)
        verify(findTextContaining(d, "Settled before") === null
               || !findTextContaining(d, "Settled before").visible, "never settled: no line")
    }

    function test_earlierSettlementIsShown() {
        var d = createTemporaryObject(itemComponent, testCase, { item: divergent("Yes, by Amina") })
        var settled = findTextContaining(d, "Settled before")
        verify(settled !== null && settled.visible)
        verify(settled.text.indexOf("Yes, by Amina") >= 0, settled.text)
    }

    function test_oneRowPerCompetingAnswer() {
        var d = createTemporaryObject(itemComponent, testCase)
        var expected = ["Yes", "No", "(cleared)"]
        for (var i = 0; i < expected.length; ++i) {
            var value = findChild(d, "competingValue_acc.light_" + i)
            verify(value !== null, "row " + i)
            verify(value.visible)
            compare(value.text, expected[i])
        }
        verify(findChild(d, "competingValue_acc.light_3") === null, "no extra row")
        var bruno = findTextContaining(d, "Bruno")
        verify(bruno !== null)
        verify(bruno.text.indexOf("10:15") >= 0, bruno.text)
        verify(bruno.text.indexOf("detainee") >= 0, bruno.text)
        verify(bruno.text.indexOf("Window painted over") >= 0, bruno.text)
        verify(findTextContaining(d, "Amina") !== null)
        verify(findTextContaining(d, "Chen") !== null)
        // Rows in the given order, each below the previous one.
        var y0 = findChild(d, "competingValue_acc.light_0").mapToItem(d, 0, 0).y
        var y1 = findChild(d, "competingValue_acc.light_1").mapToItem(d, 0, 0).y
        var y2 = findChild(d, "competingValue_acc.light_2").mapToItem(d, 0, 0).y
        verify(y0 < y1 && y1 < y2)
    }

    function test_withoutReconcileRightNothingToKeep() {
        var d = createTemporaryObject(itemComponent, testCase)
        for (var i = 0; i < 3; ++i) {
            var keep = findChild(d, "keep_acc.light_" + i)
            verify(keep !== null)
            verify(!keep.visible, "keep " + i + " hidden")
        }
        verify(!findChild(d, "reconcileNote_acc.light").visible)
    }

    function test_leadSeesAKeepButtonPerAnswer() {
        var d = createTemporaryObject(itemComponent, testCase, { canReconcile: true })
        var authors = ["Amina", "Bruno", "Chen"]
        for (var i = 0; i < 3; ++i) {
            var keep = findChild(d, "keep_acc.light_" + i)
            verify(keep.visible, "keep " + i)
            verify(keep.height >= Theme.touchTarget)
            compare(keep.Accessible.name, "Keep " + authors[i] + "'s answer")
        }
        verify(findChild(d, "reconcileNote_acc.light").visible)
        d.canReconcile = false
        verify(!findChild(d, "keep_acc.light_0").visible)
        verify(!findChild(d, "reconcileNote_acc.light").visible)
    }

    function test_keepCarriesRowObservationAndTheReasonTyped() {
        var d = createTemporaryObject(itemComponent, testCase, { canReconcile: true })
        spy.target = d
        spy.clear()
        var note = findChild(d, "reconcileNote_acc.light")
        mouseClick(note)
        keyClick(Qt.Key_O)
        keyClick(Qt.Key_K)
        compare(note.text, "ok")
        mouseClick(findChild(d, "keep_acc.light_1"))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], 7)
        compare(spy.signalArguments[0][1], "obs-b")
        compare(spy.signalArguments[0][2], "ok")
    }

    function test_keepWithoutAReason() {
        var d = createTemporaryObject(itemComponent, testCase, { canReconcile: true })
        spy.target = d
        spy.clear()
        mouseClick(findChild(d, "keep_acc.light_2"))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], 7)
        compare(spy.signalArguments[0][1], "obs-c")
        compare(spy.signalArguments[0][2], "")
    }
}
