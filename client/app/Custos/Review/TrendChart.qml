import QtQuick
import QtCharts
import Custos.Ui

// One figure of a facility across cycles as a line with a marker per cycle; tapping a marker
// asks to open the visit the value came from. NaN values (not measured that cycle) leave a gap.
ChartView {
    id: chart
    required property var categories // cycle names, oldest first
    required property var values     // one number per cycle (NaN: none)
    property string unit: ""
    signal pointChosen(int index)
    antialiasing: true
    legend.visible: false
    backgroundColor: Theme.surface
    titleColor: Theme.text
    theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
    margins { left: 4; right: 4; top: 4; bottom: 4 }

    BarCategoryAxis {
        id: axisX
        categories: chart.categories
        labelsColor: Theme.text
    }
    ValueAxis {
        id: axisY
        labelsColor: Theme.text
        labelFormat: "%.0f"
    }
    LineSeries {
        id: line
        axisX: axisX
        axisY: axisY
        color: Theme.accent
        width: 2
    }
    ScatterSeries {
        id: markers
        axisX: axisX
        axisY: axisY
        color: Theme.accent
        borderColor: Theme.surface
        markerSize: 14
        pointLabelsVisible: true
        pointLabelsColor: Theme.text
        pointLabelsFormat: "@yPoint"
        onClicked: function(point) { chart.pointChosen(Math.round(point.x)) }
    }

    function rebuild() {
        line.clear()
        markers.clear()
        var lo = Number.POSITIVE_INFINITY, hi = Number.NEGATIVE_INFINITY
        for (var i = 0; i < values.length; ++i) {
            var v = values[i]
            if (v === undefined || v === null || isNaN(v))
                continue
            line.append(i, v)
            markers.append(i, Math.round(v * 10) / 10)
            lo = Math.min(lo, v)
            hi = Math.max(hi, v)
        }
        if (lo === Number.POSITIVE_INFINITY) { lo = 0; hi = 1 }
        var pad = Math.max(1, (hi - lo) * 0.15)
        axisY.min = Math.max(0, lo - pad)
        axisY.max = hi + pad
        axisY.labelFormat = axisY.max - axisY.min < 10 ? "%.1f" : "%.0f"
    }
    onValuesChanged: rebuild()
    Component.onCompleted: rebuild()
}
