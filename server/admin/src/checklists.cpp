#include "custos/admin/checklists.h"

#include "custos/admin/admin.h"
#include "custos/core/checklist_diff.h"

#include <fstream>
#include <sstream>

namespace custos::admin {

Result<ChecklistParse> readChecklistFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::NotFound, path + ": cannot read this file");
    std::ostringstream text;
    text << in.rdbuf();
    if (text.str().size() > 16 * 1024 * 1024)
        return makeError(ErrorCode::ResourceExhausted, path + ": larger than 16 MiB");
    return parseChecklistYaml(text.str());
}

int validateChecklistFiles(const std::vector<std::string>& paths, std::ostream& out) {
    int problems = 0;
    for (const auto& path : paths) {
        auto parse = readChecklistFile(path);
        if (!parse) {
            out << parse.error().message << "\n";
            ++problems;
            continue;
        }
        for (const auto& p : parse->problems)
            out << path << ":" << p.line << ":" << p.column << ": " << p.message << "\n";
        problems += static_cast<int>(parse->problems.size());
    }
    return problems;
}

Result<ChecklistTemplate> loadChecklistFile(const std::string& path) {
    auto parse = readChecklistFile(path);
    if (!parse)
        return parse.error();
    if (!parse->problems.empty()) {
        const auto& p = parse->problems.front();
        return makeError(ErrorCode::InvalidArgument,
                         path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                             ": " + p.message + " (" + std::to_string(parse->problems.size()) +
                             " problem(s); run 'custosctl checklist validate' to see all)");
    }
    return std::move(parse->checklist);
}

Status publishChecklistFile(storage::Storage& store, const std::string& path) {
    auto checklist = loadChecklistFile(path);
    if (!checklist)
        return checklist.error();
    CUSTOS_TRY(store.putTemplate(*checklist));
    return audit(store, "checklist.published", checklist->id + "@" + checklist->version);
}

Result<std::string> describeChecklists(storage::Storage& store) {
    auto templates = store.listTemplates();
    if (!templates)
        return templates.error();
    std::ostringstream out;
    for (const auto& t : *templates) {
        std::string languages;
        for (const auto& l : t.languages)
            languages += (languages.empty() ? "" : ",") + l;
        out << t.id << " " << t.version << " " << t.itemCount() << " items " << languages << "\n";
    }
    return out.str();
}

Result<std::string> diffChecklistFiles(const std::string& olderPath, const std::string& newerPath) {
    auto older = loadChecklistFile(olderPath);
    if (!older)
        return older.error();
    auto newer = loadChecklistFile(newerPath);
    if (!newer)
        return newer.error();
    return formatDiff(diffChecklists(*older, *newer));
}

} // namespace custos::admin
