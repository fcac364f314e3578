/* test-cli.c: case-reviews-cli against real database files */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTestCli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "cr-case-status.h"
#include "cr-cli.h"
#include "cr-cli-output.h"
#include "cr-demo-data.h"
#include "cr-demo-data-private.h"
#include "cr-database-review.h"
#include "cr-document.h"
#include "cr-evidence-request.h"
#include "cr-test-utils.h"
#include "cr-util.h"

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

/* Runs case-reviews-cli with @args (NULL-terminated), capturing its
 * standard output and error. */
static CliResult *
run_cliv (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  CliResult *result = g_new0 (CliResult, 1);
  char *out_buf = NULL;
  char *err_buf = NULL;
  size_t out_len = 0;
  size_t err_len = 0;
  FILE *out;
  FILE *err;

  g_ptr_array_add (argv, (gpointer) "case-reviews-cli");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  out = open_memstream (&out_buf, &out_len);
  err = open_memstream (&err_buf, &err_len);
  g_assert_nonnull (out);
  g_assert_nonnull (err);

  result->status = cr_cli_run (argv->len - 1, (char **) argv->pdata, out, err);

  fclose (out);
  fclose (err);
  /* Plain malloc()ed buffers: copy them into GLib's allocator. */
  result->out = g_strdup (out_buf);
  result->err = g_strdup (err_buf);
  free (out_buf);
  free (err_buf);

  g_test_message ("exit %d\nstdout:\n%s\nstderr:\n%s", result->status, result->out, result->err);
  return result;
}

static CliResult *
run_cli (const char *first,
         ...) G_GNUC_NULL_TERMINATED;

static CliResult *
run_cli (const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return run_cliv ((const char * const *) args->pdata);
}

/* --------------------------------------------------------------------------
 * A strict RFC 4180 reader and a strict JSON checker
 */

/* Parses CSV text into records (GPtrArray of GStrv); NULL if malformed. */
static GPtrArray *
parse_csv (const char *text)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) record = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;
  gboolean any = FALSE;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          p++;
          for (;;)
            {
              if (*p == '\0')
                return NULL;            /* unterminated quote */
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p++);
            }
          if (*p != ',' && *p != '\r' && *p != '\n' && *p != '\0')
            return NULL;                /* text after a closing quote */
        }
      else
        {
          while (*p != ',' && *p != '\r' && *p != '\n' && *p != '\0')
            {
              if (*p == '"')
                return NULL;            /* a bare quote in a field */
              g_string_append_c (field, *p++);
            }
        }

      g_strv_builder_add (record, field->str);
      g_string_truncate (field, 0);
      any = TRUE;

      if (*p == ',')
        {
          p++;
          continue;
        }
      if (*p == '\r')
        {
          p++;
          if (*p != '\n')
            return NULL;                /* RFC 4180: CRLF */
        }
      else if (*p == '\n')
        return NULL;                    /* a bare LF ends no record */
      if (*p == '\n')
        p++;
      g_ptr_array_add (records, g_strv_builder_end (record));
      g_clear_pointer (&record, g_strv_builder_unref);
      record = g_strv_builder_new ();
      any = FALSE;
    }

  if (any)
    return NULL;                        /* the last record must end with CRLF */
  return g_steal_pointer (&records);
}

static int
csv_column (GPtrArray  *records,
            const char *name)
{
  char **heading = g_ptr_array_index (records, 0);

  for (int i = 0; heading[i] != NULL; i++)
    if (g_str_equal (heading[i], name))
      return i;
  g_error ("No CSV column “%s”", name);
}

static void
skip_ws (const char **p)
{
  while (**p == ' ' || **p == '\n' || **p == '\r' || **p == '\t')
    (*p)++;
}

static gboolean json_value (const char **p,
                            int          depth);

static gboolean
json_string (const char **p)
{
  if (**p != '"')
    return FALSE;
  (*p)++;
  while (**p != '"')
    {
      unsigned char c = (unsigned char) **p;

      if (c == '\0' || c < 0x20)
        return FALSE;
      if (c == '\\')
        {
          (*p)++;
          if (**p == 'u')
            {
              for (int i = 1; i <= 4; i++)
                if (!g_ascii_isxdigit ((*p)[i]))
                  return FALSE;
              *p += 5;
              continue;
            }
          if (strchr ("\"\\/bfnrt", **p) == NULL || **p == '\0')
            return FALSE;
        }
      (*p)++;
    }
  (*p)++;
  return TRUE;
}

static gboolean
json_number (const char **p)
{
  const char *start = *p;

  if (**p == '-')
    (*p)++;
  if (**p == '0')
    (*p)++;
  else if (g_ascii_isdigit (**p))
    while (g_ascii_isdigit (**p))
      (*p)++;
  else
    return FALSE;
  if (**p == '.')
    {
      (*p)++;
      if (!g_ascii_isdigit (**p))
        return FALSE;
      while (g_ascii_isdigit (**p))
        (*p)++;
    }
  if (**p == 'e' || **p == 'E')
    {
      (*p)++;
      if (**p == '+' || **p == '-')
        (*p)++;
      if (!g_ascii_isdigit (**p))
        return FALSE;
      while (g_ascii_isdigit (**p))
        (*p)++;
    }
  return *p > start;
}

static gboolean
json_container (const char **p,
                int          depth,
                char         close)
{
  (*p)++;
  skip_ws (p);
  if (**p == close)
    {
      (*p)++;
      return TRUE;
    }
  for (;;)
    {
      if (close == '}')
        {
          if (!json_string (p))
            return FALSE;
          skip_ws (p);
          if (**p != ':')
            return FALSE;
          (*p)++;
        }
      if (!json_value (p, depth + 1))
        return FALSE;
      skip_ws (p);
      if (**p == ',')
        {
          (*p)++;
          skip_ws (p);
          continue;
        }
      if (**p != close)
        return FALSE;
      (*p)++;
      return TRUE;
    }
}

static gboolean
json_value (const char **p,
            int          depth)
{
  if (depth > 64)
    return FALSE;
  skip_ws (p);
  switch (**p)
    {
    case '{':
      return json_container (p, depth, '}');
    case '[':
      return json_container (p, depth, ']');
    case '"':
      return json_string (p);
    case 't':
      return g_str_has_prefix (*p, "true") ? (*p += 4, TRUE) : FALSE;
    case 'f':
      return g_str_has_prefix (*p, "false") ? (*p += 5, TRUE) : FALSE;
    case 'n':
      return g_str_has_prefix (*p, "null") ? (*p += 4, TRUE) : FALSE;
    default:
      return json_number (p);
    }
}

static gboolean
json_is_valid (const char *text)
{
  const char *p = text;

  if (!g_utf8_validate (text, -1, NULL) || !json_value (&p, 0))
    return FALSE;
  skip_ws (&p);
  return *p == '\0';
}

/* Counts the objects of a top-level JSON array of objects, by the lines
 * that open them at the first indentation level. */
static guint
json_count_top_objects (const char *text)
{
  guint n = 0;

  if (g_str_has_prefix (text, "[\n  {"))
    n++;
  for (const char *p = text; (p = strstr (p, "},\n  {")) != NULL; p++)
    n++;
  return n;
}

/* --------------------------------------------------------------------------
 * Fixture
 */

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = cr_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "cases.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GPtrArray *
list_cases (const char *path)
{
  g_autoptr(CrDatabase) db = cr_test_open_database (path);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *cases;

  cr_database_list_cases_async (db, NULL, cr_database_sync_cb, &res);
  cases = cr_database_list_cases_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return cases;
}

static guint
count_selected_themes (const char *path,
                       gint64      case_id)
{
  g_autoptr(CrDatabase) db = cr_test_open_database (path);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) themes = NULL;
  guint n = 0;

  cr_database_list_themes_async (db, case_id, NULL, cr_database_sync_cb, &res);
  themes = cr_database_list_themes_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < themes->len; i++)
    n += cr_theme_get_selected (g_ptr_array_index (themes, i));
  return n;
}

static void
write_demo (Fixture *fixture)
{
  g_autoptr(CliResult) r = run_cli ("--database", fixture->path, "demo", NULL);

  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
}

/* --------------------------------------------------------------------------
 * Usage and help
 */

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *default_path = cr_database_dup_default_path ();
  struct { const char *args[6]; const char *expect; } cases[] = {
    { { NULL }, "Commands:" },
    { { "frobnicate", NULL }, "Unknown command" },
    { { "cases", NULL }, "needs a subcommand" },
    { { "case", "list", NULL }, "cases list" },
    { { "--bogus", NULL }, "--bogus" },
    { { "cases", "list", "--bogus", NULL }, "--bogus" },
    { { "cases", "list", "extra", NULL }, "extra" },
    { { "cases", "list", "--format", "xml", NULL }, "table, csv, json" },
    { { "case", "show", NULL }, "one case reference" },
    { { "case", "show", "A", "B", NULL }, "one case reference" },
    { { "case", "show", "X", "--format", "csv", NULL }, "json, text" },
    { { "bench", "register", "--cases", "0", NULL }, "between 1 and" },
    { { "bench", "register", "--cases", "many", NULL }, "many" },
    { { "--database", NULL }, "needs a file name" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CliResult) r = run_cliv (cases[i].args);

      g_assert_cmpint (r->status, ==, CR_CLI_EXIT_USAGE);
      g_assert_nonnull (strstr (r->err, cases[i].expect));
      /* No database was created by a usage error. */
      g_assert_false (g_file_test (default_path, G_FILE_TEST_EXISTS));
    }
}

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(CliResult) r = run_cli ("--help", NULL);
  g_autoptr(CliResult) sub = NULL;
  g_autoptr(CliResult) help = NULL;
  g_autoptr(CliResult) version = NULL;
  const char *commands[] = { "init", "demo", "cases list", "case show", "agencies list",
                             "audit", "check", "bench register" };

  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
  g_assert_cmpstr (r->err, ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_assert_nonnull (strstr (r->out, commands[i]));
  g_assert_nonnull (strstr (r->out, "--database"));
  g_assert_nonnull (strstr (r->out, "Exit status:"));
  for (int code = 0; code <= 4; code++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %d  ", code);

      g_assert_nonnull (strstr (r->out, line));
    }

  sub = run_cli ("cases", "list", "--help", NULL);
  g_assert_cmpint (sub->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (sub->out, "--status=STATUS"));
  g_assert_nonnull (strstr (sub->out, "--format=FORMAT"));
  g_assert_nonnull (strstr (sub->out, "--database=FILE"));

  help = run_cli ("help", "case", "show", NULL);
  g_assert_cmpint (help->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (help->out, "--reveal"));

  version = run_cli ("--version", NULL);
  g_assert_cmpint (version->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (version->out, PACKAGE_VERSION));
}

/* --------------------------------------------------------------------------
 * init, check and broken files
 */

static void
test_init (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(CliResult) first = run_cli ("--database", fixture->path, "init", NULL);
  g_autoptr(CliResult) again = NULL;
  g_autoptr(CliResult) check = NULL;
  g_autofree char *version = g_strdup_printf ("Schema version: %d\n", cr_database_get_latest_schema_version ());
  GStatBuf st;

  g_assert_cmpint (first->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (first->out, fixture->path));
  g_assert_nonnull (strstr (first->out, version));
  g_assert_nonnull (strstr (first->out, "Created"));
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);

  /* The option may come after the command too. */
  again = run_cli ("init", "--database", fixture->path, NULL);
  g_assert_cmpint (again->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (again->out, "already there"));

  check = run_cli ("-d", fixture->path, "check", NULL);
  g_assert_cmpint (check->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (check->out, "Result: ok"));
}

static void
test_missing_database (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *commands[][3] = {
    { "cases", "list", NULL }, { "agencies", "list", NULL }, { "check", NULL, NULL },
    { "case", "show", "NB-2026-001" }, { "audit", "NB-2026-001", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(CliResult) r = run_cli ("--database", fixture->path, commands[i][0],
                                        commands[i][1], commands[i][2], NULL);

      g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OPEN);
      g_assert_true (g_str_has_prefix (r->err, "case-reviews-cli: "));
      g_assert_nonnull (strstr (r->err, "init"));
      g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
    }
}

static void
test_garbage_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CliResult) check = NULL;
  g_autoptr(CliResult) list = NULL;
  g_autofree char *after = NULL;
  char garbage[8192];
  gsize length;

  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (char) g_test_rand_int_range (0, 256);
  memcpy (garbage, "This is not SQLite", 18);
  g_file_set_contents (fixture->path, garbage, sizeof garbage, &error);
  g_assert_no_error (error);

  check = run_cli ("--database", fixture->path, "check", NULL);
  g_assert_cmpint (check->status, ==, CR_CLI_EXIT_OPEN);
  g_assert_true (g_str_has_prefix (check->err, "case-reviews-cli: "));

  list = run_cli ("--database", fixture->path, "cases", "list", NULL);
  g_assert_cmpint (list->status, ==, CR_CLI_EXIT_OPEN);

  /* The file is left exactly as it was. */
  g_file_get_contents (fixture->path, &after, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, length, garbage, sizeof garbage);
}

static void
set_user_version (const char *path,
                  int         version)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static int
get_user_version (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return version;
}

static void
test_too_new (Fixture       *fixture,
              gconstpointer  data)
{
  int newer = cr_database_get_latest_schema_version () + 1;
  g_autoptr(CliResult) init = run_cli ("--database", fixture->path, "init", NULL);
  g_autoptr(CliResult) check = NULL;
  g_autoptr(CliResult) list = NULL;
  g_autoptr(CliResult) demo = NULL;

  g_assert_cmpint (init->status, ==, CR_CLI_EXIT_OK);
  set_user_version (fixture->path, newer);

  check = run_cli ("--database", fixture->path, "check", NULL);
  g_assert_cmpint (check->status, ==, CR_CLI_EXIT_OPEN);
  g_assert_true (g_str_has_prefix (check->err, "case-reviews-cli: "));
  g_assert_cmpuint (strlen (check->err), >, strlen ("case-reviews-cli: ") + 20);

  list = run_cli ("--database", fixture->path, "cases", "list", NULL);
  g_assert_cmpint (list->status, ==, CR_CLI_EXIT_OPEN);
  demo = run_cli ("--database", fixture->path, "demo", NULL);
  g_assert_cmpint (demo->status, ==, CR_CLI_EXIT_OPEN);

  /* Nothing downgraded or rewrote the newer file. */
  g_assert_cmpint (get_user_version (fixture->path), ==, newer);
}

static void
fake_os_user (sqlite3_context  *context,
              int               argc,
              sqlite3_value   **argv)
{
  sqlite3_result_text (context, "test", -1, SQLITE_STATIC);
}

static void
test_check_problems (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CliResult) init = run_cli ("--database", fixture->path, "init", NULL);
  g_autoptr(CliResult) check = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (init->status, ==, CR_CLI_EXIT_OK);

  /* A theme link to a case that does not exist, written behind the
   * application's back: the file opens, but the check must fail. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  sqlite3_create_function (db, "cr_os_user", 0, SQLITE_UTF8, NULL, fake_os_user, NULL, NULL);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = OFF;"
                                     "INSERT INTO case_themes (case_id, theme_id) VALUES (4242, 1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  check = run_cli ("--database", fixture->path, "check", NULL);
  g_assert_cmpint (check->status, ==, CR_CLI_EXIT_FAILED);
  g_assert_nonnull (strstr (check->out, "Result: problems found"));
  g_assert_nonnull (strstr (check->out, "case_themes"));
  g_assert_true (g_str_has_prefix (check->err, "case-reviews-cli: "));
}

/* --------------------------------------------------------------------------
 * demo
 */

static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) again_cases = NULL;
  g_autoptr(CliResult) demo = run_cli ("--database", fixture->path, "demo", NULL);
  g_autoptr(CliResult) refused = NULL;
  g_autoptr(CliResult) forced = NULL;
  g_autoptr(GHashTable) years = g_hash_table_new (NULL, NULL);
  gboolean seen[CR_CASE_STATUS_LAST + 1] = { FALSE };
  GDate today;

  g_assert_cmpint (demo->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (demo->out, "Added"));

  /* Closed cleanly: everything is in the database file itself, so a copy
   * of that file alone loses nothing. */
  {
    g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
    GStatBuf st;

    if (g_stat (wal, &st) == 0)
      g_assert_cmpint (st.st_size, ==, 0);
  }

  cr_date_set_today (&today);
  cases = list_cases (fixture->path);
  g_assert_cmpuint (cases->len, >=, 14);
  g_assert_cmpuint (cases->len, ==, cr_demo_data_get_n_cases ());

  for (guint i = 0; i < cases->len; i++)
    {
      CrCase *kase = g_ptr_array_index (cases, i);
      g_autoptr(GError) error = NULL;
      const char *dates[] = {
        cr_case_get_incident_date (kase), cr_case_get_aware_date (kase),
        cr_case_get_notified_date (kase), cr_case_get_decision_date (kase),
        cr_case_get_publication_date (kase),
      };
      guint n_themes = 0;

      seen[cr_case_get_status (kase)] = TRUE;
      g_assert_true (cr_case_validate (kase, &error));
      g_assert_no_error (error);
      if (cr_case_get_status (kase) == CR_CASE_STATUS_PAUSED)
        g_assert_true (cr_case_status_can_pause (cr_case_get_paused_from (kase)));

      for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
        {
          GDate date;

          if (dates[d] == NULL)
            continue;
          g_assert_true (cr_date_parse_iso (dates[d], &date));
          g_assert_cmpint (g_date_compare (&date, &today), <, 0);
        }
      g_assert_nonnull (cr_case_get_aware_date (kase));
      g_hash_table_add (years, GINT_TO_POINTER (cr_case_get_year (kase)));

      g_assert_nonnull (cr_case_get_agencies (kase));
      g_assert_nonnull (cr_case_get_themes (kase));
      n_themes = count_selected_themes (fixture->path, cr_case_get_id (kase));
      g_assert_cmpuint (n_themes, >=, 2);
      g_assert_cmpuint (n_themes, <=, 4);
    }

  for (int s = 0; s <= CR_CASE_STATUS_LAST; s++)
    {
      if (!seen[s])
        g_error ("No demo case is in status “%s”", cr_case_status_to_nick ((CrCaseStatus) s));
    }
  g_assert_cmpuint (g_hash_table_size (years), >=, 3);

  /* A database holding cases is refused… */
  refused = run_cli ("--database", fixture->path, "demo", NULL);
  g_assert_cmpint (refused->status, ==, CR_CLI_EXIT_FAILED);
  g_assert_nonnull (strstr (refused->err, "--force"));

  /* …and --force adds only what is missing: here, nothing. */
  forced = run_cli ("--database", fixture->path, "demo", "--force", NULL);
  g_assert_cmpint (forced->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (forced->out, "nothing was added"));
  again_cases = list_cases (fixture->path);
  g_assert_cmpuint (again_cases->len, ==, cases->len);
}

static void
test_demo_force (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CliResult) refused = NULL;
  g_autoptr(CliResult) forced = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(CrCase) own = NULL;

  {
    g_autoptr(CrDatabase) db = cr_test_open_database (fixture->path);
    g_autoptr(GAsyncResult) res = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(CrCase) kase = cr_case_new ();

    cr_case_set_reference (kase, "OWN-2026-001");
    cr_case_set_pseudonym (kase, "Child Own");
    cr_case_set_summary (kase, "A partnership's own case, which the demo must leave alone.");
    cr_database_create_case_async (db, kase, NULL, cr_database_sync_cb, &res);
    own = cr_database_create_case_finish (db, cr_database_wait (&res), &error);
    g_assert_no_error (error);
  }

  refused = run_cli ("--database", fixture->path, "demo", NULL);
  g_assert_cmpint (refused->status, ==, CR_CLI_EXIT_FAILED);
  g_assert_nonnull (strstr (refused->err, "1 case"));
  cases = list_cases (fixture->path);
  g_assert_cmpuint (cases->len, ==, 1);
  g_clear_pointer (&cases, g_ptr_array_unref);

  forced = run_cli ("--database", fixture->path, "demo", "--force", NULL);
  g_assert_cmpint (forced->status, ==, CR_CLI_EXIT_OK);
  cases = list_cases (fixture->path);
  g_assert_cmpuint (cases->len, ==, cr_demo_data_get_n_cases () + 1);
  for (guint i = 0; i < cases->len; i++)
    {
      CrCase *kase = g_ptr_array_index (cases, i);

      if (cr_case_get_id (kase) == cr_case_get_id (own))
        {
          g_assert_cmpstr (cr_case_get_pseudonym (kase), ==, "Child Own");
          g_assert_cmpstr (cr_case_get_summary (kase), ==, cr_case_get_summary (own));
          g_assert_cmpstr (cr_case_get_updated_at (kase), ==, cr_case_get_updated_at (own));
          g_assert_null (cr_case_get_agencies (kase));
        }
    }
}

static void
test_demo_people (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  guint n_children = 0;
  guint n_family = 0;
  guint n_not_known = 0;
  guint n_declined = 0;

  write_demo (fixture);
  cases = list_cases (fixture->path);
  db = cr_test_open_database (fixture->path);

  for (guint i = 0; i < cases->len; i++)
    {
      CrCase *kase = g_ptr_array_index (cases, i);
      g_autoptr(GAsyncResult) res = NULL;
      g_autoptr(GPtrArray) children = NULL;
      g_autoptr(GPtrArray) family = NULL;
      g_autoptr(GError) error = NULL;

      cr_database_list_children_async (db, cr_case_get_id (kase), NULL, cr_database_sync_cb, &res);
      children = cr_database_list_children_finish (db, cr_database_wait (&res), &error);
      g_assert_no_error (error);
      g_clear_object (&res);
      g_assert_cmpuint (children->len, >=, 1);
      g_assert_cmpuint (children->len, <=, 3);

      cr_database_list_family_async (db, cr_case_get_id (kase), NULL, cr_database_sync_cb, &res);
      family = cr_database_list_family_finish (db, cr_database_wait (&res), &error);
      g_assert_no_error (error);
      g_clear_object (&res);
      g_assert_cmpuint (family->len, >=, 1);
      n_family += family->len;

      for (guint c = 0; c < children->len; c++)
        {
          CrChild *child = g_ptr_array_index (children, c);
          g_autoptr(CrIdentity) identity = NULL;

          g_assert_null (cr_child_get_identity (child));
          cr_database_reveal_identity_async (db, "child", cr_child_get_id (child), "test-cli",
                                             NULL, cr_database_sync_cb, &res);
          identity = cr_database_reveal_identity_finish (db, cr_database_wait (&res), &error);
          g_assert_no_error (error);
          g_clear_object (&res);

          g_assert_cmpint (cr_identity_get_state (identity, CR_IDENTITY_FIELD_NAME), ==, CR_FIELD_STATE_KNOWN);
          g_assert_true (cr_identity_validate (identity, &error));
          g_assert_no_error (error);
          for (int f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
            {
              CrFieldState state = cr_identity_get_state (identity, (CrIdentityField) f);

              n_not_known += state == CR_FIELD_STATE_NOT_KNOWN;
              n_declined += state == CR_FIELD_STATE_DECLINED;
            }

          /* The age band and the date of birth agree. */
          if (cr_identity_get_state (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH) == CR_FIELD_STATE_KNOWN)
            {
              GDate birth, incident;
              guint64 age;

              g_assert_true (cr_date_parse_iso (cr_identity_get_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH), &birth));
              g_assert_true (cr_date_parse_iso (cr_case_get_incident_date (kase), &incident));
              g_assert_true (g_ascii_string_to_unsigned (cr_identity_get_value (identity, CR_IDENTITY_FIELD_AGE),
                                                         10, 0, 17, &age, NULL));
              g_assert_cmpint (g_date_days_between (&birth, &incident) / 366, <=, (int) age);
              g_assert_cmpint (g_date_days_between (&birth, &incident) / 365, >=, (int) age);
            }
        }
      n_children += children->len;
    }

  g_assert_cmpuint (n_children, >=, cases->len);
  g_assert_cmpuint (n_family, >=, cases->len);
  g_assert_cmpuint (n_not_known, >, 0);
  g_assert_cmpuint (n_declined, >, 0);
}

/* --------------------------------------------------------------------------
 * cases list
 */

static void
add_awkward_case (const char *path)
{
  g_autoptr(CrDatabase) db = cr_test_open_database (path);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(CrAgency) agency = cr_agency_new ();
  g_autoptr(CrAgency) created = NULL;
  g_autoptr(CrInvolvement) involvement = NULL;

  cr_case_set_reference (kase, "ZZ-2026-999");
  cr_case_set_pseudonym (kase, "Child \"Q\", twin");
  cr_case_set_aware_date (kase, "2026-01-05");
  cr_database_create_case_async (db, kase, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_case_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_clear_object (&res);

  cr_agency_set_name (agency, "Smith, Jones & \"Partners\" – ﾃｽﾄ 検査機関");
  cr_agency_set_sector (agency, CR_AGENCY_SECTOR_OTHER);
  cr_database_create_agency_async (db, agency, NULL, cr_database_sync_cb, &res);
  created = cr_database_create_agency_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_clear_object (&res);

  cr_database_add_involvement_async (db, cr_case_get_id (stored), cr_agency_get_id (created),
                                     "Known to agency", NULL, cr_database_sync_cb, &res);
  involvement = cr_database_add_involvement_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
}

static void
test_cases_list_csv (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CliResult) r = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GHashTable) statuses = g_hash_table_new (g_str_hash, g_str_equal);
  int col_reference, col_pseudonym, col_status, col_agencies;
  gboolean found_awkward = FALSE;

  write_demo (fixture);
  add_awkward_case (fixture->path);
  cases = list_cases (fixture->path);

  r = run_cli ("--database", fixture->path, "cases", "list", "--format", "csv", NULL);
  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (r->out, "\"Child \"\"Q\"\", twin\""));

  records = parse_csv (r->out);
  g_assert_nonnull (records);
  g_assert_cmpuint (records->len, ==, cases->len + 1);

  col_reference = csv_column (records, "reference");
  col_pseudonym = csv_column (records, "pseudonym");
  col_status = csv_column (records, "status");
  col_agencies = csv_column (records, "agencies");

  for (guint i = 1; i < records->len; i++)
    {
      char **record = g_ptr_array_index (records, i);
      CrCase *kase = g_ptr_array_index (cases, i - 1);

      g_assert_cmpuint (g_strv_length (record), ==, g_strv_length (g_ptr_array_index (records, 0)));
      /* Round trip: every field reads back as stored. */
      g_assert_cmpstr (record[col_reference], ==, cr_case_get_reference (kase));
      g_assert_cmpstr (record[col_pseudonym], ==, cr_case_get_pseudonym (kase));
      g_assert_cmpstr (record[col_agencies], ==, cr_case_get_agencies (kase) ? cr_case_get_agencies (kase) : "");
      g_hash_table_add (statuses, record[col_status]);
      if (g_str_equal (record[col_reference], "ZZ-2026-999"))
        {
          found_awkward = TRUE;
          g_assert_cmpstr (record[col_agencies], ==, "Smith, Jones & \"Partners\" – ﾃｽﾄ 検査機関");
        }
    }
  g_assert_true (found_awkward);
  g_assert_cmpuint (g_hash_table_size (statuses), ==, CR_CASE_STATUS_LAST + 1);
}

static void
test_cases_list_json (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CliResult) r = NULL;
  g_autoptr(CliResult) empty = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(CliResult) init = run_cli ("--database", fixture->path, "init", NULL);

  empty = run_cli ("--database", fixture->path, "cases", "list", "--format", "json", NULL);
  g_assert_cmpint (empty->status, ==, CR_CLI_EXIT_OK);
  g_assert_true (json_is_valid (empty->out));
  g_assert_cmpuint (json_count_top_objects (empty->out), ==, 0);

  write_demo (fixture);
  add_awkward_case (fixture->path);
  cases = list_cases (fixture->path);

  r = run_cli ("--database", fixture->path, "cases", "list", "--format", "json", NULL);
  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
  g_assert_true (json_is_valid (r->out));
  g_assert_cmpuint (json_count_top_objects (r->out), ==, cases->len);
  g_assert_nonnull (strstr (r->out, "\"pseudonym\": \"Child \\\"Q\\\", twin\""));
  g_assert_nonnull (strstr (r->out, "\"status\": \"lcspr-analysis\""));
  g_assert_nonnull (strstr (r->out, "\"paused_from\": \"lcspr-analysis\""));
  g_assert_nonnull (strstr (r->out, "\"days_left\": "));
}

static void
test_cases_list_table (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CliResult) r = NULL;
  g_autoptr(CliResult) closed = NULL;
  g_auto(GStrv) lines = NULL;
  gsize pseudonym_column;
  gboolean truncated = FALSE;

  write_demo (fixture);
  add_awkward_case (fixture->path);

  r = run_cli ("--database", fixture->path, "cases", "list", NULL);
  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
  g_assert_true (g_utf8_validate (r->out, -1, NULL));

  lines = g_strsplit (r->out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "Reference"));
  g_assert_nonnull (strstr (lines[0], "Next deadline"));
  pseudonym_column = strstr (lines[0], "Pseudonym") - lines[0];

  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      /* References are ASCII: every pseudonym starts in the same column,
       * and no line holds a control character or trails spaces. */
      g_assert_cmpint (lines[i][pseudonym_column - 1], ==, ' ');
      g_assert_cmpint (lines[i][pseudonym_column], !=, ' ');
      g_assert_cmpint (lines[i][strlen (lines[i]) - 1], !=, ' ');
      for (const char *p = lines[i]; *p != '\0'; p++)
        g_assert_false (g_ascii_iscntrl (*p));
      g_assert_cmpuint (cr_cli_text_width (lines[i]), <=, 20 + 22 + 30 + 28 + 36 + 36 + 5 * 2);
      if (strstr (lines[i], "…") != NULL)
        truncated = TRUE;
    }
  g_assert_true (truncated);
  g_assert_nonnull (strstr (r->out, "Child \"Q\", twin"));

  closed = run_cli ("--database", fixture->path, "cases", "list", "--status", "closed",
                    "--format", "table", NULL);
  g_assert_cmpint (closed->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (closed->out, "Closed"));
  g_assert_null (strstr (closed->out, "Referred"));
}

static void
test_cases_list_status (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CliResult) bad = NULL;
  g_autoptr(GPtrArray) cases = NULL;

  write_demo (fixture);
  cases = list_cases (fixture->path);

  for (int s = 0; s <= CR_CASE_STATUS_LAST; s++)
    {
      const char *nick = cr_case_status_to_nick ((CrCaseStatus) s);
      g_autoptr(CliResult) r = run_cli ("--database", fixture->path, "cases", "list",
                                        "--status", nick, "--format", "csv", NULL);
      g_autoptr(GPtrArray) records = parse_csv (r->out);
      guint expected = 0;
      int col;

      g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
      g_assert_nonnull (records);
      for (guint i = 0; i < cases->len; i++)
        expected += cr_case_get_status (g_ptr_array_index (cases, i)) == (CrCaseStatus) s;
      g_assert_cmpuint (records->len - 1, ==, expected);

      col = csv_column (records, "status");
      for (guint i = 1; i < records->len; i++)
        g_assert_cmpstr (((char **) g_ptr_array_index (records, i))[col], ==, nick);
    }

  bad = run_cli ("--database", fixture->path, "cases", "list", "--status", "finished", NULL);
  g_assert_cmpint (bad->status, ==, CR_CLI_EXIT_USAGE);
  g_assert_nonnull (strstr (bad->err, "finished"));
  g_assert_nonnull (strstr (bad->err, "rapid-review"));
  g_assert_nonnull (strstr (bad->err, "national-review"));
  g_assert_cmpstr (bad->out, ==, "");
}

/* --------------------------------------------------------------------------
 * case show and audit
 */

static guint
count_reveals (Fixture    *fixture,
               const char *reference)
{
  g_autoptr(CliResult) r = run_cli ("--database", fixture->path, "audit", reference,
                                    "--format", "csv", NULL);
  g_autoptr(GPtrArray) records = parse_csv (r->out);
  guint n = 0;
  int col;

  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (records);
  g_assert_cmpuint (records->len, >, 1);
  col = csv_column (records, "action");
  for (guint i = 1; i < records->len; i++)
    n += g_str_equal (((char **) g_ptr_array_index (records, i))[col], "reveal");
  return n;
}

static void
test_case_show (Fixture       *fixture,
                gconstpointer  data)
{
  const CrDemoCase *spec;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(CliResult) text = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(CliResult) revealed = NULL;
  g_autoptr(CliResult) revealed_json = NULL;
  g_autoptr(CliResult) unknown = NULL;
  g_autoptr(CliResult) audit_json = NULL;
  const char *reference = NULL;
  guint n_cases;
  guint n_people = 0;

  write_demo (fixture);
  cases = list_cases (fixture->path);
  spec = _cr_demo_data_get_cases (&n_cases);

  /* The first demo case, found by its pseudonym. */
  for (guint i = 0; i < cases->len && reference == NULL; i++)
    if (g_str_equal (cr_case_get_pseudonym (g_ptr_array_index (cases, i)), spec[0].pseudonym))
      reference = cr_case_get_reference (g_ptr_array_index (cases, i));
  g_assert_nonnull (reference);
  for (guint i = 0; i < CR_DEMO_MAX_CHILDREN && spec[0].children[i].pseudonym; i++)
    n_people++;
  for (guint i = 0; i < CR_DEMO_MAX_FAMILY && spec[0].family[i].pseudonym; i++)
    n_people++;

  text = run_cli ("--database", fixture->path, "case", "show", reference, NULL);
  g_assert_cmpint (text->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (text->out, reference));
  g_assert_nonnull (strstr (text->out, spec[0].children[0].pseudonym));
  g_assert_nonnull (strstr (text->out, spec[0].family[0].pseudonym));
  g_assert_nonnull (strstr (text->out, "--reveal"));
  g_assert_null (strstr (text->out, spec[0].children[0].name));
  g_assert_null (strstr (text->out, spec[0].family[0].name));

  json = run_cli ("--database", fixture->path, "case", "show", reference, "--format", "json", NULL);
  g_assert_cmpint (json->status, ==, CR_CLI_EXIT_OK);
  g_assert_true (json_is_valid (json->out));
  g_assert_null (strstr (json->out, spec[0].children[0].name));
  g_assert_null (strstr (json->out, "\"identity\""));
  g_assert_nonnull (strstr (json->out, "\"restricted_revealed\": false"));

  /* Showing without --reveal read nothing restricted. */
  g_assert_cmpuint (count_reveals (fixture, reference), ==, 0);

  revealed = run_cli ("--database", fixture->path, "case", "show", reference, "--reveal", NULL);
  g_assert_cmpint (revealed->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (revealed->out, spec[0].children[0].name));
  g_assert_nonnull (strstr (revealed->out, spec[0].family[0].name));
  g_assert_cmpuint (count_reveals (fixture, reference), ==, n_people);

  revealed_json = run_cli ("--database", fixture->path, "case", "show", reference,
                           "--reveal", "--format", "json", NULL);
  g_assert_cmpint (revealed_json->status, ==, CR_CLI_EXIT_OK);
  g_assert_true (json_is_valid (revealed_json->out));
  g_assert_nonnull (strstr (revealed_json->out, spec[0].children[0].name));
  g_assert_nonnull (strstr (revealed_json->out, "\"restricted_revealed\": true"));
  g_assert_cmpuint (count_reveals (fixture, reference), ==, 2 * n_people);

  /* The trail records the reason, never the revealed values. */
  audit_json = run_cli ("--database", fixture->path, "audit", reference, "--format", "json", NULL);
  g_assert_cmpint (audit_json->status, ==, CR_CLI_EXIT_OK);
  g_assert_true (json_is_valid (audit_json->out));
  g_assert_nonnull (strstr (audit_json->out, "case-reviews-cli case show --reveal"));
  g_assert_null (strstr (audit_json->out, spec[0].children[0].name));

  unknown = run_cli ("--database", fixture->path, "case", "show", "NB-1999-404", NULL);
  g_assert_cmpint (unknown->status, ==, CR_CLI_EXIT_FAILED);
  g_assert_true (g_str_has_prefix (unknown->err, "case-reviews-cli: No case with reference “NB-1999-404”"));
  g_assert_cmpstr (unknown->out, ==, "");
}

static void
test_audit_unknown (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CliResult) init = run_cli ("--database", fixture->path, "init", NULL);
  g_autoptr(CliResult) r = run_cli ("--database", fixture->path, "audit", "NOPE-1", NULL);

  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_FAILED);
  g_assert_nonnull (strstr (r->err, "No case with reference"));
}

/* --------------------------------------------------------------------------
 * report rapid-review
 */

/* The text of every page of the PDF at @path, lines joined by spaces. */
static char *
read_pdf_text (const char *path,
               guint      *n_pages)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  *n_pages = poppler_document_get_n_pages (document);
  for (guint i = 0; i < *n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append_printf (text, "%s\f", page_text);
      g_object_unref (page);
    }
  g_object_unref (document);
  return g_strdelimit (g_string_free (g_steal_pointer (&text), FALSE), "\n", ' ');
}

static void
test_report_rapid_review (Fixture       *fixture,
                          gconstpointer  data)
{
  const CrDemoCase *spec;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(CliResult) r = NULL;
  g_autoptr(CliResult) again = NULL;
  g_autoptr(CliResult) help = NULL;
  g_autofree char *output = g_build_filename (fixture->dir, "rapid review.pdf", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "rr.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GSettings) settings = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  const char *reference = NULL;
  guint n_cases;
  guint n_pages = 0;
  GStatBuf st;

  write_demo (fixture);
  cases = list_cases (fixture->path);
  spec = _cr_demo_data_get_cases (&n_cases);
  for (guint i = 0; i < cases->len && reference == NULL; i++)
    if (g_str_equal (cr_case_get_pseudonym (g_ptr_array_index (cases, i)), spec[0].pseudonym))
      reference = cr_case_get_reference (g_ptr_array_index (cases, i));
  g_assert_nonnull (reference);

  /* The partnership's name comes from the preferences (memory backend). */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.casereviews.CaseReviews", TRUE);
  if (schema != NULL)
    {
      settings = g_settings_new_full (schema, NULL, NULL);
      g_settings_set_string (settings, "partnership-name", "Northbridge Test Partnership");
      g_settings_set_string (settings, "local-authority", "Northbridge Test Council");
    }

  r = run_cli ("--database", fixture->path, "report", "rapid-review", reference,
               "--output", output, NULL);
  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
  g_assert_cmpstr (r->err, ==, "");
  g_assert_nonnull (strstr (r->out, output));
  g_assert_cmpint (g_stat (output, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  text = read_pdf_text (output, &n_pages);
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_nonnull (strstr (text, "Rapid Review Report"));
  g_assert_nonnull (strstr (text, reference));
  g_assert_nonnull (strstr (text, "12. Sign-off by the safeguarding partners"));
  g_assert_nonnull (strstr (text, spec[0].children[0].pseudonym));
  g_assert_nonnull (strstr (text, "OFFICIAL-SENSITIVE"));
  if (settings != NULL)
    {
      g_assert_nonnull (strstr (text, "Northbridge Test Partnership"));
      g_assert_nonnull (strstr (text, "Northbridge Test Council"));
    }
  /* Pseudonyms only: no demo name or address reaches the report. */
  for (guint i = 0; i < CR_DEMO_MAX_CHILDREN && spec[0].children[i].pseudonym; i++)
    {
      g_assert_null (strstr (text, spec[0].children[i].name));
      if (spec[0].children[i].address != NULL && spec[0].children[i].address[0] != '\001')
        g_assert_null (strstr (text, spec[0].children[i].address));
    }
  for (guint i = 0; i < CR_DEMO_MAX_FAMILY && spec[0].family[i].pseudonym; i++)
    g_assert_null (strstr (text, spec[0].family[i].name));

  /* Short option, over the existing file. */
  again = run_cli ("--database", fixture->path, "report", "rapid-review", reference,
                   "-o", output, NULL);
  g_assert_cmpint (again->status, ==, CR_CLI_EXIT_OK);

  /* Mistakes: no --output, no reference, an unknown reference, a folder,
   * a folder that does not exist. */
  {
    g_autoptr(CliResult) no_output = run_cli ("--database", fixture->path, "report", "rapid-review",
                                              reference, NULL);
    g_autoptr(CliResult) no_reference = run_cli ("--database", fixture->path, "report", "rapid-review",
                                                 "-o", output, NULL);
    g_autoptr(CliResult) no_subcommand = run_cli ("--database", fixture->path, "report", NULL);
    g_autoptr(CliResult) unknown = run_cli ("--database", fixture->path, "report", "rapid-review",
                                            "NB-1999-404", "-o", output, NULL);
    g_autoptr(CliResult) folder = run_cli ("--database", fixture->path, "report", "rapid-review",
                                           reference, "-o", fixture->dir, NULL);
    g_autoptr(CliResult) nowhere = run_cli ("--database", fixture->path, "report", "rapid-review",
                                            reference, "-o", missing, NULL);

    g_assert_cmpint (no_output->status, ==, CR_CLI_EXIT_USAGE);
    g_assert_nonnull (strstr (no_output->err, "--output"));
    g_assert_cmpint (no_reference->status, ==, CR_CLI_EXIT_USAGE);
    g_assert_nonnull (strstr (no_reference->err, "one case reference"));
    g_assert_cmpint (no_subcommand->status, ==, CR_CLI_EXIT_USAGE);
    g_assert_nonnull (strstr (no_subcommand->err, "report rapid-review"));
    g_assert_cmpint (unknown->status, ==, CR_CLI_EXIT_FAILED);
    g_assert_nonnull (strstr (unknown->err, "No case with reference"));
    g_assert_cmpint (folder->status, ==, CR_CLI_EXIT_FAILED);
    g_assert_nonnull (strstr (folder->err, "folder"));
    g_assert_cmpint (nowhere->status, ==, CR_CLI_EXIT_FAILED);
    g_assert_nonnull (strstr (nowhere->err, missing));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  help = run_cli ("--help", NULL);
  g_assert_nonnull (strstr (help->out, "report rapid-review"));

  if (settings != NULL)
    {
      g_settings_reset (settings, "partnership-name");
      g_settings_reset (settings, "local-authority");
    }
}

/* --------------------------------------------------------------------------
 * agencies list
 */

static void
test_agencies_list (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CliResult) csv = NULL;
  g_autoptr(CliResult) all = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(CliResult) table = NULL;
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) every = NULL;
  const CrDemoAgency *agencies;
  guint n_agencies, n_archived = 0;
  int col_archived, col_email;

  write_demo (fixture);
  agencies = _cr_demo_data_get_agencies (&n_agencies);
  for (guint i = 0; i < n_agencies; i++)
    n_archived += agencies[i].archived;
  g_assert_cmpuint (n_agencies - n_archived, >=, 12);
  g_assert_cmpuint (n_archived, >=, 1);

  csv = run_cli ("--database", fixture->path, "agencies", "list", "--format", "csv", NULL);
  g_assert_cmpint (csv->status, ==, CR_CLI_EXIT_OK);
  active = parse_csv (csv->out);
  g_assert_nonnull (active);
  g_assert_cmpuint (active->len - 1, ==, n_agencies - n_archived);
  col_email = csv_column (active, "contact_email");
  for (guint i = 1; i < active->len; i++)
    g_assert_true (g_str_has_suffix (((char **) g_ptr_array_index (active, i))[col_email], "@example.org"));

  all = run_cli ("--database", fixture->path, "agencies", "list", "--all", "--format", "csv", NULL);
  g_assert_cmpint (all->status, ==, CR_CLI_EXIT_OK);
  every = parse_csv (all->out);
  g_assert_nonnull (every);
  g_assert_cmpuint (every->len - 1, ==, n_agencies);
  col_archived = csv_column (every, "archived");
  {
    guint archived = 0;

    for (guint i = 1; i < every->len; i++)
      archived += g_str_equal (((char **) g_ptr_array_index (every, i))[col_archived], "true");
    g_assert_cmpuint (archived, ==, n_archived);
  }

  json = run_cli ("--database", fixture->path, "agencies", "list", "--all", "--format", "json", NULL);
  g_assert_cmpint (json->status, ==, CR_CLI_EXIT_OK);
  g_assert_true (json_is_valid (json->out));
  g_assert_cmpuint (json_count_top_objects (json->out), ==, n_agencies);
  g_assert_nonnull (strstr (json->out, "\"archived\": true"));
  g_assert_nonnull (strstr (json->out, "\"case_count\": "));

  table = run_cli ("--database", fixture->path, "agencies", "list", NULL);
  g_assert_cmpint (table->status, ==, CR_CLI_EXIT_OK);
  g_assert_true (g_str_has_prefix (table->out, "Agency"));
}

/* --------------------------------------------------------------------------
 * The writers on their own
 */

static void
test_writers (void)
{
  g_autoptr(GString) record = g_string_new (NULL);
  g_autoptr(GString) json_out = g_string_new (NULL);
  g_autoptr(CrCliJson) json = cr_cli_json_new (json_out);
  g_autoptr(GPtrArray) parsed = NULL;
  g_autofree char *fit = NULL;
  g_autofree char *cut = NULL;
  g_autofree char *wide = NULL;
  char **fields;

  cr_cli_csv_append_field (record, "plain", TRUE);
  cr_cli_csv_append_field (record, "with, comma", FALSE);
  cr_cli_csv_append_field (record, "say \"hi\"", FALSE);
  cr_cli_csv_append_field (record, "two\nlines", FALSE);
  cr_cli_csv_append_field (record, " padded", FALSE);
  cr_cli_csv_append_field (record, NULL, FALSE);
  cr_cli_csv_end_record (record);
  g_assert_cmpstr (record->str, ==,
                   "plain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n");
  parsed = parse_csv (record->str);
  g_assert_nonnull (parsed);
  g_assert_cmpuint (parsed->len, ==, 1);
  fields = g_ptr_array_index (parsed, 0);
  g_assert_cmpstr (fields[3], ==, "two\nlines");
  g_assert_cmpstr (fields[5], ==, "");

  cr_cli_json_begin_object (json);
  cr_cli_json_member_string (json, "text", "quote \" backslash \\ nl \n tab \t bell \a del \x7f ls \u2028 é");
  cr_cli_json_member_string (json, "bad utf8", "a\xff" "b");
  cr_cli_json_member_string (json, "null", NULL);
  cr_cli_json_member_int (json, "int", -42);
  cr_cli_json_key (json, "empty");
  cr_cli_json_begin_array (json);
  cr_cli_json_end_array (json);
  cr_cli_json_end_object (json);
  g_clear_pointer (&json, cr_cli_json_free);
  g_assert_true (json_is_valid (json_out->str));
  g_assert_nonnull (strstr (json_out->str, "quote \\\" backslash \\\\ nl \\n tab \\t bell \\u0007 del \\u007f ls \\u2028 é"));
  g_assert_nonnull (strstr (json_out->str, "\"a\xef\xbf\xbd" "b\""));
  g_assert_nonnull (strstr (json_out->str, "\"null\": null"));
  g_assert_nonnull (strstr (json_out->str, "\"empty\": []"));

  /* Terminal safety and width. */
  fit = cr_cli_text_fit ("red\x1b[31m\nnext\tcol", 0);
  g_assert_null (strchr (fit, '\x1b'));
  g_assert_null (strchr (fit, '\n'));
  g_assert_null (strchr (fit, '\t'));
  g_free (fit);
  fit = cr_cli_text_fit ("abc\u202Edef\u2066g", 0);
  g_assert_cmpstr (fit, ==, "abc\uFFFDdef\uFFFDg");
  g_assert_cmpuint (cr_cli_text_width ("日本語"), ==, 6);
  g_assert_cmpuint (cr_cli_text_width ("e\xcc\x81"), ==, 1);   /* e + combining acute */
  cut = cr_cli_text_fit ("Northbridge Royal Infirmary", 10);
  g_assert_cmpstr (cut, ==, "Northbrid…");
  wide = cr_cli_text_fit ("日本語のテキスト", 7);
  g_assert_cmpuint (cr_cli_text_width (wide), <=, 7);
  g_assert_true (g_str_has_suffix (wide, "…"));
  g_assert_true (g_str_has_prefix (wide, "日本語"));
}

static void
test_table_fit (void)
{
  const CrCliColumn columns[] = {
    { "id", N_("Id"), CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_ALL, 0 },
    { "name", N_("Name"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 30 },
    { "notes", N_("Notes"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 40 },
    { "secret", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  };
  g_autoptr(CrCliTable) table = cr_cli_table_new (columns, G_N_ELEMENTS (columns));
  g_autofree char *full = NULL;
  g_autofree char *narrow = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  cr_cli_table_add_row (table);
  cr_cli_table_set_int (table, 0, 7);
  cr_cli_table_set (table, 1, "Northbridge Royal Infirmary NHS Trust");
  cr_cli_table_set (table, 2, "A long note about the case that goes on and on for a while");
  cr_cli_table_set (table, 3, "data only");
  cr_cli_table_add_row (table);
  cr_cli_table_set_int (table, 0, 1234);
  cr_cli_table_set (table, 1, "短い名前");

  full = cr_cli_table_to_string (table, CR_CLI_FORMAT_TABLE);
  g_assert_null (strstr (full, "data only"));
  lines = g_strsplit (full, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "  Id  Name                            Notes");
  g_assert_cmpuint (cr_cli_text_width (lines[1]), ==, 4 + 2 + 30 + 2 + 40);
  g_assert_true (g_str_has_prefix (lines[1], "   7  Northbridge Royal Infirmary N…  A long"));
  g_assert_cmpstr (lines[2], ==, "1234  短い名前");

  /* Fitted to 60 columns: Notes gives way before Name. */
  cr_cli_table_set_width_limit (table, 60);
  narrow = cr_cli_table_to_string (table, CR_CLI_FORMAT_TABLE);
  g_clear_pointer (&lines, g_strfreev);
  lines = g_strsplit (narrow, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpuint (cr_cli_text_width (lines[i]), <=, 60);
  g_assert_true (g_str_has_prefix (lines[1], "   7  Northbridge Royal Infirmary N…  "));

  csv = cr_cli_table_to_string (table, CR_CLI_FORMAT_CSV);
  g_assert_cmpstr (csv, ==,
                   "id,name,notes,secret\r\n"
                   "7,Northbridge Royal Infirmary NHS Trust,A long note about the case that goes on and on for a while,data only\r\n"
                   "1234,短い名前,,\r\n");
}

/* --------------------------------------------------------------------------
 * bench register (small)
 */

static void
test_bench (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(CliResult) r = run_cli ("bench", "register", "--cases", "220", NULL);

  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (r->out, "220 cases"));
  g_assert_nonnull (strstr (r->out, "raw sqlite3 baseline"));
  g_assert_nonnull (strstr (r->out, "application / baseline"));
  g_assert_nonnull (strstr (r->out, "ru_maxrss"));
  g_assert_nonnull (strstr (r->out, "SQLite 3."));
}

/* --------------------------------------------------------------------------
 * working-days and deadlines
 */

static void
assert_cli_out (const char * const *args,
                const char         *expected)
{
  g_autoptr(CliResult) r = run_cliv (args);

  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_OK);
  g_assert_cmpstr (r->err, ==, "");
  g_assert_cmpstr (r->out, ==, expected);
}

static void
assert_cli_usage (const char * const *args,
                  const char         *fragment)
{
  g_autoptr(CliResult) r = run_cliv (args);

  g_assert_cmpint (r->status, ==, CR_CLI_EXIT_USAGE);
  g_assert_cmpstr (r->out, ==, "");
  if (strstr (r->err, fragment) == NULL)
    g_error ("“%s” does not say “%s”", r->err, fragment);
}

static void
test_working_days (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Thursday 22 Dec 2022 + 5: over Christmas and the New Year substitute */
  assert_cli_out ((const char *[]) { "working-days", "add", "2022-12-22", "5", NULL }, "2023-01-03\n");
  assert_cli_out ((const char *[]) { "working-days", "add", "22/12/2022", "5", "--closed", "23/12/2022", NULL },
                  "2023-01-04\n");
  assert_cli_out ((const char *[]) { "working-days", "add", "2022-12-22", "5", "-c", "2022-12-23",
                                     "--closed", "2022-12-28", NULL },
                  "2023-01-05\n");
  /* Backwards, with or without “--” */
  assert_cli_out ((const char *[]) { "working-days", "add", "2026-01-06", "-7", NULL }, "2025-12-23\n");
  assert_cli_out ((const char *[]) { "working-days", "add", "2026-01-06", "--", "-7", NULL }, "2025-12-23\n");
  assert_cli_out ((const char *[]) { "working-days", "add", "2024-06-08", "0", NULL }, "2024-06-08\n");

  assert_cli_out ((const char *[]) { "working-days", "between", "2022-12-22", "2023-01-03", NULL }, "5\n");
  assert_cli_out ((const char *[]) { "working-days", "between", "2023-01-03", "2022-12-22", NULL }, "-5\n");
  assert_cli_out ((const char *[]) { "working-days", "between", "2022-12-22", "2023-01-03",
                                     "--closed", "2022-12-23", NULL }, "4\n");

  assert_cli_out ((const char *[]) { "working-days", "is", "2026-12-28", NULL },
                  "no: bank holiday: Boxing Day (substitute day)\n");
  assert_cli_out ((const char *[]) { "working-days", "is", "2021-12-27", NULL },
                  "no: bank holiday: Christmas Day (substitute day)\n");
  assert_cli_out ((const char *[]) { "working-days", "is", "26/12/2026", NULL }, "no: Saturday\n");
  assert_cli_out ((const char *[]) { "working-days", "is", "2026-12-29", NULL }, "yes: Tuesday\n");
  assert_cli_out ((const char *[]) { "working-days", "is", "2026-12-29", "--closed", "29/12/2026", NULL },
                  "no: a closure day of the partnership\n");
}

static void
test_working_days_bad_input (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(CliResult) help = NULL;

  assert_cli_usage ((const char *[]) { "working-days", "add", "2026-02-30", "5", NULL },
                    "There is no day “2026-02-30”");
  assert_cli_usage ((const char *[]) { "working-days", "add", "5/13/2026", "5", NULL },
                    "check the day, month and year");
  assert_cli_usage ((const char *[]) { "working-days", "add", "next week", "5", NULL },
                    "YYYY-MM-DD");
  assert_cli_usage ((const char *[]) { "working-days", "add", "2026-01-05", "five", NULL },
                    "“five” is not a number of working days");
  assert_cli_usage ((const char *[]) { "working-days", "add", "2026-01-05", "9999999", NULL },
                    "from -100000 to 100000");
  assert_cli_usage ((const char *[]) { "working-days", "add", "2026-01-05", NULL },
                    "needs a date and a number");
  assert_cli_usage ((const char *[]) { "working-days", "between", "2026-01-05", NULL },
                    "needs two dates");
  assert_cli_usage ((const char *[]) { "working-days", "between", "1/2/26", "2026-01-05", NULL },
                    "DD/MM/YYYY");
  assert_cli_usage ((const char *[]) { "working-days", "is", "2026-12-29", "--closed", "soon", NULL },
                    "“soon” is not a date");
  assert_cli_usage ((const char *[]) { "working-days", "is", "31/12/1899", NULL }, "before 1900");
  assert_cli_usage ((const char *[]) { "working-days", "is", NULL }, "needs one date");
  assert_cli_usage ((const char *[]) { "working-days", "when", NULL }, "working-days add");

  help = run_cli ("working-days", "add", "--help", NULL);
  g_assert_cmpint (help->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (help->out, "--closed=DATE"));
}

static void
test_deadlines (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CliResult) init = run_cli ("--database", fixture->path, "init", NULL);
  g_autoptr(CliResult) table = NULL;
  g_autoptr(CliResult) csv = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(CliResult) closed = NULL;
  g_autoptr(CliResult) unknown = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) closed_records = NULL;
  char **heading, **first;
  guint col_rule = G_MAXUINT, col_due = G_MAXUINT, col_state = G_MAXUINT, col_days = G_MAXUINT;

  g_assert_cmpint (init->status, ==, CR_CLI_EXIT_OK);
  {
    g_autoptr(CrDatabase) db = cr_test_open_database (fixture->path);
    g_autoptr(CrCase) kase = cr_case_new ();
    g_autoptr(CrCase) stored = NULL;
    g_autoptr(GAsyncResult) res = NULL;
    g_autoptr(GError) error = NULL;

    cr_case_set_reference (kase, "CR-2022-014");
    cr_case_set_pseudonym (kase, "Child D");
    cr_case_set_aware_date (kase, "2022-12-22");
    cr_database_create_case_async (db, kase, NULL, cr_database_sync_cb, &res);
    stored = cr_database_create_case_finish (db, cr_database_wait (&res), &error);
    g_assert_no_error (error);
  }

  table = run_cli ("--database", fixture->path, "deadlines", "CR-2022-014", "--today", "2022-12-29", NULL);
  g_assert_cmpint (table->status, ==, CR_CLI_EXIT_OK);
  g_assert_nonnull (strstr (table->out, "Notify the Panel"));
  g_assert_nonnull (strstr (table->out, "2 working days left"));
  g_assert_nonnull (strstr (table->out, "Not started"));

  csv = run_cli ("--database", fixture->path, "deadlines", "CR-2022-014", "--today", "29/12/2022",
                 "--format", "csv", NULL);
  g_assert_cmpint (csv->status, ==, CR_CLI_EXIT_OK);
  records = parse_csv (csv->out);
  g_assert_nonnull (records);
  g_assert_cmpuint (records->len, ==, 7);   /* the heading and six rules */
  heading = g_ptr_array_index (records, 0);
  for (guint i = 0; heading[i] != NULL; i++)
    {
      if (g_str_equal (heading[i], "rule")) col_rule = i;
      if (g_str_equal (heading[i], "due_date")) col_due = i;
      if (g_str_equal (heading[i], "state")) col_state = i;
      if (g_str_equal (heading[i], "days_left")) col_days = i;
    }
  g_assert_cmpuint (col_rule, !=, G_MAXUINT);
  g_assert_cmpuint (col_days, !=, G_MAXUINT);
  first = g_ptr_array_index (records, 1);
  g_assert_cmpstr (first[col_rule], ==, "notify-panel");
  g_assert_cmpstr (first[col_due], ==, "2023-01-03");
  g_assert_cmpstr (first[col_state], ==, "due-soon");
  g_assert_cmpstr (first[col_days], ==, "2");

  /* A closure day moves it */
  closed = run_cli ("--database", fixture->path, "deadlines", "CR-2022-014", "--today", "2022-12-29",
                    "--closed", "2022-12-30", "--format", "csv", NULL);
  g_assert_cmpint (closed->status, ==, CR_CLI_EXIT_OK);
  closed_records = parse_csv (closed->out);
  g_assert_cmpstr (((char **) g_ptr_array_index (closed_records, 1))[col_due], ==, "2023-01-04");

  json = run_cli ("--database", fixture->path, "deadlines", "CR-2022-014", "--today", "2023-01-05",
                  "--format", "json", NULL);
  g_assert_cmpint (json->status, ==, CR_CLI_EXIT_OK);
  g_assert_true (json_is_valid (json->out));
  g_assert_cmpuint (json_count_top_objects (json->out), ==, 6);
  g_assert_nonnull (strstr (json->out, "\"state\": \"overdue\""));
  g_assert_nonnull (strstr (json->out, "\"days_left\": -2"));
  g_assert_nonnull (strstr (json->out, "\"source\": "));

  unknown = run_cli ("--database", fixture->path, "deadlines", "NOPE-1", NULL);
  g_assert_cmpint (unknown->status, ==, CR_CLI_EXIT_FAILED);
  assert_cli_usage ((const char *[]) { "--database", fixture->path, "deadlines", "CR-2022-014",
                                       "--today", "someday", NULL }, "is not a date");
  assert_cli_usage ((const char *[]) { "--database", fixture->path, "deadlines", "CR-2022-014",
                                       "--format", "xml", NULL }, "Unknown format");
  assert_cli_usage ((const char *[]) { "--database", fixture->path, "deadlines", NULL },
                    "needs one case reference");
}

/* --------------------------------------------------------------------------
 * The review workspace: documents, chronologies and PDF files
 */

/* A file of the shared PDF corpus (reliability.md §3); CR_PDF_CORPUS_DIR
 * names another copy. */
static char *
corpus_pdf (const char *relative)
{
  const char *dir = g_getenv ("CR_PDF_CORPUS_DIR");

  return g_build_filename (dir != NULL ? dir : "/work/shared/corpus/pdfs", relative, NULL);
}

#define SIMPLE_PDF "py-pdf__sample-files/google-doc-document.pdf"
#define TWO_PAGE_PDF "freedesktop__poppler-test/doublepage.pdf"
#define DAMAGED_PDF "openpreserve__format-corpus/minimal_test.pdf"

/* The value of column @name in record @row (0 is the heading). */
static const char *
csv_value (GPtrArray  *records,
           guint       row,
           const char *name)
{
  char **record;

  g_assert_cmpuint (row, <, records->len);
  record = g_ptr_array_index (records, row);
  return record[csv_column (records, name)];
}

#define WS_REFERENCE "WS-2026-001"

/* A case WS-2026-001 and the agencies Police and Health visiting. */
static void
add_workspace_case (const char *path)
{
  g_autoptr(CrDatabase) db = cr_test_open_database (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrCase) stored = NULL;
  const char *names[] = { "Police", "Health visiting" };

  cr_case_set_reference (kase, WS_REFERENCE);
  cr_case_set_pseudonym (kase, "Child W");
  cr_case_set_aware_date (kase, "2026-01-05");
  {
    g_autoptr(GAsyncResult) res = NULL;

    cr_database_create_case_async (db, kase, NULL, cr_database_sync_cb, &res);
    stored = cr_database_create_case_finish (db, cr_database_wait (&res), &error);
    g_assert_no_error (error);
  }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GAsyncResult) res = NULL;
      g_autoptr(CrAgency) agency = cr_agency_new ();
      g_autoptr(CrAgency) created = NULL;

      cr_agency_set_name (agency, names[i]);
      cr_agency_set_sector (agency, i == 0 ? CR_AGENCY_SECTOR_POLICE : CR_AGENCY_SECTOR_HEALTH);
      cr_database_create_agency_async (db, agency, NULL, cr_database_sync_cb, &res);
      created = cr_database_create_agency_finish (db, cr_database_wait (&res), &error);
      g_assert_no_error (error);
    }
}

static char *
write_test_file (Fixture    *fixture,
                 const char *name,
                 const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (text == NULL || strstr (text, fragment) == NULL)
    g_error ("“%s” does not hold “%s”", text, fragment);
}

static void
test_document_commands (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CliResult) added = NULL;
  g_autoptr(CliResult) listed = NULL;
  g_autoptr(CliResult) bad_type = NULL;
  g_autoptr(CliResult) missing = NULL;
  g_autoptr(CliResult) no_case = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *size = NULL;
  g_autofree char *absent = g_build_filename (fixture->dir, "absent.pdf", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_autofree char *simple = corpus_pdf (SIMPLE_PDF);

  if (!g_file_test (simple, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("The PDF corpus is not here");
      return;
    }
  add_workspace_case (fixture->path);

  added = run_cli ("--database", fixture->path, "document", "add", WS_REFERENCE, simple,
                   "--type", "agency-report", "--agency", "police", "--version", "2",
                   "--title", "Police agency report", NULL);
  g_assert_cmpint (added->status, ==, CR_CLI_EXIT_OK);
  assert_contains (added->out, "Police agency report");

  listed = run_cli ("--database", fixture->path, "document", "list", WS_REFERENCE, "--format", "csv", NULL);
  g_assert_cmpint (listed->status, ==, CR_CLI_EXIT_OK);
  records = parse_csv (listed->out);
  g_assert_nonnull (records);
  g_assert_cmpuint (records->len, ==, 2);

  g_file_get_contents (simple, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, length);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  size = g_strdup_printf ("%" G_GSIZE_FORMAT, length);
  g_assert_cmpstr (csv_value (records, 1, "title"), ==, "Police agency report");
  g_assert_cmpstr (csv_value (records, 1, "doc_type"), ==, "agency-report");
  g_assert_cmpstr (csv_value (records, 1, "agency"), ==, "Police");
  g_assert_cmpstr (csv_value (records, 1, "version"), ==, "2");
  g_assert_cmpstr (csv_value (records, 1, "filename"), ==, "google-doc-document.pdf");
  g_assert_cmpstr (csv_value (records, 1, "media_type"), ==, "application/pdf");
  g_assert_cmpstr (csv_value (records, 1, "sha256"), ==, sha256);
  g_assert_cmpstr (csv_value (records, 1, "size"), ==, size);

  bad_type = run_cli ("--database", fixture->path, "document", "add", WS_REFERENCE, simple,
                      "--type", "novel", NULL);
  g_assert_cmpint (bad_type->status, ==, CR_CLI_EXIT_USAGE);
  assert_contains (bad_type->err, "agency-report");

  missing = run_cli ("--database", fixture->path, "document", "add", WS_REFERENCE, absent, NULL);
  g_assert_cmpint (missing->status, ==, CR_CLI_EXIT_USAGE);
  assert_contains (missing->err, "absent.pdf");

  no_case = run_cli ("--database", fixture->path, "document", "list", "NO-SUCH-CASE", NULL);
  g_assert_cmpint (no_case->status, ==, CR_CLI_EXIT_FAILED);
}

#define POLICE_FILE \
  "Date/Time,Officer,Details,Reference\n" \
  "03/02/2024 14:30,PC 123,Neighbour reported shouting at the family home,Log 1\n" \
  "01/02/2024 09:00,DS 9,\"Strategy discussion, with social care\",Minutes\n" \
  "02/02/2024,PC 5,Welfare check carried out,Log 2\n" \
  "31/02/2024,PC 5,A day that never was,Log 3\n"

static void
test_chronology_import (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *police = write_test_file (fixture, "police.csv", POLICE_FILE);
  g_autofree char *bare = write_test_file (fixture, "bare.csv",
                                           "2024-01-20,New birth visit,Health visitor\n"
                                           "2024-02-01,Strategy discussion with social care,Named nurse\n");
  g_autofree char *colours = write_test_file (fixture, "colours.csv",
                                              "Name,Colour\nApple,Red\nPear,Green\n");
  g_autoptr(CliResult) imported = NULL;
  g_autoptr(CliResult) mapped = NULL;
  g_autoptr(CliResult) refused = NULL;
  g_autoptr(CliResult) bad_option = NULL;
  g_autoptr(CliResult) no_agency = NULL;
  g_autoptr(CliResult) listed = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(CliResult) table = NULL;
  g_autoptr(GPtrArray) records = NULL;

  add_workspace_case (fixture->path);

  imported = run_cli ("--database", fixture->path, "chronology", "import", WS_REFERENCE, "Police", police, NULL);
  g_assert_cmpint (imported->status, ==, CR_CLI_EXIT_OK);
  g_assert_true (g_str_has_prefix (imported->out,
                                   "Imported 3 entries from “police.csv” for Police; 1 row set aside:\n"
                                   "  row 5: "));
  assert_contains (imported->out, "31/02/2024");
  g_assert_cmpstr (imported->err, ==, "");

  /* No header row: the mapping says where things are; the agency by number. */
  mapped = run_cli ("--database", fixture->path, "chronology", "import", WS_REFERENCE, "2", bare,
                    "--mapping", "header=no,date=A,event=B,author=C", NULL);
  g_assert_cmpint (mapped->status, ==, CR_CLI_EXIT_OK);
  g_assert_cmpstr (mapped->out, ==, "Imported 2 entries from “bare.csv” for Health visiting.\n");

  /* No date column: refused, naming the columns there are. */
  refused = run_cli ("--database", fixture->path, "chronology", "import", WS_REFERENCE, "Police", colours, NULL);
  g_assert_cmpint (refused->status, ==, CR_CLI_EXIT_USAGE);
  assert_contains (refused->err, "A “Name”, B “Colour”");
  assert_contains (refused->err, "--mapping");

  bad_option = run_cli ("--database", fixture->path, "chronology", "import", WS_REFERENCE, "Police", police,
                        "--mapping", "date=Q", NULL);
  g_assert_cmpint (bad_option->status, ==, CR_CLI_EXIT_USAGE);

  no_agency = run_cli ("--database", fixture->path, "chronology", "import", WS_REFERENCE, "Fire service", police, NULL);
  g_assert_cmpint (no_agency->status, ==, CR_CLI_EXIT_FAILED);
  assert_contains (no_agency->err, "Health visiting");

  /* The merged chronology, in date order. */
  listed = run_cli ("--database", fixture->path, "chronology", "list", WS_REFERENCE, "--format", "csv", NULL);
  g_assert_cmpint (listed->status, ==, CR_CLI_EXIT_OK);
  records = parse_csv (listed->out);
  g_assert_nonnull (records);
  g_assert_cmpuint (records->len, ==, 6);
  g_assert_cmpstr (csv_value (records, 1, "date"), ==, "2024-01-20");
  g_assert_cmpstr (csv_value (records, 1, "agency"), ==, "Health visiting");
  g_assert_cmpstr (csv_value (records, 2, "event"), ==, "Strategy discussion with social care");
  g_assert_cmpstr (csv_value (records, 3, "event"), ==, "Strategy discussion, with social care");
  g_assert_cmpstr (csv_value (records, 3, "time"), ==, "09:00");
  g_assert_cmpstr (csv_value (records, 3, "duplicate"), ==, "suspected");
  g_assert_cmpstr (csv_value (records, 5, "source_file"), ==, "police.csv");
  g_assert_cmpstr (csv_value (records, 5, "source_row"), ==, "2");

  json = run_cli ("--database", fixture->path, "chronology", "list", WS_REFERENCE, "--format", "json", NULL);
  g_assert_cmpint (json->status, ==, CR_CLI_EXIT_OK);
  g_assert_true (json_is_valid (json->out));

  table = run_cli ("--database", fixture->path, "chronology", "list", WS_REFERENCE, NULL);
  g_assert_cmpint (table->status, ==, CR_CLI_EXIT_OK);
  assert_contains (table->out, "1 row is set aside");
  assert_contains (table->out, "Police, row 5:");
}

static void
test_chronology_export (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *police = write_test_file (fixture, "police.csv", POLICE_FILE);
  g_autofree char *csv = g_build_filename (fixture->dir, "chronology.csv", NULL);
  g_autofree char *pdf = g_build_filename (fixture->dir, "chronology.PDF", NULL);
  g_autofree char *txt = g_build_filename (fixture->dir, "chronology.txt", NULL);
  g_autoptr(CliResult) imported = NULL;
  g_autoptr(CliResult) all = NULL;
  g_autoptr(CliResult) some = NULL;
  g_autoptr(CliResult) as_pdf = NULL;
  g_autoptr(CliResult) bad_extension = NULL;
  g_autoptr(CliResult) bad_agency = NULL;
  g_autoptr(CliResult) bad_dates = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  add_workspace_case (fixture->path);
  imported = run_cli ("--database", fixture->path, "chronology", "import", WS_REFERENCE, "Police", police, NULL);
  g_assert_cmpint (imported->status, ==, CR_CLI_EXIT_OK);

  all = run_cli ("--database", fixture->path, "chronology", "export", WS_REFERENCE, "-o", csv, NULL);
  g_assert_cmpint (all->status, ==, CR_CLI_EXIT_OK);
  assert_contains (all->out, "Wrote 3 entries");
  g_file_get_contents (csv, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "\xef\xbb\xbf"));   /* UTF-8 BOM */
  records = parse_csv (contents + 3);
  g_assert_nonnull (records);
  g_assert_cmpuint (records->len, ==, 4);
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&records, g_ptr_array_unref);

  /* Filtered: from a date, matching a text. */
  some = run_cli ("--database", fixture->path, "chronology", "export", WS_REFERENCE, "--output", csv,
                  "--agency", "POLICE", "--from", "02/02/2024", "--search", "SHOUTING", NULL);
  g_assert_cmpint (some->status, ==, CR_CLI_EXIT_OK);
  assert_contains (some->out, "Wrote 1 entry");
  g_file_get_contents (csv, &contents, NULL, &error);
  g_assert_no_error (error);
  records = parse_csv (contents + 3);
  g_assert_cmpuint (records->len, ==, 2);
  assert_contains (contents, "Neighbour reported shouting");

  as_pdf = run_cli ("--database", fixture->path, "chronology", "export", WS_REFERENCE, "-o", pdf,
                    "--to", "2024-02-02", NULL);
  g_assert_cmpint (as_pdf->status, ==, CR_CLI_EXIT_OK);
  assert_contains (as_pdf->out, "Wrote 2 entries");
  text = read_pdf_text (pdf, &n_pages);
  g_assert_cmpuint (n_pages, >=, 1);
  assert_contains (text, "Multi-agency chronology");
  assert_contains (text, WS_REFERENCE);
  assert_contains (text, "Welfare check carried out");
  g_assert_null (strstr (text, "Neighbour reported"));

  bad_extension = run_cli ("--database", fixture->path, "chronology", "export", WS_REFERENCE, "-o", txt, NULL);
  g_assert_cmpint (bad_extension->status, ==, CR_CLI_EXIT_USAGE);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));

  bad_agency = run_cli ("--database", fixture->path, "chronology", "export", WS_REFERENCE, "-o", csv,
                        "--agency", "Health visiting", NULL);
  g_assert_cmpint (bad_agency->status, ==, CR_CLI_EXIT_USAGE);
  assert_contains (bad_agency->err, "Police");

  bad_dates = run_cli ("--database", fixture->path, "chronology", "export", WS_REFERENCE, "-o", csv,
                       "--from", "2024-03-01", "--to", "2024-02-01", NULL);
  g_assert_cmpint (bad_dates->status, ==, CR_CLI_EXIT_USAGE);
}

/* The width and height in a PNG's IHDR chunk. */
static void
read_png_size (const char *path,
               guint      *width,
               guint      *height)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  const guchar *p;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  p = (const guchar *) contents + 16;
  *width = ((guint) p[0] << 24) | ((guint) p[1] << 16) | ((guint) p[2] << 8) | p[3];
  *height = ((guint) p[4] << 24) | ((guint) p[5] << 16) | ((guint) p[6] << 8) | p[7];
}

static void
test_pdf_commands (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *png = g_build_filename (fixture->dir, "page.png", NULL);
  g_autoptr(CliResult) rendered = NULL;
  g_autoptr(CliResult) half = NULL;
  g_autoptr(CliResult) no_page = NULL;
  g_autoptr(CliResult) page_zero = NULL;
  g_autoptr(CliResult) bad_scale = NULL;
  g_autoptr(CliResult) damaged = NULL;
  g_autoptr(CliResult) text = NULL;
  g_autoptr(CliResult) page_two = NULL;
  g_autoptr(CliResult) text_no_page = NULL;
  g_autofree char *simple = corpus_pdf (SIMPLE_PDF);
  g_autofree char *two_pages = corpus_pdf (TWO_PAGE_PDF);
  g_autofree char *damaged_pdf = corpus_pdf (DAMAGED_PDF);
  guint width = 0, height = 0;

  if (!g_file_test (simple, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("The PDF corpus is not here");
      return;
    }

  /* A4 at 72 dots per inch. */
  rendered = run_cli ("pdf", "render", simple, "--page", "1", "-o", png, NULL);
  g_assert_cmpint (rendered->status, ==, CR_CLI_EXIT_OK);
  read_png_size (png, &width, &height);
  g_assert_cmpuint (width, >=, 595);
  g_assert_cmpuint (width, <=, 596);
  g_assert_cmpuint (height, >=, 841);
  g_assert_cmpuint (height, <=, 842);

  half = run_cli ("pdf", "render", simple, "--page", "1", "-o", png, "--scale", "0.5", NULL);
  g_assert_cmpint (half->status, ==, CR_CLI_EXIT_OK);
  read_png_size (png, &width, &height);
  g_assert_cmpuint (width, >=, 297);
  g_assert_cmpuint (width, <=, 299);
  g_assert_cmpuint (height, >=, 420);
  g_assert_cmpuint (height, <=, 422);

  no_page = run_cli ("pdf", "render", two_pages, "--page", "3", "-o", png, NULL);
  g_assert_cmpint (no_page->status, ==, CR_CLI_EXIT_USAGE);
  assert_contains (no_page->err, "from 1 to 2");
  page_zero = run_cli ("pdf", "render", simple, "-o", png, NULL);
  g_assert_cmpint (page_zero->status, ==, CR_CLI_EXIT_USAGE);
  bad_scale = run_cli ("pdf", "render", simple, "--page", "1", "-o", png, "--scale", "-2", NULL);
  g_assert_cmpint (bad_scale->status, ==, CR_CLI_EXIT_USAGE);
  damaged = run_cli ("pdf", "render", damaged_pdf, "--page", "1", "-o", png, NULL);
  g_assert_cmpint (damaged->status, ==, CR_CLI_EXIT_USAGE);
  assert_contains (damaged->err, "minimal_test.pdf");

  text = run_cli ("pdf", "text", simple, NULL);
  g_assert_cmpint (text->status, ==, CR_CLI_EXIT_OK);
  assert_contains (text->out, "Beautiful is better than ugly.");

  page_two = run_cli ("pdf", "text", two_pages, "--page", "2", NULL);
  g_assert_cmpint (page_two->status, ==, CR_CLI_EXIT_OK);
  text_no_page = run_cli ("pdf", "text", two_pages, "--page", "9", NULL);
  g_assert_cmpint (text_no_page->status, ==, CR_CLI_EXIT_USAGE);
}

/* The demo gives two LCSPR cases their chronologies and PDF documents. */
static void
test_demo_documents (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  const char *reference = NULL;
  guint n_with_chronology = 0;

  write_demo (fixture);
  g_test_message ("demo: %.2f s", g_timer_elapsed (timer, NULL));

  cases = list_cases (fixture->path);
  for (guint i = 0; i < cases->len; i++)
    {
      CrCase *kase = g_ptr_array_index (cases, i);
      g_autoptr(CliResult) listed = run_cli ("--database", fixture->path, "chronology", "list",
                                             cr_case_get_reference (kase), "--format", "csv", NULL);
      g_autoptr(GPtrArray) records = parse_csv (listed->out);

      g_assert_cmpint (listed->status, ==, CR_CLI_EXIT_OK);
      g_assert_nonnull (records);
      if (records->len <= 1)
        continue;

      n_with_chronology++;
      reference = cr_case_get_reference (kase);
      g_assert_cmpuint (records->len - 1, >=, 12);
      {
        g_autoptr(CliResult) table = run_cli ("--database", fixture->path, "chronology", "list",
                                              reference, NULL);
        g_autoptr(CliResult) documents = run_cli ("--database", fixture->path, "document", "list",
                                                  reference, "--format", "csv", NULL);
        g_autoptr(GPtrArray) rows = parse_csv (documents->out);
        guint n_pdf = 0;

        assert_contains (table->out, "2 rows are set aside");
        assert_contains (listed->out, "suspected");
        g_assert_nonnull (rows);
        for (guint r = 1; r < rows->len; r++)
          n_pdf += g_strcmp0 (csv_value (rows, r, "media_type"), "application/pdf") == 0;
        g_assert_cmpuint (n_pdf, ==, 3);
        g_assert_cmpuint (rows->len - 1, ==, 6);
      }
    }
  g_assert_cmpuint (n_with_chronology, ==, 2);

  /* Baby H's request for the police report is answered by the report
   * attached: received that day, naming the document. */
  {
    g_autoptr(CrDatabase) db = cr_test_open_database (fixture->path);
    g_autoptr(GPtrArray) requests = NULL;
    g_autoptr(GPtrArray) documents = NULL;
    g_autoptr(GError) error = NULL;
    CrCase *baby_h = NULL;
    guint n_answered = 0;

    for (guint i = 0; i < cases->len; i++)
      if (g_strcmp0 (cr_case_get_pseudonym (g_ptr_array_index (cases, i)), "Baby H") == 0)
        baby_h = g_ptr_array_index (cases, i);
    g_assert_nonnull (baby_h);

    {
      g_autoptr(GAsyncResult) res = NULL;

      cr_database_list_records_async (db, CR_TYPE_EVIDENCE_REQUEST, cr_case_get_id (baby_h), NULL,
                                      cr_database_sync_cb, &res);
      requests = cr_database_list_records_finish (db, cr_database_wait (&res), &error);
      g_assert_no_error (error);
    }
    {
      g_autoptr(GAsyncResult) res = NULL;

      cr_database_list_records_async (db, CR_TYPE_DOCUMENT, cr_case_get_id (baby_h), NULL,
                                      cr_database_sync_cb, &res);
      documents = cr_database_list_records_finish (db, cr_database_wait (&res), &error);
      g_assert_no_error (error);
    }

    for (guint i = 0; i < requests->len; i++)
      {
        CrRecord *request = g_ptr_array_index (requests, i);
        const char *agency = cr_record_get (request, "agency-name");
        const char *document_id = cr_record_get (request, "document-id");
        CrRecord *document = NULL;

        if (g_strcmp0 (cr_record_get (request, "kind"), "agency-report") != 0 ||
            agency == NULL || !g_str_has_prefix (agency, "Westshire Police"))
          continue;

        g_assert_nonnull (document_id);
        for (guint d = 0; d < documents->len; d++)
          if (cr_record_get_id (g_ptr_array_index (documents, d)) == g_ascii_strtoll (document_id, NULL, 10))
            document = g_ptr_array_index (documents, d);
        g_assert_nonnull (document);
        g_assert_cmpstr (cr_record_get (document, "doc-type"), ==, "agency-report");
        g_assert_cmpstr (cr_record_get (document, "agency-id"), ==, cr_record_get (request, "agency-id"));
        g_assert_cmpstr (cr_record_get (request, "received-date"), ==,
                         cr_record_get (document, "received-date"));
        g_assert_cmpint (cr_evidence_request_get_state (CR_EVIDENCE_REQUEST (request), NULL), ==,
                         CR_EVIDENCE_RECEIVED);
        n_answered++;
      }
    g_assert_cmpuint (n_answered, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = NULL;
  int status;

  /* As case-reviews-cli's main() does: the tool writes human-readable
   * text in the locale's character set (the tests run in C.UTF-8). */
  setlocale (LC_ALL, "");

  /* Keep the default database path away from the user's own files. */
  home = cr_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", home, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/usage", test_usage);
  ADD ("/cli/help", test_help);
  ADD ("/cli/init", test_init);
  ADD ("/cli/missing-database", test_missing_database);
  ADD ("/cli/garbage-file", test_garbage_file);
  ADD ("/cli/too-new", test_too_new);
  ADD ("/cli/check/problems", test_check_problems);
  ADD ("/cli/demo/cases", test_demo);
  ADD ("/cli/demo/force", test_demo_force);
  ADD ("/cli/demo/people", test_demo_people);
  ADD ("/cli/cases-list/csv", test_cases_list_csv);
  ADD ("/cli/cases-list/json", test_cases_list_json);
  ADD ("/cli/cases-list/table", test_cases_list_table);
  ADD ("/cli/cases-list/status", test_cases_list_status);
  ADD ("/cli/case-show/reveal", test_case_show);
  ADD ("/cli/audit/unknown", test_audit_unknown);
  ADD ("/cli/agencies-list", test_agencies_list);
  ADD ("/cli/report/rapid-review", test_report_rapid_review);
  ADD ("/cli/bench", test_bench);
  ADD ("/cli/working-days", test_working_days);
  ADD ("/cli/working-days/bad-input", test_working_days_bad_input);
  ADD ("/cli/deadlines", test_deadlines);
  ADD ("/cli/document", test_document_commands);
  ADD ("/cli/chronology/import", test_chronology_import);
  ADD ("/cli/chronology/export", test_chronology_export);
  ADD ("/cli/pdf", test_pdf_commands);
  ADD ("/cli/demo/documents", test_demo_documents);
  g_test_add_func ("/cli/writers", test_writers);
  g_test_add_func ("/cli/table-fit", test_table_fit);

#undef ADD

  status = g_test_run ();
  cr_test_remove_tree (home);
  return status;
}
