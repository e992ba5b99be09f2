#include "custos/service/grpc_status.h"

namespace custos::service {

grpc::Status toGrpcStatus(const Error& error) {
    using grpc::StatusCode;
    StatusCode code = StatusCode::INTERNAL;
    switch (error.code) {
    case ErrorCode::InvalidArgument:
        code = StatusCode::INVALID_ARGUMENT;
        break;
    case ErrorCode::NotFound:
        code = StatusCode::NOT_FOUND;
        break;
    case ErrorCode::AlreadyExists:
        code = StatusCode::ALREADY_EXISTS;
        break;
    case ErrorCode::PermissionDenied:
        code = StatusCode::PERMISSION_DENIED;
        break;
    case ErrorCode::Unauthenticated:
        code = StatusCode::UNAUTHENTICATED;
        break;
    case ErrorCode::FailedPrecondition:
        code = StatusCode::FAILED_PRECONDITION;
        break;
    case ErrorCode::ResourceExhausted:
        code = StatusCode::RESOURCE_EXHAUSTED;
        break;
    // Storage trouble on the server is the client's cue to retry later, not to give up.
    case ErrorCode::StorageFull:
    case ErrorCode::Unavailable:
        code = StatusCode::UNAVAILABLE;
        break;
    case ErrorCode::WrongKey:
    case ErrorCode::Corrupt:
    case ErrorCode::Internal:
        code = StatusCode::INTERNAL;
        break;
    }
    if (error.code == ErrorCode::StorageFull)
        // Said in full: the device shows it, and the operator finds it in the log.
        return {code, "the server's storage is full; nothing of this request was stored and the "
                      "device keeps it to send later (operators: free disk space or raise "
                      "--max-store-mb) [" +
                          error.message + "]"};
    return {code, error.message};
}

} // namespace custos::service
