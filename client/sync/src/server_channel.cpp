#include "custos/sync/server_channel.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>

namespace custos::sync {

std::shared_ptr<grpc::Channel> openServerChannel(const std::string& address,
                                                 const std::string& caPem) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = caPem;
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(64 * 1024 * 1024);
    // Give up on a dead link quickly; the outbox keeps everything until the next round.
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 1000);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 10000);
    return grpc::CreateCustomChannel(address, grpc::SslCredentials(ssl), args);
}

void prepareCall(grpc::ClientContext& context, const std::string& credential,
                 std::chrono::milliseconds timeout) {
    context.set_deadline(std::chrono::system_clock::now() + timeout);
    if (!credential.empty())
        context.AddMetadata("authorization", "Bearer " + credential);
}

} // namespace custos::sync
