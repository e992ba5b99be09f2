// ReviewClient::saveReport: the visit report as PDF, rendered from the server's dossier.
#include "review_client.h"
#include "review_connection.h"

#include "custos/report/visit_report.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace custos::app {

void ReviewClient::saveReport(const QString& visitId, const QString& language,
                              const QString& folder) {
    const QString lang =
        language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    const QString target =
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                               QStringLiteral("/Custos reports")
                         : folder;
    run(
        [visitId, lang, target](ReviewConnection& connection, QString& error) {
            const auto dossier = fetchDossier(connection, visitId, lang.toStdString(), error);
            if (!dossier)
                return QVariantMap{};
            const QByteArray pdf = report::renderVisitReport(*dossier, lang);
            // A name a person recognises in a folder: facility, visit date, language.
            QString name =
                QString::fromStdString(dossier->facility.name + " " + dossier->visit.startDate)
                    .replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QString())
                    .simplified();
            const QString path =
                target + QLatin1Char('/') + name + QLatin1Char('-') + lang + QStringLiteral(".pdf");
            QSaveFile file(path);
            if (pdf.isEmpty() || !QDir().mkpath(target) || !file.open(QIODevice::WriteOnly) ||
                file.write(pdf) != pdf.size() || !file.commit()) {
                error = tr("The report could not be saved to %1. Check that there is space and "
                           "that the folder can be written to.")
                            .arg(target);
                return QVariantMap{};
            }
            return QVariantMap{{QStringLiteral("reportPath"), path},
                               {QStringLiteral("bytes"), pdf.size()}};
        },
        false);
}

} // namespace custos::app
