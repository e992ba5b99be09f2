import QtQuick
import QtQuick.Controls
import Custos.Ui

// Placeholder until the visit dossier RPC lands (replaced in the next commit).
Page {
    id: page
    objectName: "visitReviewPage"
    required property string visitId
    signal back()
    header: ReviewPageHeader { title: qsTr("Visit review"); onBack: page.back() }
}
