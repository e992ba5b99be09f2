#pragma once
// Authenticates a call from its "authorization: Bearer <credential>" metadata.

#include "custos/storage/storage.h"

#include <grpcpp/server_context.h>

#include <initializer_list>
#include <string>

namespace custos::service {

/// The caller behind the credential the call carries; Unauthenticated when it carries none or
/// an unknown, revoked or disabled one. The credential itself is never logged or echoed.
[[nodiscard]] Result<storage::Caller> authenticateCall(const grpc::CallbackServerContext& context,
                                                       storage::Storage& storage);

/// authenticateCall, then PermissionDenied unless the caller's role is one of `allowed`;
/// `what` completes "only <roles> can <what>" in the message.
[[nodiscard]] Result<storage::Caller> authorizeCall(const grpc::CallbackServerContext& context,
                                                    storage::Storage& storage,
                                                    std::initializer_list<Role> allowed,
                                                    const std::string& what);

} // namespace custos::service
