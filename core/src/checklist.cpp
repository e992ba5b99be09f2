#include "custos/core/checklist.h"

namespace custos {

std::string LocalizedText::in(const std::string& language, const std::string& fallback) const {
    if (auto it = byLanguage.find(language); it != byLanguage.end() && !it->second.empty())
        return it->second;
    if (auto it = byLanguage.find(fallback); it != byLanguage.end() && !it->second.empty())
        return it->second;
    for (const auto& [lang, text] : byLanguage)
        if (!text.empty())
            return text;
    return {};
}

const ChecklistItem* ChecklistTemplate::findItem(const std::string& key) const {
    for (const auto& section : sections)
        for (const auto& item : section.items)
            if (item.key == key)
                return &item;
    return nullptr;
}

std::size_t ChecklistTemplate::itemCount() const {
    std::size_t count = 0;
    for (const auto& section : sections)
        count += section.items.size();
    return count;
}

} // namespace custos
