// The broken-checklist corpus: `custosctl checklist validate` must report every defect with the
// right file, line, column and sentence (tests/data/checklists/broken/*.expected).
#include "process.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace fs = std::filesystem;
using custos::testkit::readFile;
using custos::testkit::runCommand;

namespace {
const fs::path kCorpus = fs::path(CUSTOS_SOURCE_DIR) / "tests/data/checklists/broken";

std::vector<fs::path> corpus() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(kCorpus))
        if (entry.path().extension() == ".yaml")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}
} // namespace

TEST(ChecklistValidator, EveryBrokenFileReportsItsGoldenProblems) {
    const auto files = corpus();
    ASSERT_GE(files.size(), 8u);
    for (const auto& file : files) {
        SCOPED_TRACE(file.filename().string());
        // Run from the corpus folder so the reported file name is the bare name.
        const auto result = runCommand({"/bin/sh", "-c",
                                        "cd '" + kCorpus.string() +
                                            "' && '" CUSTOSCTL_PATH "' checklist validate '" +
                                            file.filename().string() + "'"});
        EXPECT_EQ(result.exitCode, 1) << "a broken file must fail validation";
        auto expected = file;
        expected.replace_extension(".expected");
        ASSERT_TRUE(fs::exists(expected));
        EXPECT_EQ(result.out, readFile(expected.string()));
        EXPECT_NE(result.err.find("problem(s) found"), std::string::npos);
    }
}

TEST(ChecklistValidator, ValidatesSeveralFilesAndReportsAllOfThem) {
    const auto result = runCommand({CUSTOSCTL_PATH, "checklist", "validate",
                                    (kCorpus / "unknown_field.yaml").string(),
                                    (kCorpus / "duplicate_key.yaml").string()});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.out.find("unknown_field.yaml:5:1:"), std::string::npos);
    EXPECT_NE(result.out.find("duplicate_key.yaml:14:14:"), std::string::npos);
}

TEST(ChecklistValidator, MissingFileIsAnErrorWithItsName) {
    const auto result = runCommand({CUSTOSCTL_PATH, "checklist", "validate", "/nonexistent.yaml"});
    EXPECT_NE(result.exitCode, 0);
}

TEST(ChecklistValidator, ShippedChecklistsValidate) {
    for (const auto* name : {"demo.yaml", "mandela-rules.yaml", "police-custody.yaml"}) {
        const auto path = fs::path(CUSTOS_SOURCE_DIR) / "checklists" / name;
        const auto result = runCommand({CUSTOSCTL_PATH, "checklist", "validate", path.string()});
        EXPECT_EQ(result.exitCode, 0) << name << "\n" << result.out;
        EXPECT_EQ(result.out, "") << name;
    }
}
