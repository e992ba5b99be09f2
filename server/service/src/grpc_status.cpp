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
    return {code, error.message};
}

} // namespace custos::service
