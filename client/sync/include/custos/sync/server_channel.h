#pragma once
// How a device talks to its server over gRPC: one TLS channel per server, trusting the CA the
// device was enrolled with, and every call authenticated by the device credential and bounded
// by a deadline. Shared by the sync transport and the coordinators' review client so the two
// can never differ in how they authenticate or give up on a dead link.

#include <chrono>
#include <memory>
#include <string>

#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>

namespace custos::sync {

/// A TLS channel to address ("host:port") trusting caPem, or the system roots if empty.
[[nodiscard]] std::shared_ptr<grpc::Channel> openServerChannel(const std::string& address,
                                                               const std::string& caPem);

/// Sets the call's deadline and, when there is one, the device credential.
void prepareCall(grpc::ClientContext& context, const std::string& credential,
                 std::chrono::milliseconds timeout);

} // namespace custos::sync
