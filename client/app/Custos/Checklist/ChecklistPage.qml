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
    property string language: Qt.locale().name.substring(0, 2) === "fr" ? "fr" : "en"
    title: checklist.facilityName
    signal back()

    ChecklistModel {
        id: checklist
        session: Session
        visitId: page.visitId
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
                tone: "white"
                text: "‹ " + qsTr("Visits")
                Accessible.name: qsTr("Back to visits")
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: checklist.facilityName
                color: "white"
                font.pixelSize: Theme.bodySize + 1
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "checklistProgress"
                color: "white"
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
                required property bool isSection
                required property string key
                required property string text
                required property string guidance
                required property string rules
                required property string itemType
                required property string unit
                required property string answer
                width: ListView.view.width
                sourceComponent: isSection ? sectionHeader : itemCard

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
                    id: itemCard
                    Pane {
                        objectName: "item_" + row.key
                        padding: Theme.margin
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
                                    implicitHeight: Theme.touchTarget
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
                            AnswerButtons {
                                visible: row.itemType === "yes_no"
                                Layout.fillWidth: true
                                itemKey: row.key
                                current: row.answer
                                onAnswered: function(code) { checklist.answer(row.index, code) }
                            }
                            TextField {
                                visible: row.itemType !== "yes_no"
                                objectName: "input_" + row.key
                                Layout.fillWidth: true
                                implicitHeight: Theme.touchTarget
                                text: row.answer
                                placeholderText: row.unit.length > 0 ? qsTr("Value in %1").arg(row.unit) : qsTr("Answer")
                                inputMethodHints: row.itemType === "number" || row.itemType === "count"
                                                  ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
                                Accessible.name: row.text
                                onEditingFinished: if (text !== row.answer) checklist.answer(row.index, text)
                            }
                        }
                    }
                }
            }
        }
    }
}
