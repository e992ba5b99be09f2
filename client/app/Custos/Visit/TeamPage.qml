import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Checklist
import Custos.Visit

// The team's view of the visit: where members' answers diverge and, for the visit lead, the
// choice of the answer that stands and the submission of the visit.
Page {
    id: page
    objectName: "teamPage"
    required property string visitId
    property string language: Qt.locale().name.substring(0, 2) === "fr" ? "fr" : "en"
    signal back()
    background: Rectangle { color: Theme.background }

    ChecklistModel {
        id: checklist
        session: Session
        visitId: page.visitId
        language: page.language
    }
    VisitWorkspace {
        id: workspace
        session: Session
        visitId: page.visitId
        language: page.language
    }
    readonly property var divergent: { checklist.answeredCount; checklist.divergentCount; return checklist.divergentItems() }

    header: VisitHeader {
        title: qsTr("Team and submission")
        subtitle: workspace.facilityName
        backText: qsTr("Visit")
        onBack: page.back()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.spacing

            ErrorBanner { text: workspace.error.length > 0 ? workspace.error : checklist.error }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("Team: %1").arg(workspace.teamText)
            }
            Label {
                objectName: "divergentSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.titleSize - 2
                font.bold: true
                color: page.divergent.length > 0 ? Theme.warning : Theme.ok
                text: page.divergent.length > 0
                      ? qsTr("%n item(s) answered differently by team members", "", page.divergent.length)
                      : qsTr("No divergent answers: the team agrees on every item answered so far.")
            }
            Label {
                visible: page.divergent.length > 0 && !workspace.isLead
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.muted
                text: qsTr("The visit lead decides which answer stands. Until then the latest answer counts, and every answer is kept.")
            }
            Repeater {
                model: page.divergent
                delegate: DivergentItem {
                    required property var modelData
                    Layout.fillWidth: true
                    item: modelData
                    canReconcile: workspace.isLead && !workspace.locked
                    onKeep: function(row, observationId, note) {
                        checklist.reconcile(row, observationId, note)
                    }
                }
            }

            // --- submission (visit lead) -------------------------------------------------
            Rectangle {
                visible: workspace.isLead
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                implicitHeight: submitColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surfaceAlt
                border.color: Theme.border
                border.width: Theme.borderWidth
                ColumnLayout {
                    id: submitColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 8
                    Label {
                        text: qsTr("Submit the visit")
                        font.pixelSize: Theme.titleSize - 2
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        objectName: "submitSummary"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: qsTr("%1 of %2 items answered · %3 flagged · %4 findings · %5 recommendations · %6 interviews")
                              .arg(checklist.answeredCount).arg(checklist.itemCount).arg(checklist.flagCount)
                              .arg(workspace.findings.count).arg(workspace.recommendations.count).arg(workspace.interviews.count)
                    }
                    Label {
                        visible: page.divergent.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.warning
                        text: qsTr("Settle the divergent answers above first, or submit knowing that the latest answers count.")
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.muted
                        text: qsTr("After submission, monitors can no longer change this visit; a coordinator reviews it or returns it to the team.")
                    }
                    CheckBox {
                        id: confirmSubmit
                        objectName: "confirmSubmit"
                        enabled: !workspace.locked
                        text: qsTr("The team's data for this visit is complete")
                        Accessible.name: text
                    }
                    ActionButton {
                        objectName: "submitVisit"
                        highlighted: true
                        enabled: confirmSubmit.checked && !workspace.locked
                        text: workspace.locked ? workspace.statusLabel : qsTr("Submit visit")
                        onClicked: workspace.submitVisit()
                    }
                }
            }
        }
    }
}
