import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// The bar on top of every visit screen: the way back, where we are, and the screen's actions
// (children placed after the title). Drawn with plain rectangles (no shader effects).
Rectangle {
    id: root
    property string title: ""
    property string subtitle: ""
    property string backText: qsTr("Back")
    default property alias actions: actionRow.data
    signal back()
    color: Theme.accent
    implicitHeight: Math.max(Theme.touchTarget + 8, column.implicitHeight + 12)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 4
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing
        ActionButton {
            objectName: "backButton"
            flat: true
            tone: Theme.onAccent
            text: (root.LayoutMirroring.enabled ? "› " : "‹ ") + root.backText
            Accessible.name: qsTr("Back to %1").arg(root.backText)
            onClicked: root.back()
        }
        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: root.title
                color: Theme.onAccent
                font.pixelSize: Theme.bodySize + 1
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: root.subtitle.length > 0
                text: root.subtitle
                color: Theme.onAccent
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
            }
        }
        RowLayout {
            id: actionRow
            spacing: Theme.spacing
        }
    }
}
