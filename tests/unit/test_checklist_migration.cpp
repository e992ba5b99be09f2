#include "custos/core/checklist_diff.h"
#include "custos/core/checklist_engine.h"

#include <gtest/gtest.h>

using namespace custos;

namespace {

std::string item(const std::string& key, const std::string& type = "yes_no") {
    return "      - {key: " + key + ", type: " + type + ", rules: [13], prompt: \"Q " + key +
           "\", guidance: G}\n";
}

ChecklistTemplate load(const std::string& yaml) {
    auto checklist = loadChecklistYaml(yaml);
    EXPECT_TRUE(checklist.ok()) << (checklist.ok() ? "" : checklist.error().message);
    return checklist.ok() ? *checklist : ChecklistTemplate{};
}

const std::string kV1 = "id: m\nversion: 1.0.0\ntitle: M\nsections:\n  - key: acc\n    title: A\n"
                        "    items:\n" +
                        item("acc.light") + item("acc.size", "text") + item("acc.carpet") +
                        item("acc.air") + item("acc.heat") + item("acc.keep");

const std::string kV2 = "id: m\nversion: 2.0.0\ntitle: M\nmigrates_from:\n  version: 1.0.0\n"
                        "  renamed: {acc.light: acc.natural_light}\n"
                        "  split: {acc.size: [acc.length, acc.width]}\n"
                        "  merged: {acc.climate: [acc.air, acc.heat]}\n"
                        "  removed: [acc.carpet]\n"
                        "sections:\n  - key: acc\n    title: A\n    items:\n" +
                        item("acc.natural_light") + item("acc.length", "text") +
                        item("acc.width", "text") + item("acc.climate") + item("acc.keep") +
                        item("acc.new");

} // namespace

TEST(ChecklistMigration, NoAnswerIsLostAcrossRenameSplitMergeAndRemoval) {
    const auto v2 = load(kV2);
    const Answers old{{"acc.light", AnswerCode::No},   {"acc.size", std::string("3 x 2 m")},
                      {"acc.carpet", AnswerCode::Yes}, {"acc.air", AnswerCode::Partial},
                      {"acc.heat", AnswerCode::Yes},   {"acc.keep", AnswerCode::NotVerified}};
    const auto plan = planMigration(v2, old);
    EXPECT_EQ(plan.carried.at("acc.natural_light"), AnswerValue{AnswerCode::No});
    EXPECT_EQ(plan.carried.at("acc.length"), AnswerValue{std::string("3 x 2 m")});
    EXPECT_EQ(plan.carried.at("acc.keep"), AnswerValue{AnswerCode::NotVerified});
    EXPECT_EQ(plan.carried.count("acc.climate"), 0u) << "two old answers cannot become one";

    // Every old answer is either carried under its new key or kept as an earlier answer.
    std::set<std::string> accounted;
    for (const auto& e : plan.earlier)
        accounted.insert(e.oldKey);
    for (const char* key : {"acc.light", "acc.keep"})
        EXPECT_EQ(accounted.count(key), 0u) << key;
    for (const char* key : {"acc.size", "acc.carpet", "acc.air", "acc.heat"})
        EXPECT_EQ(accounted.count(key), 1u) << key << " must stay visible as an earlier answer";
    for (const auto& e : plan.earlier) {
        EXPECT_EQ(e.value, old.at(e.oldKey));
        if (e.oldKey == "acc.air") {
            EXPECT_EQ(e.relatedKeys, std::vector<std::string>{"acc.climate"});
        }
        if (e.oldKey == "acc.size") {
            EXPECT_EQ(e.relatedKeys, (std::vector<std::string>{"acc.length", "acc.width"}));
        }
    }
}

TEST(ChecklistMigration, DiffReportsRenamesAsRenames) {
    const auto diff = diffChecklists(load(kV1), load(kV2));
    EXPECT_EQ(formatDiff(diff), "+ acc.climate\n"
                                "+ acc.new\n"
                                "- acc.air\n"
                                "- acc.carpet\n"
                                "- acc.heat\n"
                                "~ acc.light -> acc.natural_light\n"
                                "~ acc.size -> acc.length\n"
                                "~ acc.size -> acc.width\n");
}

TEST(ChecklistMigration, DiffReportsChangedItems) {
    auto v1 = load(kV1);
    auto changed = v1;
    changed.version = "1.0.1";
    changed.sections[0].items[0].ruleRefs = {14};
    changed.sections[0].items[1].type = ItemType::Number;
    changed.sections[0].items[1].unit = "m2";
    const auto diff = diffChecklists(v1, changed);
    EXPECT_EQ(formatDiff(diff), "* acc.light: rule references\n"
                                "* acc.size: type text -> number, unit '' -> 'm2'\n");
}

TEST(ChecklistMigration, MigrationMustPointAtItemsOfTheNewVersion) {
    auto parse = parseChecklistYaml(
        "id: m\nversion: 2.0.0\ntitle: M\nmigrates_from:\n  version: 1.0.0\n"
        "  renamed: {acc.light: acc.lamp}\nsections:\n  - key: acc\n    title: A\n    items:\n" +
        item("acc.natural_light"));
    ASSERT_EQ(parse.problems.size(), 1u);
    EXPECT_EQ(parse.problems[0].message,
              "migration maps to 'acc.lamp', which is not an item of this version.");
}
