import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Visit

// One allegation: what, when, and the category (never the name) of the alleged perpetrator.
Rectangle {
    id: root
    required property int index
    required property string type
    required property string when
    required property string perpetrator
    required property var typeChoices
    required property var perpetratorChoices
    property bool readOnly: false
    signal edited(int index, string field, string value)
    signal removed(int index)

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surfaceAlt
    border.color: Theme.border
    border.width: Theme.borderWidth

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
            current: root.type
            onChosen: function(key) { root.edited(root.index, "type", key) }
        }
        TextField {
            objectName: "allegationWhen_" + root.index
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            readOnly: root.readOnly
            text: root.when
            placeholderText: qsTr("When (a date, or e.g. “last week”)")
            Accessible.name: qsTr("When it happened")
            onTextEdited: root.edited(root.index, "when", text)
        }
        Label { text: qsTr("Alleged perpetrator (category only, no names)"); color: Theme.muted; font.pixelSize: Theme.smallSize }
        ChoiceButtons {
            Layout.fillWidth: true
            enabled: !root.readOnly
            prefix: "allegationBy_" + root.index
            choices: root.perpetratorChoices
            current: root.perpetrator
            onChosen: function(key) { root.edited(root.index, "perpetrator", key) }
        }
    }
}
