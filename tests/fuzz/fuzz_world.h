#pragma once
// Shared by the RPC and attachment fuzz targets: the demo organisation (as
// tests/support/storage_world seeds it) in a temporary SQLCipher store, the real Custos services
// on a gRPC server on loopback TCP (no TLS: the handlers, authentication, mapping and storage are
// the production code), and an enrolled device for each role.
//
// Not gRPC's in-process channel: with it (gRPC 1.51), client-streaming calls the server finished
// early (refused uploads) stayed alive at both ends, about 24 KB a call, so a long
// attachment_upload run went out of memory (2 GiB after ~190,000 inputs). Over TCP, the
// transport custosd uses, the same inputs keep memory flat, and run several times faster.
//
// Inputs name seeded entities with placeholders ("$visit", "$facility", "$cycle", "$monitor",
// "$lead", "$coordinator", "$admin", "$checklist", "$version", "$me", "$device"): every string
// field of a parsed request equal to one is replaced before the call, so seeds (and mutations
// of them) reach the code behind "unknown visit" checks.

#include "custos/admin/admin.h"
#include "custos/core/hlc.h"
#include "custos/core/uuid.h"
#include "custos/datadir/data_dir.h"
#include "custos/service/secrets.h"
#include "custos/service/server.h"

#include "attachment_service.h"
#include "enrollment_service.h"
#include "management_service.h"
#include "review_service.h"
#include "sync_service.h"

#include "fuzz_support.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/reflection.h>
#include <grpcpp/grpcpp.h>

#include <array>
#include <chrono>
#include <map>
#include <memory>
#include <string>

namespace custos::fuzz {

enum class As { Monitor, Lead, Coordinator, Admin, Nobody };

struct RpcWorld {
    std::unique_ptr<storage::Storage> store;
    std::unique_ptr<service::SyncServiceImpl> sync;
    std::unique_ptr<service::EnrollmentServiceImpl> enrollment;
    std::unique_ptr<service::ReviewServiceImpl> review;
    std::unique_ptr<service::AttachmentServiceImpl> attachments;
    std::unique_ptr<service::ManagementServiceImpl> management;
    std::unique_ptr<grpc::Server> server;
    std::shared_ptr<grpc::Channel> channel;
    std::array<std::string, 4> credential, userId, deviceId;
    std::map<std::string, std::string> names; ///< placeholder -> id (caller-independent)

    /// A context carrying the device credential of `as` (none for Nobody) and a deadline.
    [[nodiscard]] std::unique_ptr<grpc::ClientContext> context(As as) const {
        auto ctx = std::make_unique<grpc::ClientContext>();
        ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
        if (as != As::Nobody)
            ctx->AddMetadata("authorization", "Bearer " + credential[static_cast<int>(as)]);
        return ctx;
    }

    /// Replaces placeholders in every string field of `message`, recursively.
    void substitute(google::protobuf::Message& message, As as) const {
        const auto* descriptor = message.GetDescriptor();
        const auto* reflection = message.GetReflection();
        auto lookup = [&](const std::string& value) -> const std::string* {
            if (value.empty() || value[0] != '$')
                return nullptr;
            if (as != As::Nobody && value == "$me")
                return &userId[static_cast<int>(as)];
            if (as != As::Nobody && value == "$device")
                return &deviceId[static_cast<int>(as)];
            auto it = names.find(value);
            return it == names.end() ? nullptr : &it->second;
        };
        for (int i = 0; i < descriptor->field_count(); ++i) {
            const auto* field = descriptor->field(i);
            using FD = google::protobuf::FieldDescriptor;
            if (field->cpp_type() == FD::CPPTYPE_STRING) {
                if (field->is_repeated()) {
                    for (int j = 0; j < reflection->FieldSize(message, field); ++j)
                        if (auto* id = lookup(reflection->GetRepeatedString(message, field, j)))
                            reflection->SetRepeatedString(&message, field, j, *id);
                } else if (auto* id = lookup(reflection->GetString(message, field))) {
                    reflection->SetString(&message, field, *id);
                }
            } else if (field->cpp_type() == FD::CPPTYPE_MESSAGE) {
                if (field->is_repeated()) {
                    for (int j = 0; j < reflection->FieldSize(message, field); ++j)
                        substitute(*reflection->MutableRepeatedMessage(&message, field, j), as);
                } else if (reflection->HasField(message, field)) {
                    substitute(*reflection->MutableMessage(&message, field), as);
                }
            }
        }
    }
};

inline void enrol(RpcWorld& w, int slot, const std::string& userId) {
    auto code = admin::issueEnrolmentCode(*w.store, userId, 3600 * 1000);
    if (!code)
        std::abort();
    Device device;
    device.id = newId();
    device.name = "fuzz tablet";
    const std::string credential = service::newCredential();
    auto user = w.store->redeemEnrolmentCode(
        service::sha256Hex(service::normaliseEnrolmentCode(*code)),
        static_cast<std::int64_t>(systemMillis()), device, service::sha256Hex(credential));
    if (!user)
        std::abort();
    w.credential[slot] = credential;
    w.userId[slot] = userId;
    w.deviceId[slot] = device.id;
}

/// The world, made on first use (the seeded store lives for the whole fuzzing run).
inline RpcWorld& rpcWorld() {
    static RpcWorld* world = [] {
        silenceEventLog();
        auto* w = new RpcWorld;
        auto opened = datadir::openStore(scratchDir("rpc") + "/data", true);
        if (!opened)
            std::abort();
        w->store = std::move(opened).value();
        if (!admin::initOrganisation(*w->store, "Fuzz NPM").ok() ||
            !admin::seedDemo(*w->store, CUSTOS_SOURCE_DIR "/checklists/demo.yaml").ok())
            std::abort();
        const User adminUser{newId(), "Fuzz Admin", Role::Admin, true};
        if (!w->store->putUser(adminUser).ok())
            std::abort();
        enrol(*w, 0, admin::resolveUser(*w->store, admin::kDemoMonitor)->id);
        enrol(*w, 1, admin::resolveUser(*w->store, admin::kDemoLead)->id);
        enrol(*w, 2, admin::resolveUser(*w->store, admin::kDemoCoordinator)->id);
        enrol(*w, 3, adminUser.id);
        const auto visit = w->store->listVisits()->front();
        const auto templates = *w->store->listTemplates();
        w->names = {{"$visit", visit.id},
                    {"$facility", visit.facilityId},
                    {"$cycle", visit.cycleId},
                    {"$monitor", w->userId[0]},
                    {"$lead", w->userId[1]},
                    {"$coordinator", w->userId[2]},
                    {"$admin", w->userId[3]},
                    {"$checklist", templates.front().id},
                    {"$version", templates.front().version}};

        service::SyncLimits limits;
        limits.maxAttachmentBytes = 1024 * 1024; // keep the fuzzer's uploads small
        w->sync = std::make_unique<service::SyncServiceImpl>(*w->store, limits);
        w->enrollment = std::make_unique<service::EnrollmentServiceImpl>(*w->store);
        w->review = std::make_unique<service::ReviewServiceImpl>(*w->store, 5);
        w->attachments = std::make_unique<service::AttachmentServiceImpl>(*w->store, limits);
        w->management = std::make_unique<service::ManagementServiceImpl>(*w->store);
        grpc::ServerBuilder builder;
        builder.RegisterService(w->sync.get());
        builder.RegisterService(w->enrollment.get());
        builder.RegisterService(w->review.get());
        builder.RegisterService(w->attachments.get());
        builder.RegisterService(w->management.get());
        builder.SetMaxReceiveMessageSize(static_cast<int>(limits.maxPushBytes + 1024 * 1024));
        int port = 0;
        builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
        w->server = builder.BuildAndStart();
        if (!w->server || port == 0)
            std::abort();
        w->channel = grpc::CreateChannel("127.0.0.1:" + std::to_string(port),
                                         grpc::InsecureChannelCredentials());
        return w;
    }();
    return *world;
}

} // namespace custos::fuzz
