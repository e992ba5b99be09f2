import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session

// Connect this tablet to the organisation's server with a one-time code from an administrator.
Page {
    id: page
    objectName: "enrolPage"
    title: qsTr("Enrol this tablet")

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
            text: qsTr("Your administrator gives you the server address and a one-time enrolment code. The code works once and expires.")
        }
        TextField {
            id: server
            objectName: "serverField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            text: Session.defaultServer
            placeholderText: qsTr("Server address, e.g. custos.example.org:7443")
            Accessible.name: qsTr("Server address")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        }
        TextField {
            id: code
            objectName: "codeField"
            text: Session.defaultCode
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Enrolment code, e.g. 7KQ2-M9XD-4HTR")
            Accessible.name: qsTr("Enrolment code")
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
            onAccepted: enrolButton.clicked()
        }
        ErrorBanner {
            text: Session.error
        }
        BusyIndicator {
            running: Session.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
        ActionButton {
            id: enrolButton
            objectName: "enrolButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            highlighted: true
            enabled: !Session.busy
            text: qsTr("Enrol")
            Accessible.name: text
            onClicked: Session.enrol(server.text, code.text)
        }
        ActionButton {
            flat: true
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            text: qsTr("Lock")
            Accessible.name: qsTr("Lock the app")
            onClicked: Session.lock()
        }
    }
}
