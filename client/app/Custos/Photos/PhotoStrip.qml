import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Custos.Ui
import Custos.Session
import Custos.Photos

// The photos answering one photo item: thumbnails read from the encrypted store, whether each
// shows people and the visit lead's decision on it, an Approve button for the lead, and import.
// Imported pictures are re-encoded in memory without EXIF/GPS (PhotoImporter) and never leave
// the encrypted store. `commit(value)` carries the new answer (SHA-256s joined by ",").
ColumnLayout {
    id: root
    property string visitId: ""
    property string itemKey: ""
    property string answer: ""
    property bool canApprove: false
    signal commit(string value)
    spacing: Theme.spacing / 2

    PhotoListModel {
        id: photos
        session: Session
        visitId: root.visitId
        answer: root.answer
    }
    PhotoImporter {
        id: importer
        session: Session
    }

    function approvalText(held, approval) {
        if (!held)
            return qsTr("Not on this tablet yet")
        switch (approval) {
        case "awaiting": return qsTr("Shows people: awaiting the lead's approval")
        case "approved": return qsTr("Shows people: approved by the lead")
        case "refused": return qsTr("Shows people: not approved by the lead")
        default: return qsTr("No people")
        }
    }
    function approvalColour(approval) {
        switch (approval) {
        case "awaiting": return Theme.warning
        case "approved": return Theme.ok
        case "refused": return Theme.danger
        default: return Theme.muted
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        visible: photos.count > 0

        Repeater {
            model: photos
            delegate: Rectangle {
                id: tile
                required property int index
                required property string sha256
                required property string source
                required property bool held
                required property string approval
                required property string note
                objectName: "photo_" + root.itemKey + "_" + index
                width: 176
                height: tileColumn.implicitHeight + 12
                radius: Theme.radius
                color: Theme.surface
                border.width: Theme.borderWidth
                border.color: approval === "awaiting" ? Theme.warning : Theme.border
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Photo %1: %2").arg(index + 1)
                                 .arg(root.approvalText(held, approval))

                ColumnLayout {
                    id: tileColumn
                    anchors.fill: parent
                    anchors.margins: 6
                    spacing: 4

                    Rectangle {
                        Layout.preferredWidth: 164
                        Layout.preferredHeight: 123
                        color: Theme.surfaceAlt
                        Image {
                            anchors.fill: parent
                            source: tile.source
                            sourceSize.width: 164
                            sourceSize.height: 123
                            fillMode: Image.PreserveAspectFit
                            // Decoded photos stay out of the pixmap cache: locking must leave
                            // nothing of them behind in memory longer than the view needs.
                            cache: false
                            asynchronous: false
                            Accessible.ignored: true
                        }
                        Label {
                            anchors.centerIn: parent
                            visible: !tile.held
                            width: parent.width - 8
                            wrapMode: Text.WordWrap
                            horizontalAlignment: Text.AlignHCenter
                            text: qsTr("Arrives with the next sync")
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: root.approvalText(tile.held, tile.approval)
                        color: root.approvalColour(tile.approval)
                        font.pixelSize: Theme.smallSize
                        Accessible.name: text
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: tile.note.length > 0
                        wrapMode: Text.WordWrap
                        text: tile.note
                        color: Theme.muted
                        font.pixelSize: Theme.smallSize
                        Accessible.name: qsTr("Lead's note: %1").arg(tile.note)
                    }
                    ActionButton {
                        objectName: "approvePhoto_" + root.itemKey + "_" + tile.index
                        Layout.fillWidth: true
                        visible: root.canApprove && tile.held
                                 && (tile.approval === "awaiting" || tile.approval === "refused")
                        highlighted: true
                        text: qsTr("Approve")
                        Accessible.name: qsTr("Approve photo %1").arg(tile.index + 1)
                        onClicked: photos.review(tile.index, true, "")
                    }
                    ActionButton {
                        objectName: "refusePhoto_" + root.itemKey + "_" + tile.index
                        Layout.fillWidth: true
                        visible: root.canApprove && tile.held
                                 && (tile.approval === "awaiting" || tile.approval === "approved")
                        flat: true
                        tone: Theme.danger
                        text: tile.approval === "approved" ? qsTr("Withdraw approval")
                                                           : qsTr("Do not approve")
                        Accessible.name: qsTr("%1, photo %2").arg(text).arg(tile.index + 1)
                        onClicked: photos.review(tile.index, false, "")
                    }
                    ActionButton {
                        objectName: "removePhoto_" + root.itemKey + "_" + tile.index
                        Layout.fillWidth: true
                        flat: true
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove photo %1 from this answer").arg(tile.index + 1)
                        onClicked: root.commit(photos.withoutPhoto(tile.index))
                    }
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        ActionButton {
            objectName: "addPhoto_" + root.itemKey
            text: qsTr("Add photo")
            Accessible.name: qsTr("Add a photo to this answer")
            onClicked: picker.open()
        }
        Label {
            Layout.fillWidth: true
            visible: photos.awaitingCount > 0
            wrapMode: Text.WordWrap
            color: Theme.warning
            text: qsTr("%n photo(s) of people awaiting the lead's approval; they stay out of "
                       + "reports and exports until approved.", "", photos.awaitingCount)
            Accessible.name: text
        }
    }

    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.WordWrap
        color: Theme.danger
        text: importer.error.length > 0 ? importer.error : photos.error
        Accessible.name: text
    }

    // Import: the monitor first says whether the photo shows people, then picks a file.
    Popup {
        id: picker
        objectName: "photoPicker_" + root.itemKey
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 2 * Theme.margin : 600, 640)
        height: Math.min(parent ? parent.height - 2 * Theme.margin : 600, 720)
        modal: true
        focus: true
        padding: Theme.margin
        property string people: ""   // "", "yes" or "no": nothing is imported before a choice
        property var files: []
        onAboutToShow: {
            people = ""
            files = importer.importableFiles()
        }
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.width: Theme.borderWidth
            border.color: Theme.border
        }

        contentItem: ColumnLayout {
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Does the photo show people?")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Photos of people need the person's express consent and the visit "
                           + "lead's approval before any use.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                Accessible.name: text
            }
            RowLayout {
                spacing: 6
                ActionButton {
                    objectName: "photoNoPeople_" + root.itemKey
                    text: qsTr("No people")
                    checked: picker.people === "no"
                    highlighted: checked
                    Accessible.checkable: true
                    Accessible.checked: checked
                    Accessible.name: qsTr("The photo shows no people")
                    onClicked: picker.people = "no"
                }
                ActionButton {
                    objectName: "photoShowsPeople_" + root.itemKey
                    text: qsTr("Shows people")
                    checked: picker.people === "yes"
                    highlighted: checked
                    Accessible.checkable: true
                    Accessible.checked: checked
                    Accessible.name: qsTr("The photo shows people")
                    onClicked: picker.people = "yes"
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: picker.files.length === 0
                      ? qsTr("No pictures found in Pictures, Downloads, Documents or on removable media.")
                      : qsTr("Choose the picture. Location and camera details are removed; the app keeps it only in its encrypted database.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                Accessible.name: text
            }
            ListView {
                id: fileList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: picker.files
                ScrollBar.vertical: ScrollBar {}
                delegate: ActionButton {
                    required property int index
                    required property var modelData
                    objectName: "photoFile_" + root.itemKey + "_" + index
                    width: fileList.width
                    enabled: picker.people !== ""
                    flat: false
                    text: modelData.name
                    Accessible.name: qsTr("Import %1 from %2").arg(modelData.name).arg(modelData.folder)
                    onClicked: {
                        const sha = importer.importFile(modelData.path, root.visitId, root.itemKey,
                                                        picker.people === "yes")
                        if (sha.length > 0) {
                            picker.close()
                            root.commit(photos.withPhoto(sha))
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: importer.error.length > 0
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: importer.error
                Accessible.name: text
            }
            ActionButton {
                objectName: "cancelPhoto_" + root.itemKey
                Layout.alignment: Qt.AlignRight
                flat: true
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel adding a photo")
                onClicked: picker.close()
            }
        }
    }
}
