import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Review

// A submitted visit in one view for the coordinator: findings with the answers and interviews
// they rest on, recommendations, flagged answers and earlier recommendations; the coordinator
// marks it reviewed (synced and audited like any change) and saves the visit report.
Page {
    id: page
    objectName: "visitReviewPage"
    required property string visitId
    signal back()
    background: Rectangle { color: Theme.background }

    ReviewClient { id: review }
    // The report has its own client: saving one must not replace the dossier on screen.
    ReviewClient { id: reportClient }
    // Where reports go (tests set it; empty: the Documents folder's "Custos reports").
    property string reportFolder: ""
    Component.onCompleted: review.loadDossier(page.visitId)
    readonly property var d: review.result
    property bool pending: review.reviewPending(page.visitId)
    property string message: ""

    header: ReviewPageHeader {
        title: page.d.facility ? qsTr("Visit review — %1").arg(page.d.facility) : qsTr("Visit review")
        subtitle: page.d.facility ? qsTr("%1 · %2 · team: %3").arg(page.d.cycle).arg(page.d.dates).arg(page.d.team) : ""
        busy: review.busy
        loadMs: review.lastLoadMs
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

            ErrorBanner { text: page.message.length > 0 ? page.message : review.error }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    objectName: "reviewState"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: page.d.reviewed ? qsTr("Reviewed.")
                          : page.pending ? qsTr("Marked reviewed on this tablet, waiting for sync.")
                          : page.d.submitted ? qsTr("Submitted by the team, waiting for your review.")
                          : qsTr("The team has not submitted this visit yet.")
                }
                ActionButton {
                    objectName: "markReviewed"
                    highlighted: true
                    enabled: page.d.submitted === true && !page.pending
                    text: qsTr("Mark reviewed")
                    onClicked: {
                        page.message = review.markReviewed(page.visitId)
                        page.pending = review.reviewPending(page.visitId)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ActionButton {
                    objectName: "saveReport_en"
                    text: qsTr("Save report (English)")
                    enabled: !reportClient.busy && page.d.facility !== undefined
                    onClicked: reportClient.saveReport(page.visitId, "en", page.reportFolder)
                }
                ActionButton {
                    objectName: "saveReport_fr"
                    text: qsTr("Save report (French)")
                    enabled: !reportClient.busy && page.d.facility !== undefined
                    onClicked: reportClient.saveReport(page.visitId, "fr", page.reportFolder)
                }
                BusyIndicator { running: reportClient.busy; visible: running; Layout.preferredHeight: 32 }
                Label {
                    objectName: "reportPath"
                    Layout.fillWidth: true
                    visible: reportClient.error.length > 0 || reportClient.result.reportPath !== undefined
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.smallSize
                    color: reportClient.error.length > 0 ? Theme.danger : Theme.text
                    text: reportClient.error.length > 0 ? reportClient.error
                          : qsTr("Saved to %1 in %2 ms. The PDF is not encrypted: keep it only where the report may be.")
                                .arg(reportClient.result.reportPath).arg(Math.round(reportClient.lastLoadMs))
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("%1 answers · %2 findings (%3 urgent) · %4 recommendations · %5 flagged answers")
                        .arg(page.d.answered || 0).arg((page.d.findings || []).length)
                        .arg(page.d.urgentFindings || 0).arg((page.d.recommendations || []).length)
                        .arg((page.d.flagged || []).length)
            }

            Label { text: qsTr("Findings"); font.bold: true; font.pixelSize: Theme.bodySize; color: Theme.text }
            Repeater {
                model: page.d.findings || []
                delegate: Rectangle {
                    required property var modelData
                    required property int index
                    objectName: "finding_" + index
                    Layout.fillWidth: true
                    implicitHeight: findingColumn.implicitHeight + 2 * Theme.spacing
                    color: Theme.surfaceAlt
                    radius: Theme.radius
                    border.color: modelData.severity === "urgent" ? Theme.danger : Theme.border
                    border.width: modelData.severity === "urgent" ? 2 : Theme.borderWidth
                    ColumnLayout {
                        id: findingColumn
                        x: Theme.spacing
                        y: Theme.spacing
                        width: parent.width - 2 * Theme.spacing
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            font.bold: true
                            color: modelData.severity === "urgent" ? Theme.danger : Theme.text
                            text: modelData.severityLabel + " · " + modelData.theme
                                  + (modelData.rules ? " · " + modelData.rules : "")
                        }
                        Label { Layout.fillWidth: true; wrapMode: Text.Wrap; color: Theme.text; text: modelData.text }
                        Repeater {
                            model: modelData.evidence
                            delegate: EvidenceAnswer { required property var modelData; answer: modelData; Layout.fillWidth: true }
                        }
                        Repeater {
                            model: modelData.interviews
                            delegate: Label {
                                required property var modelData
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.smallSize
                                color: Theme.muted
                                // Interview content stays off this overview: the pseudonym and
                                // the consent scope tell the coordinator what may be used.
                                text: modelData.consent
                                      ? qsTr("Interview %1 (consent: %2)").arg(modelData.code).arg(modelData.consent)
                                      : modelData.code
                            }
                        }
                    }
                }
            }

            Label { text: qsTr("Recommendations"); font.bold: true; font.pixelSize: Theme.bodySize; color: Theme.text }
            Repeater {
                model: page.d.recommendations || []
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: qsTr("%1. %2 — to %3, priority %4%5").arg(modelData.number).arg(modelData.text)
                            .arg(modelData.addressee).arg(modelData.priority)
                            .arg(modelData.dueDate ? qsTr(", due %1").arg(modelData.dueDate) : "")
                }
            }

            Label { text: qsTr("Flagged answers"); font.bold: true; font.pixelSize: Theme.bodySize; color: Theme.text }
            Repeater {
                model: page.d.flagged || []
                delegate: EvidenceAnswer { required property var modelData; answer: modelData; Layout.fillWidth: true }
            }

            Label {
                visible: (page.d.earlier || []).length > 0
                text: qsTr("Earlier recommendations")
                font.bold: true
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
            Repeater {
                model: page.d.earlier || []
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: modelData.overdue ? Theme.danger : Theme.text
                    text: qsTr("%1 (%2): %3%4").arg(modelData.text).arg(modelData.visitDate).arg(modelData.status)
                            .arg(modelData.overdue ? qsTr(" — overdue") : "")
                }
            }
        }
    }
}
