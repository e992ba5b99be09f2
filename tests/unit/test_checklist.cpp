#include "custos/core/checklist.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace custos;

namespace {
std::string demoYaml() {
    std::ifstream in(CUSTOS_DEMO_CHECKLIST);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}
} // namespace

TEST(Checklist, DemoChecklistLoadsInBothLanguages) {
    auto checklist = loadChecklistYaml(demoYaml());
    ASSERT_TRUE(checklist.ok()) << checklist.error().message;
    EXPECT_EQ(checklist->id, "demo");
    EXPECT_EQ(checklist->version, "1.0.0");
    EXPECT_EQ(checklist->sections.size(), 3u);
    EXPECT_EQ(checklist->itemCount(), 6u);
    for (const auto& section : checklist->sections)
        for (const auto& item : section.items) {
            EXPECT_FALSE(item.prompt.in("en").empty()) << item.key;
            EXPECT_FALSE(item.prompt.byLanguage.at("fr").empty()) << item.key;
            EXPECT_FALSE(item.guidance.in("fr").empty()) << item.key;
            EXPECT_FALSE(item.ruleRefs.empty()) << item.key;
        }
    const auto* item = checklist->findItem("ex.outdoor_hour");
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->ruleRefs, std::vector<int>{23});
}

TEST(Checklist, JsonRoundTripIsLossless) {
    auto checklist = loadChecklistYaml(demoYaml());
    ASSERT_TRUE(checklist.ok());
    auto back = checklistFromJson(checklistToJson(*checklist));
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(*back, *checklist);
}

TEST(Checklist, LocalizedTextFallsBackPerString) {
    LocalizedText text;
    text.byLanguage = {{"en", "Cell"}, {"fr", ""}};
    EXPECT_EQ(text.in("fr"), "Cell");
    EXPECT_EQ(text.in("ar"), "Cell");
    text.byLanguage = {{"fr", "Cellule"}};
    EXPECT_EQ(text.in("en"), "Cellule");
}

TEST(Checklist, FirstProblemBecomesTheLoadError) {
    const std::string yaml =
        "id: x\nversion: 1.0.0\ntitle: X\nsections:\n  - key: s\n    title: S\n    items:\n"
        "      - key: s.a\n        type: yes_no\n        rules: [200]\n"
        "        prompt: A?\n        guidance: Look.\n";
    auto checklist = loadChecklistYaml(yaml);
    ASSERT_FALSE(checklist.ok());
    EXPECT_EQ(checklist.error().message,
              "10:17: rule reference 200 is outside the Nelson Mandela Rules (1 to 122).");
}

TEST(Checklist, RejectsMalformedYaml) {
    auto broken = loadChecklistYaml("id: [unclosed\n");
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(loadChecklistYaml("just a string").ok());
}

TEST(Checklist, TextThatIsNotUtf8IsRefusedWithItsPlaceAndValidUtf8IsKept) {
    const std::string head = "id: enc\nversion: 1.0.0\ntitle: {en: \"";
    const std::string tail = "\"}\nsections: []\n";
    // Latin-1, a lone continuation byte, a truncated sequence, an overlong '/', a UTF-16
    // surrogate, a code point past U+10FFFF.
    for (const std::string& bad :
         {std::string("\xe9"), std::string("\x80"), std::string("\xe2\x82"),
          std::string("\xc0\xaf"), std::string("\xed\xa0\x80"), std::string("\xf4\x90\x80\x80")}) {
        auto parsed = loadChecklistYaml(head + "ab" + bad + "c" + tail);
        ASSERT_FALSE(parsed.ok());
        EXPECT_EQ(parsed.error().message.substr(0, 6), "3:16: ") << parsed.error().message;
        EXPECT_NE(parsed.error().message.find("not UTF-8"), std::string::npos);
    }
    // é, €, 😀 and Arabic are UTF-8: no encoding problem is reported for them.
    auto fine = parseChecklistYaml(head + "\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xd8\xb9" + tail);
    for (const auto& problem : fine.problems)
        EXPECT_EQ(problem.message.find("not UTF-8"), std::string::npos) << problem.message;
}
