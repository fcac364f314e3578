/* test-chronology-storage.c: agencies' chronologies stored in a real
 * database: import, merge order, key practice episodes, duplicate
 * decisions, rows set aside, removing an import, a 50,000-row import and
 * the stored source file
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-chronology-import.h"
#include "cr-database-chronology.h"
#include "cr-util.h"
#include "storage-test-helpers.h"

typedef struct
{
  char       *dir;
  char       *path;
  CrDatabase *db;
  gint64      case_id;
  gint64      police;
  gint64      health;
} Fixture;

/* Police: date and time in one column; one row with a day that does not
 * exist, one without an event. */
#define POLICE_CSV \
  "Date/Time,Officer,Details,Reference\r\n" \
  "03/02/2024 14:30,PC 123,Neighbour reported shouting at the family home,Log 1\r\n" \
  "03/02/2024,PC 123,Welfare check on the baby carried out by officers,Log 2\r\n" \
  "01/02/2024 09:00,DS 9,Strategy discussion with social care about the baby's bruising,Minutes\r\n" \
  "31/02/2024,PC 5,A day that never was,Log 3\r\n" \
  "05/02/2024 10:00,PC 5,,Log 4\r\n" \
  ",,,\r\n"

/* Health: ISO dates, a time column; one event repeats the police's. */
#define HEALTH_CSV \
  "Date,Time,Event,Author\r\n" \
  "2024-02-03,08:15,Health visitor home visit; baby feeding well,Health visitor\r\n" \
  "2024-02-01,,Strategy discussion with social care about the baby's bruising,Named nurse\r\n" \
  "2024-01-20,,New birth visit completed,Health visitor\r\n"

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrAgency) police = NULL;
  g_autoptr(CrAgency) health = NULL;
  g_autoptr(GError) error = NULL;

  cr_test_database_set_up ("chronology.db", &fixture->dir, &fixture->path, &fixture->db);
  kase = store_case (fixture->db, "CH-2026-001");
  fixture->case_id = cr_case_get_id (kase);

  police = sync_create_agency (fixture->db, "Police", CR_AGENCY_SECTOR_POLICE, &error);
  g_assert_no_error (error);
  health = sync_create_agency (fixture->db, "Health visiting", CR_AGENCY_SECTOR_HEALTH, &error);
  g_assert_no_error (error);
  fixture->police = cr_agency_get_id (police);
  fixture->health = cr_agency_get_id (health);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_database_tear_down (&fixture->dir, &fixture->path, &fixture->db);
}

/* Reads @csv, guesses its mapping and stores it for @agency_id; returns
 * the import's id. *@out_result (may be NULL) gets the import result. */
static gint64
import_csv (Fixture                   *fixture,
            gint64                     agency_id,
            const char                *filename,
            GBytes                    *csv,
            CrChronologyImportResult **out_result)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrSheet) sheet = NULL;
  g_autoptr(CrChronologyMapping) mapping = NULL;
  g_autoptr(CrChronologyImportResult) result = NULL;
  gint64 import_id;
  SYNC_BEGIN;

  sheet = cr_sheet_read (csv, filename, NULL, &error);
  g_assert_no_error (error);
  mapping = cr_chronology_mapping_guess (sheet, NULL);
  cr_chronology_mapping_check (mapping, sheet, &error);
  g_assert_no_error (error);
  cr_chronology_mapping_name_columns (mapping, sheet);
  result = cr_chronology_import_rows (sheet, mapping, NULL, &error);
  g_assert_no_error (error);

  cr_database_import_chronology_async (fixture->db, fixture->case_id, agency_id, filename, csv,
                                       mapping, result, NULL, cr_database_sync_cb, &res);
  import_id = cr_database_import_chronology_finish (fixture->db, SYNC_WAIT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (import_id, >, 0);

  if (out_result != NULL)
    *out_result = g_steal_pointer (&result);
  return import_id;
}

static gint64
import_text (Fixture    *fixture,
             gint64      agency_id,
             const char *filename,
             const char *text)
{
  g_autoptr(GBytes) csv = g_bytes_new (text, strlen (text));

  return import_csv (fixture, agency_id, filename, csv, NULL);
}

static CrChronology *
load (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  CrChronology *chronology;
  SYNC_BEGIN;

  cr_database_load_chronology_async (fixture->db, fixture->case_id, NULL, cr_database_sync_cb, &res);
  chronology = cr_database_load_chronology_finish (fixture->db, SYNC_WAIT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (chronology);
  return chronology;
}

static CrChronologyEntry *
entry_at (CrChronology *chronology,
          guint         position)
{
  /* The chronology keeps its entries: a borrowed pointer is enough. */
  g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (cr_chronology_get_entries (chronology), position);

  return entry;
}

static CrChronologyEntry *
find_entry (CrChronology *chronology,
            const char   *agency,
            const char   *event_prefix)
{
  GListModel *entries = cr_chronology_get_entries (chronology);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      CrChronologyEntry *entry = entry_at (chronology, i);

      if (g_str_equal (cr_chronology_entry_get_agency_name (entry), agency) &&
          g_str_has_prefix (cr_chronology_entry_get_event (entry), event_prefix))
        return entry;
    }
  g_error ("No entry of %s starting “%s”", agency, event_prefix);
  return NULL;
}

static gint64
count_audit (Fixture    *fixture,
             const char *entity,
             const char *action)
{
  g_autoptr(GPtrArray) audit = sync_list_audit (fixture->db, fixture->case_id, NULL);
  gint64 n = 0;

  g_assert_nonnull (audit);
  for (guint i = 0; i < audit->len; i++)
    {
      CrAuditEntry *entry = g_ptr_array_index (audit, i);

      if (g_str_equal (cr_audit_entry_get_entity (entry), entity) &&
          g_str_equal (cr_audit_entry_get_action (entry), action))
        n++;
    }
  return n;
}

/* ---- Import, load and the merge order ------------------------------------ */

static void
test_import_and_merge (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CrChronology) chronology = NULL;
  g_autoptr(CrChronologyMapping) remembered = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *entries;
  GListModel *rejects;
  const char *expected[][2] = {
    { "2024-01-20", "New birth visit" },
    { "2024-02-01", "Strategy discussion" },   /* Health visiting: no time, first */
    { "2024-02-01", "Strategy discussion" },   /* Police at 09:00 */
    { "2024-02-03", "Welfare check" },         /* no time */
    { "2024-02-03", "Health visitor home visit" },  /* 08:15 */
    { "2024-02-03", "Neighbour reported" },    /* 14:30 */
  };
  SYNC_BEGIN;

  import_text (fixture, fixture->police, "police.csv", POLICE_CSV);
  import_text (fixture, fixture->health, "health.csv", HEALTH_CSV);

  chronology = load (fixture);
  entries = cr_chronology_get_entries (chronology);
  rejects = cr_chronology_get_rejects (chronology);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CrChronologyEntry *entry = entry_at (chronology, i);
      g_autofree char *iso = cr_chronology_entry_dup_iso_date (entry);

      g_assert_cmpstr (iso, ==, expected[i][0]);
      g_assert_true (g_str_has_prefix (cr_chronology_entry_get_event (entry), expected[i][1]));
      g_assert_cmpint (cr_chronology_entry_get_id (entry), >, 0);
      g_assert_cmpint (cr_chronology_entry_get_case_id (entry), ==, fixture->case_id);
      g_assert_cmpint (cr_chronology_entry_get_document_id (entry), >, 0);
    }
  g_assert_cmpstr (cr_chronology_entry_get_agency_name (entry_at (chronology, 1)), ==, "Health visiting");
  g_assert_cmpstr (cr_chronology_entry_get_agency_name (entry_at (chronology, 2)), ==, "Police");
  g_assert_cmpint (cr_chronology_entry_get_minutes (entry_at (chronology, 5)), ==, 14 * 60 + 30);

  /* Every entry keeps its source file and row. */
  {
    CrChronologyEntry *neighbour = entry_at (chronology, 5);

    g_assert_cmpstr (cr_chronology_entry_get_source_file (neighbour), ==, "police.csv");
    g_assert_cmpuint (cr_chronology_entry_get_row (neighbour), ==, 2);
    g_assert_cmpstr (cr_chronology_entry_get_author (neighbour), ==, "PC 123");
  }

  /* The two police rows set aside, with their rows. */
  g_assert_cmpuint (g_list_model_get_n_items (rejects), ==, 2);
  {
    g_autoptr(CrChronologyReject) first = g_list_model_get_item (rejects, 0);
    g_autoptr(CrChronologyReject) second = g_list_model_get_item (rejects, 1);
    const char * const *cells = cr_chronology_reject_get_cells (first);

    g_assert_cmpuint (cr_chronology_reject_get_row (first), ==, 5);
    g_assert_cmpuint (cr_chronology_reject_get_row (second), ==, 6);
    g_assert_cmpstr (cr_chronology_reject_get_agency_name (first), ==, "Police");
    g_assert_cmpstr (cr_chronology_reject_get_source_file (first), ==, "police.csv");
    g_assert_nonnull (cells);
    g_assert_cmpstr (cells[0], ==, "31/02/2024");
    g_assert_cmpstr (cells[2], ==, "A day that never was");
    g_assert_nonnull (strstr (cr_chronology_reject_get_reason (first), "31/02/2024"));
  }

  /* The same-day strategy discussion of two agencies is a likely duplicate. */
  g_assert_cmpuint (g_list_model_get_n_items (cr_chronology_get_duplicates (chronology)), ==, 1);
  g_assert_cmpuint (cr_chronology_count_undecided (chronology), ==, 1);

  /* One audit row per import, with its counts. */
  g_assert_cmpint (count_audit (fixture, "chronology-import", "insert"), ==, 2);

  /* The mapping is remembered for the agency. */
  cr_database_get_chronology_mapping_async (fixture->db, fixture->police, NULL, cr_database_sync_cb, &res);
  remembered = cr_database_get_chronology_mapping_finish (fixture->db, SYNC_WAIT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (remembered);
  g_assert_cmpint (remembered->columns[CR_CHRONOLOGY_ROLE_DATE], ==, 0);
  g_assert_cmpint (remembered->columns[CR_CHRONOLOGY_ROLE_EVENT], ==, 2);
  g_assert_cmpstr (remembered->headers[CR_CHRONOLOGY_ROLE_EVENT], ==, "Details");
  g_clear_object (&res);

  /* An agency without one has none, and that is no error. */
  {
    g_autoptr(CrAgency) other = sync_create_agency (fixture->db, "School", CR_AGENCY_SECTOR_EDUCATION, &error);
    g_autoptr(CrChronologyMapping) none = NULL;

    g_assert_no_error (error);
    cr_database_get_chronology_mapping_async (fixture->db, cr_agency_get_id (other), NULL,
                                              cr_database_sync_cb, &res);
    none = cr_database_get_chronology_mapping_finish (fixture->db, SYNC_WAIT, &error);
    g_assert_no_error (error);
    g_assert_null (none);
  }

  assert_database_healthy (fixture->db);
}

/* ---- Key practice episodes ----------------------------------------------- */

static void
set_kpe (Fixture  *fixture,
         gint64    entry_id,
         gboolean  kpe)
{
  g_autoptr(GError) error = NULL;
  SYNC_BEGIN;

  cr_database_set_key_practice_episode_async (fixture->db, entry_id, kpe, NULL, cr_database_sync_cb, &res);
  g_assert_true (cr_database_set_key_practice_episode_finish (fixture->db, SYNC_WAIT, &error));
  g_assert_no_error (error);
}

static void
test_kpe (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(CrChronology) before = NULL;
  g_autoptr(CrChronology) after = NULL;
  g_autoptr(CrChronology) cleared = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  SYNC_BEGIN;

  import_text (fixture, fixture->police, "police.csv", POLICE_CSV);
  before = load (fixture);
  id = cr_chronology_entry_get_id (find_entry (before, "Police", "Neighbour"));
  g_assert_false (cr_chronology_entry_get_key_practice_episode (find_entry (before, "Police", "Neighbour")));

  set_kpe (fixture, id, TRUE);
  after = load (fixture);
  g_assert_true (cr_chronology_entry_get_key_practice_episode (find_entry (after, "Police", "Neighbour")));
  g_assert_false (cr_chronology_entry_get_key_practice_episode (find_entry (after, "Police", "Welfare")));
  g_assert_cmpint (count_audit (fixture, "chronology-entry", "update"), ==, 1);

  /* Setting it again changes and audits nothing. */
  set_kpe (fixture, id, TRUE);
  g_assert_cmpint (count_audit (fixture, "chronology-entry", "update"), ==, 1);

  set_kpe (fixture, id, FALSE);
  cleared = load (fixture);
  g_assert_false (cr_chronology_entry_get_key_practice_episode (find_entry (cleared, "Police", "Neighbour")));
  g_assert_cmpint (count_audit (fixture, "chronology-entry", "update"), ==, 2);

  /* An entry that does not exist. */
  cr_database_set_key_practice_episode_async (fixture->db, 999999, TRUE, NULL, cr_database_sync_cb, &res);
  g_assert_false (cr_database_set_key_practice_episode_finish (fixture->db, SYNC_WAIT, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
}

/* ---- Duplicate decisions -------------------------------------------------- */

static void
decide (Fixture             *fixture,
        gint64               a,
        gint64               b,
        CrDuplicateDecision  decision)
{
  g_autoptr(GError) error = NULL;
  SYNC_BEGIN;

  cr_database_decide_duplicate_async (fixture->db, fixture->case_id, a, b, decision, NULL,
                                      cr_database_sync_cb, &res);
  g_assert_true (cr_database_decide_duplicate_finish (fixture->db, SYNC_WAIT, &error));
  g_assert_no_error (error);
}

static CrChronologyDuplicate *
only_duplicate (CrChronology *chronology)
{
  GListModel *duplicates = cr_chronology_get_duplicates (chronology);
  g_autoptr(CrChronologyDuplicate) duplicate = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (duplicates), ==, 1);
  duplicate = g_list_model_get_item (duplicates, 0);
  return duplicate;   /* still held by the chronology */
}

static void
test_duplicate_decision (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CrChronology) first = NULL;
  g_autoptr(CrChronology) confirmed = NULL;
  g_autoptr(CrChronology) dismissed = NULL;
  g_autoptr(CrChronology) forgotten = NULL;
  g_autoptr(GError) error = NULL;
  CrChronologyDuplicate *pair;
  gint64 a, b;
  SYNC_BEGIN;

  import_text (fixture, fixture->police, "police.csv", POLICE_CSV);
  import_text (fixture, fixture->health, "health.csv", HEALTH_CSV);

  first = load (fixture);
  pair = only_duplicate (first);
  g_assert_cmpint (cr_chronology_duplicate_get_decision (pair), ==, CR_DUPLICATE_DECISION_NONE);
  g_assert_cmpint (cr_chronology_entry_get_duplicate (cr_chronology_duplicate_get_first (pair)), ==,
                   CR_CHRONOLOGY_DUPLICATE_SUSPECTED);
  a = cr_chronology_entry_get_id (cr_chronology_duplicate_get_first (pair));
  b = cr_chronology_entry_get_id (cr_chronology_duplicate_get_second (pair));

  /* Stored by pair whichever way round it is given, and applied again at
   * each load. */
  decide (fixture, b, a, CR_DUPLICATE_DECISION_CONFIRMED);
  confirmed = load (fixture);
  pair = only_duplicate (confirmed);
  g_assert_cmpint (cr_chronology_duplicate_get_decision (pair), ==, CR_DUPLICATE_DECISION_CONFIRMED);
  g_assert_cmpint (cr_chronology_entry_get_duplicate (cr_chronology_duplicate_get_second (pair)), ==,
                   CR_CHRONOLOGY_DUPLICATE_CONFIRMED);
  g_assert_cmpuint (cr_chronology_count_undecided (confirmed), ==, 0);

  decide (fixture, a, b, CR_DUPLICATE_DECISION_DISMISSED);
  dismissed = load (fixture);
  pair = only_duplicate (dismissed);
  g_assert_cmpint (cr_chronology_duplicate_get_decision (pair), ==, CR_DUPLICATE_DECISION_DISMISSED);
  g_assert_cmpint (cr_chronology_entry_get_duplicate (cr_chronology_duplicate_get_first (pair)), ==,
                   CR_CHRONOLOGY_DUPLICATE_NONE);
  g_assert_cmpint (cr_chronology_entry_get_duplicate (cr_chronology_duplicate_get_second (pair)), ==,
                   CR_CHRONOLOGY_DUPLICATE_NONE);

  decide (fixture, a, b, CR_DUPLICATE_DECISION_NONE);
  forgotten = load (fixture);
  pair = only_duplicate (forgotten);
  g_assert_cmpint (cr_chronology_duplicate_get_decision (pair), ==, CR_DUPLICATE_DECISION_NONE);
  g_assert_cmpuint (cr_chronology_count_undecided (forgotten), ==, 1);

  /* insert, update, delete */
  g_assert_cmpint (count_audit (fixture, "chronology-duplicate", "insert"), ==, 1);
  g_assert_cmpint (count_audit (fixture, "chronology-duplicate", "update"), >=, 1);
  g_assert_cmpint (count_audit (fixture, "chronology-duplicate", "delete"), ==, 1);

  /* A pair of another case is refused. */
  {
    g_autoptr(CrCase) other = store_case (fixture->db, "CH-2026-002");

    cr_database_decide_duplicate_async (fixture->db, cr_case_get_id (other), a, b,
                                        CR_DUPLICATE_DECISION_CONFIRMED, NULL, cr_database_sync_cb, &res);
    g_assert_false (cr_database_decide_duplicate_finish (fixture->db, SYNC_WAIT, &error));
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  }
}

/* ---- Rows set aside --------------------------------------------------------- */

static void
test_rejects (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CrChronology) before = NULL;
  g_autoptr(CrChronology) after = NULL;
  g_autoptr(CrChronologyReject) bad_date = NULL;
  g_autoptr(CrChronologyReject) no_event = NULL;
  g_autoptr(CrChronologyEntry) corrected = cr_chronology_entry_new ();
  g_autoptr(GError) error = NULL;
  CrChronologyEntry *stored;
  GListModel *rejects;
  gint64 entry_id;
  SYNC_BEGIN;

  import_text (fixture, fixture->police, "police.csv", POLICE_CSV);
  before = load (fixture);
  rejects = cr_chronology_get_rejects (before);
  g_assert_cmpuint (g_list_model_get_n_items (rejects), ==, 2);
  bad_date = g_list_model_get_item (rejects, 0);
  no_event = g_list_model_get_item (rejects, 1);

  /* Corrected: it becomes an entry with the reject's agency, import and row. */
  g_assert_true (cr_chronology_entry_set_iso_date (corrected, "2024-02-28"));
  cr_chronology_entry_set_minutes (corrected, -1);
  cr_chronology_entry_set_event (corrected, "  A day that was, after all  ");
  cr_chronology_entry_set_author (corrected, "PC 5");
  cr_database_resolve_reject_async (fixture->db, cr_chronology_reject_get_id (bad_date), corrected,
                                    NULL, cr_database_sync_cb, &res);
  entry_id = cr_database_resolve_reject_finish (fixture->db, SYNC_WAIT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (entry_id, >, 0);
  g_clear_object (&res);

  /* Discarded. */
  cr_database_resolve_reject_async (fixture->db, cr_chronology_reject_get_id (no_event), NULL,
                                    NULL, cr_database_sync_cb, &res);
  g_assert_cmpint (cr_database_resolve_reject_finish (fixture->db, SYNC_WAIT, &error), ==, 0);
  g_assert_no_error (error);
  g_clear_object (&res);

  after = load (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (cr_chronology_get_rejects (after)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cr_chronology_get_entries (after)), ==, 4);
  stored = find_entry (after, "Police", "A day that was");
  g_assert_cmpint (cr_chronology_entry_get_id (stored), ==, entry_id);
  g_assert_cmpstr (cr_chronology_entry_get_event (stored), ==, "A day that was, after all");
  g_assert_cmpuint (cr_chronology_entry_get_row (stored), ==, 5);
  g_assert_cmpstr (cr_chronology_entry_get_source_file (stored), ==, "police.csv");

  /* The audit trail keeps both rows as they were. */
  g_assert_cmpint (count_audit (fixture, "chronology-reject", "update"), ==, 2);
  {
    g_autoptr(GPtrArray) audit = sync_list_audit (fixture->db, fixture->case_id, NULL);
    gboolean seen = FALSE;

    for (guint i = 0; i < audit->len; i++)
      {
        CrAuditEntry *row = g_ptr_array_index (audit, i);

        if (g_str_equal (cr_audit_entry_get_entity (row), "chronology-reject") &&
            g_strcmp0 (cr_audit_entry_get_new_value (row), "discarded") == 0)
          seen = cr_audit_entry_get_old_value (row) != NULL &&
                 strstr (cr_audit_entry_get_old_value (row), "Log 4") != NULL;
      }
    g_assert_true (seen);
  }

  /* Resolving twice is refused. */
  cr_database_resolve_reject_async (fixture->db, cr_chronology_reject_get_id (no_event), NULL,
                                    NULL, cr_database_sync_cb, &res);
  g_assert_cmpint (cr_database_resolve_reject_finish (fixture->db, SYNC_WAIT, &error), ==, 0);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
}

/* ---- Removing an import ----------------------------------------------------- */

static void
test_delete_import (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CrChronology) before = NULL;
  g_autoptr(CrChronology) after = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw;
  gint64 police_import;
  SYNC_BEGIN;

  police_import = import_text (fixture, fixture->police, "police.csv", POLICE_CSV);
  import_text (fixture, fixture->health, "health.csv", HEALTH_CSV);
  before = load (fixture);
  {
    CrChronologyDuplicate *pair = only_duplicate (before);

    decide (fixture,
            cr_chronology_entry_get_id (cr_chronology_duplicate_get_first (pair)),
            cr_chronology_entry_get_id (cr_chronology_duplicate_get_second (pair)),
            CR_DUPLICATE_DECISION_CONFIRMED);
  }

  cr_database_delete_chronology_import_async (fixture->db, police_import, NULL, cr_database_sync_cb, &res);
  g_assert_true (cr_database_delete_chronology_import_finish (fixture->db, SYNC_WAIT, &error));
  g_assert_no_error (error);
  g_clear_object (&res);

  after = load (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (cr_chronology_get_entries (after)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (cr_chronology_get_rejects (after)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cr_chronology_get_duplicates (after)), ==, 0);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (cr_chronology_entry_get_agency_name (entry_at (after, i)), ==, "Health visiting");

  g_assert_cmpint (count_audit (fixture, "chronology-import", "delete"), ==, 1);

  /* The police's file stays with the case, as evidence received. */
  raw = open_raw (fixture->path);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM documents WHERE filename = 'police.csv'"), ==, 1);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM chronology_duplicates"), ==, 0);
  sqlite3_close (raw);

  /* Removing it again says it is gone. */
  cr_database_delete_chronology_import_async (fixture->db, police_import, NULL, cr_database_sync_cb, &res);
  g_assert_false (cr_database_delete_chronology_import_finish (fixture->db, SYNC_WAIT, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);

  assert_database_healthy (fixture->db);
}

/* ---- The source file ---------------------------------------------------------- */

static void
test_source_document (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *file = g_build_filename (fixture->dir, "health visiting.csv", NULL);
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw;
  sqlite3_stmt *stmt = NULL;
  gint64 import_id;
  g_autofree char *sql = NULL;

  /* Windows-1252 text, as agencies' spreadsheets often save it. */
  g_assert_true (g_file_set_contents (file,
                                      "Date,Event\r\n"
                                      "2024-03-01,Visit by the health visitor to see the baby \x96 all well\r\n",
                                      -1, &error));
  on_disk = read_file_bytes (file);
  import_id = import_csv (fixture, fixture->health, "health visiting.csv", on_disk, NULL);

  raw = open_raw (fixture->path);
  sql = g_strdup_printf ("SELECT b.contents, d.filename, d.doc_type, d.agency_id, d.sha256, d.size, i.encoding"
                         "  FROM chronology_imports i JOIN documents d ON d.id = i.document_id"
                         "  JOIN document_blobs b ON b.sha256 = d.sha256 WHERE i.id = %" G_GINT64_FORMAT,
                         import_id);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpmem (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0),
                   g_bytes_get_data (on_disk, NULL), g_bytes_get_size (on_disk));
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "health visiting.csv");
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "chronology");
  g_assert_cmpint (sqlite3_column_int64 (stmt, 3), ==, fixture->health);
  {
    g_autofree char *sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, on_disk);

    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, sha);
  }
  g_assert_cmpint (sqlite3_column_int64 (stmt, 5), ==, g_bytes_get_size (on_disk));
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 6), ==, "Windows-1252");
  sqlite3_finalize (stmt);

  /* The same file imported again is stored once. */
  import_csv (fixture, fixture->health, "health visiting.csv", on_disk, NULL);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM document_blobs"), ==, 1);
  g_assert_cmpint (query_int_raw (raw, "SELECT count(*) FROM documents"), ==, 2);
  sqlite3_close (raw);
}

/* ---- 50,000 entries --------------------------------------------------------- */

static void
test_large_import (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("Date,Time,Event,Author,Source\r\n");
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(CrChronology) chronology = NULL;
  g_autoptr(CrChronologyImportResult) result = NULL;
  g_autoptr(GTimer) timer = NULL;
  GDate date;
  guint32 previous = 0;
  GListModel *entries;
  double seconds;

  g_date_set_dmy (&date, 1, 1, 2000);
  for (guint i = 0; i < 50000; i++)
    {
      if (i % 7 == 0)
        g_date_add_days (&date, 1);
      g_string_append_printf (text, "%02u/%02u/%04u,%02u:%02u,Contact number %u with the family about the plan,Worker %u,Case note\r\n",
                              g_date_get_day (&date), g_date_get_month (&date), g_date_get_year (&date),
                              (i * 7) % 24, (i * 13) % 60, i, i % 40);
    }
  csv = g_string_free_to_bytes (g_steal_pointer (&text));

  timer = g_timer_new ();
  import_csv (fixture, fixture->police, "big.csv", csv, &result);
  seconds = g_timer_elapsed (timer, NULL);
  g_test_message ("Read and stored 50,000 entries in %.2f s", seconds);
  g_assert_cmpuint (result->entries->len, ==, 50000);

  g_timer_start (timer);
  chronology = load (fixture);
  g_test_message ("Loaded and merged them in %.2f s", g_timer_elapsed (timer, NULL));

  entries = cr_chronology_get_entries (chronology);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 50000);
  for (guint i = 0; i < 50000; i += 997)
    {
      guint32 day = cr_chronology_entry_get_julian (entry_at (chronology, i));

      g_assert_cmpuint (day, >=, previous);
      previous = day;
    }

  /* One transaction, one audit row. */
  g_assert_cmpint (count_audit (fixture, "chronology-import", "insert"), ==, 1);
  /* Generous, for slow CI machines: one transaction of prepared inserts
   * takes about a second. */
  g_assert_cmpfloat (seconds, <, 30.0);
}

/* ---- Counting without loading ------------------------------------------------ */

static void
count (Fixture *fixture,
       gint64   case_id,
       guint    expected_entries,
       guint    expected_agencies,
       guint    expected_rejects)
{
  g_autoptr(GError) error = NULL;
  guint n_entries = G_MAXUINT, n_agencies = G_MAXUINT, n_rejects = G_MAXUINT;
  SYNC_BEGIN;

  cr_database_count_chronology_async (fixture->db, case_id, NULL, cr_database_sync_cb, &res);
  g_assert_true (cr_database_count_chronology_finish (fixture->db, SYNC_WAIT,
                                                      &n_entries, &n_agencies, &n_rejects, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_entries, ==, expected_entries);
  g_assert_cmpuint (n_agencies, ==, expected_agencies);
  g_assert_cmpuint (n_rejects, ==, expected_rejects);
}

static void
test_count (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CrCase) other = store_case (fixture->db, "CH-2026-002");
  g_autoptr(CrChronology) loaded = NULL;
  g_autoptr(CrChronologyReject) reject = NULL;
  g_autoptr(GError) error = NULL;
  SYNC_BEGIN;

  count (fixture, fixture->case_id, 0, 0, 0);

  /* Police: three entries, two rows set aside (the blank row is not one). */
  import_text (fixture, fixture->police, "police.csv", POLICE_CSV);
  count (fixture, fixture->case_id, 3, 1, 2);

  /* Health: three more, from a second agency. */
  import_text (fixture, fixture->health, "health.csv", HEALTH_CSV);
  count (fixture, fixture->case_id, 6, 2, 2);

  /* What loading gives. */
  loaded = load (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (cr_chronology_get_entries (loaded)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (cr_chronology_get_rejects (loaded)), ==, 2);

  /* A row set aside and then discarded no longer counts. */
  reject = g_list_model_get_item (cr_chronology_get_rejects (loaded), 0);
  cr_database_resolve_reject_async (fixture->db, cr_chronology_reject_get_id (reject), NULL,
                                    NULL, cr_database_sync_cb, &res);
  g_assert_cmpint (cr_database_resolve_reject_finish (fixture->db, SYNC_WAIT, &error), ==, 0);
  g_assert_no_error (error);
  g_clear_object (&res);
  count (fixture, fixture->case_id, 6, 2, 1);

  /* Another case counts only its own; the out arguments may be NULL. */
  count (fixture, cr_case_get_id (other), 0, 0, 0);
  cr_database_count_chronology_async (fixture->db, fixture->case_id, NULL, cr_database_sync_cb, &res);
  g_assert_true (cr_database_count_chronology_finish (fixture->db, SYNC_WAIT, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&res);

  /* No such case. */
  cr_database_count_chronology_async (fixture->db, cr_case_get_id (other) + 100, NULL,
                                      cr_database_sync_cb, &res);
  g_assert_false (cr_database_count_chronology_finish (fixture->db, SYNC_WAIT, NULL, NULL, NULL, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/storage/chronology/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("import-and-merge", test_import_and_merge);
  ADD ("key-practice-episode", test_kpe);
  ADD ("duplicate-decision", test_duplicate_decision);
  ADD ("rejects", test_rejects);
  ADD ("delete-import", test_delete_import);
  ADD ("source-document", test_source_document);
  ADD ("large-import", test_large_import);
  ADD ("count", test_count);

  return g_test_run ();
}
