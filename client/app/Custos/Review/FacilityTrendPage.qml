import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Custos.Ui
import Custos.Review

// One facility across cycles: the share of standards met, findings by severity and the key
// indicators as charts, then compliance by theme as a table. Every point opens the visit it
// came from; the list at the bottom does the same for those who do not use the charts.
Page {
    id: page
    objectName: "facilityTrendPage"
    required property string facilityId
    property string facilityName
    signal back()
    signal openVisit(string visitId)
    background: Rectangle { color: Theme.background }

    ReviewClient { id: review }
    Component.onCompleted: review.loadTrend(page.facilityId)

    readonly property var points: review.result.points || []
    readonly property var categories: points.map(function(p) { return p.cycleName })
    function valuesOf(key) { return points.map(function(p) { return p[key] >= 0 ? p[key] : NaN }) }
    function openPoint(index) {
        if (index >= 0 && index < points.length && points[index].visitId.length > 0)
            page.openVisit(points[index].visitId)
    }

    header: ReviewPageHeader {
        title: page.facilityName
        subtitle: review.result.facility
                  ? qsTr("%1 · %2 · capacity %3").arg(review.result.facility.typeLabel)
                        .arg(review.result.facility.region).arg(review.result.facility.capacity)
                  : ""
        busy: review.busy
        loadMs: review.lastLoadMs
        onBack: page.back()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.spacing

            ErrorBanner { text: review.error }
            GridLayout {
                Layout.fillWidth: true
                columns: page.width > page.height ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                TrendChart {
                    objectName: "standardsMetChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 260
                    title: qsTr("Standards met (%)")
                    categories: page.categories
                    values: page.valuesOf("standardsMetPct")
                    onPointChosen: function(index) { page.openPoint(index) }
                }
                ChartView {
                    id: severityChart
                    objectName: "findingsChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 260
                    title: qsTr("Findings by severity")
                    antialiasing: true
                    backgroundColor: Theme.surface
                    titleColor: Theme.text
                    theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
                    legend.alignment: Qt.AlignBottom
                    legend.labelColor: Theme.text
                    StackedBarSeries {
                        id: severitySeries
                        axisX: BarCategoryAxis { categories: page.categories; labelsColor: Theme.text }
                        axisY: ValueAxis { id: severityAxis; min: 0; labelsColor: Theme.text; labelFormat: "%.0f" }
                        labelsVisible: true
                        onClicked: function(index, barset) { page.openPoint(index) }
                        BarSet { id: urgentSet; label: qsTr("Urgent"); color: Theme.danger }
                        BarSet { id: prioritySet; label: qsTr("Priority concern"); color: Theme.warning }
                        BarSet { id: concernSet; label: qsTr("Concern"); color: Theme.accent }
                        BarSet { id: goodSet; label: qsTr("Good practice"); color: Theme.ok }
                    }
                    // Qt 6.4 does not redraw a bar set whose values arrive through a binding:
                    // set them when the figures arrive, and the scale with them.
                    function rebuild() {
                        urgentSet.values = page.valuesOf("urgentFindings")
                        prioritySet.values = page.valuesOf("priorityConcerns")
                        concernSet.values = page.valuesOf("concerns")
                        goodSet.values = page.valuesOf("goodPractices")
                        var top = 1
                        for (var i = 0; i < page.points.length; ++i) {
                            var p = page.points[i]
                            top = Math.max(top, p.urgentFindings + p.priorityConcerns + p.concerns + p.goodPractices)
                        }
                        severityAxis.max = top + 1
                    }
                    Connections {
                        target: page
                        function onPointsChanged() { severityChart.rebuild() }
                    }
                }
                Repeater {
                    model: review.result.indicators || []
                    delegate: TrendChart {
                        required property var modelData
                        objectName: "indicatorChart_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredHeight: 220
                        title: modelData.name + (modelData.unit ? " (" + modelData.unit + ")" : "")
                        categories: page.categories
                        values: modelData.values
                        onPointChosen: function(index) { page.openPoint(index) }
                    }
                }
            }

            Label {
                text: qsTr("Compliance by theme")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: page.points
                delegate: RowLayout {
                    required property var modelData
                    spacing: Theme.spacing
                    Label {
                        Layout.preferredWidth: 200
                        text: modelData.cycleName
                        elide: Text.ElideRight
                        color: Theme.text
                    }
                    ComplianceStrip { cells: modelData.themes }
                }
            }

            Label {
                text: qsTr("Visits")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: page.points
                delegate: RowLayout {
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: modelData.visited
                              ? qsTr("%1 — visit of %2, %3; %4 urgent findings, %5 flags")
                                    .arg(modelData.cycleName).arg(modelData.visitStart)
                                    .arg(modelData.statusLabel).arg(modelData.urgentFindings)
                                    .arg(modelData.flags)
                              : qsTr("%1 — not visited").arg(modelData.cycleName)
                    }
                    ActionButton {
                        objectName: "trendVisit_" + index
                        visible: modelData.visitId.length > 0
                        text: qsTr("Open visit")
                        onClicked: page.openVisit(modelData.visitId)
                    }
                }
            }
        }
    }
}
