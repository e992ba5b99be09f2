import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// One item the team answered differently: every member's latest answer with author, time,
// source and note. The visit lead keeps one (with a note on why); nothing is deleted.
Rectangle {
    id: root
    required property var item
    property bool canReconcile: false
    signal keep(int row, string observationId, string note)

    objectName: "divergent_" + item.key
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.warning
    border.width: Theme.borderWidth

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 6
        Label {
            Layout.fillWidth: true
            text: root.item.section
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Label {
            Layout.fillWidth: true
            text: root.item.text
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
        Label {
            visible: root.item.settled.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("Settled before: %1").arg(root.item.settled)
        }
        TextField {
            id: noteField
            objectName: "reconcileNote_" + root.item.key
            visible: root.canReconcile
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Why this answer stands (e.g. re-checked together)")
            Accessible.name: qsTr("Reason for the choice")
        }
        Repeater {
            model: root.item.competing
            delegate: RowLayout {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                spacing: Theme.spacing
                Rectangle {
                    width: 6
                    Layout.fillHeight: true
                    color: modelData.standing ? Theme.accent : Theme.border
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "competingValue_" + root.item.key + "_" + index
                        Layout.fillWidth: true
                        text: modelData.value.length > 0 ? modelData.value : qsTr("(cleared)")
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        text: qsTr("%1 · %2 · source: %3").arg(modelData.author).arg(modelData.time).arg(modelData.source)
                              + (modelData.note.length > 0 ? "\n" + modelData.note : "")
                    }
                }
                ActionButton {
                    visible: root.canReconcile
                    objectName: "keep_" + root.item.key + "_" + index
                    text: qsTr("Keep this answer")
                    Accessible.name: qsTr("Keep %1's answer").arg(modelData.author)
                    onClicked: root.keep(root.item.row, modelData.observationId, noteField.text)
                }
            }
        }
    }
}
