/* cr-cli-admin.c: “init”, “demo” and “check” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"
#include "cr-demo-data.h"
#include "cr-demo-documents.h"

#include <glib/gi18n.h>

static gboolean
check_no_operands (CrCli       *cli,
                   const char  *command,
                   char       **args,
                   int         *exit_code)
{
  g_autofree char *message = NULL;

  if (g_strv_length (args) <= 1)
    return TRUE;

  message = g_strdup_printf (_("Unexpected argument “%s”."), args[1]);
  *exit_code = _cr_cli_usage_error (cli, command, message);
  return FALSE;
}

/* --------------------------------------------------------------------------
 * init
 */

int
_cr_cli_cmd_init (CrCli   *cli,
                  char  ***args)
{
  g_autoptr(CrDatabase) db = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  gboolean existed;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "init", "",
                              _("Create the database file, or bring an existing one up to the current schema version. Nothing already saved is changed."),
                              NULL, args, &exit_code))
    return exit_code;
  if (!check_no_operands (cli, "init", *args, &exit_code))
    return exit_code;

  path = _cr_cli_dup_database_path (cli);
  display = g_filename_display_name (path);
  existed = g_file_test (path, G_FILE_TEST_EXISTS);

  db = _cr_cli_open_database (cli, CR_CLI_OPEN_CREATE | CR_CLI_OPEN_WRITE, &exit_code);
  if (db == NULL)
    return exit_code;

  _cr_cli_print (cli, "%s %s\n", _("Database:"), display);
  _cr_cli_print (cli, "%s %d\n", _("Schema version:"), cr_database_get_latest_schema_version ());
  _cr_cli_print (cli, "%s\n",
                 existed ? _("The database was already there and is up to date.")
                         : _("Created a new, empty database."));

  return CR_CLI_EXIT_OK;
}

/* --------------------------------------------------------------------------
 * demo
 */

static gboolean
count_cases (CrDatabase  *db,
             guint       *n_cases,
             GError     **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GPtrArray) cases = NULL;

  cr_database_list_cases_async (db, NULL, cr_database_sync_cb, &res);
  cases = cr_database_list_cases_finish (db, cr_database_wait (&res), error);
  if (cases == NULL)
    return FALSE;

  *n_cases = cases->len;
  return TRUE;
}

int
_cr_cli_cmd_demo (CrCli   *cli,
                  char  ***args)
{
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Also write into a database that already holds cases: only the demo cases it lacks are added, nothing is changed or removed"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  guint n_cases = 0;
  guint n_added = 0;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "demo", "[--force]",
                              _("Write the fictional “Northbridge Safeguarding Children Partnership” into the database: agencies, and cases in every status with their agencies, themes, children and family members. Every name and date in it is invented."),
                              entries, args, &exit_code))
    return exit_code;
  if (!check_no_operands (cli, "demo", *args, &exit_code))
    return exit_code;

  path = _cr_cli_dup_database_path (cli);
  display = g_filename_display_name (path);

  db = _cr_cli_open_database (cli, CR_CLI_OPEN_CREATE | CR_CLI_OPEN_WRITE, &exit_code);
  if (db == NULL)
    return exit_code;

  if (!count_cases (db, &n_cases, &error))
    return _cr_cli_report_error (cli, error);

  if (n_cases > 0 && !force)
    {
      _cr_cli_printerr (cli,
                        /* Translators: %u is a number of cases, %s a file name */
                        ngettext ("The database “%2$s” already holds %1$u case, so the demo data was not added. Use --force to add only the demo cases it lacks (nothing is changed or removed), or name another file with --database.",
                                  "The database “%2$s” already holds %1$u cases, so the demo data was not added. Use --force to add only the demo cases it lacks (nothing is changed or removed), or name another file with --database.",
                                  n_cases),
                        n_cases, display);
      return CR_CLI_EXIT_FAILED;
    }

  cr_demo_data_write_async (db, NULL, cr_database_sync_cb, &res);
  if (!cr_demo_data_write_finish_full (db, cr_database_wait (&res), &n_added, &error))
    return _cr_cli_report_error (cli, error);
  g_clear_object (&res);

  /* The chronologies and PDF documents of two reviews under way. */
  cr_demo_documents_write_async (db, NULL, cr_database_sync_cb, &res);
  if (!cr_demo_documents_write_finish (db, cr_database_wait (&res), NULL, &error))
    return _cr_cli_report_error (cli, error);

  if (n_added == 0)
    _cr_cli_print (cli, _("The database “%s” already holds every demo case; nothing was added.\n"), display);
  else
    _cr_cli_print (cli,
                   /* Translators: %u is a number of cases, %s a file name */
                   ngettext ("Added %1$u fictional demo case to “%2$s”.\n",
                             "Added %1$u fictional demo cases to “%2$s”.\n",
                             n_added),
                   n_added, display);

  return CR_CLI_EXIT_OK;
}

/* --------------------------------------------------------------------------
 * check
 */

int
_cr_cli_cmd_check (CrCli   *cli,
                   char  ***args)
{
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  g_autofree char *report = NULL;
  int schema_version = 0;
  int latest = cr_database_get_latest_schema_version ();
  gboolean ok;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "check", "",
                              _("Check the database: SQLite’s integrity check, the foreign keys, and the schema version. Exit status 0 means healthy."),
                              NULL, args, &exit_code))
    return exit_code;
  if (!check_no_operands (cli, "check", *args, &exit_code))
    return exit_code;

  path = _cr_cli_dup_database_path (cli);
  display = g_filename_display_name (path);

  db = _cr_cli_open_database (cli, CR_CLI_OPEN_READ, &exit_code);
  if (db == NULL)
    return exit_code;

  cr_database_check_async (db, NULL, cr_database_sync_cb, &res);
  ok = cr_database_check_finish (db, cr_database_wait (&res), &schema_version, &report, &error);
  if (!ok && !g_error_matches (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT))
    return _cr_cli_report_error (cli, error);

  _cr_cli_print (cli, "%s %s\n", _("Database:"), display);
  /* Translators: %d are schema version numbers */
  _cr_cli_print (cli, _("Schema version: %d (this version of Case Reviews writes %d)\n"),
                 schema_version, latest);
  _cr_cli_print (cli, "%s\n", _("Integrity and foreign keys:"));
  if (report != NULL && report[0] != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (g_strchomp (report), "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *safe = cr_cli_text_fit (lines[i], 0);

          _cr_cli_print (cli, "  %s\n", safe);
        }
    }

  if (ok && report != NULL && g_str_equal (g_strstrip (report), "ok") &&
      schema_version == latest)
    {
      _cr_cli_print (cli, "%s\n", _("Result: ok"));
      return CR_CLI_EXIT_OK;
    }

  _cr_cli_print (cli, "%s\n", _("Result: problems found"));
  if (error != NULL)
    _cr_cli_printerr (cli, "%s", error->message);
  else if (schema_version != latest)
    _cr_cli_printerr (cli,
                      _("The schema version is %d, but this version of Case Reviews expects %d."),
                      schema_version, latest);
  else
    _cr_cli_printerr (cli,
                      _("The database failed its integrity check. Keep the file as it is, and restore the latest backup or ask for support."));
  return CR_CLI_EXIT_FAILED;
}
