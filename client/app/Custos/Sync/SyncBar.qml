import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Sync

// Always-visible sync state: queue length, last success, errors in plain words, and a button.
// It never blocks work: sync runs in the background.
Rectangle {
    id: bar
    objectName: "syncBar"
    color: SyncController.lastError.length > 0 ? Theme.warningBackground : Theme.surfaceAlt

    // A line between the bar and the screen above it.
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Theme.borderWidth
        color: Theme.border
    }
    implicitHeight: Math.max(Theme.touchTarget + 8, row.implicitHeight + 8)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        BusyIndicator {
            running: SyncController.running
            visible: running
            implicitWidth: 32
            implicitHeight: 32
        }
        Label {
            objectName: "syncStatusText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            text: {
                if (SyncController.running)
                    return SyncController.step.length > 0
                           ? qsTr("%1…").arg(SyncController.step) : qsTr("Syncing…")
                var pending = SyncController.pendingOps
                var queue = pending === 0 ? qsTr("Everything is sent.")
                          : qsTr("%n change(s) waiting to be sent.", "", pending)
                var last = qsTr("Last sync: %1.").arg(SyncController.lastSuccess)
                if (SyncController.lastError.length > 0)
                    return SyncController.lastError + " " + queue
                return queue + " " + last
            }
            Accessible.name: text
        }
        // Long transfers (a first sync, many photos) show how far they are; short ones spin.
        ProgressBar {
            objectName: "syncProgress"
            visible: SyncController.running
            Layout.preferredWidth: 240
            from: 0
            to: 1
            indeterminate: SyncController.progress < 0
            value: Math.max(0, SyncController.progress)
            Accessible.name: qsTr("Sync progress")
        }
        ActionButton {
            objectName: "syncButton"
            text: qsTr("Sync now")
            enabled: !SyncController.running
            implicitHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: SyncController.syncNow()
        }
    }
}
