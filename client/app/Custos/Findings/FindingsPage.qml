import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Visit

// The team's draft findings and recommendations, and the immediate observations to put to the
// management in the final talk.
Page {
    id: page
    objectName: "findingsPage"
    required property string visitId
    signal back()
    signal openFinding(string recordId)
    signal openRecommendation(string recordId)
    background: Rectangle { color: Theme.background }

    VisitWorkspace {
        id: workspace
        session: Session
        visitId: page.visitId
    }
    StackView.onActivating: workspace.reload()

    header: VisitHeader {
        title: qsTr("Findings and recommendations")
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

            ErrorBanner { text: workspace.error }

            // --- immediate observations --------------------------------------------------
            Rectangle {
                objectName: "immediateObservations"
                Layout.fillWidth: true
                implicitHeight: immediateColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.dangerBackground
                border.color: Theme.danger
                border.width: Theme.borderWidth
                ColumnLayout {
                    id: immediateColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: 6
                    Label {
                        text: qsTr("Immediate observations for the final talk (%1)").arg(workspace.immediateObservations.count)
                        font.pixelSize: Theme.titleSize - 2
                        font.bold: true
                        color: Theme.danger
                    }
                    Label {
                        visible: workspace.immediateObservations.count === 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: qsTr("None yet. Findings marked “Urgent – immediate observation” appear here, numbered, ready to put to the management before the team leaves.")
                    }
                    Repeater {
                        model: workspace.immediateObservations
                        delegate: Label {
                            required property int number
                            required property string themeTitle
                            required property string body
                            objectName: "immediate_" + (number - 1)
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.text
                            text: qsTr("%1. %2: %3").arg(number).arg(themeTitle).arg(body)
                        }
                    }
                }
            }

            // --- findings ----------------------------------------------------------------
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Findings (%1)").arg(workspace.findings.count)
                    font.pixelSize: Theme.titleSize - 2
                    font.bold: true
                    color: Theme.text
                }
                ActionButton {
                    objectName: "newFinding"
                    visible: !workspace.locked
                    highlighted: true
                    text: qsTr("New finding")
                    onClicked: page.openFinding("")
                }
            }
            Repeater {
                model: workspace.findings
                delegate: ItemDelegate {
                    id: findingRow
                    required property int index
                    required property string recordId
                    required property string themeTitle
                    required property string rules
                    required property string severity
                    required property string severityLabel
                    required property string body
                    required property int evidenceCount
                    required property string author
                    objectName: "finding_" + index
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touchTarget, findingContent.implicitHeight + 20)
                    Accessible.name: qsTr("%1 finding: %2").arg(severityLabel).arg(body)
                    onClicked: page.openFinding(recordId)
                    background: Rectangle {
                        radius: Theme.radius
                        color: findingRow.down ? Theme.pressed : Theme.surface
                        border.color: findingRow.severity === "urgent" ? Theme.danger
                                    : findingRow.severity === "good_practice" ? Theme.ok : Theme.border
                        border.width: findingRow.severity === "urgent" ? 2 : Theme.borderWidth
                    }
                    contentItem: ColumnLayout {
                        id: findingContent
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            font.bold: true
                            color: findingRow.severity === "urgent" ? Theme.danger
                                 : findingRow.severity === "good_practice" ? Theme.ok : Theme.text
                            text: qsTr("%1 · %2").arg(findingRow.severityLabel).arg(findingRow.themeTitle)
                                  + (findingRow.rules.length > 0 ? qsTr(" · Rules %1").arg(findingRow.rules) : "")
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.text
                            text: findingRow.body
                        }
                        Label {
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                            text: qsTr("Rests on %n piece(s) of evidence · by %1", "", findingRow.evidenceCount).arg(findingRow.author)
                        }
                    }
                }
            }

            // --- recommendations ---------------------------------------------------------
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Recommendations (%1)").arg(workspace.recommendations.count)
                    font.pixelSize: Theme.titleSize - 2
                    font.bold: true
                    color: Theme.text
                }
                ActionButton {
                    objectName: "newRecommendation"
                    visible: !workspace.locked
                    highlighted: true
                    text: qsTr("New recommendation")
                    onClicked: page.openRecommendation("")
                }
            }
            Repeater {
                model: workspace.recommendations
                delegate: ItemDelegate {
                    id: recRow
                    required property int index
                    required property string recordId
                    required property string body
                    required property string addressee
                    required property string priorityLabel
                    required property string dueDate
                    required property int findingCount
                    objectName: "recommendation_" + index
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touchTarget, recContent.implicitHeight + 20)
                    Accessible.name: qsTr("Recommendation: %1").arg(body)
                    onClicked: page.openRecommendation(recordId)
                    background: Rectangle {
                        radius: Theme.radius
                        color: recRow.down ? Theme.pressed : Theme.surface
                        border.color: Theme.border
                        border.width: Theme.borderWidth
                    }
                    contentItem: ColumnLayout {
                        id: recContent
                        spacing: 4
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.text
                            text: qsTr("%1. %2").arg(recRow.index + 1).arg(recRow.body)
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                            text: qsTr("To %1 · priority %2").arg(recRow.addressee).arg(recRow.priorityLabel)
                                  + (recRow.dueDate.length > 0 ? qsTr(" · due %1").arg(recRow.dueDate) : "")
                                  + qsTr(" · based on %n finding(s)", "", recRow.findingCount)
                        }
                    }
                }
            }
        }
    }
}
