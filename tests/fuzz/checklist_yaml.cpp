// Fuzz target: the checklist YAML loader and validator (parseChecklistYaml, which
// `custosctl checklist validate` and `checklist publish` run on a file's text). A file that
// validates is also stored and read back as JSON and evaluated once, as the server and the
// tablet do with a published checklist.
#include "custos/core/checklist.h"
#include "custos/core/checklist_engine.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 256 * 1024) // custosctl refuses files over 16 MiB; keep inputs fast
        return -1;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const custos::ChecklistParse parse = custos::parseChecklistYaml(text);
    for (const auto& p : parse.problems) {
        // validate prints "file:line:column: sentence": every problem says something.
        if (p.line < 0 || p.column < 0 || p.message.empty())
            std::abort();
    }
    if (!parse.problems.empty())
        return 0;

    const std::string json = custos::checklistToJson(parse.checklist);
    auto back = custos::checklistFromJson(json);
    if (!back) // what was validated and published must read back
        std::abort();
    const custos::ChecklistEngine engine(std::move(back).value());
    const custos::FacilityProfile facility{};
    const custos::Answers answers{};
    (void)engine.flags(facility, answers, "en");
    (void)engine.progress(facility, answers);
    (void)engine.compliance(facility, answers);
    (void)engine.indicators(answers);
    (void)custos::planMigration(engine.checklist(), answers);
    return 0;
}
