import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Review

// Every recommendation of the organisation with its status history, filterable, overdue ones
// marked; a coordinator records a new status with its evidence (synced and audited like any
// other change).
Page {
    id: page
    objectName: "followUpPage"
    signal back()
    background: Rectangle { color: Theme.background }

    ReviewClient { id: review }
    // A page of the list at a time: the whole organisation's history runs to thousands.
    property int shown: 100
    property var filter: ({ facilityId: "", cycleId: "", addressee: "", priority: 0, status: 0, overdueOnly: false })
    property var pending: review.pendingRecommendationStatuses()
    property string message: ""
    function reload() { review.loadFollowUp(Object.assign({ limit: page.shown }, page.filter)) }
    function setFilter(key, value) {
        var f = Object.assign({}, page.filter)
        f[key] = value
        page.filter = f
        page.shown = 100
        reload()
    }
    Component.onCompleted: reload()
    Connections {
        target: Session
        // After a sync the server holds what was pending: show its view.
        function onDataChanged() { page.pending = review.pendingRecommendationStatuses(); page.reload() }
    }

    readonly property var recommendations: review.result.recommendations || []

    header: ReviewPageHeader {
        title: qsTr("Recommendation follow-up")
        subtitle: qsTr("%n recommendations", "", review.result.matching || 0)
                  + (review.result.overdue ? qsTr(", %n overdue", "", review.result.overdue) : "")
        busy: review.busy
        loadMs: review.lastLoadMs
        onBack: page.back()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ErrorBanner { text: page.message.length > 0 ? page.message : review.error }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ComboBox {
                objectName: "facilityFilter"
                implicitWidth: 240
                model: [{ id: "", name: qsTr("All facilities") }].concat(review.facilities())
                textRole: "name"
                valueRole: "id"
                onActivated: page.setFilter("facilityId", currentValue)
            }
            ComboBox {
                objectName: "cycleFilter"
                implicitWidth: 220
                model: [{ id: "", name: qsTr("All cycles") }].concat(review.cycles())
                textRole: "name"
                valueRole: "id"
                onActivated: page.setFilter("cycleId", currentValue)
            }
            ComboBox {
                objectName: "priorityFilter"
                implicitWidth: 210
                model: [{ key: 0, label: qsTr("Any priority") }].concat(
                           review.choices("priority").map(function(c, i) { return { key: i + 1, label: c.label } }))
                textRole: "label"
                valueRole: "key"
                onActivated: page.setFilter("priority", currentValue)
            }
            ComboBox {
                objectName: "statusFilter"
                implicitWidth: 220
                model: [{ key: 0, label: qsTr("Any status") }].concat(
                           review.choices("recommendationStatus").map(function(c, i) { return { key: i + 1, label: c.label } }))
                textRole: "label"
                valueRole: "key"
                onActivated: page.setFilter("status", currentValue)
            }
            TextField {
                objectName: "addresseeFilter"
                implicitWidth: 220
                placeholderText: qsTr("Authority")
                onEditingFinished: page.setFilter("addressee", text.trim())
            }
            Switch {
                objectName: "overdueOnly"
                text: qsTr("Overdue only")
                onToggled: page.setFilter("overdueOnly", checked)
            }
        }
        Label {
            visible: !review.busy && page.recommendations.length === 0 && review.error.length === 0
            text: qsTr("No recommendation matches these filters.")
            color: Theme.muted
        }
        ListView {
            objectName: "followUpList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            ScrollBar.vertical: ScrollBar {}
            model: page.recommendations
            footer: ActionButton {
                objectName: "showMore"
                visible: (review.result.matching || 0) > page.recommendations.length
                flat: true
                text: qsTr("Show %1 more of %2").arg(Math.min(100, (review.result.matching || 0) - page.recommendations.length))
                        .arg(review.result.matching || 0)
                onClicked: { page.shown += 100; page.reload() }
            }
            delegate: FollowUpItem {
                width: ListView.view.width
                statusChoices: review.choices("recommendationStatus")
                pendingStatus: {
                    var key = page.pending[modelData.id]
                    return key ? review.choices("recommendationStatus").filter(function(c) { return c.key === key })[0].label : ""
                }
                onChangeStatus: function(recommendationId, status, evidence) {
                    page.message = review.changeRecommendationStatus(recommendationId, status, evidence)
                    if (page.message.length === 0) {
                        editing = false
                        page.pending = review.pendingRecommendationStatuses()
                    }
                }
            }
        }
    }
}
