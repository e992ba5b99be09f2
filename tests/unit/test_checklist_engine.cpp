#include "custos/core/checklist_engine.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

using namespace custos;

namespace {

const char* kChecklist = R"yaml(
id: engine-test
version: 1.0.0
title: Engine test
languages: [en]
indicators:
  - key: m2_per_person
    label: Space per person
    unit: m2
    formula: (acc.len * acc.wid - acc.san) / acc.occ
    thresholds:
      - op: ">="
        value: 4
        unit: m2
        when: {answer: {item: acc.occ, op: ">", value: 1}}
        severity: priority_concern
        source: CPT/Inf (2015) 44
        message: "{value} per person — below the CPT minimum of 4 m² in shared cells"
      - op: ">="
        value: 6
        unit: m2
        when: {answer: {item: acc.occ, op: "==", value: 1}}
        severity: priority_concern
        source: CPT/Inf (2015) 44
        message: "{value} in a single cell — below the CPT minimum of 6 m²"
sections:
  - key: acc
    title: Accommodation
    rules: [13]
    items:
      - {key: acc.len, type: number, unit: m, rules: [13], prompt: "Length?", guidance: Measure.}
      - {key: acc.wid, type: number, unit: m, rules: [13], prompt: "Width?", guidance: Measure.}
      - {key: acc.san, type: number, unit: m2, rules: [13], prompt: "Annex?", guidance: Measure.}
      - {key: acc.occ, type: count, rules: [13], prompt: "Occupants?", guidance: Count.}
      - key: acc.light
        type: yes_no
        rules: [14]
        prompt: Natural light?
        guidance: Look.
        thresholds:
          - {expect: [yes], severity: concern, source: Rule 14, message: Cells lack natural light}
  - key: ex
    title: Exercise
    rules: [23]
    items:
      - key: ex.outdoor
        type: duration
        unit: h
        rules: [23]
        prompt: Hours outdoors daily?
        guidance: Check the timetable.
        thresholds:
          - op: ">="
            value: 1
            unit: h
            severity: priority_concern
            source: Rule 23(1)
            message: "{value} outdoors a day — below the one hour Rule 23 requires"
  - key: wom
    title: Women
    rules: [28]
    applies_if: {population: [women]}
    items:
      - {key: wom.hygiene, type: yes_no, rules: [28], prompt: "Hygiene items?", guidance: Ask.}
  - key: disc
    title: Discipline
    rules: [44]
    items:
      - {key: disc.used, type: yes_no, rules: [44], prompt: "Isolation used?", guidance: Register.}
      - key: disc.longest
        type: duration
        unit: days
        rules: [44]
        prompt: Longest isolation?
        guidance: Register.
        applies_if: {answer: {item: disc.used, in: [yes, partial]}}
        thresholds:
          - op: "<="
            value: 15
            unit: days
            severity: urgent
            source: Rule 44
            message: "{value} in solitary confinement — prolonged (more than 15 days) and prohibited by Rule 43"
)yaml";

ChecklistEngine engine() {
    auto checklist = loadChecklistYaml(kChecklist);
    EXPECT_TRUE(checklist.ok()) << (checklist.ok() ? "" : checklist.error().message);
    return ChecklistEngine(*checklist);
}

const FacilityProfile kPrison{FacilityType::Prison, {}};

std::vector<std::string> messages(const std::vector<Flag>& flags) {
    std::vector<std::string> out;
    for (const auto& f : flags)
        out.push_back(f.message);
    return out;
}

} // namespace

TEST(ChecklistEngine, SpacePerPersonFlagReadsLikeASentence) {
    const auto e = engine();
    Answers a{{"acc.len", 3.1}, {"acc.wid", 2.0}, {"acc.san", 0.0}, {"acc.occ", std::int64_t{2}}};
    EXPECT_NEAR(e.indicators(a).at("m2_per_person"), 3.1, 1e-9);
    const auto flags = e.flags(kPrison, a, "en");
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].message,
              "3.1 m² per person — below the CPT minimum of 4 m² in shared cells");
    EXPECT_EQ(flags[0].source, "CPT/Inf (2015) 44");
    EXPECT_EQ(flags[0].sectionKey, "acc");
    EXPECT_TRUE(flags[0].indicator);
}

TEST(ChecklistEngine, SingleCellUsesTheSingleCellStandard) {
    const auto e = engine();
    Answers a{{"acc.len", 2.5}, {"acc.wid", 2.0}, {"acc.san", 0.0}, {"acc.occ", std::int64_t{1}}};
    EXPECT_EQ(messages(e.flags(kPrison, a, "en")),
              std::vector<std::string>{"5 m² in a single cell — below the CPT minimum of 6 m²"});
}

TEST(ChecklistEngine, ExactlyAtTheThresholdIsNotAFlag) {
    const auto e = engine();
    Answers a{{"acc.len", 4.0},      {"acc.wid", 2.0},
              {"acc.san", 0.0},      {"acc.occ", std::int64_t{2}},
              {"ex.outdoor", 1.0},   {"disc.used", AnswerCode::Yes},
              {"disc.longest", 15.0}};
    EXPECT_TRUE(e.flags(kPrison, a, "en").empty());
    a["disc.longest"] = 15.5;
    const auto flags = e.flags(kPrison, a, "en");
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].severity, Severity::Urgent);
    EXPECT_EQ(flags[0].message, "15.5 days in solitary confinement — prolonged (more than 15 days) "
                                "and prohibited by Rule 43");
}

TEST(ChecklistEngine, MissingInputsRaiseNoFlag) {
    const auto e = engine();
    Answers a{{"acc.len", 1.0}, {"acc.wid", 1.0}}; // occupants not counted yet
    EXPECT_TRUE(e.indicators(a).empty());
    EXPECT_TRUE(e.flags(kPrison, a, "en").empty());
}

TEST(ChecklistEngine, NotApplicableAndNotVerifiedDoNotBreachAStandard) {
    const auto e = engine();
    for (auto code : {AnswerCode::NotApplicable, AnswerCode::NotVerified})
        EXPECT_TRUE(e.flags(kPrison, {{"acc.light", code}}, "en").empty());
    for (auto code : {AnswerCode::No, AnswerCode::Partial})
        EXPECT_EQ(messages(e.flags(kPrison, {{"acc.light", code}}, "en")),
                  std::vector<std::string>{"Cells lack natural light"});
}

TEST(ChecklistEngine, ApplicabilityFollowsPopulationAndAnswers) {
    const auto e = engine();
    const auto& women = e.checklist().sections[2];
    const auto& disc = e.checklist().sections[3];
    EXPECT_FALSE(e.applies(women, women.items[0], kPrison, {}));
    EXPECT_TRUE(e.applies(women, women.items[0], {FacilityType::Prison, {"women"}}, {}));
    EXPECT_TRUE(e.applies(disc, disc.items[1], kPrison, {})) << "unanswered: still shown";
    EXPECT_FALSE(e.applies(disc, disc.items[1], kPrison, {{"disc.used", AnswerCode::No}}));
    EXPECT_TRUE(e.applies(disc, disc.items[1], kPrison, {{"disc.used", AnswerCode::Partial}}));
}

TEST(ChecklistEngine, ProgressCountsOnlyApplicableItems) {
    const auto e = engine();
    const auto progress = e.progress(kPrison, {{"disc.used", AnswerCode::No}, {"ex.outdoor", 0.5}});
    ASSERT_EQ(progress.size(), 4u);
    EXPECT_EQ(progress[2].applicable, 0) << "no women held";
    EXPECT_EQ(progress[3].applicable, 1) << "longest isolation does not apply";
    EXPECT_EQ(progress[3].answered, 1);
    EXPECT_EQ(progress[1].flags, 1);
}

TEST(ChecklistEngine, ComplianceFollowsTheDocumentedMethod) {
    const auto e = engine();
    Answers a{{"acc.len", 3.0},
              {"acc.wid", 3.0},
              {"acc.san", 0.0},
              {"acc.occ", std::int64_t{2}},
              {"acc.light", AnswerCode::Yes},
              {"ex.outdoor", 2.0},
              {"disc.used", AnswerCode::Yes},
              {"disc.longest", 30.0}};
    const auto c = e.compliance(kPrison, a);
    ASSERT_EQ(c.size(), 4u);
    EXPECT_EQ(c[0].result, Compliance::Compliant) << "4.5 m² per person and natural light";
    EXPECT_EQ(c[0].standardsAssessed, 2);
    EXPECT_EQ(c[1].result, Compliance::Compliant);
    EXPECT_EQ(c[2].result, Compliance::NotAssessed) << "nothing applicable";
    EXPECT_EQ(c[3].result, Compliance::NonCompliant) << "an urgent flag decides";
    a["acc.light"] = AnswerCode::No;
    EXPECT_EQ(e.compliance(kPrison, a)[0].result, Compliance::PartiallyCompliant);
    EXPECT_EQ(e.compliance(kPrison, {{"acc.light", AnswerCode::Yes}})[0].result,
              Compliance::NotAssessed)
        << "too little of the theme answered";
}

RC_GTEST_PROP(ChecklistEngineProperty, OutdoorThresholdFlagsExactlyBelowOneHour, (int minutes)) {
    static const auto e = engine();
    const double hours = (minutes % 600) / 60.0;
    const auto flags = e.flags(kPrison, {{"ex.outdoor", std::fabs(hours)}}, "en");
    RC_ASSERT(flags.size() == (std::fabs(hours) < 1.0 ? 1u : 0u));
}

RC_GTEST_PROP(ChecklistEngineProperty, SharedCellFlagIffBelowFourSquareMetres,
              (unsigned lengthDm, unsigned widthDm, unsigned occupants)) {
    static const auto e = engine();
    const double length = 10 + lengthDm % 100;
    const double width = 10 + widthDm % 100;
    const auto n = static_cast<std::int64_t>(2 + occupants % 20);
    Answers a{{"acc.len", length / 10}, {"acc.wid", width / 10}, {"acc.san", 0.0}, {"acc.occ", n}};
    const double perPerson = (length / 10) * (width / 10) / static_cast<double>(n);
    const auto flags = e.flags(kPrison, a, "en");
    RC_ASSERT(flags.size() == (perPerson < 4.0 - 1e-9 ? 1u : 0u));
}

TEST(ChecklistEngine, AThresholdConditionOnAnUnansweredItemRaisesNoFlag) {
    const auto e = engine();
    // Space per person with occupants answered applies; without, neither threshold's `when`
    // can be established, so neither fires (the indicator has no value either).
    Answers a{{"acc.len", 1.0}, {"acc.wid", 1.0}, {"acc.san", 0.0}};
    EXPECT_TRUE(e.flags(kPrison, a, "en").empty());
}

TEST(ChecklistEngine, FrenchMessagesUseFrenchUnits) {
    auto checklist = loadChecklistYaml(R"yaml(
id: fr
version: 1.0.0
title: {en: T, fr: T}
languages: [en, fr]
sections:
  - key: disc
    title: {en: D, fr: D}
    items:
      - key: disc.longest
        type: duration
        unit: days
        rules: [44]
        prompt: {en: Longest, fr: Plus long}
        guidance: {en: Register, fr: Registre}
        thresholds:
          - op: "<="
            value: 15
            unit: days
            severity: urgent
            source: Rule 44
            message: {en: "{value} in isolation", fr: "{value} à l'isolement"}
)yaml");
    ASSERT_TRUE(checklist.ok());
    const ChecklistEngine e(*checklist);
    Answers a{{"disc.longest", 20.0}};
    EXPECT_EQ(e.flags(kPrison, a, "fr").front().message, "20 jours à l'isolement");
    EXPECT_EQ(e.flags(kPrison, a, "en").front().message, "20 days in isolation");
}

TEST(ChecklistEngine, FormatsValuesWithUnits) {
    EXPECT_EQ(formatWithUnit(3.14159, "m2"), "3.1 m²");
    EXPECT_EQ(formatWithUnit(104.0, "%"), "104%");
    EXPECT_EQ(formatWithUnit(12, "h"), "12 h");
    EXPECT_EQ(formatWithUnit(0.04, ""), "0");
}
