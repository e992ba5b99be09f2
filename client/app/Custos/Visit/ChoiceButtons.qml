import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// A row of buttons for one choice among a few ([{key, label}]); with `multiple`, several keys.
// The chosen ones show as checked; objectNames are "<prefix>_<key>" for tests and automation.
Flow {
    id: root
    required property var choices
    required property string prefix
    property string current: ""
    property var selected: []
    property bool multiple: false
    signal chosen(string key)
    spacing: 6

    Repeater {
        model: root.choices
        delegate: ActionButton {
            required property var modelData
            objectName: root.prefix + "_" + modelData.key
            text: modelData.label
            checked: root.multiple ? root.selected.indexOf(modelData.key) >= 0
                                   : root.current === modelData.key
            Accessible.checkable: true
            Accessible.checked: checked
            onClicked: root.chosen(modelData.key)
        }
    }
}
