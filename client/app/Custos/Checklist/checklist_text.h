#pragma once
// Small text helpers shared by the checklist model's files.

#include "checklist_model.h"

#include <QStringList>

#include <string>
#include <vector>

namespace custos::app::checklist_text {

/// "Rule 14" or "Rules 14, 15" (translated).
inline QString rulesText(const std::vector<int>& rules) {
    if (rules.empty())
        return {};
    QStringList numbers;
    for (int r : rules)
        numbers << QString::number(r);
    return (rules.size() == 1 ? ChecklistModel::tr("Rule %1") : ChecklistModel::tr("Rules %1"))
        .arg(numbers.join(QStringLiteral(", ")));
}

inline QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace custos::app::checklist_text
