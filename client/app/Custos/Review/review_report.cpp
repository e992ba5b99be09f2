// ReviewClient::saveReport: the visit report as PDF, rendered from the server's dossier.
#include "review_client.h"
#include "review_connection.h"

#include "custos/proto/mapping.h"
#include "custos/report/visit_report.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace custos::app {

void ReviewClient::saveReport(const QString& visitId, const QString& language,
                              const QString& folder) {
    v1::VisitDossierRequest request;
    request.set_visit_id(visitId.toStdString());
    const QString lang =
        language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    request.set_language(lang.toStdString());
    const QString target =
        folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                               QStringLiteral("/Custos reports")
                         : folder;
    run(
        [request, lang, target](ReviewConnection& connection, QString& error) {
            grpc::ClientContext context;
            connection.prepare(context);
            v1::VisitDossierResponse response;
            const auto status = connection.stub->VisitDossier(&context, request, &response);
            if (!status.ok()) {
                error = describe(status);
                return QVariantMap{};
            }
            auto dossier = protomap::fromProto(response);
            if (!dossier) {
                error = QString::fromStdString(dossier.error().message);
                return QVariantMap{};
            }
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
