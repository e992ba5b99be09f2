#pragma once
// Authenticates a call from its "authorization: Bearer <credential>" metadata.

#include "custos/storage/storage.h"

#include <grpcpp/server_context.h>

namespace custos::service {

/// The caller behind the credential the call carries; Unauthenticated when it carries none or
/// an unknown, revoked or disabled one. The credential itself is never logged or echoed.
[[nodiscard]] Result<storage::Caller> authenticateCall(const grpc::CallbackServerContext& context,
                                                       storage::Storage& storage);

} // namespace custos::service
