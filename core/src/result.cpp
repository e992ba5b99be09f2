#include "custos/core/result.h"

namespace custos {

const char* toString(ErrorCode code) noexcept {
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid argument";
    case ErrorCode::NotFound:
        return "not found";
    case ErrorCode::AlreadyExists:
        return "already exists";
    case ErrorCode::PermissionDenied:
        return "permission denied";
    case ErrorCode::Unauthenticated:
        return "unauthenticated";
    case ErrorCode::FailedPrecondition:
        return "failed precondition";
    case ErrorCode::WrongKey:
        return "wrong key";
    case ErrorCode::Corrupt:
        return "corrupt";
    case ErrorCode::StorageFull:
        return "storage full";
    case ErrorCode::Unavailable:
        return "unavailable";
    case ErrorCode::ResourceExhausted:
        return "resource exhausted";
    case ErrorCode::Internal:
        return "internal error";
    }
    return "unknown error";
}

} // namespace custos
