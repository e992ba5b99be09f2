// `custosctl report` end to end: a seeded visit becomes a PDF whose extracted text (pdftotext)
// holds the facility, every finding and every recommendation, interview content only within its
// consent scope, and French headings in French. The PDF, its page count and PNGs of its first
// pages are kept in tests/tmp/visit-report/ for the closing note and for looking at.
#include "dossier_world.h"
#include "process.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

using namespace custos;

namespace {

const std::string kOutDir = CUSTOS_TEST_TMP "/visit-report";

/// pdftotext's words with whitespace collapsed and typographic ligatures undone, so a sentence
/// wrapped across lines or cells still matches.
std::string normalise(std::string text) {
    for (const auto& [from, to] :
         {std::pair{"\xEF\xAC\x80", "ff"}, std::pair{"\xEF\xAC\x81", "fi"},
          std::pair{"\xEF\xAC\x82", "fl"}, std::pair{"\xEF\xAC\x83", "ffi"},
          std::pair{"\xEF\xAC\x84", "ffl"}})
        for (std::size_t at; (at = text.find(from)) != std::string::npos;)
            text.replace(at, std::string_view(from).size(), to);
    // Qt breaks lines after a hyphen (as in "2025-05-12" or "REC-5E6F"): join them again.
    text = std::regex_replace(text, std::regex("-[ \\t]*\\n[ \\t]*"), "-");
    return std::regex_replace(text, std::regex("\\s+"), " ");
}

class VisitReportCli : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        // ctest runs each test in its own process, possibly in parallel: each has its own
        // store; only the kept artefacts (one file set per test) go to the shared kOutDir.
        workDir_ = new std::string(testkit::freshDir("report-cli"));
        dataDir_ = new std::string(*workDir_ + "/server");
        const auto init = testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", *dataDir_, "init",
                                               "--demo", "--checklist",
                                               CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml"});
        ASSERT_EQ(init.exitCode, 0) << init.err;
        world_ = new testkit::DossierWorld(testkit::seedDossierDataDir(*dataDir_));
        std::filesystem::create_directories(kOutDir);
    }
    static void TearDownTestSuite() {
        delete world_;
        delete dataDir_;
        delete workDir_;
    }

    /// Runs custosctl report and returns the PDF's text (empty on failure).
    static std::string report(const std::string& language, const std::string& pdf) {
        const auto run =
            testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", *dataDir_, "report", world_->visitId,
                                 "--language", language, "--out", pdf});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        EXPECT_EQ(testkit::readFile(pdf).substr(0, 5), "%PDF-");
        // -raw keeps the content stream's order: each table cell's text stays together.
        const auto text = testkit::runCommand({PDFTOTEXT_PATH, "-raw", "-enc", "UTF-8", pdf, "-"});
        EXPECT_EQ(text.exitCode, 0) << text.err;
        return normalise(text.out);
    }

    static int pages(const std::string& pdf) {
        const auto info = testkit::runCommand({PDFINFO_PATH, pdf});
        std::smatch match;
        return std::regex_search(info.out, match, std::regex("Pages:\\s+(\\d+)"))
                   ? std::stoi(match[1])
                   : 0;
    }

    static std::string *workDir_, *dataDir_;
    static testkit::DossierWorld* world_;
};
std::string* VisitReportCli::workDir_ = nullptr;
std::string* VisitReportCli::dataDir_ = nullptr;
testkit::DossierWorld* VisitReportCli::world_ = nullptr;

} // namespace

TEST_F(VisitReportCli, EnglishReportHoldsEveryFindingAndRecommendation) {
    const std::string pdf = kOutDir + "/visit-report-en.pdf";
    const std::string text = report("en", pdf);
    EXPECT_NE(text.find(world_->facilityName), std::string::npos);
    for (const auto& finding : world_->findingTexts)
        EXPECT_NE(text.find(finding), std::string::npos) << finding;
    for (const auto& recommendation : world_->recommendationTexts)
        EXPECT_NE(text.find(recommendation), std::string::npos) << recommendation;
    EXPECT_NE(text.find(world_->earlierRecommendationText), std::string::npos);
    EXPECT_NE(text.find(world_->earlierEvidence), std::string::npos);
    for (const char* heading :
         {"Executive summary", "The facility", "Changes since the last visit", "Findings by theme",
          "Good practices", "Annex A — Recommendations",
          "Annex B — Status of earlier recommendations", "Nelson Mandela Rules"})
        EXPECT_NE(text.find(heading), std::string::npos) << heading;

    const int count = pages(pdf);
    EXPECT_GE(count, 6) << "title page and one page per part at least";
    std::ofstream(kOutDir + "/pages-en.txt") << count << "\n";
    std::cout << "visit report (en): " << count << " pages, " << pdf << "\n";
    const auto png = testkit::runCommand({PDFTOPPM_PATH, "-png", "-r", "50", "-f", "1", "-l", "3",
                                          pdf, kOutDir + "/visit-report-en"});
    EXPECT_EQ(png.exitCode, 0) << png.err;
    EXPECT_TRUE(std::filesystem::exists(kOutDir + "/visit-report-en-1.png") ||
                std::filesystem::exists(kOutDir + "/visit-report-en-01.png"));
}

TEST_F(VisitReportCli, InterviewContentAppearsOnlyWithinItsConsentScope) {
    const std::string text = report("en", *workDir_ + "/visit-report-consent.pdf");
    EXPECT_NE(text.find(world_->authoritiesContent), std::string::npos);
    EXPECT_NE(text.find(world_->authoritiesCode), std::string::npos);
    // Consent None: nothing at all; Internal: that an interview exists, nothing of it.
    EXPECT_EQ(text.find("CONTENT-NONE-7F3A"), std::string::npos);
    EXPECT_EQ(text.find(world_->noneCode), std::string::npos);
    EXPECT_EQ(text.find("CONTENT-INTERNAL-9B2C"), std::string::npos);
    EXPECT_EQ(text.find(world_->internalCode), std::string::npos);
    EXPECT_NE(text.find("An interview (content confidential)."), std::string::npos);
}

TEST_F(VisitReportCli, FrenchReportHasFrenchHeadings) {
    const std::string pdf = kOutDir + "/visit-report-fr.pdf";
    const std::string text = report("fr", pdf);
    for (const char* heading :
         {"Rapport de visite", "Résumé", "L'établissement", "Évolution depuis la dernière visite",
          "Constats par thème", "Bonnes pratiques", "Annexe A — Recommandations",
          "Règles Nelson Mandela"})
        EXPECT_NE(text.find(heading), std::string::npos) << heading;
    EXPECT_EQ(text.find("Executive summary"), std::string::npos);
    EXPECT_NE(text.find("Visite standard"), std::string::npos) << "the checklist's French title";
    for (const auto& finding : world_->findingTexts)
        EXPECT_NE(text.find(finding), std::string::npos) << finding;
    EXPECT_EQ(text.find("CONTENT-INTERNAL-9B2C"), std::string::npos);
    std::ofstream(kOutDir + "/pages-fr.txt") << pages(pdf) << "\n";
    const auto png = testkit::runCommand({PDFTOPPM_PATH, "-png", "-r", "50", "-f", "1", "-l", "3",
                                          pdf, kOutDir + "/visit-report-fr"});
    EXPECT_EQ(png.exitCode, 0) << png.err;
}

TEST_F(VisitReportCli, UnknownVisitIsAPlainError) {
    const auto run = testkit::runCommand({CUSTOSCTL_PATH, "--data-dir", *dataDir_, "report",
                                          "01890000-0000-7000-8000-000000000000", "--out",
                                          *workDir_ + "/none.pdf"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.find("no visit"), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(*workDir_ + "/none.pdf"));
}
