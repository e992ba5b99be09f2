#pragma once
// Test support: talk to a running TestServer with the generated stubs, as an enrolled device.

#include "process.h"

#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

namespace custos::testkit {

/// A TLS channel to the server, trusting the test CA.
[[nodiscard]] std::shared_ptr<grpc::Channel> tlsChannel(const TestServer& server);

/// Enrols a new device for `user` (id or display name) and returns its credential.
[[nodiscard]] std::string enrolDevice(const TestServer& server, const std::string& user);

/// Adds the device credential to a call.
void authorize(grpc::ClientContext& context, const std::string& credential);

} // namespace custos::testkit
