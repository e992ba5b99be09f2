import QtQuick
import QtQuick.Controls

// The app's button: at least 48 px, drawn without shader effects so it renders the same on
// GPU-less tablets (software scene graph) as on any other. `highlighted` marks the main action,
// `checked` a chosen segment, `flat` a secondary action. Colours come from Theme (light, dark,
// contrast); `tone` is the colour of the text, or of the fill when highlighted or checked, and
// `textOnTone` the text on that fill.
Button {
    id: control
    property color tone: Theme.accent
    property color textOnTone: Theme.onAccent
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
        color: !control.enabled ? Theme.muted : control.filled ? control.textOnTone : control.tone
    }
    background: Rectangle {
        radius: Theme.radius
        color: {
            if (control.filled)
                return control.down ? Qt.darker(control.tone, 1.2) : control.tone
            if (control.flat)
                return control.down ? Qt.rgba(control.tone.r, control.tone.g, control.tone.b, 0.16)
                                    : "transparent"
            return control.down ? Theme.pressed : Theme.control
        }
        border.width: control.flat ? 0 : Theme.borderWidth
        border.color: control.filled ? control.tone : Theme.border
        opacity: control.enabled ? 1 : 0.6
    }
}
