#include "custos/sync/grpc_errors.h"

#include <algorithm>
#include <cctype>

namespace custos::sync {
namespace {

bool mentions(std::string text, std::initializer_list<const char*> words) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::any_of(words.begin(), words.end(),
                       [&](const char* w) { return text.find(w) != std::string::npos; });
}

} // namespace

Error fromGrpcStatus(const grpc::Status& status) {
    const std::string& detail = status.error_message();
    switch (status.error_code()) {
    case grpc::StatusCode::UNAUTHENTICATED:
        return makeError(ErrorCode::Unauthenticated, detail.empty()
                                                         ? "the server did not accept this "
                                                           "device's credential"
                                                         : detail);
    case grpc::StatusCode::PERMISSION_DENIED:
        return makeError(ErrorCode::PermissionDenied, detail);
    case grpc::StatusCode::INVALID_ARGUMENT:
        return makeError(ErrorCode::InvalidArgument, detail);
    case grpc::StatusCode::NOT_FOUND:
        return makeError(ErrorCode::NotFound, detail);
    case grpc::StatusCode::FAILED_PRECONDITION:
        return makeError(ErrorCode::FailedPrecondition, detail);
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return makeError(ErrorCode::ResourceExhausted, detail);
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return makeError(ErrorCode::Unavailable,
                         "the server took too long to answer; your work is saved on this "
                         "tablet and will be sent later");
    case grpc::StatusCode::UNAVAILABLE:
        if (mentions(detail, {"storage is full"}))
            return makeError(ErrorCode::Unavailable,
                             "the server's storage is full; your work is saved on this tablet "
                             "and will be sent once the server's administrator frees space");
        if (mentions(detail, {"handshake", "certificate", "ssl", "tls"}))
            return makeError(ErrorCode::Unavailable,
                             "the server's certificate could not be verified; check the server "
                             "address, or ask your administrator for the right certificate");
        return makeError(ErrorCode::Unavailable,
                         "the server cannot be reached; your work is saved on this tablet and "
                         "will be sent when there is a connection");
    default:
        return makeError(ErrorCode::Internal,
                         "the server reported an error (" + detail + "); try again later");
    }
}

} // namespace custos::sync
