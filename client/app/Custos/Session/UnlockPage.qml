import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session

// First run: choose a passphrase that encrypts everything on this tablet.
// Later: unlock with it. Wrong passphrases slow down further attempts.
Page {
    id: page
    objectName: "unlockPage"
    readonly property bool firstRun: Session.state === Session.FirstRun
    title: firstRun ? qsTr("Protect this tablet") : qsTr("Unlock Custos")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
        spacing: Theme.spacing

        Label {
            text: page.title
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: page.firstRun
                  ? qsTr("Choose a passphrase. Everything you record is encrypted with it. It cannot be recovered if forgotten, so keep it somewhere safe — never on the tablet.")
                  : qsTr("Enter your passphrase to open your visits.")
        }
        TextField {
            id: passphrase
            objectName: "passphraseField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase")
            Accessible.name: qsTr("Passphrase")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            onAccepted: page.firstRun ? confirm.forceActiveFocus() : unlockButton.clicked()
        }
        Label {
            objectName: "passphraseAdvice"
            visible: page.firstRun && passphrase.text.length > 0 && text.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.warning
            text: Session.passphraseAdvice(passphrase.text)
        }
        TextField {
            id: confirm
            objectName: "confirmField"
            visible: page.firstRun
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            echoMode: TextInput.Password
            placeholderText: qsTr("Type the passphrase again")
            Accessible.name: qsTr("Confirm passphrase")
            inputMethodHints: passphrase.inputMethodHints
            onAccepted: unlockButton.clicked()
        }
        ErrorBanner {
            text: Session.error
        }
        ActionButton {
            id: unlockButton
            objectName: page.firstRun ? "createButton" : "unlockButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            highlighted: true
            text: page.firstRun ? qsTr("Encrypt and continue") : qsTr("Unlock")
            Accessible.name: text
            onClicked: {
                if (page.firstRun)
                    Session.createStore(passphrase.text, confirm.text)
                else
                    Session.unlock(passphrase.text)
                passphrase.text = ""
                confirm.text = ""
            }
        }
    }
}
