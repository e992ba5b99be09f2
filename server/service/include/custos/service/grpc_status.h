#pragma once
// The one place where domain errors become gRPC status codes on the server.

#include "custos/core/result.h"

#include <grpcpp/support/status.h>

namespace custos::service {

/// Maps a domain error to a gRPC status with the same plain message.
[[nodiscard]] grpc::Status toGrpcStatus(const Error& error);

} // namespace custos::service
