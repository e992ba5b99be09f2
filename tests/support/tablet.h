#pragma once
// Test support: a tablet as the app has it — an encrypted local store and a transport —
// enrolled against a running TestServer.

#include "custos/store/local_store.h"
#include "custos/sync/transport.h"

#include "process.h"

#include <memory>
#include <string>

namespace custos::testkit {

/// An enrolled tablet.
struct Tablet {
    std::unique_ptr<store::LocalStore> store;
    std::unique_ptr<sync::Transport> transport;
    store::Enrolment enrolment;
};

/// Creates a store under dir and enrols it for `user` (id or display name).
[[nodiscard]] Tablet enrolTablet(const TestServer& server, const std::string& user,
                                 const std::string& dir);

} // namespace custos::testkit
