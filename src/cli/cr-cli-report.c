/* cr-cli-report.c: “report rapid-review REFERENCE --output FILE” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"
#include "cr-rapid-review-report.h"

#include <glib/gi18n.h>

#define SETTINGS_SCHEMA_ID "org.casereviews.CaseReviews"

/* Blank when the schema is not installed (the report then says "Not
 * recorded"). */
void
_cr_cli_read_partnership_settings (char **partnership,
                                   char **local_authority)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  *partnership = NULL;
  *local_authority = NULL;

  if (source == NULL)
    return;
  schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL ||
      !g_settings_schema_has_key (schema, "partnership-name") ||
      !g_settings_schema_has_key (schema, "local-authority"))
    return;

  settings = g_settings_new_full (schema, NULL, NULL);
  *partnership = g_strstrip (g_settings_get_string (settings, "partnership-name"));
  *local_authority = g_strstrip (g_settings_get_string (settings, "local-authority"));
}

int
_cr_cli_cmd_report_rapid_review (CrCli   *cli,
                                 char  ***args)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write (required)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *partnership = NULL;
  g_autofree char *local_authority = NULL;
  g_autofree char *display = NULL;
  const char *data;
  gsize size;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "report rapid-review", _("REFERENCE --output FILE"),
                              _("Write the Rapid Review Report of a case to the Panel as a PDF file. The partnership’s name and local authority come from the application’s preferences. The report names children and family members by pseudonym only. The file is readable by you alone."),
                              entries, args, &exit_code))
    return exit_code;

  if (!_cr_cli_check_one_case (cli, "report rapid-review", *args,
                               "case-reviews-cli report rapid-review NB-2026-001 --output report.pdf",
                               &exit_code))
    return exit_code;

  if (output == NULL || output[0] == '\0')
    return _cr_cli_usage_error (cli, "report rapid-review",
                                _("Name the PDF file to write with --output, for example “--output report.pdf”."));

  display = g_filename_display_name (output);
  if (g_file_test (output, G_FILE_TEST_IS_DIR))
    {
      /* Translators: %s is a file name */
      _cr_cli_printerr (cli, _("“%s” is a folder: give the name of the PDF file to write."), display);
      return CR_CLI_EXIT_FAILED;
    }

  kase = _cr_cli_open_case (cli, CR_CLI_OPEN_READ, (*args)[1], &db, &exit_code);
  if (kase == NULL)
    return exit_code;

  _cr_cli_read_partnership_settings (&partnership, &local_authority);

  cr_rapid_review_report_generate_async (db, cr_case_get_id (kase), partnership, local_authority,
                                         NULL, cr_database_sync_cb, &res);
  bytes = cr_rapid_review_report_generate_finish (cr_database_wait (&res), &error);
  if (bytes == NULL)
    return _cr_cli_report_error (cli, error);

  /* Atomic and durable: a temporary file beside the target, flushed,
   * then renamed over it; readable by the user alone. */
  data = g_bytes_get_data (bytes, &size);
  if (!g_file_set_contents_full (output, data, (gssize) size,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &error))
    {
      /* Translators: the first %s is a file name, the second says why */
      _cr_cli_printerr (cli, _("Could not save the report as “%s”: %s"), display, error->message);
      return CR_CLI_EXIT_FAILED;
    }

  _cr_cli_print (cli, "%s\n", display);
  return CR_CLI_EXIT_OK;
}
