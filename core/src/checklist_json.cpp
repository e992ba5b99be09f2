// Stored JSON form of checklist templates (client and server databases keep it as one value).
#include "custos/core/checklist.h"

#include <nlohmann/json.hpp>

namespace custos {
namespace {

using nlohmann::json;

json textToJson(const LocalizedText& text) { return json(text.byLanguage); }

LocalizedText textFromJson(const json& j) {
    LocalizedText text;
    if (j.is_object())
        text.byLanguage = j.get<std::map<std::string, std::string>>();
    return text;
}

} // namespace

std::string checklistToJson(const ChecklistTemplate& checklist) {
    json sections = json::array();
    for (const auto& section : checklist.sections) {
        json items = json::array();
        for (const auto& item : section.items) {
            items.push_back({{"key", item.key},
                             {"prompt", textToJson(item.prompt)},
                             {"guidance", textToJson(item.guidance)},
                             {"rules", item.ruleRefs},
                             {"type", std::string(toString(item.type))},
                             {"unit", item.unit}});
        }
        sections.push_back({{"key", section.key},
                            {"title", textToJson(section.title)},
                            {"rules", section.ruleRefs},
                            {"items", std::move(items)}});
    }
    json root = {{"id", checklist.id},
                 {"version", checklist.version},
                 {"title", textToJson(checklist.title)},
                 {"languages", checklist.languages},
                 {"sections", std::move(sections)}};
    return root.dump();
}

Result<ChecklistTemplate> checklistFromJson(const std::string& text) {
    try {
        const json root = json::parse(text);
        ChecklistTemplate checklist;
        checklist.id = root.at("id").get<std::string>();
        checklist.version = root.at("version").get<std::string>();
        checklist.title = textFromJson(root.value("title", json::object()));
        checklist.languages = root.value("languages", std::vector<std::string>{});
        for (const auto& s : root.at("sections")) {
            ChecklistSection section;
            section.key = s.at("key").get<std::string>();
            section.title = textFromJson(s.value("title", json::object()));
            section.ruleRefs = s.value("rules", std::vector<int>{});
            for (const auto& i : s.at("items")) {
                ChecklistItem item;
                item.key = i.at("key").get<std::string>();
                item.prompt = textFromJson(i.value("prompt", json::object()));
                item.guidance = textFromJson(i.value("guidance", json::object()));
                item.ruleRefs = i.value("rules", std::vector<int>{});
                auto type = enumFromString<ItemType>(i.value("type", std::string("yes_no")));
                if (!type)
                    return makeError(ErrorCode::Corrupt,
                                     "stored checklist has an unknown item type");
                item.type = *type;
                item.unit = i.value("unit", std::string{});
                section.items.push_back(std::move(item));
            }
            checklist.sections.push_back(std::move(section));
        }
        return checklist;
    } catch (const json::exception& e) {
        return makeError(ErrorCode::Corrupt,
                         std::string("stored checklist is not valid JSON: ") + e.what());
    }
}

} // namespace custos
