// docs/EXPORTS.md is the analysts' data dictionary; the column lists in server/export are the
// single source of the headers. They must say the same, column for column, in order.
#include "export_dictionary.h"

#include "custos/export/dataset_export.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace custos;

TEST(ExportDictionary, DocumentsEveryDatasetsColumnsInTheCodesOrder) {
    const auto dictionary = testkit::readDictionary();
    std::set<std::string> documented;
    for (const auto& [name, columns] : dictionary)
        documented.insert(name);
    std::set<std::string> datasets;
    for (auto d :
         {exports::Dataset::Answers, exports::Dataset::Indicators, exports::Dataset::Findings,
          exports::Dataset::Recommendations, exports::Dataset::FacilityFigures}) {
        const std::string name(exports::toString(d));
        datasets.insert(name);
        ASSERT_TRUE(dictionary.count(name)) << "docs/EXPORTS.md has no table for " << name;
        std::vector<std::string> names;
        for (const auto& column : dictionary.at(name))
            names.push_back(column.name);
        EXPECT_EQ(names, exports::datasetColumns(d, true)) << name;
        EXPECT_TRUE(exports::datasetFromString(name) == d) << name;
    }
    EXPECT_EQ(documented, datasets) << "a table for a dataset the code does not export";
}

TEST(ExportDictionary, EveryColumnHasATypeFormatMeaningMissingAndSuppressionRule) {
    const std::set<std::string> types{"text",      "enum",    "id",     "date",
                                      "date-time", "integer", "number", "boolean"};
    for (const auto& [dataset, columns] : testkit::readDictionary())
        for (const auto& column : columns) {
            EXPECT_EQ(column.cells, 6) << dataset << "." << column.name;
            EXPECT_TRUE(types.count(column.type))
                << dataset << "." << column.name << ": unknown type '" << column.type << "'";
            EXPECT_FALSE(column.missing.empty()) << dataset << "." << column.name;
            EXPECT_FALSE(column.suppression.empty()) << dataset << "." << column.name;
        }
}

TEST(ExportDictionary, InterviewDerivedCountsAreDocumentedAsSuppressedWithAFlagColumn) {
    const auto dictionary = testkit::readDictionary();
    for (const auto& [dataset, column] :
         {std::pair{"facility_figures", "interviews"}, std::pair{"facility_figures", "allegations"},
          std::pair{"facility_figures", "reprisal_risks"},
          std::pair{"findings", "supporting_interviews"}}) {
        const auto& columns = dictionary.at(dataset);
        auto at = [&](const std::string& name) {
            return std::find_if(columns.begin(), columns.end(),
                                [&](const auto& c) { return c.name == name; });
        };
        ASSERT_NE(at(column), columns.end()) << column;
        EXPECT_NE(at(column)->suppression.find("0 < count < k"), std::string::npos) << column;
        ASSERT_NE(at(std::string(column) + "_suppressed"), columns.end()) << column;
        EXPECT_EQ(at(std::string(column) + "_suppressed")->type, "boolean");
    }
}
