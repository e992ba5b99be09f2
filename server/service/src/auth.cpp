#include "auth.h"

#include "custos/service/secrets.h"

namespace custos::service {

Result<storage::Caller> authenticateCall(const grpc::CallbackServerContext& context,
                                         storage::Storage& storage) {
    const auto& metadata = context.client_metadata();
    const auto it = metadata.find("authorization");
    if (it == metadata.end())
        return makeError(ErrorCode::Unauthenticated,
                         "this call needs a device credential; enrol the device first");
    const std::string_view value(it->second.data(), it->second.size());
    constexpr std::string_view prefix = "Bearer ";
    if (value.substr(0, prefix.size()) != prefix || value.size() == prefix.size())
        return makeError(ErrorCode::Unauthenticated,
                         "the authorization header must be 'Bearer <credential>'");
    return storage.authenticate(sha256Hex(value.substr(prefix.size())));
}

} // namespace custos::service
