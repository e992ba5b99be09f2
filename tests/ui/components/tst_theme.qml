import QtQuick
import QtTest
import Custos.Ui

// Every text colour a screen puts on a Theme background keeps a contrast ratio of at least
// 4.5:1 (WCAG AA) in each palette; control borders keep 3:1 against the page.
TestCase {
    id: testCase
    name: "Theme"

    function channel(c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(color) {
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    }
    function ratio(a, b) {
        var la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    readonly property var textPairs: [
        ["text", "background"], ["text", "surface"], ["text", "surfaceAlt"], ["text", "control"],
        ["text", "pressed"], ["text", "warningBackground"], ["text", "dangerBackground"],
        ["muted", "background"], ["muted", "surface"], ["muted", "surfaceAlt"],
        ["muted", "control"], ["muted", "pressed"], ["sectionText", "sectionBackground"],
        ["accent", "background"], ["accent", "surface"], ["accent", "control"],
        ["accent", "pressed"], ["onAccent", "accent"], ["danger", "background"],
        ["danger", "dangerBackground"], ["warning", "background"],
        ["warning", "warningBackground"], ["ok", "background"], ["ok", "surface"]
    ]

    function cleanup() { Theme.mode = "light" }

    function test_textContrast_data() {
        return [{ tag: "light" }, { tag: "dark" }, { tag: "contrast" }]
    }
    function test_textContrast(data) {
        Theme.mode = data.tag
        for (var i = 0; i < textPairs.length; ++i) {
            var fg = textPairs[i][0], bg = textPairs[i][1]
            var r = ratio(Theme[fg], Theme[bg])
            verify(r >= 4.5, data.tag + ": " + fg + " on " + bg + " is " + r.toFixed(2) + ":1")
        }
        // Pressed highlighted buttons darken their fill by 1.2.
        verify(ratio(Theme.onAccent, Qt.darker(Theme.accent, 1.2)) >= 4.5, "pressed accent")
        verify(ratio(Theme.border, Theme.background) >= 3, data.tag + ": border is visible")
    }

    function test_paletteDiffers() {
        Theme.mode = "light"
        var lightBackground = luminance(Theme.background) // a number: colours are live references
        verify(Qt.colorEqual(Theme.onAccent, "#ffffff"), "white text on the light accent")
        Theme.mode = "dark"
        verify(Theme.dark)
        verify(luminance(Theme.background) < lightBackground)
        verify(luminance(Theme.text) > 0.5, "light text on dark")
        Theme.mode = "contrast"
        verify(Theme.contrast)
        compare(Theme.borderWidth, 2)
        verify(Theme.bodySize > 17)
    }
}
