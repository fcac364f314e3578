/* test-migrations.c: every schema version upgrades to the latest with its
 * data intact and the same schema as a new database
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-agency.h"
#include "cr-enum-types.h"
#include "cr-identity.h"
#include "cr-theme.h"
#include "storage-test-helpers.h"

static char *
dump_schema_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = open_raw (path);
  char *dump = _cr_migrations_dump_schema (raw, &error);

  g_assert_no_error (error);
  sqlite3_close (raw);
  return dump;
}

static char *
fresh_schema (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "fresh.db", NULL);
  g_autoptr(CrDatabase) db = cr_test_open_database (path);

  cr_database_close (db);
  return dump_schema_of (path);
}

/* A file at exactly @version, built by applying migrations 1..@version,
 * holding data of the kinds that version can store. */
static void
build_database_at (const char *path,
                   int         version)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = open_raw (path);

  g_assert_true (_cr_migrations_apply (raw, version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int_raw (raw, "PRAGMA user_version"), ==, version);

  if (version >= 1)
    {
      exec_raw (raw,
                "INSERT INTO cases (reference, pseudonym, status, review_type, summary,"
                "  incident_date, aware_date, notified_date)"
                " VALUES ('CR-2025-001', 'Child A', 'rapid-review', 'undecided',"
                "  'Bruising to a non-mobile baby.', '2025-01-02', '2025-01-03', '2025-01-06');"
                "INSERT INTO cases (reference, pseudonym, status, paused_from, review_type, aware_date)"
                " VALUES ('CR-2025-002', 'Child B', 'paused', 'lcspr-evidence', 'lcspr', '2025-02-10');"
                "INSERT INTO agencies (name, sector, contact_email) VALUES ('Police', 'police', 'ppu@example.org');"
                "INSERT INTO agencies (name, sector, archived) VALUES ('Health visiting', 'health', 1);"
                "INSERT INTO involvements (case_id, agency_id, role) VALUES (1, 1, 'Lead agency');"
                "INSERT INTO involvements (case_id, agency_id, role) VALUES (1, 2, NULL);"
                "INSERT INTO case_themes (case_id, theme_id)"
                "  SELECT 1, id FROM themes ORDER BY id LIMIT 2;");
    }

  if (version >= 2)
    {
      exec_raw (raw,
                "INSERT INTO children (case_id, pseudonym) VALUES (1, 'Child A');"
                "INSERT INTO family_members (case_id, pseudonym, relationship)"
                "  VALUES (1, 'Mother of Child A', 'Mother');"
                "INSERT INTO identity_fields (child_id, field, state, value)"
                "  VALUES (1, 'name', 'known', 'Ada Example');"
                "INSERT INTO identity_fields (child_id, field, state, value)"
                "  VALUES (1, 'ethnicity', 'declined', NULL);"
                "INSERT INTO identity_fields (family_member_id, field, state, value)"
                "  VALUES (1, 'date-of-birth', 'known', '1999-04-05');");
    }

  if (version >= 3)
    exec_raw (raw, "UPDATE cases SET pseudonym = 'Child A1' WHERE id = 1;");

  sqlite3_close (raw);
}

static void
check_migrated_data (CrDatabase *db,
                     int         from_version)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GPtrArray) involvements = NULL;
  g_autoptr(GPtrArray) themes = NULL;
  g_autoptr(GError) error = NULL;
  CrCase *first, *second;
  guint n_selected = 0;

  cases = sync_list_cases (db, &error);
  g_assert_no_error (error);

  if (from_version == 0)
    {
      g_assert_cmpuint (cases->len, ==, 0);
      return;
    }

  g_assert_cmpuint (cases->len, ==, 2);
  first = g_ptr_array_index (cases, 0);
  second = g_ptr_array_index (cases, 1);
  g_assert_cmpstr (cr_case_get_reference (first), ==, "CR-2025-001");
  g_assert_cmpstr (cr_case_get_pseudonym (first), ==, from_version >= 3 ? "Child A1" : "Child A");
  g_assert_cmpint (cr_case_get_status (first), ==, CR_CASE_STATUS_RAPID_REVIEW);
  g_assert_cmpstr (cr_case_get_summary (first), ==, "Bruising to a non-mobile baby.");
  g_assert_cmpstr (cr_case_get_incident_date (first), ==, "2025-01-02");
  g_assert_cmpstr (cr_case_get_notified_date (first), ==, "2025-01-06");
  /* The register summaries are filled in for rows older than them. */
  g_assert_cmpstr (cr_case_get_agencies (first), ==, "Health visiting, Police");
  g_assert_nonnull (cr_case_get_themes (first));
  g_assert_cmpint (cr_case_get_status (second), ==, CR_CASE_STATUS_PAUSED);
  g_assert_cmpint (cr_case_get_paused_from (second), ==, CR_CASE_STATUS_LCSPR_EVIDENCE);
  g_assert_cmpint (cr_case_get_review_type (second), ==, CR_REVIEW_TYPE_LCSPR);
  g_assert_null (cr_case_get_agencies (second));

  agencies = sync_list_agencies (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agencies->len, ==, 2);
  g_assert_true (cr_agency_get_archived (g_ptr_array_index (agencies, 0)));
  g_assert_cmpstr (cr_agency_get_contact_email (g_ptr_array_index (agencies, 1)), ==, "ppu@example.org");
  g_assert_cmpint (cr_agency_get_case_count (g_ptr_array_index (agencies, 1)), ==, 1);

  involvements = sync_list_involvements (db, cr_case_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (involvements->len, ==, 2);
  g_assert_cmpstr (cr_involvement_get_role (g_ptr_array_index (involvements, 1)), ==, "Lead agency");

  themes = sync_list_themes (db, cr_case_get_id (first), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < themes->len; i++)
    n_selected += cr_theme_get_selected (g_ptr_array_index (themes, i));
  g_assert_cmpuint (n_selected, ==, 2);

  if (from_version >= 2)
    {
      g_autoptr(GPtrArray) children = sync_list_children (db, cr_case_get_id (first), &error);
      g_autoptr(GPtrArray) family = NULL;
      g_autoptr(CrIdentity) identity = NULL;
      g_autoptr(CrIdentity) parent = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (children->len, ==, 1);
      identity = sync_reveal (db, "child", cr_child_get_id (g_ptr_array_index (children, 0)),
                              "Migration test", &error);
      g_assert_no_error (error);
      g_assert_cmpstr (cr_identity_get_value (identity, CR_IDENTITY_FIELD_NAME), ==, "Ada Example");
      g_assert_cmpint (cr_identity_get_state (identity, CR_IDENTITY_FIELD_ETHNICITY), ==, CR_FIELD_STATE_DECLINED);

      family = sync_list_family (db, cr_case_get_id (first), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (family->len, ==, 1);
      parent = sync_reveal (db, "family-member", cr_family_member_get_id (g_ptr_array_index (family, 0)),
                            "Migration test", &error);
      g_assert_no_error (error);
      g_assert_cmpstr (cr_identity_get_value (parent, CR_IDENTITY_FIELD_DATE_OF_BIRTH), ==, "1999-04-05");
    }

  /* Audit rows written before the upgrade are kept. */
  {
    g_autoptr(GPtrArray) audit = sync_list_audit (db, cr_case_get_id (first), &error);
    gboolean found_rename = FALSE;

    g_assert_no_error (error);
    for (guint i = 0; i < audit->len; i++)
      {
        CrAuditEntry *entry = g_ptr_array_index (audit, i);

        if (g_strcmp0 (cr_audit_entry_get_field (entry), "pseudonym") == 0 &&
            g_strcmp0 (cr_audit_entry_get_new_value (entry), "Child A1") == 0)
          found_rename = TRUE;
      }
    g_assert_true (found_rename == (from_version >= 3));
  }
}

static void
test_from_version (gconstpointer data)
{
  int version = GPOINTER_TO_INT (data);
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  int schema_version = 0;

  build_database_at (path, version);

  db = cr_test_open_database (path);
  assert_database_healthy (db);
  check_migrated_data (db, version);

  /* New writes work on the upgraded file, triggers included. */
  {
    g_autoptr(CrCase) kase = make_case ("CR-2026-100", "Child N", "2026-03-01");
    g_autoptr(CrCase) stored = sync_create_case (db, kase, &error);

    g_assert_no_error (error);
    g_assert_nonnull (stored);
  }
  sync_check (db, &schema_version, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (schema_version, ==, cr_database_get_latest_schema_version ());
  cr_database_close (db);

  expected = fresh_schema (dir);
  actual = dump_schema_of (path);
  g_assert_cmpstr (actual, ==, expected);

  cr_test_remove_tree (dir);
}

static void
test_empty_file (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrDatabase) db = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  sqlite3 *raw;

  /* A zero-byte file is an empty database, not an error. */
  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);

  db = cr_test_open_database (path);
  assert_database_healthy (db);
  cr_database_close (db);

  raw = open_raw (path);
  g_assert_cmpint (query_int_raw (raw, "PRAGMA application_id"), ==, CR_DATABASE_APPLICATION_ID);
  g_assert_cmpint (query_int_raw (raw, "PRAGMA user_version"), ==, cr_database_get_latest_schema_version ());
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM meta WHERE key = 'created-by'"), ==, 1);
  sqlite3_close (raw);

  expected = fresh_schema (dir);
  actual = dump_schema_of (path);
  g_assert_cmpstr (actual, ==, expected);

  cr_test_remove_tree (dir);
}

static void
test_failed_step_changes_nothing (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v2.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(CrDatabase) db = NULL;
  sqlite3 *raw;

  build_database_at (path, 2);

  /* Migration 3 creates the index audit_case after the audit table and
   * before its triggers: a clash there makes the step fail half-way. */
  raw = open_raw (path);
  exec_raw (raw, "CREATE INDEX audit_case ON cases (pseudonym);");
  g_assert_false (_cr_migrations_apply (raw, 3, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_cmpint (query_int_raw (raw, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM sqlite_schema WHERE name = 'audit'"), ==, 0);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"), ==, 0);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM cases"), ==, 2);
  g_assert_true (sqlite3_get_autocommit (raw));
  sqlite3_close (raw);

  /* Through the application: refused before any change, file untouched. */
  before = read_file_bytes (path);
  db = cr_database_new (path);
  g_assert_false (sync_open (db, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT);
  g_test_message ("%s", error->message);
  cr_database_close (db);
  after = read_file_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  cr_test_remove_tree (dir);
}

/* The CHECK constraints list exactly the nicks the model uses. */
static void
test_enum_nicks_accepted (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "nicks.db", NULL);
  g_autoptr(CrDatabase) db = cr_test_open_database (path);
  g_autoptr(GEnumClass) review_types = g_type_class_ref (CR_TYPE_REVIEW_TYPE);
  sqlite3 *raw;

  cr_database_close (db);
  raw = open_raw (path);
  exec_raw (raw, "PRAGMA foreign_keys = ON; INSERT INTO cases (reference, pseudonym) VALUES ('CR-1', 'Child A');"
                 "INSERT INTO agencies (name, sector) VALUES ('Police', 'police');"
                 "INSERT INTO children (case_id, pseudonym) VALUES (1, 'Child A');");

  for (CrCaseStatus s = 0; s <= CR_CASE_STATUS_LAST; s++)
    {
      g_autofree char *sql = NULL;

      if (s == CR_CASE_STATUS_PAUSED)
        sql = g_strdup_printf ("UPDATE cases SET status = 'paused', paused_from = '%s' WHERE id = 1",
                               cr_case_status_to_nick (CR_CASE_STATUS_LCSPR_ANALYSIS));
      else
        sql = g_strdup_printf ("UPDATE cases SET status = '%s', paused_from = NULL WHERE id = 1",
                               cr_case_status_to_nick (s));
      exec_raw (raw, sql);
    }

  for (guint i = 0; i < review_types->n_values; i++)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE cases SET review_type = '%s' WHERE id = 1",
                                              review_types->values[i].value_nick);
      exec_raw (raw, sql);
    }

  for (CrAgencySector s = CR_AGENCY_SECTOR_LOCAL_AUTHORITY; s <= CR_AGENCY_SECTOR_OTHER; s++)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE agencies SET sector = '%s' WHERE id = 1",
                                              cr_agency_sector_to_nick (s));
      exec_raw (raw, sql);
    }

  for (CrThemeFacet f = CR_THEME_FACET_INCIDENT; f <= CR_THEME_FACET_REVIEW; f++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO themes (facet, label) VALUES ('%s', 'Test %d')",
                                              cr_theme_facet_to_nick (f), f);
      exec_raw (raw, sql);
    }

  for (CrIdentityField f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
    for (CrFieldState st = CR_FIELD_STATE_KNOWN; st <= CR_FIELD_STATE_DECLINED; st++)
      {
        g_autofree char *sql =
          g_strdup_printf ("DELETE FROM identity_fields;"
                           "INSERT INTO identity_fields (child_id, field, state, value) VALUES (1, '%s', '%s', %s)",
                           cr_identity_field_to_nick (f), cr_field_state_to_nick (st),
                           st == CR_FIELD_STATE_KNOWN ? "'x'" : "NULL");
        exec_raw (raw, sql);
      }

  /* And refuse anything else. */
  {
    const char *refused[] = {
      "UPDATE cases SET status = 'done' WHERE id = 1",
      "UPDATE cases SET status = 'paused', paused_from = NULL WHERE id = 1",
      "UPDATE cases SET review_type = 'LCSPR' WHERE id = 1",
      "UPDATE cases SET aware_date = '2025-02-30' WHERE id = 1",
      "UPDATE cases SET aware_date = '3 Feb 2025' WHERE id = 1",
      "UPDATE agencies SET sector = 'army' WHERE id = 1",
      "UPDATE agencies SET archived = 2 WHERE id = 1",
      "INSERT INTO cases (reference, pseudonym) VALUES ('cr-1', 'Child B')",
      "INSERT INTO identity_fields (child_id, field, state, value) VALUES (1, 'nickname', 'known', 'x')",
      "INSERT INTO identity_fields (child_id, field, state, value) VALUES (1, 'sex', 'known', NULL)",
      "INSERT INTO identity_fields (child_id, family_member_id, field, state) VALUES (1, 1, 'sex', 'declined')",
      "INSERT INTO children (case_id, pseudonym) VALUES (99, 'Orphan')",
      "UPDATE agencies SET archived = 'yes' WHERE id = 1",
    };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        int rc = sqlite3_exec (raw, refused[i], NULL, NULL, NULL);

        g_test_message ("%s -> %s", refused[i], sqlite3_errmsg (raw));
        g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
      }
  }

  sqlite3_close (raw);
  cr_test_remove_tree (dir);
}

/* Every row of @table in id order, each value quoted, one line a row. */
static char *
dump_rows (sqlite3    *raw,
           const char *sql)
{
  g_autoptr(GString) dump = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        g_string_append_printf (dump, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                               ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
      g_string_append_c (dump, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&dump), FALSE);
}

#define V4_CASE_COLUMNS \
  "id, reference, pseudonym, status, paused_from, review_type, summary, incident_date," \
  " aware_date, notified_date, decision_date, publication_date, created_at, agencies, themes"

/* Version 5 rebuilds the audit table to learn the new kinds of record:
 * every row, and every rule that keeps it append-only, survives. */
static void
test_v4_to_v5_keeps_everything (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v4.db", NULL);
  g_autofree char *audit_before = NULL;
  g_autofree char *audit_after = NULL;
  g_autofree char *cases_before = NULL;
  g_autofree char *cases_after = NULL;
  g_autofree char *updated_before = NULL;
  g_autofree char *updated_after = NULL;
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) paused = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_audit;
  sqlite3 *raw;

  build_database_at (path, 4);
  raw = open_raw (path);
  /* Audit rows of every kind migration 3 knows. */
  exec_raw (raw,
            "UPDATE agencies SET contact_name = 'Chloe Dummy' WHERE id = 1;"
            "UPDATE involvements SET role = 'Statutory partner' WHERE id = 2;"
            "DELETE FROM case_themes WHERE case_id = 1 AND theme_id = (SELECT min (theme_id) FROM case_themes);"
            "UPDATE cases SET status = 'rapid-review-decision', decision_date = '2025-01-20' WHERE id = 1;");
  n_audit = query_int_raw (raw, "SELECT count(*) FROM audit");
  g_assert_cmpint (n_audit, >, 15);
  audit_before = dump_rows (raw, "SELECT * FROM audit ORDER BY id");
  cases_before = dump_rows (raw, "SELECT " V4_CASE_COLUMNS " FROM cases ORDER BY id");
  updated_before = dump_rows (raw, "SELECT updated_at FROM cases ORDER BY id");
  sqlite3_close (raw);

  db = cr_test_open_database (path);
  assert_database_healthy (db);

  /* The paused case has an open pause, from its last change. */
  paused = sync_get_case (db, 0, "CR-2025-002", &error);
  g_assert_no_error (error);
  g_assert_nonnull (cr_case_get_pauses (paused));
  {
    g_autofree char *day = g_strndup (cr_case_get_updated_at (paused), 10);
    g_autofree char *expected = g_strdup_printf ("%s..", day);

    g_assert_cmpstr (cr_case_get_pauses (paused), ==, expected);
  }
  cr_database_close (db);

  raw = open_raw (path);
  audit_after = dump_rows (raw, "SELECT * FROM audit ORDER BY id");
  cases_after = dump_rows (raw, "SELECT " V4_CASE_COLUMNS " FROM cases ORDER BY id");
  updated_after = dump_rows (raw, "SELECT updated_at FROM cases ORDER BY id");
  /* The old rows, unchanged, then only the pause the upgrade added. */
  g_assert_true (g_str_has_prefix (audit_after, audit_before));
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit"), ==, n_audit + 1);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE entity = 'case-pause'"), ==, 1);
  g_assert_cmpstr (cases_after, ==, cases_before);
  g_assert_cmpstr (updated_after, ==, updated_before);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM cases WHERE partners_informed_date IS NOT NULL"
                                       " OR rr_sent_date IS NOT NULL OR planned_publication_date IS NOT NULL"
                                       " OR copies_sent_date IS NOT NULL"), ==, 0);

  /* Still append-only, and still written by the old triggers. */
  g_assert_cmpint (sqlite3_exec (raw, "UPDATE audit SET os_user = 'x'", NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM audit", NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  exec_raw (raw, "UPDATE agencies SET contact_phone = '01632 960009' WHERE id = 1;"
                 "UPDATE cases SET rr_sent_date = '2025-01-22' WHERE id = 1;");
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE entity = 'agency'"
                                       " AND field = 'contact-phone'"), ==, 1);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE entity = 'case'"
                                       " AND field = 'rr-sent-date' AND new_value = '2025-01-22'"), ==, 1);
  sqlite3_close (raw);

  /* Applying the migrations leaves the connection as it found it. */
  {
    g_autofree char *other = g_build_filename (dir, "other.db", NULL);

    build_database_at (other, 4);
    raw = open_raw (other);
    g_assert_true (_cr_migrations_apply (raw, 5, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int_raw (raw, "PRAGMA legacy_alter_table"), ==, 0);
    sqlite3_close (raw);
  }

  cr_test_remove_tree (dir);
}

/* Version 6 rebuilds the audit table again, for the review workspace:
 * every row survives, the pause periods keep their dates and gain empty
 * details, and the new tables are audited. */
static void
test_v5_to_v6_keeps_everything (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v5.db", NULL);
  g_autofree char *audit_before = NULL;
  g_autofree char *audit_after = NULL;
  g_autofree char *pauses_before = NULL;
  g_autofree char *pauses_after = NULL;
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_audit;
  sqlite3 *raw;

  build_database_at (path, 5);
  raw = open_raw (path);
  exec_raw (raw,
            "INSERT INTO case_pauses (case_id, started, ended, reason)"
            "  VALUES (1, '2025-01-10', '2025-01-20', 'Interviews');"
            "UPDATE agencies SET contact_name = 'Chloe Dummy' WHERE id = 1;");
  n_audit = query_int_raw (raw, "SELECT count(*) FROM audit");
  audit_before = dump_rows (raw, "SELECT * FROM audit ORDER BY id");
  pauses_before = dump_rows (raw, "SELECT id, case_id, started, ended, reason FROM case_pauses ORDER BY id");
  sqlite3_close (raw);

  db = cr_test_open_database (path);
  assert_database_healthy (db);
  cr_database_close (db);

  raw = open_raw (path);
  audit_after = dump_rows (raw, "SELECT * FROM audit ORDER BY id");
  pauses_after = dump_rows (raw, "SELECT id, case_id, started, ended, reason FROM case_pauses ORDER BY id");
  g_assert_cmpstr (audit_after, ==, audit_before);
  g_assert_cmpstr (pauses_after, ==, pauses_before);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM case_pauses"
                                       " WHERE look_again IS NOT NULL OR process_id IS NOT NULL"), ==, 0);

  /* Still append-only; the new kinds of record are audited. */
  g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM audit", NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  exec_raw (raw, "PRAGMA foreign_keys = ON;"
                 "INSERT INTO reviewers (case_id, name, role) VALUES (1, 'Ann Smith', 'lead-reviewer');"
                 "INSERT INTO evidence_requests (case_id, agency_id, kind, requested_date, due_date)"
                 "  VALUES (1, 1, 'chronology', '2025-02-01', '2025-03-01');"
                 "UPDATE case_pauses SET look_again = '2025-06-01' WHERE case_id = 1;");
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit"), ==, n_audit + 3);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE entity = 'case-pause'"
                                       " AND field = 'look-again'"), ==, 1);

  /* And refuse what the model never writes. */
  {
    const char *refused[] = {
      "INSERT INTO reviewers (case_id, name, role) VALUES (1, 'B', 'judge')",
      "INSERT INTO evidence_requests (case_id, agency_id, kind, requested_date, due_date)"
      "  VALUES (1, 1, 'chronology', '2025-03-01', '2025-02-01')",
      "INSERT INTO terms_of_reference (case_id, period_start, period_end) VALUES (1, '2025-01-02', '2025-01-01')",
      "INSERT INTO document_blobs (sha256, size, contents) VALUES ('ABC', 1, x'00')",
      "INSERT INTO meetings (case_id, meeting_date, kind, meeting_time) VALUES (1, '2025-01-01', 'panel', '25:00')",
      "INSERT INTO family_contacts (case_id, person, consent) VALUES (1, 'Mother', 'maybe')",
      "INSERT INTO milestones (case_id, title, kind, planned_date) VALUES (1, 'X', 'other', '2025-02-30')",
    };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        int rc = sqlite3_exec (raw, refused[i], NULL, NULL, NULL);

        g_test_message ("%s -> %s", refused[i], sqlite3_errmsg (raw));
        g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
      }
  }
  sqlite3_close (raw);

  cr_test_remove_tree (dir);
}

static int
compare_lines (const void *a,
               const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* dump_rows() in a stable order whatever the table's key. */
static char *
dump_sorted_rows (sqlite3    *raw,
                  const char *sql)
{
  g_autofree char *dump = dump_rows (raw, sql);
  g_auto(GStrv) lines = g_strsplit (dump, "\n", -1);

  qsort (lines, g_strv_length (lines), sizeof (char *), compare_lines);
  return g_strjoinv ("\n", lines);
}

/* Rows of every kind a version-6 file can hold (besides those of
 * build_database_at()). */
#define V6_ROWS_SQL \
  "INSERT INTO drafts (kind, key, title, data) VALUES ('referral', 'new', 'Child C', '[referral]');" \
  "INSERT INTO referrals (case_id, referral_date, referring_agency_id, nature, abuse_kinds, limb_abuse)" \
  "  VALUES (1, '2025-01-03', 1, 'serious-harm', 'physical-abuse;neglect', 'true');" \
  "INSERT INTO parallel_processes (case_id, kind, status) VALUES (1, 'police-investigation', 'ongoing');" \
  "INSERT INTO rapid_reviews (case_id, meeting_date, criterion_a, decision) VALUES (1, '2025-01-15', 'yes', 'lcspr');" \
  "INSERT INTO rr_attendees (case_id, agency_id, name, attended) VALUES (1, 1, 'Chloe Dummy', 'true');" \
  "INSERT INTO agency_summaries (case_id, agency_id, requested_date) VALUES (1, 1, '2025-01-07');" \
  "INSERT INTO sign_offs (case_id, partner, name, signed_date) VALUES (1, 'police', 'DCI Example', '2025-01-16');" \
  "INSERT INTO case_pauses (case_id, started, ended, reason) VALUES (1, '2025-01-10', '2025-01-20', 'Interviews');" \
  "INSERT INTO reviewers (case_id, name, role, independent) VALUES (1, 'Ann Smith', 'lead-reviewer', 'true');" \
  "INSERT INTO terms_of_reference (case_id, period_start, period_end, methodology)" \
  "  VALUES (1, '2024-01-01', '2025-01-02', 'silp');" \
  "INSERT INTO panel_members (case_id, name, agency_id, role) VALUES (1, 'Rosa Fabricated', 1, 'chair');" \
  "INSERT INTO milestones (case_id, title, kind, planned_date) VALUES (1, 'First draft', 'first-draft', '2025-04-01');" \
  "INSERT INTO document_blobs (sha256, size, contents)" \
  "  VALUES ('00000000000000000000000000000000000000000000000000000000000000aa', 2, x'0102');" \
  "INSERT INTO documents (case_id, title, filename, doc_type, agency_id, media_type, size, sha256)" \
  "  VALUES (1, 'Police chronology', 'police.csv', 'chronology', 1, 'text/csv', 2," \
  "          '00000000000000000000000000000000000000000000000000000000000000aa');" \
  "INSERT INTO evidence_requests (case_id, agency_id, kind, requested_date, due_date, document_id)" \
  "  VALUES (1, 1, 'chronology', '2025-02-01', '2025-03-01', 1);" \
  "INSERT INTO meetings (case_id, meeting_date, kind, minutes_document_id) VALUES (1, '2025-02-10', 'panel', 1);" \
  "INSERT INTO family_contacts (case_id, person, consent) VALUES (1, 'Mother of Child A', 'given');" \
  "INSERT INTO chronology_mappings (agency_id, mapping, updated_at) VALUES (1, '[mapping]', '2025-02-01T10:00:00Z');" \
  "INSERT INTO chronology_imports (case_id, agency_id, document_id, mapping, n_entries, n_rejected, n_blank)" \
  "  VALUES (1, 1, 1, '[mapping]', 2, 1, 0);" \
  "INSERT INTO chronology_entries (case_id, import_id, agency_id, row, day, event, key_practice_episode)" \
  "  VALUES (1, 1, 1, 2, '2024-12-01', 'Home visit', 1);" \
  "INSERT INTO chronology_entries (case_id, import_id, agency_id, row, day, event)" \
  "  VALUES (1, 1, 1, 3, '2024-12-01', 'Home visit by the health visitor');" \
  "INSERT INTO chronology_rejects (case_id, import_id, agency_id, row, reason, cells)" \
  "  VALUES (1, 1, 1, 4, 'No date', 'x');" \
  "INSERT INTO chronology_duplicates (case_id, entry_a, entry_b, decision) VALUES (1, 1, 2, 'confirmed');"

/* Version 7 rebuilds the audit table once more, for the report: every
 * row of every table survives as it was, and the new tables are
 * audited. */
static void
test_v6_to_v7_keeps_everything (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "v6.db", NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(CrDatabase) db = NULL;
  gint64 n_audit;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *raw;

  build_database_at (path, 6);
  raw = open_raw (path);
  exec_raw (raw, V6_ROWS_SQL);

  /* Every table of version 6 holds something. */
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                            " AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >=, 30);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *count = g_strdup_printf ("SELECT count(*) FROM \"%s\"", (char *) tables->pdata[i]);
      g_autofree char *all = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) tables->pdata[i]);

      if (query_int_raw (raw, count) == 0)
        g_error ("The version-6 fixture has no row in “%s”", (char *) tables->pdata[i]);
      g_ptr_array_add (before, dump_sorted_rows (raw, all));
    }
  n_audit = query_int_raw (raw, "SELECT count(*) FROM audit");
  sqlite3_close (raw);

  db = cr_test_open_database (path);
  assert_database_healthy (db);
  cr_database_close (db);

  raw = open_raw (path);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *all = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) tables->pdata[i]);
      g_autofree char *after = dump_sorted_rows (raw, all);

      g_test_message ("%s", (char *) tables->pdata[i]);
      g_assert_cmpstr (after, ==, before->pdata[i]);
    }
  g_assert_cmpint (query_int_raw (raw, "PRAGMA user_version"), ==, 7);

  /* Still append-only; the report's records are audited, and the new
   * kinds of audit row are accepted. */
  g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM audit", NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  exec_raw (raw, "PRAGMA foreign_keys = ON;"
                 "INSERT INTO findings (case_id, position, title, status) VALUES (1, '1', 'Nobody asked', 'draft');"
                 "INSERT INTO finding_evidence (finding_id, entry_id, case_id) VALUES (1, 1, 1);"
                 "INSERT INTO recommendations (case_id, position, text, finding_id, addressed_to, agency_ids, status)"
                 "  VALUES (1, '1', 'Ask who lives there.', 1, 'agencies', '1', 'draft');"
                 "INSERT INTO briefing_deliveries (case_id, delivered_date, team, agency_id, delivered_by)"
                 "  VALUES (1, '2025-05-01', 'East team', 1, 'Sam Patel');"
                 "INSERT INTO audit (os_user, action, entity, entity_id, case_id, field, new_value)"
                 "  VALUES ('someone', 'update', 'report-section', 1, 1, 'analysis', '3 words');"
                 "INSERT INTO drafts (kind, key, title, data) VALUES ('publication', '1', 'Child A', '[publication]');");
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit"), ==, n_audit + 5);
  /* The publication assistant's draft sits beside the referral's (kept). */
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM drafts"), ==, 2);

  /* Deleting the chronology entry takes its evidence link with it. */
  exec_raw (raw, "PRAGMA foreign_keys = ON; DELETE FROM chronology_duplicates; DELETE FROM chronology_entries WHERE id = 1;");
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM finding_evidence"), ==, 0);

  /* And refuse what the model never writes. */
  {
    const char *refused[] = {
      "INSERT INTO findings (case_id, position, title, status) VALUES (1, '0', 'X', 'draft')",
      "INSERT INTO findings (case_id, position, title, status) VALUES (1, '1000', 'X', 'draft')",
      "INSERT INTO findings (case_id, position, title, status) VALUES (1, '2', 'X', 'approved')",
      "INSERT INTO findings (case_id, position, title, status, approved_date)"
      "  VALUES (1, '2', 'X', 'draft', '2025-01-01')",
      "INSERT INTO recommendations (case_id, position, text, addressed_to, status)"
      "  VALUES (1, '2', 'X', 'agencies', 'draft')",
      "INSERT INTO recommendations (case_id, position, text, addressed_to, status)"
      "  VALUES (1, '2', 'X', 'everyone', 'draft')",
      "INSERT INTO case_identifiers (case_id, kind, value) VALUES (1, 'car', 'AB12 CDE')",
      "INSERT INTO drafts (kind, key, data) VALUES ('briefing', '1', '[briefing]')",
      "INSERT INTO publications (case_id, mode) VALUES (1, 'improvements')",
      "INSERT INTO publications (case_id, copies_to) VALUES (1, 'panel;press')",
      "INSERT INTO briefings (case_id, background) VALUES (1, printf ('%.1501c', 'x'))",
      "INSERT INTO briefing_deliveries (case_id, delivered_date, team, delivered_by, attendees)"
      "  VALUES (1, '2025-05-01', 'T', 'S', 'twelve')",
      "INSERT INTO report_versions (case_id, number, label, saved_by, n_words, content)"
      "  VALUES (1, 0, 'X', 'me', 0, '')",
      "INSERT INTO anonymisation_dismissals (case_id, hit_key, kind, source, reason, decided_by)"
      "  VALUES (1, 'ABC', 'name', 'Analysis', 'A reason long enough', 'Sam')",
    };

    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        int rc = sqlite3_exec (raw, refused[i], NULL, NULL, NULL);

        g_test_message ("%s -> %s", refused[i], sqlite3_errmsg (raw));
        g_assert_cmpint (rc & 0xff, ==, SQLITE_CONSTRAINT);
      }
  }
  sqlite3_close (raw);

  cr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int latest = cr_database_get_latest_schema_version ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/storage/migrations/empty-file", test_empty_file);
  for (int version = 0; version < latest; version++)
    {
      g_autofree char *name = g_strdup_printf ("/storage/migrations/from-version-%d", version);

      g_test_add_data_func (name, GINT_TO_POINTER (version), test_from_version);
    }
  g_test_add_func ("/storage/migrations/failed-step-changes-nothing", test_failed_step_changes_nothing);
  g_test_add_func ("/storage/migrations/enum-nicks", test_enum_nicks_accepted);
  g_test_add_func ("/storage/migrations/v4-to-v5-keeps-everything", test_v4_to_v5_keeps_everything);
  g_test_add_func ("/storage/migrations/v5-to-v6-keeps-everything", test_v5_to_v6_keeps_everything);
  g_test_add_func ("/storage/migrations/v6-to-v7-keeps-everything", test_v6_to_v7_keeps_everything);

  return g_test_run ();
}
