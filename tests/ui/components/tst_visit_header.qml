import QtQuick
import QtQuick.Controls
import QtTest
import Custos.Ui
import Custos.Visit

// VisitHeader: the way back (back() on tap), where we are (title, subtitle when there is one)
// and the screen's actions, given as children and shown after the title.
TestCase {
    id: testCase
    name: "VisitHeader"
    width: 900
    height: 200
    visible: true
    when: windowShown

    Component {
        id: headerComponent
        VisitHeader { width: 900; title: "Central Prison"; subtitle: "12 March · Accommodation" }
    }

    Component {
        id: headerWithActionsComponent
        VisitHeader {
            width: 900
            title: "Findings"
            ActionButton { objectName: "addFinding"; text: "Add finding" }
            ActionButton { objectName: "exportFindings"; text: "Export" }
        }
    }

    SignalSpy { id: spy; signalName: "back" }

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

    function test_showsTitleAndSubtitle() {
        var header = createTemporaryObject(headerComponent, testCase)
        var title = findText(header, "Central Prison")
        var subtitle = findText(header, "12 March · Accommodation")
        verify(title !== null && title.visible)
        verify(subtitle !== null && subtitle.visible)
        verify(subtitle.y > title.y, "subtitle under the title")
        verify(header.height >= Theme.touchTarget)
        header.title = "Team"
        compare(title.text, "Team")
    }

    function test_noSubtitleNoSubtitleLine() {
        var header = createTemporaryObject(headerComponent, testCase, { subtitle: "" })
        var title = findText(header, "Central Prison")
        verify(title.visible)
        // The subtitle line is the other label beside the title.
        var siblings = title.parent.children
        var subtitle = null
        for (var i = 0; i < siblings.length; ++i)
            if (siblings[i] instanceof Label && siblings[i] !== title)
                subtitle = siblings[i]
        verify(subtitle !== null)
        verify(!subtitle.visible, "the empty subtitle is hidden")
        header.subtitle = "Interviews"
        verify(subtitle.visible)
        compare(subtitle.text, "Interviews")
        header.subtitle = ""
        verify(!subtitle.visible)
    }

    function test_backButtonEmitsBack() {
        var header = createTemporaryObject(headerComponent, testCase)
        spy.target = header
        spy.clear()
        var back = findChild(header, "backButton")
        verify(back !== null)
        verify(back.visible)
        verify(back.text.indexOf("Back") >= 0, back.text)
        compare(back.Accessible.name, "Back to Back")
        verify(back.height >= Theme.touchTarget)
        mouseClick(back)
        compare(spy.count, 1)
    }

    function test_backTextNamesWhereBackGoes() {
        var header = createTemporaryObject(headerComponent, testCase, { backText: "Visits" })
        var back = findChild(header, "backButton")
        verify(back.text.indexOf("Visits") >= 0, back.text)
        compare(back.Accessible.name, "Back to Visits")
    }

    function test_childrenAppearAsActionsAfterTheTitle() {
        var header = createTemporaryObject(headerWithActionsComponent, testCase)
        var add = findChild(header, "addFinding")
        var exp = findChild(header, "exportFindings")
        verify(add !== null && exp !== null)
        verify(add.visible && exp.visible)
        verify(add.width > 0 && add.height > 0)
        var title = findText(header, "Findings")
        var titlePos = title.mapToItem(header, 0, 0)
        var addPos = add.mapToItem(header, 0, 0)
        var expPos = exp.mapToItem(header, 0, 0)
        var backPos = findChild(header, "backButton").mapToItem(header, 0, 0)
        verify(backPos.x < titlePos.x, "back first")
        verify(addPos.x > titlePos.x, "actions after the title")
        verify(expPos.x > addPos.x, "actions in the given order")
        verify(expPos.x + exp.width <= header.width, "actions fit in the bar")
        verify(addPos.y >= 0 && addPos.y + add.height <= header.height, "actions inside the bar")
    }

    function test_actionsStayTappable() {
        var header = createTemporaryObject(headerWithActionsComponent, testCase)
        spy.target = header
        spy.clear()
        var add = findChild(header, "addFinding")
        var clicks = 0
        add.clicked.connect(function() { ++clicks })
        mouseClick(add)
        compare(clicks, 1)
        compare(spy.count, 0, "an action is not the way back")
    }
}
