import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Review

// Every facility of a cycle side by side: compliance by theme, urgent findings and the key
// indicators, sortable and filterable; tapping a facility opens its trend across cycles.
Page {
    id: page
    objectName: "cycleOverviewPage"
    required property string cycleId
    property string cycleName
    signal back()
    signal openFacility(string facilityId, string facilityName)
    background: Rectangle { color: Theme.background }

    property string sortBy: "non_compliant_themes"
    property bool descending: true
    property int facilityType: 0
    property string region: ""
    // Regions of the unfiltered cycle: filtering by one must not make the others disappear.
    property var regions: []

    ReviewClient {
        id: review
        onResultChanged: if (page.region === "" && page.facilityType === 0) page.regions = result.regions || []
    }
    function reload() {
        review.loadOverview(page.cycleId, page.sortBy, page.descending, page.facilityType, page.region)
    }
    function sortOn(key) {
        if (page.sortBy === key)
            page.descending = !page.descending
        else {
            page.sortBy = key
            page.descending = key !== "name" && key !== "region" && key !== "indicator:m2_per_person"
        }
        reload()
    }
    Component.onCompleted: reload()

    readonly property var rows: review.result.rows || []
    readonly property var themes: review.result.themes || []
    // Figures in columns; each row's compliance by theme runs on a second line under them.
    readonly property var columns: [
        { key: "name", title: qsTr("Facility"), width: 250 },
        { key: "", title: qsTr("Visit"), width: 130 },
        { key: "completion", title: qsTr("Done"), width: 80 },
        { key: "urgent_findings", title: qsTr("Urgent"), width: 96 },
        { key: "flags", title: qsTr("Flags"), width: 84 },
        { key: "indicator:occupancy_pct", title: qsTr("Occupancy"), width: 124 },
        { key: "indicator:m2_per_person", title: qsTr("m²/person"), width: 118 },
        { key: "indicator:detainees_per_toilet", title: qsTr("Per toilet"), width: 112 },
        { key: "indicator:longest_isolation_days", title: qsTr("Isolation"), width: 112 },
        { key: "non_compliant_themes", title: qsTr("Non-compliant"), width: 150 }
    ]
    readonly property int tableWidth: {
        var w = 0
        for (var i = 0; i < columns.length; ++i) w += columns[i].width
        return w
    }

    header: ReviewPageHeader {
        title: qsTr("Cycle overview")
        subtitle: page.cycleName + (review.result.cycle ? " · " + review.result.cycle.period : "")
        busy: review.busy
        loadMs: review.lastLoadMs
        onBack: page.back()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ErrorBanner { text: review.error }
        RowLayout {
            spacing: Theme.spacing
            Label { text: qsTr("Type"); color: Theme.text }
            ComboBox {
                objectName: "typeFilter"
                model: review.facilityTypes()
                textRole: "label"
                valueRole: "key"
                implicitWidth: 220
                onActivated: { page.facilityType = currentValue; page.reload() }
            }
            Label { text: qsTr("Region"); color: Theme.text }
            ComboBox {
                objectName: "regionFilter"
                model: [qsTr("All regions")].concat(page.regions)
                implicitWidth: 220
                onActivated: function(index) { page.region = index === 0 ? "" : page.regions[index - 1]; page.reload() }
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: qsTr("%n facilities", "", page.rows.length)
                color: Theme.muted
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.muted
            text: qsTr("Compliance by theme, in checklist order: N non-compliant, P partially compliant, C compliant, – not assessed. Urgent: urgent findings. Isolation: longest solitary confinement.")
        }

        ListView {
            id: table
            objectName: "overviewTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: page.tableWidth
            flickableDirection: Flickable.AutoFlickIfNeeded
            headerPositioning: ListView.OverlayHeader
            ScrollBar.vertical: ScrollBar {}
            ScrollBar.horizontal: ScrollBar {}
            model: page.rows
            header: Rectangle {
                z: 2
                width: page.tableWidth
                height: Theme.touchTarget + 8
                color: Theme.sectionBackground
                Row {
                    anchors.verticalCenter: parent.verticalCenter
                    Repeater {
                        model: page.columns
                        delegate: Item {
                            required property var modelData
                            width: modelData.width
                            height: Theme.touchTarget
                            ActionButton {
                                visible: modelData.key !== ""
                                objectName: "sort_" + modelData.key
                                anchors.fill: parent
                                flat: true
                                leftPadding: 6
                                rightPadding: 6
                                tone: Theme.sectionText
                                font.pixelSize: Theme.smallSize
                                font.bold: page.sortBy === modelData.key
                                text: modelData.title + (page.sortBy === modelData.key ? (page.descending ? " ▼" : " ▲") : "")
                                Accessible.name: qsTr("Sort by %1").arg(modelData.title)
                                onClicked: page.sortOn(modelData.key)
                            }
                            Label {
                                visible: modelData.key === ""
                                anchors.fill: parent
                                leftPadding: 6
                                verticalAlignment: Text.AlignVCenter
                                text: modelData.title
                                font.pixelSize: Theme.smallSize
                                color: Theme.sectionText
                            }
                        }
                    }
                }
            }
            delegate: OverviewRow {
                required property int index
                objectName: "facilityRow_" + index
                columns: page.columns
                width: page.tableWidth
                onClicked: page.openFacility(row.facilityId, row.name)
            }
        }
    }
}
