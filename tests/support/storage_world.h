#pragma once
// A seeded organisation on a storage backend, and helpers to push ops as a given caller. Shared
// by the storage conformance, authorisation and aggregate tests so every backend runs them all.

#include "custos/core/records.h"
#include "custos/storage/storage.h"

#include <functional>
#include <memory>
#include <string>

namespace custos::testkit {

/// A storage backend under test: every backend must pass the conformance suites.
struct Backend {
    const char* name;
    std::function<custos::Result<std::unique_ptr<custos::storage::Storage>>(const std::string& dir)>
        open;
};

/// The embedded SQLCipher backend, opened through the server's data directory code.
[[nodiscard]] const Backend& sqlcipherBackend();

/// The demo organisation (seedDemo): a lead and a monitor on one visit to the first facility,
/// a coordinator, an outsider monitor on no team, and an admin.
struct DemoWorld {
    std::string dataDir;
    std::unique_ptr<custos::storage::Storage> store;
    custos::User monitor, lead, coordinator, outsider, admin;
    custos::Visit visit;
    std::vector<custos::Facility> facilities;
    custos::VisitCycle cycle;

    /// A caller for a user (each call a fresh device id unless one is given).
    [[nodiscard]] custos::storage::Caller as(const custos::User& user,
                                             const std::string& device = {}) const;
    /// Pushes one op and returns its outcome (failing the test on a storage error).
    custos::storage::OpOutcome push(const custos::storage::Caller& caller,
                                    custos::storage::OpPayload payload);
    /// A header for a new record by `caller` on `visitId`, with a fresh HLC.
    [[nodiscard]] custos::RecordHeader header(const custos::storage::Caller& caller,
                                              const std::string& visitId);
    /// An observation by `caller` on `visitId`.
    [[nodiscard]] custos::Observation answer(const custos::storage::Caller& caller,
                                             const std::string& visitId, const std::string& key,
                                             custos::AnswerValue value);

    std::uint64_t nextHlc = 1000 << 16;
};

[[nodiscard]] DemoWorld makeDemoWorld(const std::string& name,
                                      const Backend& backend = sqlcipherBackend());

} // namespace custos::testkit
