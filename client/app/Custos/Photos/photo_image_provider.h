#pragma once
// "image://custosphoto/<sha256>": photos decoded straight from the encrypted store for display.
// Registered on the QML engine by the first PhotoListModel (no change to the app shell needed).

#include <QPointer>
#include <QQuickImageProvider>

#include "session.h"

class QQmlEngine;

namespace custos::app {

class PhotoImageProvider : public QQuickImageProvider {
public:
    static constexpr const char* kName = "custosphoto";

    PhotoImageProvider();
    /// Decodes the photo with this SHA-256 from the store, scaled to fit requestedSize if given.
    /// Anything after '?' in the id is ignored (lets QML force a reload).
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

    /// Adds the provider to engine unless it has one; photos are read through `session`.
    static void ensureRegistered(QQmlEngine* engine, Session* session);

private:
    static QPointer<Session>& currentSession();
};

} // namespace custos::app
