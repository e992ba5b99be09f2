import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// Text that is hidden on screen unless the monitor holds "Show" or is typing in it, so that
// nobody reads an account of ill-treatment over a monitor's shoulder.
ColumnLayout {
    id: root
    property alias text: area.text
    property bool readOnly: false
    property string placeholder: ""
    readonly property bool revealed: holdToShow.pressed || area.activeFocus
    signal edited()
    spacing: 6

    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            text: root.revealed ? qsTr("Visible now. It hides again when you let go or leave the field.")
                                : qsTr("Hidden. Hold “Show” to read it, or tap the field to write.")
        }
        ActionButton {
            id: holdToShow
            objectName: "holdToShow"
            text: qsTr("Show")
            Accessible.name: qsTr("Hold to show the content")
        }
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(Theme.touchTarget * 3, area.implicitHeight)
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
        radius: Theme.radius
        TextArea {
            id: area
            objectName: "interviewContent"
            anchors.fill: parent
            readOnly: root.readOnly
            wrapMode: TextEdit.Wrap
            placeholderText: root.placeholder
            // Hidden means not drawn at all (not merely blurred): the glyphs are transparent.
            color: root.revealed ? Theme.text : "transparent"
            selectionColor: root.revealed ? Theme.accent : "transparent"
            background: null
            Accessible.name: qsTr("Interview content")
            onTextChanged: if (activeFocus) root.edited()
        }
        Label {
            objectName: "contentMask"
            anchors.centerIn: parent
            visible: !root.revealed && area.text.length > 0
            text: qsTr("●●●●●●  content hidden  ●●●●●●")
            color: Theme.muted
        }
    }
}
