import QtQuick
import QtQuick.Controls

// The app's button: at least 48 px, drawn without shader effects so it renders the same on
// GPU-less tablets (software scene graph) as on any other. `highlighted` marks the main action,
// `checked` a chosen segment, `flat` a secondary action.
Button {
    id: control
    property color tone: Theme.accent
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget * 1.5, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: 18
    rightPadding: 18
    font.pixelSize: Theme.bodySize - 1
    Accessible.name: text

    readonly property bool filled: (highlighted || checked) && !flat

    contentItem: Label {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: !control.enabled ? Theme.muted : control.filled ? "white" : control.tone
    }
    background: Rectangle {
        radius: Theme.radius
        color: {
            if (control.filled)
                return control.down ? Qt.darker(control.tone, 1.2) : control.tone
            if (control.flat)
                return control.down ? "#1a000000" : "transparent"
            return control.down ? "#d5dde8" : "#eef2f7"
        }
        border.width: control.flat ? 0 : 1
        border.color: control.filled ? control.tone : "#b8c4d3"
        opacity: control.enabled ? 1 : 0.6
    }
}
