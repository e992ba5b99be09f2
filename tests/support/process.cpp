#include "process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace custos::testkit {
namespace {

std::vector<char*> toArgv(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    return argv;
}

pid_t spawn(const std::vector<std::string>& args, int outFd, int errFd) {
    auto argv = toArgv(args);
    const pid_t pid = fork();
    if (pid < 0)
        throw std::runtime_error("cannot start " + args[0]);
    if (pid == 0) {
        // If the test dies (crash, timeout), take the child with it: an orphaned custosd would
        // keep ctest's output pipe open and hang the whole run.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        dup2(outFd, STDOUT_FILENO);
        dup2(errFd, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

std::string drain(int fd) {
    std::string text;
    char buffer[4096];
    for (;;) {
        const auto n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        text.append(buffer, static_cast<std::size_t>(n));
    }
    return text;
}

} // namespace

CommandResult runCommand(const std::vector<std::string>& argv) {
    // Temporary files rather than pipes: no deadlock however much the command prints.
    char outName[] = "/tmp/custos-test-outXXXXXX";
    char errName[] = "/tmp/custos-test-errXXXXXX";
    const int outFd = mkstemp(outName);
    const int errFd = mkstemp(errName);
    const pid_t pid = spawn(argv, outFd, errFd);
    int status = 0;
    waitpid(pid, &status, 0);
    CommandResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    lseek(outFd, 0, SEEK_SET);
    lseek(errFd, 0, SEEK_SET);
    result.out = drain(outFd);
    result.err = drain(errFd);
    close(outFd);
    close(errFd);
    unlink(outName);
    unlink(errName);
    return result;
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const std::string& stderrPath) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed");
    const int errFd = stderrPath.empty() ? STDERR_FILENO
                                         : ::open(stderrPath.c_str(),
                                                  O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    pid_ = spawn(argv, fds[1], errFd);
    if (errFd != STDERR_FILENO)
        close(errFd);
    close(fds[1]);
    stdoutFd_ = fds[0];
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : pid_(other.pid_), stdoutFd_(other.stdoutFd_), output_(std::move(other.output_)) {
    other.pid_ = -1;
    other.stdoutFd_ = -1;
}

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept {
    if (this != &other) {
        // Release what this one holds; calling the destructor here would also destroy output_,
        // which is assigned right after (a double free once the string is destroyed again).
        if (pid_ > 0) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
        if (stdoutFd_ >= 0)
            close(stdoutFd_);
        pid_ = other.pid_;
        stdoutFd_ = other.stdoutFd_;
        output_ = std::move(other.output_);
        other.pid_ = -1;
        other.stdoutFd_ = -1;
    }
    return *this;
}

ChildProcess::~ChildProcess() {
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    if (stdoutFd_ >= 0)
        close(stdoutFd_);
}

std::string ChildProcess::waitForLine(const std::string& marker,
                                      std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::size_t scanned = 0;
    for (;;) {
        for (auto nl = output_.find('\n', scanned); nl != std::string::npos;
             nl = output_.find('\n', scanned)) {
            std::string line = output_.substr(scanned, nl - scanned);
            scanned = nl + 1;
            if (line.find(marker) != std::string::npos)
                return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return {};
        pollfd pfd{stdoutFd_, POLLIN, 0};
        if (poll(&pfd, 1, static_cast<int>(left.count())) <= 0)
            return {};
        char buffer[4096];
        const auto n = ::read(stdoutFd_, buffer, sizeof buffer);
        if (n <= 0)
            return {};
        output_.append(buffer, static_cast<std::size_t>(n));
    }
}

int ChildProcess::stop(int signal, std::chrono::milliseconds timeout) {
    if (pid_ <= 0)
        return -1;
    kill(pid_, signal);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            // Keep what it printed on the way out (e.g. shutdown messages).
            for (char buffer[4096];;) {
                const auto n = ::read(stdoutFd_, buffer, sizeof buffer);
                if (n <= 0)
                    break;
                output_.append(buffer, static_cast<std::size_t>(n));
            }
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        usleep(20000);
    }
    return -1;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string freshDir(const std::string& name) {
    // The pid keeps tests that ctest runs in parallel out of each other's way.
    const auto dir =
        std::filesystem::path(CUSTOS_TEST_TMP) / (name + "-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

TestServer TestServer::start(const std::string& name, const std::string& checklist,
                             const std::vector<std::string>& extraArgs) {
    const auto dataDir = freshDir(name) + "/server";
    const auto init = runCommand(
        {CUSTOSCTL_PATH, "--data-dir", dataDir, "init", "--demo", "--checklist", checklist});
    if (init.exitCode != 0)
        throw std::runtime_error("custosctl init failed: " + init.err);
    return serve(dataDir, extraArgs);
}

TestServer TestServer::serve(const std::string& dataDir,
                             const std::vector<std::string>& extraArgs) {
    TestServer server;
    server.dataDir = dataDir;
    server.logPath = server.dataDir + ".log";
    std::vector<std::string> argv{CUSTOSD_PATH,
                                  "--data-dir",
                                  server.dataDir,
                                  "--listen",
                                  "127.0.0.1:0",
                                  "--tls-cert",
                                  CUSTOS_TEST_CERTS "/server.crt",
                                  "--tls-key",
                                  CUSTOS_TEST_CERTS "/server.key"};
    argv.insert(argv.end(), extraArgs.begin(), extraArgs.end());
    server.process = ChildProcess(argv, server.logPath);
    const auto line = server.process.waitForLine("listening on port", std::chrono::seconds(20));
    if (line.empty())
        throw std::runtime_error("custosd did not start");
    const auto port = std::stoi(line.substr(line.find("port ") + 5));
    server.address = "127.0.0.1:" + std::to_string(port);
    server.caPem = readFile(CUSTOS_TEST_CERTS "/ca.crt");
    return server;
}

std::string TestServer::enrolmentCode(const std::string& user, double ttlHours) const {
    const auto result = runCommand({CUSTOSCTL_PATH, "--data-dir", dataDir, "enrol-code", "--user",
                                    user, "--ttl-hours", std::to_string(ttlHours)});
    if (result.exitCode != 0)
        throw std::runtime_error("custosctl enrol-code failed: " + result.err);
    auto code = result.out;
    while (!code.empty() && (code.back() == '\n' || code.back() == ' '))
        code.pop_back();
    return code;
}

std::string TestServer::status() const {
    return runCommand({CUSTOSCTL_PATH, "--data-dir", dataDir, "status"}).out;
}

} // namespace custos::testkit
