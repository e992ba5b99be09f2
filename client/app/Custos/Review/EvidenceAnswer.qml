import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// One checklist answer as evidence: the question, the value and where it came from, with the
// flags it raised (urgent ones say so in words, not only in colour).
ColumnLayout {
    id: root
    required property var answer
    spacing: 2
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        text: qsTr("%1: %2 (%3)").arg(root.answer.prompt).arg(root.answer.value).arg(root.answer.source)
              + (root.answer.divergent ? qsTr(" — team answers differ") : "")
    }
    Label {
        visible: root.answer.note.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.muted
        text: qsTr("Note: %1").arg(root.answer.note)
    }
    Repeater {
        model: root.answer.flags
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: root.answer.urgent ? Theme.danger : Theme.warning
            text: (root.answer.urgent ? qsTr("Urgent: ") : qsTr("Flag: ")) + modelData
        }
    }
}
