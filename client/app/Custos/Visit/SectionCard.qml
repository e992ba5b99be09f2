import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// One checklist section on the visit home: how far it is, and what it flagged. Tapping opens it.
ItemDelegate {
    id: card
    required property var section
    signal open(string sectionKey)
    objectName: "section_" + section.key
    implicitHeight: Math.max(Theme.touchTarget + 16, content.implicitHeight + 20)
    Accessible.name: qsTr("%1: %2 of %3 answered, %4 flagged")
                     .arg(section.title).arg(section.answered).arg(section.total).arg(section.flags)
    onClicked: card.open(section.key)
    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.pressed : Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
    }
    contentItem: ColumnLayout {
        id: content
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: card.section.title
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "sectionProgress_" + card.section.key
                text: qsTr("%1 / %2").arg(card.section.answered).arg(card.section.total)
                color: card.section.answered === card.section.total ? Theme.ok : Theme.muted
                font.pixelSize: Theme.smallSize
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, card.section.total)
            value: card.section.answered
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: card.section.rules
                visible: text.length > 0
                color: Theme.muted
                font.pixelSize: Theme.smallSize
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "sectionFlags_" + card.section.key
                visible: card.section.flags > 0
                text: qsTr("⚑ %n flagged", "", card.section.flags)
                color: Theme.danger
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
            Label {
                visible: card.section.divergent > 0
                text: qsTr("≠ %n divergent", "", card.section.divergent)
                color: Theme.warning
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
        }
    }
}
