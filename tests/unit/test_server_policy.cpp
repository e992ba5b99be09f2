#include "custos/service/secrets.h"
#include "custos/service/server.h"

#include <gtest/gtest.h>

#include <set>

using namespace custos;
using namespace custos::service;

TEST(ListenPolicy, PlaintextOnlyOnLoopback) {
    ServerOptions o;
    o.insecureLoopback = true;
    o.listen = "127.0.0.1:0";
    EXPECT_TRUE(checkListenPolicy(o).ok());
    o.listen = "[::1]:7443";
    EXPECT_TRUE(checkListenPolicy(o).ok());
    o.listen = "0.0.0.0:7443";
    auto refused = checkListenPolicy(o);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    o.listen = "192.0.2.10:7443";
    EXPECT_FALSE(checkListenPolicy(o).ok());
}

TEST(ListenPolicy, TlsNeedsCertAndKeyAndIsRequiredByDefault) {
    ServerOptions o;
    o.listen = "0.0.0.0:7443";
    EXPECT_FALSE(checkListenPolicy(o).ok());
    o.tlsCertPath = "server.crt";
    EXPECT_FALSE(checkListenPolicy(o).ok());
    o.tlsKeyPath = "server.key";
    EXPECT_TRUE(checkListenPolicy(o).ok());
    o.insecureLoopback = true;
    EXPECT_FALSE(checkListenPolicy(o).ok());
}

TEST(ListenPolicy, ParsesAddresses) {
    EXPECT_EQ(splitHostPort("127.0.0.1:80")->second, 80);
    EXPECT_EQ(splitHostPort("[::1]:9")->first, "::1");
    EXPECT_FALSE(splitHostPort("nohost").ok());
    EXPECT_FALSE(splitHostPort("h:99999").ok());
    EXPECT_FALSE(splitHostPort("h:12x").ok());
}

TEST(Secrets, CredentialsAreLongRandomAndHashed) {
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const auto c = newCredential();
        EXPECT_EQ(c.size(), 43u);
        EXPECT_TRUE(seen.insert(c).second);
    }
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Secrets, EnrolmentCodesAreTypableAndNormalised) {
    const auto code = newEnrolmentCode();
    ASSERT_EQ(code.size(), 14u);
    EXPECT_EQ(code[4], '-');
    EXPECT_EQ(code.find_first_of("ILOU"), std::string::npos);
    EXPECT_EQ(normaliseEnrolmentCode("ab12 cd34-ef56"), "AB12CD34EF56");
    EXPECT_EQ(newHexKey().size(), 64u);
}
