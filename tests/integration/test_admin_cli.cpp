// custosctl end to end on a real data directory, then a real custosd serving what it set up.
#include "custos/admin/csv.h"
#include "custos/store/local_store.h"
#include "custos/sync/sync_engine.h"

#include "process.h"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <tuple>

using namespace custos;
using testkit::runCommand;

namespace {

struct Ctl {
    std::string dataDir;
    testkit::CommandResult operator()(std::vector<std::string> args) const {
        args.insert(args.begin(), {CUSTOSCTL_PATH, "--data-dir", dataDir});
        return runCommand(args);
    }
};

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

int lines(const std::string& text) {
    return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

const std::string kCsv = std::string(CUSTOS_SOURCE_DIR) + "/tests/data/csv/";

/// A custosd serving ctl's data directory and one tablet enrolled as `user` and synced once.
struct Served {
    testkit::ChildProcess server;
    std::unique_ptr<store::LocalStore> store;
    store::Enrolment enrolment;
    std::unique_ptr<sync::Transport> transport;
};

Served serveAndEnrol(const Ctl& ctl, const std::string& base, const std::string& user) {
    Served s;
    s.server = testkit::ChildProcess({CUSTOSD_PATH, "--data-dir", ctl.dataDir, "--listen",
                                      "127.0.0.1:0", "--tls-cert", CUSTOS_TEST_CERTS "/server.crt",
                                      "--tls-key", CUSTOS_TEST_CERTS "/server.key"});
    const auto line = s.server.waitForLine("listening on port", std::chrono::seconds(20));
    if (line.empty())
        return s;
    const auto address =
        "127.0.0.1:" + std::to_string(std::stoi(line.substr(line.find("port ") + 5)));
    const auto ca = testkit::readFile(CUSTOS_TEST_CERTS "/ca.crt");
    auto store = store::LocalStore::open(base + "/tablet.db", "tablet pass");
    sync::Transport anonymous(address, ca, "");
    auto enrolment = anonymous.enroll(trimmed(ctl({"enrol-code", "--user", user}).out), "t");
    if (!store || !enrolment || !(*store)->saveEnrolment(*enrolment).ok())
        return s;
    s.enrolment = *enrolment;
    s.transport = std::make_unique<sync::Transport>(address, ca, enrolment->credential);
    if (!sync::syncOnce(**store, *s.transport).ok())
        return s;
    s.store = std::move(store).value();
    return s;
}

} // namespace

TEST(AdminCli, FacilityImportIsAllOrNothingAndNamesEveryBadRow) {
    const Ctl ctl{testkit::freshDir("cli-import") + "/data"};
    ASSERT_EQ(ctl({"init"}).exitCode, 0);
    const auto bad = ctl({"facility", "import", kCsv + "facilities-bad.csv"});
    EXPECT_EQ(bad.exitCode, 1);
    for (const char* expected :
         {"facilities-bad.csv:3: unknown facility type 'jail'",
          "facilities-bad.csv:4: capacity 'many' is not a whole number",
          "facilities-bad.csv:5: unknown population group 'patients'",
          "facilities-bad.csv:6: the facility has no name",
          "facilities-bad.csv:7: a facility called 'East Prison' exists already",
          "facilities-bad.csv:8: expected 6 fields, found 2", "nothing was imported"})
        EXPECT_NE(bad.err.find(expected), std::string::npos) << expected << "\n" << bad.err;
    EXPECT_EQ(bad.err.find("facilities-bad.csv:2:"), std::string::npos) << "row 2 is fine";
    EXPECT_EQ(ctl({"facility", "list"}).out, "") << "a bad file imports nothing";

    const auto good = ctl({"facility", "import", kCsv + "facilities-good.csv"});
    EXPECT_EQ(good.exitCode, 0) << good.err;
    const auto list = ctl({"facility", "list"}).out;
    EXPECT_EQ(lines(list), 3);
    EXPECT_NE(list.find("Hill Station, Block B"), std::string::npos);
    EXPECT_NE(list.find("Youth Centre \"Oak\""), std::string::npos);
    EXPECT_EQ(ctl({"facility", "import", kCsv + "facilities-good.csv"}).exitCode, 1)
        << "importing the same names twice is refused";
}

TEST(AdminCli, PlannedVisitReachesItsTeamAndOnlyItsTeam) {
    const Ctl ctl{testkit::freshDir("cli-plan") + "/data"};
    ASSERT_EQ(ctl({"init", "--organisation", "Test NPM"}).exitCode, 0);
    const auto jane = trimmed(ctl({"user", "add", "--name", "Jane Head"}).out);
    const auto bob = trimmed(ctl({"user", "add", "--name", "Bob Doctor"}).out);
    ASSERT_EQ(trimmed(ctl({"user", "add", "--name", "Eve Elsewhere"}).out).size(), 36u);
    EXPECT_EQ(ctl({"user", "add", "--name", "Jane Head"}).exitCode, 1) << "names are unique";
    ASSERT_EQ(jane.size(), 36u);
    ASSERT_EQ(ctl({"facility", "add", "--name", "Lake Prison", "--capacity", "300", "--population",
                   "women;pre_trial"})
                  .exitCode,
              0);
    EXPECT_EQ(ctl({"facility", "add", "--name", "Bad", "--population", "aliens"}).exitCode, 1);
    // Wings and cells the monitors will measure.
    ASSERT_EQ(ctl({"facility", "unit", "Lake Prison", "B-12", "--name", "Wing B, cell 12", "--kind",
                   "cell", "--capacity", "2", "--area", "8.5"})
                  .exitCode,
              0);
    ASSERT_EQ(ctl({"facility", "unit", "Lake Prison", "B", "--name", "Wing B", "--kind", "wing"})
                  .exitCode,
              0);
    EXPECT_NE(ctl({"facility", "unit", "Lake Prison", "B-12", "--area", "-1"}).exitCode, 0);
    EXPECT_EQ(ctl({"facility", "unit", "No Such Prison", "X"}).exitCode, 1);
    EXPECT_NE(ctl({"facility", "list"}).out.find("Lake Prison  (2 units)"), std::string::npos);
    ASSERT_EQ(ctl({"cycle", "create", "--name", "2027 cycle", "--start", "2027-01-01", "--end",
                   "2027-12-31"})
                  .exitCode,
              0);
    EXPECT_EQ(
        ctl({"cycle", "create", "--name", "x", "--start", "2027-13-01", "--end", "2027-12-31"})
            .exitCode,
        1);

    const std::vector<std::string> plan{
        "visit",       "plan",    "--facility",          "Lake Prison", "--cycle",
        "2027 cycle",  "--start", "2027-03-01",          "--end",       "2027-03-03",
        "--checklist", "demo",    "--checklist-version", "1.0.0"};
    auto refused = ctl(plan);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("not in cycle"), std::string::npos) << refused.err;
    ASSERT_EQ(ctl({"cycle", "add-facility", "2027 cycle", "Lake Prison"}).exitCode, 0);
    refused = ctl(plan);
    EXPECT_NE(refused.err.find("is not published"), std::string::npos) << refused.err;
    ASSERT_EQ(ctl({"checklist", "publish", CUSTOS_DEMO_CHECKLIST}).exitCode, 0);
    EXPECT_EQ(ctl({"checklist", "publish", CUSTOS_DEMO_CHECKLIST}).exitCode, 0)
        << "the same version with the same content changes nothing";
    const auto changedFile = testkit::freshDir("cli-plan-changed") + "/demo.yaml";
    {
        auto changed = testkit::readFile(CUSTOS_DEMO_CHECKLIST);
        changed.replace(changed.find("Is there a standardised"), 5, "Is there one");
        std::ofstream(changedFile) << changed;
    }
    const auto republish = ctl({"checklist", "publish", changedFile});
    EXPECT_EQ(republish.exitCode, 1);
    EXPECT_NE(republish.err.find("already published with different content"), std::string::npos)
        << republish.err;
    EXPECT_NE(ctl({"checklist", "list"}).out.find("demo 1.0.0 6 items en,fr"), std::string::npos);
    const auto visit = trimmed(ctl(plan).out);
    ASSERT_EQ(visit.size(), 36u);
    EXPECT_EQ(ctl({"visit", "team", visit, "Jane Head:head", "Bob Doctor:head"}).exitCode, 1)
        << "exactly one head";
    ASSERT_EQ(ctl({"visit", "team", visit, "Jane Head:head", "Bob Doctor:doctor"}).exitCode, 0);
    EXPECT_NE(ctl({"visit", "list"}).out.find("Jane Head (head) Bob Doctor (doctor)"),
              std::string::npos);

    // A real server now serves it: Bob's tablet receives the visit, its facility and cycle;
    // Eve's receives none of them.
    auto server = testkit::ChildProcess(
        {CUSTOSD_PATH, "--data-dir", ctl.dataDir, "--listen", "127.0.0.1:0", "--tls-cert",
         CUSTOS_TEST_CERTS "/server.crt", "--tls-key", CUSTOS_TEST_CERTS "/server.key"});
    const auto line = server.waitForLine("listening on port", std::chrono::seconds(20));
    ASSERT_FALSE(line.empty());
    const auto address =
        "127.0.0.1:" + std::to_string(std::stoi(line.substr(line.find("port ") + 5)));
    const auto ca = testkit::readFile(CUSTOS_TEST_CERTS "/ca.crt");
    const auto dir = testkit::freshDir("cli-plan-devices");
    auto tablet = [&](const std::string& user) {
        const auto code = trimmed(ctl({"enrol-code", "--user", user}).out);
        auto store =
            std::move(store::LocalStore::open(dir + "/" + user + ".db", "pass " + user).value());
        sync::Transport anonymous(address, ca, "");
        auto enrolment = anonymous.enroll(code, user);
        EXPECT_TRUE(enrolment.ok()) << enrolment.error().message;
        EXPECT_TRUE(store->saveEnrolment(*enrolment).ok());
        sync::Transport transport(address, ca, enrolment->credential);
        auto report = sync::syncOnce(*store, transport);
        EXPECT_TRUE(report.ok()) << report.error().message;
        return store;
    };
    auto bobs = tablet("Bob Doctor");
    auto visits = bobs->visits();
    ASSERT_EQ(visits->size(), 1u);
    EXPECT_EQ(visits->front().facility.name, "Lake Prison");
    ASSERT_EQ(visits->front().facility.subUnits.size(), 2u);
    EXPECT_EQ(visits->front().facility.subUnits.front(),
              (SubUnit{"B-12", "Wing B, cell 12", "cell", 2, 8.5}));
    EXPECT_EQ(visits->front().cycleName, "2027 cycle");
    EXPECT_EQ(visits->front().totalItems, 6);
    auto eves = tablet("Eve Elsewhere");
    EXPECT_TRUE(eves->visits()->empty());

    EXPECT_EQ(ctl({"audit", "verify"}).exitCode, 0);
}

TEST(AdminCli, EveryCommandHasHelpAndBadUsageFails) {
    const Ctl ctl{testkit::freshDir("cli-help") + "/data"};
    for (const std::vector<std::string>& args : {std::vector<std::string>{"--help"},
                                                 {"user", "--help"},
                                                 {"facility", "import", "--help"},
                                                 {"cycle", "create", "--help"},
                                                 {"visit", "plan", "--help"},
                                                 {"device", "--help"},
                                                 {"audit", "verify", "--help"},
                                                 {"checklist", "validate", "--help"}}) {
        const auto result = ctl(args);
        EXPECT_EQ(result.exitCode, 0) << args[0];
        EXPECT_NE(result.out.find("Usage"), std::string::npos) << args[0];
    }
    EXPECT_NE(ctl({"user", "add"}).exitCode, 0) << "a missing required option fails";
    EXPECT_NE(ctl({"status"}).exitCode, 0) << "no data directory yet";
    EXPECT_NE(ctl({"frobnicate"}).exitCode, 0);
}

TEST(AdminCli, OnlineBackupAndCheckedRestoreLoseNothing) {
    const auto base = testkit::freshDir("cli-backup");
    const Ctl ctl{base + "/data"};
    ASSERT_EQ(ctl({"init", "--demo", "--checklist", CUSTOS_DEMO_CHECKLIST}).exitCode, 0);
    auto served = serveAndEnrol(ctl, base, "Demo Monitor");
    ASSERT_TRUE(served.store) << "custosd did not start or the tablet could not enrol";
    auto& store = served.store;
    auto& transport = *served.transport;
    auto& server = served.server;
    const auto visitId = store->visits()->front().visit.id;
    auto answer = [&](const char* key) {
        ASSERT_TRUE(
            store->recordAnswer(visitId, key, AnswerCode::No, "", SourceTag::Observed).ok());
        ASSERT_TRUE(sync::syncOnce(*store, transport).ok());
    };
    answer("acc.natural_light");
    answer("acc.toilet_access");

    // Online backup while the server runs.
    const auto backup = ctl({"backup", base + "/backup.db"});
    ASSERT_EQ(backup.exitCode, 0) << backup.err;
    const auto bytes = testkit::readFile(base + "/backup.db");
    EXPECT_GT(bytes.size(), 4096u);
    EXPECT_NE(bytes.rfind("SQLite format 3", 0), 0u) << "the backup is encrypted";
    EXPECT_EQ(ctl({"backup", base + "/backup.db"}).exitCode, 1) << "never overwrites a file";
    answer("ex.outdoor_hour"); // after the backup
    EXPECT_NE(ctl({"status"}).out.find("observations: 3"), std::string::npos);
    EXPECT_EQ(server.stop(SIGTERM), 0);

    // A damaged or foreign backup is refused and changes nothing.
    {
        auto damaged = bytes;
        for (std::size_t i = 5000; i < 5100 && i < damaged.size(); ++i)
            damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
        std::ofstream(base + "/damaged.db", std::ios::binary) << damaged;
    }
    const auto refused = ctl({"restore", base + "/damaged.db"});
    EXPECT_EQ(refused.exitCode, 1);
    const Ctl other{base + "/other"};
    ASSERT_EQ(other({"init"}).exitCode, 0);
    ASSERT_EQ(other({"backup", base + "/foreign.db"}).exitCode, 0);
    const auto foreign = ctl({"restore", base + "/foreign.db"});
    EXPECT_EQ(foreign.exitCode, 1);
    EXPECT_NE(foreign.err.find("does not open with this data directory's key"), std::string::npos);
    EXPECT_NE(ctl({"status"}).out.find("observations: 3"), std::string::npos);

    // The good backup restores; the replaced database is kept, not deleted.
    const auto restored = ctl({"restore", base + "/backup.db"});
    ASSERT_EQ(restored.exitCode, 0) << restored.err;
    EXPECT_NE(restored.err.find(".replaced-"), std::string::npos);
    EXPECT_NE(ctl({"status"}).out.find("observations: 2"), std::string::npos);
    EXPECT_EQ(ctl({"audit", "verify"}).exitCode, 0);
    const auto keptPath = restored.err.substr(restored.err.find(ctl.dataDir));
    EXPECT_TRUE(std::filesystem::exists(trimmed(keptPath))) << keptPath;
}

TEST(AdminCli, ExportGivesAnalystsCurrentAnswersWithoutIdentifiers) {
    const auto base = testkit::freshDir("cli-export");
    const Ctl ctl{base + "/data"};
    ASSERT_EQ(ctl({"init", "--demo", "--checklist", CUSTOS_DEMO_CHECKLIST}).exitCode, 0);
    auto served = serveAndEnrol(ctl, base, "Demo Monitor");
    ASSERT_TRUE(served.store) << "custosd did not start or the tablet could not enrol";
    auto& store = served.store;
    auto& transport = *served.transport;
    const auto& enrolment = served.enrolment;
    const auto visitId = store->visits()->front().visit.id;
    // Two answers to one item (the later one counts) and one to another, with notes.
    for (auto [key, code, note] :
         {std::tuple{"acc.natural_light", AnswerCode::Yes, "first look"},
          std::tuple{"acc.natural_light", AnswerCode::No, "=HYPERLINK(\"x\"), cell 4"},
          std::tuple{"ex.outdoor_hour", AnswerCode::Partial, "Detainee D-17 says never"}})
        ASSERT_TRUE(store->recordAnswer(visitId, key, code, note, SourceTag::Detainee).ok());
    ASSERT_TRUE(sync::syncOnce(*store, transport).ok());

    const auto csv = ctl({"export", "--format", "csv"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    auto records = admin::parseCsv(csv.out);
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 3u) << csv.out; // header + 2 current answers
    const auto& header = (*records)[0].fields;
    EXPECT_EQ(header.front(), "cycle");
    EXPECT_EQ(std::find(header.begin(), header.end(), "note"), header.end())
        << "notes only when asked for";
    const auto col = [&](const char* name) {
        return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) -
                                        header.begin());
    };
    std::map<std::string, std::vector<std::string>> byKey;
    for (std::size_t r = 1; r < records->size(); ++r)
        byKey[(*records)[r].fields[col("item_key")]] = (*records)[r].fields;
    EXPECT_EQ(byKey.at("acc.natural_light")[col("value")], "no");
    EXPECT_EQ(byKey.at("acc.natural_light")[col("rules")], "14");
    EXPECT_EQ(byKey.at("acc.natural_light")[col("section")], "accommodation");
    EXPECT_EQ(byKey.at("ex.outdoor_hour")[col("facility")], "Central Prison of Northhaven");
    EXPECT_EQ(byKey.at("ex.outdoor_hour")[col("answered_at")].size(), 20u) << "ISO 8601 UTC";
    for (const auto& id : {enrolment.userId, enrolment.deviceId, visitId})
        EXPECT_EQ(csv.out.find(id), std::string::npos) << "no identifiers";

    const auto withNotes = ctl({"export", "--include-notes", "--output", base + "/out.csv"});
    ASSERT_EQ(withNotes.exitCode, 0);
    const auto file = testkit::readFile(base + "/out.csv");
    EXPECT_NE(file.find("\"'=HYPERLINK(\"\"x\"\"), cell 4\""), std::string::npos)
        << "formulas are neutralised and quotes escaped:\n"
        << file;

    const auto json = ctl({"export", "--format", "json", "--facility", "Riverside Remand Centre"});
    ASSERT_EQ(json.exitCode, 0);
    EXPECT_EQ(trimmed(json.out), "[]") << "another facility has no answers";
}
