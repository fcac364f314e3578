/* cr-migration-7.c: migration 7, the review report and its publication
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-private.h"
#include "cr-migrations-sql.h"

/*
 * 7: the report of a local review. Its sections (the reviewer's markup,
 * saved as they type), the versions saved of them, findings with the
 * chronology entries that evidence them, recommendations, the register
 * of details that identify the family, the anonymisation check's
 * dismissals, the publication record and the 7-minute briefing with the
 * teams it was delivered to.
 *
 * Like migrations 5 and 6, a record's column is its field's name with '-'
 * turned to '_' (cr-record.h). Like every migration, this one never
 * changes once released.
 */

/* The audit trail learns the new kinds of record, as in migration 6. */
static const char migration_7_audit_sql[] =
  "CREATE TEMP TABLE audit_v6 AS SELECT * FROM audit;"
  "DROP TABLE audit;"
  "CREATE TABLE audit ("
  "  id        INTEGER PRIMARY KEY,"
  "  at        TEXT NOT NULL DEFAULT (" NOW_SQL "),"
  "  os_user   TEXT NOT NULL,"
  "  action    TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'reveal')),"
  "  entity    TEXT NOT NULL"
  "            CHECK (entity IN ('case', 'agency', 'involvement', 'case-theme',"
  "                              'child', 'family-member', 'referral', 'parallel-process',"
  "                              'rapid-review', 'attendee', 'agency-summary', 'sign-off',"
  "                              'case-pause', 'reviewer', 'terms-of-reference',"
  "                              'panel-member', 'milestone', 'document', 'evidence-request',"
  "                              'meeting', 'family-contact', 'chronology-mapping',"
  "                              'chronology-import', 'chronology-entry', 'chronology-reject',"
  "                              'chronology-duplicate', 'report-section', 'report-version',"
  "                              'finding', 'finding-evidence', 'recommendation',"
  "                              'case-identifier', 'anonymisation-dismissal', 'publication',"
  "                              'briefing', 'briefing-delivery')),"
  "  entity_id INTEGER NOT NULL,"
  "  case_id   INTEGER,"
  "  field     TEXT,"
  "  old_value TEXT,"
  "  new_value TEXT"
  ") STRICT;"
  "INSERT INTO audit (id, at, os_user, action, entity, entity_id, case_id, field, old_value, new_value)"
  "  SELECT id, at, os_user, action, entity, entity_id, case_id, field, old_value, new_value"
  "    FROM temp.audit_v6 ORDER BY id;"
  "DROP TABLE temp.audit_v6;"
  "CREATE INDEX audit_case ON audit (case_id, id);"
  "CREATE INDEX audit_entity ON audit (entity, entity_id, id);"
  "CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit BEGIN"
  "  SELECT RAISE (ABORT, 'the audit trail cannot be changed');"
  "END;"
  "CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit BEGIN"
  "  SELECT RAISE (ABORT, 'the audit trail cannot be changed');"
  "END;";

#define REQUIRED_LINE_COLUMN_7(name) \
  name " TEXT NOT NULL CHECK (length (" name ") BETWEEN 1 AND 1000)"
/* A number written in decimal, 1 to 999, no leading zero. */
#define SMALL_NUMBER_CHECK(name) \
  "CHECK (" name " GLOB '[1-9]*' AND " name " NOT GLOB '*[^0-9]*' AND length (" name ") <= 3)"
/* One part of the 7-minute briefing. */
#define BRIEFING_COLUMN(name) \
  name " TEXT CHECK (length (" name ") <= 1500)"

#define SECTION_KEYS \
  "'title-page', 'foreword', 'executive-summary', 'introduction', 'terms-of-reference'," \
  " 'methodology', 'family-involvement', 'parallel-processes', 'background', 'analysis'," \
  " 'findings', 'recommendations', 'partnership-response', 'glossary'"

/* The audited columns of each table, as (field, column). */
#define FINDING_COLUMNS(C) \
  C ("position", "position") C ("title", "title") C ("text", "text") C ("theme", "theme") \
  C ("priority", "priority") C ("good-practice", "good_practice") C ("status", "status") \
  C ("approved-date", "approved_date")

#define FINDING_EVIDENCE_COLUMNS(C) \
  C ("finding-id", "finding_id") C ("entry-id", "entry_id")

#define RECOMMENDATION_COLUMNS(C) \
  C ("position", "position") C ("text", "text") C ("finding-id", "finding_id") \
  C ("addressed-to", "addressed_to") C ("agency-ids", "agency_ids") \
  C ("national-body", "national_body") C ("outcome", "outcome") C ("status", "status")

#define CASE_IDENTIFIER_COLUMNS(C) \
  C ("kind", "kind") C ("value", "value") C ("person", "person") C ("replacement", "replacement")

#define DISMISSAL_COLUMNS(C) \
  C ("hit-key", "hit_key") C ("kind", "kind") C ("source", "source") C ("reason", "reason") \
  C ("decided-by", "decided_by") C ("decided-at", "decided_at")

#define PUBLICATION_COLUMNS(C) \
  C ("proceedings", "proceedings") C ("proceedings-note", "proceedings_note") \
  C ("anonymisation-date", "anonymisation_date") C ("family-told-date", "family_told_date") \
  C ("family-shown", "family_shown") C ("family-note", "family_note") C ("mode", "mode") \
  C ("mode-reason", "mode_reason") C ("decided-by", "decided_by") \
  C ("decision-date", "decision_date") C ("planned-date", "planned_date") \
  C ("copies-to", "copies_to") C ("copies-date", "copies_date") \
  C ("published-date", "published_date") C ("place", "place") \
  C ("repository-date", "repository_date") C ("repository-note", "repository_note")

#define BRIEFING_COLUMNS(C) \
  C ("title", "title") C ("background", "background") C ("why-it-matters", "why_it_matters") \
  C ("learning-1", "learning_1") C ("learning-2", "learning_2") C ("learning-3", "learning_3") \
  C ("things-to-note", "things_to_note") C ("what-to-do", "what_to_do") \
  C ("question-1", "question_1") C ("question-2", "question_2") C ("question-3", "question_3") \
  C ("approved-date", "approved_date")

#define DELIVERY_COLUMNS(C) \
  C ("delivered-date", "delivered_date") C ("team", "team") C ("agency-id", "agency_id") \
  C ("delivered-by", "delivered_by") C ("attendees", "attendees") C ("notes", "notes")

static const char migration_7_sql[] =
  /* The text of each section. Saved as the reviewer types, so storage
   * writes its own, coalesced audit rows (cr-database-report.c) rather
   * than one per keystroke; each change still moves the case. */
  "CREATE TABLE report_sections ("
  "  case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  section    TEXT NOT NULL CHECK (section IN (" SECTION_KEYS ")),"
  "  body       TEXT NOT NULL CHECK (length (CAST (body AS BLOB)) <= 500000),"
  "  updated_at TEXT NOT NULL DEFAULT (" NOW_SQL "),"
  "  PRIMARY KEY (case_id, section)"
  ") STRICT;"
  "CREATE TRIGGER report_sections_touch_insert AFTER INSERT ON report_sections BEGIN "
  TOUCH_CASE ("NEW.case_id")
  "END;"
  "CREATE TRIGGER report_sections_touch_update AFTER UPDATE ON report_sections BEGIN "
  TOUCH_CASE ("NEW.case_id")
  "END;"

  /* Saved versions of the whole text: audited by number and label only
   * (never the text), and never changed once saved. */
  "CREATE TABLE report_versions ("
  "  id         INTEGER PRIMARY KEY,"
  "  case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  number     INTEGER NOT NULL CHECK (number > 0),"
  "  label      TEXT NOT NULL CHECK (length (label) BETWEEN 1 AND 200),"
  "  saved_by   TEXT NOT NULL CHECK (length (saved_by) <= 1000),"
  "  saved_at   TEXT NOT NULL DEFAULT (" NOW_SQL "),"
  "  n_words    INTEGER NOT NULL CHECK (n_words >= 0),"
  "  content    TEXT NOT NULL,"
  "  UNIQUE (case_id, number)"
  ") STRICT;"
  "CREATE INDEX report_versions_case ON report_versions (case_id);"
  "CREATE TRIGGER report_versions_audit_insert AFTER INSERT ON report_versions BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'insert', 'report-version', NEW.id, NEW.case_id, NULL, NULL,"
  "  " KV_FIRST ("number", "NEW.number") KV ("label", "NEW.label") ");"
  TOUCH_CASE ("NEW.case_id")
  "END;"
  "CREATE TRIGGER report_versions_are_immutable BEFORE UPDATE ON report_versions BEGIN"
  "  SELECT RAISE (ABORT, 'a saved version of the report cannot be changed');"
  "END;"

  /* Findings. */
  "CREATE TABLE findings ("
  "  id            INTEGER PRIMARY KEY,"
  "  case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  position      TEXT NOT NULL " SMALL_NUMBER_CHECK ("position") ","
  "  " REQUIRED_LINE_COLUMN_7 ("title") ","
  "  " TEXT_COLUMN ("text") ","
  "  " LINE_COLUMN ("theme") ","
  "  priority      TEXT CHECK (priority IN ('high', 'medium', 'low')),"
  "  " BOOLEAN_COLUMN ("good_practice") ","
  "  status        TEXT NOT NULL CHECK (status IN ('draft', 'approved')),"
  "  " DATE_COLUMN ("approved_date") ","
  "  CHECK ((status = 'approved') = (approved_date IS NOT NULL))"
  ") STRICT;"
  "CREATE INDEX findings_case ON findings (case_id);"
  AUDIT_TRIGGERS ("findings", "finding", "id", FINDING_COLUMNS)

  /* The chronology entries that evidence each finding (of the same case:
   * storage checks it). */
  "CREATE TABLE finding_evidence ("
  "  finding_id  INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,"
  "  entry_id    INTEGER NOT NULL REFERENCES chronology_entries (id) ON DELETE CASCADE,"
  "  case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (finding_id, entry_id)"
  ") STRICT;"
  "CREATE INDEX finding_evidence_case ON finding_evidence (case_id);"
  "CREATE INDEX finding_evidence_entry ON finding_evidence (entry_id);"
  AUDIT_TRIGGERS ("finding_evidence", "finding-evidence", "rowid", FINDING_EVIDENCE_COLUMNS)

  /* Recommendations. */
  "CREATE TABLE recommendations ("
  "  id            INTEGER PRIMARY KEY,"
  "  case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  position      TEXT NOT NULL " SMALL_NUMBER_CHECK ("position") ","
  "  text          TEXT NOT NULL CHECK (length (text) BETWEEN 1 AND 20000),"
  "  finding_id    INTEGER REFERENCES findings (id) ON DELETE SET NULL,"
  "  addressed_to  TEXT NOT NULL CHECK (addressed_to IN ('partnership', 'agencies', 'national')),"
  "  agency_ids    TEXT CHECK (agency_ids GLOB '[0-9]*' AND agency_ids NOT GLOB '*[^0-9;]*'"
  "                            AND length (agency_ids) <= 1000),"
  "  " LINE_COLUMN ("national_body") ","
  "  " TEXT_COLUMN ("outcome") ","
  "  status        TEXT NOT NULL CHECK (status IN ('draft', 'agreed')),"
  "  CHECK ((addressed_to = 'agencies') = (agency_ids IS NOT NULL))"
  ") STRICT;"
  "CREATE INDEX recommendations_case ON recommendations (case_id);"
  "CREATE INDEX recommendations_finding ON recommendations (finding_id);"
  AUDIT_TRIGGERS ("recommendations", "recommendation", "id", RECOMMENDATION_COLUMNS)

  /* What identifies the family, for the anonymisation check. Restricted
   * like the identities, but the audit trail is the case's own record of
   * the register (the values are in the database anyway). */
  "CREATE TABLE case_identifiers ("
  "  id            INTEGER PRIMARY KEY,"
  "  case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  kind          TEXT NOT NULL CHECK (kind IN ('alias', 'school', 'street', 'place',"
  "                                              'nhs-number', 'phone', 'email', 'other')),"
  "  " REQUIRED_LINE_COLUMN_7 ("value") ","
  "  " LINE_COLUMN ("person") ","
  "  " LINE_COLUMN ("replacement")
  ") STRICT;"
  "CREATE INDEX case_identifiers_case ON case_identifiers (case_id);"
  AUDIT_TRIGGERS ("case_identifiers", "case-identifier", "id", CASE_IDENTIFIER_COLUMNS)

  /* Hits of the anonymisation check someone decided to leave, and why:
   * added and removed, never changed. */
  "CREATE TABLE anonymisation_dismissals ("
  "  id            INTEGER PRIMARY KEY,"
  "  case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  hit_key       TEXT NOT NULL"
  "                CHECK (length (hit_key) = 64 AND hit_key NOT GLOB '*[^0-9a-f]*'),"
  "  " REQUIRED_LINE_COLUMN_7 ("kind") ","
  "  " REQUIRED_LINE_COLUMN_7 ("source") ","
  "  reason        TEXT NOT NULL CHECK (length (reason) BETWEEN 10 AND 20000),"
  "  " REQUIRED_LINE_COLUMN_7 ("decided_by") ","
  "  decided_at    TEXT NOT NULL DEFAULT (" NOW_SQL "),"
  "  UNIQUE (case_id, hit_key)"
  ") STRICT;"
  "CREATE INDEX anonymisation_dismissals_case ON anonymisation_dismissals (case_id);"
  "CREATE TRIGGER anonymisation_dismissals_are_immutable BEFORE UPDATE ON anonymisation_dismissals BEGIN"
  "  SELECT RAISE (ABORT, 'a dismissal cannot be changed: remove it and add another');"
  "END;"
  AUDIT_TRIGGERS ("anonymisation_dismissals", "anonymisation-dismissal", "id", DISMISSAL_COLUMNS)

  /* The way to publication (one per case). */
  "CREATE TABLE publications ("
  "  case_id       INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,"
  "  proceedings   TEXT CHECK (proceedings IN ('none', 'concluded', 'no-prejudice')),"
  "  " TEXT_COLUMN ("proceedings_note") ","
  "  " DATE_COLUMN ("anonymisation_date") ","
  "  " DATE_COLUMN ("family_told_date") ","
  "  family_shown  TEXT CHECK (family_shown IN ('shown', 'declined', 'not-agreed', 'not-possible')),"
  "  " TEXT_COLUMN ("family_note") ","
  "  mode          TEXT CHECK (mode IN ('full', 'improvements')),"
  "  " TEXT_COLUMN ("mode_reason") ","
  "  " LINE_COLUMN ("decided_by") ","
  "  " DATE_COLUMN ("decision_date") ","
  "  " DATE_COLUMN ("planned_date") ","
  "  copies_to     TEXT CHECK (replace (replace (replace (';' || copies_to,"
  "                  ';panel', ''), ';secretary-of-state', ''), ';ofsted', '') = ''),"
  "  " DATE_COLUMN ("copies_date") ","
  "  " DATE_COLUMN ("published_date") ","
  "  " LINE_COLUMN ("place") ","
  "  " DATE_COLUMN ("repository_date") ","
  "  " LINE_COLUMN ("repository_note") ","
  "  CHECK (mode <> 'improvements' OR mode_reason IS NOT NULL)"
  ") STRICT;"
  AUDIT_TRIGGERS ("publications", "publication", "case_id", PUBLICATION_COLUMNS)

  /* The 7-minute briefing (one per case). */
  "CREATE TABLE briefings ("
  "  case_id       INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,"
  "  " BRIEFING_COLUMN ("title") ","
  "  " BRIEFING_COLUMN ("background") ","
  "  " BRIEFING_COLUMN ("why_it_matters") ","
  "  " BRIEFING_COLUMN ("learning_1") ","
  "  " BRIEFING_COLUMN ("learning_2") ","
  "  " BRIEFING_COLUMN ("learning_3") ","
  "  " BRIEFING_COLUMN ("things_to_note") ","
  "  " BRIEFING_COLUMN ("what_to_do") ","
  "  " BRIEFING_COLUMN ("question_1") ","
  "  " BRIEFING_COLUMN ("question_2") ","
  "  " BRIEFING_COLUMN ("question_3") ","
  "  " DATE_COLUMN ("approved_date")
  ") STRICT;"
  AUDIT_TRIGGERS ("briefings", "briefing", "case_id", BRIEFING_COLUMNS)

  /* The teams the briefing was delivered to. */
  "CREATE TABLE briefing_deliveries ("
  "  id             INTEGER PRIMARY KEY,"
  "  case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  " DATE_COLUMN ("delivered_date") " NOT NULL,"
  "  " REQUIRED_LINE_COLUMN_7 ("team") ","
  "  agency_id      INTEGER REFERENCES agencies (id) ON DELETE RESTRICT,"
  "  " REQUIRED_LINE_COLUMN_7 ("delivered_by") ","
  "  attendees      TEXT " SMALL_NUMBER_CHECK ("attendees") ","
  "  " TEXT_COLUMN ("notes")
  ") STRICT;"
  "CREATE INDEX briefing_deliveries_case ON briefing_deliveries (case_id, delivered_date);"
  "CREATE INDEX briefing_deliveries_agency ON briefing_deliveries (agency_id);"
  AUDIT_TRIGGERS ("briefing_deliveries", "briefing-delivery", "id", DELIVERY_COLUMNS);

/* The publication assistant keeps a draft of the step being typed, as
 * the referral and rapid review assistants do (migration 5): the drafts
 * table is made again with the new kind in its CHECK, every row kept. */
static const char migration_7_drafts_sql[] =
  "CREATE TEMP TABLE drafts_v6 AS SELECT * FROM drafts;"
  "DROP TABLE drafts;"
  "CREATE TABLE drafts ("
  "  kind        TEXT NOT NULL CHECK (kind IN ('referral', 'rapid-review', 'publication')),"
  "  key         TEXT NOT NULL CHECK (length (key) BETWEEN 1 AND 200),"
  "  title       TEXT CHECK (length (title) <= 500),"
  "  data        TEXT NOT NULL CHECK (length (data) <= 10000000),"
  "  updated_at  TEXT NOT NULL DEFAULT (" NOW_SQL "),"
  "  PRIMARY KEY (kind, key)"
  ") STRICT;"
  "INSERT INTO drafts (kind, key, title, data, updated_at)"
  "  SELECT kind, key, title, data, updated_at FROM temp.drafts_v6;"
  "DROP TABLE temp.drafts_v6;"
  "CREATE INDEX drafts_updated ON drafts (kind, updated_at);";

gboolean
_cr_migrate_7 (sqlite3  *db,
               GError  **error)
{
  return _cr_db_exec (db, migration_7_audit_sql, error) &&
         _cr_db_exec (db, migration_7_drafts_sql, error) &&
         _cr_db_exec (db, migration_7_sql, error);
}
