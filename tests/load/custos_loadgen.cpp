// custos-loadgen: N simulated tablets running a visit against a real custosd over TLS on
// loopback, for a bounded time (issue #7). Each device, every interval (with jitter), pushes a
// batch of answers as a monitor does during a visit, uploads a photo now and then, and pulls
// its team's changes. Reports operations per second, latency percentiles per call kind, errors,
// and the server's resident memory; then checks that the server holds every accepted operation
// exactly once.
//
//   custos-loadgen --devices 100 --seconds 30 [--batch 20] [--interval-ms 2000] [--photo-every 10]
//                  [--team-size 5] [--pushes-per-commit N]
//
// Each device is one monitor's tablet; monitors work in teams of --team-size, one visit per
// team (created with custosctl like an administrator would), so each device pulls only its own
// team's changes, as in the field.
#include "custos/core/observation.h"
#include "custos/core/uuid.h"
#include "custos/store/local_store.h"
#include "custos/sync/transport.h"

#include "process.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace custos;
namespace testkit = custos::testkit;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    int devices = 10;
    int seconds = 20;
    int batch = 20;
    int intervalMs = 2000;
    int photoEvery = 10;     ///< every n-th round uploads a 40 KiB photo (0: never)
    int teamSize = 5;        ///< devices per visit team (real teams have 2–8 members)
    int pushesPerCommit = 0; ///< custosd --pushes-per-commit (0: its default)
};

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const int value = std::atoi(argv[i + 1]);
        if (flag == "--devices")
            o.devices = value;
        else if (flag == "--seconds")
            o.seconds = value;
        else if (flag == "--batch")
            o.batch = value;
        else if (flag == "--interval-ms")
            o.intervalMs = value;
        else if (flag == "--photo-every")
            o.photoEvery = value;
        else if (flag == "--team-size")
            o.teamSize = std::max(1, value);
        else if (flag == "--pushes-per-commit")
            o.pushesPerCommit = std::max(1, value);
        else {
            std::cerr << "unknown option " << flag << "\n";
            std::exit(2);
        }
    }
    return o;
}

/// Latencies of one kind of call, merged from every device.
class Latencies {
public:
    void add(double ms) {
        std::lock_guard lock(mutex_);
        samples_.push_back(ms);
    }
    void print(const char* name, double seconds) {
        std::lock_guard lock(mutex_);
        if (samples_.empty()) {
            std::printf("%-22s none\n", name);
            return;
        }
        std::sort(samples_.begin(), samples_.end());
        const auto at = [&](double q) {
            return samples_[std::min(samples_.size() - 1,
                                     static_cast<std::size_t>(q * samples_.size()))];
        };
        std::printf("%-22s n=%-7zu %7.1f/s  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms\n", name,
                    samples_.size(), samples_.size() / seconds, at(0.5), at(0.95), at(0.99),
                    samples_.back());
    }

private:
    std::mutex mutex_;
    std::vector<double> samples_;
};

long residentKiB(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atol(line.c_str() + 6);
    return 0;
}

std::int64_t observationsOnServer(const testkit::TestServer& server) {
    const auto status = server.status();
    const auto at = status.find("observations: ");
    return at == std::string::npos ? -1 : std::stoll(status.substr(at + 14));
}

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
    const Options options = parse(argc, argv);
    std::vector<std::string> serverArgs;
    if (options.pushesPerCommit > 0)
        serverArgs = {"--pushes-per-commit", std::to_string(options.pushesPerCommit)};
    auto server = testkit::TestServer::start("loadgen-" + std::to_string(options.devices),
                                             CUSTOS_DEMO_CHECKLIST, serverArgs);

    // One user per device, teams of --team-size, one visit per team.
    const auto ctl = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {CUSTOSCTL_PATH, "--data-dir", server.dataDir});
        auto result = testkit::runCommand(args);
        if (result.exitCode != 0) {
            std::cerr << "custosctl failed: " << result.err << "\n";
            std::exit(1);
        }
        auto out = result.out;
        while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
            out.pop_back();
        return out;
    };
    std::vector<store::Enrolment> devices;
    std::vector<std::string> visitOf; // per device
    const auto enrolStart = Clock::now();
    for (int first = 0; first < options.devices; first += options.teamSize) {
        const auto visit =
            ctl({"visit", "plan", "--facility", "Central Prison of Northhaven", "--cycle",
                 "2026 periodic cycle", "--start", "2026-12-01", "--end", "2026-12-03",
                 "--checklist", "demo", "--checklist-version", "1.0.0"});
        std::vector<std::string> team{"visit", "team", visit};
        std::vector<std::string> users;
        for (int d = first; d < std::min(options.devices, first + options.teamSize); ++d) {
            users.push_back(ctl({"user", "add", "--name", "Load monitor " + std::to_string(d),
                                 "--role", "monitor"}));
            team.push_back(users.back() + (d == first ? ":head" : ":member"));
        }
        ctl(team);
        for (const auto& user : users) {
            sync::Transport anonymous(server.address, server.caPem, "");
            auto enrolled = anonymous.enroll(ctl({"enrol-code", "--user", user}), "loadgen");
            if (!enrolled) {
                std::cerr << "enrolment failed: " << enrolled.error().message << "\n";
                return 1;
            }
            devices.push_back(*enrolled);
            visitOf.push_back(visit);
        }
    }
    std::printf("custos-loadgen: %d devices in teams of %d enrolled in %.1f s; %d s, batches of "
                "%d every %d ms (±50%%), a photo every %d rounds\n",
                options.devices, options.teamSize, msSince(enrolStart) / 1000, options.seconds,
                options.batch, options.intervalMs, options.photoEvery);

    const char* keys[] = {"reg.register_exists", "reg.injuries_recorded", "acc.natural_light",
                          "acc.toilet_access",   "acc.bathing_weekly",    "ex.outdoor_hour"};
    Latencies push, firstPush, allPushes, pull, upload;
    std::atomic<long> accepted{0}, duplicates{0}, rejected{0}, errors{0}, pulledChanges{0};
    std::atomic<bool> running{true};
    std::atomic<long> peakRss{residentKiB(server.process.pid())};
    std::thread sampler([&] {
        while (running) {
            peakRss = std::max(peakRss.load(), residentKiB(server.process.pid()));
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    });

    const auto start = Clock::now();
    const auto deadline = start + std::chrono::seconds(options.seconds);
    std::vector<std::thread> threads;
    for (int d = 0; d < options.devices; ++d)
        threads.emplace_back([&, d] {
            const auto& me = devices[static_cast<std::size_t>(d)];
            const auto& visitId = visitOf[static_cast<std::size_t>(d)];
            sync::Transport transport(server.address, server.caPem, me.credential);
            transport.setCallTimeout(std::chrono::seconds(30));
            std::mt19937 random(static_cast<unsigned>(d) * 7919u + 1u);
            std::uniform_int_distribution<int> jitter(options.intervalMs / 2,
                                                      options.intervalMs * 3 / 2);
            std::uint64_t cursor = 0;
            std::int64_t hlc = 1;
            // Spread the first rounds over one interval, as tablets come online at random.
            // (This was jitter / 2, which put all of them in the middle half of it: 500 devices
            // opened their TLS connections, pushed and pulled the whole reference feed within
            // 0.5 s, and that start-up burst alone made the p99.)
            std::this_thread::sleep_for(std::chrono::milliseconds(
                std::uniform_int_distribution<int>(0, options.intervalMs - 1)(random)));
            for (int round = 1; Clock::now() < deadline; ++round) {
                std::vector<store::PendingOp> ops;
                for (int i = 0; i < options.batch; ++i) {
                    Observation o;
                    o.id = newId();
                    o.visitId = visitId;
                    o.itemKey = keys[random() % 6];
                    o.value = static_cast<AnswerCode>(random() % 5);
                    o.note = "loadgen";
                    o.authorId = me.userId;
                    o.deviceId = me.deviceId;
                    o.hlc = Hlc::of(static_cast<std::uint64_t>(systemMillis()),
                                    static_cast<std::uint16_t>(hlc++ & 0xffff));
                    ops.push_back({0, newId(), std::move(o)});
                }
                auto t = Clock::now();
                auto results = transport.push(ops);
                // A device's first call also opens its TLS connection (the channel connects
                // lazily): kept apart, so the per-batch figure is what a batch costs.
                const double pushMs = msSince(t);
                (round == 1 ? firstPush : push).add(pushMs);
                allPushes.add(pushMs);
                if (!results) {
                    ++errors;
                } else {
                    for (const auto& r : *results) {
                        if (r.outcome == sync::PushResult::Outcome::Accepted)
                            ++accepted;
                        else if (r.outcome == sync::PushResult::Outcome::Duplicate)
                            ++duplicates;
                        else
                            ++rejected;
                    }
                }
                if (options.photoEvery > 0 && round % options.photoEvery == 0) {
                    sync::AttachmentUpload photo{
                        visitId, "image/jpeg", false,
                        std::string(40 * 1024, static_cast<char>('a' + random() % 26)) + newId()};
                    t = Clock::now();
                    auto state = transport.uploadAttachment(photo);
                    upload.add(msSince(t));
                    if (!state || !state->committed)
                        ++errors;
                }
                t = Clock::now();
                auto pulled = transport.pull(cursor, 1000, [&](sync::PullBatch&& batch) -> Status {
                    pulledChanges += static_cast<long>(batch.changes.size());
                    cursor = batch.cursor;
                    return {};
                });
                pull.add(msSince(t));
                if (!pulled.ok())
                    ++errors;
                std::this_thread::sleep_for(std::chrono::milliseconds(jitter(random)));
            }
        });
    for (auto& t : threads)
        t.join();
    const double seconds = msSince(start) / 1000;
    running = false;
    sampler.join();

    const auto stored = observationsOnServer(server);
    std::printf("\n%-22s %ld accepted (%.0f ops/s), %ld duplicates, %ld rejected, %ld errors\n",
                "operations", accepted.load(), accepted.load() / seconds, duplicates.load(),
                rejected.load(), errors.load());
    push.print("push (per batch)", seconds);
    firstPush.print("  first, opening TLS", seconds);
    allPushes.print("  all pushes", seconds);
    pull.print("pull", seconds);
    upload.print("photo upload (40 KiB)", seconds);
    std::printf("%-22s %ld changes\n", "pulled", pulledChanges.load());
    std::printf("%-22s peak %.1f MiB resident\n", "custosd memory", peakRss.load() / 1024.0);
    std::printf("%-22s %lld observations on the server, %ld accepted: %s\n", "exactly once",
                static_cast<long long>(stored), accepted.load(),
                stored == accepted.load() ? "yes" : "NO");
    const bool ok = stored == accepted.load() && duplicates == 0 && rejected == 0 && errors == 0;
    return ok ? 0 : 1;
}
