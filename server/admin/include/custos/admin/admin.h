#pragma once
// Administrative actions behind custosctl: initialising an organisation, demo data, enrolment
// codes, status. Kept out of main() so tests can drive them.

#include "custos/core/result.h"
#include "custos/storage/storage.h"

#include <cstdint>
#include <string>

namespace custos::admin {

/// Names of the demo organisation's people, so scripts and tests can refer to them.
inline constexpr const char* kDemoMonitor = "Demo Monitor";
inline constexpr const char* kDemoLead = "Demo Lead";
inline constexpr const char* kDemoCoordinator = "Demo Coordinator";
inline constexpr const char* kDemoAdmin = "Demo Admin";

/// Creates the organisation (name) and, when no admin exists yet, a first admin user.
[[nodiscard]] Status initOrganisation(storage::Storage& store, const std::string& name);

/// Adds the demo organisation: 3 facilities, one cycle, one visit whose team is the demo
/// monitor and lead, and the checklist read from checklistYamlPath.
[[nodiscard]] Status seedDemo(storage::Storage& store, const std::string& checklistYamlPath);

/// Finds a user by id or by exact display name (which must then be unique).
[[nodiscard]] Result<User> resolveUser(storage::Storage& store, const std::string& idOrName);

/// Issues a one-time enrolment code for a user, valid for ttlMs; returns the code to hand over.
[[nodiscard]] Result<std::string>
issueEnrolmentCode(storage::Storage& store, const std::string& userIdOrName, std::int64_t ttlMs);

/// Adds a user; returns the new user's id.
[[nodiscard]] Result<std::string> addUser(storage::Storage& store, const std::string& name,
                                          Role role);
/// Enables or disables a user (a disabled user's devices are refused at once).
[[nodiscard]] Status setUserActive(storage::Storage& store, const std::string& userIdOrName,
                                   bool active);
/// Changes a user's role; it takes effect on the user's devices' next call.
[[nodiscard]] Status setUserRole(storage::Storage& store, const std::string& userIdOrName,
                                 Role role);
/// One line per user: "id  role  active  name".
[[nodiscard]] Result<std::string> describeUsers(storage::Storage& store);
/// One line per device: "id  user  enrolled  state  name".
[[nodiscard]] Result<std::string> describeDevices(storage::Storage& store);
/// Revokes a device so its next call is refused.
[[nodiscard]] Status revokeDevice(storage::Storage& store, const std::string& deviceId);
/// Verifies the audit chain; the text names the head hash to record, or the first bad event.
[[nodiscard]] Result<std::string> verifyAudit(storage::Storage& store, bool& intact);

/// Who performs an administrative action, for the audit log: custosctl working on the data
/// directory unless a coordinator or admin acts through the server.
struct Actor {
    std::string userId = "local-admin";
    std::string deviceId;
};

/// Records an administrative action by `actor` in the audit chain.
[[nodiscard]] Status audit(storage::Storage& store, const Actor& actor, const std::string& action,
                           const std::string& entity, const std::string& detail = {});

/// Records an administrative action in the audit chain.
[[nodiscard]] Status audit(storage::Storage& store, const std::string& action,
                           const std::string& entity, const std::string& detail = {});

/// A short human-readable summary of what the store holds.
[[nodiscard]] Result<std::string> describeStatus(storage::Storage& store);

} // namespace custos::admin
