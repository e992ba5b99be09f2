import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Visit

// One recommendation in the follow-up: where it stands, its history, and (for a coordinator)
// a new status with the evidence it rests on. A recorded change waits in the outbox until sync
// and says so.
Rectangle {
    id: item
    required property var modelData
    required property int index
    required property var statusChoices
    property string pendingStatus: ""
    signal changeStatus(string recommendationId, string status, string evidence)
    readonly property var rec: modelData
    property bool editing: false
    property bool showHistory: false
    implicitHeight: content.implicitHeight + 2 * Theme.margin
    color: Theme.surface
    radius: Theme.radius
    border.color: rec.overdue ? Theme.danger : Theme.border
    border.width: rec.overdue ? 2 : Theme.borderWidth

    ColumnLayout {
        id: content
        x: Theme.margin
        y: Theme.margin
        width: item.width - 2 * Theme.margin
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: item.rec.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
            Label {
                objectName: "status_" + item.index
                text: item.rec.statusLabel
                font.bold: true
                color: Theme.text
            }
            Rectangle {
                objectName: "overdueBadge_" + item.index
                visible: item.rec.overdue
                color: Theme.dangerBackground
                border.color: Theme.danger
                radius: 4
                implicitWidth: overdueLabel.implicitWidth + 12
                implicitHeight: overdueLabel.implicitHeight + 6
                Label {
                    id: overdueLabel
                    anchors.centerIn: parent
                    text: qsTr("Overdue")
                    font.bold: true
                    color: Theme.danger
                }
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            text: qsTr("%1 · %2 · to %3 · priority %4%5")
                    .arg(item.rec.facilityName).arg(item.rec.cycleName).arg(item.rec.addressee)
                    .arg(item.rec.priority)
                    .arg(item.rec.dueDate ? qsTr(" · due %1").arg(item.rec.dueDate) : "")
        }
        Label {
            objectName: "pending_" + item.index
            visible: item.pendingStatus.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.warning
            text: qsTr("New status recorded on this tablet, waiting for sync: %1").arg(item.pendingStatus)
        }
        RowLayout {
            spacing: Theme.spacing
            ActionButton {
                objectName: "historyToggle_" + item.index
                flat: true
                text: item.showHistory ? qsTr("Hide history (%1)").arg(item.rec.history.length)
                                       : qsTr("History (%1)").arg(item.rec.history.length)
                onClicked: item.showHistory = !item.showHistory
            }
            ActionButton {
                objectName: "changeStatus_" + item.index
                flat: true
                visible: !item.editing
                text: qsTr("Change status")
                onClicked: item.editing = true
            }
        }
        Repeater {
            model: item.showHistory ? item.rec.history : []
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("%1 — %2: %3").arg(new Date(modelData.whenMs).toLocaleDateString(Qt.locale(), Locale.ShortFormat))
                        .arg(modelData.statusLabel).arg(modelData.evidence || qsTr("no evidence noted"))
            }
        }
        ColumnLayout {
            visible: item.editing
            Layout.fillWidth: true
            spacing: 6
            ChoiceButtons {
                id: statusChoice
                Layout.fillWidth: true
                prefix: "newStatus_" + item.index
                choices: item.statusChoices
                current: item.rec.status
                onChosen: function(key) { current = key }
            }
            TextArea {
                id: evidence
                objectName: "evidence_" + item.index
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Evidence: what the new status rests on")
                color: Theme.text
            }
            RowLayout {
                spacing: Theme.spacing
                ActionButton {
                    objectName: "saveStatus_" + item.index
                    highlighted: true
                    text: qsTr("Record status")
                    onClicked: item.changeStatus(item.rec.id, statusChoice.current, evidence.text)
                }
                ActionButton {
                    flat: true
                    text: qsTr("Cancel")
                    onClicked: item.editing = false
                }
            }
        }
    }
}
