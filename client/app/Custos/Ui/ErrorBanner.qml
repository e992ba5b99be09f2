import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A message the user must read: what went wrong and what to do. Hidden when text is empty.
// `tone` colours the text and border, `background` the fill (pairs from Theme: danger with
// dangerBackground, warning with warningBackground).
Rectangle {
    id: root
    property string text: ""
    property color tone: Theme.danger
    property color background: Theme.dangerBackground
    visible: text.length > 0
    color: background
    border.color: tone
    border.width: Theme.borderWidth
    radius: Theme.radius
    implicitHeight: visible ? label.implicitHeight + 2 * Theme.spacing : 0
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: label
        objectName: "errorText"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: root.text
        color: root.tone
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize
    }
}
