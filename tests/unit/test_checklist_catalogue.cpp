// The shipped catalogue: complete, bilingual, and keyed to the right Mandela Rules.
#include "custos/core/checklist.h"
#include "custos/core/checklist_engine.h"
#include "custos/core/formula.h"

#include "process.h"

#include <gtest/gtest.h>

#include <set>

using namespace custos;

namespace {

/// The themes of the Nelson Mandela Rules (2015 numbering), from shared/domain.md.
struct Theme {
    int first, last;
    const char* name;
};
const std::vector<Theme> kPartOne{{1, 5, "basic principles"},
                                  {6, 10, "prisoner file management"},
                                  {11, 11, "separation"},
                                  {12, 17, "accommodation"},
                                  {18, 18, "personal hygiene"},
                                  {19, 21, "clothing and bedding"},
                                  {22, 22, "food"},
                                  {23, 23, "exercise"},
                                  {24, 35, "health care"},
                                  {36, 46, "discipline and sanctions"},
                                  {47, 49, "restraint"},
                                  {50, 53, "searches"},
                                  {54, 57, "information and complaints"},
                                  {58, 63, "contact with the outside world"},
                                  {64, 64, "books"},
                                  {65, 66, "religion"},
                                  {67, 67, "property"},
                                  {68, 70, "notifications"},
                                  {71, 72, "investigations"},
                                  {73, 73, "removal"},
                                  {74, 82, "personnel"},
                                  {83, 85, "inspections"}};
const std::vector<Theme> kPartTwo{{86, 108, "sentenced"},
                                  {109, 110, "mental disabilities"},
                                  {111, 120, "pre-trial"},
                                  {121, 121, "civil"},
                                  {122, 122, "without charge"}};

const Theme* themeOf(int rule) {
    for (const auto* themes : {&kPartOne, &kPartTwo})
        for (const auto& t : *themes)
            if (rule >= t.first && rule <= t.last)
                return &t;
    return nullptr;
}

ChecklistTemplate loadShipped(const std::string& name) {
    const auto text = testkit::readFile(std::string(CUSTOS_SOURCE_DIR) + "/checklists/" + name);
    auto parse = parseChecklistYaml(text);
    for (const auto& p : parse.problems)
        ADD_FAILURE() << name << ":" << p.line << ":" << p.column << ": " << p.message;
    return parse.checklist;
}

void expectWellFormedItems(const ChecklistTemplate& checklist) {
    std::set<std::string> languages(checklist.languages.begin(), checklist.languages.end());
    EXPECT_TRUE(languages.count("en") && languages.count("fr"));
    for (const auto& section : checklist.sections) {
        // The themes a section covers are those of the rules it names.
        std::set<const Theme*> themes;
        for (int rule : section.ruleRefs)
            themes.insert(themeOf(rule));
        for (const auto& item : section.items) {
            SCOPED_TRACE(item.key);
            for (const char* language : {"en", "fr"}) {
                const auto prompt = item.prompt.byLanguage.find(language);
                const auto guidance = item.guidance.byLanguage.find(language);
                ASSERT_NE(prompt, item.prompt.byLanguage.end()) << language;
                ASSERT_NE(guidance, item.guidance.byLanguage.end()) << language;
                EXPECT_FALSE(prompt->second.empty()) << language;
                EXPECT_GE(guidance->second.size(), 30u)
                    << "guidance in " << language << " must say what to look at";
            }
            ASSERT_FALSE(item.ruleRefs.empty());
            for (int rule : item.ruleRefs) {
                ASSERT_NE(themeOf(rule), nullptr) << rule;
                EXPECT_TRUE(themes.count(themeOf(rule)))
                    << "rule " << rule << " (" << themeOf(rule)->name
                    << ") is outside the themes of section " << section.key;
            }
            for (const auto& t : item.thresholds)
                EXPECT_FALSE(t.source.empty()) << "every threshold names its standard";
        }
    }
}

} // namespace

TEST(Catalogue, MandelaRulesCoversEveryPartOneThemeWithAtLeast150Items) {
    const auto checklist = loadShipped("mandela-rules.yaml");
    EXPECT_EQ(checklist.id, "mandela-rules");
    EXPECT_GE(checklist.itemCount(), 150u);
    std::map<const Theme*, int> itemsPerTheme;
    for (const auto& section : checklist.sections)
        for (const auto& item : section.items)
            for (int rule : item.ruleRefs)
                if (const auto* theme = themeOf(rule))
                    ++itemsPerTheme[theme];
    for (const auto& theme : kPartOne)
        EXPECT_GT(itemsPerTheme[&theme], 0) << "no item checks " << theme.name;
    for (const auto& theme : kPartTwo)
        EXPECT_GT(itemsPerTheme[&theme], 0) << "no item checks " << theme.name;
    expectWellFormedItems(checklist);
}

TEST(Catalogue, MandelaRulesUsesEveryItemTypeAndDeclaresTheIndicators) {
    const auto checklist = loadShipped("mandela-rules.yaml");
    std::set<ItemType> types;
    for (const auto& section : checklist.sections)
        for (const auto& item : section.items)
            types.insert(item.type);
    EXPECT_EQ(types.size(), 9u) << "every item type appears";
    std::set<std::string> indicators;
    for (const auto& indicator : checklist.indicators)
        indicators.insert(indicator.key);
    for (const char* key : {"occupancy_pct", "m2_per_person", "detainees_per_toilet",
                            "hours_out_of_cell", "longest_isolation_days"})
        EXPECT_TRUE(indicators.count(key)) << key;
}

TEST(Catalogue, MandelaRulesFlagsTheStandardsOfTheDomain) {
    const ChecklistEngine engine(loadShipped("mandela-rules.yaml"));
    // Find the inputs of the space indicator and feed them a crowded cell: 3 x 2 m, 2 people.
    const auto& indicators = engine.checklist().indicators;
    auto space = std::find_if(indicators.begin(), indicators.end(),
                              [](const Indicator& i) { return i.key == "m2_per_person"; });
    ASSERT_NE(space, indicators.end());
    auto formula = Formula::parse(space->formula);
    ASSERT_TRUE(formula.ok());
    Answers answers;
    for (const auto& key : formula->keys()) {
        if (key.find("length") != std::string::npos)
            answers[key] = 3.0;
        else if (key.find("width") != std::string::npos)
            answers[key] = 2.0;
        else if (key.find("occupant") != std::string::npos)
            answers[key] = std::int64_t{2};
        else
            answers[key] = 0.0;
    }
    const auto values = engine.indicators(answers);
    ASSERT_TRUE(values.count("m2_per_person"));
    EXPECT_NEAR(values.at("m2_per_person"), 3.0, 1e-9);
    bool flagged = false;
    for (const auto& flag : engine.flags({FacilityType::Prison, {}}, answers, "en"))
        if (flag.key == "m2_per_person") {
            flagged = true;
            EXPECT_NE(flag.message.find("3 m²"), std::string::npos) << flag.message;
            EXPECT_NE(flag.source.find("CPT"), std::string::npos);
        }
    EXPECT_TRUE(flagged);
}

TEST(Catalogue, PoliceCustodyCoversTheFundamentalSafeguards) {
    const auto checklist = loadShipped("police-custody.yaml");
    EXPECT_EQ(checklist.id, "police-custody");
    EXPECT_GE(checklist.itemCount(), 40u);
    expectWellFormedItems(checklist);
    std::string allPrompts;
    for (const auto& section : checklist.sections)
        for (const auto& item : section.items)
            allPrompts += item.prompt.in("en") + "\n";
    for (const char* safeguard : {"lawyer", "doctor", "rights", "record"})
        EXPECT_NE(allPrompts.find(safeguard), std::string::npos) << safeguard;
}
