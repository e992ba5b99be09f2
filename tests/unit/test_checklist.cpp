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

TEST(Checklist, InvisibleControlCharactersAreRefusedWithTheirPlaceAndCode) {
    const std::string head = "id: ctl\nversion: 1.0.0\ntitle: {en: \"";
    const std::string tail = "\"}\nsections: []\n";
    // NUL (which yaml-cpp turned into a byte that is not UTF-8, found by the fuzzer), SYN,
    // vertical tab, DEL and the C1 controls NEL and APC, as UTF-8.
    const std::pair<std::string, std::string> controls[] = {{std::string(1, '\0'), "U+0000"},
                                                            {"\x16", "U+0016"},
                                                            {"\x0b", "U+000B"},
                                                            {"\x7f", "U+007F"},
                                                            {"\xc2\x85", "U+0085"},
                                                            {"\xc2\x9f", "U+009F"}};
    for (const auto& [control, code] : controls) {
        auto parsed = loadChecklistYaml(head + "ab" + control + "c" + tail);
        ASSERT_FALSE(parsed.ok()) << code;
        EXPECT_EQ(parsed.error().message,
                  "3:16: this holds the invisible control character " + code +
                      "; delete it (it often comes with text pasted from another program).");
    }
    // Tabs and Windows line ends are ordinary text; U+00A0 (no-break space) is not a control.
    auto fine = parseChecklistYaml("id: ctl\r\nversion: 1.0.0\r\ntitle: {en: \"a\tb\xc2\xa0"
                                   "c\"}\r\n");
    for (const auto& problem : fine.problems)
        EXPECT_EQ(problem.message.find("control character"), std::string::npos) << problem.message;
}

TEST(Checklist, HugeKeysIdsAndVersionsAreProblemsQuotedShortNotCrashes) {
    // std::regex recursed once per character here and overflowed the stack (fuzzer finding).
    const std::string digits(200000, '9');
    const std::string letters(200000, 'a');
    auto parsed = parseChecklistYaml("id: " + letters + "\nversion: " + digits + ".0.0\n" +
                                     "title: {en: Big}\nlanguages: [en]\nsections:\n"
                                     "  - key: " +
                                     letters +
                                     "\n    title: {en: S}\n    items:\n"
                                     "      - {key: s." +
                                     letters +
                                     ", type: yes_no, rules: [1], "
                                     "prompt: {en: Q}, guidance: {en: G}}\n");
    std::vector<std::string> found;
    for (const auto& problem : parsed.problems) {
        EXPECT_LT(problem.message.size(), 200u) << "a long value is quoted cut short";
        found.push_back(std::to_string(problem.line) + ":" + problem.message.substr(0, 20));
    }
    EXPECT_EQ(found,
              (std::vector<std::string>{"1:the checklist id may", "2:version '99999999999",
                                        "6:section key 'aaaaaaa", "9:item key 's.aaaaaaaa"}));
    // The limits themselves: 64 characters is a key, 65 is not; 1.2.3 style only.
    const auto problemsFor = [](const std::string& key, const std::string& version) {
        return parseChecklistYaml("id: k\nversion: " + version +
                                  "\ntitle: {en: K}\nlanguages: [en]\nsections:\n  - key: " + key +
                                  "\n    title: {en: S}\n    items:\n      - {key: s.a, "
                                  "type: yes_no, rules: [1], prompt: {en: Q}, guidance: "
                                  "{en: G}}\n")
            .problems.size();
    };
    EXPECT_EQ(problemsFor(std::string(64, 'k'), "10.20.30"), 0u);
    EXPECT_EQ(problemsFor(std::string(65, 'k'), "10.20.30"), 1u);
    for (const char* version : {"1.2", "1.2.3.4", "1..3", ".1.2", "1.2.", "1.2.x"})
        EXPECT_EQ(problemsFor("k", version), 1u) << version;
}
