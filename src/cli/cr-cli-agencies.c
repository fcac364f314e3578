/* cr-cli-agencies.c: “agencies list” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"

#include <glib/gi18n.h>

enum
{
  COL_NAME,
  COL_SECTOR,
  COL_SECTOR_LABEL,
  COL_CONTACT_NAME,
  COL_CONTACT_EMAIL,
  COL_CONTACT_PHONE,
  COL_CASES,
  COL_ARCHIVED,
  N_COLUMNS
};

static const CrCliColumn agency_columns[N_COLUMNS] = {
  [COL_NAME] = { "name", N_("Agency"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 44 },
  [COL_SECTOR] = { "sector", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_SECTOR_LABEL] = { "sector_label", N_("Sector"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 18 },
  [COL_CONTACT_NAME] = { "contact_name", N_("Contact"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 24 },
  [COL_CONTACT_EMAIL] = { "contact_email", N_("Email"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 36 },
  [COL_CONTACT_PHONE] = { "contact_phone", N_("Phone"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 18 },
  [COL_CASES] = { "case_count", N_("Cases"), CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_ALL, 0 },
  [COL_ARCHIVED] = { "archived", N_("Archived"), CR_CLI_COLUMN_BOOLEAN, CR_CLI_COLUMN_ALL, 0 },
};

int
_cr_cli_cmd_agencies_list (CrCli   *cli,
                           char  ***args)
{
  gboolean all = FALSE;
  g_autofree char *format_name = NULL;
  const GOptionEntry entries[] = {
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all,
      N_("Include archived agencies"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: table, csv or json (default: table)"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCliTable) table = NULL;
  CrCliFormat format;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "agencies list", "[OPTION…]",
                              _("List the agencies of the partnership, by name, with the number of cases each is involved in."),
                              entries, args, &exit_code))
    return exit_code;

  if (g_strv_length (*args) > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s”."), (*args)[1]);

      return _cr_cli_usage_error (cli, "agencies list", message);
    }

  if (!_cr_cli_parse_list_format (cli, "agencies list", format_name, &format, &exit_code))
    return exit_code;

  db = _cr_cli_open_database (cli, CR_CLI_OPEN_READ, &exit_code);
  if (db == NULL)
    return exit_code;

  cr_database_list_agencies_async (db, NULL, cr_database_sync_cb, &res);
  agencies = cr_database_list_agencies_finish (db, cr_database_wait (&res), &error);
  if (agencies == NULL)
    return _cr_cli_report_error (cli, error);

  table = cr_cli_table_new (agency_columns, N_COLUMNS);
  for (guint i = 0; i < agencies->len; i++)
    {
      CrAgency *agency = g_ptr_array_index (agencies, i);
      CrAgencySector sector = cr_agency_get_sector (agency);

      if (cr_agency_get_archived (agency) && !all)
        continue;

      cr_cli_table_add_row (table);
      cr_cli_table_set (table, COL_NAME, cr_agency_get_name (agency));
      cr_cli_table_set (table, COL_SECTOR, cr_agency_sector_to_nick (sector));
      cr_cli_table_set (table, COL_SECTOR_LABEL, cr_agency_sector_to_label (sector));
      cr_cli_table_set (table, COL_CONTACT_NAME, cr_agency_get_contact_name (agency));
      cr_cli_table_set (table, COL_CONTACT_EMAIL, cr_agency_get_contact_email (agency));
      cr_cli_table_set (table, COL_CONTACT_PHONE, cr_agency_get_contact_phone (agency));
      cr_cli_table_set_int (table, COL_CASES, cr_agency_get_case_count (agency));
      cr_cli_table_set_boolean (table, COL_ARCHIVED, cr_agency_get_archived (agency));
    }

  if (format == CR_CLI_FORMAT_TABLE && cr_cli_table_get_n_rows (table) == 0)
    {
      _cr_cli_print (cli, "%s\n",
                     agencies->len > 0
                       ? _("Every agency is archived; add --all to list them.")
                       : _("There are no agencies in this database yet."));
      return CR_CLI_EXIT_OK;
    }

  _cr_cli_write_table (cli, table, format);

  return CR_CLI_EXIT_OK;
}
