import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Visits
import Custos.Checklist
import Custos.Sync
import Custos.Visit
import Custos.Interviews
import Custos.Findings
import Custos.Settings
import Custos.Review

// The application window: which screen shows follows the session state.
ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1280
    height: 800
    visible: true
    title: qsTr("Custos")
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    // Appearance follows the settings: Theme.mode is set by the composition root, and a
    // right-to-left language (which sets the application's layout direction) mirrors every
    // screen, control and layout in the window.
    color: Theme.background
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.background: Theme.background
    Material.foreground: Theme.text
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    readonly property bool ready: Session.state === Session.Ready

    StackView {
        id: stack
        objectName: "stack"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: syncBar.top
    }

    SyncBar {
        id: syncBar
        visible: window.ready
        height: visible ? implicitHeight : 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }

    Component { id: unlockComponent; UnlockPage {} }
    Component { id: enrolComponent; EnrolPage {} }
    Component {
        id: visitsComponent
        VisitListPage {
            onOpenVisit: function(visitId) {
                stack.push(visitHomeComponent, { visitId: visitId })
            }
            onOpenSettings: stack.push(settingsComponent)
            onChangePassphrase: stack.push(passphraseComponent)
            onBack: stack.pop()
        }
    }
    Component {
        id: visitHomeComponent
        VisitHomePage {
            onBack: stack.pop()
            onOpenSection: function(sectionKey) {
                stack.push(checklistComponent, { visitId: visitId, sectionKey: sectionKey })
            }
            onOpenInterviews: stack.push(interviewsComponent, { visitId: visitId })
            onOpenFindings: stack.push(findingsComponent, { visitId: visitId })
            onOpenTeam: stack.push(teamComponent, { visitId: visitId })
        }
    }
    Component {
        id: checklistComponent
        ChecklistPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: interviewsComponent
        InterviewsPage {
            onBack: stack.pop()
            onOpenInterview: function(recordId) {
                stack.push(interviewEditorComponent, { visitId: visitId, recordId: recordId })
            }
        }
    }
    Component {
        id: interviewEditorComponent
        InterviewEditor {
            onBack: stack.pop()
        }
    }
    Component {
        id: findingsComponent
        FindingsPage {
            onBack: stack.pop()
            onOpenFinding: function(recordId) {
                stack.push(findingEditorComponent, { visitId: visitId, recordId: recordId })
            }
            onOpenRecommendation: function(recordId) {
                stack.push(recommendationEditorComponent, { visitId: visitId, recordId: recordId })
            }
        }
    }
    Component {
        id: findingEditorComponent
        FindingEditor {
            onBack: stack.pop()
        }
    }
    Component {
        id: recommendationEditorComponent
        RecommendationEditor {
            onBack: stack.pop()
        }
    }
    Component {
        id: teamComponent
        TeamPage {
            onBack: stack.pop()
        }
    }
    // Review mode (coordinators): online views of the server's aggregates.
    Component {
        id: reviewHomeComponent
        ReviewHomePage {
            onOpenCycle: function(cycleId, cycleName) {
                stack.push(cycleOverviewComponent, { cycleId: cycleId, cycleName: cycleName })
            }
            onOpenFollowUp: stack.push(followUpComponent)
            onOpenVisits: stack.push(visitsComponent)
            onOpenSettings: stack.push(settingsComponent)
        }
    }
    Component {
        id: cycleOverviewComponent
        CycleOverviewPage {
            onBack: stack.pop()
            onOpenFacility: function(facilityId, facilityName) {
                stack.push(facilityTrendComponent, { facilityId: facilityId, facilityName: facilityName })
            }
        }
    }
    Component {
        id: facilityTrendComponent
        FacilityTrendPage {
            onBack: stack.pop()
            onOpenVisit: function(visitId) { stack.push(visitReviewComponent, { visitId: visitId }) }
        }
    }
    Component {
        id: followUpComponent
        FollowUpPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: visitReviewComponent
        VisitReviewPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: settingsComponent
        SettingsPage {
            onBack: stack.pop()
        }
    }
    Component {
        id: passphraseComponent
        ChangePassphrasePage {
            onBack: stack.pop()
        }
    }

    // Session changes swap the whole stack at once: after locking, nothing of the previous
    // screens may stay visible, not even during an animation.
    function showForState() {
        var target
        switch (Session.state) {
        case Session.FirstRun:
        case Session.Locked:
            target = unlockComponent
            break
        case Session.NeedsEnrolment:
            target = enrolComponent
            break
        case Session.Ready:
            // Coordinators start in review mode; monitors with their visits.
            target = Session.role === "coordinator" ? reviewHomeComponent : visitsComponent
            break
        }
        stack.replace(null, target, {}, StackView.Immediate)
    }

    Connections {
        target: Session
        function onStateChanged() { window.showForState() }
    }
    Component.onCompleted: showForState()
}
