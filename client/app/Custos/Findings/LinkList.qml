import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// Tick the records something rests on ([{id, label}]); `selected` holds the ticked ids.
ColumnLayout {
    id: root
    required property var options
    required property string prefix
    property var selected: []
    property string emptyText: ""
    signal toggled(var selected)
    spacing: 2

    Label {
        visible: root.options.length === 0 && root.emptyText.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.muted
        text: root.emptyText
    }
    Repeater {
        model: root.options
        delegate: CheckBox {
            required property var modelData
            required property int index
            objectName: root.prefix + "_" + index
            Layout.fillWidth: true
            text: modelData.label
            checked: root.selected.indexOf(modelData.id) >= 0
            Accessible.name: modelData.label
            onToggled: {
                var next = root.selected.slice()
                var at = next.indexOf(modelData.id)
                if (checked && at < 0) next.push(modelData.id)
                if (!checked && at >= 0) next.splice(at, 1)
                root.toggled(next)
            }
        }
    }
}
