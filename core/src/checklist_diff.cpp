#include "custos/core/checklist_diff.h"

#include <map>
#include <set>
#include <sstream>

namespace custos {
namespace {

std::map<std::string, const ChecklistItem*> itemsByKey(const ChecklistTemplate& checklist) {
    std::map<std::string, const ChecklistItem*> items;
    for (const auto& section : checklist.sections)
        for (const auto& item : section.items)
            items[item.key] = &item;
    return items;
}

std::string describeChanges(const ChecklistItem& a, const ChecklistItem& b) {
    std::vector<std::string> what;
    if (a.type != b.type)
        what.push_back("type " + std::string(toString(a.type)) + " -> " +
                       std::string(toString(b.type)));
    if (a.unit != b.unit)
        what.push_back("unit '" + a.unit + "' -> '" + b.unit + "'");
    if (a.ruleRefs != b.ruleRefs)
        what.push_back("rule references");
    if (a.prompt != b.prompt)
        what.push_back("prompt");
    if (a.guidance != b.guidance)
        what.push_back("guidance");
    if (a.thresholds != b.thresholds)
        what.push_back("thresholds");
    if (a.choices != b.choices)
        what.push_back("choices");
    if (a.appliesIf != b.appliesIf)
        what.push_back("applicability");
    std::string joined;
    for (const auto& w : what)
        joined += (joined.empty() ? "" : ", ") + w;
    return joined;
}

} // namespace

ChecklistDiff diffChecklists(const ChecklistTemplate& older, const ChecklistTemplate& newer) {
    ChecklistDiff diff;
    const auto before = itemsByKey(older);
    const auto after = itemsByKey(newer);
    std::set<std::string> explainedOld;
    std::set<std::string> explainedNew;
    if (newer.migratesFrom) {
        for (const auto& [from, to] : newer.migratesFrom->renamed)
            if (before.count(from) && after.count(to)) {
                diff.renamed.emplace_back(from, to);
                explainedOld.insert(from);
                explainedNew.insert(to);
            }
        for (const auto& [from, targets] : newer.migratesFrom->split)
            if (before.count(from)) {
                for (const auto& to : targets) {
                    diff.renamed.emplace_back(from, to);
                    explainedNew.insert(to);
                }
                explainedOld.insert(from);
            }
    }
    for (const auto& [key, item] : after) {
        auto old = before.find(key);
        if (old == before.end()) {
            if (!explainedNew.count(key))
                diff.added.push_back(key);
        } else if (auto what = describeChanges(*old->second, *item); !what.empty()) {
            diff.changed.emplace_back(key, what);
        }
    }
    for (const auto& [key, item] : before)
        if (!after.count(key) && !explainedOld.count(key))
            diff.removed.push_back(key);
    return diff;
}

std::string formatDiff(const ChecklistDiff& diff) {
    std::ostringstream out;
    for (const auto& key : diff.added)
        out << "+ " << key << "\n";
    for (const auto& key : diff.removed)
        out << "- " << key << "\n";
    for (const auto& [from, to] : diff.renamed)
        out << "~ " << from << " -> " << to << "\n";
    for (const auto& [key, what] : diff.changed)
        out << "* " << key << ": " << what << "\n";
    return out.str();
}

} // namespace custos
