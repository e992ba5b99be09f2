// Tablet quality bars (issue #5), measured on the real app code over a seeded encrypted store:
//  1. cold start to the visit list, key derivation included: a fresh process per sample runs
//     the composition root (AppShell), types the passphrase, taps Unlock and waits for the
//     first visit delegate;
//  2. opening a 40-item section: ChecklistModel alone, and the ChecklistPage QML until its
//     ListView has laid out its delegates and a frame was rendered;
//  3. autosave of one answer (ChecklistModel::answer -> LocalStore::recordAnswer);
//  4. resident memory after start and opening a section.
// A plain program printing figures; figures go to docs/PERFORMANCE.md ("Tablet").
// Run: ctest --test-dir build/ci -L bench -R bench_tablet -V
//      (or build/ci/tests/bench/bench_tablet [--samples N] [--answers N])
#include "app_driver.h"
#include "app_shell.h"
#include "checklist_model.h"
#include "process.h"
#include "session.h"

#include "custos/core/checklist.h"
#include "custos/core/uuid.h"
#include "custos/store/local_store.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickWindow>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace custos;
namespace testkit = custos::testkit;

namespace {

constexpr const char* kPassphrase = "a quiet harbour at dawn";
constexpr int kVisits = 50;
constexpr int kObservations = 20000;
constexpr int kLargeSectionItems = 40;
constexpr const char* kLargeSectionKey = "conditions_extended";

/// CLOCK_MONOTONIC in milliseconds: one clock for the parent and its children.
double nowMs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

/// VmRSS of this process in MiB.
double rssMiB() {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return -1;
}

/// Runs the event loop until pred holds (no sleeping: timings stay exact); false on timeout.
bool spinUntil(const std::function<bool()>& pred, double timeoutMs = 30000) {
    const double deadline = nowMs() + timeoutMs;
    while (!pred()) {
        if (nowMs() > deadline)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

struct Stats {
    double p50 = 0, p95 = 0, p99 = 0, min = 0, max = 0, mean = 0;
};

Stats stats(std::vector<double> v) {
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    const auto at = [&](double q) {
        const auto i = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
        return v[std::min(i, v.size() - 1)];
    };
    s.p50 = at(0.50);
    s.p95 = at(0.95);
    s.p99 = at(0.99);
    s.min = v.front();
    s.max = v.back();
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / static_cast<double>(v.size());
    return s;
}

void report(const char* what, const std::vector<double>& samples, const char* unit = "ms") {
    const auto s = stats(samples);
    std::printf("%-58s n=%-5zu p50 %8.3f  p95 %8.3f  p99 %8.3f  min %8.3f  max %8.3f %s\n", what,
                samples.size(), s.p50, s.p95, s.p99, s.min, s.max, unit);
    std::fflush(stdout);
}

// --- the data set ---------------------------------------------------------------------------

/// One generated section of kLargeSectionItems items (none of the catalogue's sections has 40;
/// the largest, discipline, has 21), shaped like the catalogue's: bilingual prompts and
/// guidance, rule references, thresholds on yes/no and number items, choices.
std::string largeSectionYaml() {
    std::ostringstream y;
    y << "  - key: " << kLargeSectionKey
      << "\n"
         "    title:\n"
         "      en: \"Living conditions, extended inspection (generated, 40 items)\"\n"
         "      fr: \"Conditions de vie, inspection approfondie (générée, 40 questions)\"\n"
         "    rules: [12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]\n"
         "    items:\n";
    for (int i = 1; i <= kLargeSectionItems; ++i) {
        const std::string key = "ext.q" + std::string(i < 10 ? "0" : "") + std::to_string(i);
        const int kind = i % 5; // 0,1: yes_no; 2: number; 3: count; 4: single_choice
        y << "      - key: " << key << "\n";
        if (kind <= 1)
            y << "        type: yes_no\n";
        else if (kind == 2)
            y << "        type: number\n        unit: m\n";
        else if (kind == 3)
            y << "        type: count\n";
        else
            y << "        type: single_choice\n";
        y << "        rules: [" << 12 + i % 11 << "]\n"
          << "        prompt:\n"
          << "          en: \"Question " << i
          << " of the extended inspection: is the standard met in every unit you visited, "
             "including segregation and the admission unit?\"\n"
          << "          fr: \"Question " << i
          << " de l'inspection approfondie : la norme est-elle respectée dans chaque unité "
             "visitée, y compris l'isolement et le quartier arrivants ?\"\n"
          << "        guidance:\n"
          << "          en: \"Check at least three places at different times of day; compare what "
             "staff describe with what detainees tell you in private, and note any unit where "
             "the practice differs from the rule.\"\n"
          << "          fr: \"Vérifiez au moins trois lieux à différents moments de la journée ; "
             "comparez ce que décrit le personnel avec ce que disent les détenus en privé, et "
             "notez toute unité où la pratique diffère de la règle.\"\n";
        if (kind <= 1) {
            y << "        thresholds:\n"
                 "          - expect: ["
              << (kind == 0 ? "yes" : "no")
              << "]\n"
                 "            severity: concern\n"
                 "            source: Rule 13\n"
                 "            message:\n"
                 "              en: \"The standard is not met in at least one unit.\"\n"
                 "              fr: \"La norme n'est pas respectée dans au moins une unité.\"\n";
        } else if (kind == 2) {
            y << "        thresholds:\n"
                 "          - op: \">=\"\n"
                 "            value: 2.5\n"
                 "            unit: m\n"
                 "            severity: concern\n"
                 "            source: CPT/Inf (2015) 44\n"
                 "            message:\n"
                 "              en: \"{value} is below the minimum of 2.5 m.\"\n"
                 "              fr: \"{value} est en dessous du minimum de 2,5 m.\"\n";
        } else if (kind == 4) {
            y << "        choices:\n";
            for (const char* c : {"never", "sometimes", "always"})
                y << "          - key: " << c << "\n            label:\n              en: \"" << c
                  << "\"\n              fr: \"" << c << "\"\n";
        }
    }
    return y.str();
}

/// The Mandela Rules catalogue with the generated 40-item section first, so opening a visit
/// shows that section on the first screen.
ChecklistTemplate benchTemplate() {
    auto yaml = testkit::readFile(CUSTOS_SOURCE_DIR "/checklists/mandela-rules.yaml");
    const auto id = yaml.find("\nid: mandela-rules\n");
    const auto sections = yaml.find("\nsections:\n");
    if (id == std::string::npos || sections == std::string::npos) {
        std::fprintf(stderr, "unexpected mandela-rules.yaml layout\n");
        std::exit(1);
    }
    yaml.insert(sections + std::strlen("\nsections:\n"), largeSectionYaml());
    yaml.replace(id, std::strlen("\nid: mandela-rules\n"), "\nid: mandela-rules-bench\n");
    auto checklist = loadChecklistYaml(yaml);
    if (!checklist) {
        std::fprintf(stderr, "bench template: %s\n", checklist.error().message.c_str());
        std::exit(1);
    }
    return *checklist;
}

AnswerValue sampleValue(const ChecklistItem& item, std::mt19937& rng) {
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    switch (item.type) {
    case ItemType::YesNo:
        return static_cast<AnswerCode>(pick(5));
    case ItemType::Number:
    case ItemType::Duration:
        return static_cast<double>(pick(1000)) / 10.0;
    case ItemType::Count:
        return static_cast<std::int64_t>(pick(600));
    case ItemType::Date:
        return std::string("2026-10-") + (pick(2) ? "1" : "2") + std::to_string(pick(9) + 1);
    case ItemType::SingleChoice:
        return item.choices[static_cast<std::size_t>(pick(static_cast<int>(item.choices.size())))]
            .key;
    case ItemType::MultiChoice: {
        std::vector<std::string> keys;
        for (const auto& c : item.choices)
            if (pick(2))
                keys.push_back(c.key);
        return keys;
    }
    case ItemType::Text:
    case ItemType::Photo:
        break;
    }
    return std::string("Seen in units A and C; staff confirmed. Observation ") +
           std::to_string(pick(100000));
}

struct DataSet {
    std::string dataDir;
    std::vector<std::string> visitIds; ///< in visit-list order
    std::vector<std::string> largeSectionKeys;
};

/// Seeds <dir>/custos.db the way sync would: the enrolment, then pulled batches of 1,000 changes
/// (reference data first, then 20,000 observations by the monitor and a team member).
DataSet seed(const std::string& dir) {
    DataSet data;
    data.dataDir = dir;
    const double t0 = nowMs();
    auto opened = store::LocalStore::open(dir + "/custos.db", kPassphrase);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", opened.error().message.c_str());
        std::exit(1);
    }
    auto& local = **opened;
    store::Enrolment me;
    me.serverAddress = "127.0.0.1:9"; // offline: nothing listens there
    me.deviceId = newId();
    me.userId = newId();
    me.userDisplayName = "Bench Monitor";
    me.organisationName = "Bench Preventive Mechanism";
    me.credential = "bench credential";
    (void)local.saveEnrolment(me);
    const std::string colleague = newId();
    const std::string colleagueDevice = newId();

    const auto checklist = benchTemplate();
    for (const auto& item : checklist.sections.front().items)
        data.largeSectionKeys.push_back(item.key);
    std::vector<const ChecklistItem*> answerable;
    for (const auto& section : checklist.sections)
        for (const auto& item : section.items)
            if (item.type != ItemType::Photo)
                answerable.push_back(&item);

    std::uint64_t seq = 0;
    std::vector<Change> batch;
    const auto flush = [&] {
        if (batch.empty())
            return;
        if (auto s = local.applyPulled(batch, seq); !s.ok()) {
            std::fprintf(stderr, "applyPulled: %s\n", s.error().message.c_str());
            std::exit(1);
        }
        batch.clear();
    };
    const auto add = [&](auto entity) {
        batch.push_back(Change{++seq, std::move(entity)});
        if (batch.size() == 1000)
            flush();
    };

    VisitCycle cycle{newId(),      "2026 periodic cycle", CycleKind::Periodic,
                     "2026-01-01", "2026-12-31",          {}};
    std::vector<Facility> facilities;
    for (int i = 0; i < kVisits; ++i) {
        Facility f;
        f.id = newId();
        f.name = "Facility " + std::to_string(i + 1) + " (remand centre, wing A–F)";
        f.type = i % 3 == 0 ? FacilityType::RemandCentre : FacilityType::Prison;
        f.authority = "Ministry of Justice";
        f.region = "Region " + std::to_string(i % 7);
        f.officialCapacity = 200 + 20 * i;
        f.populationFlags = {"women", "pre_trial", "foreign_nationals"};
        cycle.facilityIds.push_back(f.id);
        facilities.push_back(std::move(f));
    }
    add(cycle);
    add(checklist);
    std::vector<Visit> visits;
    for (int i = 0; i < kVisits; ++i) {
        add(facilities[static_cast<std::size_t>(i)]);
        Visit v;
        v.id = newId();
        v.facilityId = facilities[static_cast<std::size_t>(i)].id;
        v.cycleId = cycle.id;
        char date[16];
        std::snprintf(date, sizeof date, "2026-%02d-%02d", 1 + i / 28, 1 + i % 28);
        v.startDate = date;
        v.endDate = date;
        v.team = {{me.userId, me.userDisplayName, TeamRole::Head},
                  {colleague, "Team Member", TeamRole::Member}};
        v.templateId = checklist.id;
        v.templateVersion = checklist.version;
        v.status = VisitStatus::InProgress;
        visits.push_back(v);
        add(v);
    }
    std::mt19937 rng(20261128);
    HybridLogicalClock clock;
    for (int n = 0; n < kObservations; ++n) {
        const auto& visit = visits[static_cast<std::size_t>(n % kVisits)];
        const auto& item = *answerable[rng() % answerable.size()];
        Observation o;
        o.id = newId();
        o.visitId = visit.id;
        o.itemKey = item.key;
        o.value = sampleValue(item, rng);
        if (rng() % 4 == 0)
            o.note = "Checked with the unit's officer and two detainees.";
        const bool mine = rng() % 10 < 6;
        o.authorId = mine ? me.userId : colleague;
        o.deviceId = mine ? me.deviceId : colleagueDevice;
        o.hlc = clock.now();
        add(o);
    }
    flush();
    auto list = local.visits();
    for (const auto& v : *list)
        data.visitIds.push_back(v.visit.id);
    std::printf("seeded %d visits, %d observations, template of %zu items (first section %zu) "
                "in %.1f s\n",
                kVisits, kObservations, checklist.itemCount(),
                checklist.sections.front().items.size(), (nowMs() - t0) / 1000);
    return data;
}

// --- 1. cold start (child process) ------------------------------------------------------------

/// The moment each mouse button release reaches the window: where a tap's work begins, after
/// whatever waiting the test driver does before it.
class ReleaseClock : public QObject {
public:
    double last = 0;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::MouseButtonRelease)
            last = nowMs();
        return QObject::eventFilter(watched, event);
    }
};

/// The child: the app's main() as main.cpp has it, then the person's part (type the passphrase,
/// tap Unlock, tap the first visit). Prints CLOCK_MONOTONIC stamps for the parent.
int coldStartChild(const std::string& dataDir, const std::string& firstItemKey) {
    const double tMain = nowMs();
    int argc = 1;
    char name[] = "custos";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Custos"));
    QCoreApplication::setApplicationName(QStringLiteral("Custos"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Custos"));
    app::AppOptions options;
    options.dataDir = QString::fromStdString(dataDir);
    app::AppShell shell(options);
    if (const auto problem = shell.load(); !problem.isEmpty()) {
        std::fprintf(stderr, "load: %s\n", qPrintable(problem));
        return 1;
    }
    QQuickWindow* window = shell.window();
    if (!spinUntil([&] { return testkit::findItem(window, QStringLiteral("unlockButton")); }))
        return 2;
    const double tUnlockScreen = nowMs();
    ReleaseClock releases;
    window->installEventFilter(&releases);
    if (!testkit::typeInto(window, QStringLiteral("passphraseField"), kPassphrase))
        return 3;
    const double tTyped = nowMs();
    double tReady = 0;
    QObject::connect(&shell.session(), &app::Session::stateChanged, [&] {
        if (shell.session().state() == app::Session::State::Ready)
            tReady = nowMs();
    });
    if (!testkit::click(window, QStringLiteral("unlockButton")))
        return 4;
    const double tUnlockRelease = releases.last;
    if (!spinUntil([&] { return testkit::findItem(window, QStringLiteral("visit_0")); }))
        return 5;
    const double tVisits = nowMs();
    const double rssVisits = rssMiB();

    // Open the first visit as a person would; its checklist starts with the 40-item section.
    double tTap = nowMs();
    if (!testkit::click(window, QStringLiteral("visit_0")))
        return 6;
    tTap = releases.last;
    // The visit opens on its checklist, or on a visit home listing sections: then tap the
    // 40-item section too.
    const auto firstItem = QStringLiteral("item_") + QString::fromStdString(firstItemKey);
    const auto sectionCard = QStringLiteral("section_") + QString::fromUtf8(kLargeSectionKey);
    if (!spinUntil([&] {
            return testkit::findItem(window, firstItem) || testkit::findItem(window, sectionCard);
        }))
        return 7;
    int taps = 1;
    double tSectionTap = tTap;
    if (!testkit::findItem(window, firstItem)) {
        ++taps;
        testkit::waitUntilSettled(window); // the visit home's push transition ends first
        if (!testkit::click(window, sectionCard))
            return 8;
        tSectionTap = releases.last;
        if (!spinUntil([&] { return testkit::findItem(window, firstItem); }))
            return 9;
    }
    const double tSection = nowMs();
    testkit::waitUntilSettled(window);
    const double rssSection = rssMiB();
    std::printf("cold-start main=%.3f unlockScreen=%.3f typed=%.3f unlockRelease=%.3f "
                "ready=%.3f visits=%.3f tap=%.3f sectionTap=%.3f section=%.3f taps=%d "
                "rssVisits=%.1f rssSection=%.1f\n",
                tMain, tUnlockScreen, tTyped, tUnlockRelease, tReady, tVisits, tTap, tSectionTap,
                tSection, taps, rssVisits, rssSection);
    std::fflush(stdout);
    return 0;
}

double field(const std::string& line, const std::string& name) {
    const auto at = line.find(" " + name + "=");
    return at == std::string::npos ? -1 : std::stod(line.substr(at + name.size() + 2));
}

void measureColdStart(const DataSet& data, int samples) {
    char self[4096] = {};
    const auto n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return;
    std::vector<double> total, fromMain, machine, toUnlockScreen, unlockToList, tapToSection,
        cardToSection, rssVisits, rssSection;
    for (int i = 0; i < samples; ++i) {
        const double t0 = nowMs();
        testkit::ChildProcess child({self, "--cold-start", data.dataDir, data.largeSectionKeys[0]});
        const auto line = child.waitForLine("cold-start", std::chrono::seconds(60));
        const int status = child.stop(SIGKILL, std::chrono::seconds(5));
        if (line.empty()) {
            std::fprintf(stderr, "cold start sample %d failed (exit %d)\n", i, status);
            continue;
        }
        const double tMain = field(line, "main"), screen = field(line, "unlockScreen"),
                     typed = field(line, "typed"), ready = field(line, "ready"),
                     visits = field(line, "visits"), tap = field(line, "tap"),
                     section = field(line, "section");
        total.push_back(visits - t0);
        fromMain.push_back(visits - tMain);
        // The person's part is not the app's: from the unlock screen being shown until the
        // release of the tap on Unlock (focusing the field, typing, the driver's own waits).
        const double input = field(line, "unlockRelease") - screen;
        machine.push_back(visits - t0 - input);
        toUnlockScreen.push_back(screen - t0);
        unlockToList.push_back(visits - ready);
        tapToSection.push_back(section - tap);
        cardToSection.push_back(section - field(line, "sectionTap"));
        rssVisits.push_back(field(line, "rssVisits"));
        rssSection.push_back(field(line, "rssSection"));
        std::printf("  sample %2d: spawn->visit list %.0f ms (unlock screen to Unlock tap %.0f ms, "
                    "of which typing %.0f ms), unlock screen at %.0f ms, Ready->visit_0 %.0f ms\n",
                    i, visits - t0, input, typed - screen, screen - t0, visits - ready);
    }
    report("1. cold start: spawn -> visit_0, as measured", total);
    report("1. cold start: spawn -> visit_0, without input", machine);
    report("1.   of which main() -> visit_0 (incl. input)", fromMain);
    report("1.   spawn -> unlock screen shown", toUnlockScreen);
    report("1.   Session Ready -> visit_0 delegate", unlockToList);
    report("2. app: tap visit_0 [-> home, tap section] -> first item", tapToSection);
    report("2. app: tap the section card -> first item exists", cardToSection);
    report("4. VmRSS at the visit list", rssVisits, "MiB");
    report("4. VmRSS after opening the 40-item section", rssSection, "MiB");
}

/// A valid answer for the item in `row` that differs from its current one, so that every
/// timed call really saves (an unchanged answer returns at once).
QString differentAnswer(const app::ChecklistModel& model, int row) {
    const auto index = model.index(row);
    const auto type = model.data(index, app::ChecklistModel::ItemTypeRole).toString();
    const auto current = model.data(index, app::ChecklistModel::AnswerRole).toString();
    QStringList candidates{QStringLiteral("2"), QStringLiteral("3")};
    if (type == QStringLiteral("yes_no"))
        candidates = {QStringLiteral("yes"), QStringLiteral("no")};
    else if (type == QStringLiteral("single_choice"))
        candidates = {QStringLiteral("never"), QStringLiteral("always")};
    return candidates[0] == current ? candidates[1] : candidates[0];
}

// --- 2, 3: in-process ------------------------------------------------------------------------

void measureInProcess(const DataSet& data, int answers) {
    app::AppOptions options;
    options.dataDir = QString::fromStdString(data.dataDir);
    app::AppShell shell(options);
    if (const auto problem = shell.load(); !problem.isEmpty()) {
        std::fprintf(stderr, "load: %s\n", qPrintable(problem));
        return;
    }
    QQuickWindow* window = shell.window();
    auto& session = shell.session();
    {
        std::vector<double> derive;
        for (int i = 0; i < 5; ++i) {
            const double t0 = nowMs();
            auto opened = store::LocalStore::open(data.dataDir + "/custos.db", kPassphrase);
            derive.push_back(nowMs() - t0);
        }
        report("1.   LocalStore::open (PBKDF2-HMAC-SHA512 256k + schema check)", derive);
    }
    session.unlock(kPassphrase);
    if (!spinUntil([&] { return testkit::findItem(window, QStringLiteral("visit_0")); })) {
        std::fprintf(stderr, "no visit list\n");
        return;
    }
    {
        std::vector<double> list;
        for (int i = 0; i < 10; ++i) {
            const double t0 = nowMs();
            auto visits = session.store()->visits();
            list.push_back(nowMs() - t0);
        }
        report("1.   LocalStore::visits() (50 summaries)", list);
        const auto summary = session.store()->visit(data.visitIds[0]);
        std::vector<double> parse;
        for (int i = 0; i < 10; ++i) {
            const double t0 = nowMs();
            auto checklist = session.store()->checklist((*summary)->visit.templateId,
                                                        (*summary)->visit.templateVersion);
            parse.push_back(nowMs() - t0);
        }
        report("1.   LocalStore::checklist() (read + parse the 242-item template)", parse);
    }

    // 2a. The model: session + visit id -> rows.
    std::vector<double> model;
    int rows = 0;
    for (std::size_t i = 0; i < data.visitIds.size(); ++i) {
        const double t0 = nowMs();
        app::ChecklistModel m;
        // A model that can show one section is asked for the 40-item one (as the page does);
        // otherwise it holds the whole checklist.
        m.setProperty("sectionKey", QString::fromUtf8(kLargeSectionKey));
        m.setSession(&session);
        m.setVisitId(QString::fromStdString(data.visitIds[i]));
        model.push_back(nowMs() - t0);
        rows = m.rowCount();
    }
    std::printf("   (the model holds %d rows)\n", rows);
    report("2. ChecklistModel: setSession + setVisitId -> rows", model);

    // 2b. The page: QML instantiation until the ListView has laid out its delegates.
    QQmlComponent component(&shell.engine(),
                            QUrl(QStringLiteral("qrc:/Custos/Checklist/ChecklistPage.qml")));
    if (component.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        return;
    }
    int frames = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, [&] { ++frames; });
    const auto firstItem =
        QStringLiteral("item_") + QString::fromStdString(data.largeSectionKeys[0]);
    std::vector<double> created, laidOut, rendered, delegates;
    QQuickItem* kept = nullptr;
    for (std::size_t i = 0; i < data.visitIds.size(); ++i) {
        const double t0 = nowMs();
        QObject* object = component.beginCreate(shell.engine().rootContext());
        auto* page = qobject_cast<QQuickItem*>(object);
        if (!page) {
            std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
            return;
        }
        QVariantMap properties{
            {QStringLiteral("visitId"), QString::fromStdString(data.visitIds[i])}};
        if (page->metaObject()->indexOfProperty("sectionKey") >= 0)
            properties.insert(QStringLiteral("sectionKey"), QString::fromUtf8(kLargeSectionKey));
        component.setInitialProperties(page, properties);
        component.completeCreate();
        page->setParentItem(window->contentItem());
        page->setZ(100);
        page->setSize(window->contentItem()->size());
        const double t1 = nowMs();
        const int framesBefore = frames;
        if (!spinUntil([&] { return testkit::findItem(window, firstItem) != nullptr; }))
            return;
        const double t2 = nowMs();
        spinUntil([&] { return frames > framesBefore; }, 2000);
        const double t3 = nowMs();
        auto* list = page->findChild<QQuickItem*>(QStringLiteral("checklistList"));
        int count = 0;
        if (list)
            for (auto* child :
                 qobject_cast<QQuickItem*>(list->property("contentItem").value<QObject*>())
                     ->childItems())
                count += child->isVisible();
        created.push_back(t1 - t0);
        laidOut.push_back(t2 - t0);
        rendered.push_back(t3 - t0);
        delegates.push_back(count);
        if (i + 1 < data.visitIds.size()) {
            delete page;
            spinUntil([] { return true; });
        } else {
            kept = page;
        }
    }
    report("2. ChecklistPage: create (QML instantiation, model loaded)", created);
    report("2. ChecklistPage: create -> first section item delegate", laidOut);
    report("2. ChecklistPage: create -> next frame rendered", rendered);
    report("2.   delegates instantiated in the ListView", delegates, "items");

    // 3. Autosave through the page's own model, the page on screen: the view updates with each
    // answer, as it does while a monitor works.
    if (kept) {
        auto* pageModel = kept->findChild<app::ChecklistModel*>();
        std::vector<int> answerRows;
        for (int r = 0; r < pageModel->rowCount(); ++r) {
            const auto idx = pageModel->index(r);
            if (pageModel->data(idx, app::ChecklistModel::KeyRole)
                    .toString()
                    .startsWith(QStringLiteral("ext.")))
                answerRows.push_back(r);
        }
        std::vector<double> saveWithView;
        for (int n = 0; n < answers; ++n) {
            const int row = answerRows[static_cast<std::size_t>(n) % answerRows.size()];
            const auto type =
                pageModel->data(pageModel->index(row), app::ChecklistModel::ItemTypeRole)
                    .toString();
            const auto value = differentAnswer(*pageModel, row);
            const double a0 = nowMs();
            if (!pageModel->answer(row, value)) {
                std::fprintf(stderr, "answer failed: %s\n", qPrintable(pageModel->error()));
                return;
            }
            saveWithView.push_back(nowMs() - a0);
            QCoreApplication::processEvents();
        }
        report("3. autosave: ChecklistModel::answer, page on screen", saveWithView);
        delete kept;
    }

    // 3. Autosave without a view, and the store call alone.
    {
        app::ChecklistModel m;
        m.setProperty("sectionKey", QString::fromUtf8(kLargeSectionKey));
        m.setSession(&session);
        m.setVisitId(QString::fromStdString(data.visitIds[1]));
        std::vector<int> answerRows;
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.data(m.index(r), app::ChecklistModel::KeyRole)
                    .toString()
                    .startsWith(QStringLiteral("ext.")))
                answerRows.push_back(r);
        std::vector<double> save;
        for (int n = 0; n < answers; ++n) {
            const int row = answerRows[static_cast<std::size_t>(n) % answerRows.size()];
            const auto value = differentAnswer(m, row);
            const double a0 = nowMs();
            if (!m.answer(row, value)) {
                std::fprintf(stderr, "answer failed: %s\n", qPrintable(m.error()));
                return;
            }
            save.push_back(nowMs() - a0);
        }
        report("3. autosave: ChecklistModel::answer, no view", save);
        std::vector<double> record;
        for (int n = 0; n < answers; ++n) {
            const double a0 = nowMs();
            (void)session.store()->recordAnswer(data.visitIds[2], "ext.q01",
                                                n % 2 ? AnswerCode::Yes : AnswerCode::No, "",
                                                SourceTag::Observed);
            record.push_back(nowMs() - a0);
        }
        report("3.   LocalStore::recordAnswer alone (one transaction)", record);
        std::vector<double> pending;
        for (int n = 0; n < 200; ++n) {
            const double a0 = nowMs();
            (void)session.store()->syncState();
            pending.push_back(nowMs() - a0);
        }
        report("3.   LocalStore::syncState (sync bar refresh after each answer)", pending);
    }
    std::printf("   outbox now holds %lld operations (3 x %d answers were timed)\n",
                static_cast<long long>(session.store()->syncState()->pendingOps), answers);
    std::printf("   in-process VmRSS at the end: %.1f MiB\n", rssMiB());
}

} // namespace

int main(int argc, char** argv) {
    if (argc >= 4 && std::strcmp(argv[1], "--cold-start") == 0)
        return coldStartChild(argv[2], argv[3]);
    int samples = 12;
    int answers = 2000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--samples") == 0)
            samples = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--answers") == 0)
            answers = std::atoi(argv[i + 1]);
    }
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    const auto data = seed(testkit::freshDir("bench-tablet"));
    measureColdStart(data, samples);
    QApplication app(argc, argv);
    measureInProcess(data, answers);
    return 0;
}
