import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session

// Changing the passphrase re-encrypts the whole database under the new one. The current
// passphrase is asked for first, so a tablet left unlocked cannot be re-keyed by someone else.
Page {
    id: page
    objectName: "changePassphrasePage"
    signal back()
    background: Rectangle { color: Theme.background }
    property bool done: false

    header: Rectangle {
        color: Theme.accent
        implicitHeight: Theme.touchTarget + 8
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            ActionButton {
                objectName: "backButton"
                flat: true
                tone: Theme.onAccent
                text: "‹ " + qsTr("Back")
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Change passphrase")
                color: Theme.onAccent
                font.pixelSize: Theme.bodySize + 1
                font.bold: true
            }
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 560)
        spacing: Theme.spacing

        ErrorBanner { text: Session.error }
        ErrorBanner {
            objectName: "passphraseChanged"
            visible: page.done
            text: qsTr("Passphrase changed. Use the new one from now on.")
            tone: Theme.ok
            background: Theme.surfaceAlt
        }
        TextField {
            id: current
            objectName: "currentPassphrase"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            echoMode: TextInput.Password
            placeholderText: qsTr("Current passphrase")
            Accessible.name: placeholderText
        }
        TextField {
            id: next
            objectName: "newPassphrase"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            echoMode: TextInput.Password
            placeholderText: qsTr("New passphrase")
            Accessible.name: placeholderText
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.muted
            font.pixelSize: Theme.smallSize
            text: next.text.length > 0 ? Session.passphraseAdvice(next.text) || qsTr("Strong enough.")
                                       : qsTr("A short sentence is easy to remember and hard to guess.")
        }
        TextField {
            id: confirmation
            objectName: "confirmNewPassphrase"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            echoMode: TextInput.Password
            placeholderText: qsTr("New passphrase again")
            Accessible.name: placeholderText
        }
        ActionButton {
            objectName: "changePassphraseButton"
            highlighted: true
            text: qsTr("Change passphrase")
            onClicked: {
                page.done = Session.changePassphrase(current.text, next.text, confirmation.text)
                if (page.done) {
                    current.clear(); next.clear(); confirmation.clear()
                }
            }
        }
    }
}
