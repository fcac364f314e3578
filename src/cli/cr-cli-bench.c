/* cr-cli-bench.c: “bench register”: the case register against raw SQLite */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-bench.h"
#include "cr-cli-private.h"
#include "cr-case-register.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#define N_RUNS 3
#define MAX_CASES 10000000

/* One load of the register the way the application does it. */
typedef struct
{
  gint64  open;     /* CrDatabase open (quick_check, migrations check) */
  gint64  query;    /* list_cases: the query and the CrCase objects */
  gint64  model;    /* CrCaseRegister load, filter completed */
  gint64  total;
  guint64 rss_before;
  guint64 rss_after;
} AppRun;

static gboolean
run_app_path (const char  *path,
              guint        n_expected,
              AppRun      *run,
              GError     **error)
{
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(CrCaseRegister) reg = NULL;
  gint64 t0, t1, t2, t3;
  guint n_items;

  run->rss_before = _cr_bench_rss_now ();
  t0 = g_get_monotonic_time ();

  db = cr_database_new (path);
  cr_database_open_async (db, NULL, cr_database_sync_cb, &res);
  if (!cr_database_open_finish (db, cr_database_wait (&res), error))
    return FALSE;
  g_clear_object (&res);
  t1 = g_get_monotonic_time ();

  cr_database_list_cases_async (db, NULL, cr_database_sync_cb, &res);
  cases = cr_database_list_cases_finish (db, cr_database_wait (&res), error);
  if (cases == NULL)
    return FALSE;
  t2 = g_get_monotonic_time ();

  reg = cr_case_register_new ();
  cr_case_register_set_incremental (reg, FALSE);
  cr_case_register_set_cases (reg, cases);
  /* Non-incremental: the filter has run over every item by now. */
  n_items = g_list_model_get_n_items (cr_case_register_get_model (reg));
  t3 = g_get_monotonic_time ();
  run->rss_after = _cr_bench_rss_now ();

  if (n_items != n_expected)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_FAILED,
                   "The register shows %u cases instead of %u", n_items, n_expected);
      return FALSE;
    }

  run->open = t1 - t0;
  run->query = t2 - t1;
  run->model = t3 - t2;
  run->total = t3 - t0;

  cr_database_close (db);
  return TRUE;
}

/* --------------------------------------------------------------------------
 * Report
 */

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static gint64
median (const gint64 *values)
{
  gint64 sorted[N_RUNS];

  memcpy (sorted, values, sizeof sorted);
  qsort (sorted, N_RUNS, sizeof (gint64), compare_gint64);
  return sorted[N_RUNS / 2];
}

static char *
format_duration (gint64 usec)
{
  if (usec >= 10 * G_USEC_PER_SEC)
    return g_strdup_printf ("%.2f s", usec / (double) G_USEC_PER_SEC);
  return g_strdup_printf ("%.1f ms", usec / 1000.0);
}

static char *
format_runs (const gint64 *values)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autofree char *one = format_duration (values[i]);

      g_string_append_printf (text, "%s%s", i > 0 ? " / " : "", one);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
print_timing_row (CrCli        *cli,
                  const char   *label,
                  const gint64 *values)
{
  g_autofree char *med = format_duration (median (values));
  g_autofree char *runs = format_runs (values);
  g_autofree char *fitted = cr_cli_text_fit (label, 34);
  gsize width = cr_cli_text_width (fitted);

  _cr_cli_print (cli, "  %s%*s%12s   %s\n", fitted, (int) (34 - MIN (width, 34)), "", med, runs);
}

static void
print_memory_row (CrCli      *cli,
                  const char *label,
                  guint64     bytes)
{
  g_autofree char *size = bytes > 0 ? g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS)
                                    : g_strdup (_("unknown"));
  gsize width = cr_cli_text_width (label);

  _cr_cli_print (cli, "  %s%*s%12s\n", label, (int) (34 - MIN (width, 34)), "", size);
}

/* --------------------------------------------------------------------------
 * The command
 */

static void
remove_database_files (const char *dir,
                       const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_remove (file);
    }
  g_rmdir (dir);
}

int
_cr_cli_cmd_bench_register (CrCli   *cli,
                            char  ***args)
{
  int n_cases = 100000;
  gboolean keep = FALSE;
  const GOptionEntry entries[] = {
    { "cases", 'n', 0, G_OPTION_ARG_INT, &n_cases,
      N_("Number of cases in the benchmark register (default: 100000)"), N_("N") },
    { "keep", 'k', 0, G_OPTION_ARG_NONE, &keep,
      N_("Keep the benchmark database and print where it is"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *create_time = NULL;
  g_autofree char *links_time = NULL;
  g_autofree char *db_size = NULL;
  g_autofree char *raw_size = NULL;
  CrBenchBuild build;
  AppRun warm_up;
  AppRun runs[N_RUNS];
  gint64 open[N_RUNS], query[N_RUNS], model[N_RUNS], total[N_RUNS], raw[N_RUNS];
  gint64 reading[N_RUNS];
  guint64 raw_bytes = 0;
  guint64 peak_after_build;
  GStatBuf st;
  double ratio;
  double ratio_reading;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "bench register", "[OPTION…]",
                              _("Build a fresh register of N synthetic cases in a temporary folder, then time loading it the way the application does (open, query, case objects, register model) against the raw sqlite3 library reading the same rows. Each figure is the median of 3 runs after a warm-up. The --database option is not used."),
                              entries, args, &exit_code))
    return exit_code;

  if (g_strv_length (*args) > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s”."), (*args)[1]);

      return _cr_cli_usage_error (cli, "bench register", message);
    }

  if (n_cases < 1 || n_cases > MAX_CASES)
    {
      g_autofree char *message =
        /* Translators: %d is the largest number of cases allowed */
        g_strdup_printf (_("The number of cases must be between 1 and %d."), MAX_CASES);

      return _cr_cli_usage_error (cli, "bench register", message);
    }

  dir = g_dir_make_tmp ("case-reviews-bench-XXXXXX", &error);
  if (dir == NULL)
    {
      _cr_cli_printerr (cli, _("Cannot create a temporary folder for the benchmark: %s"), error->message);
      return CR_CLI_EXIT_WRITE;
    }
  path = g_build_filename (dir, "register.db", NULL);

  _cr_cli_print (cli, _("Case register benchmark: %d cases\n"), n_cases);
  _cr_cli_print (cli, _("Machine: %u processors, SQLite %s, GLib %u.%u.%u, GTK %u.%u.%u\n"),
                 g_get_num_processors (), sqlite3_libversion (),
                 glib_major_version, glib_minor_version, glib_micro_version,
                 gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version ());
  _cr_cli_print (cli, _("Building the database in %s…\n"), dir);
  fflush (cli->out);

  /* Build, then close, so that every measured load starts from the file. */
  db = cr_database_new (path);
  {
    g_autoptr(GAsyncResult) res = NULL;

    cr_database_open_async (db, NULL, cr_database_sync_cb, &res);
    if (!cr_database_open_finish (db, cr_database_wait (&res), &error))
      goto failed;
  }
  if (!_cr_bench_build_database (db, n_cases, &build, &error))
    goto failed;
  cr_database_close (db);
  g_clear_object (&db);
  peak_after_build = _cr_bench_rss_peak ();

  if (g_stat (path, &st) == 0)
    db_size = g_format_size_full (st.st_size, G_FORMAT_SIZE_IEC_UNITS);

  /* Warm-up (its memory figures are those of a first load). */
  if (!run_app_path (path, n_cases, &warm_up, &error) ||
      _cr_bench_read_raw (path, &raw_bytes, &error) < 0)
    goto failed;

  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start, rows;

      if (!run_app_path (path, n_cases, &runs[i], &error))
        goto failed;
      open[i] = runs[i].open;
      query[i] = runs[i].query;
      model[i] = runs[i].model;
      total[i] = runs[i].total;

      start = g_get_monotonic_time ();
      rows = _cr_bench_read_raw (path, &raw_bytes, &error);
      raw[i] = g_get_monotonic_time () - start;
      if (rows < 0)
        goto failed;
      if (rows != n_cases)
        {
          g_set_error (&error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_FAILED,
                       "The baseline read %" G_GINT64_FORMAT " rows instead of %d", rows, n_cases);
          goto failed;
        }
    }

  create_time = format_duration (build.create_cases);
  links_time = format_duration (build.links);
  for (guint i = 0; i < N_RUNS; i++)
    reading[i] = query[i] + model[i];
  ratio = median (raw) > 0 ? (double) median (total) / (double) median (raw) : 0.0;
  ratio_reading = median (raw) > 0 ? (double) median (reading) / (double) median (raw) : 0.0;

  _cr_cli_print (cli, _("Database: %s (%s)\n\n"), path, db_size != NULL ? db_size : "?");
  _cr_cli_print (cli, "%s\n", _("Building (not part of the comparison)"));
  /* Translators: %u is a number of batches, %d of cases, %s a duration */
  _cr_cli_print (cli, ngettext ("  create cases, %u batch of up to %d     %s\n",
                                "  create cases, %u batches of up to %d   %s\n",
                                build.n_batches),
                 build.n_batches, CR_BENCH_BATCH_SIZE, create_time);
  _cr_cli_print (cli, _("  agencies and themes of every case      %s\n\n"), links_time);

  _cr_cli_print (cli, "%s\n", _("Loading the register (median of 3 runs after a warm-up)"));
  _cr_cli_print (cli, "  %-34s%12s   %s\n", "", _("median"), _("runs"));
  print_timing_row (cli, _("open (CrDatabase)"), open);
  print_timing_row (cli, _("query + CrCase objects"), query);
  print_timing_row (cli, _("CrCaseRegister load"), model);
  print_timing_row (cli, _("application total"), total);
  print_timing_row (cli, _("raw sqlite3 baseline"), raw);
  /* Translators: the ratio of two times, e.g. “1.63×” */
  _cr_cli_print (cli, _("  %-34s%11.2f×   (aim: within 2×)\n"), _("application / baseline"), ratio);
  /* The baseline runs no integrity check: compare the reading alone too. */
  _cr_cli_print (cli, _("  %-34s%11.2f×   (opening left out)\n\n"),
                 _("query + objects + model / baseline"), ratio_reading);

  _cr_cli_print (cli, "%s\n", _("Memory"));
  print_memory_row (cli, _("RSS before the first load"), warm_up.rss_before);
  print_memory_row (cli, _("RSS with the register loaded"), warm_up.rss_after);
  print_memory_row (cli, _("peak RSS after building"), peak_after_build);
  print_memory_row (cli, _("peak RSS (ru_maxrss)"), _cr_bench_rss_peak ());
  raw_size = g_format_size_full (raw_bytes, G_FORMAT_SIZE_IEC_UNITS);
  _cr_cli_print (cli, _("  (the baseline read %s of text per run)\n"), raw_size);

  if (keep)
    _cr_cli_print (cli, _("\nThe benchmark database is kept at %s\n"), path);
  else
    remove_database_files (dir, path);

  return CR_CLI_EXIT_OK;

failed:
  if (db != NULL)
    cr_database_close (db);
  remove_database_files (dir, path);
  return _cr_cli_report_error (cli, error);
}
