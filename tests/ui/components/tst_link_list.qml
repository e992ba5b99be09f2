import QtQuick
import QtQuick.Controls
import QtTest
import Custos.Ui
import Custos.Findings

// LinkList: tick the records a finding rests on. Every tick / untick emits toggled(ids) with the
// whole new list; the owner saves it into `selected`. emptyText only when there is nothing to tick.
TestCase {
    id: testCase
    name: "LinkList"
    width: 700
    height: 400
    visible: true
    when: windowShown

    readonly property var records: [
        { id: "obs-1", label: "Cell 4: no light" },
        { id: "obs-2", label: "Cell 7: no ventilation" },
        { id: "int-9", label: "Interview 3: allegation" }
    ]

    Component {
        id: listComponent
        LinkList { width: 700; prefix: "link"; options: testCase.records; emptyText: "Nothing recorded yet" }
    }

    SignalSpy { id: spy; signalName: "toggled" }

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
            if (child.text === text && child instanceof Label)
                return child
            var found = findText(child, text)
            if (found)
                return found
        }
        return null
    }

    function checkedIds(list) {
        var ids = []
        for (var i = 0; i < records.length; ++i)
            if (findChild(list, "link_" + i).checked)
                ids.push(records[i].id)
        return ids
    }

    function test_everyOptionIsANamedCheckBox() {
        var list = createTemporaryObject(listComponent, testCase)
        for (var i = 0; i < records.length; ++i) {
            var box = findChild(list, "link_" + i)
            verify(box !== null, records[i].id)
            compare(box.text, records[i].label)
            compare(box.Accessible.name, records[i].label)
            verify(box.visible)
        }
        verify(findChild(list, "link_3") === null)
        compare(checkedIds(list), [])
    }

    function test_selectedIdsShowTicked() {
        var list = createTemporaryObject(listComponent, testCase, { selected: ["int-9", "obs-1"] })
        compare(checkedIds(list), ["obs-1", "int-9"])
        list.selected = ["obs-2"]
        compare(checkedIds(list), ["obs-2"])
        list.selected = []
        compare(checkedIds(list), [])
    }

    function test_tickingEmitsTheListWithTheNewId() {
        var list = createTemporaryObject(listComponent, testCase, { selected: ["obs-2"] })
        spy.target = list
        spy.clear()
        mouseClick(findChild(list, "link_2"))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], ["obs-2", "int-9"])
        // The component does not change `selected` itself: the owner does, once saved.
        compare(list.selected, ["obs-2"])
        list.selected = spy.signalArguments[0][0]
        mouseClick(findChild(list, "link_0"))
        compare(spy.count, 2)
        compare(spy.signalArguments[1][0], ["obs-2", "int-9", "obs-1"])
        list.selected = spy.signalArguments[1][0]
        compare(checkedIds(list), ["obs-1", "obs-2", "int-9"])
    }

    function test_untickingEmitsTheListWithoutTheId() {
        var list = createTemporaryObject(listComponent, testCase, { selected: ["obs-1", "obs-2", "int-9"] })
        spy.target = list
        spy.clear()
        mouseClick(findChild(list, "link_1"))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], ["obs-1", "int-9"])
        list.selected = spy.signalArguments[0][0]
        mouseClick(findChild(list, "link_0"))
        compare(spy.count, 2)
        compare(spy.signalArguments[1][0], ["int-9"])
        list.selected = spy.signalArguments[1][0]
        mouseClick(findChild(list, "link_2"))
        compare(spy.count, 3)
        compare(spy.signalArguments[2][0], [])
        list.selected = spy.signalArguments[2][0]
        compare(checkedIds(list), [])
    }

    function test_tickThenUntickBeforeSavingComesBackToTheSavedList() {
        var list = createTemporaryObject(listComponent, testCase, { selected: ["obs-1"] })
        spy.target = list
        spy.clear()
        var box = findChild(list, "link_1")
        mouseClick(box)
        mouseClick(box)
        compare(spy.count, 2)
        compare(spy.signalArguments[0][0], ["obs-1", "obs-2"])
        compare(spy.signalArguments[1][0], ["obs-1"])
    }

    function test_savedSelectionWinsOverATick() {
        var list = createTemporaryObject(listComponent, testCase, { selected: [] })
        mouseClick(findChild(list, "link_0"))
        // The owner refused (e.g. save failed) and re-publishes what is saved.
        list.selected = []
        compare(checkedIds(list), [], "the box shows what is saved")
    }

    function test_emptyTextOnlyWhenThereAreNoOptions() {
        var list = createTemporaryObject(listComponent, testCase)
        var empty = findText(list, "Nothing recorded yet")
        verify(empty !== null)
        verify(!empty.visible, "options present: no empty text")
        list.options = []
        verify(empty.visible)
        verify(findChild(list, "link_0") === null, "no boxes without options")
        list.options = [{ id: "obs-5", label: "Kitchen" }]
        verify(!empty.visible)
        compare(findChild(list, "link_0").text, "Kitchen")
    }

    function test_noEmptyTextWhenNoneIsGiven() {
        var list = createTemporaryObject(listComponent, testCase, { options: [], emptyText: "" })
        for (var i = 0; i < list.children.length; ++i)
            if (list.children[i] instanceof Label)
                verify(!list.children[i].visible)
    }
}
