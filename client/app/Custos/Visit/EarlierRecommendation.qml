import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// A recommendation made on an earlier visit: what was asked of whom, by when, where it stands,
// and one tap to record what this visit found (with an evidence note).
Rectangle {
    id: root
    required property int index
    required property string recordId
    required property string body
    required property string addressee
    required property string priorityLabel
    required property string dueDate
    required property string status
    required property string statusLabel
    required property string evidence
    required property bool overdue
    required property bool checkedHere
    property bool editable: true
    signal statusChosen(string recordId, string status, string evidence)

    objectName: "earlierRecommendation_" + index
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: overdue ? Theme.danger : Theme.border
    border.width: overdue ? 2 : Theme.borderWidth

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 6
        Label {
            Layout.fillWidth: true
            text: root.body
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            text: qsTr("To %1 · priority %2").arg(root.addressee).arg(root.priorityLabel)
                  + (root.dueDate.length > 0 ? qsTr(" · due %1").arg(root.dueDate) : "")
        }
        Label {
            objectName: "earlierStatus_" + root.index
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: root.overdue ? Theme.danger : root.checkedHere ? Theme.ok : Theme.text
            text: (root.overdue ? qsTr("Overdue – ") : "")
                  + (root.checkedHere ? qsTr("Checked on this visit: %1").arg(root.statusLabel)
                                      : qsTr("Status: %1").arg(root.statusLabel))
                  + (root.evidence.length > 0 ? " — " + root.evidence : "")
        }
        TextField {
            id: evidenceField
            objectName: "earlierEvidence_" + root.index
            visible: root.editable
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            // Correcting a status recorded on this visit keeps its evidence unless it is rewritten.
            text: root.checkedHere ? root.evidence : ""
            placeholderText: qsTr("What did you see or were you shown? (evidence)")
            Accessible.name: qsTr("Evidence for the status")
        }
        Flow {
            visible: root.editable
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: [
                    { key: "implemented", label: qsTr("Implemented") },
                    { key: "partially_implemented", label: qsTr("Partly") },
                    { key: "in_progress", label: qsTr("In progress") },
                    { key: "not_implemented", label: qsTr("Not implemented") }
                ]
                delegate: ActionButton {
                    required property var modelData
                    objectName: "earlierSet_" + root.index + "_" + modelData.key
                    text: modelData.label
                    checked: root.checkedHere && root.status === modelData.key
                    Accessible.name: qsTr("Mark as %1").arg(modelData.label)
                    onClicked: root.statusChosen(root.recordId, modelData.key, evidenceField.text)
                }
            }
        }
    }
}
