import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Checklist
import Custos.Visit

// The visit's home: its sections with progress and flags, the population snapshot, the
// facility's earlier recommendations to check, and the way to interviews, findings and the
// team's reconciliation. Two columns in landscape, one in portrait.
Page {
    id: page
    objectName: "visitHomePage"
    required property string visitId
    property string language: Qt.locale().name.substring(0, 2) === "fr" ? "fr" : "en"
    signal back()
    signal openSection(string sectionKey)
    signal openInterviews()
    signal openFindings()
    signal openTeam()

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

    // Another screen may have changed answers or records meanwhile.
    StackView.onActivating: {
        checklist.reload()
        workspace.reload()
    }

    readonly property var sections: { checklist.answeredCount; checklist.flagCount; checklist.divergentCount; return checklist.sectionSummaries() }
    readonly property var population: { checklist.answeredCount; return checklist.sectionFacts("population") }
    readonly property bool wide: width > height

    header: VisitHeader {
        title: workspace.facilityName
        subtitle: qsTr("%1 · %2 · %3").arg(workspace.dates).arg(workspace.cycleName).arg(workspace.statusLabel)
        backText: qsTr("Visits")
        onBack: page.back()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: grid.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        GridLayout {
            id: grid
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.margin

            // --- left: what to do ------------------------------------------------------
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing

                ErrorBanner { text: workspace.error.length > 0 ? workspace.error : checklist.error }
                ErrorBanner {
                    objectName: "lockedBanner"
                    visible: workspace.locked
                    text: qsTr("This visit has been submitted. Its data can be read but no longer changed on this tablet.")
                    tone: Theme.warning
                    background: Theme.warningBackground
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    ActionButton {
                        objectName: "openWholeChecklist"
                        text: qsTr("Whole checklist")
                        Accessible.name: qsTr("Walk the whole checklist")
                        onClicked: page.openSection("")
                    }
                    ActionButton {
                        objectName: "openInterviews"
                        text: qsTr("Interviews (%1)").arg(workspace.interviews.count)
                        onClicked: page.openInterviews()
                    }
                    ActionButton {
                        objectName: "openFindings"
                        text: qsTr("Findings (%1) and recommendations (%2)").arg(workspace.findings.count).arg(workspace.recommendations.count)
                        onClicked: page.openFindings()
                    }
                    ActionButton {
                        objectName: "openTeam"
                        text: checklist.divergentCount > 0
                              ? qsTr("Team: %n divergent", "", checklist.divergentCount)
                              : (workspace.isLead ? qsTr("Team and submission") : qsTr("Team"))
                        tone: checklist.divergentCount > 0 ? Theme.warning : Theme.accent
                        onClicked: page.openTeam()
                    }
                }

                Label {
                    text: qsTr("Checklist sections")
                    font.pixelSize: Theme.titleSize - 2
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    visible: page.sections.length === 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    text: qsTr("The checklist of this visit has not been received yet. Sync when you have a connection.")
                }
                Repeater {
                    model: page.sections
                    delegate: SectionCard {
                        required property var modelData
                        Layout.fillWidth: true
                        section: modelData
                        onOpen: function(key) { page.openSection(key) }
                    }
                }
            }

            // --- right: context ----------------------------------------------------------
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing

                Label {
                    text: qsTr("Visit")
                    font.pixelSize: Theme.titleSize - 2
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    objectName: "teamText"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: qsTr("Team: %1").arg(workspace.teamText)
                }

                Label {
                    text: qsTr("Population at the time of the visit")
                    font.pixelSize: Theme.titleSize - 2
                    font.bold: true
                    color: Theme.text
                    Layout.topMargin: Theme.spacing
                }
                Label {
                    visible: page.population.length === 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    text: qsTr("Not recorded yet: ask management for the official capacity and today's population by category (section “Population”).")
                }
                Repeater {
                    model: page.population
                    delegate: RowLayout {
                        required property var modelData
                        objectName: "population_" + modelData.key
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: modelData.label
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.pixelSize: Theme.smallSize + 1
                        }
                        Label {
                            text: modelData.value
                            font.bold: true
                            color: Theme.text
                        }
                    }
                }

                Label {
                    text: qsTr("Earlier recommendations to check")
                    font.pixelSize: Theme.titleSize - 2
                    font.bold: true
                    color: Theme.text
                    Layout.topMargin: Theme.spacing
                }
                Label {
                    visible: workspace.earlierRecommendations.count === 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.muted
                    text: qsTr("No open recommendations from earlier visits to this facility.")
                }
                Repeater {
                    model: workspace.earlierRecommendations
                    delegate: EarlierRecommendation {
                        Layout.fillWidth: true
                        editable: !workspace.locked
                        onStatusChosen: function(id, status, evidence) {
                            workspace.updateRecommendation(id, status, evidence)
                        }
                    }
                }
            }
        }
    }
}
