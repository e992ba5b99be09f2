#pragma once
// Versioned schema of the tablet database. Migration N takes version N-1 to N.

#include <array>
#include <string_view>

namespace custos::store::schema {

inline constexpr std::array<std::string_view, 3> kMigrations = {
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE facilities (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT;
CREATE TABLE cycles (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT;
CREATE TABLE visits (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT;
CREATE TABLE templates (
  id TEXT NOT NULL, version TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (id, version)) STRICT;
-- Append-only: every answer ever given, by anyone on the team. The current answer is derived.
CREATE TABLE observations (
  id TEXT PRIMARY KEY, visit_id TEXT NOT NULL, item_key TEXT NOT NULL, value TEXT NOT NULL,
  note TEXT NOT NULL, source TEXT NOT NULL, author_id TEXT NOT NULL, device_id TEXT NOT NULL,
  hlc INTEGER NOT NULL, server_seq INTEGER) STRICT;
CREATE INDEX observations_visit ON observations(visit_id, item_key, hlc);
-- Operations waiting for the server. Written in the same transaction as the change itself.
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  entity_id TEXT NOT NULL, created_at_ms INTEGER NOT NULL) STRICT;
-- Operations the server refused for good, kept with its reason so nothing vanishes silently.
CREATE TABLE rejected_ops (
  op_id TEXT PRIMARY KEY, kind TEXT NOT NULL, entity_id TEXT NOT NULL, reason TEXT NOT NULL,
  rejected_at_ms INTEGER NOT NULL) STRICT;
)sql",
    // 2: visit records (interviews, findings, recommendations, ...), withdrawn visits waiting
    // for their outbox to drain before they are purged, and backfills of visits that arrived
    // after the cursor had passed their earlier changes.
    R"sql(
CREATE TABLE records (
  version_id TEXT PRIMARY KEY, kind TEXT NOT NULL, entity_id TEXT NOT NULL, visit_id TEXT,
  facility_id TEXT, body TEXT NOT NULL, hlc INTEGER NOT NULL, server_seq INTEGER) STRICT;
CREATE INDEX records_visit ON records(visit_id, kind);
CREATE INDEX records_entity ON records(kind, entity_id);
CREATE TABLE withdrawn_visits (visit_id TEXT PRIMARY KEY, reason TEXT NOT NULL) STRICT;
CREATE TABLE backfills (
  visit_id TEXT PRIMARY KEY, until_seq INTEGER NOT NULL, cursor INTEGER NOT NULL) STRICT;
-- A refused op keeps a copy of what it carried: purging its visit later must not lose it.
ALTER TABLE rejected_ops ADD COLUMN payload TEXT;
ALTER TABLE rejected_ops ADD COLUMN visit_id TEXT;
)sql",
    // 3: photos (attachments), kept only inside this encrypted database: never as files. Written
    // here (uploaded = 0) or downloaded from the server for the lead to see (uploaded = 1).
    R"sql(
CREATE TABLE attachments (
  sha256 TEXT PRIMARY KEY, visit_id TEXT NOT NULL, item_key TEXT NOT NULL,
  media_type TEXT NOT NULL, shows_people INTEGER NOT NULL, bytes BLOB NOT NULL,
  size INTEGER NOT NULL, created_at_ms INTEGER NOT NULL, uploaded INTEGER NOT NULL DEFAULT 0)
  STRICT;
CREATE INDEX attachments_visit ON attachments(visit_id, created_at_ms);
CREATE INDEX attachments_pending ON attachments(uploaded, created_at_ms);
)sql",
};

} // namespace custos::store::schema
