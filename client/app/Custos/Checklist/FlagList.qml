import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// Inline warnings: each flag names what falls short and the standard it falls short of.
// Severity shows as colour AND as a word, never as colour alone.
ColumnLayout {
    id: root
    property var flags: []
    spacing: 4
    visible: flags.length > 0

    Repeater {
        model: root.flags
        delegate: Rectangle {
            required property var modelData
            readonly property bool urgent: modelData.severity === "urgent"
            Layout.fillWidth: true
            implicitHeight: flagText.implicitHeight + 12
            radius: Theme.radius
            color: urgent ? Theme.dangerBackground : Theme.warningBackground
            border.width: Theme.borderWidth
            border.color: urgent ? Theme.danger : Theme.warning
            Accessible.role: Accessible.AlertMessage
            Accessible.name: flagText.text

            Label {
                id: flagText
                objectName: "flagText"
                anchors.fill: parent
                anchors.margins: 6
                wrapMode: Text.Wrap
                color: parent.urgent ? Theme.danger : Theme.warning
                font.pixelSize: Theme.smallSize + 1
                text: (parent.urgent ? qsTr("Urgent: ") : parent.modelData.severity === "priority_concern"
                       ? qsTr("Priority concern: ") : qsTr("Concern: "))
                      + parent.modelData.message
                      + (parent.modelData.source.length > 0 ? " (" + parent.modelData.source + ")" : "")
            }
        }
    }
}
