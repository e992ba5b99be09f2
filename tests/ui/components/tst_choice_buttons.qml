import QtQuick
import QtTest
import Custos.Ui
import Custos.Visit

// ChoiceButtons: one key among a few, or several with `multiple`; chosen(key) on tap; the
// saved choice alone (current / selected) decides which buttons show as checked.
TestCase {
    id: testCase
    name: "ChoiceButtons"
    width: 800
    height: 300
    visible: true
    when: windowShown

    readonly property var severities: [
        { key: "urgent", label: "Urgent" },
        { key: "concern", label: "Concern" },
        { key: "good_practice", label: "Good practice" }
    ]

    Component {
        id: choiceComponent
        ChoiceButtons { width: 800; prefix: "severity"; choices: testCase.severities }
    }

    SignalSpy { id: spy; signalName: "chosen" }

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

    function checkedKeys(root) {
        var keys = []
        for (var i = 0; i < severities.length; ++i)
            if (findChild(root, "severity_" + severities[i].key).checked)
                keys.push(severities[i].key)
        return keys
    }

    function test_everyChoiceIsANamedTouchSizedButton() {
        var buttons = createTemporaryObject(choiceComponent, testCase)
        for (var i = 0; i < severities.length; ++i) {
            var b = findChild(buttons, "severity_" + severities[i].key)
            verify(b !== null, severities[i].key)
            compare(b.text, severities[i].label)
            compare(b.Accessible.name, severities[i].label)
            verify(b.height >= Theme.touchTarget, severities[i].key + " is touch sized")
        }
        compare(checkedKeys(buttons), [], "nothing chosen yet")
    }

    function test_singleSelectionShowsTheCurrentKey() {
        var buttons = createTemporaryObject(choiceComponent, testCase, { current: "concern" })
        compare(checkedKeys(buttons), ["concern"])
        buttons.current = "urgent"
        compare(checkedKeys(buttons), ["urgent"])
        // `selected` is for multiple selection only.
        buttons.selected = ["good_practice"]
        compare(checkedKeys(buttons), ["urgent"])
        buttons.current = ""
        compare(checkedKeys(buttons), [])
    }

    function test_multipleSelectionShowsEverySelectedKey() {
        var buttons = createTemporaryObject(choiceComponent, testCase,
                                            { multiple: true, selected: ["urgent", "good_practice"] })
        compare(checkedKeys(buttons), ["urgent", "good_practice"])
        buttons.selected = ["concern"]
        compare(checkedKeys(buttons), ["concern"])
        buttons.current = "urgent" // ignored when multiple
        compare(checkedKeys(buttons), ["concern"])
        buttons.selected = []
        compare(checkedKeys(buttons), [])
    }

    function test_tapEmitsChosenWithoutCheckingByItself() {
        var buttons = createTemporaryObject(choiceComponent, testCase, { current: "concern" })
        spy.target = buttons
        spy.clear()
        mouseClick(findChild(buttons, "severity_urgent"))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "urgent")
        // Only the saved choice shows as checked; the owner sets `current` when it is saved.
        compare(checkedKeys(buttons), ["concern"])
        buttons.current = "urgent"
        compare(checkedKeys(buttons), ["urgent"])
        // Tapping the chosen one again still tells the owner (e.g. to deselect in a multiple).
        mouseClick(findChild(buttons, "severity_urgent"))
        compare(spy.count, 2)
        compare(spy.signalArguments[1][0], "urgent")
    }

    function test_multipleTapEmitsChosenForEachKey() {
        var buttons = createTemporaryObject(choiceComponent, testCase, { multiple: true })
        spy.target = buttons
        spy.clear()
        mouseClick(findChild(buttons, "severity_concern"))
        mouseClick(findChild(buttons, "severity_good_practice"))
        compare(spy.count, 2)
        compare(spy.signalArguments[0][0], "concern")
        compare(spy.signalArguments[1][0], "good_practice")
    }

    function test_newChoicesReplaceTheButtons() {
        var buttons = createTemporaryObject(choiceComponent, testCase)
        buttons.prefix = "priority"
        buttons.choices = [{ key: "high", label: "High" }, { key: "low", label: "Low" }]
        verify(findChild(buttons, "priority_high") !== null)
        verify(findChild(buttons, "priority_low") !== null)
        verify(findChild(buttons, "severity_urgent") === null)
        buttons.current = "low"
        verify(findChild(buttons, "priority_low").checked)
        verify(!findChild(buttons, "priority_high").checked)
    }
}
