/* cr-cli-cases.c: “cases list” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"
#include "cr-case-status.h"

#include <glib/gi18n.h>

enum
{
  COL_REFERENCE,
  COL_PSEUDONYM,
  COL_STATUS,
  COL_STATUS_LABEL,
  COL_PAUSED_FROM,
  COL_REVIEW_TYPE,
  COL_YEAR,
  COL_NEXT_DEADLINE,
  COL_NEXT_DEADLINE_LABEL,
  COL_DAYS_LEFT,
  COL_DEADLINE_DISPLAY,
  COL_AGENCIES,
  COL_THEMES,
  N_COLUMNS
};

static const CrCliColumn case_columns[N_COLUMNS] = {
  [COL_REFERENCE] = { "reference", N_("Reference"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 20 },
  [COL_PSEUDONYM] = { "pseudonym", N_("Pseudonym"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 22 },
  [COL_STATUS] = { "status", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_STATUS_LABEL] = { "status_label", N_("Status"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 30 },
  [COL_PAUSED_FROM] = { "paused_from", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_REVIEW_TYPE] = { "review_type", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_YEAR] = { "year", NULL, CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_NEXT_DEADLINE] = { "next_deadline", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_NEXT_DEADLINE_LABEL] = { "next_deadline_label", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_DAYS_LEFT] = { "days_left", NULL, CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_DEADLINE_DISPLAY] = { "deadline", N_("Next deadline"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_TABLE_ONLY, 34 },
  [COL_AGENCIES] = { "agencies", N_("Agencies"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 36 },
  [COL_THEMES] = { "themes", N_("Themes"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 36 },
};

static char *
dup_status_list (void)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (int s = 0; s <= CR_CASE_STATUS_LAST; s++)
    {
      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append (list, cr_case_status_to_nick ((CrCaseStatus) s));
    }
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static char *
dup_status_display (CrCase *kase)
{
  CrCaseStatus status = cr_case_get_status (kase);

  if (status == CR_CASE_STATUS_PAUSED)
    /* Translators: “Paused (from Analysis and drafting)”: the first %s is
     * the label of the paused status, the second the stage it was in */
    return g_strdup_printf (_("%s (from %s)"),
                            cr_case_status_to_label (status),
                            cr_case_status_to_label (cr_case_get_paused_from (kase)));
  return g_strdup (cr_case_status_to_label (status));
}

static void
add_case_row (CrCliTable *table,
              CrCase     *kase)
{
  g_autofree char *status = dup_status_display (kase);
  g_autofree char *deadline = _cr_cli_format_deadline (kase);
  CrCaseStatus s = cr_case_get_status (kase);
  int year = cr_case_get_year (kase);

  cr_cli_table_add_row (table);
  cr_cli_table_set (table, COL_REFERENCE, cr_case_get_reference (kase));
  cr_cli_table_set (table, COL_PSEUDONYM, cr_case_get_pseudonym (kase));
  cr_cli_table_set (table, COL_STATUS, cr_case_status_to_nick (s));
  cr_cli_table_set (table, COL_STATUS_LABEL, status);
  if (s == CR_CASE_STATUS_PAUSED)
    cr_cli_table_set (table, COL_PAUSED_FROM,
                      cr_case_status_to_nick (cr_case_get_paused_from (kase)));
  cr_cli_table_set (table, COL_REVIEW_TYPE,
                    _cr_cli_review_type_nick (cr_case_get_review_type (kase)));
  if (year > 0)
    cr_cli_table_set_int (table, COL_YEAR, year);
  if (cr_case_get_next_deadline (kase) != NULL)
    {
      cr_cli_table_set (table, COL_NEXT_DEADLINE, cr_case_get_next_deadline (kase));
      cr_cli_table_set (table, COL_NEXT_DEADLINE_LABEL, cr_case_get_next_deadline_label (kase));
      cr_cli_table_set_int (table, COL_DAYS_LEFT, cr_case_get_days_left (kase));
    }
  cr_cli_table_set (table, COL_DEADLINE_DISPLAY, deadline);
  cr_cli_table_set (table, COL_AGENCIES, cr_case_get_agencies (kase));
  cr_cli_table_set (table, COL_THEMES, cr_case_get_themes (kase));
}

int
_cr_cli_cmd_cases_list (CrCli   *cli,
                        char  ***args)
{
  g_autofree char *status_nick = NULL;
  g_autofree char *format_name = NULL;
  const GOptionEntry entries[] = {
    { "status", 's', 0, G_OPTION_ARG_STRING, &status_nick,
      N_("Only the cases in this status, for example “rapid-review”"), N_("STATUS") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: table, csv or json (default: table)"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCliTable) table = NULL;
  CrCaseStatus status = CR_CASE_STATUS_REFERRED;
  CrCliFormat format;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "cases list", "[OPTION…]",
                              _("List the cases of the register, by reference."),
                              entries, args, &exit_code))
    return exit_code;

  if (g_strv_length (*args) > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s”."), (*args)[1]);

      return _cr_cli_usage_error (cli, "cases list", message);
    }

  if (!_cr_cli_parse_list_format (cli, "cases list", format_name, &format, &exit_code))
    return exit_code;

  if (status_nick != NULL && !cr_case_status_from_nick (status_nick, &status))
    {
      g_autofree char *valid = dup_status_list ();
      /* Translators: the first %s is what the user typed, the second the
       * list of valid statuses */
      g_autofree char *message = g_strdup_printf (_("Unknown status “%s”. Valid statuses: %s."),
                                                  status_nick, valid);

      return _cr_cli_usage_error (cli, "cases list", message);
    }

  db = _cr_cli_open_database (cli, CR_CLI_OPEN_READ, &exit_code);
  if (db == NULL)
    return exit_code;

  cr_database_list_cases_async (db, NULL, cr_database_sync_cb, &res);
  cases = cr_database_list_cases_finish (db, cr_database_wait (&res), &error);
  if (cases == NULL)
    return _cr_cli_report_error (cli, error);

  table = cr_cli_table_new (case_columns, N_COLUMNS);
  for (guint i = 0; i < cases->len; i++)
    {
      CrCase *kase = g_ptr_array_index (cases, i);

      if (status_nick == NULL || cr_case_get_status (kase) == status)
        add_case_row (table, kase);
    }

  if (format == CR_CLI_FORMAT_TABLE && cr_cli_table_get_n_rows (table) == 0)
    {
      if (status_nick != NULL)
        /* Translators: %s is a status label such as “Rapid review” */
        _cr_cli_print (cli, _("No cases are in the status “%s”.\n"),
                       cr_case_status_to_label (status));
      else
        _cr_cli_print (cli, "%s\n", _("There are no cases in this database yet."));
      return CR_CLI_EXIT_OK;
    }

  _cr_cli_write_table (cli, table, format);

  return CR_CLI_EXIT_OK;
}
