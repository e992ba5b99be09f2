import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// Where an answer came from (so findings can show triangulation) and a note on it. The note
// saves when typing pauses or the field is left, like every other answer.
ColumnLayout {
    id: root
    required property string itemKey
    required property string note
    required property string source
    signal noteEdited(string text)
    signal sourceChosen(string tag)
    spacing: 4

    readonly property var sources: [
        { key: "observed", label: qsTr("Observed") },
        { key: "detainee", label: qsTr("Detainee") },
        { key: "staff", label: qsTr("Staff") },
        { key: "document", label: qsTr("Document") },
        { key: "third_party", label: qsTr("Third party") }
    ]
    property bool noteOpen: note.length > 0

    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        Label {
            text: qsTr("Source:")
            color: Theme.muted
            font.pixelSize: Theme.smallSize
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4
            Repeater {
                model: root.sources
                delegate: ActionButton {
                    required property var modelData
                    objectName: "source_" + root.itemKey + "_" + modelData.key
                    flat: root.source !== modelData.key
                    checked: root.source === modelData.key
                    text: modelData.label
                    font.pixelSize: Theme.smallSize
                    Accessible.name: qsTr("Source: %1").arg(modelData.label)
                    Accessible.checkable: true
                    Accessible.checked: checked
                    onClicked: root.sourceChosen(modelData.key)
                }
            }
        }
        ActionButton {
            objectName: "noteToggle_" + root.itemKey
            flat: true
            visible: !root.noteOpen
            text: qsTr("Add note")
            onClicked: root.noteOpen = true
        }
    }
    TextField {
        id: noteField
        objectName: "note_" + root.itemKey
        visible: root.noteOpen
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        text: root.note
        placeholderText: qsTr("Note: where, who, which register page…")
        Accessible.name: qsTr("Note on the answer")
        onTextEdited: noteTimer.restart()
        onEditingFinished: { noteTimer.stop(); if (text !== root.note) root.noteEdited(text) }
        Timer {
            id: noteTimer
            interval: 700
            onTriggered: if (noteField.text !== root.note) root.noteEdited(noteField.text)
        }
    }
}
