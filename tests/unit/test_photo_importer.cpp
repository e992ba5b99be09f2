// Photo import: a JPEG carrying EXIF (orientation, a description and GPS coordinates) comes out
// upright, scaled, re-encoded, with no Exif segment and none of its bytes; imported photos land
// in the encrypted store and the lead's approval shows on the photo list.
#include "photo_importer.h"
#include "photo_list_model.h"

#include "custos/core/digest.h"
#include "custos/core/uuid.h"

#include "process.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QtTest>

using namespace custos;
using custos::app::PhotoImporter;
using custos::app::PhotoListModel;
using custos::app::Session;

namespace {

QByteArray jpeg(const QImage& image) {
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    writer.write(image);
    return out;
}

void le16(QByteArray& out, quint16 v) {
    out.append(char(v & 0xff)).append(char(v >> 8));
}
void le32(QByteArray& out, quint32 v) {
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}
void entry(QByteArray& out, quint16 tag, quint16 type, quint32 count, quint32 value) {
    le16(out, tag);
    le16(out, type);
    le32(out, count);
    le32(out, value);
}

const QByteArray kDescription = "CANARY-DESCRIPTION-CELL-7";

/// A hand-built APP1 Exif segment: IFD0 with ImageDescription, Orientation = 6 (rotate 90°
/// clockwise to display) and a GPSInfo IFD holding latitude 46° 12' 34.56" N.
QByteArray exifSegment() {
    QByteArray tiff = "II";
    le16(tiff, 42);
    le32(tiff, 8);
    const quint32 descOffset = 8 + 2 + 3 * 12 + 4;                      // 50
    const quint32 gpsOffset = descOffset + kDescription.size() + 1 + 1; // even
    const quint32 rationalsOffset = gpsOffset + 2 + 2 * 12 + 4;
    le16(tiff, 3);
    entry(tiff, 0x010E, 2, kDescription.size() + 1, descOffset); // ImageDescription
    le16(tiff, 0x0112);                                          // Orientation
    le16(tiff, 3);
    le32(tiff, 1);
    le16(tiff, 6);
    le16(tiff, 0);
    entry(tiff, 0x8825, 4, 1, gpsOffset); // GPSInfo
    le32(tiff, 0);
    tiff.append(kDescription).append('\0');
    while (quint32(tiff.size()) < gpsOffset)
        tiff.append('\0');
    le16(tiff, 2);
    le16(tiff, 0x0001); // GPSLatitudeRef "N"
    le16(tiff, 2);
    le32(tiff, 2);
    tiff.append("N\0\0\0", 4);
    entry(tiff, 0x0002, 5, 3, rationalsOffset); // GPSLatitude
    le32(tiff, 0);
    for (auto [num, den] : {std::pair{46u, 1u}, {12u, 1u}, {3456u, 100u}}) {
        le32(tiff, num);
        le32(tiff, den);
    }
    QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xff\xe1", 2);
    const int length = payload.size() + 2;
    segment.append(char(length >> 8)).append(char(length & 0xff));
    return segment + payload;
}

/// Inserts the Exif segment after SOI and the JFIF APP0 segment, where cameras put it.
QByteArray withExif(const QByteArray& plain) {
    int at = 2;
    if (quint8(plain[2]) == 0xff && quint8(plain[3]) == 0xe0)
        at = 4 + ((quint8(plain[4]) << 8) | quint8(plain[5]));
    return plain.left(at) + exifSegment() + plain.mid(at);
}

/// The markers of the segments before the image data (SOS).
QList<int> markers(const QByteArray& jpegBytes) {
    QList<int> found;
    int at = 2;
    while (at + 4 <= jpegBytes.size() && quint8(jpegBytes[at]) == 0xff) {
        const int marker = quint8(jpegBytes[at + 1]);
        found << marker;
        if (marker == 0xda)
            break;
        at += 2 + ((quint8(jpegBytes[at + 2]) << 8) | quint8(jpegBytes[at + 3]));
    }
    return found;
}

QSize uprightSize(const QByteArray& bytes) {
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    return reader.read().size();
}

} // namespace

class PhotoImporterTest : public QObject {
    Q_OBJECT

private slots:
    void exifAndGpsAreStrippedAndOrientationApplied() {
        QImage landscape(400, 200, QImage::Format_RGB32);
        landscape.fill(Qt::darkGreen);
        const QByteArray tagged = withExif(jpeg(landscape));
        // The fixture really carries what a phone would write.
        QVERIFY(tagged.contains("Exif"));
        QVERIFY(tagged.contains(kDescription));
        QVERIFY(markers(tagged).contains(0xe1));
        QCOMPARE(uprightSize(tagged), QSize(200, 400)); // Qt reads our orientation tag

        auto stripped = PhotoImporter::strip(tagged);
        QVERIFY2(stripped.ok(), stripped ? "" : stripped.error().message.c_str());
        const QByteArray& out = *stripped;
        QVERIFY(out.startsWith("\xff\xd8"));
        QVERIFY(!markers(out).contains(0xe1)); // no APP1 at all (Exif or XMP)
        QVERIFY(!out.contains("Exif"));
        QVERIFY(!out.contains(kDescription));
        QVERIFY(!out.contains(QByteArray("II*\0", 4))); // no TIFF block: no GPS IFD
        // Upright pixels, and nothing left that would rotate them a second time.
        QCOMPARE(uprightSize(out), QSize(200, 400));
        QImage plain = QImage::fromData(out);
        QCOMPARE(plain.size(), QSize(200, 400));
    }

    void largePicturesAreScaledToTheLongSideLimit() {
        QImage wide(3000, 1000, QImage::Format_RGB32);
        wide.fill(Qt::gray);
        auto stripped = PhotoImporter::strip(jpeg(wide));
        QVERIFY(stripped.ok());
        const QSize size = uprightSize(*stripped);
        QCOMPARE(size.width(), PhotoImporter::kMaxSide);
        QVERIFY(qAbs(size.height() - 683) <= 1);
        QVERIFY(!PhotoImporter::strip("this is not a picture").ok());
    }

    void importedPhotosOfPeopleAwaitTheLeadUntilApproved() {
        custos::app::SessionConfig config;
        config.dataDir = QString::fromStdString(testkit::freshDir("photo-import"));
        Session session(config);
        session.createStore("photo test passphrase", "photo test passphrase");
        auto* store = session.store();
        QVERIFY(store);
        store::Enrolment me;
        me.deviceId = newId();
        me.userId = newId();
        me.credential = "x";
        QVERIFY(store->saveEnrolment(me).ok());
        Facility facility{newId(), "F", FacilityType::Prison, "", "", 10, {}, {}};
        Visit visit;
        visit.id = newId();
        visit.facilityId = facility.id;
        visit.cycleId = newId();
        visit.templateId = "m";
        visit.templateVersion = "1.0.0";
        visit.team = {{me.userId, "Lead", TeamRole::Head}};
        QVERIFY(store->applyPulled({{1, facility}, {2, visit}}, 2).ok());
        const QString visitId = QString::fromStdString(visit.id);

        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(Qt::blue);
        const QByteArray tagged = withExif(jpeg(picture));
        PhotoImporter importer;
        importer.setSession(&session);
        const QString people = importer.importBytes(tagged, visitId, "acc.cell_photo", true);
        QVERIFY2(!people.isEmpty(), qPrintable(importer.error()));
        const QString cell = importer.importBytes(jpeg(picture), visitId, "acc.cell_photo", false);
        QVERIFY(!cell.isEmpty());
        auto held = store->attachmentBytes(people.toStdString());
        QVERIFY(held.ok() && held->has_value());
        QCOMPARE(QString::fromStdString(sha256Hex(**held)), people);
        QVERIFY(!QByteArray::fromStdString(**held).contains("Exif"));
        QVERIFY(importer.importBytes("junk", visitId, "acc.cell_photo", false).isEmpty());
        QVERIFY(!importer.error().isEmpty());

        PhotoListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        model.setVisitId(visitId);
        model.setAnswer(model.withPhoto(people));
        model.setAnswer(model.withPhoto(cell));
        model.setAnswer(model.withPhoto(cell)); // kept once
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.answer(), people + "," + cell);
        auto role = [&](int row, int r) { return model.data(model.index(row), r); };
        QCOMPARE(role(0, PhotoListModel::ApprovalRole).toString(), QString("awaiting"));
        QCOMPARE(role(1, PhotoListModel::ApprovalRole).toString(), QString("not_needed"));
        QCOMPARE(role(0, PhotoListModel::SourceRole).toString(), "image://custosphoto/" + people);
        QCOMPARE(model.awaitingCount(), 1);

        QVERIFY(model.review(0, true, "consent recorded"));
        QCOMPARE(role(0, PhotoListModel::ApprovalRole).toString(), QString("approved"));
        QCOMPARE(role(0, PhotoListModel::NoteRole).toString(), QString("consent recorded"));
        QCOMPARE(model.awaitingCount(), 0);
        QCOMPARE(store->syncState()->pendingOps, 1); // the review waits for the server
        QCOMPARE(model.withoutPhoto(0), cell);

        // A photo answered by a team member but not downloaded yet is listed, not shown.
        model.setAnswer(model.withPhoto(QString(64, 'e')));
        QCOMPARE(role(2, PhotoListModel::HeldRole).toBool(), false);
        QCOMPARE(role(2, PhotoListModel::SourceRole).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(PhotoImporterTest)
#include "test_photo_importer.moc"
