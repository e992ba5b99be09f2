#pragma once
// Turns a picture file into a photo the app may keep: decoded (EXIF orientation applied),
// scaled to at most 2048 px on the long side and re-encoded as JPEG in memory, which leaves
// EXIF, GPS and every other metadata behind. The result goes straight into the encrypted store;
// nothing is written to a file, the gallery or a temporary folder.

#include "custos/core/result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "session.h"

namespace custos::app {

class PhotoImporter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(custos::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    /// Folders offered for import (default: Pictures, Downloads, Documents, removable media).
    Q_PROPERTY(QStringList folders READ folders WRITE setFolders NOTIFY foldersChanged)
    /// A camera can be used (false in this build: file import only; see docs/SECURITY.md).
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    static constexpr int kMaxSide = 2048;
    static constexpr int kJpegQuality = 85;
    static constexpr qint64 kMaxInputBytes = 64 * 1024 * 1024;

    explicit PhotoImporter(QObject* parent = nullptr);

    /// Decodes any picture Qt reads, applies its EXIF orientation, scales it down to kMaxSide
    /// and re-encodes it as a JPEG without metadata. Everything happens in memory.
    [[nodiscard]] static Result<QByteArray> strip(const QByteArray& encoded);

    [[nodiscard]] Session* session() const { return session_; }
    void setSession(Session* session);
    [[nodiscard]] QStringList folders() const;
    void setFolders(const QStringList& folders);
    [[nodiscard]] bool cameraAvailable() const { return false; }
    [[nodiscard]] QString error() const { return error_; }

    /// Picture files in `folders` (newest first, at most 200): [{path, name, folder}].
    Q_INVOKABLE QVariantList importableFiles() const;
    /// Reads a picture file, strips it and keeps it in the store for this visit and item.
    /// Returns its SHA-256, or "" with `error` set.
    Q_INVOKABLE QString importFile(const QString& pathOrUrl, const QString& visitId,
                                   const QString& itemKey, bool showsPeople);
    /// The same from bytes already in memory (a camera frame, tests).
    Q_INVOKABLE QString importBytes(const QByteArray& encoded, const QString& visitId,
                                    const QString& itemKey, bool showsPeople);

signals:
    void sessionChanged();
    void foldersChanged();
    void errorChanged();

private:
    void setError(const QString& error);

    QPointer<Session> session_;
    QStringList folders_;
    QString error_;
};

} // namespace custos::app
