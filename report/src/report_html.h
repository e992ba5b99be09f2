#pragma once
// The report's parts as HTML for QTextDocument (its HTML subset: tables, inline styles,
// page-break-before). Every text from the dossier goes through esc(); colour always comes with a
// text label, never alone.

#include "report_strings.h"

#include "custos/core/visit_dossier.h"

#include <QString>

#include <map>
#include <string>

namespace custos::report {

/// What every part needs: the dossier, the language and lookups built once.
struct HtmlContext {
    const VisitDossier& dossier;
    QString language;
    const ReportText& text;
    std::map<std::string, const DossierSection*> sectionByKey;
    std::map<std::string, const DossierAnswer*> answerByObservation;
    std::map<std::string, const Interview*> interviewById;

    HtmlContext(const VisitDossier& d, const QString& lang);
    /// The theme's title in the dossier's language, or its key when unknown.
    [[nodiscard]] QString themeTitle(const std::string& key) const;
};

[[nodiscard]] QString esc(const std::string& text);
/// "12–17, 23": Mandela Rules numbers, sorted, ranges joined.
[[nodiscard]] QString ruleList(std::vector<int> rules);
/// A compliance reading as a symbol, a word and a background colour.
[[nodiscard]] QString complianceCell(Compliance compliance, const QString& language);
/// A heading that starts a new page.
[[nodiscard]] QString chapter(const QString& title);

// The parts, in report order (report_html.cpp, report_findings.cpp).
[[nodiscard]] QString titlePage(const HtmlContext& c);
[[nodiscard]] QString executiveSummary(const HtmlContext& c);
[[nodiscard]] QString facilityDescription(const HtmlContext& c);
[[nodiscard]] QString changesSinceLastVisit(const HtmlContext& c);
[[nodiscard]] QString findingsByTheme(const HtmlContext& c);
[[nodiscard]] QString goodPractices(const HtmlContext& c);
[[nodiscard]] QString recommendationsAnnex(const HtmlContext& c);
[[nodiscard]] QString earlierRecommendationsAnnex(const HtmlContext& c);

} // namespace custos::report
