#pragma once
// The visit report's own words in English and French. A small table rather than Qt Linguist:
// the report is rendered by custosctl too, which has no translator, and its vocabulary is
// closed (headings and the names of the domain's enumerations).

#include "custos/core/checklist_engine.h"
#include "custos/core/entities.h"
#include "custos/core/records.h"

#include <QString>

namespace custos::report {

/// Every fixed phrase of the report, in one language.
struct ReportText {
    QString documentTitle, confidential, facility, type, region, authority, capacity, population,
        dates, visitType, announced, unannounced, cycle, checklist, team, status, reviewed,
        notReviewed, pseudonymsOnly;
    QString executiveSummary, summaryCounts, urgentFindings, noUrgentFindings, themeOverview, theme,
        compliance, answered, flags;
    QString facilityDescription, officialCapacity, populationGroups, subUnits, indicators,
        indicator, value, standardNotMet, noIndicators;
    QString changesSinceLastVisit, firstVisit, previousVisitOn, then, now, change, notAssessedYet;
    QString findingsByTheme, noFindings, mandelaRules, evidence, source, divergent, interviewWith,
        confidentialInterview, answerSince;
    QString goodPractices, noGoodPractices;
    QString recommendationsAnnex, number, recommendation, addressee, priority, dueDate,
        noRecommendations;
    QString earlierRecommendations, madeOn, checkedOn, statusEvidence, overdue,
        noEarlierRecommendations;
    QString page, of, none, yes, no;
};

/// The table for "en" or "fr" (anything else gets English).
[[nodiscard]] const ReportText& reportText(const QString& language);

[[nodiscard]] QString label(FindingSeverity severity, const QString& language);
[[nodiscard]] QString label(Priority priority, const QString& language);
[[nodiscard]] QString label(RecommendationStatus status, const QString& language);
[[nodiscard]] QString label(Compliance compliance, const QString& language);
[[nodiscard]] QString label(SourceTag source, const QString& language);
[[nodiscard]] QString label(FacilityType type, const QString& language);
[[nodiscard]] QString label(TeamRole role, const QString& language);
[[nodiscard]] QString label(CycleKind kind, const QString& language);
[[nodiscard]] QString label(InterviewKind kind, const QString& language);

} // namespace custos::report
