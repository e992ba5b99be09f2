// custosctl: administration of a Custos server's data directory.
#include "custos/admin/admin.h"
#include "custos/admin/checklists.h"
#include "custos/admin/history.h"
#include "custos/admin/reference_data.h"
#include "custos/datadir/data_dir.h"
#include "custos/export/answers_export.h"
#include "custos/sqldb/database.h"
#ifdef CUSTOS_WITH_REPORT
#include "report_command.h"
#endif

#include <CLI/CLI.hpp>

#include <sys/stat.h>

#include <fstream>
#include <iostream>
#include <sstream>

namespace {

int fail(const custos::Error& error) {
    std::cerr << "custosctl: " << error.message << "\n";
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"custosctl — administer a Custos server"};
    app.require_subcommand(1);
    std::string dataDir = "/var/lib/custos";
    app.add_option("--data-dir", dataDir, "the server's data directory")->capture_default_str();

    auto* init = app.add_subcommand("init", "create the organisation's store (safe to re-run)");
    std::string organisation = "Demo National Preventive Mechanism";
    bool demo = false;
    std::string checklist;
    init->add_option("--organisation", organisation, "organisation name")->capture_default_str();
    init->add_flag("--demo", demo, "add demo facilities, a cycle, a visit and its team");
    init->add_option("--checklist", checklist, "checklist YAML to publish with --demo")
        ->check(CLI::ExistingFile);

    auto* enrol = app.add_subcommand("enrol-code", "issue a one-time device enrolment code");
    std::string user;
    double ttlHours = 24;
    enrol->add_option("--user", user, "user id or display name")->required();
    enrol->add_option("--ttl-hours", ttlHours, "hours until the code expires")
        ->capture_default_str()
        ->check(CLI::Range(0.01, 24.0 * 30));

    auto* status = app.add_subcommand("status", "show what the store holds");

    auto* checklistCmd =
        app.add_subcommand("checklist", "validate, publish, list and compare checklists");
    checklistCmd->require_subcommand(1);
    std::vector<std::string> files;
    auto* validate = checklistCmd->add_subcommand(
        "validate", "report every problem in checklist files (file:line:column: sentence)");
    validate->add_option("files", files, "checklist YAML files")->required();
    std::string publishFile;
    auto* publish = checklistCmd->add_subcommand(
        "publish", "store an immutable checklist version on the server");
    publish->add_option("file", publishFile, "checklist YAML file")->required();
    auto* list = checklistCmd->add_subcommand("list", "list published checklist versions");
    std::string olderFile, newerFile;
    auto* diff = checklistCmd->add_subcommand(
        "diff", "show added (+), removed (-), renamed (~) and changed (*) items");
    diff->add_option("old", olderFile, "the earlier version's file")->required();
    diff->add_option("new", newerFile, "the later version's file")->required();

    auto* userCmd = app.add_subcommand("user", "add, list, disable and enable users");
    userCmd->require_subcommand(1);
    std::string userName, roleName = "monitor", userRef;
    auto* userAdd = userCmd->add_subcommand("add", "add a user");
    userAdd->add_option("--name", userName, "display name (unique)")->required();
    userAdd->add_option("--role", roleName, "monitor, coordinator or admin")
        ->capture_default_str()
        ->check(CLI::IsMember({"monitor", "coordinator", "admin"}));
    auto* userList = userCmd->add_subcommand("list", "list users");
    auto* userDisable = userCmd->add_subcommand("disable", "refuse every device of a user");
    userDisable->add_option("user", userRef, "user id or display name")->required();
    auto* userEnable = userCmd->add_subcommand("enable", "allow a disabled user again");
    auto* userRole = userCmd->add_subcommand("role", "change a user's role (effective at once)");
    userRole->add_option("user", userRef, "user id or display name")->required();
    userRole->add_option("role", roleName, "monitor, coordinator or admin")
        ->required()
        ->check(CLI::IsMember({"monitor", "coordinator", "admin"}));
    userEnable->add_option("user", userRef, "user id or display name")->required();

    auto* deviceCmd = app.add_subcommand("device", "list and revoke enrolled devices");
    deviceCmd->require_subcommand(1);
    std::string deviceId;
    auto* deviceList = deviceCmd->add_subcommand("list", "list enrolled devices");
    auto* deviceRevoke = deviceCmd->add_subcommand("revoke", "refuse a device from its next call");
    deviceRevoke->add_option("device", deviceId, "device id")->required();

    auto* facilityCmd = app.add_subcommand("facility", "add, list and import facilities");
    facilityCmd->require_subcommand(1);
    custos::Facility facility;
    std::string facilityType = "prison", populationList, csvFile;
    auto* facilityAdd = facilityCmd->add_subcommand("add", "add a facility");
    facilityAdd->add_option("--name", facility.name, "facility name (unique)")->required();
    facilityAdd
        ->add_option("--type", facilityType,
                     "prison, remand_centre, police_station, "
                     "immigration, psychiatric, juvenile, "
                     "social_care or other")
        ->capture_default_str();
    facilityAdd->add_option("--authority", facility.authority, "responsible authority");
    facilityAdd->add_option("--region", facility.region, "region");
    facilityAdd->add_option("--capacity", facility.officialCapacity, "official capacity");
    facilityAdd->add_option("--population", populationList,
                            "groups held, separated by ';' (women;juveniles;pre_trial...)");
    auto* facilityList = facilityCmd->add_subcommand("list", "list facilities");
    auto* facilityUnit = facilityCmd->add_subcommand(
        "unit", "add or change a wing, unit, cell or dormitory (by key) of a facility");
    custos::SubUnit unit;
    std::string unitFacility;
    facilityUnit->add_option("facility", unitFacility, "facility id or name")->required();
    facilityUnit->add_option("key", unit.key, "the unit's key, e.g. B-12")->required();
    facilityUnit->add_option("--name", unit.name, "e.g. \"Wing B, cell 12\"");
    facilityUnit->add_option("--kind", unit.kind, "wing, unit, cell, dormitory, ...");
    facilityUnit->add_option("--capacity", unit.capacity, "places")->check(CLI::NonNegativeNumber);
    facilityUnit->add_option("--area", unit.areaM2, "floor area in m²")
        ->check(CLI::NonNegativeNumber);
    auto* facilityImport =
        facilityCmd->add_subcommand("import", "import facilities from CSV (all rows or none)");
    facilityImport
        ->add_option("file", csvFile,
                     "CSV with header name,type,authority,region,capacity,population")
        ->required();

    auto* cycleCmd = app.add_subcommand("cycle", "create and list visit cycles");
    cycleCmd->require_subcommand(1);
    std::string cycleName, cycleKind = "periodic", cycleStart, cycleEnd, cycleRef, facilityRef;
    auto* cycleCreate = cycleCmd->add_subcommand("create", "create a visit cycle");
    cycleCreate->add_option("--name", cycleName, "cycle name")->required();
    cycleCreate->add_option("--kind", cycleKind, "periodic, ad_hoc, follow_up or thematic")
        ->capture_default_str()
        ->check(CLI::IsMember({"periodic", "ad_hoc", "follow_up", "thematic"}));
    cycleCreate->add_option("--start", cycleStart, "first day, YYYY-MM-DD")->required();
    cycleCreate->add_option("--end", cycleEnd, "last day, YYYY-MM-DD")->required();
    auto* cycleList = cycleCmd->add_subcommand("list", "list visit cycles");
    auto* cycleAdd = cycleCmd->add_subcommand("add-facility", "put a facility in a cycle's scope");
    cycleAdd->add_option("cycle", cycleRef, "cycle id or name")->required();
    cycleAdd->add_option("facility", facilityRef, "facility id or name")->required();

    auto* visitCmd = app.add_subcommand("visit", "plan visits and set their teams");
    visitCmd->require_subcommand(1);
    custos::admin::VisitPlan plan;
    std::string visitId;
    std::vector<std::string> members;
    auto* visitPlan = visitCmd->add_subcommand("plan", "plan a visit");
    visitPlan->add_option("--facility", plan.facility, "facility id or name")->required();
    visitPlan->add_option("--cycle", plan.cycle, "cycle id or name")->required();
    visitPlan->add_option("--start", plan.start, "first day, YYYY-MM-DD")->required();
    visitPlan->add_option("--end", plan.end, "last day, YYYY-MM-DD")->required();
    visitPlan->add_option("--checklist", plan.checklistId, "published checklist id")->required();
    visitPlan->add_option("--checklist-version", plan.checklistVersion, "its version")->required();
    visitPlan->add_flag("--announced", plan.announced, "the facility is told in advance");
    auto* visitList = visitCmd->add_subcommand("list", "list visits");
    auto* visitTeam = visitCmd->add_subcommand("team", "set a visit's team");
    visitTeam->add_option("visit", visitId, "visit id")->required();
    visitTeam->add_option("members", members, "user or user:role (one head required)")->required();

    custos::exports::ExportRequest exportRequest;
    std::string exportFormat = "csv", exportFile, exportDataset = "answers";
    auto* exportCmd = app.add_subcommand(
        "export", "data for analysts: answers, indicators, findings, recommendations or facility "
                  "figures (no person or device identifiers; docs/EXPORTS.md)");
    exportCmd->add_option("--dataset", exportDataset, "which table")
        ->capture_default_str()
        ->check(CLI::IsMember(
            {"answers", "indicators", "findings", "recommendations", "facility_figures"}));
    exportCmd->add_option("--format", exportFormat, "csv or json")
        ->capture_default_str()
        ->check(CLI::IsMember({"csv", "json"}));
    exportCmd->add_option("--cycle", exportRequest.cycle, "only this cycle (id or name)");
    exportCmd->add_option("--facility", exportRequest.facility, "only this facility (id or name)");
    exportCmd->add_flag("--include-notes", exportRequest.includeNotes,
                        "add monitors' free-text notes (they may identify people)");
    exportCmd->add_option("--output", exportFile, "write to this file instead of the screen");
    exportCmd
        ->add_option("--suppression-k", exportRequest.suppressionK,
                     "interview-derived counts below this are suppressed (as custosd's option)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);

#ifdef CUSTOS_WITH_REPORT
    std::string reportVisit, reportLanguage = "en", reportFile;
    auto* reportCmd = app.add_subcommand(
        "report", "a visit's report as PDF (pseudonyms only; interview content only where the "
                  "person consented to its use with the authorities)");
    reportCmd->add_option("visit", reportVisit, "visit id")->required();
    reportCmd->add_option("--language", reportLanguage, "en or fr")
        ->capture_default_str()
        ->check(CLI::IsMember({"en", "fr"}));
    reportCmd->add_option("--out", reportFile,
                          "the PDF to write (default: visit-report-VISIT-LANGUAGE.pdf)");
#endif

    auto* historyCmd = app.add_subcommand(
        "demo-history", "add a generated multi-cycle history (facilities, visits, answers, "
                        "findings, recommendations) for demonstrations and load tests");
    custos::admin::HistoryShape shape;
    std::string historyChecklist;
    historyCmd->add_option("--checklist", historyChecklist, "checklist YAML the visits use")
        ->required()
        ->check(CLI::ExistingFile);
    historyCmd->add_option("--facilities", shape.facilities, "facilities")->capture_default_str();
    historyCmd->add_option("--cycles", shape.cycles, "yearly cycles")->capture_default_str();
    historyCmd->add_option("--items", shape.itemsPerVisit, "items answered per visit")
        ->capture_default_str();
    historyCmd->add_option("--answers-per-item", shape.answersPerItem, "answers per item")
        ->capture_default_str();
    historyCmd->add_option("--first-year", shape.firstYear, "year of the first cycle")
        ->capture_default_str();
    historyCmd->add_option("--awaiting-review", shape.awaitingReview,
                           "facilities whose visit in the cycle before the last awaits review")
        ->capture_default_str();
    historyCmd->add_option("--seed", shape.seed, "random seed (same seed, same history)")
        ->capture_default_str();

    std::string backupFile;
    auto* backupCmd = app.add_subcommand(
        "backup", "write a consistent encrypted copy of the store (safe while custosd runs)");
    backupCmd->add_option("file", backupFile, "where to write the backup (must not exist)")
        ->required();
    auto* restoreCmd = app.add_subcommand(
        "restore", "replace the store with a checked backup (stop custosd first)");
    restoreCmd->add_option("file", backupFile, "the backup to restore")
        ->required()
        ->check(CLI::ExistingFile);

    auto* auditCmd = app.add_subcommand("audit", "check the tamper-evident audit log");
    auditCmd->require_subcommand(1);
    auto* auditVerify = auditCmd->add_subcommand(
        "verify", "recompute the hash chain; fails on any modified or deleted event");

    CLI11_PARSE(app, argc, argv);
    ::umask(077); // the store, its key and backups are for this user only

    // Commands on files alone need no store.
    if (validate->parsed()) {
        const int problems = custos::admin::validateChecklistFiles(files, std::cout);
        if (problems > 0) {
            std::cerr << "custosctl: " << problems << " problem(s) found\n";
            return 1;
        }
        std::cerr << "custosctl: " << files.size() << " file(s) valid\n";
        return 0;
    }
    if (diff->parsed()) {
        auto text = custos::admin::diffChecklistFiles(olderFile, newerFile);
        if (!text)
            return fail(text.error());
        std::cout << *text;
        return 0;
    }

    if (auto cipher = custos::sqldb::ensureSqlCipher(); !cipher.ok())
        return fail(cipher.error());
    // Backup and restore work on the files, not through an open store.
    if (backupCmd->parsed()) {
        if (auto s = custos::datadir::backup(dataDir, backupFile); !s.ok())
            return fail(s.error());
        std::cerr << "custosctl: backup written and checked: " << backupFile
                  << " (encrypted with the key in " << dataDir
                  << "/custos.key; keep a copy of that key apart from the backup)\n";
        return 0;
    }
    if (restoreCmd->parsed()) {
        auto kept = custos::datadir::restore(dataDir, backupFile);
        if (!kept)
            return fail(kept.error());
        std::cerr << "custosctl: restored " << backupFile << "; the previous database is kept as "
                  << *kept << "\n";
        return 0;
    }
    auto store = custos::datadir::openStore(dataDir, init->parsed());
    if (!store)
        return fail(store.error());
#ifdef CUSTOS_WITH_REPORT
    if (reportCmd->parsed()) {
        auto written =
            custos::ctl::writeVisitReport(**store, reportVisit, reportLanguage, reportFile);
        if (!written)
            return fail(written.error());
        std::cerr << "custosctl: report written to " << *written << "\n";
        return 0;
    }
#endif

    if (init->parsed()) {
        if (auto s = custos::admin::initOrganisation(**store, organisation); !s.ok())
            return fail(s.error());
        if (demo) {
            if (checklist.empty())
                return fail({custos::ErrorCode::InvalidArgument,
                             "--demo needs --checklist FILE (e.g. checklists/demo.yaml)"});
            if (auto s = custos::admin::seedDemo(**store, checklist); !s.ok())
                return fail(s.error());
        }
        std::cerr << "custosctl: organisation ready in " << dataDir << "\n";
    } else if (enrol->parsed()) {
        auto code = custos::admin::issueEnrolmentCode(
            **store, user, static_cast<std::int64_t>(ttlHours * 3600 * 1000));
        if (!code)
            return fail(code.error());
        std::cout << *code << "\n";
    } else if (status->parsed()) {
        auto text = custos::admin::describeStatus(**store);
        if (!text)
            return fail(text.error());
        std::cout << *text;
    } else if (publish->parsed()) {
        if (auto s = custos::admin::publishChecklistFile(**store, publishFile); !s.ok())
            return fail(s.error());
        std::cerr << "custosctl: published " << publishFile << "\n";
    } else if (list->parsed()) {
        auto text = custos::admin::describeChecklists(**store);
        if (!text)
            return fail(text.error());
        std::cout << *text;
    } else if (userAdd->parsed()) {
        auto id = custos::admin::addUser(**store, userName,
                                         *custos::enumFromString<custos::Role>(roleName));
        if (!id)
            return fail(id.error());
        std::cout << *id << "\n";
    } else if (userList->parsed()) {
        auto text = custos::admin::describeUsers(**store);
        if (!text)
            return fail(text.error());
        std::cout << *text;
    } else if (userRole->parsed()) {
        if (auto s = custos::admin::setUserRole(**store, userRef,
                                                *custos::enumFromString<custos::Role>(roleName));
            !s.ok())
            return fail(s.error());
    } else if (historyCmd->parsed()) {
        auto checklistTemplate = custos::admin::loadChecklistFile(historyChecklist);
        if (!checklistTemplate)
            return fail(checklistTemplate.error());
        auto made = custos::admin::generateHistory(
            **store, *checklistTemplate, shape,
            [](const std::string& line) { std::cerr << "custosctl: " << line << "\n"; });
        if (!made)
            return fail(made.error());
        std::cerr << "custosctl: generated " << made->visitIds.size() << " visits, "
                  << made->observations << " answers and " << made->records << " records\n";
    } else if (userDisable->parsed() || userEnable->parsed()) {
        if (auto s = custos::admin::setUserActive(**store, userRef, userEnable->parsed()); !s.ok())
            return fail(s.error());
    } else if (deviceList->parsed()) {
        auto text = custos::admin::describeDevices(**store);
        if (!text)
            return fail(text.error());
        std::cout << *text;
    } else if (deviceRevoke->parsed()) {
        if (auto s = custos::admin::revokeDevice(**store, deviceId); !s.ok())
            return fail(s.error());
        std::cerr << "custosctl: device " << deviceId << " revoked; its next call is refused\n";
    } else if (facilityAdd->parsed()) {
        auto type = custos::enumFromString<custos::FacilityType>(facilityType);
        if (!type)
            return fail({custos::ErrorCode::InvalidArgument,
                         "unknown facility type '" + facilityType + "'"});
        facility.type = *type;
        std::stringstream groups(populationList);
        for (std::string group; std::getline(groups, group, ';');)
            if (!group.empty())
                facility.populationFlags.push_back(group);
        auto id = custos::admin::addFacility(**store, facility);
        if (!id)
            return fail(id.error());
        std::cout << *id << "\n";
    } else if (facilityUnit->parsed()) {
        if (auto s = custos::admin::setSubUnit(**store, unitFacility, unit); !s.ok())
            return fail(s.error());
    } else if (facilityList->parsed()) {
        auto text = custos::admin::describeFacilities(**store);
        if (!text)
            return fail(text.error());
        std::cout << *text;
    } else if (facilityImport->parsed()) {
        auto imported = custos::admin::importFacilitiesCsv(**store, csvFile, std::cerr);
        if (!imported)
            return fail(imported.error());
        std::cerr << "custosctl: imported " << *imported << " facilities\n";
    } else if (cycleCreate->parsed()) {
        auto id = custos::admin::createCycle(**store, cycleName,
                                             *custos::enumFromString<custos::CycleKind>(cycleKind),
                                             cycleStart, cycleEnd);
        if (!id)
            return fail(id.error());
        std::cout << *id << "\n";
    } else if (cycleList->parsed()) {
        auto text = custos::admin::describeCycles(**store);
        if (!text)
            return fail(text.error());
        std::cout << *text;
    } else if (cycleAdd->parsed()) {
        if (auto s = custos::admin::addFacilityToCycle(**store, cycleRef, facilityRef); !s.ok())
            return fail(s.error());
    } else if (visitPlan->parsed()) {
        auto id = custos::admin::planVisit(**store, plan);
        if (!id)
            return fail(id.error());
        std::cout << *id << "\n";
    } else if (visitList->parsed()) {
        auto text = custos::admin::describeVisits(**store);
        if (!text)
            return fail(text.error());
        std::cout << *text;
    } else if (visitTeam->parsed()) {
        if (auto s = custos::admin::setVisitTeam(**store, visitId, members); !s.ok())
            return fail(s.error());
    } else if (exportCmd->parsed()) {
        exportRequest.json = exportFormat == "json";
        exportRequest.dataset = *custos::exports::datasetFromString(exportDataset);
        std::ofstream file;
        if (!exportFile.empty()) {
            file.open(exportFile, std::ios::binary | std::ios::trunc);
            if (!file)
                return fail({custos::ErrorCode::FailedPrecondition, "cannot write " + exportFile});
        }
        auto rows = custos::exports::exportDataset(**store, exportRequest,
                                                   exportFile.empty() ? std::cout : file);
        if (!rows)
            return fail(rows.error());
        std::cerr << "custosctl: exported " << *rows << " "
                  << (exportDataset == "facility_figures" ? "facility figures" : exportDataset)
                  << "\n";
    } else if (auditVerify->parsed()) {
        bool intact = false;
        auto text = custos::admin::verifyAudit(**store, intact);
        if (!text)
            return fail(text.error());
        std::cout << *text;
        return intact ? 0 : 1;
    }
    return 0;
}
