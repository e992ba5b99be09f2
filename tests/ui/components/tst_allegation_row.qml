import QtQuick
import QtQuick.Controls
import QtTest
import Custos.Ui
import Custos.Visit
import Custos.Interviews

// AllegationRow: what, when and the category of the alleged perpetrator. Every change is
// edited(index, field, value); Remove is removed(index). Read-only rows change nothing.
TestCase {
    id: testCase
    name: "AllegationRow"
    width: 900
    height: 500
    visible: true
    when: windowShown

    readonly property var types: [
        { key: "beating", label: "Beating" },
        { key: "threat", label: "Threat" },
        { key: "deprivation", label: "Deprivation" }
    ]
    readonly property var perpetrators: [
        { key: "guard", label: "Guard" },
        { key: "police", label: "Police" },
        { key: "co_detainee", label: "Co-detainee" }
    ]

    Component {
        id: rowComponent
        AllegationRow {
            width: 900
            index: 1
            type: "threat"
            when: "last week"
            perpetrator: ""
            typeChoices: testCase.types
            perpetratorChoices: testCase.perpetrators
        }
    }

    SignalSpy { id: editedSpy; signalName: "edited" }
    SignalSpy { id: removedSpy; signalName: "removed" }

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

    function findText(root, text) {
        for (var i = 0; i < root.children.length; ++i) {
            var child = root.children[i]
            if (child instanceof Label && child.text === text)
                return child
            var found = findText(child, text)
            if (found)
                return found
        }
        return null
    }

    function test_showsNumberAndSavedValues() {
        var row = createTemporaryObject(rowComponent, testCase)
        verify(findText(row, "Allegation 2") !== null, "numbered from 1")
        compare(findChild(row, "allegationWhen_1").text, "last week")
        verify(findChild(row, "allegationType_1_threat").checked)
        verify(!findChild(row, "allegationType_1_beating").checked)
        for (var i = 0; i < perpetrators.length; ++i)
            verify(!findChild(row, "allegationBy_1_" + perpetrators[i].key).checked)
        row.perpetrator = "police"
        verify(findChild(row, "allegationBy_1_police").checked)
    }

    function test_choosingATypeEmitsEdited() {
        var row = createTemporaryObject(rowComponent, testCase)
        editedSpy.target = row
        editedSpy.clear()
        mouseClick(findChild(row, "allegationType_1_beating"))
        compare(editedSpy.count, 1)
        compare(editedSpy.signalArguments[0][0], 1)
        compare(editedSpy.signalArguments[0][1], "type")
        compare(editedSpy.signalArguments[0][2], "beating")
    }

    function test_choosingAPerpetratorEmitsEdited() {
        var row = createTemporaryObject(rowComponent, testCase)
        editedSpy.target = row
        editedSpy.clear()
        mouseClick(findChild(row, "allegationBy_1_co_detainee"))
        compare(editedSpy.count, 1)
        compare(editedSpy.signalArguments[0][0], 1)
        compare(editedSpy.signalArguments[0][1], "perpetrator")
        compare(editedSpy.signalArguments[0][2], "co_detainee")
    }

    function test_typingWhenEmitsEditedWithTheText() {
        var row = createTemporaryObject(rowComponent, testCase, { when: "" })
        editedSpy.target = row
        editedSpy.clear()
        var field = findChild(row, "allegationWhen_1")
        verify(field.height >= Theme.touchTarget)
        mouseClick(field)
        keyClick(Qt.Key_M)
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_Y)
        compare(field.text, "may")
        compare(editedSpy.count, 3)
        for (var i = 0; i < 3; ++i) {
            compare(editedSpy.signalArguments[i][0], 1)
            compare(editedSpy.signalArguments[i][1], "when")
        }
        compare(editedSpy.signalArguments[0][2], "m")
        compare(editedSpy.signalArguments[2][2], "may")
    }

    function test_savedWhenSetByTheOwnerIsNotAnEdit() {
        var row = createTemporaryObject(rowComponent, testCase)
        editedSpy.target = row
        editedSpy.clear()
        row.when = "2024-02-03"
        compare(findChild(row, "allegationWhen_1").text, "2024-02-03")
        compare(editedSpy.count, 0)
    }

    function test_removeEmitsRemovedWithTheIndex() {
        var row = createTemporaryObject(rowComponent, testCase)
        removedSpy.target = row
        removedSpy.clear()
        editedSpy.target = row
        editedSpy.clear()
        var remove = findChild(row, "removeAllegation_1")
        verify(remove !== null && remove.visible)
        compare(remove.text, "Remove")
        mouseClick(remove)
        compare(removedSpy.count, 1)
        compare(removedSpy.signalArguments[0][0], 1)
        compare(editedSpy.count, 0)
    }

    function test_readOnlyRowChangesNothing() {
        var row = createTemporaryObject(rowComponent, testCase, { readOnly: true })
        editedSpy.target = row
        editedSpy.clear()
        removedSpy.target = row
        removedSpy.clear()
        verify(!findChild(row, "removeAllegation_1").visible)
        mouseClick(findChild(row, "allegationType_1_beating"))
        mouseClick(findChild(row, "allegationBy_1_guard"))
        var field = findChild(row, "allegationWhen_1")
        verify(field.readOnly)
        mouseClick(field)
        keyClick(Qt.Key_X)
        compare(field.text, "last week")
        compare(editedSpy.count, 0)
        compare(removedSpy.count, 0)
        // What was recorded is still shown.
        verify(findChild(row, "allegationType_1_threat").checked)
    }
}
