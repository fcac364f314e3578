/* cr-migrations.c: the numbered schema migrations (PRAGMA user_version)
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-private.h"
#include "cr-migrations-sql.h"

#include "cr-theme-catalog.h"
#include "cr-theme.h"

#include <glib/gi18n.h>

/*
 * A migration, once released, never changes: a database at version k must
 * have exactly the schema that migrations 1..k build, which is checked each
 * time a file is opened. Enum values are stored as their nicks, and the
 * CHECK constraints below list them; a new enum value needs a migration.
 * The building blocks shared with later migrations are in
 * cr-migrations-sql.h.
 */

/* 1: cases, agencies, their involvement, themes (seeded) and case themes. */
static const char migration_1_sql[] =
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY NOT NULL,"
  "  value TEXT"
  ") STRICT;"

  "CREATE TABLE cases ("
  "  id          INTEGER PRIMARY KEY,"
  "  reference   TEXT NOT NULL COLLATE NOCASE UNIQUE"
  "              CHECK (length (reference) BETWEEN 1 AND 100),"
  "  pseudonym   TEXT NOT NULL CHECK (length (pseudonym) BETWEEN 1 AND 200),"
  "  status      TEXT NOT NULL DEFAULT 'referred'"
  "              CHECK (status IN (" CASE_STATUS_NICKS ")),"
  "  paused_from TEXT CHECK (paused_from IN (" CASE_STATUS_NICKS ")),"
  "  review_type TEXT NOT NULL DEFAULT 'undecided'"
  "              CHECK (review_type IN ('undecided', 'rapid-review-only', 'lcspr',"
  "                                     'other-learning-review', 'national', 'legacy-scr')),"
  "  summary     TEXT CHECK (length (summary) <= 20000),"
  "  " DATE_COLUMN ("incident_date") ","
  "  " DATE_COLUMN ("aware_date") ","
  "  " DATE_COLUMN ("notified_date") ","
  "  " DATE_COLUMN ("decision_date") ","
  "  " DATE_COLUMN ("publication_date") ","
  "  created_at  TEXT NOT NULL DEFAULT (" NOW_SQL "),"
  "  updated_at  TEXT NOT NULL DEFAULT (" NOW_SQL "),"
  "  CHECK ((status = 'paused') = (paused_from IS NOT NULL))"
  ") STRICT;"

  "CREATE TABLE agencies ("
  "  id            INTEGER PRIMARY KEY,"
  "  name          TEXT NOT NULL COLLATE NOCASE UNIQUE"
  "                CHECK (length (name) BETWEEN 1 AND 200),"
  "  sector        TEXT NOT NULL"
  "                CHECK (sector IN ('local-authority', 'health', 'police',"
  "                                  'justice', 'education', 'other')),"
  "  contact_name  TEXT CHECK (length (contact_name) <= 200),"
  "  contact_email TEXT CHECK (length (contact_email) <= 320),"
  "  contact_phone TEXT CHECK (length (contact_phone) <= 50),"
  "  archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
  "  created_at    TEXT NOT NULL DEFAULT (" NOW_SQL ")"
  ") STRICT;"

  "CREATE TABLE involvements ("
  "  id        INTEGER PRIMARY KEY,"
  "  case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  agency_id INTEGER NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,"
  "  role      TEXT CHECK (length (role) <= 200),"
  "  UNIQUE (case_id, agency_id)"
  ") STRICT;"
  "CREATE INDEX involvements_agency ON involvements (agency_id);"

  "CREATE TABLE themes ("
  "  id    INTEGER PRIMARY KEY,"
  "  facet TEXT NOT NULL"
  "        CHECK (facet IN ('incident', 'child', 'family', 'practice', 'equality', 'review')),"
  "  label TEXT NOT NULL CHECK (length (label) BETWEEN 1 AND 200),"
  "  UNIQUE (facet, label)"
  ") STRICT;"

  "CREATE TABLE case_themes ("
  "  case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  theme_id INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (case_id, theme_id)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX case_themes_theme ON case_themes (theme_id);"

  "PRAGMA application_id = 1129468502;"; /* CR_DATABASE_APPLICATION_ID */

/* 2: children and family members by pseudonym; their restricted identity
 * in a table of its own, never joined into the everyday queries. */
static const char migration_2_sql[] =
  "CREATE TABLE children ("
  "  id         INTEGER PRIMARY KEY,"
  "  case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  pseudonym  TEXT NOT NULL CHECK (length (pseudonym) BETWEEN 1 AND 200),"
  "  created_at TEXT NOT NULL DEFAULT (" NOW_SQL ")"
  ") STRICT;"
  "CREATE INDEX children_case ON children (case_id);"

  "CREATE TABLE family_members ("
  "  id           INTEGER PRIMARY KEY,"
  "  case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  pseudonym    TEXT NOT NULL CHECK (length (pseudonym) BETWEEN 1 AND 200),"
  "  relationship TEXT CHECK (length (relationship) <= 200),"
  "  created_at   TEXT NOT NULL DEFAULT (" NOW_SQL ")"
  ") STRICT;"
  "CREATE INDEX family_members_case ON family_members (case_id);"

  "CREATE TABLE identity_fields ("
  "  id               INTEGER PRIMARY KEY,"
  "  child_id         INTEGER REFERENCES children (id) ON DELETE CASCADE,"
  "  family_member_id INTEGER REFERENCES family_members (id) ON DELETE CASCADE,"
  "  field            TEXT NOT NULL"
  "                   CHECK (field IN ('name', 'date-of-birth', 'age', 'sex', 'ethnicity',"
  "                                    'disability', 'looked-after', 'cin-cp-plan', 'address')),"
  "  state            TEXT NOT NULL CHECK (state IN ('known', 'not-known', 'declined')),"
  "  value            TEXT CHECK (length (value) <= 2000),"
  "  CHECK ((child_id IS NULL) <> (family_member_id IS NULL)),"
  "  CHECK ((state = 'known') = (value IS NOT NULL))"
  ") STRICT;"
  "CREATE UNIQUE INDEX identity_fields_child ON identity_fields (child_id, field)"
  "  WHERE child_id IS NOT NULL;"
  "CREATE UNIQUE INDEX identity_fields_family ON identity_fields (family_member_id, field)"
  "  WHERE family_member_id IS NOT NULL;";

/* 3: the audit trail. Triggers write it, so no code path can skip it;
 * restricted identity values never reach it. */

/* The columns a user edits: their changes are audited and move
 * updated_at; bookkeeping columns (updated_at, summaries) do neither. */
#define CASE_FIELDS \
  "reference, pseudonym, status, paused_from, review_type, summary," \
  " incident_date, aware_date, notified_date, decision_date, publication_date"

#define RESTRICTED(state) \
  "CASE " state " WHEN 'known' THEN '(restricted)' ELSE " state " END"

static const char migration_3_sql[] =
  "CREATE TABLE audit ("
  "  id        INTEGER PRIMARY KEY,"
  "  at        TEXT NOT NULL DEFAULT (" NOW_SQL "),"
  "  os_user   TEXT NOT NULL,"
  "  action    TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'reveal')),"
  "  entity    TEXT NOT NULL"
  "            CHECK (entity IN ('case', 'agency', 'involvement', 'case-theme',"
  "                              'child', 'family-member')),"
  "  entity_id INTEGER NOT NULL,"
  "  case_id   INTEGER,"
  "  field     TEXT,"
  "  old_value TEXT,"
  "  new_value TEXT"
  ") STRICT;"
  "CREATE INDEX audit_case ON audit (case_id, id);"
  "CREATE INDEX audit_entity ON audit (entity, entity_id, id);"

  "CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit BEGIN"
  "  SELECT RAISE (ABORT, 'the audit trail cannot be changed');"
  "END;"
  "CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit BEGIN"
  "  SELECT RAISE (ABORT, 'the audit trail cannot be changed');"
  "END;"

  /* cases */
  "CREATE TRIGGER cases_audit_insert AFTER INSERT ON cases BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'insert', 'case', NEW.id, NEW.id, NULL, NULL,"
  KV_FIRST ("reference", "NEW.reference") KV ("pseudonym", "NEW.pseudonym")
  KV ("status", "NEW.status") KV ("paused-from", "NEW.paused_from")
  KV ("review-type", "NEW.review_type") KV ("summary", "NEW.summary")
  KV ("incident-date", "NEW.incident_date") KV ("aware-date", "NEW.aware_date")
  KV ("notified-date", "NEW.notified_date") KV ("decision-date", "NEW.decision_date")
  KV ("publication-date", "NEW.publication_date") ");"
  "END;"
  "CREATE TRIGGER cases_audit_update AFTER UPDATE OF " CASE_FIELDS " ON cases BEGIN "
  AUDIT_INSERT
  "SELECT cr_os_user (), 'update', 'case', NEW.id, NEW.id, f, o, n FROM ("
  "  SELECT 'reference' AS f, OLD.reference AS o, NEW.reference AS n"
  "  UNION ALL SELECT 'pseudonym', OLD.pseudonym, NEW.pseudonym"
  "  UNION ALL SELECT 'status', OLD.status, NEW.status"
  "  UNION ALL SELECT 'paused-from', OLD.paused_from, NEW.paused_from"
  "  UNION ALL SELECT 'review-type', OLD.review_type, NEW.review_type"
  "  UNION ALL SELECT 'summary', OLD.summary, NEW.summary"
  "  UNION ALL SELECT 'incident-date', OLD.incident_date, NEW.incident_date"
  "  UNION ALL SELECT 'aware-date', OLD.aware_date, NEW.aware_date"
  "  UNION ALL SELECT 'notified-date', OLD.notified_date, NEW.notified_date"
  "  UNION ALL SELECT 'decision-date', OLD.decision_date, NEW.decision_date"
  "  UNION ALL SELECT 'publication-date', OLD.publication_date, NEW.publication_date"
  ") WHERE o IS NOT n;"
  "END;"
  "CREATE TRIGGER cases_audit_delete AFTER DELETE ON cases BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'delete', 'case', OLD.id, OLD.id, NULL,"
  KV_FIRST ("reference", "OLD.reference") KV ("pseudonym", "OLD.pseudonym")
  KV ("status", "OLD.status") ","
  "  NULL);"
  "END;"
  "CREATE TRIGGER cases_touch AFTER UPDATE OF " CASE_FIELDS " ON cases"
  "  WHEN NEW.updated_at IS OLD.updated_at BEGIN "
  TOUCH_CASE ("NEW.id")
  "END;"

  /* agencies */
  "CREATE TRIGGER agencies_audit_insert AFTER INSERT ON agencies BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'insert', 'agency', NEW.id, NULL, NULL, NULL,"
  KV_FIRST ("name", "NEW.name") KV ("sector", "NEW.sector")
  KV ("contact-name", "NEW.contact_name") KV ("contact-email", "NEW.contact_email")
  KV ("contact-phone", "NEW.contact_phone")
  KV ("archived", "CASE NEW.archived WHEN 1 THEN 'true' ELSE 'false' END") ");"
  "END;"
  "CREATE TRIGGER agencies_audit_update AFTER UPDATE ON agencies BEGIN "
  AUDIT_INSERT
  "SELECT cr_os_user (), 'update', 'agency', NEW.id, NULL, f, o, n FROM ("
  "  SELECT 'name' AS f, OLD.name AS o, NEW.name AS n"
  "  UNION ALL SELECT 'sector', OLD.sector, NEW.sector"
  "  UNION ALL SELECT 'contact-name', OLD.contact_name, NEW.contact_name"
  "  UNION ALL SELECT 'contact-email', OLD.contact_email, NEW.contact_email"
  "  UNION ALL SELECT 'contact-phone', OLD.contact_phone, NEW.contact_phone"
  "  UNION ALL SELECT 'archived', CASE OLD.archived WHEN 1 THEN 'true' ELSE 'false' END,"
  "                               CASE NEW.archived WHEN 1 THEN 'true' ELSE 'false' END"
  ") WHERE o IS NOT n;"
  "END;"
  "CREATE TRIGGER agencies_audit_delete AFTER DELETE ON agencies BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'delete', 'agency', OLD.id, NULL, NULL, OLD.name, NULL);"
  "END;"

  /* involvements */
  "CREATE TRIGGER involvements_audit_insert AFTER INSERT ON involvements BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'insert', 'involvement', NEW.id, NEW.case_id, NULL, NULL,"
  KV_FIRST ("agency-id", "NEW.agency_id")
  KV ("agency-name", "(SELECT name FROM agencies WHERE id = NEW.agency_id)")
  KV ("role", "NEW.role") ");"
  TOUCH_CASE ("NEW.case_id")
  "END;"
  "CREATE TRIGGER involvements_audit_update AFTER UPDATE ON involvements BEGIN "
  AUDIT_INSERT
  "SELECT cr_os_user (), 'update', 'involvement', NEW.id, NEW.case_id, f, o, n FROM ("
  "  SELECT 'role' AS f, OLD.role AS o, NEW.role AS n"
  "  UNION ALL SELECT 'agency-id', CAST (OLD.agency_id AS TEXT), CAST (NEW.agency_id AS TEXT)"
  ") WHERE o IS NOT n;"
  TOUCH_CASE ("NEW.case_id")
  "END;"
  "CREATE TRIGGER involvements_audit_delete AFTER DELETE ON involvements BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'delete', 'involvement', OLD.id, OLD.case_id, NULL,"
  KV_FIRST ("agency-id", "OLD.agency_id")
  KV ("agency-name", "(SELECT name FROM agencies WHERE id = OLD.agency_id)")
  KV ("role", "OLD.role") ","
  "  NULL);"
  TOUCH_CASE ("OLD.case_id")
  "END;"

  /* case themes */
  "CREATE TRIGGER case_themes_audit_insert AFTER INSERT ON case_themes BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'insert', 'case-theme', NEW.theme_id, NEW.case_id, NULL, NULL,"
  "  (SELECT label FROM themes WHERE id = NEW.theme_id));"
  TOUCH_CASE ("NEW.case_id")
  "END;"
  "CREATE TRIGGER case_themes_audit_delete AFTER DELETE ON case_themes BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'delete', 'case-theme', OLD.theme_id, OLD.case_id, NULL,"
  "  (SELECT label FROM themes WHERE id = OLD.theme_id), NULL);"
  TOUCH_CASE ("OLD.case_id")
  "END;"

  /* children */
  "CREATE TRIGGER children_audit_insert AFTER INSERT ON children BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'insert', 'child', NEW.id, NEW.case_id, NULL, NULL,"
  KV_FIRST ("pseudonym", "NEW.pseudonym") ");"
  TOUCH_CASE ("NEW.case_id")
  "END;"
  "CREATE TRIGGER children_audit_update AFTER UPDATE ON children BEGIN "
  AUDIT_INSERT
  "SELECT cr_os_user (), 'update', 'child', NEW.id, NEW.case_id, f, o, n FROM ("
  "  SELECT 'pseudonym' AS f, OLD.pseudonym AS o, NEW.pseudonym AS n"
  "  UNION ALL SELECT 'case-id', CAST (OLD.case_id AS TEXT), CAST (NEW.case_id AS TEXT)"
  ") WHERE o IS NOT n;"
  TOUCH_CASE ("NEW.case_id")
  "END;"
  "CREATE TRIGGER children_audit_delete AFTER DELETE ON children BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'delete', 'child', OLD.id, OLD.case_id, NULL,"
  KV_FIRST ("pseudonym", "OLD.pseudonym") ", NULL);"
  "END;"

  /* family members */
  "CREATE TRIGGER family_members_audit_insert AFTER INSERT ON family_members BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'insert', 'family-member', NEW.id, NEW.case_id, NULL, NULL,"
  KV_FIRST ("pseudonym", "NEW.pseudonym") KV ("relationship", "NEW.relationship") ");"
  TOUCH_CASE ("NEW.case_id")
  "END;"
  "CREATE TRIGGER family_members_audit_update AFTER UPDATE ON family_members BEGIN "
  AUDIT_INSERT
  "SELECT cr_os_user (), 'update', 'family-member', NEW.id, NEW.case_id, f, o, n FROM ("
  "  SELECT 'pseudonym' AS f, OLD.pseudonym AS o, NEW.pseudonym AS n"
  "  UNION ALL SELECT 'relationship', OLD.relationship, NEW.relationship"
  "  UNION ALL SELECT 'case-id', CAST (OLD.case_id AS TEXT), CAST (NEW.case_id AS TEXT)"
  ") WHERE o IS NOT n;"
  TOUCH_CASE ("NEW.case_id")
  "END;"
  "CREATE TRIGGER family_members_audit_delete AFTER DELETE ON family_members BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'delete', 'family-member', OLD.id, OLD.case_id, NULL,"
  KV_FIRST ("pseudonym", "OLD.pseudonym") KV ("relationship", "OLD.relationship") ", NULL);"
  "END;"

  /* restricted identity: the field and its state, never the value */
  "CREATE TRIGGER identity_fields_audit_insert AFTER INSERT ON identity_fields BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'update',"
  "  CASE WHEN NEW.child_id IS NOT NULL THEN 'child' ELSE 'family-member' END,"
  "  coalesce (NEW.child_id, NEW.family_member_id),"
  "  coalesce ((SELECT case_id FROM children WHERE id = NEW.child_id),"
  "            (SELECT case_id FROM family_members WHERE id = NEW.family_member_id)),"
  "  NEW.field, NULL, " RESTRICTED ("NEW.state") ");"
  "END;"
  "CREATE TRIGGER identity_fields_audit_update AFTER UPDATE ON identity_fields"
  "  WHEN OLD.state IS NOT NEW.state OR OLD.value IS NOT NEW.value"
  "    OR OLD.field IS NOT NEW.field OR OLD.child_id IS NOT NEW.child_id"
  "    OR OLD.family_member_id IS NOT NEW.family_member_id BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'update',"
  "  CASE WHEN NEW.child_id IS NOT NULL THEN 'child' ELSE 'family-member' END,"
  "  coalesce (NEW.child_id, NEW.family_member_id),"
  "  coalesce ((SELECT case_id FROM children WHERE id = NEW.child_id),"
  "            (SELECT case_id FROM family_members WHERE id = NEW.family_member_id)),"
  "  NEW.field, " RESTRICTED ("OLD.state") ", " RESTRICTED ("NEW.state") ");"
  "END;"
  "CREATE TRIGGER identity_fields_audit_delete AFTER DELETE ON identity_fields BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'update',"
  "  CASE WHEN OLD.child_id IS NOT NULL THEN 'child' ELSE 'family-member' END,"
  "  coalesce (OLD.child_id, OLD.family_member_id),"
  "  coalesce ((SELECT case_id FROM children WHERE id = OLD.child_id),"
  "            (SELECT case_id FROM family_members WHERE id = OLD.family_member_id)),"
  "  OLD.field, " RESTRICTED ("OLD.state") ", NULL);"
  "END;";

/* 4: the register's "agencies" and "themes" summaries, kept in the case
 * row by triggers so that listing 100,000 cases is one plain scan rather
 * than two correlated subqueries per case. A summary that changes because
 * an agency was renamed is bookkeeping: not audited on the case, and it
 * does not move updated_at. */
#define AGENCIES_SUMMARY \
  "(SELECT group_concat (name, ', ') FROM" \
  "   (SELECT a.name AS name FROM involvements i JOIN agencies a ON a.id = i.agency_id" \
  "     WHERE i.case_id = cases.id ORDER BY a.name, a.id))"
#define THEMES_SUMMARY \
  "(SELECT group_concat (label, ', ') FROM" \
  "   (SELECT t.label AS label FROM case_themes ct JOIN themes t ON t.id = ct.theme_id" \
  "     WHERE ct.case_id = cases.id ORDER BY t.label, t.id))"

static const char migration_4_sql[] =
  "ALTER TABLE cases ADD COLUMN agencies TEXT;"
  "ALTER TABLE cases ADD COLUMN themes TEXT;"

  "UPDATE cases SET agencies = " AGENCIES_SUMMARY ", themes = " THEMES_SUMMARY ";"

  "CREATE TRIGGER involvements_summary_insert AFTER INSERT ON involvements BEGIN"
  "  UPDATE cases SET agencies = " AGENCIES_SUMMARY " WHERE id = NEW.case_id;"
  "END;"
  "CREATE TRIGGER involvements_summary_update AFTER UPDATE OF case_id, agency_id ON involvements BEGIN"
  "  UPDATE cases SET agencies = " AGENCIES_SUMMARY " WHERE id IN (OLD.case_id, NEW.case_id);"
  "END;"
  "CREATE TRIGGER involvements_summary_delete AFTER DELETE ON involvements BEGIN"
  "  UPDATE cases SET agencies = " AGENCIES_SUMMARY " WHERE id = OLD.case_id;"
  "END;"
  "CREATE TRIGGER agencies_summary_rename AFTER UPDATE OF name ON agencies BEGIN"
  "  UPDATE cases SET agencies = " AGENCIES_SUMMARY
  "   WHERE id IN (SELECT case_id FROM involvements WHERE agency_id = NEW.id);"
  "END;"

  "CREATE TRIGGER case_themes_summary_insert AFTER INSERT ON case_themes BEGIN"
  "  UPDATE cases SET themes = " THEMES_SUMMARY " WHERE id = NEW.case_id;"
  "END;"
  "CREATE TRIGGER case_themes_summary_delete AFTER DELETE ON case_themes BEGIN"
  "  UPDATE cases SET themes = " THEMES_SUMMARY " WHERE id = OLD.case_id;"
  "END;"
  "CREATE TRIGGER themes_summary_relabel AFTER UPDATE OF label ON themes BEGIN"
  "  UPDATE cases SET themes = " THEMES_SUMMARY
  "   WHERE id IN (SELECT case_id FROM case_themes WHERE theme_id = NEW.id);"
  "END;";

/* 5: the referral and notification record, parallel processes, the rapid
 * review with its attendees, agency summaries and sign-offs, drafts,
 * pause periods, and four more case dates.
 *
 * The column of a record's field is the field's name with '-' turned to
 * '_' (cr-record.h); fields the referral shares with its case (pseudonym,
 * summary, incident, aware and notified dates) live in the case row only.
 * Values are text: booleans 'true'/'false', choices their nicks, several
 * choices nicks joined by ';', ids integers. */

/* Several distinct nicks joined by ';': removing each known nick once
 * must leave nothing (a repeated or unknown nick is left over). */
#define ABUSE_KINDS_CHECK(name) \
  "CHECK (replace (replace (replace (replace (replace (replace (replace (" \
  "  ';' || " name " || ';'," \
  "  ';physical-abuse;', ';'), ';emotional-abuse;', ';'), ';sexual-abuse;', ';')," \
  "  ';neglect;', ';'), ';exploitation;', ';'), ';domestic-abuse;', ';'), ';other;', ';')" \
  " = ';')"

/* The audited columns of each new table, as (field, column). These lists
 * are part of migration 5: a later column needs a later migration that
 * replaces the triggers. */
#define CASE_COLUMNS_5(C) \
  C ("reference", "reference") C ("pseudonym", "pseudonym") C ("status", "status") \
  C ("paused-from", "paused_from") C ("review-type", "review_type") C ("summary", "summary") \
  C ("incident-date", "incident_date") C ("aware-date", "aware_date") \
  C ("notified-date", "notified_date") C ("decision-date", "decision_date") \
  C ("publication-date", "publication_date") \
  C ("partners-informed-date", "partners_informed_date") C ("rr-sent-date", "rr_sent_date") \
  C ("planned-publication-date", "planned_publication_date") \
  C ("copies-sent-date", "copies_sent_date")

#define REFERRAL_COLUMNS(C) \
  C ("referral-date", "referral_date") C ("referring-agency-id", "referring_agency_id") \
  C ("referrer-name", "referrer_name") C ("referrer-role", "referrer_role") \
  C ("notifier-name", "notifier_name") C ("notifier-role", "notifier_role") \
  C ("notifier-phone", "notifier_phone") C ("notifier-email", "notifier_email") \
  C ("incident-time", "incident_time") C ("location", "location") C ("nature", "nature") \
  C ("abuse-kinds", "abuse_kinds") C ("perpetrator", "perpetrator") \
  C ("incident-la", "incident_la") C ("residence-la", "residence_la") \
  C ("limb-abuse", "limb_abuse") C ("limb-harm", "limb_harm") \
  C ("definition-rationale", "definition_rationale") C ("notify-decision", "notify_decision") \
  C ("notify-rationale", "notify_rationale") C ("panel-reference", "panel_reference") \
  C ("media-interest", "media_interest")

#define PROCESS_COLUMNS(C) \
  C ("kind", "kind") C ("status", "status") C ("reference", "reference") \
  C ("contact", "contact") C ("notes", "notes") C ("review-date", "review_date")

#define RAPID_REVIEW_COLUMNS(C) \
  C ("meeting-date", "meeting_date") C ("meeting-time", "meeting_time") \
  C ("meeting-location", "meeting_location") C ("chair", "chair") \
  C ("key-practice-episodes", "key_practice_episodes") C ("lived-experience", "lived_experience") \
  C ("immediate-actions", "immediate_actions") C ("learning", "learning") \
  C ("criterion-a", "criterion_a") C ("criterion-a-rationale", "criterion_a_rationale") \
  C ("criterion-b", "criterion_b") C ("criterion-b-rationale", "criterion_b_rationale") \
  C ("criterion-c", "criterion_c") C ("criterion-c-rationale", "criterion_c_rationale") \
  C ("criterion-d", "criterion_d") C ("criterion-d-rationale", "criterion_d_rationale") \
  C ("national-importance", "national_importance") C ("national-rationale", "national_rationale") \
  C ("decision", "decision") C ("decision-rationale", "decision_rationale") \
  C ("decision-date", "decision_date") C ("report-sent-date", "report_sent_date") \
  C ("panel-response", "panel_response") C ("panel-response-date", "panel_response_date") \
  C ("panel-response-notes", "panel_response_notes")

#define ATTENDEE_COLUMNS(C) \
  C ("agency-id", "agency_id") C ("name", "name") C ("role", "role") C ("attended", "attended")

#define SUMMARY_COLUMNS(C) \
  C ("agency-id", "agency_id") C ("requested-date", "requested_date") C ("due-date", "due_date") \
  C ("received-date", "received_date") C ("summary", "summary")

#define SIGN_OFF_COLUMNS(C) \
  C ("partner", "partner") C ("name", "name") C ("role", "role") C ("signed-date", "signed_date")

#define PAUSE_COLUMNS(C) \
  C ("started", "started") C ("ended", "ended") C ("reason", "reason")

#define CASE_FIELDS_5 \
  CASE_FIELDS ", partners_informed_date, rr_sent_date, planned_publication_date, copies_sent_date"

#define PAUSES_SUMMARY \
  "(SELECT group_concat (period, ';') FROM" \
  "   (SELECT started || '..' || coalesce (ended, '') AS period FROM case_pauses p" \
  "     WHERE p.case_id = cases.id ORDER BY p.started, p.id))"

/* The register reads a case's schema 5 values as one column rather than
 * five, mostly empty: listing 100,000 cases pays for every column it
 * reads. "PARTNERS\tRR-SENT\tPLANNED\tCOPIES\tPAUSES", an empty field
 * where the value is NULL, or NULL when all five are. */
#define DATES_SUMMARY(row) \
  "CASE WHEN coalesce (" row ".partners_informed_date, " row ".rr_sent_date," \
  "                    " row ".planned_publication_date, " row ".copies_sent_date, " row ".pauses) IS NULL" \
  " THEN NULL" \
  " ELSE coalesce (" row ".partners_informed_date, '') || char (9) || coalesce (" row ".rr_sent_date, '')" \
  "      || char (9) || coalesce (" row ".planned_publication_date, '') || char (9)" \
  "      || coalesce (" row ".copies_sent_date, '') || char (9) || coalesce (" row ".pauses, '')" \
  " END"

static const char migration_5_sql[] =
  /* The case: four dates, the pause periods and the register's summary of
   * them kept in the row by triggers (bookkeeping, like the summaries of
   * migration 4: not audited, and they do not move updated_at). */
  "ALTER TABLE cases ADD COLUMN " DATE_COLUMN ("partners_informed_date") ";"
  "ALTER TABLE cases ADD COLUMN " DATE_COLUMN ("rr_sent_date") ";"
  "ALTER TABLE cases ADD COLUMN " DATE_COLUMN ("planned_publication_date") ";"
  "ALTER TABLE cases ADD COLUMN " DATE_COLUMN ("copies_sent_date") ";"
  "ALTER TABLE cases ADD COLUMN pauses TEXT;"
  "ALTER TABLE cases ADD COLUMN dates_summary TEXT;"
  "CREATE TRIGGER cases_dates_summary_insert AFTER INSERT ON cases"
  "  WHEN coalesce (NEW.partners_informed_date, NEW.rr_sent_date, NEW.planned_publication_date,"
  "                 NEW.copies_sent_date, NEW.pauses) IS NOT NULL BEGIN"
  "  UPDATE cases SET dates_summary = " DATES_SUMMARY ("NEW") " WHERE id = NEW.id;"
  "END;"
  "CREATE TRIGGER cases_dates_summary_update AFTER UPDATE OF partners_informed_date, rr_sent_date,"
  "  planned_publication_date, copies_sent_date, pauses ON cases BEGIN"
  "  UPDATE cases SET dates_summary = " DATES_SUMMARY ("NEW") " WHERE id = NEW.id;"
  "END;"

  "DROP TRIGGER cases_audit_insert;"
  "DROP TRIGGER cases_audit_update;"
  "DROP TRIGGER cases_touch;"
  "CREATE TRIGGER cases_audit_insert AFTER INSERT ON cases BEGIN "
  AUDIT_INSERT
  "VALUES (cr_os_user (), 'insert', 'case', NEW.id, NEW.id, NULL, NULL,"
  "  " KV_LIST (CASE_COLUMNS_5, KV_NEW) ");"
  "END;"
  "CREATE TRIGGER cases_audit_update AFTER UPDATE OF " CASE_FIELDS_5 " ON cases BEGIN "
  AUDIT_INSERT
  "SELECT cr_os_user (), 'update', 'case', NEW.id, NEW.id, f, o, n FROM "
  CHANGES (CASE_COLUMNS_5) " WHERE o IS NOT n;"
  "END;"
  "CREATE TRIGGER cases_touch AFTER UPDATE OF " CASE_FIELDS_5 " ON cases"
  "  WHEN NEW.updated_at IS OLD.updated_at BEGIN "
  TOUCH_CASE ("NEW.id")
  "END;"

  "CREATE TABLE case_pauses ("
  "  id       INTEGER PRIMARY KEY,"
  "  case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  " DATE_COLUMN ("started") " NOT NULL,"
  "  " DATE_COLUMN ("ended") ","
  "  reason   TEXT CHECK (length (reason) <= 2000),"
  "  CHECK (ended IS NULL OR ended >= started)"
  ") STRICT;"
  "CREATE INDEX case_pauses_case ON case_pauses (case_id, started);"
  /* A case is paused once at a time. */
  "CREATE UNIQUE INDEX case_pauses_open ON case_pauses (case_id) WHERE ended IS NULL;"
  "CREATE TRIGGER case_pauses_summary_insert AFTER INSERT ON case_pauses BEGIN"
  "  UPDATE cases SET pauses = " PAUSES_SUMMARY " WHERE id = NEW.case_id;"
  "END;"
  "CREATE TRIGGER case_pauses_summary_update AFTER UPDATE ON case_pauses BEGIN"
  "  UPDATE cases SET pauses = " PAUSES_SUMMARY " WHERE id IN (OLD.case_id, NEW.case_id);"
  "END;"
  "CREATE TRIGGER case_pauses_summary_delete AFTER DELETE ON case_pauses BEGIN"
  "  UPDATE cases SET pauses = " PAUSES_SUMMARY " WHERE id = OLD.case_id;"
  "END;"

  /* The referral and notification record (one per case). */
  "CREATE TABLE referrals ("
  "  case_id              INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,"
  "  " DATE_COLUMN ("referral_date") ","
  "  referring_agency_id  INTEGER REFERENCES agencies (id) ON DELETE RESTRICT,"
  "  " LINE_COLUMN ("referrer_name") ","
  "  " LINE_COLUMN ("referrer_role") ","
  "  " LINE_COLUMN ("notifier_name") ","
  "  " LINE_COLUMN ("notifier_role") ","
  "  notifier_phone       TEXT CHECK (length (notifier_phone) <= 50),"
  "  notifier_email       TEXT CHECK (length (notifier_email) <= 320),"
  "  " TIME_COLUMN ("incident_time") ","
  "  " LINE_COLUMN ("location") ","
  "  nature               TEXT CHECK (nature IN ('death', 'serious-harm', 'other',"
  "                                              'looked-after-death', 'care-leaver-death')),"
  "  abuse_kinds          TEXT " ABUSE_KINDS_CHECK ("abuse_kinds") ","
  "  perpetrator          TEXT CHECK (perpetrator IN ('parent', 'step-parent', 'other-family',"
  "                                                   'known-adult', 'professional', 'child',"
  "                                                   'unknown', 'not-applicable')),"
  "  " LINE_COLUMN ("incident_la") ","
  "  " LINE_COLUMN ("residence_la") ","
  "  " BOOLEAN_COLUMN ("limb_abuse") ","
  "  " BOOLEAN_COLUMN ("limb_harm") ","
  "  " TEXT_COLUMN ("definition_rationale") ","
  "  notify_decision      TEXT CHECK (notify_decision IN ('notify', 'do-not-notify', 'pending')),"
  "  " TEXT_COLUMN ("notify_rationale") ","
  "  " LINE_COLUMN ("panel_reference") ","
  "  " BOOLEAN_COLUMN ("media_interest")
  ") STRICT;"
  "CREATE INDEX referrals_agency ON referrals (referring_agency_id);"
  AUDIT_TRIGGERS ("referrals", "referral", "case_id", REFERRAL_COLUMNS)

  "CREATE TABLE parallel_processes ("
  "  id         INTEGER PRIMARY KEY,"
  "  case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  kind       TEXT NOT NULL"
  "             CHECK (kind IN ('police-investigation', 'criminal-trial', 'inquest',"
  "                             'child-death-review', 'safeguarding-adult-review',"
  "                             'domestic-homicide-review', 'iopc', 'family-proceedings', 'other')),"
  "  status     TEXT NOT NULL CHECK (status IN ('not-started', 'ongoing', 'concluded')),"
  "  " LINE_COLUMN ("reference") ","
  "  " LINE_COLUMN ("contact") ","
  "  " TEXT_COLUMN ("notes") ","
  "  " DATE_COLUMN ("review_date")
  ") STRICT;"
  "CREATE INDEX parallel_processes_case ON parallel_processes (case_id);"
  AUDIT_TRIGGERS ("parallel_processes", "parallel-process", "id", PROCESS_COLUMNS)

  /* The rapid review (one per case) and its lists. */
  "CREATE TABLE rapid_reviews ("
  "  case_id  INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,"
  "  " DATE_COLUMN ("meeting_date") ","
  "  " TIME_COLUMN ("meeting_time") ","
  "  " LINE_COLUMN ("meeting_location") ","
  "  " LINE_COLUMN ("chair") ","
  "  " TEXT_COLUMN ("key_practice_episodes") ","
  "  " TEXT_COLUMN ("lived_experience") ","
  "  " TEXT_COLUMN ("immediate_actions") ","
  "  " TEXT_COLUMN ("learning") ","
  "  " YES_NO_COLUMN ("criterion_a") ","
  "  " TEXT_COLUMN ("criterion_a_rationale") ","
  "  " YES_NO_COLUMN ("criterion_b") ","
  "  " TEXT_COLUMN ("criterion_b_rationale") ","
  "  " YES_NO_COLUMN ("criterion_c") ","
  "  " TEXT_COLUMN ("criterion_c_rationale") ","
  "  " YES_NO_COLUMN ("criterion_d") ","
  "  " TEXT_COLUMN ("criterion_d_rationale") ","
  "  " YES_NO_COLUMN ("national_importance") ","
  "  " TEXT_COLUMN ("national_rationale") ","
  "  decision  TEXT CHECK (decision IN ('lcspr', 'no-further-review', 'other-learning-review',"
  "                                     'national-review', 'not-notifiable')),"
  "  " TEXT_COLUMN ("decision_rationale") ","
  "  " DATE_COLUMN ("decision_date") ","
  "  " DATE_COLUMN ("report_sent_date") ","
  "  panel_response  TEXT CHECK (panel_response IN ('agrees', 'reconsider', 'more-information',"
  "                                                 'national-review')),"
  "  " DATE_COLUMN ("panel_response_date") ","
  "  " TEXT_COLUMN ("panel_response_notes")
  ") STRICT;"
  AUDIT_TRIGGERS ("rapid_reviews", "rapid-review", "case_id", RAPID_REVIEW_COLUMNS)

  "CREATE TABLE rr_attendees ("
  "  id         INTEGER PRIMARY KEY,"
  "  case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  agency_id  INTEGER NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,"
  "  name       TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 1000),"
  "  " LINE_COLUMN ("role") ","
  "  " BOOLEAN_COLUMN ("attended")
  ") STRICT;"
  "CREATE INDEX rr_attendees_case ON rr_attendees (case_id);"
  "CREATE INDEX rr_attendees_agency ON rr_attendees (agency_id);"
  AUDIT_TRIGGERS ("rr_attendees", "attendee", "id", ATTENDEE_COLUMNS)

  "CREATE TABLE agency_summaries ("
  "  id         INTEGER PRIMARY KEY,"
  "  case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  agency_id  INTEGER NOT NULL REFERENCES agencies (id) ON DELETE RESTRICT,"
  "  " DATE_COLUMN ("requested_date") ","
  "  " DATE_COLUMN ("due_date") ","
  "  " DATE_COLUMN ("received_date") ","
  "  " TEXT_COLUMN ("summary") ","
  "  UNIQUE (case_id, agency_id)"
  ") STRICT;"
  "CREATE INDEX agency_summaries_agency ON agency_summaries (agency_id);"
  AUDIT_TRIGGERS ("agency_summaries", "agency-summary", "id", SUMMARY_COLUMNS)

  "CREATE TABLE sign_offs ("
  "  case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,"
  "  partner  TEXT NOT NULL CHECK (partner IN ('local-authority', 'icb', 'police')),"
  "  " LINE_COLUMN ("name") ","
  "  " LINE_COLUMN ("role") ","
  "  " DATE_COLUMN ("signed_date") ","
  "  PRIMARY KEY (case_id, partner)"
  ") STRICT;"
  AUDIT_TRIGGERS ("sign_offs", "sign-off", "rowid", SIGN_OFF_COLUMNS)

  /* A pause comes with a move of the case, which moves updated_at. */
  AUDIT_TRIGGERS_TOUCHING ("case_pauses", "case-pause", "id", PAUSE_COLUMNS, "", "")

  /* What an assistant holds before it is finished. Not audited: a draft
   * may hold restricted identity while it is typed. */
  "CREATE TABLE drafts ("
  "  kind        TEXT NOT NULL CHECK (kind IN ('referral', 'rapid-review')),"
  "  key         TEXT NOT NULL CHECK (length (key) BETWEEN 1 AND 200),"
  "  title       TEXT CHECK (length (title) <= 500),"
  "  data        TEXT NOT NULL CHECK (length (data) <= 10000000),"
  "  updated_at  TEXT NOT NULL DEFAULT (" NOW_SQL "),"
  "  PRIMARY KEY (kind, key)"
  ") STRICT;"
  "CREATE INDEX drafts_updated ON drafts (kind, updated_at);";

/* The audit trail learns the new kinds of record. Its CHECK cannot be
 * altered in place, so the table is made again: its rows are kept in a
 * temporary table, the table is dropped (its own triggers and indexes with
 * it; the triggers that write to it are untouched) and created anew, and
 * its rows, indexes and append-only triggers come back exactly as they
 * were. (An ALTER TABLE ... RENAME would re-read every trigger of the
 * schema, which each open pays for when it builds the expected schema.) */
static const char migration_5_audit_sql[] =
  "CREATE TEMP TABLE audit_v4 AS SELECT * FROM audit;"
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
  "                              'case-pause')),"
  "  entity_id INTEGER NOT NULL,"
  "  case_id   INTEGER,"
  "  field     TEXT,"
  "  old_value TEXT,"
  "  new_value TEXT"
  ") STRICT;"
  "INSERT INTO audit (id, at, os_user, action, entity, entity_id, case_id, field, old_value, new_value)"
  "  SELECT id, at, os_user, action, entity, entity_id, case_id, field, old_value, new_value"
  "    FROM temp.audit_v4 ORDER BY id;"
  "DROP TABLE temp.audit_v4;"
  "CREATE INDEX audit_case ON audit (case_id, id);"
  "CREATE INDEX audit_entity ON audit (entity, entity_id, id);"
  "CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit BEGIN"
  "  SELECT RAISE (ABORT, 'the audit trail cannot be changed');"
  "END;"
  "CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit BEGIN"
  "  SELECT RAISE (ABORT, 'the audit trail cannot be changed');"
  "END;";

/* A case paused before pause periods were kept gets an open one, from
 * its last change: the best date there is. The audit trail records that
 * the upgrade added it. */
static const char migration_5_pauses_sql[] =
  "INSERT INTO case_pauses (case_id, started, reason)"
  "  SELECT id, coalesce (date (updated_at), date (created_at), date ('now')),"
  "         'Added by the upgrade to database format 5; the start is the date of the case''s last change.'"
  "    FROM cases WHERE status = 'paused' ORDER BY id;";

static gboolean
seed_themes (sqlite3  *db,
             GError  **error)
{
  const CrThemeCatalogEntry *entries;
  sqlite3_stmt *stmt = NULL;
  guint n_entries = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db, "INSERT OR IGNORE INTO themes (facet, label) VALUES (?1, ?2)",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _cr_db_set_error (db, rc, error);

  entries = cr_theme_catalog_get_entries (&n_entries);
  for (guint i = 0; entries[i].label != NULL; i++)
    {
      sqlite3_bind_text (stmt, 1, cr_theme_facet_to_nick (entries[i].facet), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, entries[i].label, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _cr_db_set_error (db, rc, error);
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
migrate_1 (sqlite3  *db,
           GError  **error)
{
  g_autofree char *meta = NULL;

  G_STATIC_ASSERT (CR_DATABASE_APPLICATION_ID == 1129468502);

  if (!_cr_db_exec (db, migration_1_sql, error) || !seed_themes (db, error))
    return FALSE;

  meta = g_strdup_printf ("INSERT INTO meta (key, value) VALUES ('created-by', 'Case Reviews %s');",
                          PACKAGE_VERSION);
  return _cr_db_exec (db, meta, error);
}

static gboolean
migrate_2 (sqlite3  *db,
           GError  **error)
{
  return _cr_db_exec (db, migration_2_sql, error);
}

static gboolean
migrate_3 (sqlite3  *db,
           GError  **error)
{
  return _cr_db_exec (db, migration_3_sql, error);
}

static gboolean
migrate_4 (sqlite3  *db,
           GError  **error)
{
  return _cr_db_exec (db, migration_4_sql, error);
}

static gboolean
migrate_5 (sqlite3  *db,
           GError  **error)
{
  return _cr_db_exec (db, migration_5_audit_sql, error) &&
         _cr_db_exec (db, migration_5_sql, error) &&
         _cr_db_exec (db, migration_5_pauses_sql, error);
}

typedef gboolean (*MigrationFunc) (sqlite3  *db,
                                   GError  **error);

static const MigrationFunc migrations[] = {
  migrate_1,
  migrate_2,
  migrate_3,
  migrate_4,
  migrate_5,
  _cr_migrate_6,
  _cr_migrate_7,
};

int
_cr_migrations_get_latest (void)
{
  return G_N_ELEMENTS (migrations);
}

gboolean
_cr_migrations_get_version (sqlite3  *db,
                            int      *version,
                            GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _cr_db_set_error (db, rc, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

gboolean
_cr_migrations_apply (sqlite3  *db,
                      int       target,
                      GError  **error)
{
  int version;

  g_return_val_if_fail (target >= 0 && target <= _cr_migrations_get_latest (), FALSE);

  if (!_cr_migrations_get_version (db, &version, error))
    return FALSE;

  while (version < target)
    {
      g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);
      g_autoptr(GError) local_error = NULL;

      if (!_cr_db_exec (db, "BEGIN IMMEDIATE", error))
        return FALSE;

      if (!migrations[version] (db, &local_error) ||
          !_cr_db_exec (db, bump, &local_error) ||
          !_cr_db_exec (db, "COMMIT", &local_error))
        {
          if (!sqlite3_get_autocommit (db))
            sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

          if (local_error->domain == CR_STORAGE_ERROR &&
              (local_error->code == CR_STORAGE_ERROR_FAILED ||
               local_error->code == CR_STORAGE_ERROR_INVALID ||
               local_error->code == CR_STORAGE_ERROR_DUPLICATE))
            g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT,
                         /* Translators: %d is a database format version, %s SQLite's reason */
                         _("The database could not be upgraded to format %d, so it was left as it was. Its structure is not what Case Reviews expects; restore the latest backup. (%s)"),
                         version + 1, local_error->message);
          else
            g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      version++;
      g_debug ("Database migrated to version %d", version);
    }

  return TRUE;
}

char *
_cr_migrations_dump_schema (sqlite3  *db,
                            GError  **error)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT type, name, tbl_name, coalesce (sql, '') FROM sqlite_schema "
                           "ORDER BY type, name",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _cr_db_set_error (db, rc, error);
      sqlite3_finalize (stmt);
      return NULL;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_auto(GStrv) words = g_strsplit_set (_cr_db_column_text (stmt, 3), " \t\r\n", -1);
      g_autofree char *sql = NULL;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) kept = NULL;

      for (guint i = 0; words[i] != NULL; i++)
        if (words[i][0] != '\0')
          g_strv_builder_add (builder, words[i]);
      kept = g_strv_builder_end (builder);
      sql = g_strjoinv (" ", kept);

      g_string_append_printf (dump, "%s %s ON %s: %s\n",
                              _cr_db_column_text (stmt, 0),
                              _cr_db_column_text (stmt, 1),
                              _cr_db_column_text (stmt, 2),
                              sql);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (db, rc, error);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&dump), FALSE);
}

static char *
build_expected_schema_now (int      version,
                           GError **error)
{
  sqlite3 *memory = NULL;
  char *dump = NULL;
  int rc;

  rc = sqlite3_open_v2 (":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _cr_db_set_error (memory, rc, error);
      sqlite3_close (memory);
      return NULL;
    }

  _cr_db_register_functions (memory);
  if (_cr_migrations_apply (memory, version, error))
    dump = _cr_migrations_dump_schema (memory, error);

  sqlite3_close (memory);
  return dump;
}

/* The schema migrations 1..@version build, made once per process and
 * version (it depends on nothing but this code): each open compares the
 * file with it, and building it runs every migration. */
static char *
build_expected_schema (int      version,
                       GError **error)
{
  static GMutex lock;
  static char *built[G_N_ELEMENTS (migrations) + 1];
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  g_assert (version >= 0 && version <= (int) G_N_ELEMENTS (migrations));

  if (built[version] == NULL)
    built[version] = build_expected_schema_now (version, error);

  return g_strdup (built[version]);
}

/* The first schema object that is missing, or else the first unexpected. */
static char *
describe_difference (const char *actual,
                     const char *expected)
{
  g_auto(GStrv) a = g_strsplit (actual, "\n", -1);
  g_auto(GStrv) e = g_strsplit (expected, "\n", -1);

  for (guint i = 0; e[i] != NULL; i++)
    if (*e[i] != '\0' && !g_strv_contains ((const char * const *) a, e[i]))
      return g_strdup_printf ("missing %.100s", e[i]);

  for (guint i = 0; a[i] != NULL; i++)
    if (*a[i] != '\0' && !g_strv_contains ((const char * const *) e, a[i]))
      return g_strdup_printf ("unexpected %.100s", a[i]);

  return g_strdup ("objects in a different order");
}

gboolean
_cr_migrations_verify_schema (sqlite3  *db,
                              int       version,
                              GError  **error)
{
  g_autofree char *actual = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *difference = NULL;

  actual = _cr_migrations_dump_schema (db, error);
  if (actual == NULL)
    return FALSE;

  expected = build_expected_schema (version, error);
  if (expected == NULL)
    return FALSE;

  if (g_strcmp0 (actual, expected) == 0)
    return TRUE;

  difference = describe_difference (actual, expected);
  g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT,
               "%s (%s)",
               _("The structure of the database was changed outside Case Reviews, so it was not opened. It has not been changed. Restore the latest backup."),
               difference);
  return FALSE;
}
