#include "storage_world.h"

#include "custos/admin/admin.h"
#include "custos/core/uuid.h"
#include "custos/datadir/data_dir.h"

#include "process.h"

#include <gtest/gtest.h>

namespace custos::testkit {

const Backend& sqlcipherBackend() {
    static const Backend backend{
        "sqlcipher", [](const std::string& dir) { return datadir::openStore(dir, true); }};
    return backend;
}

storage::Caller DemoWorld::as(const User& user, const std::string& device) const {
    return {user.id, device.empty() ? user.id + "-tablet" : device, user.role};
}

storage::OpOutcome DemoWorld::push(const storage::Caller& caller, storage::OpPayload payload) {
    auto outcomes = store->applyOps(caller, {{newId(), std::move(payload)}});
    EXPECT_TRUE(outcomes.ok()) << (outcomes.ok() ? "" : outcomes.error().message);
    if (!outcomes.ok() || outcomes->empty())
        return {};
    return outcomes->front();
}

RecordHeader DemoWorld::header(const storage::Caller& caller, const std::string& visitId) {
    const std::string id = newId();
    return {id, id, visitId, caller.userId, caller.deviceId, Hlc{++nextHlc}};
}

Observation DemoWorld::answer(const storage::Caller& caller, const std::string& visitId,
                              const std::string& key, AnswerValue value) {
    Observation o;
    o.id = newId();
    o.visitId = visitId;
    o.itemKey = key;
    o.value = std::move(value);
    o.authorId = caller.userId;
    o.deviceId = caller.deviceId;
    o.hlc = Hlc{++nextHlc};
    return o;
}

DemoWorld makeDemoWorld(const std::string& name, const Backend& backend) {
    DemoWorld w;
    w.dataDir = freshDir(name) + "/data";
    auto store = backend.open(w.dataDir);
    EXPECT_TRUE(store.ok());
    w.store = std::move(store.value());
    EXPECT_TRUE(admin::initOrganisation(*w.store, "Test NPM").ok());
    EXPECT_TRUE(admin::seedDemo(*w.store, CUSTOS_DEMO_CHECKLIST).ok());
    w.monitor = *admin::resolveUser(*w.store, admin::kDemoMonitor);
    w.lead = *admin::resolveUser(*w.store, admin::kDemoLead);
    w.coordinator = *admin::resolveUser(*w.store, admin::kDemoCoordinator);
    w.outsider = {newId(), "Not On Team", Role::Monitor, true};
    w.admin = {newId(), "Admin", Role::Admin, true};
    EXPECT_TRUE(w.store->putUser(w.outsider).ok());
    EXPECT_TRUE(w.store->putUser(w.admin).ok());
    w.visit = w.store->listVisits()->front();
    w.facilities = *w.store->listFacilities();
    w.cycle = w.store->listCycles()->front();
    return w;
}

} // namespace custos::testkit
