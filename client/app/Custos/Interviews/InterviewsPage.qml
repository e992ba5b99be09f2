import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Visit

// The visit's confidential interviews, by pseudonym. What was said stays inside each interview
// (hidden until asked for); the list shows only what the team needs to plan follow-up.
Page {
    id: page
    objectName: "interviewsPage"
    required property string visitId
    signal back()
    signal openInterview(string recordId)
    background: Rectangle { color: Theme.background }

    VisitWorkspace {
        id: workspace
        session: Session
        visitId: page.visitId
    }
    StackView.onActivating: workspace.reload()

    header: VisitHeader {
        title: qsTr("Interviews")
        subtitle: workspace.facilityName
        backText: qsTr("Visit")
        onBack: page.back()
        ActionButton {
            objectName: "newInterview"
            visible: !workspace.locked
            text: qsTr("New interview")
            tone: Theme.onAccent
            flat: true
            onClicked: page.openInterview("")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        ErrorBanner { text: workspace.error }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("Private interviews happen out of the hearing of staff. Ask for consent first, use a pseudonymous code, never a name. Group interviews give no confidentiality: keep sensitive topics for individual ones.")
        }
        Label {
            objectName: "noInterviews"
            visible: workspace.interviews.count === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("No interviews recorded for this visit yet.")
        }
        ListView {
            objectName: "interviewList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: workspace.interviews
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string recordId
                required property string personCode
                required property string kindLabel
                required property string consentLabel
                required property int allegations
                required property bool reprisalRisk
                required property bool followUp
                required property string author
                objectName: "interview_" + index
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget, rowContent.implicitHeight + 20)
                Accessible.name: qsTr("Interview %1").arg(personCode)
                onClicked: page.openInterview(recordId)
                background: Rectangle {
                    radius: Theme.radius
                    color: row.down ? Theme.pressed : Theme.surface
                    border.color: row.reprisalRisk ? Theme.danger : Theme.border
                    border.width: row.reprisalRisk ? 2 : Theme.borderWidth
                }
                contentItem: ColumnLayout {
                    id: rowContent
                    spacing: 4
                    Label {
                        text: qsTr("%1 · %2").arg(row.personCode).arg(row.kindLabel)
                        font.bold: true
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        text: qsTr("Consent: %1 · %n allegation(s) · by %2", "", row.allegations).arg(row.consentLabel).arg(row.author)
                    }
                    Label {
                        visible: row.reprisalRisk || row.followUp
                        font.bold: true
                        font.pixelSize: Theme.smallSize
                        color: Theme.danger
                        text: [row.reprisalRisk ? qsTr("Risk of reprisal") : "", row.followUp ? qsTr("Follow-up needed") : ""].filter(function(s) { return s.length > 0 }).join(" · ")
                    }
                }
            }
        }
    }
}
