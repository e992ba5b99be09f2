import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Settings

// Language, colours and auto-lock of this tablet. A choice applies at once and is remembered
// on this tablet (outside the encrypted database: none of it is sensitive).
Page {
    id: page
    objectName: "settingsPage"
    title: qsTr("Settings")
    signal back()

    function themeName(code) {
        switch (code) {
        case "light": return qsTr("Light")
        case "dark": return qsTr("Dark")
        case "contrast": return qsTr("High contrast")
        }
        return code
    }

    header: Rectangle {
        objectName: "settingsHeader"
        color: Theme.accent
        implicitHeight: Theme.touchTarget + 16

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing

            ActionButton {
                objectName: "settingsBackButton"
                flat: true
                tone: Theme.onAccent
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the previous screen")
                onClicked: page.back()
            }
            Label {
                objectName: "settingsTitle"
                Layout.fillWidth: true
                text: page.title
                color: Theme.onAccent
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
            }
        }
    }

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            anchors.horizontalCenter: parent.horizontalCenter
            y: Theme.margin
            width: Math.min(page.width - 2 * Theme.margin, 720)
            spacing: Theme.spacing

            Label {
                text: qsTr("Language")
                font.pixelSize: Theme.bodySize + 2
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.muted
                text: qsTr("The screens change at once. Checklist questions and facility names stay as the server sent them.")
            }
            Flow {
                objectName: "languageChoices"
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: AppSettings.languages
                    delegate: ActionButton {
                        required property var modelData
                        objectName: "language_" + modelData.code
                        text: modelData.name
                        checked: AppSettings.language === modelData.code
                        highlighted: checked
                        Accessible.checkable: true
                        Accessible.checked: checked
                        onClicked: AppSettings.language = modelData.code
                    }
                }
            }

            Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("Colours")
                font.pixelSize: Theme.bodySize + 2
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.muted
                text: qsTr("Dark is easier on the eyes in dim rooms and at night. High contrast is for bright light, such as a courtyard in the sun.")
            }
            Flow {
                objectName: "themeChoices"
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: AppSettings.themes
                    delegate: ActionButton {
                        required property string modelData
                        objectName: "theme_" + modelData
                        text: page.themeName(modelData)
                        checked: AppSettings.theme === modelData
                        highlighted: checked
                        Accessible.checkable: true
                        Accessible.checked: checked
                        onClicked: AppSettings.theme = modelData
                    }
                }
            }

            Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("Lock automatically")
                font.pixelSize: Theme.bodySize + 2
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.muted
                text: qsTr("Custos locks itself when the tablet is not used for this long. Your passphrase opens it again.")
            }
            Flow {
                objectName: "autoLockChoices"
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: [1, 2, 5, 10, 15, 30]
                    delegate: ActionButton {
                        required property int modelData
                        objectName: "autoLock_" + modelData
                        text: qsTr("%n minute(s)", "", modelData)
                        checked: AppSettings.autoLockMinutes === modelData
                        highlighted: checked
                        Accessible.checkable: true
                        Accessible.checked: checked
                        onClicked: AppSettings.autoLockMinutes = modelData
                    }
                }
            }
        }
    }
}
