#include "tablet.h"

#include <gtest/gtest.h>

namespace custos::testkit {

Tablet enrolTablet(const TestServer& server, const std::string& user, const std::string& dir) {
    Tablet t;
    auto s = store::LocalStore::open(dir + "/" + user + ".db", "passphrase of " + user);
    EXPECT_TRUE(s.ok());
    t.store = std::move(s.value());
    sync::Transport anonymous(server.address, server.caPem, "");
    auto enrolment = anonymous.enroll(server.enrolmentCode(user), user + "'s tablet");
    EXPECT_TRUE(enrolment.ok()) << enrolment.error().message;
    t.enrolment = *enrolment;
    EXPECT_TRUE(t.store->saveEnrolment(t.enrolment).ok());
    t.transport =
        std::make_unique<sync::Transport>(server.address, server.caPem, t.enrolment.credential);
    return t;
}

} // namespace custos::testkit
