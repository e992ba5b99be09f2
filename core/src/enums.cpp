#include "custos/core/enums.h"
#include "custos/core/records.h"

#include <algorithm>
#include <array>
#include <utility>

namespace custos {
namespace {

template <typename E, std::size_t N> using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<Role, 3> kRoles{
    {{Role::Monitor, "monitor"}, {Role::Coordinator, "coordinator"}, {Role::Admin, "admin"}}};
constexpr Names<FacilityType, 8> kFacilityTypes{{{FacilityType::Prison, "prison"},
                                                 {FacilityType::RemandCentre, "remand_centre"},
                                                 {FacilityType::PoliceStation, "police_station"},
                                                 {FacilityType::Immigration, "immigration"},
                                                 {FacilityType::Psychiatric, "psychiatric"},
                                                 {FacilityType::Juvenile, "juvenile"},
                                                 {FacilityType::SocialCare, "social_care"},
                                                 {FacilityType::Other, "other"}}};
constexpr Names<CycleKind, 4> kCycleKinds{{{CycleKind::Periodic, "periodic"},
                                           {CycleKind::AdHoc, "ad_hoc"},
                                           {CycleKind::FollowUp, "follow_up"},
                                           {CycleKind::Thematic, "thematic"}}};
constexpr Names<VisitStatus, 4> kVisitStatuses{{{VisitStatus::Planned, "planned"},
                                                {VisitStatus::InProgress, "in_progress"},
                                                {VisitStatus::Submitted, "submitted"},
                                                {VisitStatus::Reviewed, "reviewed"}}};
constexpr Names<TeamRole, 6> kTeamRoles{{{TeamRole::Head, "head"},
                                         {TeamRole::Member, "member"},
                                         {TeamRole::Doctor, "doctor"},
                                         {TeamRole::Lawyer, "lawyer"},
                                         {TeamRole::Interpreter, "interpreter"},
                                         {TeamRole::Expert, "expert"}}};
constexpr Names<ItemType, 9> kItemTypes{{{ItemType::YesNo, "yes_no"},
                                         {ItemType::Number, "number"},
                                         {ItemType::Count, "count"},
                                         {ItemType::Duration, "duration"},
                                         {ItemType::Date, "date"},
                                         {ItemType::SingleChoice, "single_choice"},
                                         {ItemType::MultiChoice, "multi_choice"},
                                         {ItemType::Text, "text"},
                                         {ItemType::Photo, "photo"}}};
constexpr Names<AnswerCode, 5> kAnswerCodes{{{AnswerCode::Yes, "yes"},
                                             {AnswerCode::No, "no"},
                                             {AnswerCode::Partial, "partial"},
                                             {AnswerCode::NotApplicable, "not_applicable"},
                                             {AnswerCode::NotVerified, "not_verified"}}};
constexpr Names<SourceTag, 5> kSourceTags{{{SourceTag::Observed, "observed"},
                                           {SourceTag::Detainee, "detainee"},
                                           {SourceTag::Staff, "staff"},
                                           {SourceTag::Document, "document"},
                                           {SourceTag::ThirdParty, "third_party"}}};
constexpr Names<EntityKind, 5> kEntityKinds{{{EntityKind::Facility, "facility"},
                                             {EntityKind::VisitCycle, "visit_cycle"},
                                             {EntityKind::Visit, "visit"},
                                             {EntityKind::ChecklistTemplate, "checklist_template"},
                                             {EntityKind::Observation, "observation"}}};

constexpr Names<FindingSeverity, 4> kFindingSeverities{
    {{FindingSeverity::Urgent, "urgent"},
     {FindingSeverity::PriorityConcern, "priority_concern"},
     {FindingSeverity::Concern, "concern"},
     {FindingSeverity::GoodPractice, "good_practice"}}};
constexpr Names<ConsentScope, 4> kConsentScopes{
    {{ConsentScope::None, "none"},
     {ConsentScope::Internal, "internal"},
     {ConsentScope::WithAuthorities, "with_authorities"},
     {ConsentScope::PublishAnonymised, "publish_anonymised"}}};
constexpr Names<InterviewKind, 4> kInterviewKinds{{{InterviewKind::Individual, "individual"},
                                                   {InterviewKind::Group, "group"},
                                                   {InterviewKind::Staff, "staff"},
                                                   {InterviewKind::Management, "management"}}};
constexpr Names<Priority, 3> kPriorities{
    {{Priority::High, "high"}, {Priority::Medium, "medium"}, {Priority::Low, "low"}}};
constexpr Names<RecommendationStatus, 8> kRecommendationStatuses{
    {{RecommendationStatus::Open, "open"},
     {RecommendationStatus::Accepted, "accepted"},
     {RecommendationStatus::Rejected, "rejected"},
     {RecommendationStatus::InProgress, "in_progress"},
     {RecommendationStatus::Implemented, "implemented"},
     {RecommendationStatus::PartiallyImplemented, "partially_implemented"},
     {RecommendationStatus::NotImplemented, "not_implemented"},
     {RecommendationStatus::NoLongerApplicable, "no_longer_applicable"}}};

template <typename E, std::size_t N> std::string_view nameOf(const Names<E, N>& names, E value) {
    for (const auto& [v, name] : names)
        if (v == value)
            return name;
    return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const Names<E, N>& names, std::string_view text) {
    for (const auto& [v, name] : names)
        if (name == text)
            return v;
    return std::nullopt;
}

} // namespace

const std::vector<std::string_view>& populationGroups() {
    static const std::vector<std::string_view> groups{
        "women",         "juveniles", "foreign_nationals", "pre_trial", "sentenced",
        "mental_health", "civil",     "administrative"};
    return groups;
}

bool isPopulationGroup(std::string_view name) {
    const auto& groups = populationGroups();
    return std::find(groups.begin(), groups.end(), name) != groups.end();
}

std::string_view toString(Role v) {
    return nameOf(kRoles, v);
}
std::string_view toString(FacilityType v) {
    return nameOf(kFacilityTypes, v);
}
std::string_view toString(CycleKind v) {
    return nameOf(kCycleKinds, v);
}
std::string_view toString(VisitStatus v) {
    return nameOf(kVisitStatuses, v);
}
std::string_view toString(TeamRole v) {
    return nameOf(kTeamRoles, v);
}
std::string_view toString(ItemType v) {
    return nameOf(kItemTypes, v);
}
std::string_view toString(AnswerCode v) {
    return nameOf(kAnswerCodes, v);
}
std::string_view toString(SourceTag v) {
    return nameOf(kSourceTags, v);
}
std::string_view toString(EntityKind v) {
    return nameOf(kEntityKinds, v);
}

template <> std::optional<Role> enumFromString(std::string_view t) {
    return valueOf(kRoles, t);
}
template <> std::optional<FacilityType> enumFromString(std::string_view t) {
    return valueOf(kFacilityTypes, t);
}
template <> std::optional<CycleKind> enumFromString(std::string_view t) {
    return valueOf(kCycleKinds, t);
}
template <> std::optional<VisitStatus> enumFromString(std::string_view t) {
    return valueOf(kVisitStatuses, t);
}
template <> std::optional<TeamRole> enumFromString(std::string_view t) {
    return valueOf(kTeamRoles, t);
}
template <> std::optional<ItemType> enumFromString(std::string_view t) {
    return valueOf(kItemTypes, t);
}
template <> std::optional<AnswerCode> enumFromString(std::string_view t) {
    return valueOf(kAnswerCodes, t);
}
template <> std::optional<SourceTag> enumFromString(std::string_view t) {
    return valueOf(kSourceTags, t);
}
template <> std::optional<EntityKind> enumFromString(std::string_view t) {
    return valueOf(kEntityKinds, t);
}

std::string_view toString(FindingSeverity v) {
    return nameOf(kFindingSeverities, v);
}
template <> std::optional<FindingSeverity> enumFromString(std::string_view t) {
    return valueOf(kFindingSeverities, t);
}
std::string_view toString(ConsentScope v) {
    return nameOf(kConsentScopes, v);
}
template <> std::optional<ConsentScope> enumFromString(std::string_view t) {
    return valueOf(kConsentScopes, t);
}
std::string_view toString(InterviewKind v) {
    return nameOf(kInterviewKinds, v);
}
template <> std::optional<InterviewKind> enumFromString(std::string_view t) {
    return valueOf(kInterviewKinds, t);
}
std::string_view toString(Priority v) {
    return nameOf(kPriorities, v);
}
template <> std::optional<Priority> enumFromString(std::string_view t) {
    return valueOf(kPriorities, t);
}
std::string_view toString(RecommendationStatus v) {
    return nameOf(kRecommendationStatuses, v);
}
template <> std::optional<RecommendationStatus> enumFromString(std::string_view t) {
    return valueOf(kRecommendationStatuses, t);
}

bool isOpenStatus(RecommendationStatus status) {
    // Rejected stays open: monitors keep pressing the authority on it in later cycles.
    return status != RecommendationStatus::Implemented &&
           status != RecommendationStatus::NoLongerApplicable;
}

} // namespace custos
