import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Visit

// One allegation: what, when, and the category (never the name) of the alleged perpetrator.
Rectangle {
    id: root
    required property int index
    required property var allegation
    required property var typeChoices
    required property var perpetratorChoices
    property bool readOnly: false
    signal changed(int index, var allegation)
    signal removed(int index)

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surfaceAlt
    border.color: Theme.border
    border.width: Theme.borderWidth

    function update(field, value) {
        var next = { type: root.allegation.type, when: root.allegation.when, perpetrator: root.allegation.perpetrator }
        next[field] = value
        root.changed(root.index, next)
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Allegation %1").arg(root.index + 1)
                font.bold: true
                color: Theme.text
            }
            ActionButton {
                visible: !root.readOnly
                objectName: "removeAllegation_" + root.index
                flat: true
                text: qsTr("Remove")
                onClicked: root.removed(root.index)
            }
        }
        ChoiceButtons {
            Layout.fillWidth: true
            enabled: !root.readOnly
            prefix: "allegationType_" + root.index
            choices: root.typeChoices
            current: root.allegation.type
            onChosen: function(key) { root.update("type", key) }
        }
        TextField {
            objectName: "allegationWhen_" + root.index
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            readOnly: root.readOnly
            text: root.allegation.when
            placeholderText: qsTr("When (a date, or e.g. “last week”)")
            Accessible.name: qsTr("When it happened")
            onEditingFinished: if (text !== root.allegation.when) root.update("when", text)
        }
        Label { text: qsTr("Alleged perpetrator (category only, no names)"); color: Theme.muted; font.pixelSize: Theme.smallSize }
        ChoiceButtons {
            Layout.fillWidth: true
            enabled: !root.readOnly
            prefix: "allegationBy_" + root.index
            choices: root.perpetratorChoices
            current: root.allegation.perpetrator
            onChosen: function(key) { root.update("perpetrator", key) }
        }
    }
}
