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
            target = visitsComponent
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
