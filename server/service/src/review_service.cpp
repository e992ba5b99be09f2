#include "review_service.h"

#include "auth.h"
#include "custos/aggregate/review.h"
#include "custos/aggregate/visit_dossier.h"
#include "custos/export/answers_export.h"
#include "custos/proto/mapping.h"
#include "custos/service/grpc_status.h"
#include "event_log.h"

#include <algorithm>
#include <ctime>
#include <tuple>
#include <vector>

namespace custos::service {
namespace {

constexpr const char* kReviewWhat = "review aggregated findings";

v1::Compliance toProto(Compliance c) {
    return static_cast<v1::Compliance>(static_cast<int>(c) + 1);
}

void setCount(int count, int k, v1::SuppressibleCount* out) {
    const auto shown = aggregate::suppressSmall(count, k);
    out->set_suppressed(!shown);
    out->set_value(shown.value_or(0));
}

int findingsOf(const aggregate::VisitStats& s, FindingSeverity severity) {
    auto it = s.findings.find(severity);
    return it == s.findings.end() ? 0 : it->second;
}

/// The theme columns of a set of rows: every theme any row has, in first-seen order.
template <typename Response>
std::map<std::string, int> themeColumns(const std::vector<aggregate::FacilityCycleRow>& rows,
                                        Response& response) {
    std::map<std::string, int> columns;
    for (const auto& row : rows)
        if (row.latest)
            for (const auto& t : row.latest->themes)
                if (columns.emplace(t.theme, static_cast<int>(columns.size())).second)
                    response.add_theme_keys(t.theme);
    return columns;
}

/// The first element with this id, or null.
template <typename T> const T* byId(const std::vector<T>& all, const std::string& id) {
    for (const auto& item : all)
        if (item.id == id)
            return &item;
    return nullptr;
}

/// One facility-in-cycle row; interview-derived counts under k are suppressed here, the one
/// place figures leave the server.
void rowToProto(const aggregate::FacilityCycleRow& row, const std::map<std::string, int>& columns,
                int k, v1::FacilityCycleFigures* out) {
    protomap::toProto(row.facility, out->mutable_facility());
    out->set_cycle_id(row.cycle.id);
    out->set_cycle_name(row.cycle.name);
    out->set_visited(row.latest != nullptr);
    out->set_visits_in_cycle(row.visits);
    if (!row.latest)
        return;
    const auto& s = *row.latest;
    out->set_visit_id(s.visitId);
    out->set_visit_status(static_cast<v1::VisitStatus>(static_cast<int>(s.status) + 1));
    out->set_visit_start(s.startDate);
    out->set_checklist_known(s.checklistKnown);
    out->set_answered(s.answered);
    out->set_applicable(s.applicable);
    out->set_flags(s.flags);
    out->set_urgent_flags(s.urgentFlags);
    out->set_divergent_items(s.divergentItems);
    out->set_urgent_findings(findingsOf(s, FindingSeverity::Urgent));
    out->set_priority_concerns(findingsOf(s, FindingSeverity::PriorityConcern));
    out->set_concerns(findingsOf(s, FindingSeverity::Concern));
    out->set_good_practices(findingsOf(s, FindingSeverity::GoodPractice));
    out->set_recommendations(s.recommendations);
    auto* themes = out->mutable_themes();
    const int width = static_cast<int>(columns.size());
    themes->mutable_compliance()->Resize(width, v1::COMPLIANCE_NOT_ASSESSED);
    for (auto* column : {themes->mutable_standards_assessed(), themes->mutable_standards_met(),
                         themes->mutable_flags(), themes->mutable_urgent_flags(),
                         themes->mutable_answered(), themes->mutable_applicable()})
        column->Resize(width, 0);
    for (const auto& t : s.themes) {
        const int i = columns.at(t.theme);
        themes->set_compliance(i, toProto(t.compliance));
        themes->set_standards_assessed(i, t.assessed);
        themes->set_standards_met(i, t.met);
        themes->set_flags(i, t.flags);
        themes->set_urgent_flags(i, t.urgentFlags);
        themes->set_answered(i, t.answered);
        themes->set_applicable(i, t.applicable);
    }
    for (const auto& [key, value] : s.indicators)
        (*out->mutable_indicators())[key] = value;
    setCount(s.interviews, k, out->mutable_interviews());
    setCount(s.allegations, k, out->mutable_allegations());
    setCount(s.reprisalRisks, k, out->mutable_reprisal_risks());
}

std::string todayIso() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
    return buffer;
}

/// Runs a unary review call: authorises, runs body, logs ids and timing only.
template <typename Body>
grpc::ServerUnaryReactor* unary(grpc::CallbackServerContext* context, storage::Storage& storage,
                                const char* name, Body&& body) {
    const auto started = systemMillis();
    auto* reactor = context->DefaultReactor();
    auto caller = authorizeCall(*context, storage, {Role::Coordinator}, kReviewWhat);
    const grpc::Status status = caller ? body() : toGrpcStatus(caller.error());
    logEvent(name, {{"peer", context->peer()},
                    {"user", caller ? caller->userId : std::string{}},
                    {"status", std::to_string(status.error_code())},
                    {"ms", std::to_string(systemMillis() - started)}});
    reactor->Finish(status);
    return reactor;
}

/// Streams an export piece by piece; each write waits for the previous one (flow control), so
/// memory stays bounded whatever the export's size.
class ExportReactor final : public grpc::ServerWriteReactor<v1::ExportChunk> {
public:
    explicit ExportReactor(std::unique_ptr<exports::DatasetExport> exporter)
        : exporter_(std::move(exporter)) {
        writeNext();
    }
    void OnWriteDone(bool ok) override {
        if (!ok) {
            Finish(
                grpc::Status(grpc::StatusCode::UNAVAILABLE, "the export stream was interrupted"));
            return;
        }
        writeNext();
    }
    void OnDone() override { delete this; }

private:
    void writeNext() {
        auto piece = exporter_->next();
        if (!piece) {
            Finish(toGrpcStatus(piece.error()));
            return;
        }
        if (!*piece) {
            Finish(grpc::Status::OK);
            return;
        }
        chunk_.set_data(std::move(**piece));
        chunk_.set_rows_so_far(exporter_->rows());
        StartWrite(&chunk_);
    }

    std::unique_ptr<exports::DatasetExport> exporter_;
    v1::ExportChunk chunk_;
};

class FailedExport final : public grpc::ServerWriteReactor<v1::ExportChunk> {
public:
    explicit FailedExport(grpc::Status status) { Finish(std::move(status)); }
    void OnDone() override { delete this; }
};

} // namespace

grpc::Status ReviewServiceImpl::cycleOverview(const v1::CycleOverviewRequest& request,
                                              v1::CycleOverviewResponse& response) {
    auto cycles = storage_.listCycles();
    if (!cycles)
        return toGrpcStatus(cycles.error());
    const VisitCycle* cycle = byId(*cycles, request.cycle_id());
    if (!cycle)
        return {grpc::StatusCode::NOT_FOUND, "no visit cycle with id '" + request.cycle_id() + "'"};
    auto facilities = storage_.listFacilities();
    if (!facilities)
        return toGrpcStatus(facilities.error());
    std::vector<Facility> wanted;
    for (const auto& f : *facilities) {
        if (request.facility_type() != v1::FACILITY_TYPE_UNSPECIFIED &&
            static_cast<int>(f.type) + 1 != static_cast<int>(request.facility_type()))
            continue;
        if (!request.region().empty() && f.region != request.region())
            continue;
        wanted.push_back(f);
    }
    auto stats = storage_.visitStats(cycle->id, "");
    if (!stats)
        return toGrpcStatus(stats.error());
    auto rows = aggregate::cycleOverview(
        *cycle, wanted, *stats,
        {request.sort_by().empty() ? "name" : request.sort_by(), request.descending()});
    if (!rows)
        return toGrpcStatus(rows.error());
    protomap::toProto(*cycle, response.mutable_cycle());
    const auto columns = themeColumns(*rows, response);
    response.mutable_rows()->Reserve(static_cast<int>(rows->size()));
    for (const auto& row : *rows)
        rowToProto(row, columns, k_, response.add_rows());
    return grpc::Status::OK;
}

grpc::Status ReviewServiceImpl::facilityTrend(const v1::FacilityTrendRequest& request,
                                              v1::FacilityTrendResponse& response) {
    auto facilities = storage_.listFacilities();
    if (!facilities)
        return toGrpcStatus(facilities.error());
    const Facility* facility = byId(*facilities, request.facility_id());
    if (!facility)
        return {grpc::StatusCode::NOT_FOUND, "no facility with id '" + request.facility_id() + "'"};
    auto cycles = storage_.listCycles();
    auto stats = storage_.visitStats("", facility->id);
    if (!cycles)
        return toGrpcStatus(cycles.error());
    if (!stats)
        return toGrpcStatus(stats.error());
    protomap::toProto(*facility, response.mutable_facility());
    const auto points = aggregate::facilityTrend(*facility, *cycles, *stats);
    const auto columns = themeColumns(points, response);
    for (const auto& point : points)
        rowToProto(point, columns, k_, response.add_points());
    return grpc::Status::OK;
}

grpc::Status ReviewServiceImpl::followUp(const v1::RecommendationFollowUpRequest& request,
                                         v1::RecommendationFollowUpResponse& response) {
    auto records = storage_.recommendationRecords(request.facility_id());
    auto visits = storage_.listVisits();
    if (!records)
        return toGrpcStatus(records.error());
    if (!visits)
        return toGrpcStatus(visits.error());
    const auto states = aggregate::recommendationStates(
        *records, *visits, request.today().empty() ? todayIso() : request.today());
    for (const auto& rate : aggregate::followUpRates(states)) {
        if (!request.cycle_id().empty() && rate.cycleId != request.cycle_id())
            continue;
        auto* out = response.add_rates();
        out->set_facility_id(rate.facilityId);
        out->set_cycle_id(rate.cycleId);
        out->set_total(rate.total);
        out->set_implemented(rate.implemented);
        out->set_partially_implemented(rate.partiallyImplemented);
        out->set_still_open(rate.stillOpen);
        out->set_overdue(rate.overdue);
        out->set_rate(rate.rate);
    }
    // What needs attention first: overdue ones, then by due date (none last), then by
    // facility; the id keeps pages stable between calls.
    std::vector<const aggregate::RecommendationState*> matching;
    for (const auto& state : states) {
        const auto& r = state.recommendation;
        if ((!request.cycle_id().empty() && state.cycleId != request.cycle_id()) ||
            (!request.addressee().empty() && r.addressee != request.addressee()) ||
            (request.priority() != v1::PRIORITY_UNSPECIFIED &&
             static_cast<int>(r.priority) + 1 != static_cast<int>(request.priority())) ||
            (request.status() != v1::RECOMMENDATION_STATUS_UNSPECIFIED &&
             static_cast<int>(state.status) + 1 != static_cast<int>(request.status())) ||
            (request.overdue_only() && !state.overdue))
            continue;
        matching.push_back(&state);
    }
    std::sort(matching.begin(), matching.end(), [](const auto* a, const auto* b) {
        const auto& ra = a->recommendation;
        const auto& rb = b->recommendation;
        if (a->overdue != b->overdue)
            return a->overdue;
        if (ra.dueDate.empty() != rb.dueDate.empty())
            return rb.dueDate.empty();
        return std::tie(ra.dueDate, a->facilityId, ra.header.id) <
               std::tie(rb.dueDate, b->facilityId, rb.header.id);
    });
    response.set_matching(static_cast<int>(matching.size()));
    for (const auto* state : matching)
        response.set_matching_overdue(response.matching_overdue() + (state->overdue ? 1 : 0));
    const auto from = std::min<std::size_t>(matching.size(), std::max(0, request.offset()));
    const auto to = request.limit() > 0
                        ? std::min<std::size_t>(matching.size(),
                                                from + static_cast<std::size_t>(request.limit()))
                        : matching.size();
    for (std::size_t i = from; i < to; ++i) {
        const auto& state = *matching[i];
        const auto& r = state.recommendation;
        auto* out = response.add_recommendations();
        protomap::toProto(r, out->mutable_recommendation());
        out->set_facility_id(state.facilityId);
        out->set_cycle_id(state.cycleId);
        out->set_status(static_cast<v1::RecommendationStatus>(static_cast<int>(state.status) + 1));
        out->set_overdue(state.overdue);
        for (const auto& update : state.history)
            protomap::toProto(update, out->add_history());
    }
    return grpc::Status::OK;
}

grpc::ServerUnaryReactor* ReviewServiceImpl::CycleOverview(grpc::CallbackServerContext* context,
                                                           const v1::CycleOverviewRequest* request,
                                                           v1::CycleOverviewResponse* response) {
    return unary(context, storage_, "review.cycle_overview",
                 [&] { return cycleOverview(*request, *response); });
}

grpc::ServerUnaryReactor* ReviewServiceImpl::FacilityTrend(grpc::CallbackServerContext* context,
                                                           const v1::FacilityTrendRequest* request,
                                                           v1::FacilityTrendResponse* response) {
    return unary(context, storage_, "review.facility_trend",
                 [&] { return facilityTrend(*request, *response); });
}

grpc::ServerUnaryReactor*
ReviewServiceImpl::RecommendationFollowUp(grpc::CallbackServerContext* context,
                                          const v1::RecommendationFollowUpRequest* request,
                                          v1::RecommendationFollowUpResponse* response) {
    return unary(context, storage_, "review.follow_up",
                 [&] { return followUp(*request, *response); });
}

grpc::ServerWriteReactor<v1::ExportChunk>*
ReviewServiceImpl::Export(grpc::CallbackServerContext* context, const v1::ExportRequest* request) {
    auto caller = authorizeCall(*context, storage_, {Role::Coordinator}, "export data");
    if (!caller)
        return new FailedExport(toGrpcStatus(caller.error()));
    exports::ExportRequest what;
    switch (request->dataset()) {
    case v1::EXPORT_DATASET_INDICATORS:
        what.dataset = exports::Dataset::Indicators;
        break;
    case v1::EXPORT_DATASET_FINDINGS:
        what.dataset = exports::Dataset::Findings;
        break;
    case v1::EXPORT_DATASET_RECOMMENDATIONS:
        what.dataset = exports::Dataset::Recommendations;
        break;
    case v1::EXPORT_DATASET_FACILITY_FIGURES:
        what.dataset = exports::Dataset::FacilityFigures;
        break;
    case v1::EXPORT_DATASET_UNSPECIFIED:
    case v1::EXPORT_DATASET_ANSWERS:
        what.dataset = exports::Dataset::Answers;
        break;
    default: // a value from a newer client: refuse rather than send another table
        return new FailedExport(
            grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "unknown export dataset"));
    }
    what.cycle = request->cycle_id();
    what.facility = request->facility_id();
    what.json = request->format() == v1::EXPORT_FORMAT_JSON;
    // Free-text notes can identify people: the RPC never exports them.
    what.includeNotes = false;
    // The same k as every other figure the server returns.
    what.suppressionK = k_;
    auto exporter = exports::openExport(storage_, what);
    if (!exporter)
        return new FailedExport(toGrpcStatus(exporter.error()));
    logEvent("review.export", {{"peer", context->peer()},
                               {"user", caller->userId},
                               {"dataset", std::string(exports::toString(what.dataset))}});
    return new ExportReactor(std::move(exporter).value());
}

grpc::ServerUnaryReactor* ReviewServiceImpl::VisitDossier(grpc::CallbackServerContext* context,
                                                          const v1::VisitDossierRequest* request,
                                                          v1::VisitDossierResponse* response) {
    return unary(context, storage_, "review.visit_dossier", [&]() -> grpc::Status {
        if (request->visit_id().empty())
            return {grpc::StatusCode::INVALID_ARGUMENT, "name the visit (visit_id)"};
        const std::string language = request->language().empty() ? "en" : request->language();
        if (language.size() > 8)
            return {grpc::StatusCode::INVALID_ARGUMENT, "unknown language"};
        // Interviews with consent None are left out by the assembly (FeedScope::Organisation).
        auto dossier =
            aggregate::assembleDossier(storage_, request->visit_id(), language, request->today());
        if (!dossier)
            return toGrpcStatus(dossier.error());
        protomap::toProto(*dossier, response);
        return grpc::Status::OK;
    });
}

} // namespace custos::service
