/* test-cli-report.c: “report final”, “briefing” and “check-anonymisation”
 * of case-reviews-cli, run on a real database file */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTestCliReport"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <stdio.h>
#include <string.h>

#include "cr-anonymisation-dismissal.h"
#include "cr-briefing.h"
#include "cr-cli.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "storage-test-helpers.h"

/* Poppler 22.12 defines no cleanup functions. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define ODT_MIME_TYPE "application/vnd.oasis.opendocument.text"

#define CLEAN "NB-2026-101"
#define DIRTY "NB-2026-102"

/* The real name planted in the second case's analysis. */
#define REAL_NAME "Jayden Smith"

/* --------------------------------------------------------------------------
 * Running the tool
 */

typedef struct
{
  int   status;
  char *out;
  char *err;
} CliResult;

static void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

static CliResult *
run_cli (const char *first,
         ...) G_GNUC_NULL_TERMINATED;

/* Runs case-reviews-cli with the arguments (NULL-terminated), capturing
 * its standard output and error. */
static CliResult *
run_cli (const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  CliResult *result = g_new0 (CliResult, 1);
  char *out_buf = NULL;
  char *err_buf = NULL;
  size_t out_len = 0;
  size_t err_len = 0;
  FILE *out;
  FILE *err;
  va_list ap;

  g_ptr_array_add (argv, (gpointer) "case-reviews-cli");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  out = open_memstream (&out_buf, &out_len);
  err = open_memstream (&err_buf, &err_len);
  g_assert_nonnull (out);
  g_assert_nonnull (err);
  result->status = cr_cli_run (argv->len - 1, (char **) argv->pdata, out, err);
  fclose (out);
  fclose (err);
  result->out = g_strdup (out_buf);
  result->err = g_strdup (err_buf);
  free (out_buf);
  free (err_buf);

  g_test_message ("exit %d\nstdout:\n%s\nstderr:\n%s", result->status, result->out, result->err);
  return result;
}

/* --------------------------------------------------------------------------
 * Reading what was written
 */

static char *
read_pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PopplerDocument) document = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Parses RFC 4180 CSV into records (GPtrArray of GStrv). */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) record = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;
  gboolean any = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (p[0] == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (p[0] == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
          continue;
        }

      any = TRUE;
      if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_strv_builder_add (record, field->str);
          g_string_truncate (field, 0);
        }
      else if (p[0] == '\r' && p[1] == '\n')
        {
          g_strv_builder_add (record, field->str);
          g_string_truncate (field, 0);
          g_ptr_array_add (records, g_strv_builder_end (record));
          g_clear_pointer (&record, g_strv_builder_unref);
          record = g_strv_builder_new ();
          any = FALSE;
          p++;
        }
      else
        g_string_append_c (field, *p);
    }
  g_assert_false (quoted);
  g_assert_false (any);
  return records;
}

static int
csv_column (GStrv       heading,
            const char *name)
{
  for (int i = 0; heading[i] != NULL; i++)
    if (g_str_equal (heading[i], name))
      return i;
  g_error ("no column %s", name);
  return -1;
}

/* --------------------------------------------------------------------------
 * The fixture: two cases, each with a child whose real name is held in
 * the restricted identity; one report is clean, the other names the
 * child.
 */

typedef struct
{
  char  *dir;
  char  *path;
  gint64 clean_id;
  gint64 dirty_id;
} Fixture;

static void
save_section (CrDatabase      *db,
              gint64           case_id,
              CrReportSection  section,
              const char      *markup)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;

  cr_database_save_report_section_async (db, case_id, section, markup, NULL, cr_database_sync_cb, &res);
  g_assert_true (cr_database_save_report_section_finish (db, cr_database_wait (&res), &error));
  g_assert_no_error (error);
}

static void
save_record (CrDatabase *db,
             CrRecord   *record)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrRecord) stored = NULL;

  cr_database_save_record_async (db, record, NULL, cr_database_sync_cb, &res);
  stored = cr_database_save_record_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
}

static gint64
add_case (CrDatabase *db,
          const char *reference,
          const char *pseudonym,
          const char *child_pseudonym,
          const char *real_name)
{
  g_autoptr(CrCase) kase = make_case (reference, pseudonym, "2025-06-02");
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autoptr(CrChild) child = NULL;
  g_autoptr(GError) error = NULL;

  cr_case_set_incident_date (kase, "2025-06-01");
  stored = sync_create_case (db, kase, &error);
  g_assert_no_error (error);

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, real_name);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2024-12-01");
  child = sync_add_child (db, cr_case_get_id (stored), child_pseudonym, identity, &error);
  g_assert_no_error (error);
  g_assert_nonnull (child);

  return cr_case_get_id (stored);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CrDatabase) db = NULL;

  fixture->dir = cr_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "cases.db", NULL);
  db = cr_test_open_database (fixture->path);

  fixture->clean_id = add_case (db, CLEAN, "Child K", "Child K", "Tyler Brown");
  save_section (db, fixture->clean_id, CR_REPORT_SECTION_INTRODUCTION,
                "This review looks at the help given to Child K and the family.\n"
                "The **health visitor** and the *police* took part.");
  save_section (db, fixture->clean_id, CR_REPORT_SECTION_ANALYSIS,
                "Information about the household was not shared between agencies.");

  fixture->dirty_id = add_case (db, DIRTY, "Child L", "Child L", REAL_NAME);
  save_section (db, fixture->dirty_id, CR_REPORT_SECTION_INTRODUCTION,
                "This review looks at the help given to Child L.");
  save_section (db, fixture->dirty_id, CR_REPORT_SECTION_ANALYSIS,
                "The health visitor saw " REAL_NAME " at home with the family.");

  cr_database_close (db);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* --------------------------------------------------------------------------
 * Tests
 */

static void
test_check_clean (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CliResult) r = run_cli ("--database", fixture->path, "check-anonymisation", CLEAN, NULL);

  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
  g_assert_cmpstr (r->err, ==, "");
  g_assert_nonnull (strstr (r->out, "No identifying details found."));
  g_assert_null (strstr (r->out, "Tyler"));
}

static void
test_check_hits (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CliResult) text = run_cli ("--database", fixture->path, "check-anonymisation", DIRTY, NULL);
  g_autoptr(CliResult) csv = run_cli ("--database", fixture->path, "check-anonymisation", DIRTY,
                                      "--format", "csv", NULL);
  g_autoptr(CliResult) json = run_cli ("--database", fixture->path, "check-anonymisation", DIRTY,
                                       "--format=json", NULL);
  g_autoptr(GPtrArray) records = NULL;
  GStrv heading;

  /* Each hit in context, what it is, why and what to write instead */
  g_assert_cmpint (text->status, ==, CR_CLI_EXIT_FAILED);
  g_assert_nonnull (strstr (text->out, "Analysis · Real name\n"));
  g_assert_nonnull (strstr (text->out, "[" REAL_NAME "]"));
  g_assert_nonnull (strstr (text->out, "The health visitor saw [" REAL_NAME "] at home"));
  g_assert_nonnull (strstr (text->out, "Replace with: Child L"));
  g_assert_nonnull (strstr (text->out, "1 identifying detail to resolve."));

  /* The same as data */
  g_assert_cmpint (csv->status, ==, CR_CLI_EXIT_FAILED);
  records = parse_csv (csv->out);
  g_assert_cmpuint (records->len, ==, 2);
  heading = g_ptr_array_index (records, 0);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (records, 1))[csv_column (heading, "text")], ==, REAL_NAME);
  g_assert_cmpstr (((GStrv) g_ptr_array_index (records, 1))[csv_column (heading, "kind")], ==, "name");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (records, 1))[csv_column (heading, "source-id")], ==,
                   "section:analysis");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (records, 1))[csv_column (heading, "dismissed")], ==, "false");
  g_assert_cmpuint (strlen (((GStrv) g_ptr_array_index (records, 1))[csv_column (heading, "key")]), ==, 64);
  /* "The health visitor saw " is 23 characters, in the first block */
  g_assert_cmpstr (((GStrv) g_ptr_array_index (records, 1))[csv_column (heading, "block")], ==, "0");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (records, 1))[csv_column (heading, "start")], ==, "23");
  g_assert_cmpstr (((GStrv) g_ptr_array_index (records, 1))[csv_column (heading, "end")], ==, "35");
  g_assert_nonnull (strstr (csv->err, "1 identifying detail to resolve."));

  g_assert_cmpint (json->status, ==, CR_CLI_EXIT_FAILED);
  g_assert_true (g_str_has_prefix (json->out, "["));
  g_assert_nonnull (strstr (json->out, "\"text\": \"" REAL_NAME "\""));
  g_assert_nonnull (strstr (json->out, "\"dismissed\": false"));
}

static void
test_report_final (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *odt = g_build_filename (fixture->dir, "report.ODT", NULL);
  g_autofree char *refused_pdf = g_build_filename (fixture->dir, "refused.pdf", NULL);
  g_autofree char *draft_pdf = g_build_filename (fixture->dir, "draft.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *draft_text = NULL;
  g_autofree char *odt_data = NULL;
  gsize odt_size = 0;
  GStatBuf st;

  /* A clean report is written, as PDF and as ODT; without the
   * partnership's name (left out of the title page), with a warning */
  {
    g_autoptr(GSettings) settings = g_settings_new ("org.casereviews.CaseReviews");
    g_autoptr(CliResult) r = NULL;
    g_autoptr(CliResult) o = NULL;

    g_settings_set_string (settings, "partnership-name", "Eastshire Safeguarding Children Partnership");
    r = run_cli ("--database", fixture->path, "report", "final", CLEAN, "--output", pdf, NULL);
    g_settings_reset (settings, "partnership-name");
    o = run_cli ("--database", fixture->path, "report", "final", CLEAN, "-o", odt, NULL);

    g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
    g_assert_cmpstr (r->err, ==, "");
    g_assert_nonnull (strstr (r->out, "report.pdf"));
    g_assert_cmpint (o->status, ==, CR_CLI_EXIT_OK);
    g_assert_nonnull (strstr (o->err, "name is not set"));
    g_assert_null (strchr (strchr (o->err, '\n') + 1, '\n'));
    g_assert_nonnull (strstr (o->out, "report.ODT"));
  }

  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = read_pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Child K"));
  g_assert_nonnull (strstr (text, "Information about the household was not shared"));
  g_assert_null (strstr (text, "Tyler"));
  g_assert_null (strstr (text, "DRAFT"));

  g_assert_true (g_file_get_contents (odt, &odt_data, &odt_size, NULL));
  g_assert_cmpuint (odt_size, >, 38 + strlen (ODT_MIME_TYPE));
  g_assert_cmpmem (odt_data, 4, "PK\003\004", 4);
  g_assert_cmpmem (odt_data + 30, 8, "mimetype", 8);
  g_assert_cmpmem (odt_data + 38, strlen (ODT_MIME_TYPE), ODT_MIME_TYPE, strlen (ODT_MIME_TYPE));

  /* A report naming the child is refused, and nothing is written */
  {
    g_autoptr(CliResult) r = run_cli ("--database", fixture->path, "report", "final", DIRTY,
                                      "--output", refused_pdf, NULL);

    g_assert_cmpint (r->status, ==, CR_CLI_EXIT_FAILED);
    g_assert_nonnull (strstr (r->err, "1 identifying detail remains in the report"));
    g_assert_nonnull (strstr (r->err, "check-anonymisation " DIRTY));
    g_assert_nonnull (strstr (r->err, "--draft"));
    g_assert_false (g_file_test (refused_pdf, G_FILE_TEST_EXISTS));
  }

  /* …but a draft may be written, marked as such */
  {
    g_autoptr(CliResult) r = run_cli ("--database", fixture->path, "report", "final", DIRTY,
                                      "--output", draft_pdf, "--draft", NULL);

    g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
  }
  draft_text = read_pdf_text (draft_pdf);
  g_assert_nonnull (strstr (draft_text, "Child L"));
  g_assert_nonnull (strstr (draft_text, "DRAFT"));

  /* The PDF to be published is checked too: the draft still names him */
  {
    g_autoptr(CliResult) clean = run_cli ("--database", fixture->path, "check-anonymisation", CLEAN,
                                          pdf, NULL);
    g_autoptr(CliResult) dirty = run_cli ("--database", fixture->path, "check-anonymisation", DIRTY,
                                          draft_pdf, "--format", "csv", NULL);

    g_assert_cmpint (clean->status, ==, CR_CLI_EXIT_OK);
    g_assert_cmpint (dirty->status, ==, CR_CLI_EXIT_FAILED);
    g_assert_nonnull (strstr (dirty->out, "section:analysis"));
    g_assert_nonnull (strstr (dirty->out, "page:"));
  }

  /* Mistakes */
  {
    g_autofree char *txt = g_build_filename (fixture->dir, "report.txt", NULL);
    g_autoptr(CliResult) extension = run_cli ("--database", fixture->path, "report", "final", CLEAN,
                                              "-o", txt, NULL);
    g_autoptr(CliResult) no_output = run_cli ("--database", fixture->path, "report", "final", CLEAN, NULL);
    g_autoptr(CliResult) unknown = run_cli ("--database", fixture->path, "report", "final", "NB-1999-404",
                                            "-o", pdf, NULL);
    g_autoptr(CliResult) help = run_cli ("--help", NULL);

    g_assert_cmpint (extension->status, ==, CR_CLI_EXIT_USAGE);
    g_assert_nonnull (strstr (extension->err, ".odt"));
    g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
    g_assert_cmpint (no_output->status, ==, CR_CLI_EXIT_USAGE);
    g_assert_cmpint (unknown->status, ==, CR_CLI_EXIT_FAILED);
    g_assert_nonnull (strstr (unknown->err, "No case with reference"));
    g_assert_nonnull (strstr (help->out, "report final"));
    g_assert_nonnull (strstr (help->out, "check-anonymisation"));
    g_assert_nonnull (strstr (help->out, "briefing"));
  }
}

static void
test_dismissal (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autoptr(CliResult) csv = run_cli ("--database", fixture->path, "check-anonymisation", DIRTY,
                                      "--format", "csv", NULL);
  g_autoptr(GPtrArray) records = parse_csv (csv->out);
  g_autoptr(CrAnonymisationDismissal) dismissal = cr_anonymisation_dismissal_new ();
  GStrv heading = g_ptr_array_index (records, 0);
  GStrv hit = g_ptr_array_index (records, 1);

  g_assert_cmpint (csv->status, ==, CR_CLI_EXIT_FAILED);

  /* Someone decided the name may stay, and why */
  {
    g_autoptr(CrDatabase) db = cr_test_open_database (fixture->path);

    cr_record_set_case_id (CR_RECORD (dismissal), fixture->dirty_id);
    cr_record_set (CR_RECORD (dismissal), "hit-key", hit[csv_column (heading, "key")]);
    cr_record_set (CR_RECORD (dismissal), "kind", hit[csv_column (heading, "kind")]);
    cr_record_set (CR_RECORD (dismissal), "source", hit[csv_column (heading, "source")]);
    cr_record_set (CR_RECORD (dismissal), "reason", "The family asked for the name to be used.");
    cr_record_set (CR_RECORD (dismissal), "decided-by", "Sam Patel");
    save_record (db, CR_RECORD (dismissal));
    cr_database_close (db);
  }

  /* It no longer blocks: listed as dismissed in data, left out of text */
  {
    g_autoptr(CliResult) text = run_cli ("--database", fixture->path, "check-anonymisation", DIRTY, NULL);
    g_autoptr(CliResult) json = run_cli ("--database", fixture->path, "check-anonymisation", DIRTY,
                                         "--format", "json", NULL);
    g_autoptr(CliResult) final = run_cli ("--database", fixture->path, "report", "final", DIRTY,
                                          "-o", pdf, NULL);

    g_assert_cmpint (text->status, ==, CR_CLI_EXIT_OK);
    g_assert_null (strstr (text->out, "[" REAL_NAME "]"));
    g_assert_nonnull (strstr (text->out, "No identifying details to resolve; 1 dismissed."));
    g_assert_cmpint (json->status, ==, CR_CLI_EXIT_OK);
    g_assert_nonnull (strstr (json->out, "\"dismissed\": true"));
    g_assert_nonnull (strstr (json->out, "The family asked for the name to be used."));
    g_assert_cmpint (final->status, ==, CR_CLI_EXIT_OK);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  }

  /* An edit next to it brings the hit back: the check fails closed */
  {
    g_autoptr(CrDatabase) db = cr_test_open_database (fixture->path);
    g_autoptr(CliResult) again = NULL;

    save_section (db, fixture->dirty_id, CR_REPORT_SECTION_ANALYSIS,
                  "The nurse saw " REAL_NAME " at home with the family.");
    cr_database_close (db);
    again = run_cli ("--database", fixture->path, "check-anonymisation", DIRTY, NULL);
    g_assert_cmpint (again->status, ==, CR_CLI_EXIT_FAILED);
    g_assert_nonnull (strstr (again->out, "[" REAL_NAME "]"));
  }
}

static void
test_briefing (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "briefing.pdf", NULL);
  g_autoptr(CliResult) none = run_cli ("--database", fixture->path, "briefing", CLEAN, "-o", pdf, NULL);
  g_autoptr(CliResult) written = NULL;
  g_autoptr(CliResult) wrong = NULL;
  g_autoptr(CrBriefing) briefing = cr_briefing_new ();
  g_autofree char *text = NULL;

  /* None drafted yet: says where to draft it */
  g_assert_cmpint (none->status, ==, CR_CLI_EXIT_FAILED);
  g_assert_nonnull (strstr (none->err, "No 7-minute briefing"));
  g_assert_nonnull (strstr (none->err, "Publication"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  {
    g_autoptr(CrDatabase) db = cr_test_open_database (fixture->path);
    CrRecord *record = CR_RECORD (briefing);

    cr_record_set_case_id (record, fixture->clean_id);
    cr_record_set (record, "title", "7-minute briefing: Child K");
    cr_record_set (record, "background", "Child K was six months old.");
    cr_record_set (record, "why-it-matters", "Babies cannot speak for themselves.");
    cr_record_set (record, "learning-1", "Ask who lives in the household.");
    cr_record_set (record, "learning-2", "Share what you know about fathers.");
    cr_record_set (record, "learning-3", "Check the records of other agencies.");
    cr_record_set (record, "things-to-note", "The health visitor listened well.");
    cr_record_set (record, "what-to-do", "Read the partnership's guidance on fathers.");
    cr_record_set (record, "question-1", "Who lives in the homes you visit?");
    cr_record_set (record, "question-2", "What would you do differently?");
    cr_record_set (record, "question-3", "What will you share?");
    save_record (db, record);
    cr_database_close (db);
  }

  written = run_cli ("--database", fixture->path, "briefing", CLEAN, "--output", pdf, NULL);
  g_assert_cmpint (written->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (written->err, "name is not set"));
  text = read_pdf_text (pdf);
  g_assert_nonnull (strstr (text, "7-minute briefing: Child K"));
  g_assert_nonnull (strstr (text, "Ask who lives in the household."));
  g_assert_nonnull (strstr (text, "Who lives in the homes you visit?"));

  wrong = run_cli ("--database", fixture->path, "briefing", CLEAN, "--output", "briefing.odt", NULL);
  g_assert_cmpint (wrong->status, ==, CR_CLI_EXIT_USAGE);
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CliResult) none = run_cli ("--database", fixture->path, "check-anonymisation", NULL);
  g_autoptr(CliResult) many = run_cli ("--database", fixture->path, "check-anonymisation", CLEAN,
                                       "a.pdf", "b.pdf", NULL);
  g_autoptr(CliResult) format = run_cli ("--database", fixture->path, "check-anonymisation", CLEAN,
                                         "--format", "xml", NULL);
  g_autoptr(CliResult) password = run_cli ("--database", fixture->path, "check-anonymisation", CLEAN,
                                           "--password", "secret", NULL);
  g_autoptr(CliResult) missing = run_cli ("--database", fixture->path, "check-anonymisation", CLEAN,
                                          "no-such-file.pdf", NULL);
  g_autoptr(CliResult) unknown = run_cli ("--database", fixture->path, "check-anonymisation",
                                          "NB-1999-404", NULL);
  g_autofree char *garbage = g_build_filename (fixture->dir, "garbage.pdf", NULL);
  g_autoptr(CliResult) damaged = NULL;
  g_autoptr(CliResult) help = run_cli ("check-anonymisation", "--help", NULL);

  g_assert_cmpint (none->status, ==, CR_CLI_EXIT_USAGE);
  g_assert_cmpint (many->status, ==, CR_CLI_EXIT_USAGE);
  g_assert_cmpint (format->status, ==, CR_CLI_EXIT_USAGE);
  g_assert_nonnull (strstr (format->err, "csv, json, text"));
  g_assert_cmpint (password->status, ==, CR_CLI_EXIT_USAGE);
  g_assert_cmpint (missing->status, ==, CR_CLI_EXIT_USAGE);
  g_assert_cmpint (unknown->status, ==, CR_CLI_EXIT_FAILED);

  g_assert_true (g_file_set_contents (garbage, "%PDF-1.4 not really", -1, NULL));
  damaged = run_cli ("--database", fixture->path, "check-anonymisation", CLEAN, garbage, NULL);
  g_assert_cmpint (damaged->status, ==, CR_CLI_EXIT_USAGE);
  g_assert_nonnull (strstr (damaged->err, "garbage.pdf"));

  g_assert_cmpint (help->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (help->out, "--password"));
  g_assert_nonnull (strstr (help->out, "--format"));
}

/* The demo partnership: Baby H's report passes, and so does the PDF
 * written from it; Child J's draft keeps a real name in its analysis. */
static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "demo.db", NULL);
  g_autoptr(CliResult) demo = run_cli ("--database", path, "demo", NULL);
  g_autoptr(GPtrArray) cases = NULL;
  const char *baby_h = NULL;
  const char *child_j = NULL;

  g_assert_cmpint (demo->status, ==, CR_CLI_EXIT_OK);
  {
    g_autoptr(CrDatabase) db = cr_test_open_database (path);
    g_autoptr(GError) error = NULL;

    cases = sync_list_cases (db, &error);
    g_assert_no_error (error);
    cr_database_close (db);
  }
  for (guint i = 0; i < cases->len; i++)
    {
      CrCase *kase = g_ptr_array_index (cases, i);

      if (g_str_equal (cr_case_get_pseudonym (kase), "Baby H"))
        baby_h = cr_case_get_reference (kase);
      else if (g_str_equal (cr_case_get_pseudonym (kase), "Child J"))
        child_j = cr_case_get_reference (kase);
    }
  g_assert_nonnull (baby_h);
  g_assert_nonnull (child_j);

  {
    g_autoptr(CliResult) clean = run_cli ("--database", path, "check-anonymisation", baby_h, NULL);
    g_autoptr(CliResult) dirty = run_cli ("--database", path, "check-anonymisation", child_j, NULL);

    g_assert_cmpint (clean->status, ==, CR_CLI_EXIT_OK);
    g_assert_nonnull (strstr (clean->out, "No identifying details"));
    g_assert_cmpint (dirty->status, ==, CR_CLI_EXIT_FAILED);
    g_assert_nonnull (strstr (dirty->out, "Analysis · Real name"));
  }

  /* Baby H's final report passes its own PDF check: the findings table
   * gives its evidence (entries from Baby H's first weeks) by month and
   * year, never the exact day the check would find. */
  {
    g_autofree char *pdf = g_build_filename (fixture->dir, "baby-h.pdf", NULL);
    g_autoptr(CliResult) final = run_cli ("--database", path, "report", "final", baby_h, "-o", pdf, NULL);
    g_autoptr(CliResult) check = NULL;
    g_autofree char *text = NULL;

    g_assert_cmpint (final->status, ==, CR_CLI_EXIT_OK);
    text = read_pdf_text (pdf);
    g_assert_true (g_regex_match_simple ("(January|February|March|April|May|June|July|August|September"
                                         "|October|November|December) [0-9]{4} · Westshire Police",
                                         text, 0, 0));
    g_assert_false (g_regex_match_simple ("[0-9] (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* "
                                          "[0-9]{4} · ", text, 0, 0));

    check = run_cli ("--database", path, "check-anonymisation", baby_h, pdf, NULL);
    g_assert_cmpint (check->status, ==, CR_CLI_EXIT_OK);
    g_assert_nonnull (strstr (check->out, "No identifying details"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int status;

  setlocale (LC_ALL, "");

  /* Keep the default database path away from the user's own files. */
  home = cr_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", home, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli-report/check/clean", test_check_clean);
  ADD ("/cli-report/check/hits", test_check_hits);
  ADD ("/cli-report/final", test_report_final);
  ADD ("/cli-report/dismissal", test_dismissal);
  ADD ("/cli-report/briefing", test_briefing);
  ADD ("/cli-report/usage", test_usage);
  ADD ("/cli-report/demo", test_demo);

#undef ADD

  status = g_test_run ();
  cr_test_remove_tree (home);
  return status;
}
