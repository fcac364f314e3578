/* test-database.c: CrDatabase on real SQLite files in a temporary folder
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cr-theme-catalog.h"
#include "storage-test-helpers.h"

typedef struct
{
  char       *dir;
  char       *path;
  CrDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  cr_test_database_set_up ("cases.db", &fixture->dir, &fixture->path, &fixture->db);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_database_tear_down (&fixture->dir, &fixture->path, &fixture->db);
}

static void
reopen (Fixture *fixture)
{
  cr_database_close (fixture->db);
  g_clear_object (&fixture->db);
  fixture->db = cr_test_open_database (fixture->path);
}

/* ---- Opening ------------------------------------------------------------------ */

static void
test_open_creates_private_files (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *folder = g_build_filename (dir, "nested", "case-reviews", NULL);
  g_autofree char *path = g_build_filename (folder, "cases.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) stored = NULL;
  GStatBuf buf;

  db = cr_test_open_database (path);
  g_assert_false (cr_database_get_read_only (db));
  g_assert_cmpstr (cr_database_get_path (db), ==, path);

  g_assert_cmpint (g_stat (folder, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  /* The write-ahead log inherits the database's mode. */
  stored = store_case (db, "CR-2026-001");
  g_assert_cmpint (g_stat (wal, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);

  /* A clean close checkpoints and removes the log. */
  cr_database_close (db);
  cr_database_close (db);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  cr_test_remove_tree (dir);
}

static void
test_default_paths (void)
{
  g_autofree char *path = cr_database_dup_default_path ();
  g_autofree char *demo = cr_database_dup_demo_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "case-reviews", "case-reviews.db", NULL);
  g_autofree char *expected_demo = g_build_filename (g_get_user_data_dir (), "case-reviews", "demo.db", NULL);

  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpstr (demo, ==, expected_demo);
  g_assert_cmpint (cr_database_get_latest_schema_version (), >=, 3);
}

static void
test_requests_after_close (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cases = NULL;

  cr_database_close (fixture->db);
  cases = sync_list_cases (fixture->db, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CLOSED);
  g_assert_null (cases);
}

static void
test_requests_before_open (void)
{
  g_autoptr(CrDatabase) db = cr_database_new ("/nonexistent/never-opened.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cases = sync_list_cases (db, &error);

  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CLOSED);
  g_assert_null (cases);
}

static void
test_open_missing_folder_unwritable (void)
{
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* /proc cannot hold a folder: a clear I/O error, not a crash. */
  db = cr_database_new ("/proc/case-reviews-test/cases.db");
  g_assert_false (sync_open (db, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/proc/case-reviews-test"));
}

/* ---- Skipping quick_check after a clean close ---------------------------- */

/* Whether the clean-close record holds a group for @path. */
static gboolean
clean_close_recorded (const char *path)
{
  g_autofree char *record_path = _cr_db_clean_close_dup_record_path ();
  g_autoptr(GKeyFile) record = g_key_file_new ();
  char *real = realpath (path, NULL);
  gboolean found;

  g_assert_nonnull (real);
  found = g_key_file_load_from_file (record, record_path, G_KEY_FILE_NONE, NULL) &&
          g_key_file_has_group (record, real);
  free (real);
  return found;
}

/* Opens @path, returning whether the open ran quick_check; closes it. */
static gboolean
open_was_checked (const char *path)
{
  g_autoptr(CrDatabase) db = cr_test_open_database (path);
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  gboolean checked = _cr_database_get_quick_checked (db);

  /* Checked or not, every case is there. */
  cases = sync_list_cases (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cases->len, ==, 2);
  cr_database_close (db);
  return checked;
}

static void
test_open_clean_close (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "cases.db", NULL);
  g_autofree char *record_path = _cr_db_clean_close_dup_record_path ();
  g_autofree char *record_dir = g_path_get_dirname (record_path);
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf buf;
  sqlite3 *raw;

  /* A new file is checked (it is empty, so that costs nothing). */
  db = cr_test_open_database (path);
  g_assert_true (_cr_database_get_quick_checked (db));
  g_object_unref (store_case (db, "CR-2026-001"));
  g_object_unref (store_case (db, "CR-2026-002"));
  /* Open for writing: no record claims a clean close meanwhile. */
  g_assert_false (clean_close_recorded (path));
  cr_database_close (db);
  g_clear_object (&db);

  /* A clean close is recorded, privately. */
  g_assert_true (clean_close_recorded (path));
  g_assert_cmpint (g_stat (record_path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (record_dir, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0700);

  /* Unchanged since: the check is skipped, and the record removed while
   * the file is open for writing. */
  db = cr_test_open_database (path);
  g_assert_false (_cr_database_get_quick_checked (db));
  g_assert_false (clean_close_recorded (path));
  assert_database_healthy (db);
  cr_database_close (db);
  g_clear_object (&db);
  g_assert_true (clean_close_recorded (path));
  g_assert_false (open_was_checked (path));

  /* Changed by another program: checked again. */
  raw = open_raw (path);
  exec_raw (raw, "UPDATE cases SET summary = 'Edited elsewhere' WHERE reference = 'CR-2026-001';");
  sqlite3_close (raw);
  g_assert_true (open_was_checked (path));
  g_assert_false (open_was_checked (path));

  /* Committed changes still in a -wal file (another program, or a crash
   * after the record was written): checked, though the file itself has
   * not changed. */
  raw = open_raw (path);
  exec_raw (raw, "PRAGMA wal_autocheckpoint = 0;"
                 "UPDATE cases SET summary = 'Only in the log' WHERE reference = 'CR-2026-002';");
  g_assert_true (open_was_checked (path));
  sqlite3_close (raw);
  open_was_checked (path);  /* checked if closing the other program changed the file */
  g_assert_false (open_was_checked (path));

  /* No record, or one that cannot be read: checked. */
  g_assert_cmpint (g_unlink (record_path), ==, 0);
  g_assert_true (open_was_checked (path));
  g_file_set_contents (record_path, "[unfinished\n", -1, &error);
  g_assert_no_error (error);
  g_assert_true (open_was_checked (path));
  g_assert_false (open_was_checked (path));

  /* The same file under another name (a symbolic link) is the same file. */
  {
    g_autofree char *link = g_build_filename (dir, "link.db", NULL);

    g_assert_cmpint (symlink (path, link), ==, 0);
    g_assert_false (open_was_checked (link));
    g_assert_false (open_was_checked (path));
  }

  cr_test_remove_tree (dir);
}

/* ---- Cases ---------------------------------------------------------------------- */

static void
test_case_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CrCase) kase = make_case ("CR-2026-007", "Child G", "2026-02-02");
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(CrCase) by_reference = NULL;
  g_autoptr(CrCase) reloaded = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_value = NULL;
  gint64 id;

  cr_case_set_incident_date (kase, "2026-01-30");
  cr_case_set_notified_date (kase, "2026-02-04");
  cr_case_set_summary (kase, "Non-accidental injury to a baby.\nSecond line.");
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_UNDECIDED);

  stored = sync_create_case (fixture->db, kase, &error);
  g_assert_no_error (error);
  id = cr_case_get_id (stored);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (cr_case_get_id (kase), ==, 0); /* the caller's object is not touched */
  g_assert_cmpstr (cr_case_get_reference (stored), ==, "CR-2026-007");
  g_assert_cmpstr (cr_case_get_summary (stored), ==, "Non-accidental injury to a baby.\nSecond line.");
  g_assert_nonnull (cr_case_get_created_at (stored));
  g_assert_true (g_str_has_suffix (cr_case_get_created_at (stored), "Z"));
  g_assert_cmpint (cr_case_get_year (stored), ==, 2026);

  /* Reference lookups ignore case. */
  by_reference = sync_get_case (fixture->db, 0, "cr-2026-007", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_id (by_reference), ==, id);

  g_assert_true (sync_update_field (fixture->db, "case", id, "pseudonym", "  Child H ", &old_value, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (old_value, ==, "Child G");
  g_clear_pointer (&old_value, g_free);

  g_assert_true (sync_update_field (fixture->db, "case", id, "review-type", "lcspr", &old_value, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (old_value, ==, "undecided");
  g_clear_pointer (&old_value, g_free);

  g_assert_true (sync_update_field (fixture->db, "case", id, "incident-date", NULL, &old_value, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (old_value, ==, "2026-01-30");
  g_clear_pointer (&old_value, g_free);

  g_clear_object (&stored);
  stored = sync_transition (fixture->db, id, CR_CASE_STATUS_NOTIFICATION_DECISION, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (stored), ==, CR_CASE_STATUS_NOTIFICATION_DECISION);

  /* Everything survives closing and reopening the file. */
  reopen (fixture);
  reloaded = sync_get_case (fixture->db, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_reference (reloaded), ==, "CR-2026-007");
  g_assert_cmpstr (cr_case_get_pseudonym (reloaded), ==, "Child H");
  g_assert_cmpint (cr_case_get_review_type (reloaded), ==, CR_REVIEW_TYPE_LCSPR);
  g_assert_cmpint (cr_case_get_status (reloaded), ==, CR_CASE_STATUS_NOTIFICATION_DECISION);
  g_assert_null (cr_case_get_incident_date (reloaded));
  g_assert_cmpstr (cr_case_get_aware_date (reloaded), ==, "2026-02-02");
  g_assert_cmpstr (cr_case_get_notified_date (reloaded), ==, "2026-02-04");
  g_assert_cmpstr (cr_case_get_summary (reloaded), ==, "Non-accidental injury to a baby.\nSecond line.");
  g_assert_cmpstr (cr_case_get_created_at (reloaded), ==, cr_case_get_created_at (by_reference));
  g_assert_nonnull (cr_case_get_updated_at (reloaded));
  g_assert_cmpstr (cr_case_get_updated_at (reloaded), >=, cr_case_get_created_at (reloaded));

  cases = sync_list_cases (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cases->len, ==, 1);
  g_assert_cmpint (cr_case_get_id (g_ptr_array_index (cases, 0)), ==, id);
}

static void
test_case_errors (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CrCase) first = store_case (fixture->db, "CR-2026-001");
  g_autoptr(CrCase) duplicate = make_case ("cr-2026-001", "Child B", "2026-01-06");
  g_autoptr(CrCase) no_reference = make_case (NULL, "Child C", NULL);
  g_autoptr(CrCase) future = make_case ("CR-2026-099", "Child D", "2099-01-01");
  g_autoptr(CrCase) result = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;

  result = sync_create_case (fixture->db, duplicate, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "cr-2026-001"));
  g_assert_null (result);
  g_clear_error (&error);

  result = sync_create_case (fixture->db, no_reference, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);

  result = sync_create_case (fixture->db, future, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);

  result = sync_get_case (fixture->db, 4242, NULL, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  result = sync_get_case (fixture->db, 0, "CR-1999-404", &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "CR-1999-404"));
  g_clear_error (&error);

  /* Nothing of the refused cases was stored. */
  cases = sync_list_cases (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cases->len, ==, 1);
}

typedef struct
{
  const char *entity;
  const char *field;
  const char *value;
  int         code;
} Refusal;

static void
test_update_field_refusals (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(CrCase) first = store_case (fixture->db, "CR-2026-001");
  g_autoptr(CrCase) second = store_case (fixture->db, "CR-2026-002");
  g_autoptr(CrCase) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_value = NULL;
  gint64 id = cr_case_get_id (first);
  const Refusal refusals[] = {
    { "case", "status", "closed", CR_STORAGE_ERROR_INVALID },
    { "case", "paused-from", "rapid-review", CR_STORAGE_ERROR_INVALID },
    { "case", "id", "7", CR_STORAGE_ERROR_INVALID },
    { "case", "created-at", "2020-01-01T00:00:00Z", CR_STORAGE_ERROR_INVALID },
    { "case", "agencies", "Police", CR_STORAGE_ERROR_INVALID },
    { "case", "no-such-field", "x", CR_STORAGE_ERROR_INVALID },
    { "cases", "pseudonym", "x", CR_STORAGE_ERROR_INVALID },
    { "case", "reference", NULL, CR_STORAGE_ERROR_INVALID },
    { "case", "reference", "   ", CR_STORAGE_ERROR_INVALID },
    { "case", "reference", "CR 2026; DROP TABLE cases", CR_STORAGE_ERROR_INVALID },
    { "case", "reference", "cr-2026-002", CR_STORAGE_ERROR_DUPLICATE },
    { "case", "pseudonym", "Child\nA", CR_STORAGE_ERROR_INVALID },
    { "case", "pseudonym", "Child\x01", CR_STORAGE_ERROR_INVALID },
    { "case", "pseudonym", "\xff\xfe", CR_STORAGE_ERROR_INVALID },
    { "case", "review-type", "LCSPR", CR_STORAGE_ERROR_INVALID },
    { "case", "review-type", NULL, CR_STORAGE_ERROR_INVALID },
    { "case", "aware-date", "2026-02-30", CR_STORAGE_ERROR_INVALID },
    { "case", "aware-date", "05/01/2026", CR_STORAGE_ERROR_INVALID },
    { "case", "aware-date", "2099-01-01", CR_STORAGE_ERROR_INVALID },
    /* incident after aware (2026-01-05): dates must stay in order */
    { "case", "incident-date", "2026-01-20", CR_STORAGE_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *shown = g_strescape (refusals[i].value ? refusals[i].value : "(null)", NULL);

      g_test_message ("refusal %u: %s.%s = %s", i, refusals[i].entity, refusals[i].field, shown);
      g_assert_false (sync_update_field (fixture->db, refusals[i].entity, id, refusals[i].field,
                                         refusals[i].value, &old_value, &error));
      g_assert_error (error, CR_STORAGE_ERROR, refusals[i].code);
      g_assert_cmpstr (error->message, !=, "");
      g_assert_null (old_value);
      g_clear_error (&error);
    }

  /* A record that is not there. */
  g_assert_false (sync_update_field (fixture->db, "case", 999, "pseudonym", "X", NULL, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nothing changed. */
  after = sync_get_case (fixture->db, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_reference (after), ==, "CR-2026-001");
  g_assert_cmpstr (cr_case_get_pseudonym (after), ==, "Child A");
  g_assert_cmpstr (cr_case_get_aware_date (after), ==, "2026-01-05");
  g_assert_null (cr_case_get_incident_date (after));
  g_assert_cmpint (cr_case_get_status (after), ==, CR_CASE_STATUS_REFERRED);

  /* A date in order is accepted. */
  g_assert_true (sync_update_field (fixture->db, "case", id, "incident-date", "2026-01-02", NULL, &error));
  g_assert_no_error (error);
}

/* A shortest path of legal transitions (BFS over the state machine). */
static GArray *
find_path (CrCaseStatus from,
           CrCaseStatus to)
{
  int previous[CR_CASE_STATUS_LAST + 1];
  GQueue queue = G_QUEUE_INIT;
  GArray *path = g_array_new (FALSE, FALSE, sizeof (CrCaseStatus));

  for (guint i = 0; i <= CR_CASE_STATUS_LAST; i++)
    previous[i] = -2;
  previous[from] = -1;
  g_queue_push_tail (&queue, GUINT_TO_POINTER (from));

  while (!g_queue_is_empty (&queue))
    {
      CrCaseStatus current = GPOINTER_TO_UINT (g_queue_pop_head (&queue));

      for (CrCaseStatus next = 0; next <= CR_CASE_STATUS_LAST; next++)
        {
          if (next == CR_CASE_STATUS_PAUSED || previous[next] != -2 ||
              !cr_case_status_can_transition (current, next, CR_CASE_STATUS_REFERRED))
            continue;
          previous[next] = current;
          g_queue_push_tail (&queue, GUINT_TO_POINTER (next));
        }
    }

  g_assert_cmpint (previous[to], !=, -2);
  for (int s = to; s != (int) from; s = previous[s])
    g_array_prepend_val (path, s);
  return path;
}

static CrCase *
walk (CrDatabase   *db,
      gint64        id,
      CrCaseStatus  from,
      CrCaseStatus  to)
{
  g_autoptr(GArray) path = find_path (from, to);
  CrCase *kase = NULL;

  for (guint i = 0; i < path->len; i++)
    {
      g_autoptr(GError) error = NULL;

      g_clear_object (&kase);
      kase = sync_transition (db, id, g_array_index (path, CrCaseStatus, i), &error);
      g_assert_no_error (error);
    }
  return kase;
}

static void
test_transitions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CrCase) kase = store_case (fixture->db, "CR-2026-001");
  g_autoptr(CrCase) moved = NULL;
  g_autoptr(CrCase) refused = NULL;
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = cr_case_get_id (kase);
  CrCaseStatus other = CR_CASE_STATUS_REFERRED;

  /* Straight to publication is not allowed. */
  refused = sync_transition (fixture->db, id, CR_CASE_STATUS_PUBLISHED, &error);
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);
  g_assert_null (refused);
  g_clear_error (&error);

  refused = sync_transition (fixture->db, 31337, CR_CASE_STATUS_NOTIFICATION_DECISION, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The decision to commission an LCSPR fixes the review type. */
  moved = walk (fixture->db, id, CR_CASE_STATUS_REFERRED, CR_CASE_STATUS_LCSPR_COMMISSIONING);
  g_assert_cmpint (cr_case_get_status (moved), ==, CR_CASE_STATUS_LCSPR_COMMISSIONING);
  g_assert_cmpint (cr_case_get_review_type (moved), ==, CR_REVIEW_TYPE_LCSPR);
  g_assert_true (cr_case_status_can_pause (CR_CASE_STATUS_LCSPR_COMMISSIONING));

  g_clear_object (&moved);
  moved = sync_transition (fixture->db, id, CR_CASE_STATUS_PAUSED, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (moved), ==, CR_CASE_STATUS_PAUSED);
  g_assert_cmpint (cr_case_get_paused_from (moved), ==, CR_CASE_STATUS_LCSPR_COMMISSIONING);

  /* Read back from the file: the paused-from state is stored. */
  reopen (fixture);
  stored = sync_get_case (fixture->db, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (stored), ==, CR_CASE_STATUS_PAUSED);
  g_assert_cmpint (cr_case_get_paused_from (stored), ==, CR_CASE_STATUS_LCSPR_COMMISSIONING);
  g_assert_cmpint (cr_case_get_review_type (stored), ==, CR_REVIEW_TYPE_LCSPR);

  /* A paused case only resumes where it was. */
  for (CrCaseStatus s = 0; s <= CR_CASE_STATUS_LAST; s++)
    if (s != CR_CASE_STATUS_PAUSED && s != CR_CASE_STATUS_LCSPR_COMMISSIONING)
      {
        other = s;
        break;
      }
  refused = sync_transition (fixture->db, id, other, &error);
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);
  g_clear_error (&error);

  g_clear_object (&moved);
  moved = sync_transition (fixture->db, id, CR_CASE_STATUS_LCSPR_COMMISSIONING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (moved), ==, CR_CASE_STATUS_LCSPR_COMMISSIONING);

  g_clear_object (&stored);
  reopen (fixture);
  stored = sync_get_case (fixture->db, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (stored), ==, CR_CASE_STATUS_LCSPR_COMMISSIONING);
}

/* ---- Agencies, involvement, themes ------------------------------------------------ */

static void
test_agencies_and_involvement (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(CrCase) kase = store_case (fixture->db, "CR-2026-001");
  g_autoptr(CrCase) listed_case = NULL;
  g_autoptr(CrAgency) police = NULL;
  g_autoptr(CrAgency) health = NULL;
  g_autoptr(CrAgency) again = NULL;
  g_autoptr(CrAgency) bad = cr_agency_new ();
  g_autoptr(CrInvolvement) involvement = NULL;
  g_autoptr(CrInvolvement) refused = NULL;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GPtrArray) involvements = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_value = NULL;
  gint64 case_id = cr_case_get_id (kase);

  police = sync_create_agency (fixture->db, "Police", CR_AGENCY_SECTOR_POLICE, &error);
  g_assert_no_error (error);
  health = sync_create_agency (fixture->db, "Health visiting", CR_AGENCY_SECTOR_HEALTH, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_agency_get_id (police), >, 0);

  again = sync_create_agency (fixture->db, "POLICE", CR_AGENCY_SECTOR_POLICE, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE);
  g_clear_error (&error);

  {
    g_autoptr(GAsyncResult) res = NULL;
    g_autoptr(CrAgency) stored = NULL;

    cr_agency_set_name (bad, "Schools");
    cr_agency_set_contact_email (bad, "not an address");
    cr_database_create_agency_async (fixture->db, bad, NULL, cr_database_sync_cb, &res);
    stored = cr_database_create_agency_finish (fixture->db, cr_database_wait (&res), &error);
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_clear_error (&error);
  }

  involvement = sync_add_involvement (fixture->db, case_id, cr_agency_get_id (police), " Lead agency ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_involvement_get_agency_name (involvement), ==, "Police");
  g_assert_cmpstr (cr_involvement_get_role (involvement), ==, "Lead agency");

  refused = sync_add_involvement (fixture->db, case_id, cr_agency_get_id (police), NULL, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Police"));
  g_clear_error (&error);

  refused = sync_add_involvement (fixture->db, 777, cr_agency_get_id (police), NULL, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  refused = sync_add_involvement (fixture->db, case_id, 777, NULL, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Archiving goes through update_field; an archived agency is not added. */
  g_assert_true (sync_update_field (fixture->db, "agency", cr_agency_get_id (health), "archived",
                                    "true", &old_value, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (old_value, ==, "false");
  g_assert_false (sync_update_field (fixture->db, "agency", cr_agency_get_id (health), "archived",
                                     "yes", NULL, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  refused = sync_add_involvement (fixture->db, case_id, cr_agency_get_id (health), NULL, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (sync_update_field (fixture->db, "agency", cr_agency_get_id (health), "name",
                                     "police", NULL, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_false (sync_update_field (fixture->db, "agency", cr_agency_get_id (health), "sector",
                                     "hospital", NULL, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);

  agencies = sync_list_agencies (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agencies->len, ==, 2);
  g_assert_cmpstr (cr_agency_get_name (g_ptr_array_index (agencies, 0)), ==, "Health visiting");
  g_assert_true (cr_agency_get_archived (g_ptr_array_index (agencies, 0)));
  g_assert_cmpint (cr_agency_get_case_count (g_ptr_array_index (agencies, 0)), ==, 0);
  g_assert_cmpstr (cr_agency_get_name (g_ptr_array_index (agencies, 1)), ==, "Police");
  g_assert_cmpint (cr_agency_get_case_count (g_ptr_array_index (agencies, 1)), ==, 1);
  g_assert_cmpint (cr_agency_get_sector (g_ptr_array_index (agencies, 1)), ==, CR_AGENCY_SECTOR_POLICE);

  g_assert_true (sync_update_field (fixture->db, "involvement", cr_involvement_get_id (involvement),
                                    "role", "Referring agency", NULL, &error));
  g_assert_no_error (error);
  involvements = sync_list_involvements (fixture->db, case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (involvements->len, ==, 1);
  g_assert_cmpstr (cr_involvement_get_role (g_ptr_array_index (involvements, 0)), ==, "Referring agency");

  cases = sync_list_cases (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_agencies (g_ptr_array_index (cases, 0)), ==, "Police");

  /* Renaming an agency renames it in every case's summary. */
  g_assert_true (sync_update_field (fixture->db, "agency", cr_agency_get_id (police), "name",
                                    "Police (PPU)", NULL, &error));
  g_assert_no_error (error);
  listed_case = sync_get_case (fixture->db, case_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_agencies (listed_case), ==, "Police (PPU)");
  g_clear_object (&listed_case);

  g_assert_true (sync_remove_involvement (fixture->db, cr_involvement_get_id (involvement), &error));
  g_assert_no_error (error);
  g_assert_false (sync_remove_involvement (fixture->db, cr_involvement_get_id (involvement), &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  listed_case = sync_get_case (fixture->db, case_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (cr_case_get_agencies (listed_case));
}

static void
test_themes (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CrCase) kase = store_case (fixture->db, "CR-2026-001");
  g_autoptr(CrCase) reloaded = NULL;
  g_autoptr(GPtrArray) themes = NULL;
  g_autoptr(GPtrArray) for_case = NULL;
  g_autoptr(GError) error = NULL;
  const CrThemeCatalogEntry *entries;
  guint n_entries = 0, n_catalog = 0, n_selected = 0;
  CrTheme *first, *second;
  g_autofree char *expected = NULL;

  entries = cr_theme_catalog_get_entries (&n_entries);
  while (entries[n_catalog].label != NULL)
    n_catalog++;

  themes = sync_list_themes (fixture->db, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (themes->len, ==, n_catalog);
  g_assert_cmpuint (themes->len, >, 10);
  for (guint i = 1; i < themes->len; i++)
    g_assert_cmpint (cr_theme_get_facet (g_ptr_array_index (themes, i - 1)), <=,
                     cr_theme_get_facet (g_ptr_array_index (themes, i)));

  first = g_ptr_array_index (themes, 0);
  second = g_ptr_array_index (themes, themes->len - 1);

  /* Selecting twice is the same as once. */
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (sync_set_case_theme (fixture->db, cr_case_get_id (kase), cr_theme_get_id (first), TRUE, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sync_set_case_theme (fixture->db, cr_case_get_id (kase), cr_theme_get_id (second), TRUE, &error));
  g_assert_no_error (error);

  g_assert_false (sync_set_case_theme (fixture->db, cr_case_get_id (kase), 99999, TRUE, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sync_set_case_theme (fixture->db, 99999, cr_theme_get_id (first), TRUE, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  for_case = sync_list_themes (fixture->db, cr_case_get_id (kase), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < for_case->len; i++)
    {
      CrTheme *theme = g_ptr_array_index (for_case, i);

      if (cr_theme_get_selected (theme))
        {
          n_selected++;
          g_assert_true (cr_theme_get_id (theme) == cr_theme_get_id (first) ||
                         cr_theme_get_id (theme) == cr_theme_get_id (second));
        }
    }
  g_assert_cmpuint (n_selected, ==, 2);

  reloaded = sync_get_case (fixture->db, cr_case_get_id (kase), NULL, &error);
  g_assert_no_error (error);
  if (g_utf8_collate (cr_theme_get_label (first), cr_theme_get_label (second)) <= 0)
    expected = g_strdup_printf ("%s, %s", cr_theme_get_label (first), cr_theme_get_label (second));
  else
    expected = g_strdup_printf ("%s, %s", cr_theme_get_label (second), cr_theme_get_label (first));
  g_assert_cmpstr (cr_case_get_themes (reloaded), ==, expected);

  /* Unselecting is idempotent too. */
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (sync_set_case_theme (fixture->db, cr_case_get_id (kase), cr_theme_get_id (first), FALSE, &error));
      g_assert_no_error (error);
    }
  g_clear_object (&reloaded);
  reloaded = sync_get_case (fixture->db, cr_case_get_id (kase), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_themes (reloaded), ==, cr_theme_get_label (second));
}

/* ---- Children and family -------------------------------------------------------- */

static void
test_people (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CrCase) kase = store_case (fixture->db, "CR-2026-001");
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autoptr(CrIdentity) revealed = NULL;
  g_autoptr(CrChild) child = NULL;
  g_autoptr(CrChild) refused = NULL;
  g_autoptr(CrFamilyMember) mother = NULL;
  g_autoptr(GPtrArray) children = NULL;
  g_autoptr(GPtrArray) family = NULL;
  g_autoptr(GError) error = NULL;
  gint64 case_id = cr_case_get_id (kase);

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, "Jane Example");
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2025-03-01");
  cr_identity_set_state (identity, CR_IDENTITY_FIELD_ETHNICITY, CR_FIELD_STATE_DECLINED);

  child = sync_add_child (fixture->db, case_id, "Child A", identity, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_child_get_id (child), >, 0);
  g_assert_null (cr_child_get_identity (child));

  refused = sync_add_child (fixture->db, case_id, "  ", NULL, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  refused = sync_add_child (fixture->db, 5555, "Child Z", NULL, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  {
    g_autoptr(CrIdentity) bad = cr_identity_new ();

    cr_identity_set_value (bad, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2099-01-01");
    refused = sync_add_child (fixture->db, case_id, "Child B", bad, &error);
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_clear_error (&error);
  }

  mother = sync_add_family_member (fixture->db, case_id, "Mother of Child A", "Mother", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_family_member_get_relationship (mother), ==, "Mother");

  children = sync_list_children (fixture->db, case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (children->len, ==, 1);
  g_assert_cmpstr (cr_child_get_pseudonym (g_ptr_array_index (children, 0)), ==, "Child A");
  g_assert_null (cr_child_get_identity (g_ptr_array_index (children, 0)));

  family = sync_list_family (fixture->db, case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (family->len, ==, 1);
  g_assert_null (cr_family_member_get_identity (g_ptr_array_index (family, 0)));

  revealed = sync_reveal (fixture->db, "child", cr_child_get_id (child), "", &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  revealed = sync_reveal (fixture->db, "case", cr_child_get_id (child), "Panel request", &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  revealed = sync_reveal (fixture->db, "child", 9999, "Panel request", &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  reopen (fixture);
  revealed = sync_reveal (fixture->db, "child", cr_child_get_id (child), "Panel request", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_identity_get_value (revealed, CR_IDENTITY_FIELD_NAME), ==, "Jane Example");
  g_assert_cmpint (cr_identity_get_state (revealed, CR_IDENTITY_FIELD_NAME), ==, CR_FIELD_STATE_KNOWN);
  g_assert_cmpstr (cr_identity_get_value (revealed, CR_IDENTITY_FIELD_DATE_OF_BIRTH), ==, "2025-03-01");
  g_assert_cmpint (cr_identity_get_state (revealed, CR_IDENTITY_FIELD_ETHNICITY), ==, CR_FIELD_STATE_DECLINED);
  g_assert_null (cr_identity_get_value (revealed, CR_IDENTITY_FIELD_ETHNICITY));
  g_assert_cmpint (cr_identity_get_state (revealed, CR_IDENTITY_FIELD_ADDRESS), ==, CR_FIELD_STATE_UNSET);

  /* One field at a time: known, then declined, then unset. */
  g_assert_true (sync_set_identity_field (fixture->db, "child", cr_child_get_id (child),
                                          CR_IDENTITY_FIELD_NAME, CR_FIELD_STATE_KNOWN, "Janet Example", &error));
  g_assert_no_error (error);
  g_assert_false (sync_set_identity_field (fixture->db, "child", cr_child_get_id (child),
                                           CR_IDENTITY_FIELD_AGE, CR_FIELD_STATE_KNOWN, "200", &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sync_set_identity_field (fixture->db, "child", cr_child_get_id (child),
                                           CR_IDENTITY_FIELD_SEX, CR_FIELD_STATE_KNOWN, NULL, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (sync_set_identity_field (fixture->db, "child", cr_child_get_id (child),
                                          CR_IDENTITY_FIELD_DATE_OF_BIRTH, CR_FIELD_STATE_NOT_KNOWN, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sync_set_identity_field (fixture->db, "child", cr_child_get_id (child),
                                          CR_IDENTITY_FIELD_ETHNICITY, CR_FIELD_STATE_UNSET, NULL, &error));
  g_assert_no_error (error);

  g_clear_object (&revealed);
  revealed = sync_reveal (fixture->db, "child", cr_child_get_id (child), "Check after edit", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_identity_get_value (revealed, CR_IDENTITY_FIELD_NAME), ==, "Janet Example");
  g_assert_cmpint (cr_identity_get_state (revealed, CR_IDENTITY_FIELD_DATE_OF_BIRTH), ==, CR_FIELD_STATE_NOT_KNOWN);
  g_assert_cmpint (cr_identity_get_state (revealed, CR_IDENTITY_FIELD_ETHNICITY), ==, CR_FIELD_STATE_UNSET);
  g_assert_cmpint (cr_identity_get_state (revealed, CR_IDENTITY_FIELD_AGE), ==, CR_FIELD_STATE_UNSET);

  g_assert_true (sync_update_field (fixture->db, "family-member", cr_family_member_get_id (mother),
                                    "relationship", "Mother (birth)", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sync_update_field (fixture->db, "child", cr_child_get_id (child),
                                    "pseudonym", "Child A1", NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&children, g_ptr_array_unref);
  children = sync_list_children (fixture->db, case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_child_get_pseudonym (g_ptr_array_index (children, 0)), ==, "Child A1");
}

/* ---- Cancellation and ordering ----------------------------------------------------- */

static void
test_cancellation (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(CrCase) kase = make_case ("CR-2026-050", "Child A", NULL);
  g_autoptr(GAsyncResult) create_res = NULL;
  g_autoptr(GAsyncResult) list_res = NULL;
  g_autoptr(CrCase) created = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);

  /* Cancelled before it ran: nothing is written. */
  cr_database_create_case_async (fixture->db, kase, cancellable, cr_database_sync_cb, &create_res);
  created = cr_database_create_case_finish (fixture->db, cr_database_wait (&create_res), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (created);
  g_clear_error (&error);

  cr_database_list_cases_async (fixture->db, cancellable, cr_database_sync_cb, &list_res);
  cases = cr_database_list_cases_finish (fixture->db, cr_database_wait (&list_res), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  cases = sync_list_cases (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cases->len, ==, 0);
}

/* Cancelled while queued or running: the caller is told CANCELLED, and
 * the write is either wholly there or wholly absent. */
static void
test_cancel_in_flight (Fixture       *fixture,
                       gconstpointer  data)
{
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autofree char *reference = g_strdup_printf ("CR-2026-%03u", i + 1);
      g_autoptr(CrCase) kase = make_case (reference, "Child A", NULL);
      g_autoptr(GAsyncResult) res = NULL;
      g_autoptr(CrCase) created = NULL;
      g_autoptr(CrCase) stored = NULL;
      g_autoptr(GError) error = NULL;

      cr_case_set_summary (kase, "Cancelled while in flight.");
      cr_database_create_case_async (fixture->db, kase, cancellable, cr_database_sync_cb, &res);
      if (i % 2)
        g_usleep (g_test_rand_int_range (0, 3000));
      g_cancellable_cancel (cancellable);
      created = cr_database_create_case_finish (fixture->db, cr_database_wait (&res), &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_null (created);
      g_clear_error (&error);

      stored = sync_get_case (fixture->db, 0, reference, &error);
      if (stored != NULL)
        g_assert_cmpstr (cr_case_get_summary (stored), ==, "Cancelled while in flight.");
      else
        g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
    }

  assert_database_healthy (fixture->db);
}

typedef struct
{
  CrDatabase *db;
  GPtrArray  *old_values;
  guint       n_done;
  guint       n_expected;
  gboolean    all_done;
} OrderState;

static void
on_update_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  OrderState *state = user_data;
  g_autoptr(GError) error = NULL;
  char *old_value = NULL;

  cr_database_update_field_finish (state->db, result, &old_value, &error);
  g_assert_no_error (error);
  g_ptr_array_add (state->old_values, old_value);
  state->n_done++;
  state->all_done = state->n_done == state->n_expected;
}

static void
test_requests_keep_order (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CrCase) kase = store_case (fixture->db, "CR-2026-001");
  g_autoptr(CrCase) final = NULL;
  g_autoptr(GError) error = NULL;
  const guint n = 60;
  OrderState state = { fixture->db, g_ptr_array_new_with_free_func (g_free), 0, n, FALSE };

  /* Queued all at once, without waiting: they run and complete in order. */
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *pseudonym = g_strdup_printf ("Child %u", i);

      cr_database_update_field_async (fixture->db, "case", cr_case_get_id (kase), "pseudonym",
                                      pseudonym, NULL, on_update_done_cb, &state);
    }

  cr_test_wait_for_flag (&state.all_done, 30000);

  g_assert_cmpstr (g_ptr_array_index (state.old_values, 0), ==, "Child A");
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *expected = g_strdup_printf ("Child %u", i);

      g_assert_cmpstr (g_ptr_array_index (state.old_values, i), ==, expected);
    }

  final = sync_get_case (fixture->db, cr_case_get_id (kase), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_pseudonym (final), ==, "Child 60");
  g_ptr_array_unref (state.old_values);
}

typedef struct
{
  gboolean done;
  guint    n_cases;
} InFlight;

static void
on_list_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  InFlight *state = user_data;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;

  cases = cr_database_list_cases_finish (CR_DATABASE (source), result, &error);
  g_assert_no_error (error);
  state->n_cases = cases->len;
  state->done = TRUE;
}

/* The caller drops its reference while a request is queued: the request
 * still completes, and the database closes cleanly whichever thread the
 * last reference goes away on. */
static void
test_last_reference_in_flight (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(CrCase) kase = store_case (fixture->db, "CR-2026-001");

  cr_database_close (fixture->db);
  g_clear_object (&fixture->db);

  for (guint i = 0; i < 100; i++)
    {
      CrDatabase *db = cr_test_open_database (fixture->path);
      InFlight state = { FALSE, 0 };

      cr_database_list_cases_async (db, NULL, on_list_done_cb, &state);
      g_object_unref (db);
      cr_test_wait_for_flag (&state.done, 30000);
      g_assert_cmpuint (state.n_cases, ==, 1);
    }

  /* Each close checkpointed: no log is left behind. */
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  {
    g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
    guint n_wait = 0;

    /* The last close may still be finishing on its own thread. */
    while (g_file_test (wal, G_FILE_TEST_EXISTS) && n_wait++ < 200)
      g_usleep (10000);
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }
  fixture->db = cr_test_open_database (fixture->path);
}

/* ---- Bulk ------------------------------------------------------------------------ */

static GPtrArray *
make_cases (guint first,
            guint n)
{
  GPtrArray *cases = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *reference = g_strdup_printf ("CR-%06u", i);
      g_autofree char *pseudonym = g_strdup_printf ("Child %u", i);
      g_autofree char *aware = g_strdup_printf ("2025-%02u-%02u", 1 + i % 12, 1 + i % 28);
      CrCase *kase = make_case (reference, pseudonym, aware);

      cr_case_set_review_type (kase, i % 2 ? CR_REVIEW_TYPE_LCSPR : CR_REVIEW_TYPE_UNDECIDED);
      g_ptr_array_add (cases, kase);
    }
  return cases;
}

static void
test_bulk_create_and_list (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = make_cases (1, 10000);
  g_autoptr(GPtrArray) bad_batch = make_cases (20000, 50);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  /* Shuffle, so that the list order is really the database's. */
  for (guint i = cases->len - 1; i > 0; i--)
    {
      guint j = g_test_rand_int_range (0, i + 1);
      gpointer tmp = cases->pdata[i];

      cases->pdata[i] = cases->pdata[j];
      cases->pdata[j] = tmp;
    }

  start = g_get_monotonic_time ();
  g_assert_true (sync_create_cases (fixture->db, cases, &error));
  g_assert_no_error (error);
  g_test_message ("create_cases: 10000 cases in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);

  reopen (fixture);
  start = g_get_monotonic_time ();
  listed = sync_list_cases (fixture->db, &error);
  g_assert_no_error (error);
  g_test_message ("list_cases: 10000 cases in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);

  g_assert_cmpuint (listed->len, ==, 10000);
  for (guint i = 0; i < listed->len; i++)
    {
      CrCase *kase = g_ptr_array_index (listed, i);
      g_autofree char *reference = g_strdup_printf ("CR-%06u", i + 1);
      g_autofree char *pseudonym = g_strdup_printf ("Child %u", i + 1);

      g_assert_cmpstr (cr_case_get_reference (kase), ==, reference);
      g_assert_cmpstr (cr_case_get_pseudonym (kase), ==, pseudonym);
      g_assert_cmpint (cr_case_get_review_type (kase), ==,
                       (i + 1) % 2 ? CR_REVIEW_TYPE_LCSPR : CR_REVIEW_TYPE_UNDECIDED);
      g_assert_cmpint (cr_case_get_id (kase), >, 0);
    }

  /* All or nothing: a duplicate in the middle refuses the whole batch. */
  g_object_unref (bad_batch->pdata[25]);
  bad_batch->pdata[25] = make_case ("CR-000042", "Child X", NULL);
  g_assert_false (sync_create_cases (fixture->db, bad_batch, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "CR-000042"));
  g_clear_error (&error);

  after = sync_list_cases (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 10000);
  assert_database_healthy (fixture->db);
}

/* ---- kill -9 ------------------------------------------------------------------------- */

static const char *self_path;

/* The child: commits numbered cases one by one, and after each commit
 * writes its number to stdout (a pipe to the parent). */
static int
run_crash_writer (const char *path)
{
  g_autoptr(CrDatabase) db = cr_database_new (path);
  g_autoptr(GPtrArray) existing = NULL;
  g_autoptr(GError) error = NULL;

  if (!sync_open (db, &error) || (existing = sync_list_cases (db, &error)) == NULL)
    {
      g_printerr ("crash writer: %s\n", error->message);
      return 1;
    }

  for (guint i = existing->len + 1; ; i++)
    {
      g_autofree char *reference = g_strdup_printf ("CRASH-%06u", i);
      g_autofree char *line = g_strdup_printf ("%u\n", i);
      g_autoptr(CrCase) kase = make_case (reference, "Child A", "2026-01-05");
      g_autoptr(CrCase) stored = sync_create_case (db, kase, &error);

      if (stored == NULL)
        {
          g_printerr ("crash writer: %s\n", error->message);
          return 1;
        }
      if (write (STDOUT_FILENO, line, strlen (line)) < 0)
        return 1;
    }
}

static void
test_crash_kill_9 (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "crash.db", NULL);
  guint total_committed = 0;
  const guint n_rounds = 20;

  for (guint round = 0; round < n_rounds; round++)
    {
      const char *argv[] = { self_path, "--crash-writer", path, NULL };
      g_autoptr(GString) buffer = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(CrDatabase) db = NULL;
      g_autoptr(GPtrArray) cases = NULL;
      GPid pid;
      int out_fd = -1, status = 0;
      guint committed, delay_ms = g_test_rand_int_range (50, 700);

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);

      cr_test_read_committed (out_fd, buffer, g_get_monotonic_time () + delay_ms * 1000);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      committed = cr_test_read_committed (out_fd, buffer, -1);
      close (out_fd);
      g_spawn_close_pid (pid);

      if (committed > 0)
        total_committed = committed;

      /* Reopen: healthy, every reported commit present, in sequence, and
       * at most the one commit in flight beyond it. */
      db = cr_test_open_database (path);
      /* The child opened the file for writing and never closed it: the
       * open ran the full check. */
      if (committed > 0)
        g_assert_true (_cr_database_get_quick_checked (db));
      assert_database_healthy (db);
      cases = sync_list_cases (db, &error);
      g_assert_no_error (error);
      g_test_message ("round %u: killed after %u ms, child reported %u, file holds %u",
                      round, delay_ms, committed, cases->len);
      g_assert_cmpuint (cases->len, >=, total_committed);
      g_assert_cmpuint (cases->len, <=, total_committed + 1);
      for (guint i = 0; i < cases->len; i++)
        {
          g_autofree char *reference = g_strdup_printf ("CRASH-%06u", i + 1);

          g_assert_cmpstr (cr_case_get_reference (g_ptr_array_index (cases, i)), ==, reference);
        }
      total_committed = cases->len;
      cr_database_close (db);
    }

  /* Each case and its audit row were committed together. */
  {
    sqlite3 *raw = open_raw (path);

    g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM audit WHERE action = 'insert' AND entity = 'case'"),
                     ==, query_int_raw (raw, "SELECT count(*) FROM cases"));
    sqlite3_close (raw);
  }

  g_assert_cmpuint (total_committed, >, 0);
  cr_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = NULL;
  int status;

  if (argc == 3 && g_str_equal (argv[1], "--crash-writer"))
    return run_crash_writer (argv[2]);

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);

  /* The clean-close record lives in $XDG_STATE_HOME, which the test
   * environment shares between test programs running at the same time;
   * the clean-close test needs a record only it writes. */
  state_dir = cr_test_make_tmpdir ();
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);

  g_test_add_func ("/storage/database/open/creates-private-files", test_open_creates_private_files);
  g_test_add_func ("/storage/database/open/default-paths", test_default_paths);
  g_test_add_func ("/storage/database/open/requests-before-open", test_requests_before_open);
  g_test_add_func ("/storage/database/open/unwritable-folder", test_open_missing_folder_unwritable);
  g_test_add_func ("/storage/database/open/clean-close", test_open_clean_close);
  g_test_add ("/storage/database/open/requests-after-close", Fixture, NULL,
              fixture_set_up, test_requests_after_close, fixture_tear_down);
  g_test_add ("/storage/database/cases/round-trip", Fixture, NULL,
              fixture_set_up, test_case_round_trip, fixture_tear_down);
  g_test_add ("/storage/database/cases/errors", Fixture, NULL,
              fixture_set_up, test_case_errors, fixture_tear_down);
  g_test_add ("/storage/database/cases/update-field-refusals", Fixture, NULL,
              fixture_set_up, test_update_field_refusals, fixture_tear_down);
  g_test_add ("/storage/database/cases/transitions", Fixture, NULL,
              fixture_set_up, test_transitions, fixture_tear_down);
  g_test_add ("/storage/database/agencies/involvement", Fixture, NULL,
              fixture_set_up, test_agencies_and_involvement, fixture_tear_down);
  g_test_add ("/storage/database/themes", Fixture, NULL,
              fixture_set_up, test_themes, fixture_tear_down);
  g_test_add ("/storage/database/people", Fixture, NULL,
              fixture_set_up, test_people, fixture_tear_down);
  g_test_add ("/storage/database/requests/cancellation", Fixture, NULL,
              fixture_set_up, test_cancellation, fixture_tear_down);
  g_test_add ("/storage/database/requests/cancel-in-flight", Fixture, NULL,
              fixture_set_up, test_cancel_in_flight, fixture_tear_down);
  g_test_add ("/storage/database/requests/keep-order", Fixture, NULL,
              fixture_set_up, test_requests_keep_order, fixture_tear_down);
  g_test_add ("/storage/database/requests/last-reference-in-flight", Fixture, NULL,
              fixture_set_up, test_last_reference_in_flight, fixture_tear_down);
  g_test_add ("/storage/database/bulk/create-and-list", Fixture, NULL,
              fixture_set_up, test_bulk_create_and_list, fixture_tear_down);
  g_test_add_func ("/storage/database/crash/kill-9", test_crash_kill_9);

  status = g_test_run ();
  cr_test_remove_tree (state_dir);
  return status;
}
