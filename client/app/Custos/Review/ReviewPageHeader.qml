import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// The top of every review screen: back, title, subtitle, and how fresh the figures are.
ToolBar {
    id: bar
    property string title
    property string subtitle
    property string backText: qsTr("Back")
    property bool busy: false
    property real loadMs: 0
    signal back()
    background: Rectangle { color: Theme.surfaceAlt }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin / 2
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing
        ActionButton {
            objectName: "backButton"
            flat: true
            text: (Qt.application.layoutDirection === Qt.RightToLeft ? "→ " : "← ") + bar.backText
            onClicked: bar.back()
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: bar.title
                elide: Text.ElideRight
                font.pixelSize: Theme.titleSize - 2
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: bar.subtitle.length > 0
                text: bar.subtitle
                elide: Text.ElideRight
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
        }
        BusyIndicator {
            running: bar.busy
            visible: bar.busy
            Layout.preferredHeight: 32
            Layout.preferredWidth: 32
        }
        Label {
            objectName: "loadTime"
            visible: !bar.busy && bar.loadMs > 0
            text: qsTr("Loaded in %1 ms").arg(Math.round(bar.loadMs))
            font.pixelSize: Theme.smallSize
            color: Theme.muted
        }
    }
}
