import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Visits
import Custos.Session

// The visits assigned to this monitor, with progress. Tapping one opens its checklist.
Page {
    id: page
    objectName: "visitListPage"
    title: qsTr("My visits")
    signal openVisit(string visitId)
    signal openSettings()
    signal changePassphrase()
    signal back()
    // Coordinators reach this list from review mode and go back to it.
    readonly property bool canGoBack: StackView.index > 0

    VisitListModel {
        id: visits
        session: Session
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                objectName: "backButton"
                visible: page.canGoBack
                flat: true
                text: (Qt.application.layoutDirection === Qt.RightToLeft ? "→ " : "← ") + qsTr("Review")
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: page.title
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
            }
            ActionButton {
                objectName: "openSettings"
                flat: true
                text: qsTr("Settings")
                onClicked: page.openSettings()
            }
            ActionButton {
                objectName: "openChangePassphrase"
                flat: true
                text: qsTr("Passphrase")
                Accessible.name: qsTr("Change passphrase")
                onClicked: page.changePassphrase()
            }
            ActionButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                Accessible.name: qsTr("Lock the app now")
                onClicked: Session.lock()
            }
        }
        Label {
            text: Session.organisation.length > 0
                  ? qsTr("%1 — %2").arg(Session.userName).arg(Session.organisation)
                  : Session.userName
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Label {
            objectName: "noVisitsLabel"
            visible: visits.count === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("No visits yet. Visits assigned to you appear here after a sync.")
        }
        ListView {
            id: list
            objectName: "visitList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: visits
            delegate: ItemDelegate {
                id: delegate
                required property int index
                required property string visitId
                required property string facilityName
                required property string facilityType
                required property string cycleName
                required property string dates
                required property string status
                required property string statusLabel
                required property int flags
                required property int answered
                required property int total
                objectName: "visit_" + index
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget, content.implicitHeight + 24)
                Accessible.name: facilityName
                onClicked: page.openVisit(visitId)
                background: Rectangle {
                    radius: Theme.radius
                    color: delegate.down ? Theme.pressed : Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                }

                contentItem: ColumnLayout {
                    id: content
                    spacing: 4
                    Label {
                        text: delegate.facilityName
                        font.pixelSize: Theme.bodySize + 2
                        font.bold: true
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label {
                        text: qsTr("%1 · %2 · %3").arg(delegate.dates).arg(delegate.cycleName).arg(delegate.statusLabel)
                        color: Theme.muted
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        ProgressBar {
                            Layout.fillWidth: true
                            from: 0
                            to: Math.max(1, delegate.total)
                            value: delegate.answered
                        }
                        Label {
                            objectName: "visitFlags_" + delegate.index
                            visible: delegate.flags > 0
                            text: qsTr("⚑ %n flagged", "", delegate.flags)
                            color: Theme.danger
                            font.bold: true
                            font.pixelSize: Theme.smallSize
                        }
                        Label {
                            objectName: "visitProgress_" + delegate.index
                            text: delegate.total > 0
                                  ? qsTr("%1 of %2 answered").arg(delegate.answered).arg(delegate.total)
                                  : qsTr("checklist not received yet")
                            font.pixelSize: Theme.smallSize
                        }
                    }
                }
            }
        }
    }
}
