import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui

// One facility's figures in a cycle, in the columns of the cycle overview.
ItemDelegate {
    id: rowItem
    required property var modelData
    required property var columns
    readonly property var row: modelData
    height: Math.max(Theme.touchTarget + 16, cells.implicitHeight + 12)
    background: Rectangle {
        color: rowItem.down ? Theme.pressed : Theme.surface
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
    }
    Accessible.name: row.name + ", " + row.statusLabel


    contentItem: Column {
        id: cells
        spacing: 4
        Row {
            Column {
                width: rowItem.columns[0].width
                anchors.verticalCenter: parent.verticalCenter
                Label {
                    width: parent.width - 8
                    text: rowItem.row.name
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: Theme.bodySize - 1
                    color: Theme.text
                }
                Label {
                    width: parent.width - 8
                    text: rowItem.row.typeLabel + (rowItem.row.region ? " · " + rowItem.row.region : "")
                    elide: Text.ElideRight
                    font.pixelSize: Theme.smallSize
                    color: Theme.muted
                }
            }
            Repeater {
                model: [
                    rowItem.row.statusLabel,
                    rowItem.row.completion >= 0 ? rowItem.row.completion + "%" : "—",
                    String(rowItem.row.urgentFindings),
                    String(rowItem.row.flags),
                    rowItem.row.indicators.occupancy_pct,
                    rowItem.row.indicators.m2_per_person,
                    rowItem.row.indicators.detainees_per_toilet,
                    rowItem.row.indicators.longest_isolation_days,
                    qsTr("%1 of %2").arg(rowItem.row.nonCompliant).arg(rowItem.row.themes.length)
                ]
                delegate: Label {
                    required property var modelData
                    required property int index
                    width: rowItem.columns[index + 1].width
                    anchors.verticalCenter: parent.verticalCenter
                    leftPadding: 6
                    text: modelData
                    elide: Text.ElideRight
                    font.pixelSize: Theme.bodySize - 1
                    // Urgent findings stand out by weight and colour together.
                    font.bold: index === 2 && rowItem.row.urgentFindings > 0
                    color: index === 2 && rowItem.row.urgentFindings > 0 ? Theme.danger : Theme.text
                }
            }
        }
        Row {
            spacing: Theme.spacing
            Label {
                width: rowItem.columns[0].width - Theme.spacing
                horizontalAlignment: Text.AlignRight
                text: qsTr("N %1 · P %2 · C %3").arg(rowItem.row.nonCompliant).arg(rowItem.row.partial).arg(rowItem.row.compliant)
                font.pixelSize: Theme.smallSize
                color: Theme.muted
            }
            ComplianceStrip { cells: rowItem.row.themes }
        }
    }
}
