// The facility_figures dataset: one row per facility and cycle with the figures of the cycle
// overview (the latest visit's stored aggregates, aggregate::cycleOverview), compliance per theme
// and indicator values as columns, and interview-derived counts suppressed under k exactly as
// the CycleOverview RPC suppresses them (aggregate::suppressSmall).
#include "custos/aggregate/review.h"
#include "datasets.h"
#include "export_scope.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace custos::exports {
namespace {

constexpr const char* kThemePattern = "compliance_<theme>";
constexpr const char* kIndicatorPattern = "indicator_<indicator>";

/// Theme and indicator keys of the checklists the selected visits use, in checklist order.
struct WideColumns {
    std::vector<std::string> themes;
    std::vector<std::string> indicators;
};

WideColumns wideColumns(const ExportScope& scope) {
    std::set<const ChecklistTemplate*> used;
    for (const auto& visit : scope.visits)
        if (const auto* checklist = scope.checklistOf(visit))
            used.insert(checklist);
    WideColumns wide;
    for (const auto& [key, checklist] : scope.templates) {
        if (!used.count(&checklist))
            continue;
        auto add = [](std::vector<std::string>& keys, const std::string& k) {
            if (std::find(keys.begin(), keys.end(), k) == keys.end())
                keys.push_back(k);
        };
        for (const auto& section : checklist.sections)
            add(wide.themes, section.key);
        for (const auto& indicator : checklist.indicators)
            add(wide.indicators, indicator.key);
    }
    return wide;
}

/// The header: the dictionary's columns with the two patterns expanded.
std::vector<std::string> headerOf(const WideColumns& wide) {
    std::vector<std::string> header;
    for (const auto& column : detail::facilityFigureColumns()) {
        if (column == kThemePattern)
            for (const auto& theme : wide.themes)
                header.push_back("compliance_" + theme);
        else if (column == kIndicatorPattern)
            for (const auto& indicator : wide.indicators)
                header.push_back("indicator_" + indicator);
        else
            header.push_back(column);
    }
    return header;
}

int findingsOf(const aggregate::VisitStats& s, FindingSeverity severity) {
    auto it = s.findings.find(severity);
    return it == s.findings.end() ? 0 : it->second;
}

class FacilityFigureExport final : public DatasetExport {
public:
    FacilityFigureExport(storage::Storage& store, ExportScope scope, WideColumns wide,
                         const ExportRequest& request)
        : DatasetExport(headerOf(wide), request.json), store_(store), scope_(std::move(scope)),
          wide_(std::move(wide)), k_(request.suppressionK) {
        for (const auto& [id, cycle] : scope_.cycles)
            if (scope_.selects(cycle))
                cycles_.push_back(&cycle);
        std::sort(cycles_.begin(), cycles_.end(), [](const VisitCycle* a, const VisitCycle* b) {
            return std::tie(a->periodStart, a->id) < std::tie(b->periodStart, b->id);
        });
        for (const auto& [id, facility] : scope_.facilities)
            if (scope_.selects(facility))
                facilities_.push_back(facility);
    }

private:
    Result<bool> more(std::string& out) override {
        while (nextRow_ >= rows_.size()) {
            if (nextCycle_ >= cycles_.size())
                return false;
            CUSTOS_TRY(loadCycle(*cycles_[nextCycle_++]));
        }
        for (std::size_t n = 0; n < detail::kRowsPerPiece && nextRow_ < rows_.size(); ++n)
            appendRow(rows_[nextRow_++], out);
        return true;
    }

    Status loadCycle(const VisitCycle& cycle) {
        auto stats = store_.visitStats(cycle.id, "");
        if (!stats)
            return stats.error();
        auto rows = aggregate::cycleOverview(cycle, facilities_, *stats, {"name", false});
        if (!rows)
            return rows.error();
        rows_ = std::move(rows).value();
        nextRow_ = 0;
        return {};
    }

    /// A suppressible count and its flag: the count is empty when suppressed.
    void addCount(int count, std::vector<Cell>& cells) const {
        const auto shown = aggregate::suppressSmall(count, k_);
        cells.push_back(shown ? Cell::count(*shown) : Cell::missing());
        cells.push_back(Cell::boolean(!shown));
    }

    void appendRow(const aggregate::FacilityCycleRow& row, std::string& out) {
        const auto& f = row.facility;
        std::vector<Cell> cells{Cell::of(row.cycle.id),
                                Cell::optional(row.cycle.name),
                                Cell::optional(row.cycle.periodStart),
                                Cell::of(f.id),
                                Cell::optional(f.name),
                                Cell::of(toString(f.type)),
                                Cell::optional(f.region),
                                f.officialCapacity > 0 ? Cell::count(f.officialCapacity)
                                                       : Cell::missing(),
                                Cell::boolean(row.latest != nullptr),
                                Cell::count(row.visits)};
        const aggregate::VisitStats* s = row.latest.get();
        const bool known = s && s->checklistKnown;
        auto figure = [](bool present, std::int64_t value) {
            return present ? Cell::count(value) : Cell::missing();
        };
        cells.push_back(s ? Cell::of(s->visitId) : Cell::missing());
        cells.push_back(s ? Cell::of(toString(s->status)) : Cell::missing());
        cells.push_back(s ? Cell::optional(s->startDate) : Cell::missing());
        cells.push_back(s ? Cell::boolean(s->checklistKnown) : Cell::missing());
        cells.push_back(figure(known, known ? s->answered : 0));
        cells.push_back(figure(known, known ? s->applicable : 0));
        cells.push_back(figure(known, known ? s->flags : 0));
        cells.push_back(figure(known, known ? s->urgentFlags : 0));
        cells.push_back(figure(s != nullptr, s ? s->divergentItems : 0));
        for (auto severity : {FindingSeverity::Urgent, FindingSeverity::PriorityConcern,
                              FindingSeverity::Concern, FindingSeverity::GoodPractice})
            cells.push_back(figure(s != nullptr, s ? findingsOf(*s, severity) : 0));
        cells.push_back(figure(s != nullptr, s ? s->recommendations : 0));
        if (s) {
            addCount(s->interviews, cells);
            addCount(s->allegations, cells);
            addCount(s->reprisalRisks, cells);
        } else {
            for (int i = 0; i < 3; ++i) {
                cells.push_back(Cell::missing());
                cells.push_back(Cell::boolean(false));
            }
        }
        for (const auto& theme : wide_.themes) {
            Cell cell;
            if (known)
                for (const auto& t : s->themes)
                    if (t.theme == theme)
                        cell = Cell::of(toString(t.compliance));
            cells.push_back(std::move(cell));
        }
        for (const auto& indicator : wide_.indicators) {
            Cell cell;
            if (s)
                if (auto it = s->indicators.find(indicator); it != s->indicators.end())
                    cell = Cell::number(it->second);
            cells.push_back(std::move(cell));
        }
        addRow(cells, out);
    }

    storage::Storage& store_;
    ExportScope scope_;
    WideColumns wide_;
    int k_;
    std::vector<const VisitCycle*> cycles_; ///< selected, oldest first; point into scope_
    std::vector<Facility> facilities_;      ///< selected
    std::size_t nextCycle_ = 0;
    std::vector<aggregate::FacilityCycleRow> rows_; ///< of the cycle being written
    std::size_t nextRow_ = 0;
};

} // namespace

namespace detail {

const std::vector<std::string>& facilityFigureColumns() {
    static const std::vector<std::string> columns{"cycle_id",
                                                  "cycle",
                                                  "cycle_start",
                                                  "facility_id",
                                                  "facility",
                                                  "facility_type",
                                                  "region",
                                                  "official_capacity",
                                                  "visited",
                                                  "visits_in_cycle",
                                                  "visit_id",
                                                  "visit_status",
                                                  "visit_start",
                                                  "checklist_known",
                                                  "items_answered",
                                                  "items_applicable",
                                                  "flags",
                                                  "urgent_flags",
                                                  "divergent_items",
                                                  "urgent_findings",
                                                  "priority_concerns",
                                                  "concerns",
                                                  "good_practices",
                                                  "recommendations",
                                                  "interviews",
                                                  "interviews_suppressed",
                                                  "allegations",
                                                  "allegations_suppressed",
                                                  "reprisal_risks",
                                                  "reprisal_risks_suppressed",
                                                  kThemePattern,
                                                  kIndicatorPattern};
    return columns;
}

Opened openFacilityFigures(storage::Storage& store, const ExportRequest& request) {
    auto scope = loadScope(store, request);
    if (!scope)
        return scope.error();
    auto wide = wideColumns(*scope);
    return std::unique_ptr<DatasetExport>(std::make_unique<FacilityFigureExport>(
        store, std::move(scope).value(), std::move(wide), request));
}

} // namespace detail
} // namespace custos::exports
