#pragma once
// Everything a coordinator's visit review and the visit report show about one visit, already in
// one language. The server assembles it (server/aggregate, assembleDossier) from the same
// resolution and figures the tablets and exports use; the client receives it over
// ReviewService.VisitDossier and the report library renders it. Plain data: no logic here, so
// both ends read exactly what the server decided.

#include "custos/core/checklist_engine.h"
#include "custos/core/entities.h"
#include "custos/core/records.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace custos {

/// One theme (checklist section) of the visit with its figures.
struct DossierSection {
    std::string key;
    std::string title; ///< in the dossier's language
    std::vector<int> ruleRefs;
    Compliance compliance = Compliance::NotAssessed;
    int answered = 0;
    int applicable = 0;
    int flags = 0;
    int urgentFlags = 0;

    friend bool operator==(const DossierSection&, const DossierSection&) = default;
};

/// One answer as it counts (or, in citedAnswers, as a finding cites it), ready to show.
struct DossierAnswer {
    std::string itemKey;
    std::string prompt; ///< in the dossier's language
    std::string sectionKey;
    std::string value; ///< display form with unit and localized codes, e.g. "3.1 m²", "non"
    std::string note;
    SourceTag source = SourceTag::Observed;
    std::vector<int> ruleRefs;
    std::vector<std::string> flags; ///< the engine's messages for this answer
    bool urgent = false;            ///< one of the flags is urgent
    bool divergent = false;         ///< team members disagree and the lead has not reconciled
    std::string observationId;

    friend bool operator==(const DossierAnswer&, const DossierAnswer&) = default;
};

/// A derived indicator (occupancy %, m² per person, ...) now and at the previous visit.
struct DossierIndicator {
    std::string key;
    std::string label; ///< in the dossier's language
    std::string unit;
    std::optional<double> value;    ///< nullopt: not computable from this visit's answers
    std::optional<double> previous; ///< at the facility's previous visit, if any
    std::vector<std::string> flags; ///< the engine's messages for the current value

    friend bool operator==(const DossierIndicator&, const DossierIndicator&) = default;
};

/// A recommendation of this visit, with the number it carries in the report's annex.
struct DossierRecommendation {
    int number = 0; ///< 1-based, stable: creation order, so an edit never renumbers
    Recommendation recommendation;
    RecommendationStatus status = RecommendationStatus::Open;

    friend bool operator==(const DossierRecommendation&, const DossierRecommendation&) = default;
};

/// A recommendation from an earlier visit to the facility and where it stands now.
struct EarlierRecommendation {
    Recommendation recommendation;
    std::string cycleId;
    std::string visitDate; ///< start date of the visit that made it
    RecommendationStatus status = RecommendationStatus::Open;
    bool overdue = false;
    std::string statusEvidence; ///< of the latest status update; empty when never updated
    std::string statusDate;     ///< ISO date of the latest status update; empty when never

    friend bool operator==(const EarlierRecommendation&, const EarlierRecommendation&) = default;
};

/// The facility's previous visit, for "changes since the last visit".
struct PreviousVisit {
    std::string visitId;
    std::string startDate;
    std::string endDate;
    /// Per theme (section key) compliance then; indicators are in DossierIndicator::previous.
    std::vector<std::pair<std::string, Compliance>> themes;

    friend bool operator==(const PreviousVisit&, const PreviousVisit&) = default;
};

/// One visit, as its review and report show it.
struct VisitDossier {
    std::string language; ///< "en", "fr": every localized text below is in it
    Visit visit;          ///< team members carry display names and team roles
    Facility facility;
    VisitCycle cycle;
    std::string checklistTitle;
    std::vector<DossierSection> sections; ///< checklist order
    std::vector<DossierAnswer> answers;   ///< current answers, checklist order
    /// Answers findings cite that are no longer current (superseded by a later answer).
    std::vector<DossierAnswer> citedAnswers;
    std::vector<DossierIndicator> indicators;
    std::vector<Finding> findings; ///< current versions: theme (checklist order), severity, id
    std::vector<DossierRecommendation> recommendations; ///< by number
    /// Interviews the reader may see: never those with consent None. Pseudonymous codes only.
    /// Content is here for the coordinator; the report shows it only from WithAuthorities up.
    std::vector<Interview> interviews;
    std::vector<EarlierRecommendation> earlierRecommendations; ///< oldest visit first
    std::optional<PreviousVisit> previousVisit;                ///< nullopt: first visit

    [[nodiscard]] bool reviewed() const { return visit.status == VisitStatus::Reviewed; }

    friend bool operator==(const VisitDossier&, const VisitDossier&) = default;
};

} // namespace custos
