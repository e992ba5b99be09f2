#pragma once
// Analyst exports of any dataset, produced piece by piece so a million rows never sit in memory
// at once (the Export RPC streams the pieces; custosctl writes them to a file).

#include "custos/core/result.h"
#include "custos/export/export_request.h"
#include "custos/export/table_writer.h"
#include "custos/storage/storage.h"

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace custos::exports {

/// The dictionary's columns of a dataset, in order: the one list both the code and the test of
/// docs/EXPORTS.md read. A name like `compliance_<theme>` stands for one column per theme,
/// expanded in the header from the checklists in scope.
[[nodiscard]] const std::vector<std::string>& datasetColumns(Dataset dataset, bool includeNotes);

/// One export document. No person or device identifiers are ever written.
class DatasetExport {
public:
    virtual ~DatasetExport() = default;
    DatasetExport(const DatasetExport&) = delete;
    DatasetExport& operator=(const DatasetExport&) = delete;

    /// The next piece of the document: the header first, then the rows of a few visits (or
    /// facilities, or recommendations) at a time, then the closing part; nullopt when complete.
    [[nodiscard]] Result<std::optional<std::string>> next();
    /// Rows produced so far.
    [[nodiscard]] std::int64_t rows() const { return writer_.rows(); }
    /// The header's columns, patterns expanded.
    [[nodiscard]] const std::vector<std::string>& columns() const { return writer_.columns(); }

protected:
    DatasetExport(std::vector<std::string> columns, bool json)
        : writer_(std::move(columns), json) {}
    /// Appends the rows of the next few units with addRow; false when none are left.
    [[nodiscard]] virtual Result<bool> more(std::string& out) = 0;
    void addRow(std::span<const Cell> cells, std::string& out) { writer_.row(cells, out); }

private:
    TableWriter writer_;
    bool started_ = false;
    bool finished_ = false;
};

/// Reads the reference data, selects what the request names and prepares the document; fails
/// on an unreadable store.
[[nodiscard]] Result<std::unique_ptr<DatasetExport>> openExport(storage::Storage& store,
                                                                const ExportRequest& request);

/// Writes the whole export to out; returns the number of rows.
[[nodiscard]] Result<std::int64_t> exportDataset(storage::Storage& store,
                                                 const ExportRequest& request, std::ostream& out);

} // namespace custos::exports
