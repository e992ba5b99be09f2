#pragma once
// Test support: run a real program (custosd, custosctl, custos) as a child process.

#include <chrono>
#include <string>
#include <vector>

#include <sys/types.h>

namespace custos::testkit {

/// Output and exit status of a finished command.
struct CommandResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs a program to completion and captures its output.
CommandResult runCommand(const std::vector<std::string>& argv);

/// A child process kept running in the background; killed (SIGKILL) when destroyed.
class ChildProcess {
public:
    ChildProcess() = default;
    /// Starts argv; its stderr goes to stderrPath when given, else to the test's stderr.
    explicit ChildProcess(const std::vector<std::string>& argv, const std::string& stderrPath = {});
    ChildProcess(ChildProcess&&) noexcept;
    ChildProcess& operator=(ChildProcess&&) noexcept;
    ~ChildProcess();

    /// Reads stdout until a line contains `marker` or the timeout passes; returns that line.
    std::string waitForLine(const std::string& marker, std::chrono::milliseconds timeout);
    /// Sends a signal; then waits for exit and returns its status (-1 if it did not exit).
    int stop(int signal, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    [[nodiscard]] pid_t pid() const { return pid_; }
    [[nodiscard]] const std::string& output() const { return output_; }

private:
    pid_t pid_ = -1;
    int stdoutFd_ = -1;
    std::string output_;
};

/// A running custosd on an ephemeral loopback port with TLS, over a fresh data directory
/// initialised with the demo organisation.
struct TestServer {
    std::string dataDir;
    std::string address; ///< 127.0.0.1:PORT
    std::string caPem;   ///< the CA that signed the server certificate
    std::string logPath; ///< custosd's stderr (its structured log)
    ChildProcess process;

    /// Starts custosd (with any further command-line options); the binaries and certificates
    /// come from the build (see CMake).
    static TestServer start(const std::string& name,
                            const std::string& checklist = CUSTOS_DEMO_CHECKLIST,
                            const std::vector<std::string>& extraArgs = {});
    /// Starts custosd on an existing data directory (e.g. a kept benchmark data set), with
    /// any further command-line options.
    static TestServer serve(const std::string& dataDir,
                            const std::vector<std::string>& extraArgs = {});
    /// Issues an enrolment code for a user through custosctl.
    std::string enrolmentCode(const std::string& user, double ttlHours = 1.0) const;
    /// custosctl status output.
    std::string status() const;
};

/// Reads a whole file.
std::string readFile(const std::string& path);
/// A fresh, empty directory under the test's temporary area.
std::string freshDir(const std::string& name);

} // namespace custos::testkit
