#include "photo_importer.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QStandardPaths>

#include <algorithm>

namespace custos::app {

PhotoImporter::PhotoImporter(QObject* parent) : QObject(parent) {}

Result<QByteArray> PhotoImporter::strip(const QByteArray& encoded) {
    QByteArray input = encoded; // QBuffer needs a non-const array; this is a shallow copy
    QBuffer source(&input);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, "cannot read the picture");
    QImageReader reader(&source);
    reader.setAutoTransform(true); // EXIF orientation first: the pixels end up upright
    reader.setDecideFormatFromContent(true);
    const QImage decoded = reader.read();
    if (decoded.isNull())
        return makeError(ErrorCode::InvalidArgument,
                         QObject::tr("This file is not a picture the app can read.").toStdString());
    QSize size = decoded.size();
    if (std::max(size.width(), size.height()) > kMaxSide)
        size.scale(kMaxSide, kMaxSide, Qt::KeepAspectRatio);
    // A fresh image painted from the decoded one carries pixels only: no text keys, no
    // colour-space or EXIF data that a writer could copy into the new file.
    QImage clean(size, QImage::Format_RGB32);
    clean.fill(Qt::white); // transparent pictures get a white background
    {
        QPainter painter(&clean);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRect(QPoint(0, 0), size), decoded);
    }
    QByteArray out;
    QBuffer sink(&out);
    if (!sink.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Internal, "cannot encode the picture");
    QImageWriter writer(&sink, "jpeg");
    writer.setQuality(kJpegQuality);
    if (!writer.write(clean))
        return makeError(ErrorCode::Internal,
                         "the picture could not be encoded: " + writer.errorString().toStdString());
    return out;
}

void PhotoImporter::setSession(Session* session) {
    if (session_ == session)
        return;
    session_ = session;
    emit sessionChanged();
}

QStringList PhotoImporter::folders() const {
    if (!folders_.isEmpty())
        return folders_;
    QStringList defaults;
    for (auto location : {QStandardPaths::PicturesLocation, QStandardPaths::DownloadLocation,
                          QStandardPaths::DocumentsLocation})
        defaults << QStandardPaths::standardLocations(location);
    // Removable media (a camera's card, a USB stick) as Linux desktops mount it.
    const QString user = qEnvironmentVariable("USER");
    if (!user.isEmpty())
        defaults << QStringLiteral("/media/") + user << QStringLiteral("/run/media/") + user;
    defaults.removeDuplicates();
    return defaults;
}

void PhotoImporter::setFolders(const QStringList& folders) {
    if (folders_ == folders)
        return;
    folders_ = folders;
    emit foldersChanged();
}

QVariantList PhotoImporter::importableFiles() const {
    QFileInfoList found;
    const QStringList patterns = {"*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"};
    for (const auto& folder : folders()) {
        if (!QFileInfo(folder).isDir())
            continue;
        QDirIterator it(folder, patterns, QDir::Files | QDir::Readable,
                        QDirIterator::Subdirectories);
        for (int seen = 0; it.hasNext() && seen < 2000; ++seen) {
            it.next();
            found << it.fileInfo();
        }
    }
    std::sort(found.begin(), found.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.lastModified() > b.lastModified();
    });
    QVariantList out;
    for (const auto& info : found) {
        if (out.size() >= 200)
            break;
        out.append(QVariantMap{{QStringLiteral("path"), info.absoluteFilePath()},
                               {QStringLiteral("name"), info.fileName()},
                               {QStringLiteral("folder"), info.absolutePath()}});
    }
    return out;
}

QString PhotoImporter::importFile(const QString& pathOrUrl, const QString& visitId,
                                  const QString& itemKey, bool showsPeople) {
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(tr("Cannot read %1.").arg(QFileInfo(path).fileName()));
        return {};
    }
    if (file.size() > kMaxInputBytes) {
        setError(tr("%1 is too large to import.").arg(QFileInfo(path).fileName()));
        return {};
    }
    return importBytes(file.readAll(), visitId, itemKey, showsPeople);
}

QString PhotoImporter::importBytes(const QByteArray& encoded, const QString& visitId,
                                   const QString& itemKey, bool showsPeople) {
    auto* store = session_ ? session_->store() : nullptr;
    if (!store) {
        setError(tr("The app is locked."));
        return {};
    }
    auto stripped = strip(encoded);
    if (!stripped) {
        setError(QString::fromStdString(stripped.error().message));
        return {};
    }
    auto sha = store->addAttachment(visitId.toStdString(), itemKey.toStdString(),
                                    QStringLiteral("image/jpeg").toStdString(), showsPeople,
                                    stripped->toStdString());
    if (!sha) {
        setError(QString::fromStdString(sha.error().message));
        return {};
    }
    setError({});
    session_->notifyLocalChange();
    return QString::fromStdString(*sha);
}

void PhotoImporter::setError(const QString& error) {
    if (error_ == error)
        return;
    error_ = error;
    emit errorChanged();
}

} // namespace custos::app
