pragma Singleton
import QtQuick

// Sizes and colours shared by every screen. Touch targets are at least 48 px (tablet use,
// sometimes with gloves or in a hurry). Three palettes: "light", "dark" (night shifts, dim
// cells) and "contrast" (bright light, courtyards): screens use these names, never literals.
QtObject {
    id: theme
    /// "light", "dark" or "contrast"; set from the app's settings.
    property string mode: "light"
    readonly property bool dark: mode === "dark"
    readonly property bool contrast: mode === "contrast"

    readonly property int touchTarget: 48
    readonly property int spacing: 12
    readonly property int margin: 16
    readonly property int radius: 6
    readonly property int titleSize: 22
    readonly property int bodySize: contrast ? 19 : 17
    readonly property int smallSize: contrast ? 16 : 14

    readonly property color background: dark ? "#121417" : "#ffffff"
    readonly property color surface: dark ? "#1d2127" : contrast ? "#ffffff" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#262b33" : contrast ? "#ffffff" : "#f4f6f9"
    readonly property color sectionBackground: dark ? "#2b3440" : contrast ? "#000000" : "#e8eef5"
    readonly property color sectionText: contrast ? "#ffffff" : text
    readonly property color text: dark ? "#e8eaed" : "#000000"
    readonly property color muted: dark ? "#a9b0b8" : contrast ? "#1a1a1a" : "#565a60"
    readonly property color border: dark ? "#6b7480" : contrast ? "#000000" : "#8a94a3"
    readonly property color pressed: dark ? "#343b45" : "#d5dde8"
    readonly property color control: dark ? "#2a3039" : contrast ? "#ffffff" : "#eef2f7"
    readonly property color accent: dark ? "#7fb0e6" : contrast ? "#003a75" : "#1f5c99"
    // Text on an accent fill. Qt 6.4 drops a binding on a property whose name starts with
    // "on" + capital (it reads #000000), so this one is assigned, not bound;
    // tst_theme.qml guards it.
    property color onAccent
    onDarkChanged: onAccent = dark ? "#0b1a2a" : "#ffffff"
    Component.onCompleted: onAccent = dark ? "#0b1a2a" : "#ffffff"
    readonly property color danger: dark ? "#f28b82" : contrast ? "#8c0000" : "#b3261e"
    readonly property color warning: dark ? "#f2c46d" : contrast ? "#5c3b00" : "#8a5a00"
    readonly property color ok: dark ? "#81c995" : contrast ? "#0b4a1f" : "#1e6b35"
    readonly property color dangerBackground: dark ? "#3b1f1e" : "#fdecea"
    readonly property color warningBackground: dark ? "#3a3020" : "#fff4e0"
    readonly property int borderWidth: contrast ? 2 : 1
}
