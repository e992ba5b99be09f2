#include "app_driver.h"

#include <QDebug>
#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

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
    QTest::qWait(10);
    return true;
}

bool click(QQuickWindow* window, const QString& objectName) {
    if (!waitUntilSettled(window))
        return false;
    auto* item = findItem(window, objectName);
    if (!item || !item->isEnabled())
        return false;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseMove(window, centre.toPoint());
    QTest::mousePress(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    QTest::mouseRelease(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint(), 20);
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
