// custosctl: administration of a Custos server's data directory.
#include "custos/admin/admin.h"
#include "custos/admin/checklists.h"
#include "custos/datadir/data_dir.h"
#include "custos/sqldb/database.h"

#include <CLI/CLI.hpp>

#include <sys/stat.h>

#include <iostream>

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

    auto* checklistCmd = app.add_subcommand("checklist", "validate, publish, list and compare checklists");
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
    userEnable->add_option("user", userRef, "user id or display name")->required();

    auto* deviceCmd = app.add_subcommand("device", "list and revoke enrolled devices");
    deviceCmd->require_subcommand(1);
    std::string deviceId;
    auto* deviceList = deviceCmd->add_subcommand("list", "list enrolled devices");
    auto* deviceRevoke = deviceCmd->add_subcommand("revoke", "refuse a device from its next call");
    deviceRevoke->add_option("device", deviceId, "device id")->required();

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
    auto store = custos::datadir::openStore(dataDir, init->parsed());
    if (!store)
        return fail(store.error());

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
