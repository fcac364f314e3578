/* test-report-storage.c: the review report's storage (schema 7) on real
 * SQLite files in a temporary folder: sections, versions, evidence, the
 * report and the anonymisation terms as loaded, the publication, and the
 * report's records
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-database-chronology.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-demo-data.h"
#include "cr-demo-documents.h"
#include "cr-util.h"
#include "review-storage-fixture.h"

typedef ReviewFixture Fixture;

/* ---- Synchronous wrappers ------------------------------------------------------ */

static GPtrArray *
sync_load_sections (CrDatabase  *db,
                    gint64       case_id,
                    GError     **error)
{
  SYNC_BEGIN;
  cr_database_load_report_sections_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_load_report_sections_finish (db, SYNC_WAIT, error);
}

static gboolean
sync_save_section (CrDatabase       *db,
                   gint64            case_id,
                   CrReportSection   section,
                   const char       *markup,
                   GError          **error)
{
  SYNC_BEGIN;
  cr_database_save_report_section_async (db, case_id, section, markup, NULL, cr_database_sync_cb, &res);
  return cr_database_save_report_section_finish (db, SYNC_WAIT, error);
}

static CrReportVersion *
sync_save_version (CrDatabase  *db,
                   gint64       case_id,
                   const char  *label,
                   GError     **error)
{
  SYNC_BEGIN;
  cr_database_save_report_version_async (db, case_id, label, NULL, cr_database_sync_cb, &res);
  return cr_database_save_report_version_finish (db, SYNC_WAIT, error);
}

static GPtrArray *
sync_list_versions (CrDatabase  *db,
                    gint64       case_id,
                    GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_report_versions_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_list_report_versions_finish (db, SYNC_WAIT, error);
}

static CrReportVersion *
sync_load_version (CrDatabase  *db,
                   gint64       version_id,
                   GError     **error)
{
  SYNC_BEGIN;
  cr_database_load_report_version_async (db, version_id, NULL, cr_database_sync_cb, &res);
  return cr_database_load_report_version_finish (db, SYNC_WAIT, error);
}

static CrReportVersion *
sync_restore_version (CrDatabase  *db,
                      gint64       case_id,
                      gint64       version_id,
                      GError     **error)
{
  SYNC_BEGIN;
  cr_database_restore_report_version_async (db, case_id, version_id, NULL, cr_database_sync_cb, &res);
  return cr_database_restore_report_version_finish (db, SYNC_WAIT, error);
}

static gboolean
sync_set_evidence (CrDatabase    *db,
                   gint64         finding_id,
                   const gint64  *ids,
                   guint          n_ids,
                   GError       **error)
{
  SYNC_BEGIN;
  cr_database_set_finding_evidence_async (db, finding_id, ids, n_ids, NULL, cr_database_sync_cb, &res);
  return cr_database_set_finding_evidence_finish (db, SYNC_WAIT, error);
}

static GArray *
sync_list_evidence (CrDatabase  *db,
                    gint64       finding_id,
                    GError     **error)
{
  SYNC_BEGIN;
  cr_database_list_finding_evidence_async (db, finding_id, NULL, cr_database_sync_cb, &res);
  return cr_database_list_finding_evidence_finish (db, SYNC_WAIT, error);
}

static CrReviewReport *
sync_load_report (CrDatabase  *db,
                  gint64       case_id,
                  GError     **error)
{
  SYNC_BEGIN;
  cr_database_load_review_report_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_load_review_report_finish (db, SYNC_WAIT, error);
}

static CrAnonymisationTerms *
sync_load_terms (CrDatabase  *db,
                 gint64       case_id,
                 GError     **error)
{
  SYNC_BEGIN;
  cr_database_load_anonymisation_terms_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_load_anonymisation_terms_finish (db, SYNC_WAIT, error);
}

static CrCase *
sync_save_publication (CrDatabase     *db,
                       CrPublication  *publication,
                       GError        **error)
{
  SYNC_BEGIN;
  cr_database_save_publication_async (db, publication, NULL, cr_database_sync_cb, &res);
  return cr_database_save_publication_finish (db, SYNC_WAIT, error);
}

static CrPublication *
sync_load_publication (CrDatabase  *db,
                       gint64       case_id,
                       GError     **error)
{
  SYNC_BEGIN;
  cr_database_load_publication_async (db, case_id, NULL, cr_database_sync_cb, &res);
  return cr_database_load_publication_finish (db, SYNC_WAIT, error);
}

static gboolean
sync_delete_import (CrDatabase  *db,
                    gint64       import_id,
                    GError     **error)
{
  SYNC_BEGIN;
  cr_database_delete_chronology_import_async (db, import_id, NULL, cr_database_sync_cb, &res);
  return cr_database_delete_chronology_import_finish (db, SYNC_WAIT, error);
}

/* ---- Helpers --------------------------------------------------------------------- */

static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  sqlite3 *raw = open_raw (fixture->path);
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (raw, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  return text;
}

/* The result code of @sql run on the file, for refusals. */
static int
try_on_file (Fixture    *fixture,
             const char *sql)
{
  sqlite3 *raw = open_raw (fixture->path);
  int rc = sqlite3_exec (raw, sql, NULL, NULL, NULL);

  g_test_message ("%s -> %s", sql, sqlite3_errmsg (raw));
  sqlite3_close (raw);
  return rc & 0xff;
}

static gint64
count_audit (Fixture    *fixture,
             const char *entity)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit WHERE entity = '%s'", entity);

  return count_rows (fixture, sql);
}

static char *
case_updated_at (Fixture *fixture,
                 gint64   case_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT updated_at FROM cases WHERE id = %" G_GINT64_FORMAT, case_id);

  return query_text (fixture, sql);
}

/* A chronology import of @case_id with one entry per (day, event); their
 * ids in *@entry_ids. Returns the import's id. */
static gint64
add_chronology (Fixture     *fixture,
                gint64       case_id,
                const char  *sha256,
                const char  *entries[][2],
                guint        n_entries,
                gint64      *entry_ids)
{
  sqlite3 *raw = open_raw (fixture->path);
  g_autofree char *sql = NULL;
  gint64 import_id;

  sql = g_strdup_printf ("INSERT OR IGNORE INTO document_blobs (sha256, size, contents) VALUES ('%s', 1, x'00');"
                         "INSERT INTO documents (case_id, title, filename, doc_type, agency_id, media_type, size, sha256)"
                         "  VALUES (%" G_GINT64_FORMAT ", 'Chronology', 'c.csv', 'chronology', %" G_GINT64_FORMAT ","
                         "          'text/csv', 1, '%s');"
                         "INSERT INTO chronology_imports (case_id, agency_id, document_id, mapping, n_entries,"
                         "                                n_rejected, n_blank)"
                         "  VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", last_insert_rowid (), '', %u, 0, 0);",
                         sha256, case_id, fixture->police, sha256, case_id, fixture->police, n_entries);
  exec_raw (raw, sql);
  import_id = sqlite3_last_insert_rowid (raw);

  for (guint i = 0; i < n_entries; i++)
    {
      g_autofree char *insert = NULL;

      insert = g_strdup_printf ("INSERT INTO chronology_entries (case_id, import_id, agency_id, row, day, event)"
                                " VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ","
                                "         %u, '%s', '%s')",
                                case_id, import_id, fixture->police, i + 2, entries[i][0], entries[i][1]);
      exec_raw (raw, insert);
      entry_ids[i] = sqlite3_last_insert_rowid (raw);
    }

  sqlite3_close (raw);
  return import_id;
}

static CrRecord *
save_ok (Fixture  *fixture,
         gpointer  record)
{
  g_autoptr(GError) error = NULL;
  CrRecord *stored;

  if (cr_record_get_case_id (record) == 0)
    cr_record_set_case_id (record, fixture->case_id);
  stored = sync_save_record (fixture->db, record, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  return stored;
}

static CrRecord *
make_finding (Fixture    *fixture,
              gint64      case_id,
              const char *position,
              const char *title)
{
  g_autoptr(CrFinding) finding = cr_finding_new ();

  cr_record_set_case_id (CR_RECORD (finding), case_id);
  cr_record_set (CR_RECORD (finding), "position", position);
  cr_record_set (CR_RECORD (finding), "title", title);
  cr_record_set (CR_RECORD (finding), "status", "draft");
  return save_ok (fixture, finding);
}

/* ---- Fixture -------------------------------------------------------------------- */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CrCase) moved = review_fixture_set_up (fixture, CR_CASE_STATUS_LCSPR_ANALYSIS);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  review_fixture_tear_down (fixture);
}

/* ---- Sections ------------------------------------------------------------------- */

static void
test_sections_save_load (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *updated_again = NULL;
  gint64 n_audit;

  /* Nothing written yet: every section is "". */
  sections = sync_load_sections (fixture->db, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sections->len, ==, CR_REPORT_N_SECTIONS);
  for (guint i = 0; i < sections->len; i++)
    g_assert_cmpstr (g_ptr_array_index (sections, i), ==, "");
  g_clear_pointer (&sections, g_ptr_array_unref);

  /* Decomposed "é" is kept composed (NFC). */
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_ANALYSIS,
                                    "## Caf\x65\xcc\x81 visits\nThe **first** visit.", &error));
  g_assert_no_error (error);
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_GLOSSARY,
                                    "- SILP: a review method", &error));
  g_assert_no_error (error);

  sections = sync_load_sections (fixture->db, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (sections, CR_REPORT_SECTION_ANALYSIS), ==,
                   "## Caf\xc3\xa9 visits\nThe **first** visit.");
  g_assert_cmpstr (g_ptr_array_index (sections, CR_REPORT_SECTION_GLOSSARY), ==, "- SILP: a review method");
  g_assert_cmpstr (g_ptr_array_index (sections, CR_REPORT_SECTION_FOREWORD), ==, "");

  /* The same text again writes nothing: no audit row, no change of the
   * row or of the case. */
  n_audit = count_rows (fixture, "SELECT count(*) FROM audit");
  exec_on_file (fixture, "UPDATE cases SET updated_at = '2026-01-01T00:00:00Z' WHERE id = 1");
  updated = case_updated_at (fixture, fixture->case_id);
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_ANALYSIS,
                                    "## Caf\xc3\xa9 visits\nThe **first** visit.", &error));
  g_assert_no_error (error);
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_FOREWORD, "", &error));
  g_assert_no_error (error);
  updated_again = case_updated_at (fixture, fixture->case_id);
  g_assert_cmpstr (updated_again, ==, updated);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit"), ==, n_audit);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM report_sections"), ==, 2);

  /* A change moves the case. */
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_ANALYSIS,
                                    "Changed.", &error));
  g_assert_no_error (error);
  g_clear_pointer (&updated_again, g_free);
  updated_again = case_updated_at (fixture, fixture->case_id);
  g_assert_cmpstr (updated_again, !=, updated);

  /* The other case is not touched; an unknown case is refused. */
  g_clear_pointer (&sections, g_ptr_array_unref);
  sections = sync_load_sections (fixture->db, fixture->other_case, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (sections, CR_REPORT_SECTION_ANALYSIS), ==, "");
  g_assert_false (sync_save_section (fixture->db, 999, CR_REPORT_SECTION_ANALYSIS, "x", &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
}

static void
test_sections_size_limit (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *at_limit = g_strnfill (500000, 'a');
  g_autofree char *over = g_strnfill (500001, 'b');
  /* 250001 two-byte characters: within the characters, over the bytes. */
  g_autoptr(GString) wide = g_string_new (NULL);

  for (guint i = 0; i < 250001; i++)
    g_string_append (wide, "\xc3\xa9");

  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_BACKGROUND,
                                    at_limit, &error));
  g_assert_no_error (error);

  g_assert_false (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_BACKGROUND, over, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Background"));
  g_assert_nonnull (strstr (error->message, "Split"));
  g_clear_error (&error);
  g_assert_false (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_BACKGROUND, wide->str,
                                     &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);

  /* What was saved before is kept. */
  sections = sync_load_sections (fixture->db, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (sections, CR_REPORT_SECTION_BACKGROUND), ==, at_limit);

  /* The schema refuses it too. */
  g_assert_cmpint (try_on_file (fixture, "UPDATE report_sections SET body = body || 'x'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (try_on_file (fixture, "INSERT INTO report_sections (case_id, section, body)"
                                         " VALUES (1, 'appendix', 'x')"), ==, SQLITE_CONSTRAINT);
}

static void
test_sections_coalesced_audit (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  /* Typing: three saves in a row, one audit row, with the words then. */
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_ANALYSIS, "One", &error));
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_ANALYSIS, "One two", &error));
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_ANALYSIS,
                                    "One two **three**", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture, "report-section"), ==, 1);
  value = query_text (fixture, "SELECT new_value FROM audit WHERE entity = 'report-section'");
  g_assert_cmpstr (value, ==, "1 word");
  g_clear_pointer (&value, g_free);
  value = query_text (fixture, "SELECT field FROM audit WHERE entity = 'report-section'");
  g_assert_cmpstr (value, ==, "analysis");

  /* Another section has its own row. */
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_FOREWORD, "A b c", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture, "report-section"), ==, 2);

  /* When the last row of a section is more than ten minutes old, the next
   * save writes another, with the words as they are now. */
  exec_on_file (fixture,
                "INSERT INTO audit (at, os_user, action, entity, entity_id, case_id, field, new_value)"
                " VALUES ('2020-01-01T00:00:00Z', 'someone', 'update', 'report-section', 1, 1, 'glossary', '2 words')");
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_GLOSSARY,
                                    "- one\n- two\n- three", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE entity = 'report-section'"
                                        " AND field = 'glossary'"), ==, 2);
  g_clear_pointer (&value, g_free);
  value = query_text (fixture, "SELECT new_value FROM audit WHERE entity = 'report-section'"
                               " AND field = 'glossary' ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (value, ==, "3 words");

  /* The text itself is never in the audit trail. */
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE new_value LIKE '%three%'"
                                        " OR old_value LIKE '%three%'"), ==, 0);
}

/* ---- Versions ------------------------------------------------------------------- */

static void
test_versions (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CrReportVersion) first = NULL;
  g_autoptr(CrReportVersion) second = NULL;
  g_autoptr(CrReportVersion) loaded = NULL;
  g_autoptr(CrReportVersion) before = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *audit = NULL;

  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_INTRODUCTION,
                                    "The partnership commissioned this review.", &error));
  g_assert_no_error (error);

  /* A label is required. */
  g_assert_null (sync_save_version (fixture->db, fixture->case_id, "  ", &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_clear_error (&error);

  first = sync_save_version (fixture->db, fixture->case_id, "First draft", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cr_report_version_get_number (first), ==, 1);
  g_assert_cmpuint (cr_report_version_get_n_words (first), ==, 5);
  g_assert_cmpstr (cr_report_version_get_saved_by (first), ==, cr_os_user ());
  g_assert_true (g_str_has_suffix (cr_report_version_get_saved_at (first), "Z"));
  g_assert_cmpint (cr_report_version_get_id (first), >, 0);

  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_ANALYSIS,
                                    "## Episode one\nNobody asked who lived there.", &error));
  g_assert_no_error (error);
  second = sync_save_version (fixture->db, fixture->case_id, "Draft for the panel", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cr_report_version_get_number (second), ==, 2);

  /* Numbers are per case. */
  {
    g_autoptr(CrReportVersion) other = sync_save_version (fixture->db, fixture->other_case, "Other", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (cr_report_version_get_number (other), ==, 1);
  }

  /* Newest first, without their text. */
  versions = sync_list_versions (fixture->db, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpuint (cr_report_version_get_number (g_ptr_array_index (versions, 0)), ==, 2);
  g_assert_cmpstr (cr_report_version_get_label (g_ptr_array_index (versions, 0)), ==, "Draft for the panel");
  g_assert_cmpuint (cr_report_version_get_number (g_ptr_array_index (versions, 1)), ==, 1);
  g_assert_false (cr_report_version_has_content (g_ptr_array_index (versions, 1)));

  /* Loaded whole: the text as it was. */
  loaded = sync_load_version (fixture->db, cr_report_version_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_true (cr_report_version_has_content (loaded));
  g_assert_cmpstr (cr_report_version_get_markup (loaded, CR_REPORT_SECTION_INTRODUCTION), ==,
                   "The partnership commissioned this review.");
  g_assert_cmpstr (cr_report_version_get_markup (loaded, CR_REPORT_SECTION_ANALYSIS), ==, "");
  g_clear_object (&loaded);

  /* Audited by number and label, never the text. */
  audit = query_text (fixture, "SELECT new_value FROM audit WHERE entity = 'report-version' ORDER BY id LIMIT 1");
  g_assert_nonnull (strstr (audit, "number=1"));
  g_assert_nonnull (strstr (audit, "First draft"));
  g_assert_null (strstr (audit, "commissioned"));

  /* Versions never change. */
  g_assert_cmpint (try_on_file (fixture, "UPDATE report_versions SET label = 'x'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (try_on_file (fixture, "UPDATE report_versions SET content = ''"), ==, SQLITE_CONSTRAINT);

  /* Going back to version 1 first saves the text as it is. */
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_GLOSSARY,
                                    "- unsaved work", &error));
  g_assert_no_error (error);
  before = sync_restore_version (fixture->db, fixture->case_id, cr_report_version_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cr_report_version_get_number (before), ==, 3);
  g_assert_cmpstr (cr_report_version_get_label (before), ==, "Before going back to version 1");
  loaded = sync_load_version (fixture->db, cr_report_version_get_id (before), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_report_version_get_markup (loaded, CR_REPORT_SECTION_GLOSSARY), ==, "- unsaved work");
  g_assert_cmpstr (cr_report_version_get_markup (loaded, CR_REPORT_SECTION_ANALYSIS), ==,
                   "## Episode one\nNobody asked who lived there.");

  sections = sync_load_sections (fixture->db, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_ptr_array_index (sections, CR_REPORT_SECTION_INTRODUCTION), ==,
                   "The partnership commissioned this review.");
  g_assert_cmpstr (g_ptr_array_index (sections, CR_REPORT_SECTION_ANALYSIS), ==, "");
  g_assert_cmpstr (g_ptr_array_index (sections, CR_REPORT_SECTION_GLOSSARY), ==, "");
  /* Each section that changed is audited, saying where it came from. */
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE entity = 'report-section'"
                                        " AND new_value LIKE '%from version 1'"), ==, 2);

  /* A version of another case is not restored here. */
  g_clear_pointer (&versions, g_ptr_array_unref);
  versions = sync_list_versions (fixture->db, fixture->other_case, &error);
  g_assert_no_error (error);
  g_clear_object (&before);
  before = sync_restore_version (fixture->db, fixture->case_id,
                                 cr_report_version_get_id (g_ptr_array_index (versions, 0)), &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_assert_null (before);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM report_versions WHERE case_id = 1"), ==, 3);
}

static void
test_version_unreadable (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CrReportVersion) version = NULL;
  g_autoptr(CrReportVersion) loaded = NULL;
  g_autoptr(GError) error = NULL;

  version = sync_save_version (fixture->db, fixture->case_id, "First", &error);
  g_assert_no_error (error);
  /* Damaged outside the application (the trigger dropped first). */
  exec_on_file (fixture, "DROP TRIGGER report_versions_are_immutable;"
                         "UPDATE report_versions SET content = 'not a key file [';");
  loaded = sync_load_version (fixture->db, cr_report_version_get_id (version), &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT);
  g_assert_null (loaded);
}

/* ---- Evidence ------------------------------------------------------------------- */

static void
test_evidence (Fixture       *fixture,
               gconstpointer  data)
{
  const char *entries[][2] = {
    { "2025-06-03", "Home visit" },
    { "2025-05-01", "Booking appointment" },
    { "2025-07-09", "Emergency department" },
  };
  const char *other_entries[][2] = { { "2025-06-03", "Another family" } };
  gint64 ids[3], other_ids[1];
  g_autoptr(CrRecord) finding = NULL;
  g_autoptr(CrRecord) other_finding = NULL;
  g_autoptr(CrRecord) recommendation = NULL;
  g_autoptr(CrRecommendation) draft = cr_recommendation_new ();
  g_autoptr(GArray) linked = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) recommendations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *finding_id = NULL;
  gint64 import_id;
  gint64 n_audit;

  import_id = add_chronology (fixture, fixture->case_id,
                              "0000000000000000000000000000000000000000000000000000000000000001",
                              entries, G_N_ELEMENTS (entries), ids);
  add_chronology (fixture, fixture->other_case,
                  "0000000000000000000000000000000000000000000000000000000000000002",
                  other_entries, 1, other_ids);
  finding = make_finding (fixture, fixture->case_id, "1", "Nobody asked who lived there");
  other_finding = make_finding (fixture, fixture->other_case, "1", "Another finding");
  g_assert_cmpstr (cr_record_get (finding, "evidence-count"), ==, "0");

  /* Linked, each once, listed by date. */
  {
    gint64 chosen[] = { ids[0], ids[1], ids[0] };

    g_assert_true (sync_set_evidence (fixture->db, cr_record_get_id (finding), chosen, 3, &error));
    g_assert_no_error (error);
  }
  linked = sync_list_evidence (fixture->db, cr_record_get_id (finding), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (linked->len, ==, 2);
  g_assert_cmpint (g_array_index (linked, gint64, 0), ==, ids[1]);
  g_assert_cmpint (g_array_index (linked, gint64, 1), ==, ids[0]);
  g_clear_pointer (&linked, g_array_unref);
  g_assert_cmpint (count_audit (fixture, "finding-evidence"), ==, 2);

  findings = sync_list_records (fixture->db, CR_TYPE_FINDING, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (findings, 0), "evidence-count"), ==, "2");

  /* Another case's entry is refused, and nothing changes. */
  n_audit = count_rows (fixture, "SELECT count(*) FROM audit");
  {
    gint64 chosen[] = { ids[2], other_ids[0] };

    g_assert_false (sync_set_evidence (fixture->db, cr_record_get_id (finding), chosen, 2, &error));
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_clear_error (&error);
  }
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit"), ==, n_audit);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM finding_evidence"), ==, 2);

  /* Exactly the entries given: one removed, one added (two audit rows). */
  {
    gint64 chosen[] = { ids[1], ids[2] };

    g_assert_true (sync_set_evidence (fixture->db, cr_record_get_id (finding), chosen, 2, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit"), ==, n_audit + 2);
  linked = sync_list_evidence (fixture->db, cr_record_get_id (finding), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (linked->len, ==, 2);
  g_assert_cmpint (g_array_index (linked, gint64, 0), ==, ids[1]);
  g_assert_cmpint (g_array_index (linked, gint64, 1), ==, ids[2]);
  g_clear_pointer (&linked, g_array_unref);

  /* An unknown finding. */
  g_assert_null (sync_list_evidence (fixture->db, 999, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A recommendation answering the finding; one of another case's
   * findings is refused. */
  finding_id = id_text (cr_record_get_id (finding));
  cr_record_set (CR_RECORD (draft), "position", "1");
  cr_record_set (CR_RECORD (draft), "text", "Ask who lives in the household.");
  cr_record_set (CR_RECORD (draft), "addressed-to", "partnership");
  cr_record_set (CR_RECORD (draft), "status", "draft");
  {
    g_autofree char *other_id = id_text (cr_record_get_id (other_finding));
    g_autoptr(CrRecord) refused = NULL;

    cr_record_set (CR_RECORD (draft), "finding-id", other_id);
    cr_record_set_case_id (CR_RECORD (draft), fixture->case_id);
    refused = sync_save_record (fixture->db, CR_RECORD (draft), &error);
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_assert_null (refused);
    g_clear_error (&error);
  }
  cr_record_set (CR_RECORD (draft), "finding-id", finding_id);
  recommendation = save_ok (fixture, draft);
  g_assert_cmpstr (cr_record_get (recommendation, "finding-id"), ==, finding_id);

  /* Removing the chronology import takes its entries' links with it. */
  g_assert_true (sync_delete_import (fixture->db, import_id, &error));
  g_assert_no_error (error);
  linked = sync_list_evidence (fixture->db, cr_record_get_id (finding), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (linked->len, ==, 0);

  /* Deleting the finding clears the recommendation's finding-id. */
  g_assert_true (sync_delete_record (fixture->db, finding, &error));
  g_assert_no_error (error);
  recommendations = sync_list_records (fixture->db, CR_TYPE_RECOMMENDATION, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recommendations->len, ==, 1);
  g_assert_null (cr_record_get (g_ptr_array_index (recommendations, 0), "finding-id"));
}

/* ---- The report as a whole ---------------------------------------------------------- */

static void
test_review_report (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *entries[][2] = {
    { "2025-06-03", "Home visit" },
    { "2025-05-01", "Booking appointment" },
  };
  gint64 ids[2];
  g_autoptr(CrReviewer) lead = cr_reviewer_new ();
  g_autoptr(CrReviewer) co = cr_reviewer_new ();
  g_autoptr(CrRecommendation) recommendation = cr_recommendation_new ();
  g_autoptr(CrBriefing) briefing = cr_briefing_new ();
  g_autoptr(CrRecord) first = NULL;
  g_autoptr(CrRecord) second = NULL;
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *agencies = g_strdup_printf ("%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT,
                                               fixture->health, fixture->police);
  g_autofree char *approved = days_ago (3);
  GPtrArray *findings;
  GPtrArray *evidence;
  GPtrArray *recommendations;
  const char * const *reviewers;
  CrRichText *analysis;

  add_chronology (fixture, fixture->case_id,
                  "0000000000000000000000000000000000000000000000000000000000000003",
                  entries, G_N_ELEMENTS (entries), ids);
  g_assert_true (sync_save_section (fixture->db, fixture->case_id, CR_REPORT_SECTION_ANALYSIS,
                                    "## Episode\nNobody *asked*.", &error));
  g_assert_no_error (error);

  /* The co-reviewer added first: the lead reviewer is named first. */
  cr_record_set (CR_RECORD (co), "name", "Tariq Invented");
  cr_record_set (CR_RECORD (co), "role", "co-reviewer");
  g_clear_object (&stored);
  stored = save_ok (fixture, co);
  cr_record_set (CR_RECORD (lead), "name", "Dr Helen Fictitious");
  cr_record_set (CR_RECORD (lead), "role", "lead-reviewer");
  g_clear_object (&stored);
  stored = save_ok (fixture, lead);

  /* Findings by position as a number: 10 after 2. */
  second = make_finding (fixture, fixture->case_id, "10", "Tenth");
  first = make_finding (fixture, fixture->case_id, "2", "Second");
  cr_record_set (first, "status", "approved");
  cr_record_set (first, "approved-date", approved);
  g_clear_object (&stored);
  stored = save_ok (fixture, first);
  g_assert_true (sync_set_evidence (fixture->db, cr_record_get_id (first), ids, 2, &error));
  g_assert_no_error (error);

  cr_record_set (CR_RECORD (recommendation), "position", "1");
  cr_record_set (CR_RECORD (recommendation), "text", "Share releases on licence.");
  cr_record_set (CR_RECORD (recommendation), "addressed-to", "agencies");
  cr_record_set (CR_RECORD (recommendation), "agency-ids", agencies);
  cr_record_set (CR_RECORD (recommendation), "status", "agreed");
  g_clear_object (&stored);
  stored = save_ok (fixture, recommendation);

  cr_record_set (CR_RECORD (briefing), "title", "7-minute briefing: Child A");
  cr_record_set (CR_RECORD (briefing), "background", "A baby was injured.");
  g_clear_object (&stored);
  stored = save_ok (fixture, briefing);

  report = sync_load_report (fixture->db, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_reference (cr_review_report_get_case (report)), ==, "CR-2026-001");

  analysis = cr_review_report_get_section (report, CR_REPORT_SECTION_ANALYSIS);
  g_assert_cmpuint (cr_rich_text_get_n_blocks (analysis), ==, 2);
  g_assert_cmpint (cr_rich_text_get_block_kind (analysis, 0), ==, CR_RICH_BLOCK_HEADING);
  g_assert_true (cr_rich_text_is_empty (cr_review_report_get_section (report, CR_REPORT_SECTION_FOREWORD)));

  findings = cr_review_report_get_findings (report);
  g_assert_cmpuint (findings->len, ==, 2);
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (findings, 0), "title"), ==, "Second");
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (findings, 1), "title"), ==, "Tenth");
  evidence = cr_review_report_get_evidence (report, cr_record_get_id (first));
  g_assert_cmpuint (evidence->len, ==, 2);
  g_assert_cmpstr (cr_chronology_entry_get_event (g_ptr_array_index (evidence, 0)), ==, "Booking appointment");
  g_assert_cmpstr (cr_chronology_entry_get_agency_name (g_ptr_array_index (evidence, 0)), ==,
                   "Northshire Police");
  g_assert_cmpuint (cr_review_report_get_evidence (report, cr_record_get_id (second))->len, ==, 0);

  recommendations = cr_review_report_get_recommendations (report);
  g_assert_cmpuint (recommendations->len, ==, 1);
  /* In the order they were chosen. */
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (recommendations, 0), "agency-names"), ==,
                   "Health visiting; Northshire Police");

  reviewers = cr_review_report_get_reviewers (report);
  g_assert_cmpstr (reviewers[0], ==, "Dr Helen Fictitious");
  g_assert_cmpstr (reviewers[1], ==, "Tariq Invented");
  g_assert_null (reviewers[2]);

  g_assert_nonnull (cr_review_report_get_briefing (report));
  g_assert_cmpstr (cr_record_get (CR_RECORD (cr_review_report_get_briefing (report)), "background"), ==,
                   "A baby was injured.");

  /* Another case's report has none of it. */
  g_clear_object (&report);
  report = sync_load_report (fixture->db, fixture->other_case, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cr_review_report_get_findings (report)->len, ==, 0);
  g_assert_null (cr_review_report_get_briefing (report));
  g_assert_null (sync_load_report (fixture->db, 999, &error));
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
}

/* ---- Anonymisation terms -------------------------------------------------------------- */

static void
test_terms (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CrIdentity) child_identity = cr_identity_new ();
  g_autoptr(CrIdentity) mother_identity = cr_identity_new ();
  g_autoptr(CrChild) child = NULL;
  g_autoptr(CrFamilyMember) mother = NULL;
  g_autoptr(CrCaseIdentifier) identifier = cr_case_identifier_new ();
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(CrAnonymisationTerms) terms = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_names = 0, n_dates = 0, n_other = 0;

  cr_identity_set_value (child_identity, CR_IDENTITY_FIELD_NAME, "Ada Example");
  cr_identity_set_value (child_identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2025-04-05");
  child = sync_add_child (fixture->db, fixture->case_id, "Child A", child_identity, &error);
  g_assert_no_error (error);
  cr_identity_set_value (mother_identity, CR_IDENTITY_FIELD_NAME, "Beatrix Example");
  cr_identity_set_value (mother_identity, CR_IDENTITY_FIELD_ADDRESS, "14 Acacia Avenue, Northbridge");
  mother = sync_add_family_member (fixture->db, fixture->case_id, "Mother of Child A", "Mother",
                                   mother_identity, &error);
  g_assert_no_error (error);
  cr_record_set (CR_RECORD (identifier), "kind", "school");
  cr_record_set (CR_RECORD (identifier), "value", "Little Acorns Nursery");
  cr_record_set (CR_RECORD (identifier), "replacement", "a local nursery");
  stored = save_ok (fixture, identifier);

  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE action = 'reveal'"), ==, 0);
  terms = sync_load_terms (fixture->db, fixture->case_id, &error);
  g_assert_no_error (error);

  /* One audit row per check, naming no value. */
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE action = 'reveal' AND entity = 'case'"
                                        " AND field = 'anonymisation-check' AND entity_id = 1 AND case_id = 1"
                                        " AND new_value IS NULL"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE action = 'reveal'"), ==, 1);

  cr_anonymisation_terms_count (terms, &n_names, &n_dates, &n_other);
  g_assert_cmpuint (n_names, >=, 2);
  g_assert_cmpuint (n_dates, ==, 1);
  g_assert_cmpuint (n_other, >=, 2);

  /* What they find. */
  text = g_strdup ("Ada was taken to Little Acorns Nursery by Child A's mother, Beatrix.");
  hits = cr_anonymisation_check_text (terms, "analysis", "Analysis", 0, text);
  g_assert_cmpuint (hits->len, ==, 3);
  g_assert_cmpstr (cr_anonymisation_hit_get_text (g_ptr_array_index (hits, 0)), ==, "Ada");
  g_assert_cmpstr (cr_anonymisation_hit_get_text (g_ptr_array_index (hits, 1)), ==, "Little Acorns Nursery");
  g_assert_cmpstr (cr_anonymisation_hit_get_text (g_ptr_array_index (hits, 2)), ==, "Beatrix");

  /* Another case's people are not looked for. */
  g_clear_object (&terms);
  g_clear_pointer (&hits, g_ptr_array_unref);
  terms = sync_load_terms (fixture->db, fixture->other_case, &error);
  g_assert_no_error (error);
  hits = cr_anonymisation_check_text (terms, "analysis", "Analysis", 0, text);
  g_assert_cmpuint (hits->len, ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE action = 'reveal'"), ==, 2);
}

/* ---- Publication ---------------------------------------------------------------------- */

static CrPublication *
new_publication (gint64 case_id)
{
  CrPublication *publication = cr_publication_new ();
  g_autofree char *planned = days_ago (-30);

  cr_record_set_case_id (CR_RECORD (publication), case_id);
  cr_record_set (CR_RECORD (publication), "proceedings", "none");
  cr_record_set (CR_RECORD (publication), "mode", "full");
  cr_record_set (CR_RECORD (publication), "planned-date", planned);
  return publication;
}

static void
test_publication_moves_case (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(CrPublication) publication = new_publication (fixture->case_id);
  g_autoptr(CrPublication) loaded = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrCase) moved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copies = days_ago (20);
  g_autofree char *published = days_ago (5);
  g_autofree char *planned = days_ago (-30);

  /* None saved yet: an empty one for the case. */
  loaded = sync_load_publication (fixture->db, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_record_get_case_id (CR_RECORD (loaded)), ==, fixture->case_id);
  g_assert_false (cr_record_has (CR_RECORD (loaded), "mode"));
  g_clear_object (&loaded);

  kase = sync_transition (fixture->db, fixture->case_id, CR_CASE_STATUS_LCSPR_SIGN_OFF, &error);
  g_assert_no_error (error);
  g_clear_object (&kase);

  /* Planned: the date goes to the case, the case stays. */
  kase = sync_save_publication (fixture->db, publication, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_LCSPR_SIGN_OFF);
  g_assert_cmpstr (cr_case_get_planned_publication_date (kase), ==, planned);
  g_clear_object (&kase);

  /* Copies sent: pre-publication. */
  cr_record_set (CR_RECORD (publication), "copies-to", "panel;secretary-of-state");
  cr_record_set (CR_RECORD (publication), "copies-date", copies);
  kase = sync_save_publication (fixture->db, publication, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_PRE_PUBLICATION);
  g_assert_cmpstr (cr_case_get_copies_sent_date (kase), ==, copies);
  g_clear_object (&kase);

  /* Published: the case follows, and the move is audited as a user's. */
  cr_record_set (CR_RECORD (publication), "published-date", published);
  cr_record_set (CR_RECORD (publication), "place", "https://example.org/reviews/child-a");
  kase = sync_save_publication (fixture->db, publication, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_PUBLISHED);
  g_assert_cmpstr (cr_case_get_publication_date (kase), ==, published);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE entity = 'case' AND field = 'status'"
                                        " AND new_value IN ('pre-publication', 'published')"), ==, 2);
  g_assert_cmpint (count_audit (fixture, "publication"), >=, 3);

  loaded = sync_load_publication (fixture->db, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_record_get (CR_RECORD (loaded), "place"), ==, "https://example.org/reviews/child-a");
  g_assert_cmpstr (cr_record_get (CR_RECORD (loaded), "copies-to"), ==, "panel;secretary-of-state");

  /* Listed through the generic API, but never saved or deleted there. */
  {
    g_autoptr(GPtrArray) listed = sync_list_records (fixture->db, CR_TYPE_PUBLICATION, fixture->case_id, &error);
    g_autoptr(CrRecord) refused = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (listed->len, ==, 1);
    refused = sync_save_record (fixture->db, CR_RECORD (loaded), &error);
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (sync_delete_record (fixture->db, CR_RECORD (loaded), &error));
    g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Straight from sign-off to published (improvements only), through
   * pre-publication. */
  moved = walk_to (fixture->db, fixture->other_case, CR_CASE_STATUS_LCSPR_SIGN_OFF);
  g_clear_object (&publication);
  publication = new_publication (fixture->other_case);
  cr_record_set (CR_RECORD (publication), "mode", "improvements");
  cr_record_set (CR_RECORD (publication), "mode-reason", "Publishing in full would identify the siblings.");
  cr_record_set (CR_RECORD (publication), "copies-date", copies);
  cr_record_set (CR_RECORD (publication), "published-date", published);
  cr_record_set (CR_RECORD (publication), "place", "Partnership website");
  g_clear_object (&kase);
  kase = sync_save_publication (fixture->db, publication, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS);
}

static void
test_publication_illegal_move (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(CrPublication) publication = new_publication (fixture->case_id);
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copies = days_ago (20);
  gint64 n_audit = count_rows (fixture, "SELECT count(*) FROM audit");

  /* Still in analysis: the copies cannot have been sent. */
  cr_record_set (CR_RECORD (publication), "copies-to", "panel;secretary-of-state");
  cr_record_set (CR_RECORD (publication), "copies-date", copies);
  kase = sync_save_publication (fixture->db, publication, &error);
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);
  g_assert_null (kase);
  g_clear_error (&error);

  /* Nothing written: no record, no date on the case, no audit row. */
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM publications"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit"), ==, n_audit);
  stored = sync_get_case (fixture->db, fixture->case_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (stored), ==, CR_CASE_STATUS_LCSPR_ANALYSIS);
  g_assert_null (cr_case_get_copies_sent_date (stored));
  g_assert_null (cr_case_get_planned_publication_date (stored));

  /* A record that does not validate is refused before anything. */
  cr_record_set (CR_RECORD (publication), "copies-date", NULL);
  cr_record_set (CR_RECORD (publication), "mode", "improvements");
  g_assert_null (sync_save_publication (fixture->db, publication, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit"), ==, n_audit);
}

/* ---- The report's records ---------------------------------------------------------------- */

static void
test_dismissals (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CrAnonymisationDismissal) dismissal = cr_anonymisation_dismissal_new ();
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(CrRecord) again = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  CrRecord *record = CR_RECORD (dismissal);

  cr_record_set (record, "hit-key", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  cr_record_set (record, "kind", "name");
  cr_record_set (record, "source", "Analysis");
  cr_record_set (record, "reason", "This is the name of a hospital ward, not of the family.");
  cr_record_set (record, "decided-by", "Sam Patel");
  stored = save_ok (fixture, dismissal);
  g_assert_true (g_str_has_suffix (cr_record_get (stored, "decided-at"), "Z"));
  g_assert_cmpint (count_audit (fixture, "anonymisation-dismissal"), ==, 1);

  /* Never changed: neither through the API nor in the file. */
  cr_record_set (stored, "reason", "Changed my mind about why it may stay.");
  again = sync_save_record (fixture->db, stored, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_assert_null (again);
  g_clear_error (&error);
  g_assert_cmpint (try_on_file (fixture, "UPDATE anonymisation_dismissals SET reason = 'Another reason here'"),
                   ==, SQLITE_CONSTRAINT);

  /* The same hit once per case; a short reason is refused by the schema. */
  g_assert_cmpint (try_on_file (fixture, "INSERT INTO anonymisation_dismissals"
                                         " (case_id, hit_key, kind, source, reason, decided_by)"
                                         " SELECT case_id, hit_key, kind, source, reason, decided_by"
                                         "   FROM anonymisation_dismissals"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (try_on_file (fixture, "INSERT INTO anonymisation_dismissals"
                                         " (case_id, hit_key, kind, source, reason, decided_by)"
                                         " VALUES (2, '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',"
                                         "         'name', 'Analysis', 'Too short', 'Sam')"), ==, SQLITE_CONSTRAINT);

  listed = sync_list_records (fixture->db, CR_TYPE_ANONYMISATION_DISMISSAL, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (listed, 0), "reason"), ==,
                   "This is the name of a hospital ward, not of the family.");

  /* Removed, and audited. */
  g_assert_true (sync_delete_record (fixture->db, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (fixture, "anonymisation-dismissal"), ==, 2);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM anonymisation_dismissals"), ==, 0);
}

static void
test_recommendation_agencies (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(CrRecommendation) recommendation = cr_recommendation_new ();
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(CrRecord) refused = NULL;
  g_autoptr(GError) error = NULL;
  CrRecord *record = CR_RECORD (recommendation);
  g_autofree char *with_archived = g_strdup_printf ("%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT,
                                                    fixture->police, fixture->archived);
  g_autofree char *with_missing = g_strdup_printf ("%" G_GINT64_FORMAT ";999", fixture->police);
  g_autofree char *valid = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->health);

  cr_record_set_case_id (record, fixture->case_id);
  cr_record_set (record, "position", "1");
  cr_record_set (record, "text", "Audit the bruising protocol.");
  cr_record_set (record, "addressed-to", "agencies");
  cr_record_set (record, "status", "draft");

  /* An archived agency, and one that does not exist, are refused. */
  cr_record_set (record, "agency-ids", with_archived);
  refused = sync_save_record (fixture->db, record, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Old Trust"));
  g_clear_error (&error);
  cr_record_set (record, "agency-ids", with_missing);
  refused = sync_save_record (fixture->db, record, &error);
  g_assert_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM recommendations"), ==, 0);

  cr_record_set (record, "agency-ids", valid);
  stored = save_ok (fixture, recommendation);
  g_assert_cmpstr (cr_record_get (stored, "agency-names"), ==, "Health visiting");

  /* Once stored, an agency archived since stays valid. */
  exec_on_file (fixture, "UPDATE agencies SET archived = 1 WHERE name = 'Health visiting'");
  cr_record_set (stored, "text", "Audit the bruising protocol every quarter.");
  g_clear_object (&refused);
  refused = save_ok (fixture, stored);
  g_assert_cmpstr (cr_record_get (refused, "text"), ==, "Audit the bruising protocol every quarter.");

  /* The schema keeps agency-ids to ids, and present only for agencies. */
  g_assert_cmpint (try_on_file (fixture, "UPDATE recommendations SET agency_ids = '1,2'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (try_on_file (fixture, "UPDATE recommendations SET addressed_to = 'partnership'"), ==,
                   SQLITE_CONSTRAINT);
}

/* The other records of migration 7 round-trip through the generic API,
 * in their order, with their derived fields. */
static void
test_other_records (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CrCaseIdentifier) street = cr_case_identifier_new ();
  g_autoptr(CrCaseIdentifier) alias = cr_case_identifier_new ();
  g_autoptr(CrBriefing) briefing = cr_briefing_new ();
  g_autoptr(CrBriefingDelivery) delivery = cr_briefing_delivery_new ();
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *agency = id_text (fixture->police);
  g_autofree char *delivered = days_ago (2);

  cr_record_set (CR_RECORD (street), "kind", "street");
  cr_record_set (CR_RECORD (street), "value", "Larkspur Close");
  stored = save_ok (fixture, street);
  g_clear_object (&stored);
  cr_record_set (CR_RECORD (alias), "kind", "alias");
  cr_record_set (CR_RECORD (alias), "value", "Holly Brennan");
  cr_record_set (CR_RECORD (alias), "person", "Mother");
  stored = save_ok (fixture, alias);
  g_clear_object (&stored);

  /* By kind, in the order of the choices: the alias first. */
  listed = sync_list_records (fixture->db, CR_TYPE_CASE_IDENTIFIER, fixture->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 2);
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (listed, 0), "kind"), ==, "alias");
  g_clear_pointer (&listed, g_ptr_array_unref);

  /* One briefing per case: saving again updates it. */
  cr_record_set (CR_RECORD (briefing), "title", "7-minute briefing: Child A");
  stored = save_ok (fixture, briefing);
  g_assert_cmpint (cr_record_get_id (stored), ==, fixture->case_id);
  g_clear_object (&stored);
  cr_record_set (CR_RECORD (briefing), "what-to-do", "Ask who lives in the house.");
  stored = save_ok (fixture, briefing);
  g_clear_object (&stored);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM briefings"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM audit WHERE entity = 'briefing'"
                                        " AND field = 'what-to-do'"), ==, 1);

  cr_record_set (CR_RECORD (delivery), "delivered-date", delivered);
  cr_record_set (CR_RECORD (delivery), "team", "Response team, east");
  cr_record_set (CR_RECORD (delivery), "agency-id", agency);
  cr_record_set (CR_RECORD (delivery), "delivered-by", "Sam Patel");
  cr_record_set (CR_RECORD (delivery), "attendees", "12");
  stored = save_ok (fixture, delivery);
  g_assert_cmpstr (cr_record_get (stored, "agency-name"), ==, "Northshire Police");

  /* Deleting the case takes everything of the report with it. */
  exec_on_file (fixture, "PRAGMA foreign_keys = ON; DELETE FROM cases WHERE id = 1;");
  g_assert_cmpint (count_rows (fixture, "SELECT (SELECT count(*) FROM case_identifiers)"
                                        " + (SELECT count(*) FROM briefings)"
                                        " + (SELECT count(*) FROM briefing_deliveries)"), ==, 0);
}

/* ---- The demo ----------------------------------------------------------------------------- */

static CrCase *
find_demo_case (GPtrArray  *cases,
                const char *pseudonym)
{
  for (guint i = 0; i < cases->len; i++)
    if (g_strcmp0 (cr_case_get_pseudonym (g_ptr_array_index (cases, i)), pseudonym) == 0 &&
        g_str_has_prefix (cr_case_get_reference (g_ptr_array_index (cases, i)), "NB-"))
      return g_ptr_array_index (cases, i);
  return NULL;
}

/* Baby H's demo report is written whole and passes the anonymisation
 * check; Child J's draft still names the child, for the check to find;
 * once the chronologies are there, Baby H's findings rest on key practice
 * episodes. */
static void
test_demo_reports (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(CrAnonymisationTerms) terms = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) identifiers = NULL;
  g_autoptr(GPtrArray) deliveries = NULL;
  g_autoptr(GError) error = NULL;
  CrCase *baby_h, *child_j;
  guint n_words = 0;
  guint n_approved = 0;

  {
    SYNC_BEGIN;
    cr_demo_data_write_async (fixture->db, NULL, cr_database_sync_cb, &res);
    g_assert_true (cr_demo_data_write_finish (fixture->db, SYNC_WAIT, &error));
    g_assert_no_error (error);
  }
  {
    SYNC_BEGIN;
    cr_demo_documents_write_async (fixture->db, NULL, cr_database_sync_cb, &res);
    g_assert_true (cr_demo_documents_write_finish (fixture->db, SYNC_WAIT, NULL, &error));
    g_assert_no_error (error);
  }

  cases = sync_list_cases (fixture->db, &error);
  g_assert_no_error (error);
  baby_h = find_demo_case (cases, "Baby H");
  child_j = find_demo_case (cases, "Child J");
  g_assert_nonnull (baby_h);
  g_assert_nonnull (child_j);

  report = sync_load_report (fixture->db, cr_case_get_id (baby_h), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cr_review_report_count_written (report, &n_words), ==, CR_REPORT_N_SECTIONS);
  g_test_message ("Baby H's report: %u words", n_words);
  g_assert_cmpuint (n_words, >=, 2500);
  g_assert_cmpuint (cr_review_report_get_findings (report)->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      CrRecord *finding = g_ptr_array_index (cr_review_report_get_findings (report), i);
      GPtrArray *evidence = cr_review_report_get_evidence (report, cr_record_get_id (finding));

      n_approved += cr_finding_is_approved (CR_FINDING (finding));
      g_assert_cmpuint (evidence->len, >=, 1);
      for (guint e = 0; e < evidence->len; e++)
        g_assert_true (cr_chronology_entry_get_key_practice_episode (g_ptr_array_index (evidence, e)));
    }
  g_assert_cmpuint (n_approved, ==, 3);
  g_assert_cmpuint (cr_review_report_get_recommendations (report)->len, ==, 5);
  g_assert_nonnull (cr_review_report_get_briefing (report));

  versions = sync_list_versions (fixture->db, cr_case_get_id (baby_h), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpuint (cr_report_version_get_n_words (g_ptr_array_index (versions, 1)), <,
                    cr_report_version_get_n_words (g_ptr_array_index (versions, 0)));
  identifiers = sync_list_records (fixture->db, CR_TYPE_CASE_IDENTIFIER, cr_case_get_id (baby_h), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (identifiers->len, ==, 3);
  deliveries = sync_list_records (fixture->db, CR_TYPE_BRIEFING_DELIVERY, cr_case_get_id (baby_h), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deliveries->len, ==, 1);

  /* Clean. */
  terms = sync_load_terms (fixture->db, cr_case_get_id (baby_h), &error);
  g_assert_no_error (error);
  hits = cr_anonymisation_check_report (terms, report);
  for (guint i = 0; i < hits->len; i++)
    g_test_message ("Unexpected hit in %s: “%s”",
                    cr_anonymisation_hit_get_source_label (g_ptr_array_index (hits, i)),
                    cr_anonymisation_hit_get_text (g_ptr_array_index (hits, i)));
  g_assert_cmpuint (hits->len, ==, 0);

  /* Child J's draft names the child. */
  g_clear_object (&report);
  g_clear_object (&terms);
  g_clear_pointer (&hits, g_ptr_array_unref);
  report = sync_load_report (fixture->db, cr_case_get_id (child_j), &error);
  g_assert_no_error (error);
  terms = sync_load_terms (fixture->db, cr_case_get_id (child_j), &error);
  g_assert_no_error (error);
  hits = cr_anonymisation_check_report (terms, report);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (cr_anonymisation_hit_get_kind (g_ptr_array_index (hits, 0)), ==, CR_ANONYMISATION_KIND_NAME);
  g_assert_cmpstr (cr_anonymisation_hit_get_text (g_ptr_array_index (hits, 0)), ==, "Jamal");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/storage/report/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("sections/save-load", test_sections_save_load);
  ADD ("sections/size-limit", test_sections_size_limit);
  ADD ("sections/coalesced-audit", test_sections_coalesced_audit);
  ADD ("versions/number-keep-restore", test_versions);
  ADD ("versions/unreadable", test_version_unreadable);
  ADD ("evidence", test_evidence);
  ADD ("review-report", test_review_report);
  ADD ("anonymisation-terms", test_terms);
  ADD ("publication/moves-case", test_publication_moves_case);
  ADD ("publication/illegal-move", test_publication_illegal_move);
  ADD ("records/dismissals", test_dismissals);
  ADD ("records/recommendation-agencies", test_recommendation_agencies);
  ADD ("records/others", test_other_records);
  ADD ("demo", test_demo_reports);

#undef ADD

  return g_test_run ();
}
