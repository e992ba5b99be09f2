import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Visit

// One confidential interview. Consent comes first: nothing else can be entered before the
// person's consent scope is recorded. The person is a pseudonymous code, never a name. What was
// said is hidden on screen unless held open. Every change is saved a moment after it is made.
Page {
    id: page
    objectName: "interviewEditor"
    required property string visitId
    property string recordId: ""
    signal back()
    background: Rectangle { color: Theme.background }

    VisitWorkspace {
        id: workspace
        session: Session
        visitId: page.visitId
    }

    property string consent: ""
    property string personCode: ""
    property string kind: "individual"
    property string privacy: ""
    property bool interpreter: false
    // Edited in place (not replaced) so that rows keep their fields and focus while edited.
    ListModel { id: allegationModel }
    property bool reprisalRisk: false
    property bool followUp: false
    property bool editable: true
    property bool ready: false
    readonly property bool consentGiven: consent.length > 0

    Component.onCompleted: {
        if (recordId.length > 0) {
            var i = workspace.interview(recordId)
            consent = i.consent; personCode = i.personCode; kind = i.kind
            privacy = i.privacy; interpreter = i.interpreter
            for (var a = 0; a < i.allegations.length; ++a)
                allegationModel.append(i.allegations[a])
            reprisalRisk = i.reprisalRisk; followUp = i.followUp; content.text = i.content
            editable = i.editable
        } else {
            editable = !workspace.locked
        }
        ready = true
    }

    function fields() {
        return { id: recordId, consent: consent, personCode: personCode, kind: kind,
                 privacy: privacy, interpreter: interpreter, allegations: allegationList(),
                 reprisalRisk: reprisalRisk, followUp: followUp, content: content.text }
    }
    /// Saves when the interview can be kept (consent and code given); returns whether it did.
    function save() {
        autosave.stop()
        if (!ready || !editable || !consentGiven || personCode.trim().length === 0)
            return false
        var id = workspace.saveInterview(fields())
        if (id.length > 0)
            recordId = id
        return id.length > 0
    }
    function allegationList() {
        var list = []
        for (var i = 0; i < allegationModel.count; ++i) {
            var a = allegationModel.get(i)
            list.push({ type: a.type, when: a.when, perpetrator: a.perpetrator })
        }
        return list
    }
    function changed() { if (ready && editable) autosave.restart() }
    function suggestCode() {
        var prefix = { individual: "D", group: "G", staff: "S", management: "M" }[kind] || "P"
        return prefix + "-" + String(workspace.interviews.count + 1).padStart(2, "0")
    }
    Timer { id: autosave; interval: 800; onTriggered: page.save() }
    onConsentChanged: changed()
    onKindChanged: changed()
    onInterpreterChanged: changed()
    onReprisalRiskChanged: changed()
    onFollowUpChanged: changed()

    header: VisitHeader {
        title: page.personCode.length > 0 ? qsTr("Interview %1").arg(page.personCode) : qsTr("New interview")
        subtitle: workspace.facilityName
        backText: qsTr("Interviews")
        onBack: { page.save(); page.back() }
        Label {
            objectName: "interviewSaved"
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

            ErrorBanner { text: workspace.error }

            // 1. Consent, first and alone.
            Label {
                text: qsTr("1. Consent")
                font.pixelSize: Theme.titleSize - 2
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.muted
                text: qsTr("Explain who you are, that taking part is voluntary, and what may be done with what the person says. Record their answer before anything else.")
            }
            ChoiceButtons {
                Layout.fillWidth: true
                enabled: page.editable
                prefix: "consent"
                choices: workspace.choices("consent")
                current: page.consent
                onChosen: function(key) { page.consent = key }
            }
            Label {
                objectName: "consentFirstHint"
                visible: !page.consentGiven
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.warning
                font.bold: true
                text: qsTr("Nothing else can be recorded until consent is recorded.")
            }

            // 2. Everything else, once consent is recorded.
            ColumnLayout {
                objectName: "interviewDetails"
                Layout.fillWidth: true
                spacing: Theme.spacing
                enabled: page.consentGiven && page.editable
                opacity: page.consentGiven ? 1 : 0.4

                Label {
                    text: qsTr("2. Who and how")
                    font.pixelSize: Theme.titleSize - 2
                    font.bold: true
                    color: Theme.text
                }
                ChoiceButtons {
                    Layout.fillWidth: true
                    prefix: "interviewKind"
                    choices: workspace.choices("interviewKind")
                    current: page.kind
                    onChosen: function(key) { page.kind = key }
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: codeField
                        objectName: "personCode"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        text: page.personCode
                        placeholderText: qsTr("Pseudonymous code, e.g. D-17 (never a name)")
                        Accessible.name: qsTr("Pseudonymous code")
                        onTextEdited: { page.personCode = text; page.changed() }
                    }
                    ActionButton {
                        objectName: "suggestCode"
                        text: qsTr("Suggest a code")
                        onClicked: { page.personCode = page.suggestCode(); page.changed() }
                    }
                }
                TextField {
                    objectName: "privacy"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    text: page.privacy
                    placeholderText: qsTr("Privacy: e.g. out of sight and hearing of staff")
                    Accessible.name: qsTr("Privacy conditions")
                    onTextEdited: { page.privacy = text; page.changed() }
                }
                CheckBox {
                    objectName: "interpreter"
                    text: qsTr("An interpreter took part")
                    checked: page.interpreter
                    onToggled: page.interpreter = checked
                }

                Label {
                    text: qsTr("3. Allegations")
                    font.pixelSize: Theme.titleSize - 2
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: allegationModel
                    delegate: AllegationRow {
                        Layout.fillWidth: true
                        typeChoices: workspace.choices("allegationType")
                        perpetratorChoices: workspace.choices("perpetrator")
                        onEdited: function(at, field, value) {
                            allegationModel.setProperty(at, field, value)
                            page.changed()
                        }
                        onRemoved: function(at) {
                            allegationModel.remove(at)
                            page.changed()
                        }
                    }
                }
                ActionButton {
                    objectName: "addAllegation"
                    text: qsTr("Add an allegation")
                    onClicked: {
                        allegationModel.append({ type: "", when: "", perpetrator: "" })
                        page.changed()
                    }
                }

                Label {
                    text: qsTr("4. Risks and follow-up")
                    font.pixelSize: Theme.titleSize - 2
                    font.bold: true
                    color: Theme.text
                }
                CheckBox {
                    objectName: "reprisalRisk"
                    text: qsTr("Risk of reprisal against this person")
                    checked: page.reprisalRisk
                    onToggled: page.reprisalRisk = checked
                }
                CheckBox {
                    objectName: "followUp"
                    text: qsTr("Needs follow-up (a later check on this person's safety or case)")
                    checked: page.followUp
                    onToggled: page.followUp = checked
                }

                Label {
                    text: qsTr("5. What was said")
                    font.pixelSize: Theme.titleSize - 2
                    font.bold: true
                    color: Theme.text
                }
                SensitiveText {
                    id: content
                    Layout.fillWidth: true
                    readOnly: !page.editable
                    placeholder: qsTr("Account in the person's words; no names of others")
                    onEdited: page.changed()
                }
            }
        }
    }
}
