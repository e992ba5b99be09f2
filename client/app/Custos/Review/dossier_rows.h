#pragma once
// A visit's dossier as QML data for the coordinator's visit review.

#include "custos/core/visit_dossier.h"

#include <QVariantMap>

namespace custos::app::review {

/// {title, facility, dates, team, status, reviewed, counts..., findings: [{severityLabel,
/// themeTitle, rules, text, evidence: [...], interviews: [...]}], recommendations: [...],
/// flagged: [answers with flags], earlier: [...]}.
[[nodiscard]] QVariantMap dossierToQml(const VisitDossier& dossier);

} // namespace custos::app::review
