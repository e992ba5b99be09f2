import QtQuick
import QtQuick.Controls
import QtTest
import Custos.Ui

// ActionButton takes every colour from Theme, so it follows light, dark and contrast.
TestCase {
    id: testCase
    name: "ActionButton"
    width: 400
    height: 200
    visible: true
    when: windowShown

    Component {
        id: buttonComponent
        ActionButton { text: "Sync now" }
    }

    function cleanup() { Theme.mode = "light" }

    function sameColor(a, b) { return Qt.colorEqual(a, b) }

    function test_coloursFollowTheTheme_data() {
        return [{ tag: "light" }, { tag: "dark" }, { tag: "contrast" }]
    }
    function test_coloursFollowTheTheme(data) {
        Theme.mode = data.tag
        var plain = createTemporaryObject(buttonComponent, testCase)
        verify(sameColor(plain.background.color, Theme.control), "plain fill")
        verify(sameColor(plain.background.border.color, Theme.border), "plain border")
        compare(plain.background.border.width, Theme.borderWidth)
        verify(sameColor(plain.contentItem.color, Theme.accent), "plain text")

        var main = createTemporaryObject(buttonComponent, testCase, { highlighted: true })
        verify(sameColor(main.background.color, Theme.accent), "highlighted fill")
        verify(sameColor(main.contentItem.color, Theme.onAccent), "highlighted text")

        var off = createTemporaryObject(buttonComponent, testCase, { enabled: false })
        verify(sameColor(off.contentItem.color, Theme.muted), "disabled text")
    }

    function test_switchingModeRecolours() {
        var button = createTemporaryObject(buttonComponent, testCase, { highlighted: true })
        Theme.mode = "light"
        var light = button.background.color.toString() // a copy, not a live reference
        Theme.mode = "dark"
        verify(!sameColor(button.background.color, light), "the fill changed with the mode")
        verify(sameColor(button.background.color, Theme.accent))
        verify(sameColor(button.contentItem.color, Theme.onAccent))
    }

    function test_touchSizedAndNamed() {
        var button = createTemporaryObject(buttonComponent, testCase)
        verify(button.height >= Theme.touchTarget)
        compare(button.Accessible.name, "Sync now")
    }
}
