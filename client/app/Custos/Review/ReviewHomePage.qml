import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Review

// Where a coordinator starts: the cycles to compare facilities in, the follow-up of every
// recommendation, and the visits on this device. Review needs a connection to the server; the
// changes a coordinator makes are kept on the device and synced like any other.
Page {
    id: page
    objectName: "reviewHomePage"
    title: qsTr("Review")
    signal openCycle(string cycleId, string cycleName)
    signal openFollowUp()
    signal openVisits()
    signal openSettings()
    background: Rectangle { color: Theme.background }

    ReviewClient { id: review }
    // Cycles arrive with sync; re-read them whenever stored data changes.
    property var cycles: review.cycles()
    Connections {
        target: Session
        function onDataChanged() { page.cycles = review.cycles() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
            }
            ActionButton {
                objectName: "openVisits"
                flat: true
                text: qsTr("Visits on this tablet")
                onClicked: page.openVisits()
            }
            ActionButton {
                objectName: "openSettings"
                flat: true
                text: qsTr("Settings")
                onClicked: page.openSettings()
            }
            ActionButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                Accessible.name: qsTr("Lock the app now")
                onClicked: Session.lock()
            }
        }
        Label {
            text: qsTr("%1 — %2").arg(Session.userName).arg(Session.organisation)
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        ActionButton {
            objectName: "openFollowUp"
            highlighted: true
            text: qsTr("Recommendation follow-up")
            onClicked: page.openFollowUp()
        }
        Label {
            text: qsTr("Visit cycles")
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
        }
        Label {
            visible: page.cycles.length === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("No visit cycle has reached this device yet. Connect to the server and sync.")
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: page.cycles
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                objectName: "cycle_" + index
                width: ListView.view.width
                onClicked: page.openCycle(modelData.id, modelData.name)
                background: Rectangle {
                    color: parent.down ? Theme.pressed : Theme.surfaceAlt
                    radius: Theme.radius
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                }
                contentItem: ColumnLayout {
                    Label {
                        text: modelData.name
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        text: modelData.period
                        font.pixelSize: Theme.smallSize
                        color: Theme.muted
                    }
                }
            }
        }
    }
}
