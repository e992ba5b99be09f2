#include "app_driver.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

namespace custos::testkit {
namespace {

QQuickItem* search(QQuickItem* item, const QString& name) {
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (auto* child : item->childItems())
        if (auto* found = search(child, name))
            return found;
    return nullptr;
}

} // namespace

bool ensureVisible(QQuickWindow* window, QQuickItem* item) {
    // Scroll every enclosing Flickable (pages, lists) until the item is inside its viewport,
    // as a person would before tapping it.
    for (auto* parent = item->parentItem(); parent; parent = parent->parentItem()) {
        if (!parent->inherits("QQuickFlickable"))
            continue;
        const qreal top = item->mapToItem(parent, QPointF(0, 0)).y();
        const qreal bottom = top + item->height();
        if (top >= 0 && bottom <= parent->height())
            continue;
        const qreal contentY = parent->property("contentY").toReal();
        const qreal target =
            contentY + top - std::max<qreal>(0, (parent->height() - item->height()) / 3);
        const qreal maxY =
            std::max<qreal>(0, parent->property("contentHeight").toReal() - parent->height());
        parent->setProperty("contentY", std::clamp<qreal>(target, 0, maxY));
        QTest::qWait(20);
    }
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    return window->contentItem()->contains(centre);
}

QQuickItem* findItem(QQuickWindow* window, const QString& objectName) {
    return search(window->contentItem(), objectName);
}

bool waitUntilSettled(QQuickWindow* window) {
    // A StackView ignores input while a page transition runs; so would a person's finger.
    auto* stack = window->findChild<QQuickItem*>(QStringLiteral("stack"));
    if (!stack)
        stack = window->contentItem()->findChild<QQuickItem*>(QStringLiteral("stack"));
    if (stack && !QTest::qWaitFor([stack] { return !stack->property("busy").toBool(); }, 5000))
        return false;
    // Layouts place their children when the next frame is prepared (polish): wait for two
    // frames, or a position read now would be where an item was, not where it is.
    for (int frame = 0; frame < 2; ++frame) {
        QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
        window->update();
        swapped.wait(200);
    }
    // Delegates a view replaced stay in the item tree until their deferred deletion runs; a
    // search must not find them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

bool click(QQuickWindow* window, const QString& objectName) {
    if (!waitUntilSettled(window))
        return false;
    auto* item = findItem(window, objectName);
    if (!item || !item->isEnabled() || !ensureVisible(window, item))
        return false;
    // A button tells whether the tap reached it: a tap that lands on something else (because
    // the screen moved) must fail the test, not pass silently.
    const bool isButton = item->metaObject()->indexOfSignal("clicked()") >= 0;
    std::optional<QSignalSpy> clicked;
    if (isButton)
        clicked.emplace(item, SIGNAL(clicked()));
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseMove(window, centre.toPoint());
    QTest::mousePress(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QTest::mouseRelease(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint(), 20);
    if (isButton && clicked->count() == 0) {
        qWarning() << "the tap on" << objectName << "did not reach it";
        return false;
    }
    return true;
}

bool typeInto(QQuickWindow* window, const QString& objectName, const QString& text) {
    auto* item = findItem(window, objectName);
    if (!item)
        return false;
    if (!click(window, objectName))
        return false;
    // Offscreen windows are not always activated by a click; focus the field explicitly.
    window->requestActivate();
    item->forceActiveFocus(Qt::MouseFocusReason);
    item->setProperty("text", QString());
    // QTest::keyClicks has no QWindow overload; the test strings are plain ASCII.
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
    const auto typed = item->property("text").toString();
    // Done typing: the field gives up focus (as when the monitor closes the on-screen keyboard),
    // so it finishes editing, and the screen settles, before the next tap rather than during it.
    item->setFocus(false);
    QTest::qWait(30);
    if (typed != text)
        qWarning() << "typed" << typed << "into" << objectName << "instead of" << text;
    return typed == text;
}

QString screenshot(QQuickWindow* window, const QString& name) {
    QDir().mkpath(QStringLiteral(CUSTOS_SCREENSHOT_DIR));
    const QString path = QStringLiteral(CUSTOS_SCREENSHOT_DIR "/%1.png").arg(name);
    window->grabWindow().save(path);
    return path;
}

} // namespace custos::testkit
