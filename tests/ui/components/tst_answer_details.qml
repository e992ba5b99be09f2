import QtQuick
import QtQuick.Controls
import QtTest
import Custos.Ui
import Custos.Checklist

// AnswerDetails: where the answer came from (sourceChosen(tag) on tap) and a note that opens on
// demand and is saved (noteEdited) when editing finishes or typing pauses.
TestCase {
    id: testCase
    name: "AnswerDetails"
    width: 900
    height: 300
    visible: true
    when: windowShown

    Component {
        id: detailsComponent
        AnswerDetails { width: 900; itemKey: "acc.light"; note: ""; source: "observed" }
    }

    SignalSpy { id: sourceSpy; signalName: "sourceChosen" }
    SignalSpy { id: noteSpy; signalName: "noteEdited" }

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

    function test_everySourceIsANamedButtonAndTheCurrentOneIsChecked() {
        var d = createTemporaryObject(detailsComponent, testCase, { source: "staff" })
        var tags = ["observed", "detainee", "staff", "document", "third_party"]
        for (var i = 0; i < tags.length; ++i) {
            var b = findChild(d, "source_acc.light_" + tags[i])
            verify(b !== null, tags[i])
            verify(b.Accessible.name.length > 0, tags[i] + " has an accessible name")
            compare(b.checked, tags[i] === "staff", tags[i])
        }
        d.source = "document"
        verify(findChild(d, "source_acc.light_document").checked)
        verify(!findChild(d, "source_acc.light_staff").checked)
    }

    function test_tapEmitsSourceChosen() {
        var d = createTemporaryObject(detailsComponent, testCase)
        sourceSpy.target = d
        sourceSpy.clear()
        mouseClick(findChild(d, "source_acc.light_detainee"))
        compare(sourceSpy.count, 1)
        compare(sourceSpy.signalArguments[0][0], "detainee")
        mouseClick(findChild(d, "source_acc.light_third_party"))
        compare(sourceSpy.count, 2)
        compare(sourceSpy.signalArguments[1][0], "third_party")
    }

    function test_noteOpensOnDemand() {
        var d = createTemporaryObject(detailsComponent, testCase)
        var toggle = findChild(d, "noteToggle_acc.light")
        var field = findChild(d, "note_acc.light")
        verify(toggle !== null && field !== null)
        verify(toggle.visible)
        verify(!field.visible, "no note, no field")
        mouseClick(toggle)
        verify(field.visible)
        verify(!toggle.visible)
    }

    function test_existingNoteIsShownOpen() {
        var d = createTemporaryObject(detailsComponent, testCase, { note: "Register p. 12" })
        var field = findChild(d, "note_acc.light")
        verify(field.visible)
        compare(field.text, "Register p. 12")
        verify(!findChild(d, "noteToggle_acc.light").visible)
    }

    function test_noteEditedWhenEditingFinishes() {
        var d = createTemporaryObject(detailsComponent, testCase)
        noteSpy.target = d
        noteSpy.clear()
        mouseClick(findChild(d, "noteToggle_acc.light"))
        var field = findChild(d, "note_acc.light")
        field.forceActiveFocus()
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_B)
        compare(noteSpy.count, 0, "not while typing")
        keyClick(Qt.Key_Return)
        compare(noteSpy.count, 1)
        compare(noteSpy.signalArguments[0][0], "ab")
        // The typing timer was stopped: no second save of the same text.
        wait(900)
        compare(noteSpy.count, 1)
    }

    function test_noteEditedWhenTypingPauses() {
        var d = createTemporaryObject(detailsComponent, testCase, { note: "p. 1" })
        noteSpy.target = d
        noteSpy.clear()
        var field = findChild(d, "note_acc.light")
        field.forceActiveFocus()
        field.cursorPosition = field.length
        keyClick(Qt.Key_2)
        tryCompare(noteSpy, "count", 1, 3000)
        compare(noteSpy.signalArguments[0][0], "p. 12")
    }

    function test_unchangedNoteIsNotSaved() {
        var d = createTemporaryObject(detailsComponent, testCase, { note: "same" })
        noteSpy.target = d
        noteSpy.clear()
        var field = findChild(d, "note_acc.light")
        field.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(noteSpy.count, 0)
    }
}
