#pragma once
// The visit report (CPT/APT structure, docs/ARCHITECTURE.md "Visit report") rendered from a
// VisitDossier as PDF: by the client in review mode and by `custosctl report`.

#include "custos/core/visit_dossier.h"

#include <QByteArray>
#include <QString>

namespace custos::report {

/// The report as a PDF document (A4, page numbers in the footer). `language` is "en" or "fr"
/// (anything else gets English headings); the dossier should be assembled in the same language.
/// Interview content appears only for consent WithAuthorities and up. Needs a QGuiApplication
/// (fonts); on a headless server run it with QT_QPA_PLATFORM=offscreen.
[[nodiscard]] QByteArray renderVisitReport(const VisitDossier& dossier, const QString& language);

/// The report's body as the HTML the PDF is laid out from (for previews and tests).
[[nodiscard]] QString visitReportHtml(const VisitDossier& dossier, const QString& language);

} // namespace custos::report
