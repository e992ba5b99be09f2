#pragma once
// Turns the server's review answers into plain QML data (maps and lists), with the names,
// titles, labels and formatted values the screens show. Runs on a worker thread: it only reads
// the Vocabulary it is given.

#include "custos/v1/review.pb.h"

#include <QString>
#include <QVariantMap>

#include <map>
#include <string>

namespace custos::app::review {

/// What the screens call things, taken from the device's store before a call is made.
struct Vocabulary {
    std::string language = "en";
    std::map<std::string, QString> themeTitles;    ///< section key -> title
    std::map<std::string, QString> indicatorNames; ///< indicator key -> label
    std::map<std::string, std::string> indicatorUnits;
    std::map<std::string, QString> facilityNames; ///< facility id -> name
    std::map<std::string, QString> cycleNames;    ///< cycle id -> name
};

/// {cycle: {id, name, period}, themes: [{key, title}], regions: [...], rows: [row...]}; a row
/// is a facility's figures in the cycle (see the .cpp for the keys).
[[nodiscard]] QVariantMap overviewToQml(const v1::CycleOverviewResponse& response,
                                        const Vocabulary& words);
/// {facility: {...}, themes: [...], points: [row...], indicators: [{key, name, unit, values}]}.
[[nodiscard]] QVariantMap trendToQml(const v1::FacilityTrendResponse& response,
                                     const Vocabulary& words);
/// {recommendations: [...], rates: [...], overdue: n}.
[[nodiscard]] QVariantMap followUpToQml(const v1::RecommendationFollowUpResponse& response,
                                        const Vocabulary& words);

/// Compliance as the screens show it: a one-letter code next to the colour, and words.
[[nodiscard]] QString complianceCode(v1::Compliance compliance);
[[nodiscard]] QString complianceLabel(v1::Compliance compliance);

} // namespace custos::app::review
