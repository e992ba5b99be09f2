// custosd as an operator runs it: configuration, clear start-up errors, graceful shutdown.
#include "process.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>

using namespace custos;

namespace {

std::vector<std::string> tlsArgs() {
    return {"--tls-cert", CUSTOS_TEST_CERTS "/server.crt", "--tls-key",
            CUSTOS_TEST_CERTS "/server.key"};
}

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

int portOf(const std::string& line) {
    return std::stoi(line.substr(line.find("port ") + 5));
}

} // namespace

TEST(Custosd, StopsGracefullyOnSigterm) {
    const auto dir = testkit::freshDir("custosd-sigterm") + "/data";
    testkit::ChildProcess server(
        concat({CUSTOSD_PATH, "--data-dir", dir, "--listen", "127.0.0.1:0"}, tlsArgs()));
    ASSERT_FALSE(server.waitForLine("listening on port", std::chrono::seconds(20)).empty());
    EXPECT_EQ(server.stop(SIGTERM), 0);
    EXPECT_NE(server.output().find("shutting down"), std::string::npos);
}

TEST(Custosd, PortInUseIsReportedPlainly) {
    const auto dir = testkit::freshDir("custosd-port") + "/data";
    testkit::ChildProcess first(
        concat({CUSTOSD_PATH, "--data-dir", dir, "--listen", "127.0.0.1:0"}, tlsArgs()));
    const auto line = first.waitForLine("listening on port", std::chrono::seconds(20));
    ASSERT_FALSE(line.empty());
    const auto second =
        testkit::runCommand(concat({CUSTOSD_PATH, "--data-dir", dir + "2", "--listen",
                                    "127.0.0.1:" + std::to_string(portOf(line))},
                                   tlsArgs()));
    EXPECT_EQ(second.exitCode, 1);
    EXPECT_NE(second.err.find("could not listen on 127.0.0.1:"), std::string::npos) << second.err;
    EXPECT_NE(second.err.find("port in use by another program"), std::string::npos);
}

TEST(Custosd, MismatchedCertificateAndKeyAreRefusedAtStart) {
    const auto dir = testkit::freshDir("custosd-cert") + "/data";
    const auto result = testkit::runCommand(
        {CUSTOSD_PATH, "--data-dir", dir, "--listen", "127.0.0.1:0", "--tls-cert",
         CUSTOS_TEST_CERTS "/server.crt", "--tls-key", CUSTOS_TEST_CERTS "/other-ca.key"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("certificate and key mismatched"), std::string::npos) << result.err;
    const auto missing = testkit::runCommand({CUSTOSD_PATH, "--data-dir", dir, "--listen",
                                              "127.0.0.1:0", "--tls-cert", "/nonexistent.crt",
                                              "--tls-key", CUSTOS_TEST_CERTS "/server.key"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("cannot read the TLS certificate file /nonexistent.crt"),
              std::string::npos)
        << missing.err;
}

TEST(Custosd, ConfigFileSetsOptionsAndFlagsWin) {
    const auto base = testkit::freshDir("custosd-config");
    {
        std::ofstream config(base + "/custosd.toml");
        config << "data-dir = \"" << base << "/data\"\n"
               << "listen = \"0.0.0.0:7999\"\n"
               << "tls-cert = \"" << CUSTOS_TEST_CERTS << "/server.crt\"\n"
               << "tls-key = \"" << CUSTOS_TEST_CERTS << "/server.key\"\n";
    }
    // The flag overrides the file's listen address; data dir and TLS come from the file.
    testkit::ChildProcess server(
        {CUSTOSD_PATH, "--config", base + "/custosd.toml", "--listen", "127.0.0.1:0"});
    const auto line = server.waitForLine("listening on port", std::chrono::seconds(20));
    ASSERT_FALSE(line.empty());
    EXPECT_NE(line.find("(TLS)"), std::string::npos);
    EXPECT_NE(portOf(line), 7999);
    EXPECT_TRUE(std::ifstream(base + "/data/custos.key").good()) << "data dir from the file";
    EXPECT_EQ(server.stop(SIGTERM), 0);

    const auto bad = testkit::runCommand({CUSTOSD_PATH, "--config", base + "/missing.toml"});
    EXPECT_NE(bad.exitCode, 0);
}
