import QtQuick
import QtTest
import Custos.Ui
import Custos.Visit

// SectionCard: a checklist section's progress (answered / total) and flags; a tap opens it.
TestCase {
    id: testCase
    name: "SectionCard"
    width: 700
    height: 300
    visible: true
    when: windowShown

    function section(answered, total, flags) {
        return { key: "acc", title: "Accommodation (Rules 12–17)", rules: "Rules 12, 13, 14",
                 answered: answered, total: total, flags: flags, divergent: 0 }
    }

    Component {
        id: cardComponent
        SectionCard { width: 700 }
    }

    SignalSpy { id: spy; signalName: "open" }

    function findChild(root, name) {
        for (var i = 0; i < root.children.length; ++i) {
            var child = root.children[i]
            if (child.objectName === name)
                return child
            var found = findChild(child, name)
            if (found)
                return found
        }
        return null
    }

    function test_showsProgressAndFlags() {
        var card = createTemporaryObject(cardComponent, testCase, { section: section(3, 4, 2) })
        compare(card.objectName, "section_acc")
        var progress = findChild(card, "sectionProgress_acc")
        var flags = findChild(card, "sectionFlags_acc")
        verify(progress !== null && flags !== null)
        compare(progress.text, "3 / 4")
        verify(flags.visible)
        verify(flags.text.indexOf("2") >= 0, flags.text)
        verify(card.Accessible.name.indexOf("3 of 4 answered, 2 flagged") >= 0, card.Accessible.name)
        verify(card.height >= Theme.touchTarget)
    }

    function test_noFlagsNoFlagLabel() {
        var card = createTemporaryObject(cardComponent, testCase, { section: section(0, 12, 0) })
        compare(findChild(card, "sectionProgress_acc").text, "0 / 12")
        verify(!findChild(card, "sectionFlags_acc").visible)
    }

    function test_completeSectionShowsInTheOkColour() {
        var card = createTemporaryObject(cardComponent, testCase, { section: section(4, 4, 0) })
        var progress = findChild(card, "sectionProgress_acc")
        verify(Qt.colorEqual(progress.color, Theme.ok))
        card.section = section(2, 4, 1)
        compare(findChild(card, "sectionProgress_acc").text, "2 / 4")
        verify(Qt.colorEqual(findChild(card, "sectionProgress_acc").color, Theme.muted))
        verify(findChild(card, "sectionFlags_acc").visible)
    }

    function test_clickOpensTheSection() {
        var card = createTemporaryObject(cardComponent, testCase, { section: section(1, 4, 0) })
        spy.target = card
        spy.clear()
        mouseClick(card)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "acc")
    }
}
