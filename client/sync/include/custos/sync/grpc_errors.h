#pragma once
// The one place where gRPC failures become domain errors on the device, in plain words.

#include "custos/core/result.h"

#include <grpcpp/support/status.h>

namespace custos::sync {

/// Maps a failed call to an Error whose message tells the monitor what happened and what to do.
[[nodiscard]] Error fromGrpcStatus(const grpc::Status& status);

} // namespace custos::sync
