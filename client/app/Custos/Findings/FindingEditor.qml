import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Visit

// One finding: the theme (a checklist section), the Mandela Rules it concerns (picked from the
// checklist's references), how serious it is, what was found, and the evidence it rests on.
// Saved a moment after each change once it has a theme, a severity and a text.
Page {
    id: page
    objectName: "findingEditor"
    required property string visitId
    property string recordId: ""
    signal back()
    background: Rectangle { color: Theme.background }

    VisitWorkspace {
        id: workspace
        session: Session
        visitId: page.visitId
    }

    property string theme: ""
    property var rules: []
    property string severity: ""
    property string text: ""
    property var observationIds: []
    property var interviewIds: []
    property bool ready: false
    readonly property var themes: { workspace.facilityName; return workspace.themes() }
    readonly property var evidence: { workspace.facilityName; workspace.interviews.count; return workspace.evidenceChoices() }
    readonly property var themeRules: {
        for (var i = 0; i < themes.length; ++i)
            if (themes[i].key === theme) return themes[i].rules
        return []
    }

    Component.onCompleted: {
        if (recordId.length > 0) {
            var f = workspace.finding(recordId)
            theme = f.theme; rules = f.rules; severity = f.severity; text = f.text
            observationIds = f.observationIds; interviewIds = f.interviewIds
        }
        ready = true
    }
    function save() {
        autosave.stop()
        if (!ready || workspace.locked || theme.length === 0 || severity.length === 0 || text.trim().length === 0)
            return false
        var id = workspace.saveFinding({ id: recordId, theme: theme, rules: rules, severity: severity,
                                         text: text, observationIds: observationIds, interviewIds: interviewIds })
        if (id.length > 0) recordId = id
        return id.length > 0
    }
    function changed() { if (ready) autosave.restart() }
    Timer { id: autosave; interval: 800; onTriggered: page.save() }
    onThemeChanged: changed()
    onRulesChanged: changed()
    onSeverityChanged: changed()
    onObservationIdsChanged: changed()
    onInterviewIdsChanged: changed()

    header: VisitHeader {
        title: page.recordId.length > 0 ? qsTr("Finding") : qsTr("New finding")
        subtitle: workspace.facilityName
        backText: qsTr("Findings")
        onBack: { page.save(); page.back() }
        Label {
            objectName: "findingSaved"
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
            Label { text: qsTr("Severity"); font.bold: true; color: Theme.text }
            ChoiceButtons {
                Layout.fillWidth: true
                prefix: "severity"
                choices: workspace.choices("severity")
                current: page.severity
                onChosen: function(key) { page.severity = key }
            }
            Label { text: qsTr("Theme"); font.bold: true; color: Theme.text }
            ChoiceButtons {
                Layout.fillWidth: true
                prefix: "theme"
                choices: page.themes.map(function(t) { return { key: t.key, label: t.title } })
                current: page.theme
                onChosen: function(key) { page.theme = key; page.rules = [] }
            }
            Label {
                visible: page.themeRules.length > 0
                text: qsTr("Mandela Rules concerned")
                font.bold: true
                color: Theme.text
            }
            ChoiceButtons {
                Layout.fillWidth: true
                prefix: "rule"
                multiple: true
                choices: page.themeRules.map(function(r) { return { key: String(r), label: qsTr("Rule %1").arg(r) } })
                selected: page.rules.map(function(r) { return String(r) })
                onChosen: function(key) {
                    var next = page.rules.slice()
                    var at = next.indexOf(parseInt(key))
                    if (at >= 0) next.splice(at, 1); else next.push(parseInt(key))
                    page.rules = next
                }
            }
            Label { text: qsTr("What the team found"); font.bold: true; color: Theme.text }
            TextArea {
                objectName: "findingText"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2.5
                wrapMode: TextEdit.Wrap
                text: page.text
                placeholderText: qsTr("Facts, where and how they were established (triangulated sources)")
                Accessible.name: qsTr("Finding text")
                onTextChanged: if (activeFocus) { page.text = text; page.changed() }
            }
            Label { text: qsTr("Evidence it rests on"); font.bold: true; color: Theme.text }
            LinkList {
                Layout.fillWidth: true
                prefix: "evidence"
                options: page.evidence
                selected: page.observationIds.concat(page.interviewIds)
                emptyText: qsTr("Answer checklist items or record interviews to link them here.")
                onToggled: function(ids) {
                    var observations = [], interviews = []
                    for (var i = 0; i < page.evidence.length; ++i) {
                        var e = page.evidence[i]
                        if (ids.indexOf(e.id) < 0) continue
                        if (e.kind === "interview") interviews.push(e.id); else observations.push(e.id)
                    }
                    page.observationIds = observations
                    page.interviewIds = interviews
                }
            }
        }
    }
}
