pragma Singleton
import QtQuick

// Sizes and colours shared by every screen. Touch targets are at least 48 px (tablet use,
// sometimes with gloves or in a hurry).
QtObject {
    readonly property int touchTarget: 48
    readonly property int spacing: 12
    readonly property int margin: 16
    readonly property int radius: 6
    readonly property color accent: "#1f5c99"
    readonly property color danger: "#b3261e"
    readonly property color warning: "#8a5a00"
    readonly property color ok: "#1e6b35"
    readonly property color muted: "#5f6368"
    readonly property color sectionBackground: "#e8eef5"
    readonly property int titleSize: 22
    readonly property int bodySize: 17
    readonly property int smallSize: 14
}
