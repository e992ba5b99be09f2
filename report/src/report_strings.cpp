#include "report_strings.h"

namespace custos::report {
namespace {

ReportText english() {
    ReportText t;
    t.documentTitle = "Visit report";
    t.confidential = "Confidential";
    t.facility = "Facility";
    t.type = "Type";
    t.region = "Region";
    t.authority = "Responsible authority";
    t.capacity = "Official capacity";
    t.population = "Population";
    t.dates = "Dates of the visit";
    t.visitType = "Visit";
    t.announced = "announced";
    t.unannounced = "unannounced";
    t.cycle = "Visit cycle";
    t.checklist = "Checklist";
    t.team = "Visiting team";
    t.status = "Status";
    t.reviewed = "reviewed by a coordinator";
    t.notReviewed = "draft — not yet reviewed by a coordinator";
    t.pseudonymsOnly = "People are referred to by pseudonymous codes only. Information from "
                       "interviews appears only where the person consented to its use with the "
                       "authorities.";
    t.executiveSummary = "Executive summary";
    t.summaryCounts =
        "The team answered %1 of %2 applicable questions; %3 answers fall short of a standard "
        "(%4 of them urgent). It records %5 findings — %6 urgent, %7 priority concerns, %8 "
        "concerns and %9 good practices — and makes %10 recommendations (Annex A).";
    t.urgentFindings = "Urgent findings (immediate observations)";
    t.noUrgentFindings = "The team made no urgent finding.";
    t.themeOverview = "Compliance by theme";
    t.theme = "Theme";
    t.compliance = "Compliance";
    t.answered = "Answered";
    t.flags = "Standards not met";
    t.facilityDescription = "The facility";
    t.officialCapacity = "Official capacity: %1 places.";
    t.populationGroups = "Groups held: %1.";
    t.subUnits = "Units";
    t.indicators = "Key figures";
    t.indicator = "Figure";
    t.value = "Value";
    t.standardNotMet = "Standard not met";
    t.noIndicators = "No figure could be computed from the answers.";
    t.changesSinceLastVisit = "Changes since the last visit";
    t.firstVisit = "This is the first visit to the facility recorded in Custos: there is no "
                   "earlier visit to compare with.";
    t.previousVisitOn = "Compared with the previous visit of %1.";
    t.then = "Previous visit";
    t.now = "This visit";
    t.change = "Change";
    t.notAssessedYet = "not assessed";
    t.findingsByTheme = "Findings by theme";
    t.noFindings = "The team recorded no finding.";
    t.mandelaRules = "Nelson Mandela Rules";
    t.evidence = "Evidence";
    t.source = "source";
    t.divergent = "team members' answers differ";
    t.interviewWith = "Interview with %1 (%2)";
    t.confidentialInterview = "An interview (content confidential).";
    t.answerSince = "answer since replaced";
    t.goodPractices = "Good practices";
    t.noGoodPractices = "The team recorded no good practice.";
    t.recommendationsAnnex = "Annex A — Recommendations";
    t.number = "No.";
    t.recommendation = "Recommendation";
    t.addressee = "Addressed to";
    t.priority = "Priority";
    t.dueDate = "Due";
    t.noRecommendations = "The team makes no recommendation.";
    t.earlierRecommendations = "Annex B — Status of earlier recommendations";
    t.madeOn = "Made";
    t.checkedOn = "Checked";
    t.statusEvidence = "Evidence";
    t.overdue = "overdue";
    t.noEarlierRecommendations = "No recommendation was made at earlier visits to the facility.";
    t.page = "Page";
    t.of = "of";
    t.none = "none";
    t.yes = "yes";
    t.no = "no";
    return t;
}

ReportText french() {
    ReportText t;
    t.documentTitle = "Rapport de visite";
    t.confidential = "Confidentiel";
    t.facility = "Établissement";
    t.type = "Type";
    t.region = "Région";
    t.authority = "Autorité responsable";
    t.capacity = "Capacité officielle";
    t.population = "Population";
    t.dates = "Dates de la visite";
    t.visitType = "Visite";
    t.announced = "annoncée";
    t.unannounced = "inopinée";
    t.cycle = "Cycle de visites";
    t.checklist = "Liste de contrôle";
    t.team = "Équipe de visite";
    t.status = "Statut";
    t.reviewed = "relu par un coordinateur";
    t.notReviewed = "projet — pas encore relu par un coordinateur";
    t.pseudonymsOnly = "Les personnes ne sont désignées que par des codes pseudonymes. Les "
                       "informations issues des entretiens n'apparaissent que si la personne a "
                       "consenti à leur utilisation auprès des autorités.";
    t.executiveSummary = "Résumé";
    t.summaryCounts =
        "L'équipe a répondu à %1 des %2 questions applicables ; %3 réponses ne satisfont pas "
        "à une norme (dont %4 urgentes). Elle consigne %5 constats — %6 urgents, %7 "
        "préoccupations prioritaires, %8 préoccupations et %9 bonnes pratiques — et formule %10 "
        "recommandations (annexe A).";
    t.urgentFindings = "Constats urgents (observations immédiates)";
    t.noUrgentFindings = "L'équipe n'a fait aucun constat urgent.";
    t.themeOverview = "Conformité par thème";
    t.theme = "Thème";
    t.compliance = "Conformité";
    t.answered = "Réponses";
    t.flags = "Normes non respectées";
    t.facilityDescription = "L'établissement";
    t.officialCapacity = "Capacité officielle : %1 places.";
    t.populationGroups = "Groupes détenus : %1.";
    t.subUnits = "Unités";
    t.indicators = "Chiffres clés";
    t.indicator = "Indicateur";
    t.value = "Valeur";
    t.standardNotMet = "Norme non respectée";
    t.noIndicators = "Aucun indicateur n'a pu être calculé à partir des réponses.";
    t.changesSinceLastVisit = "Évolution depuis la dernière visite";
    t.firstVisit = "Il s'agit de la première visite de l'établissement enregistrée dans Custos : "
                   "aucune visite antérieure ne permet de comparaison.";
    t.previousVisitOn = "Comparaison avec la visite précédente du %1.";
    t.then = "Visite précédente";
    t.now = "Cette visite";
    t.change = "Évolution";
    t.notAssessedYet = "non évalué";
    t.findingsByTheme = "Constats par thème";
    t.noFindings = "L'équipe n'a consigné aucun constat.";
    t.mandelaRules = "Règles Nelson Mandela";
    t.evidence = "Éléments de preuve";
    t.source = "source";
    t.divergent = "les réponses des membres de l'équipe divergent";
    t.interviewWith = "Entretien avec %1 (%2)";
    t.confidentialInterview = "Un entretien (contenu confidentiel).";
    t.answerSince = "réponse remplacée depuis";
    t.goodPractices = "Bonnes pratiques";
    t.noGoodPractices = "L'équipe n'a relevé aucune bonne pratique.";
    t.recommendationsAnnex = "Annexe A — Recommandations";
    t.number = "N°";
    t.recommendation = "Recommandation";
    t.addressee = "Destinataire";
    t.priority = "Priorité";
    t.dueDate = "Échéance";
    t.noRecommendations = "L'équipe ne formule aucune recommandation.";
    t.earlierRecommendations = "Annexe B — Suivi des recommandations antérieures";
    t.madeOn = "Formulée";
    t.checkedOn = "Vérifiée";
    t.statusEvidence = "Éléments";
    t.overdue = "en retard";
    t.noEarlierRecommendations =
        "Aucune recommandation n'a été formulée lors des visites antérieures de l'établissement.";
    t.page = "Page";
    t.of = "sur";
    t.none = "aucun";
    t.yes = "oui";
    t.no = "non";
    return t;
}

bool isFrench(const QString& language) {
    return language == QLatin1String("fr");
}

QString pick(const QString& language, const char* en, const char* fr) {
    return QString::fromUtf8(isFrench(language) ? fr : en);
}

} // namespace

const ReportText& reportText(const QString& language) {
    static const ReportText en = english();
    static const ReportText fr = french();
    return isFrench(language) ? fr : en;
}

QString label(FindingSeverity severity, const QString& l) {
    switch (severity) {
    case FindingSeverity::Urgent:
        return pick(l, "Urgent — immediate observation", "Urgent — observation immédiate");
    case FindingSeverity::PriorityConcern:
        return pick(l, "Priority concern", "Préoccupation prioritaire");
    case FindingSeverity::Concern:
        return pick(l, "Concern", "Préoccupation");
    case FindingSeverity::GoodPractice:
        return pick(l, "Good practice", "Bonne pratique");
    }
    return {};
}

QString label(Priority priority, const QString& l) {
    switch (priority) {
    case Priority::High:
        return pick(l, "high", "haute");
    case Priority::Medium:
        return pick(l, "medium", "moyenne");
    case Priority::Low:
        return pick(l, "low", "basse");
    }
    return {};
}

QString label(RecommendationStatus status, const QString& l) {
    switch (status) {
    case RecommendationStatus::Open:
        return pick(l, "open", "ouverte");
    case RecommendationStatus::Accepted:
        return pick(l, "accepted", "acceptée");
    case RecommendationStatus::Rejected:
        return pick(l, "rejected", "rejetée");
    case RecommendationStatus::InProgress:
        return pick(l, "in progress", "en cours");
    case RecommendationStatus::Implemented:
        return pick(l, "implemented", "mise en œuvre");
    case RecommendationStatus::PartiallyImplemented:
        return pick(l, "partially implemented", "partiellement mise en œuvre");
    case RecommendationStatus::NotImplemented:
        return pick(l, "not implemented", "non mise en œuvre");
    case RecommendationStatus::NoLongerApplicable:
        return pick(l, "no longer applicable", "sans objet");
    }
    return {};
}

QString label(Compliance compliance, const QString& l) {
    switch (compliance) {
    case Compliance::NotAssessed:
        return pick(l, "not assessed", "non évalué");
    case Compliance::Compliant:
        return pick(l, "compliant", "conforme");
    case Compliance::PartiallyCompliant:
        return pick(l, "partially compliant", "partiellement conforme");
    case Compliance::NonCompliant:
        return pick(l, "not compliant", "non conforme");
    }
    return {};
}

QString label(SourceTag source, const QString& l) {
    switch (source) {
    case SourceTag::Observed:
        return pick(l, "observed", "observation");
    case SourceTag::Detainee:
        return pick(l, "detainee", "personne détenue");
    case SourceTag::Staff:
        return pick(l, "staff", "personnel");
    case SourceTag::Document:
        return pick(l, "document", "document");
    case SourceTag::ThirdParty:
        return pick(l, "third party", "tiers");
    }
    return {};
}

QString label(FacilityType type, const QString& l) {
    switch (type) {
    case FacilityType::Prison:
        return pick(l, "prison", "établissement pénitentiaire");
    case FacilityType::RemandCentre:
        return pick(l, "remand centre", "maison d'arrêt");
    case FacilityType::PoliceStation:
        return pick(l, "police station", "poste de police");
    case FacilityType::Immigration:
        return pick(l, "immigration detention centre", "centre de rétention administrative");
    case FacilityType::Psychiatric:
        return pick(l, "psychiatric institution", "établissement psychiatrique");
    case FacilityType::Juvenile:
        return pick(l, "juvenile facility", "établissement pour mineurs");
    case FacilityType::SocialCare:
        return pick(l, "social care home", "établissement social");
    case FacilityType::Other:
        return pick(l, "other place of detention", "autre lieu de privation de liberté");
    }
    return {};
}

QString label(TeamRole role, const QString& l) {
    switch (role) {
    case TeamRole::Head:
        return pick(l, "head of delegation", "chef de délégation");
    case TeamRole::Member:
        return pick(l, "member", "membre");
    case TeamRole::Doctor:
        return pick(l, "medical doctor", "médecin");
    case TeamRole::Lawyer:
        return pick(l, "lawyer", "juriste");
    case TeamRole::Interpreter:
        return pick(l, "interpreter", "interprète");
    case TeamRole::Expert:
        return pick(l, "expert", "expert");
    }
    return {};
}

QString label(CycleKind kind, const QString& l) {
    switch (kind) {
    case CycleKind::Periodic:
        return pick(l, "periodic", "périodique");
    case CycleKind::AdHoc:
        return pick(l, "ad hoc", "ad hoc");
    case CycleKind::FollowUp:
        return pick(l, "follow-up", "de suivi");
    case CycleKind::Thematic:
        return pick(l, "thematic", "thématique");
    }
    return {};
}

QString label(InterviewKind kind, const QString& l) {
    switch (kind) {
    case InterviewKind::Individual:
        return pick(l, "individual interview", "entretien individuel");
    case InterviewKind::Group:
        return pick(l, "group interview", "entretien collectif");
    case InterviewKind::Staff:
        return pick(l, "staff", "personnel");
    case InterviewKind::Management:
        return pick(l, "management", "direction");
    }
    return {};
}

} // namespace custos::report
