import QtQuick
import QtTest
import Custos.Ui

TestCase {
    id: testCase
    name: "ErrorBanner"
    width: 400
    height: 200
    visible: true
    when: windowShown

    Component {
        id: bannerComponent
        ErrorBanner { width: 400 }
    }

    function test_hiddenWhenEmptyShownWithText() {
        var banner = createTemporaryObject(bannerComponent, testCase)
        verify(!banner.visible)
        compare(banner.implicitHeight, 0)
        banner.text = "The server cannot be reached."
        verify(banner.visible)
        verify(banner.implicitHeight > 0)
        compare(banner.Accessible.name, "The server cannot be reached.")
    }

    function test_coloursFollowTheTheme_data() {
        return [{ tag: "light" }, { tag: "dark" }, { tag: "contrast" }]
    }
    function test_coloursFollowTheTheme(data) {
        Theme.mode = data.tag
        var banner = createTemporaryObject(bannerComponent, testCase, { text: "Wrong passphrase." })
        verify(Qt.colorEqual(banner.color, Theme.dangerBackground), "fill")
        verify(Qt.colorEqual(banner.border.color, Theme.danger), "border")
        var label = findChild(banner, "errorText")
        verify(Qt.colorEqual(label.color, Theme.danger), "text")
        Theme.mode = "light"
    }
}
