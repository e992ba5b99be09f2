import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Visit

// One recommendation: what should change (specific, measurable, time-bound), the authority
// addressed, its priority and due date, and the findings it answers.
Page {
    id: page
    objectName: "recommendationEditor"
    required property string visitId
    property string recordId: ""
    signal back()
    background: Rectangle { color: Theme.background }

    VisitWorkspace {
        id: workspace
        session: Session
        visitId: page.visitId
    }

    property string text: ""
    property string addressee: ""
    property string priority: "medium"
    property string dueDate: ""
    property var findingIds: []
    property bool ready: false
    readonly property var findingOptions: {
        var out = []
        for (var i = 0; i < workspace.findings.count; ++i) {
            var f = workspace.findings.get(i)
            out.push({ id: f.recordId, label: f.severityLabel + " · " + f.body })
        }
        return out
    }

    Component.onCompleted: {
        if (recordId.length > 0) {
            var r = workspace.recommendation(recordId)
            text = r.text; addressee = r.addressee; priority = r.priority
            dueDate = r.dueDate; findingIds = r.findingIds
        }
        ready = true
    }
    function save() {
        autosave.stop()
        if (!ready || workspace.locked || text.trim().length === 0 || addressee.trim().length === 0)
            return false
        if (dueDate.length > 0 && !/^\d{4}-\d{2}-\d{2}$/.test(dueDate))
            return false
        var id = workspace.saveRecommendation({ id: recordId, text: text, addressee: addressee,
                                                priority: priority, dueDate: dueDate, findingIds: findingIds })
        if (id.length > 0) recordId = id
        return id.length > 0
    }
    function changed() { if (ready) autosave.restart() }
    Timer { id: autosave; interval: 800; onTriggered: page.save() }
    onPriorityChanged: changed()
    onFindingIdsChanged: changed()

    header: VisitHeader {
        title: page.recordId.length > 0 ? qsTr("Recommendation") : qsTr("New recommendation")
        subtitle: workspace.facilityName
        backText: qsTr("Findings")
        onBack: { page.save(); page.back() }
        Label {
            objectName: "recommendationSaved"
            visible: page.recordId.length > 0
            text: autosave.running ? qsTr("Saving…") : qsTr("Saved")
            color: Theme.onAccent
        }
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
            enabled: !workspace.locked

            ErrorBanner { text: workspace.error }
            Label { text: qsTr("Recommendation"); font.bold: true; color: Theme.text }
            TextArea {
                objectName: "recommendationText"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2.5
                wrapMode: TextEdit.Wrap
                text: page.text
                placeholderText: qsTr("What should change, measurably, and by when")
                Accessible.name: qsTr("Recommendation text")
                onTextChanged: if (activeFocus) { page.text = text; page.changed() }
            }
            Label { text: qsTr("Addressed to"); font.bold: true; color: Theme.text }
            TextField {
                objectName: "addressee"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: page.addressee
                placeholderText: qsTr("Authority, e.g. Facility director, Ministry of Justice")
                Accessible.name: qsTr("Authority addressed")
                onTextEdited: { page.addressee = text; page.changed() }
            }
            Label { text: qsTr("Priority"); font.bold: true; color: Theme.text }
            ChoiceButtons {
                Layout.fillWidth: true
                prefix: "priority"
                choices: workspace.choices("priority")
                current: page.priority
                onChosen: function(key) { page.priority = key }
            }
            Label { text: qsTr("Due date"); font.bold: true; color: Theme.text }
            TextField {
                objectName: "dueDate"
                implicitHeight: Theme.touchTarget
                Layout.preferredWidth: 220
                text: page.dueDate
                placeholderText: qsTr("YYYY-MM-DD")
                inputMethodHints: Qt.ImhDate
                Accessible.name: qsTr("Due date")
                onTextEdited: { page.dueDate = text; page.changed() }
            }
            Label { text: qsTr("Findings it answers"); font.bold: true; color: Theme.text }
            LinkList {
                Layout.fillWidth: true
                prefix: "linkFinding"
                options: page.findingOptions
                selected: page.findingIds
                emptyText: qsTr("No findings yet.")
                onToggled: function(ids) { page.findingIds = ids }
            }
        }
    }
}
