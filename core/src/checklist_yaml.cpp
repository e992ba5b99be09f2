// YAML authoring form of checklist templates. The full validator (every problem, with
// file:line:column) belongs to the checklist engine; this loader stops at the first problem.
#include "custos/core/checklist.h"

#include <yaml-cpp/yaml.h>

#include <set>

namespace custos {
namespace {

Error problemAt(const YAML::Node& node, const std::string& sentence) {
    const auto mark = node.Mark();
    return makeError(ErrorCode::InvalidArgument, std::to_string(mark.line + 1) + ":" +
                                                     std::to_string(mark.column + 1) + ": " +
                                                     sentence);
}

Result<LocalizedText> readText(const YAML::Node& node, const std::string& what) {
    LocalizedText text;
    if (!node)
        return text;
    if (node.IsScalar()) {
        text.byLanguage["en"] = node.as<std::string>();
        return text;
    }
    if (!node.IsMap())
        return problemAt(node, what + " must be a text or a map of language to text.");
    for (const auto& entry : node)
        text.byLanguage[entry.first.as<std::string>()] = entry.second.as<std::string>();
    return text;
}

Result<std::vector<int>> readRules(const YAML::Node& node) {
    std::vector<int> rules;
    if (!node)
        return rules;
    if (!node.IsSequence())
        return problemAt(node, "rules must be a list of Mandela Rule numbers.");
    for (const auto& entry : node) {
        int rule = 0;
        if (!YAML::convert<int>::decode(entry, rule) || rule < 1 || rule > 122)
            return problemAt(entry, "rule reference must be a number from 1 to 122.");
        rules.push_back(rule);
    }
    return rules;
}

std::string scalarOr(const YAML::Node& node, const std::string& fallback = {}) {
    return node && node.IsScalar() ? node.as<std::string>() : fallback;
}

Result<ChecklistItem> readItem(const YAML::Node& node, std::set<std::string>& keys) {
    ChecklistItem item;
    item.key = scalarOr(node["key"]);
    if (item.key.empty())
        return problemAt(node, "item has no key.");
    if (!keys.insert(item.key).second)
        return problemAt(node["key"], "duplicate item key '" + item.key + "'.");
    auto type = enumFromString<ItemType>(scalarOr(node["type"], "yes_no"));
    if (!type)
        return problemAt(node["type"], "unknown item type '" + scalarOr(node["type"]) + "'.");
    item.type = *type;
    auto prompt = readText(node["prompt"], "prompt");
    if (!prompt)
        return prompt.error();
    item.prompt = std::move(prompt.value());
    auto guidance = readText(node["guidance"], "guidance");
    if (!guidance)
        return guidance.error();
    item.guidance = std::move(guidance.value());
    auto rules = readRules(node["rules"]);
    if (!rules)
        return rules.error();
    item.ruleRefs = std::move(rules.value());
    item.unit = scalarOr(node["unit"]);
    return item;
}

Result<ChecklistTemplate> readTemplate(const YAML::Node& root) {
    if (!root.IsMap())
        return problemAt(root, "a checklist file must be a map with id, version and sections.");
    ChecklistTemplate checklist;
    checklist.id = scalarOr(root["id"]);
    checklist.version = scalarOr(root["version"]);
    if (checklist.id.empty() || checklist.version.empty())
        return problemAt(root, "a checklist needs an id and a version.");
    auto title = readText(root["title"], "title");
    if (!title)
        return title.error();
    checklist.title = std::move(title.value());
    if (const auto languages = root["languages"]; languages && languages.IsSequence())
        for (const auto& language : languages)
            checklist.languages.push_back(language.as<std::string>());
    if (checklist.languages.empty())
        checklist.languages = {"en"};

    const auto sections = root["sections"];
    if (!sections || !sections.IsSequence() || sections.size() == 0)
        return problemAt(root, "a checklist needs a non-empty list of sections.");
    std::set<std::string> keys;
    for (const auto& sectionNode : sections) {
        ChecklistSection section;
        section.key = scalarOr(sectionNode["key"]);
        if (section.key.empty())
            return problemAt(sectionNode, "section has no key.");
        auto sectionTitle = readText(sectionNode["title"], "title");
        if (!sectionTitle)
            return sectionTitle.error();
        section.title = std::move(sectionTitle.value());
        auto rules = readRules(sectionNode["rules"]);
        if (!rules)
            return rules.error();
        section.ruleRefs = std::move(rules.value());
        const auto items = sectionNode["items"];
        if (!items || !items.IsSequence())
            return problemAt(sectionNode, "section '" + section.key + "' has no list of items.");
        for (const auto& itemNode : items) {
            auto item = readItem(itemNode, keys);
            if (!item)
                return item.error();
            section.items.push_back(std::move(item.value()));
        }
        checklist.sections.push_back(std::move(section));
    }
    return checklist;
}

} // namespace

Result<ChecklistTemplate> loadChecklistYaml(const std::string& yamlText) {
    try {
        return readTemplate(YAML::Load(yamlText));
    } catch (const YAML::Exception& e) {
        return makeError(ErrorCode::InvalidArgument, std::to_string(e.mark.line + 1) + ":" +
                                                         std::to_string(e.mark.column + 1) +
                                                         ": " + e.msg);
    }
}

} // namespace custos
