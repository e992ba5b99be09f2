#pragma once
// Drives a QML window the way a person would: find by objectName, click, type, screenshot.

#include <QString>

class QQuickItem;
class QQuickWindow;

namespace custos::testkit {

/// The visible item with this objectName, or nullptr.
QQuickItem* findItem(QQuickWindow* window, const QString& objectName);
/// Scrolls the Flickables around the item until it is on screen; false if it cannot be.
bool ensureVisible(QQuickWindow* window, QQuickItem* item);
/// Waits until no page transition is running.
bool waitUntilSettled(QQuickWindow* window);
/// Clicks the centre of the item with this objectName; false if it is missing or hidden.
bool click(QQuickWindow* window, const QString& objectName);
/// Focuses a text field by clicking it, clears it and types text.
bool typeInto(QQuickWindow* window, const QString& objectName, const QString& text);
/// Saves a PNG of the window under the screenshot folder; returns the file path.
QString screenshot(QQuickWindow* window, const QString& name);

} // namespace custos::testkit
