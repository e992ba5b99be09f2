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

Result<storage::Caller> authorizeCall(const grpc::CallbackServerContext& context,
                                      storage::Storage& storage,
                                      std::initializer_list<Role> allowed,
                                      const std::string& what) {
    auto caller = authenticateCall(context, storage);
    if (!caller)
        return caller.error();
    std::string roles;
    for (Role role : allowed) {
        if (role == caller->role)
            return caller;
        roles += (roles.empty() ? "" : " and ") + std::string(toString(role)) + "s";
    }
    return makeError(ErrorCode::PermissionDenied, "only " + roles + " can " + what);
}

} // namespace custos::service
