import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Photos

// The input that fits an item's type. Emits commit(value) to save, and preview(value) while
// the monitor types so threshold flags can show before the value is saved.
ColumnLayout {
    id: root
    required property string itemKey
    required property string itemType
    required property string unit
    required property string answer
    required property var choices
    property string visitId: ""
    /// The visit lead approves photos that show people.
    property bool canApprovePhotos: false
    /// Decides whether a value typed so far is complete enough to autosave.
    property var acceptable: function(value) { return true }
    signal commit(string value)
    signal preview(string value)
    spacing: 6

    // Autosave while typing: a monitor interrupted mid-answer must not lose it, and on a tablet
    // the field may keep focus for a long time. Saves once typing pauses.
    Timer {
        id: autosave
        interval: 700
        property string pending
        onTriggered: if (pending !== root.answer && root.acceptable(pending)) root.commit(pending)
    }
    function typed(value) {
        root.preview(value)
        autosave.pending = value
        autosave.restart()
    }
    function finished(value) {
        autosave.stop()
        if (value !== root.answer)
            root.commit(value)
    }

    // yes / no / partial / not applicable / not verified
    AnswerButtons {
        visible: root.itemType === "yes_no"
        Layout.fillWidth: true
        itemKey: root.itemKey
        current: root.answer
        onAnswered: function(code) { root.commit(code) }
    }

    // number, duration, date, count (with a stepper)
    RowLayout {
        visible: ["number", "duration", "count", "date"].indexOf(root.itemType) >= 0
        spacing: 6
        ActionButton {
            visible: root.itemType === "count"
            objectName: "decrement_" + root.itemKey
            text: "−"
            Accessible.name: qsTr("Decrease")
            onClicked: root.commit(String(Math.max(0, (parseInt(root.answer) || 0) - 1)))
        }
        TextField {
            id: field
            objectName: "input_" + root.itemKey
            Layout.preferredWidth: root.itemType === "date" ? 200 : 140
            implicitHeight: Theme.touchTarget
            text: root.answer
            horizontalAlignment: root.itemType === "date" ? Text.AlignLeft : Text.AlignRight
            placeholderText: root.itemType === "date" ? qsTr("YYYY-MM-DD") : "0"
            inputMethodHints: root.itemType === "date" ? Qt.ImhDate
                            : root.itemType === "count" ? Qt.ImhDigitsOnly : Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Value")
            onTextEdited: root.typed(text)
            onEditingFinished: root.finished(text)
        }
        Label {
            visible: root.unit.length > 0
            text: root.unit
            font.pixelSize: Theme.bodySize
        }
        ActionButton {
            visible: root.itemType === "count"
            objectName: "increment_" + root.itemKey
            text: "+"
            Accessible.name: qsTr("Increase")
            onClicked: root.commit(String((parseInt(root.answer) || 0) + 1))
        }
        ActionButton {
            visible: root.itemType === "date"
            flat: true
            text: qsTr("Today")
            onClicked: root.commit(new Date().toISOString().substring(0, 10))
        }
    }

    // single and multiple choice
    Flow {
        visible: root.itemType === "single_choice" || root.itemType === "multi_choice"
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: root.choices
            delegate: ActionButton {
                required property var modelData
                readonly property var chosen: root.answer.length > 0 ? root.answer.split(",") : []
                objectName: "choice_" + root.itemKey + "_" + modelData.key
                text: modelData.label
                checked: chosen.indexOf(modelData.key) >= 0
                Accessible.checkable: true
                Accessible.checked: checked
                onClicked: {
                    if (root.itemType === "single_choice") {
                        root.commit(modelData.key)
                        return
                    }
                    var next = chosen.slice()
                    var at = next.indexOf(modelData.key)
                    if (at >= 0) next.splice(at, 1); else next.push(modelData.key)
                    root.commit(next.join(","))
                }
            }
        }
    }

    // free text
    TextArea {
        visible: root.itemType === "text"
        objectName: "text_" + root.itemKey
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 1.5
        wrapMode: TextEdit.Wrap
        text: root.answer
        placeholderText: qsTr("Write what you observed")
        Accessible.name: qsTr("Answer")
        onTextChanged: if (activeFocus) root.typed(text)
        onEditingFinished: root.finished(text)
    }

    // photos: imported, stripped of EXIF/GPS and kept only inside the encrypted store
    PhotoStrip {
        visible: root.itemType === "photo"
        Layout.fillWidth: true
        visitId: root.visitId
        itemKey: root.itemKey
        answer: root.itemType === "photo" ? root.answer : ""
        canApprove: root.canApprovePhotos
        onCommit: function(value) { root.commit(value) }
    }
}
