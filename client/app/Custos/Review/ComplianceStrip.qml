import QtQuick
import QtQuick.Controls
import Custos.Ui

// Compliance of each theme as a row of small cells: a colour AND a letter (C compliant,
// P partially, N non-compliant, – not assessed), never colour alone; each cell names its theme
// and result for screen readers. `cells` is [{title, code, label}].
Row {
    id: strip
    required property var cells
    property int cellSize: 20
    spacing: 2

    function fill(code) {
        return code === "N" ? Theme.danger : code === "P" ? Theme.warning
             : code === "C" ? Theme.ok : "transparent"
    }

    Repeater {
        model: strip.cells
        delegate: Rectangle {
            required property var modelData
            width: strip.cellSize
            height: strip.cellSize
            radius: 3
            color: strip.fill(modelData.code)
            border.color: Theme.border
            border.width: modelData.code === "–" ? Theme.borderWidth : 0
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.title + ": " + modelData.label
            Label {
                anchors.centerIn: parent
                text: modelData.code
                font.pixelSize: Theme.smallSize - 2
                font.bold: true
                color: modelData.code === "–" ? Theme.muted : Theme.background
            }
        }
    }
}
