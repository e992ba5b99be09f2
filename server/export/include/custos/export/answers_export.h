#pragma once
// Exports of visit answers for analysts: CSV (UTF-8, header row, ISO dates) or JSON, produced
// piece by piece so a million answers never sit in memory at once (the Export RPC streams the
// pieces; custosctl writes them to a file).

#include "custos/core/result.h"
#include "custos/storage/storage.h"

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace custos::exports {

/// Which answers to export and how.
struct ExportRequest {
    std::string cycle;         ///< id or name; empty = every cycle
    std::string facility;      ///< id or name; empty = every facility
    bool json = false;         ///< JSON array instead of CSV
    bool includeNotes = false; ///< free-text notes can identify people: off unless asked for
};

/// The columns of the answers export, in order (the data dictionary is docs/EXPORTS.md).
[[nodiscard]] const std::vector<std::string>& answerColumns(bool includeNotes);

/// Produces the current answer of every answered item of every matching visit (resolved as the
/// tablets resolve it: latest by HLC, reconciliations honoured), one row each, with the
/// facility, cycle, theme and rules it belongs to, and whether the team's answers diverge. No
/// person or device identifiers are exported.
class AnswerExport final {
public:
    /// Reads the reference data and selects the visits; fails on an unreadable store.
    [[nodiscard]] static Result<std::unique_ptr<AnswerExport>> open(storage::Storage& store,
                                                                    const ExportRequest& request);
    /// The next piece of the document: the header first, then the rows of a few visits at a
    /// time, then the closing part; nullopt when the document is complete.
    [[nodiscard]] Result<std::optional<std::string>> next();
    /// Rows produced so far.
    [[nodiscard]] std::int64_t rows() const { return rows_; }

private:
    AnswerExport(storage::Storage& store, ExportRequest request)
        : store_(store), request_(std::move(request)) {}
    Status appendVisit(const Visit& visit, std::string& out);

    storage::Storage& store_;
    ExportRequest request_;
    std::vector<Visit> visits_;
    std::map<std::string, Facility> facilities_;
    std::map<std::string, VisitCycle> cycles_;
    std::map<std::string, ChecklistTemplate> templates_; ///< by "id@version"
    std::size_t nextVisit_ = 0;
    bool started_ = false;
    bool finished_ = false;
    std::int64_t rows_ = 0;
};

/// Writes the whole export to out; returns the number of rows.
[[nodiscard]] Result<std::int64_t> exportAnswers(storage::Storage& store,
                                                 const ExportRequest& request, std::ostream& out);

} // namespace custos::exports
