#include "photo_image_provider.h"

#include <QBuffer>
#include <QImageReader>
#include <QQmlEngine>

namespace custos::app {

PhotoImageProvider::PhotoImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QPointer<Session>& PhotoImageProvider::currentSession() {
    static QPointer<Session> session;
    return session;
}

void PhotoImageProvider::ensureRegistered(QQmlEngine* engine, Session* session) {
    if (session)
        currentSession() = session;
    if (engine && !engine->imageProvider(QString::fromLatin1(kName)))
        engine->addImageProvider(QString::fromLatin1(kName), new PhotoImageProvider);
}

QImage PhotoImageProvider::requestImage(const QString& id, QSize* size,
                                        const QSize& requestedSize) {
    const QString sha = id.section(QLatin1Char('?'), 0, 0);
    Session* session = currentSession();
    auto* store = session ? session->store() : nullptr;
    if (!store)
        return {};
    auto bytes = store->attachmentBytes(sha.toStdString());
    if (!bytes || !*bytes)
        return {};
    QByteArray data = QByteArray::fromStdString(**bytes);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (requestedSize.isValid() && !requestedSize.isEmpty()) {
        QSize scaled = reader.size();
        if (scaled.isValid() &&
            (scaled.width() > requestedSize.width() || scaled.height() > requestedSize.height())) {
            scaled.scale(requestedSize, Qt::KeepAspectRatio);
            reader.setScaledSize(scaled);
        }
    }
    QImage image = reader.read();
    if (size)
        *size = image.size();
    return image;
}

} // namespace custos::app
