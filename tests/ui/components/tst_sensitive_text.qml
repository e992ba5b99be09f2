import QtQuick
import QtQuick.Controls
import QtTest
import Custos.Ui
import Custos.Interviews

// SensitiveText: the content is not drawn (transparent glyphs) unless "Show" is held or the
// field has focus; a mask says there is hidden content.
TestCase {
    id: testCase
    name: "SensitiveText"
    width: 800
    height: 500
    visible: true
    when: windowShown

    Component {
        id: textComponent
        Item {
            width: 800
            height: 500
            property alias sensitive: sensitive
            property alias other: other
            SensitiveText { id: sensitive; width: 700; placeholder: "What the person said" }
            TextField { id: other; y: 400; width: 200; objectName: "otherField" }
        }
    }

    SignalSpy { id: spy; signalName: "edited" }

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

    function parts(text) {
        var holder = createTemporaryObject(textComponent, testCase)
        var s = holder.sensitive
        s.text = text
        return { holder: holder, root: s, area: findChild(s, "interviewContent"),
                 mask: findChild(s, "contentMask"), hold: findChild(s, "holdToShow") }
    }

    function hidden(p) {
        return p.area.color.a === 0 && p.area.selectionColor.a === 0
    }

    function test_hiddenByDefaultWithAMask() {
        var p = parts("He was beaten on arrival")
        verify(p.area !== null && p.mask !== null && p.hold !== null)
        verify(!p.root.revealed)
        verify(hidden(p), "the glyphs are transparent")
        verify(p.mask.visible, "the mask says there is hidden content")
        compare(p.area.text, "He was beaten on arrival")
    }

    function test_noMaskWhenThereIsNothingToHide() {
        var p = parts("")
        verify(!p.root.revealed)
        verify(!p.mask.visible)
        p.root.text = "now there is"
        verify(p.mask.visible)
    }

    function test_holdingShowRevealsUntilReleased() {
        var p = parts("He was beaten on arrival")
        mousePress(p.hold)
        verify(p.root.revealed)
        verify(!hidden(p), "the glyphs are drawn while held")
        compare(p.area.color, Theme.text)
        verify(!p.mask.visible)
        mouseRelease(p.hold)
        verify(!p.root.revealed)
        verify(hidden(p), "hidden again once released")
        verify(p.mask.visible)
    }

    function test_focusRevealsWhileWriting() {
        var p = parts("He was beaten on arrival")
        p.area.forceActiveFocus()
        verify(p.area.activeFocus)
        verify(p.root.revealed)
        verify(!hidden(p))
        verify(!p.mask.visible)
        // Leaving the field hides it again.
        p.holder.other.forceActiveFocus()
        verify(!p.area.activeFocus)
        verify(!p.root.revealed)
        verify(hidden(p))
        verify(p.mask.visible)
    }

    function test_typingEmitsEditedButSettingTextDoesNot() {
        var p = parts("")
        spy.target = p.root
        spy.clear()
        p.root.text = "set by the editor on load"
        compare(spy.count, 0, "loading text is not an edit")
        p.area.forceActiveFocus()
        p.area.cursorPosition = p.area.length
        keyClick(Qt.Key_X)
        verify(spy.count >= 1, "typing is an edit")
        verify(p.root.text.endsWith("x"))
    }

    function test_readOnlyAndPlaceholderPassThrough() {
        var p = parts("")
        compare(p.area.placeholderText, "What the person said")
        verify(!p.area.readOnly)
        p.root.readOnly = true
        verify(p.area.readOnly)
    }
}
