import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Segmented answer control for yes / no / partial / not applicable / not verified.
// Emits answered(code); the current answer is shown as the checked segment.
Flow {
    id: root
    required property string itemKey
    property string current: ""
    signal answered(string code)
    spacing: 6

    readonly property var choices: [
        { code: "yes", label: qsTr("Yes") },
        { code: "no", label: qsTr("No") },
        { code: "partial", label: qsTr("Partly") },
        { code: "not_applicable", label: qsTr("N/A") },
        { code: "not_verified", label: qsTr("Not verified") }
    ]

    Repeater {
        model: root.choices
        delegate: ActionButton {
            required property var modelData
            objectName: "answer_" + root.itemKey + "_" + modelData.code
            text: modelData.label
            // Not checkable: a click must not toggle the state locally; the saved answer
            // (current) alone decides which segment shows as chosen.
            checked: root.current === modelData.code
            highlighted: checked
            Accessible.checkable: true
            Accessible.checked: checked
            onClicked: root.answered(modelData.code)
        }
    }
}
