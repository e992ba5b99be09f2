#pragma once
// Versioned schema of the embedded server database. Migration N takes version N-1 to N.

#include <array>
#include <string_view>

namespace custos::storage::schema {

inline constexpr std::array<std::string_view, 5> kMigrations = {
    // 1: organisation, users, devices, reference data, observations and the change feed.
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE users (
  id TEXT PRIMARY KEY, display_name TEXT NOT NULL, role TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1) STRICT;
CREATE TABLE enrolment_codes (
  code_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),
  expires_at_ms INTEGER NOT NULL, used_at_ms INTEGER) STRICT;
CREATE TABLE devices (
  id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), name TEXT NOT NULL,
  credential_hash TEXT NOT NULL UNIQUE, revoked INTEGER NOT NULL DEFAULT 0,
  enrolled_at_ms INTEGER NOT NULL) STRICT;
-- The change feed devices pull. Reference entities keep only their latest row (a new version
-- gets a new seq); observations are append-only, one row each.
CREATE TABLE changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, entity_id TEXT NOT NULL,
  visit_id TEXT, facility_id TEXT, cycle_id TEXT) STRICT;
CREATE INDEX changes_entity ON changes(kind, entity_id);
CREATE INDEX changes_visit ON changes(visit_id, seq);
CREATE TABLE facilities (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT;
CREATE TABLE cycles (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT;
CREATE TABLE visits (
  id TEXT PRIMARY KEY, facility_id TEXT NOT NULL, cycle_id TEXT NOT NULL,
  status TEXT NOT NULL, body TEXT NOT NULL) STRICT;
CREATE TABLE visit_team (
  visit_id TEXT NOT NULL REFERENCES visits(id), user_id TEXT NOT NULL, role TEXT NOT NULL,
  PRIMARY KEY (visit_id, user_id)) STRICT;
CREATE INDEX visit_team_user ON visit_team(user_id);
CREATE TABLE templates (
  id TEXT NOT NULL, version TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (id, version)) STRICT;
CREATE TABLE observations (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, op_id TEXT NOT NULL UNIQUE,
  visit_id TEXT NOT NULL, item_key TEXT NOT NULL, value TEXT NOT NULL, note TEXT NOT NULL,
  source TEXT NOT NULL, author_id TEXT NOT NULL, device_id TEXT NOT NULL, hlc INTEGER NOT NULL,
  received_at_ms INTEGER NOT NULL) STRICT;
CREATE INDEX observations_visit ON observations(visit_id, item_key);
)sql",
    // 2: the hash-chained audit log.
    R"sql(
CREATE TABLE audit_events (
  seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, actor_user TEXT NOT NULL,
  actor_device TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL) STRICT;
)sql",
    // 3: visit records (interviews, findings, recommendations, updates, reconciliations, status
    // changes), per-visit figures, and feed entries addressed to one user (withdrawals).
    R"sql(
CREATE TABLE records (
  seq INTEGER PRIMARY KEY, version_id TEXT NOT NULL UNIQUE, op_id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL, entity_id TEXT NOT NULL, visit_id TEXT, facility_id TEXT NOT NULL,
  confidential INTEGER NOT NULL, body TEXT NOT NULL, author_id TEXT NOT NULL,
  device_id TEXT NOT NULL, hlc INTEGER NOT NULL, received_at_ms INTEGER NOT NULL) STRICT;
CREATE INDEX records_entity ON records(kind, entity_id);
CREATE INDEX records_visit ON records(visit_id, seq);
CREATE INDEX records_facility ON records(facility_id, kind);
CREATE TABLE visit_stats (
  visit_id TEXT PRIMARY KEY, facility_id TEXT NOT NULL, cycle_id TEXT NOT NULL,
  body TEXT NOT NULL) STRICT;
CREATE INDEX visit_stats_cycle ON visit_stats(cycle_id);
CREATE INDEX visit_stats_facility ON visit_stats(facility_id);
ALTER TABLE changes ADD COLUMN audience_user TEXT;
ALTER TABLE changes ADD COLUMN note TEXT;
CREATE INDEX changes_facility ON changes(facility_id, seq);
)sql",
    // 4: attachments, content-addressed, stored in chunks inside the encrypted database.
    R"sql(
CREATE TABLE attachments (
  sha256 TEXT PRIMARY KEY, visit_id TEXT NOT NULL, size INTEGER NOT NULL,
  media_type TEXT NOT NULL, shows_people INTEGER NOT NULL, uploader_id TEXT NOT NULL,
  held INTEGER NOT NULL DEFAULT 0, committed INTEGER NOT NULL DEFAULT 0,
  started_at_ms INTEGER NOT NULL) STRICT;
CREATE TABLE attachment_chunks (
  sha256 TEXT NOT NULL REFERENCES attachments(sha256), offset INTEGER NOT NULL,
  data BLOB NOT NULL, PRIMARY KEY (sha256, offset)) STRICT;
)sql",
    // 5: each author's latest answer per item, kept on insert, so a visit's figures are
    // recomputed from what counts instead of from its whole history.
    R"sql(
CREATE TABLE latest_answers (
  visit_id TEXT NOT NULL, item_key TEXT NOT NULL, author_id TEXT NOT NULL,
  seq INTEGER NOT NULL, hlc INTEGER NOT NULL, device_id TEXT NOT NULL,
  PRIMARY KEY (visit_id, item_key, author_id)) STRICT, WITHOUT ROWID;
INSERT INTO latest_answers(visit_id, item_key, author_id, seq, hlc, device_id)
SELECT visit_id, item_key, author_id, seq, hlc, device_id FROM observations o
WHERE NOT EXISTS (
  SELECT 1 FROM observations n
  WHERE n.visit_id = o.visit_id AND n.item_key = o.item_key AND n.author_id = o.author_id
    AND (n.hlc > o.hlc OR (n.hlc = o.hlc AND n.device_id > o.device_id)));
)sql",
};

} // namespace custos::storage::schema
