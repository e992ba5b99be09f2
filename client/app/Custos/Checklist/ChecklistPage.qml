import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Checklist
import Custos.Session

// One visit's checklist: sections and items, each answer saved the moment it is given.
// Rule references and guidance are one tap away.
Page {
    id: page
    objectName: "checklistPage"
    required property string visitId
    /// Only this section (empty: the whole checklist).
    property string sectionKey: ""
    property string language: Qt.locale().name.substring(0, 2) === "fr" ? "fr" : "en"
    title: checklist.facilityName
    signal back()
    background: Rectangle { color: Theme.background }

    ChecklistModel {
        id: checklist
        session: Session
        visitId: page.visitId
        sectionKey: page.sectionKey
        language: page.language
    }

    header: Rectangle {
        color: Theme.accent
        implicitHeight: Theme.touchTarget + 8
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: Theme.margin
            ActionButton {
                objectName: "backButton"
                flat: true
                tone: Theme.onAccent
                text: "‹ " + (page.sectionKey.length > 0 ? qsTr("Visit") : qsTr("Visits"))
                Accessible.name: page.sectionKey.length > 0 ? qsTr("Back to the visit") : qsTr("Back to visits")
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: page.sectionKey.length > 0 ? checklist.sectionTitle : checklist.facilityName
                color: Theme.onAccent
                font.pixelSize: Theme.bodySize + 1
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                visible: checklist.flagCount > 0
                objectName: "flagCount"
                color: Theme.onAccent
                text: qsTr("%1 flagged").arg(checklist.flagCount)
                rightPadding: Theme.spacing
            }
            Label {
                objectName: "checklistProgress"
                color: Theme.onAccent
                text: qsTr("%1 / %2").arg(checklist.answeredCount).arg(checklist.itemCount)
                Accessible.name: qsTr("%1 of %2 items answered").arg(checklist.answeredCount).arg(checklist.itemCount)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ErrorBanner {
            Layout.margins: Theme.spacing
            text: checklist.error
        }
        ErrorBanner {
            objectName: "checklistLocked"
            Layout.margins: Theme.spacing
            visible: checklist.locked
            text: qsTr("This visit has been submitted: answers can be read but not changed.")
            tone: Theme.warning
            background: Theme.warningBackground
        }
        ListView {
            id: list
            objectName: "checklistList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: checklist
            cacheBuffer: 2000
            delegate: Loader {
                id: row
                required property int index
                required property string kind
                required property string key
                required property string text
                required property string guidance
                required property string rules
                required property string itemType
                required property string unit
                required property string answer
                required property var choices
                required property var flags
                required property string value
                required property string note
                required property string source
                required property bool divergent
                width: ListView.view.width
                sourceComponent: kind === "section" ? sectionHeader
                               : kind === "indicator" ? indicatorRow
                               : kind === "earlier" ? earlierRow : itemCard

                Component {
                    id: sectionHeader
                    Rectangle {
                        color: Theme.sectionBackground
                        implicitHeight: sectionLabel.implicitHeight + 2 * Theme.spacing
                        Label {
                            id: sectionLabel
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            text: row.text
                            font.pixelSize: Theme.bodySize + 1
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                    }
                }
                Component {
                    id: indicatorRow
                    Pane {
                        objectName: "indicator_" + row.key
                        padding: Theme.margin
                        background: Rectangle { color: Theme.surfaceAlt }
                        ColumnLayout {
                            width: parent.width
                            spacing: 6
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("Calculated: %1").arg(row.text)
                                    font.italic: true
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    objectName: "indicatorValue_" + row.key
                                    text: row.value.length > 0 ? row.value : qsTr("needs more answers")
                                    font.bold: row.value.length > 0
                                    color: row.value.length > 0 ? Theme.text : Theme.muted
                                }
                            }
                            FlagList {
                                Layout.fillWidth: true
                                flags: row.flags
                            }
                        }
                    }
                }
                Component {
                    id: earlierRow
                    Pane {
                        objectName: "earlier_" + row.key
                        padding: Theme.margin
                        ColumnLayout {
                            width: parent.width
                            spacing: 4
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: qsTr("%1: %2").arg(row.text).arg(row.answer)
                            }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                color: Theme.muted
                                font.pixelSize: Theme.smallSize
                                text: row.guidance
                            }
                        }
                    }
                }
                Component {
                    id: itemCard
                    Pane {
                        id: card
                        objectName: "item_" + row.key
                        padding: Theme.margin
                        // Flags for what is being typed, before it is saved.
                        property var liveFlags: null
                        ColumnLayout {
                            width: parent.width
                            spacing: 8
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    Layout.fillWidth: true
                                    text: row.text
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.bodySize
                                }
                                ActionButton {
                                    objectName: "guidance_" + row.key
                                    flat: true
                                    text: row.rules.length > 0 ? row.rules : qsTr("Guidance")
                                    checkable: true
                                    Accessible.name: qsTr("Show guidance and rule reference")
                                    onToggled: guidanceText.visible = checked
                                }
                            }
                            Label {
                                id: guidanceText
                                visible: false
                                Layout.fillWidth: true
                                text: row.guidance
                                wrapMode: Text.Wrap
                                color: Theme.muted
                                font.pixelSize: Theme.smallSize
                            }
                            ItemInput {
                                Layout.fillWidth: true
                                itemKey: row.key
                                itemType: row.itemType
                                unit: row.unit
                                answer: row.answer
                                choices: row.choices
                                visitId: page.visitId
                                canApprovePhotos: checklist.isLead
                                enabled: !checklist.locked
                                acceptable: function(value) { return checklist.canAccept(row.index, value) }
                                onPreview: function(value) { card.liveFlags = checklist.previewFlags(row.index, value) }
                                onCommit: function(value) {
                                    card.liveFlags = null
                                    checklist.answer(row.index, value)
                                }
                            }
                            FlagList {
                                objectName: "flags_" + row.key
                                Layout.fillWidth: true
                                flags: card.liveFlags !== null ? card.liveFlags : row.flags
                            }
                            Label {
                                objectName: "divergent_" + row.key
                                visible: row.divergent
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                color: Theme.warning
                                font.bold: true
                                text: qsTr("≠ Team members answered this differently. The visit lead settles it under “Team”.")
                            }
                            AnswerDetails {
                                Layout.fillWidth: true
                                itemKey: row.key
                                note: row.note
                                source: row.source
                                enabled: !checklist.locked
                                onNoteEdited: function(text) { checklist.setNote(row.index, text) }
                                onSourceChosen: function(tag) { checklist.setSource(row.index, tag) }
                            }
                        }
                    }
                }
            }
        }
    }
}
