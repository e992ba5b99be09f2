#include "report_command.h"

#include "custos/aggregate/visit_dossier.h"
#include "custos/report/visit_report.h"

#include <QGuiApplication>

#include <cstdlib>
#include <fstream>

namespace custos::ctl {

Result<std::string> writeVisitReport(storage::Storage& store, const std::string& visitId,
                                     const std::string& language, const std::string& outFile) {
    auto dossier = aggregate::assembleDossier(store, visitId, language);
    if (!dossier)
        return dossier.error();
    // Text layout needs a GUI application for its fonts, not a screen: a server has none.
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    static int argc = 1;
    static char name[] = "custosctl";
    static char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    const QByteArray pdf = report::renderVisitReport(*dossier, QString::fromStdString(language));

    const std::string path =
        outFile.empty() ? "visit-report-" + visitId + "-" + language + ".pdf" : outFile;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(pdf.constData(), pdf.size());
    out.close();
    if (!out)
        return makeError(ErrorCode::FailedPrecondition, "cannot write " + path);
    return path;
}

} // namespace custos::ctl
