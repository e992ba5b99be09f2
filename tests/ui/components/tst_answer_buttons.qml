import QtQuick
import QtTest
import Custos.Ui

TestCase {
    id: testCase
    name: "AnswerButtons"
    width: 800
    height: 200
    visible: true
    when: windowShown

    Component {
        id: buttonsComponent
        AnswerButtons { itemKey: "acc.light"; width: 800 }
    }

    // Right-to-left languages mirror the window's layout; the answers then read from the right.
    Component {
        id: mirroredComponent
        Item {
            width: 800
            height: 200
            LayoutMirroring.enabled: true
            LayoutMirroring.childrenInherit: true
            property alias buttons: buttons
            AnswerButtons { id: buttons; itemKey: "acc.light"; width: 800 }
        }
    }

    SignalSpy { id: spy; signalName: "answered" }

    function findButton(root, name) {
        for (var i = 0; i < root.children.length; ++i) {
            var child = root.children[i]
            if (child.objectName === name)
                return child
            var found = findButton(child, name)
            if (found)
                return found
        }
        return null
    }

    function test_clickEmitsCode() {
        var buttons = createTemporaryObject(buttonsComponent, testCase)
        spy.target = buttons
        spy.clear()
        var no = findButton(buttons, "answer_acc.light_no")
        verify(no !== null, "a 'no' button exists")
        mouseClick(no)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "no")
    }

    function test_currentAnswerIsChecked() {
        var buttons = createTemporaryObject(buttonsComponent, testCase, { current: "partial" })
        verify(findButton(buttons, "answer_acc.light_partial").checked)
        verify(!findButton(buttons, "answer_acc.light_yes").checked)
        buttons.current = "yes"
        verify(findButton(buttons, "answer_acc.light_yes").checked)
        verify(!findButton(buttons, "answer_acc.light_partial").checked)
    }

    function test_everyChoiceHasATouchSizedTargetAndName() {
        var buttons = createTemporaryObject(buttonsComponent, testCase)
        var codes = ["yes", "no", "partial", "not_applicable", "not_verified"]
        for (var i = 0; i < codes.length; ++i) {
            var b = findButton(buttons, "answer_acc.light_" + codes[i])
            verify(b !== null, codes[i])
            verify(b.height >= Theme.touchTarget, codes[i] + " is at least 48 px high")
            verify(b.Accessible.name.length > 0, codes[i] + " has an accessible name")
        }
    }

    function test_mirroredLayoutPutsTheFirstAnswerOnTheRight() {
        var plain = createTemporaryObject(buttonsComponent, testCase)
        var yes = findButton(plain, "answer_acc.light_yes")
        var no = findButton(plain, "answer_acc.light_no")
        verify(yes.x < no.x, "left to right: yes comes first, on the left")

        var mirrored = createTemporaryObject(mirroredComponent, testCase)
        var root = mirrored.buttons
        var myes = findButton(root, "answer_acc.light_yes")
        var mno = findButton(root, "answer_acc.light_no")
        verify(myes.x > mno.x, "right to left: yes comes first, on the right")
        compare(myes.x + myes.width, root.width)
        // Mirroring moves the buttons, it does not shrink them or make them overlap.
        verify(mno.x + mno.width <= myes.x, "no overlap")
    }
}
