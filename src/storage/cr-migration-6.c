/* cr-migration-6.c: migration 6, the review workspace
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
 * 6: the practice review workspace. Reviewers, the terms of reference, the
 * panel, the plan, documents (their bytes once per content, by SHA-256),
 * evidence requests, meetings, the family involvement log, what a pause
 * is for, and the agencies' chronologies.
 *
 * Like migration 5, a record's column is its field's name with '-' turned
 * to '_' (cr-record.h) and values are text, except the few counts and
 * flags that storage alone writes. Like every migration, this one never
 * changes once released.
 */

/* The audit trail learns the new kinds of record, as in migration 5: its
 * rows are kept aside, the table is made again with the wider CHECK, and
 * its rows, indexes and append-only triggers come back as they were. */
static const char migration_6_audit_sql[] =
  "CREATE TEMP TABLE audit_v5 AS SELECT * FROM audit;"
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
  "                              'chronology-duplicate')),"
  "  entity_id INTEGER NOT NULL,"
  "  case_id   INTEGER,"
  "  field     TEXT,"
  "  old_value TEXT,"
  "  new_value TEXT"
  ") STRICT;"
  "INSERT INTO audit (id, at, os_user, action, entity, entity_id, case_id, field, old_value, new_value)"
  "  SELECT id, at, os_user, action, entity, entity_id, case_id, field, old_value, new_value"
  "    FROM temp.audit_v5 ORDER BY id;"
  "DROP TABLE temp.audit_v5;"
  "CREATE INDEX audit_case ON audit (case_id, id);"
  "CREATE INDEX audit_entity ON audit (entity, entity_id, id);"
  "CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit BEGIN"
  "  SELECT RAISE (ABORT, 'the audit trail cannot be changed');"
  "END;"
  "CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit BEGIN"
  "  SELECT RAISE (ABORT, 'the audit trail cannot be changed');"
  "END;";

#define EMAIL_COLUMN(name) \
  name " TEXT CHECK (length (" name ") <= 320)"
#define PHONE_COLUMN(name) \
  name " TEXT CHECK (length (" name ") <= 50)"
#define REQUIRED_LINE_COLUMN(name) \
  name " TEXT NOT NULL CHECK (length (" name ") BETWEEN 1 AND 1000)"
#define SHA256_CHECK(name) \
  "CHECK (length (" name ") = 64 AND " name " NOT GLOB '*[^0-9a-f]*')"

/* The audited columns of each table, as (field, column). */
#define REVIEWER_COLUMNS(C) \
  C ("name", "name") C ("organisation", "organisation") C ("role", "role") \
  C ("email", "email") C ("phone", "phone") C ("appointed-date", "appointed_date") \
  C ("independent", "independent") C ("declaration", "declaration") \
  C ("declaration-date", "declaration_date")

#define TERMS_COLUMNS(C) \
  C ("period-start", "period_start") C ("period-end", "period_end") C ("scope", "scope") \
  C ("lines-of-enquiry", "lines_of_enquiry") C ("methodology", "methodology") \
  C ("methodology-other", "methodology_other") C ("parallel-processes", "parallel_processes") \
  C ("family-involvement", "family_involvement") C ("agreed-date", "agreed_date") \
  C ("target-date", "target_date")

#define PANEL_MEMBER_COLUMNS(C) \
  C ("name", "name") C ("agency-id", "agency_id") C ("role", "role") \
  C ("job-title", "job_title") C ("email", "email")

#define MILESTONE_COLUMNS(C) \
  C ("title", "title") C ("kind", "kind") C ("planned-date", "planned_date") \
  C ("done-date", "done_date") C ("notes", "notes")

#define DOCUMENT_COLUMNS(C) \
  C ("title", "title") C ("filename", "filename") C ("doc-type", "doc_type") \
  C ("agency-id", "agency_id") C ("version", "version") C ("received-date", "received_date") \
  C ("notes", "notes") C ("media-type", "media_type") C ("size", "size") \
  C ("sha256", "sha256") C ("added-at", "added_at")

#define EVIDENCE_REQUEST_COLUMNS(C) \
  C ("agency-id", "agency_id") C ("kind", "kind") C ("description", "description") \
  C ("contact", "contact") C ("contact-email", "contact_email") \
  C ("requested-date", "requested_date") C ("due-date", "due_date") \
  C ("reminded-date", "reminded_date") C ("received-date", "received_date") \
  C ("document-id", "document_id") C ("notes", "notes")

#define MEETING_COLUMNS(C) \
  C ("meeting-date", "meeting_date") C ("meeting-time", "meeting_time") C ("kind", "kind") \
  C ("location", "location") C ("chair", "chair") C ("attendees", "attendees") \
  C ("apologies", "apologies") C ("decisions", "decisions") C ("actions", "actions") \
  C ("minutes-document-id", "minutes_document_id")

#define FAMILY_CONTACT_COLUMNS(C) \
  C ("person", "person") C ("contact-date", "contact_date") C ("method", "method") \
  C ("contact-made", "contact_made") C ("consent", "consent") \
  C ("views-sought", "views_sought") C ("views", "views") \
  C ("draft-shared-date", "draft_shared_date") C ("advocate", "advocate") \
  C ("not-involved-reason", "not_involved_reason") C ("notes", "notes")

#define PAUSE_COLUMNS_6(C) \
  C ("started", "started") C ("ended", "ended") C ("reason", "reason") \
  C ("look-again", "look_again") C ("process-id", "process_id")

#define CHRONOLOGY_IMPORT_COLUMNS(C) \
  C ("agency-id", "agency_id") C ("document-id", "document_id") C ("mapping", "mapping") \
  C ("imported-at", "imported_at") C ("os-user", "os_user") C ("n-entries", "n_entries") \
  C ("n-rejected", "n_rejected") C ("n-blank", "n_blank") C ("format", "format") \
  C ("encoding", "encoding")

#define CHRONOLOGY_DUPLICATE_COLUMNS(C) \
  C ("entry-a", "entry_a") C ("entry-b", "entry_b") C ("decision", "decision")

#define REJECT_COLUMNS(C) \
  C ("row", "row") C ("reason", "reason") C ("cells", "cells") C ("resolved", "resolved")

static const char migration_6_sql[] =
  /* Independent reviewers. */
  "CREATE TABLE reviewers ("
  "  id         INTEGER PRIMARY KEY,"
  "  case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  " REQUIRED_LINE_COLUMN ("name") ","
  "  " LINE_COLUMN ("organisation") ","
  "  role       TEXT NOT NULL CHECK (role IN ('lead-reviewer', 'co-reviewer', 'report-author')),"
  "  " EMAIL_COLUMN ("email") ","
  "  " PHONE_COLUMN ("phone") ","
  "  " DATE_COLUMN ("appointed_date") ","
  "  " BOOLEAN_COLUMN ("independent") ","
  "  " TEXT_COLUMN ("declaration") ","
  "  " DATE_COLUMN ("declaration_date")
  ") STRICT;"
  "CREATE INDEX reviewers_case ON reviewers (case_id);"
  AUDIT_TRIGGERS ("reviewers", "reviewer", "id", REVIEWER_COLUMNS)

  /* The terms of reference (one per case). */
  "CREATE TABLE terms_of_reference ("
  "  case_id    INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,"
  "  " DATE_COLUMN ("period_start") ","
  "  " DATE_COLUMN ("period_end") ","
  "  " TEXT_COLUMN ("scope") ","
  "  " TEXT_COLUMN ("lines_of_enquiry") ","
  "  methodology TEXT CHECK (methodology IN ('learning-together', 'silp', 'appreciative-inquiry',"
  "                                          'hybrid', 'other')),"
  "  " LINE_COLUMN ("methodology_other") ","
  "  " TEXT_COLUMN ("parallel_processes") ","
  "  " TEXT_COLUMN ("family_involvement") ","
  "  " DATE_COLUMN ("agreed_date") ","
  "  " DATE_COLUMN ("target_date") ","
  "  CHECK (period_end >= period_start)"
  ") STRICT;"
  AUDIT_TRIGGERS ("terms_of_reference", "terms-of-reference", "case_id", TERMS_COLUMNS)

  /* The review panel. */
  "CREATE TABLE panel_members ("
  "  id         INTEGER PRIMARY KEY,"
  "  case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  " REQUIRED_LINE_COLUMN ("name") ","
  "  agency_id  INTEGER REFERENCES agencies (id) ON DELETE RESTRICT,"
  "  role       TEXT NOT NULL CHECK (role IN ('chair', 'member', 'adviser', 'secretariat')),"
  "  " LINE_COLUMN ("job_title") ","
  "  " EMAIL_COLUMN ("email")
  ") STRICT;"
  "CREATE INDEX panel_members_case ON panel_members (case_id);"
  "CREATE INDEX panel_members_agency ON panel_members (agency_id);"
  AUDIT_TRIGGERS ("panel_members", "panel-member", "id", PANEL_MEMBER_COLUMNS)

  /* The plan. */
  "CREATE TABLE milestones ("
  "  id         INTEGER PRIMARY KEY,"
  "  case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  " REQUIRED_LINE_COLUMN ("title") ","
  "  kind       TEXT NOT NULL"
  "             CHECK (kind IN ('commissioned', 'terms-agreed', 'evidence-due', 'panel-meeting',"
  "                             'practitioner-event', 'family-meeting', 'first-draft',"
  "                             'family-sees-draft', 'final-draft', 'partners-sign-off',"
  "                             'panel-copy', 'publication', 'other')),"
  "  " DATE_COLUMN ("planned_date") " NOT NULL,"
  "  " DATE_COLUMN ("done_date") ","
  "  " TEXT_COLUMN ("notes")
  ") STRICT;"
  "CREATE INDEX milestones_case ON milestones (case_id, planned_date);"
  AUDIT_TRIGGERS ("milestones", "milestone", "id", MILESTONE_COLUMNS)

  /* The bytes of documents, once per content. Not audited (the document
   * row names its hash); storage deletes a row no document uses. */
  "CREATE TABLE document_blobs ("
  "  sha256     TEXT PRIMARY KEY NOT NULL " SHA256_CHECK ("sha256") ","
  "  size       INTEGER NOT NULL,"
  "  contents   BLOB NOT NULL CHECK (length (contents) = size)"
  ") STRICT;"

  /* Documents. Made before the tables that name them: deleting a case
   * deletes the rows of the later tables first, so that their RESTRICT
   * on a document of the same case does not stop it. */
  "CREATE TABLE documents ("
  "  id          INTEGER PRIMARY KEY,"
  "  case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  " REQUIRED_LINE_COLUMN ("title") ","
  "  " REQUIRED_LINE_COLUMN ("filename") ","
  "  doc_type    TEXT NOT NULL"
  "              CHECK (doc_type IN ('agency-report', 'chronology', 'terms-of-reference', 'minutes',"
  "                                  'rapid-review-report', 'review-report',"
  "                                  'family-contribution', 'correspondence', 'other')),"
  "  agency_id   INTEGER REFERENCES agencies (id) ON DELETE RESTRICT,"
  "  " LINE_COLUMN ("version") ","
  "  " DATE_COLUMN ("received_date") ","
  "  " TEXT_COLUMN ("notes") ","
  "  media_type  TEXT NOT NULL CHECK (length (media_type) BETWEEN 1 AND 255),"
  "  size        INTEGER NOT NULL CHECK (size >= 0),"
  "  sha256      TEXT NOT NULL REFERENCES document_blobs (sha256) " SHA256_CHECK ("sha256") ","
  "  added_at    TEXT NOT NULL DEFAULT (" NOW_SQL ")"
  ") STRICT;"
  "CREATE INDEX documents_case ON documents (case_id, received_date);"
  "CREATE INDEX documents_agency ON documents (agency_id);"
  "CREATE INDEX documents_sha256 ON documents (sha256);"
  AUDIT_TRIGGERS ("documents", "document", "id", DOCUMENT_COLUMNS)

  /* Evidence asked of the agencies. */
  "CREATE TABLE evidence_requests ("
  "  id          INTEGER PRIMARY KEY,"
  "  case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  agency_id   INTEGER NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,"
  "  kind        TEXT NOT NULL CHECK (kind IN ('chronology', 'agency-report', 'other')),"
  "  " LINE_COLUMN ("description") ","
  "  " LINE_COLUMN ("contact") ","
  "  " EMAIL_COLUMN ("contact_email") ","
  "  " DATE_COLUMN ("requested_date") ","
  "  " DATE_COLUMN ("due_date") ","
  "  " DATE_COLUMN ("reminded_date") ","
  "  " DATE_COLUMN ("received_date") ","
  "  document_id INTEGER REFERENCES documents (id) ON DELETE RESTRICT,"
  "  " TEXT_COLUMN ("notes") ","
  "  CHECK (due_date >= requested_date),"
  "  CHECK (received_date >= requested_date)"
  ") STRICT;"
  "CREATE INDEX evidence_requests_case ON evidence_requests (case_id);"
  "CREATE INDEX evidence_requests_agency ON evidence_requests (agency_id);"
  "CREATE INDEX evidence_requests_document ON evidence_requests (document_id);"
  AUDIT_TRIGGERS ("evidence_requests", "evidence-request", "id", EVIDENCE_REQUEST_COLUMNS)

  /* Meetings. */
  "CREATE TABLE meetings ("
  "  id          INTEGER PRIMARY KEY,"
  "  case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  " DATE_COLUMN ("meeting_date") " NOT NULL,"
  "  " TIME_COLUMN ("meeting_time") ","
  "  kind        TEXT NOT NULL"
  "              CHECK (kind IN ('panel', 'practitioner-event', 'family', 'partners', 'other')),"
  "  " LINE_COLUMN ("location") ","
  "  " LINE_COLUMN ("chair") ","
  "  " TEXT_COLUMN ("attendees") ","
  "  " TEXT_COLUMN ("apologies") ","
  "  " TEXT_COLUMN ("decisions") ","
  "  " TEXT_COLUMN ("actions") ","
  "  minutes_document_id INTEGER REFERENCES documents (id) ON DELETE RESTRICT"
  ") STRICT;"
  "CREATE INDEX meetings_case ON meetings (case_id, meeting_date);"
  "CREATE INDEX meetings_document ON meetings (minutes_document_id);"
  AUDIT_TRIGGERS ("meetings", "meeting", "id", MEETING_COLUMNS)

  /* The family involvement log. */
  "CREATE TABLE family_contacts ("
  "  id          INTEGER PRIMARY KEY,"
  "  case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  " REQUIRED_LINE_COLUMN ("person") ","
  "  " DATE_COLUMN ("contact_date") ","
  "  method      TEXT CHECK (method IN ('letter', 'phone', 'visit', 'video', 'email',"
  "                                     'via-advocate', 'other')),"
  "  " BOOLEAN_COLUMN ("contact_made") ","
  "  consent     TEXT CHECK (consent IN ('given', 'declined', 'not-asked', 'withdrawn')),"
  "  " BOOLEAN_COLUMN ("views_sought") ","
  "  " TEXT_COLUMN ("views") ","
  "  " DATE_COLUMN ("draft_shared_date") ","
  "  " LINE_COLUMN ("advocate") ","
  "  " TEXT_COLUMN ("not_involved_reason") ","
  "  " TEXT_COLUMN ("notes")
  ") STRICT;"
  "CREATE INDEX family_contacts_case ON family_contacts (case_id, contact_date);"
  AUDIT_TRIGGERS ("family_contacts", "family-contact", "id", FAMILY_CONTACT_COLUMNS)

  /* What a pause is for: when to look at it again, and the parallel
   * process that caused it. */
  "ALTER TABLE case_pauses ADD COLUMN " DATE_COLUMN ("look_again") ";"
  "ALTER TABLE case_pauses ADD COLUMN process_id INTEGER"
  "  REFERENCES parallel_processes (id) ON DELETE SET NULL;"
  "CREATE INDEX case_pauses_process ON case_pauses (process_id);"
  "DROP TRIGGER case_pauses_audit_insert;"
  "DROP TRIGGER case_pauses_audit_update;"
  "DROP TRIGGER case_pauses_audit_delete;"
  AUDIT_TRIGGERS_TOUCHING ("case_pauses", "case-pause", "id", PAUSE_COLUMNS_6, "", "")

  /* The chronology mapping each agency's files were last read with, for
   * the whole partnership (so audited with no case). */
  "CREATE TABLE chronology_mappings ("
  "  agency_id   INTEGER PRIMARY KEY REFERENCES agencies (id) ON DELETE CASCADE,"
  "  mapping     TEXT NOT NULL CHECK (length (mapping) <= 10000),"
  "  updated_at  TEXT NOT NULL"
  ") STRICT;"
  "CREATE TRIGGER chronology_mappings_audit_insert AFTER INSERT ON chronology_mappings BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'insert', 'chronology-mapping', NEW.agency_id, NULL, NULL, NULL,"
  KV_FIRST ("mapping", "NEW.mapping") ");"
  "END;"
  "CREATE TRIGGER chronology_mappings_audit_update AFTER UPDATE ON chronology_mappings"
  "  WHEN OLD.mapping IS NOT NEW.mapping OR OLD.agency_id IS NOT NEW.agency_id BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'update', 'chronology-mapping', NEW.agency_id, NULL, 'mapping',"
  "  OLD.mapping, NEW.mapping);"
  "END;"
  "CREATE TRIGGER chronology_mappings_audit_delete AFTER DELETE ON chronology_mappings BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'delete', 'chronology-mapping', OLD.agency_id, NULL, NULL,"
  KV_FIRST ("mapping", "OLD.mapping") ", NULL);"
  "END;"

  /* One import of an agency's chronology file: one audit row however many
   * entries it brings. */
  "CREATE TABLE chronology_imports ("
  "  id          INTEGER PRIMARY KEY,"
  "  case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  agency_id   INTEGER NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,"
  "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,"
  "  mapping     TEXT NOT NULL CHECK (length (mapping) <= 10000),"
  "  imported_at TEXT NOT NULL DEFAULT (" NOW_SQL "),"
  "  os_user     TEXT CHECK (length (os_user) <= 1000),"
  "  n_entries   INTEGER NOT NULL CHECK (n_entries >= 0),"
  "  n_rejected  INTEGER NOT NULL CHECK (n_rejected >= 0),"
  "  n_blank     INTEGER NOT NULL CHECK (n_blank >= 0),"
  "  " LINE_COLUMN ("format") ","
  "  " LINE_COLUMN ("encoding")
  ") STRICT;"
  "CREATE INDEX chronology_imports_case ON chronology_imports (case_id);"
  "CREATE INDEX chronology_imports_agency ON chronology_imports (agency_id);"
  "CREATE INDEX chronology_imports_document ON chronology_imports (document_id);"
  AUDIT_TRIGGERS ("chronology_imports", "chronology-import", "id", CHRONOLOGY_IMPORT_COLUMNS)

  /* The entries: written and removed with their import (its audit row
   * covers them); marking a key practice episode is audited. */
  "CREATE TABLE chronology_entries ("
  "  id          INTEGER PRIMARY KEY,"
  "  case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  import_id   INTEGER NOT NULL REFERENCES chronology_imports (id) ON DELETE CASCADE,"
  "  agency_id   INTEGER NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,"
  "  row         INTEGER NOT NULL CHECK (row >= 1),"
  "  " DATE_COLUMN ("day") " NOT NULL,"
  "  minutes     INTEGER CHECK (minutes BETWEEN 0 AND 1439),"
  "  event       TEXT NOT NULL CHECK (length (event) <= 20000),"
  "  " LINE_COLUMN ("author") ","
  "  " LINE_COLUMN ("source") ","
  "  key_practice_episode INTEGER NOT NULL DEFAULT 0 CHECK (key_practice_episode IN (0, 1)),"
  "  corrected   INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1))"
  ") STRICT;"
  "CREATE INDEX chronology_entries_case ON chronology_entries (case_id, day, minutes);"
  "CREATE INDEX chronology_entries_import ON chronology_entries (import_id);"
  "CREATE INDEX chronology_entries_agency ON chronology_entries (agency_id);"
  "CREATE TRIGGER chronology_entries_audit_kpe AFTER UPDATE OF key_practice_episode"
  "  ON chronology_entries WHEN OLD.key_practice_episode IS NOT NEW.key_practice_episode BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'update', 'chronology-entry', NEW.id, NEW.case_id,"
  "  'key-practice-episode',"
  "  CASE OLD.key_practice_episode WHEN 1 THEN 'true' ELSE 'false' END,"
  "  CASE NEW.key_practice_episode WHEN 1 THEN 'true' ELSE 'false' END);"
  TOUCH_CASE ("NEW.case_id")
  "END;"

  /* Rows of an import set aside. Resolving one is audited with the row
   * as it was. */
  "CREATE TABLE chronology_rejects ("
  "  id          INTEGER PRIMARY KEY,"
  "  case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  import_id   INTEGER NOT NULL REFERENCES chronology_imports (id) ON DELETE CASCADE,"
  "  agency_id   INTEGER NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,"
  "  row         INTEGER NOT NULL,"
  "  reason      TEXT NOT NULL CHECK (length (reason) <= 2000),"
  "  cells       TEXT NOT NULL,"
  "  resolved    TEXT CHECK (resolved IN ('corrected', 'discarded')),"
  "  resolved_at TEXT"
  ") STRICT;"
  "CREATE INDEX chronology_rejects_case ON chronology_rejects (case_id);"
  "CREATE INDEX chronology_rejects_import ON chronology_rejects (import_id);"
  "CREATE INDEX chronology_rejects_agency ON chronology_rejects (agency_id);"
  "CREATE TRIGGER chronology_rejects_audit_resolved AFTER UPDATE OF resolved"
  "  ON chronology_rejects WHEN OLD.resolved IS NOT NEW.resolved BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'update', 'chronology-reject', NEW.id, NEW.case_id, 'resolved',"
  "  " KV_LIST (REJECT_COLUMNS, KV_OLD) ", NEW.resolved);"
  TOUCH_CASE ("NEW.case_id")
  "END;"

  /* Decisions on pairs of entries that look alike. */
  "CREATE TABLE chronology_duplicates ("
  "  case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  entry_a     INTEGER NOT NULL REFERENCES chronology_entries (id) ON DELETE CASCADE,"
  "  entry_b     INTEGER NOT NULL REFERENCES chronology_entries (id) ON DELETE CASCADE,"
  "  decision    TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),"
  "  PRIMARY KEY (entry_a, entry_b),"
  "  CHECK (entry_a < entry_b)"
  ") STRICT;"
  "CREATE INDEX chronology_duplicates_case ON chronology_duplicates (case_id);"
  "CREATE INDEX chronology_duplicates_entry_b ON chronology_duplicates (entry_b);"
  AUDIT_TRIGGERS ("chronology_duplicates", "chronology-duplicate", "rowid",
                  CHRONOLOGY_DUPLICATE_COLUMNS);

gboolean
_cr_migrate_6 (sqlite3  *db,
               GError  **error)
{
  return _cr_db_exec (db, migration_6_audit_sql, error) &&
         _cr_db_exec (db, migration_6_sql, error);
}
