/* cr-cli-chronology.c: “chronology import”, “chronology export” and
 * “chronology list” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"
#include "cr-chronology-import.h"
#include "cr-chronology-report.h"
#include "cr-database-chronology.h"
#include "cr-document.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

/* --------------------------------------------------------------------------
 * Shared
 */

static CrChronology *
load_chronology (CrCli      *cli,
                 CrDatabase *db,
                 CrCase     *kase,
                 int        *exit_code)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  CrChronology *chronology;

  cr_database_load_chronology_async (db, cr_case_get_id (kase), NULL, cr_database_sync_cb, &res);
  chronology = cr_database_load_chronology_finish (db, cr_database_wait (&res), &error);
  if (chronology == NULL)
    *exit_code = _cr_cli_report_error (cli, error);
  return chronology;
}

/* The row's number in the reason ("Row 14: …") is printed before it
 * already: keep what follows. */
static const char *
skip_row_prefix (const char *reason,
                 guint       row)
{
  g_autofree char *prefix = g_strdup_printf (_("Row %u: "), row);

  if (reason != NULL && g_str_has_prefix (reason, prefix))
    return reason + strlen (prefix);
  return reason;
}

/* --------------------------------------------------------------------------
 * chronology import
 */

/* "A “Date”, B “Details”, C …": the columns of @sheet, by letter and
 * header (the first row when the mapping found no header row). */
static char *
describe_columns (CrSheet                   *sheet,
                  const CrChronologyMapping *mapping)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_columns = MIN (cr_sheet_get_n_columns (sheet), 40);
  guint header = mapping != NULL && mapping->header_row >= 0 ? (guint) mapping->header_row : 0;

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *letter = cr_sheet_column_name (c);
      const char *name = header < cr_sheet_get_n_rows (sheet) ? cr_sheet_get_cell (sheet, header, c) : "";
      g_autofree char *fitted = cr_cli_text_fit (name, 30);

      if (text->len > 0)
        g_string_append (text, ", ");
      if (*name != '\0')
        /* Translators: a column of a spreadsheet: its letter and its heading, "B “Details”" */
        g_string_append_printf (text, _("%s “%s”"), letter, fitted);
      else
        g_string_append (text, letter);
    }
  if (cr_sheet_get_n_columns (sheet) > n_columns)
    g_string_append (text, ", …");

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static CrChronologyMapping *
choose_mapping (CrCli       *cli,
                CrDatabase  *db,
                CrAgency    *agency,
                CrSheet     *sheet,
                const char  *option,
                int         *exit_code)
{
  g_autoptr(CrChronologyMapping) mapping = NULL;
  g_autoptr(CrChronologyMapping) remembered = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;

  if (option != NULL)
    {
      mapping = cr_chronology_mapping_parse_option (option, sheet, &error);
      if (mapping == NULL)
        {
          g_autofree char *columns = describe_columns (sheet, NULL);

          _cr_cli_printerr (cli, "%s", error->message);
          /* Translators: %s is a list of columns, "A “Date”, B “Details”" */
          _cr_cli_printerr (cli, _("The file’s columns are: %s."), columns);
          *exit_code = CR_CLI_EXIT_USAGE;
          return NULL;
        }
    }
  else
    {
      cr_database_get_chronology_mapping_async (db, cr_agency_get_id (agency), NULL,
                                                cr_database_sync_cb, &res);
      remembered = cr_database_get_chronology_mapping_finish (db, cr_database_wait (&res), &error);
      if (remembered == NULL && error != NULL)
        {
          *exit_code = _cr_cli_report_error (cli, error);
          return NULL;
        }
      mapping = cr_chronology_mapping_guess (sheet, remembered);
    }

  if (!cr_chronology_mapping_check (mapping, sheet, &error))
    {
      g_autofree char *columns = describe_columns (sheet, mapping);

      _cr_cli_printerr (cli, "%s", error->message);
      _cr_cli_printerr (cli, _("The file’s columns are: %s."), columns);
      _cr_cli_printerr (cli, "%s",
                        _("Say which column holds what with --mapping, for example “--mapping date=A,event=C” (a column letter, a number from 1, or the column’s heading)."));
      *exit_code = CR_CLI_EXIT_USAGE;
      return NULL;
    }

  cr_chronology_mapping_name_columns (mapping, sheet);
  return g_steal_pointer (&mapping);
}

int
_cr_cli_cmd_chronology_import (CrCli   *cli,
                               char  ***args)
{
  g_autofree char *mapping_option = NULL;
  const GOptionEntry entries[] = {
    { "mapping", 'm', 0, G_OPTION_ARG_STRING, &mapping_option,
      N_("Which column holds what: “date=A,time=B,event=Details,author=4,source=E”; “header=no” when the file has no header row. Without it, the agency’s last mapping, or a guess"), N_("MAPPING") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrAgency) agency = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(CrSheet) sheet = NULL;
  g_autoptr(CrChronologyMapping) mapping = NULL;
  g_autoptr(CrChronologyImportResult) result = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  const char *path;
  gint64 import_id;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "chronology import", _("REFERENCE AGENCY FILE [--mapping MAPPING]"),
                              _("Import an agency’s chronology (CSV or XLSX) into the merged chronology of a case. AGENCY is the agency’s name or number. Dates are read day first (03/02/2021, 3 Feb 2021, 2021-02-03). Rows that cannot be read are set aside with the reason, to be corrected in the application; the file itself is kept with the case."),
                              entries, args, &exit_code))
    return exit_code;

  if (g_strv_length (*args) != 4)
    return _cr_cli_usage_error (cli, "chronology import",
                                _("“chronology import” needs a case reference, an agency and a file, for example “case-reviews-cli chronology import NB-2026-001 Police police.csv”."));

  path = (*args)[3];
  basename = g_path_get_basename (path);
  display = g_filename_display_name (basename);

  contents = _cr_cli_read_input_file (cli, path, CR_DOCUMENT_MAX_BYTES, &exit_code);
  if (contents == NULL)
    return exit_code;

  sheet = cr_sheet_read (contents, display, NULL, &error);
  if (sheet == NULL)
    {
      _cr_cli_printerr (cli, "%s", error->message);
      return CR_CLI_EXIT_USAGE;
    }

  kase = _cr_cli_open_case (cli, CR_CLI_OPEN_WRITE, (*args)[1], &db, &exit_code);
  if (kase == NULL)
    return exit_code;
  agency = _cr_cli_lookup_agency (cli, db, (*args)[2], &exit_code);
  if (agency == NULL)
    return exit_code;

  mapping = choose_mapping (cli, db, agency, sheet, mapping_option, &exit_code);
  if (mapping == NULL)
    return exit_code;

  result = cr_chronology_import_rows (sheet, mapping, NULL, &error);
  if (result == NULL)
    {
      _cr_cli_printerr (cli, "%s", error->message);
      return CR_CLI_EXIT_USAGE;
    }

  cr_database_import_chronology_async (db, cr_case_get_id (kase), cr_agency_get_id (agency),
                                       basename, contents, mapping, result,
                                       NULL, cr_database_sync_cb, &res);
  import_id = cr_database_import_chronology_finish (db, cr_database_wait (&res), &error);
  if (import_id <= 0)
    return _cr_cli_report_error (cli, error);

  if (result->rejects->len == 0)
    _cr_cli_print (cli,
                   /* Translators: %u is a number of entries, then a file name and an agency */
                   ngettext ("Imported %u entry from “%s” for %s.\n",
                             "Imported %u entries from “%s” for %s.\n",
                             result->entries->len),
                   result->entries->len, display, cr_agency_get_name (agency));
  else
    {
      g_autofree char *imported = NULL;

      imported = g_strdup_printf (ngettext ("Imported %u entry from “%s” for %s",
                                            "Imported %u entries from “%s” for %s",
                                            result->entries->len),
                                  result->entries->len, display, cr_agency_get_name (agency));
      _cr_cli_print (cli,
                     /* Translators: the first %s is "Imported 412 entries from “police.csv” for Police", %u a number of rows */
                     ngettext ("%s; %u row set aside:\n", "%s; %u rows set aside:\n",
                               result->rejects->len),
                     imported, result->rejects->len);
      for (guint i = 0; i < result->rejects->len; i++)
        {
          CrChronologyReject *reject = g_ptr_array_index (result->rejects, i);
          guint row = cr_chronology_reject_get_row (reject);
          g_autofree char *reason = cr_cli_text_fit (skip_row_prefix (cr_chronology_reject_get_reason (reject), row), 0);

          /* Translators: one rejected row, "  row 14: “31/02/2021” is not a real day" */
          _cr_cli_print (cli, _("  row %u: %s\n"), row, reason);
        }
    }

  if (result->n_blank > 0)
    _cr_cli_print (cli,
                   ngettext ("%u blank row was skipped.\n", "%u blank rows were skipped.\n",
                             result->n_blank),
                   result->n_blank);

  return CR_CLI_EXIT_OK;
}

/* --------------------------------------------------------------------------
 * chronology list
 */

enum
{
  COL_ID,
  COL_DATE,
  COL_TIME,
  COL_AGENCY,
  COL_EVENT,
  COL_AUTHOR,
  COL_SOURCE,
  COL_KPE,
  COL_DUPLICATE,
  COL_FILE,
  COL_ROW,
  N_COLUMNS
};

static const CrCliColumn entry_columns[N_COLUMNS] = {
  [COL_ID] = { "id", NULL, CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_DATE] = { "date", N_("Date"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 0 },
  [COL_TIME] = { "time", N_("Time"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 0 },
  [COL_AGENCY] = { "agency", N_("Agency"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 24 },
  [COL_EVENT] = { "event", N_("Event"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 60 },
  [COL_AUTHOR] = { "author", N_("Author or role"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 24 },
  [COL_SOURCE] = { "source", N_("Source"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_SHRINK_FIRST, 20 },
  [COL_KPE] = { "key_practice_episode", N_("KPE"), CR_CLI_COLUMN_BOOLEAN, CR_CLI_COLUMN_ALL, 0 },
  [COL_DUPLICATE] = { "duplicate", N_("Duplicate"), CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_ALL, 0 },
  [COL_FILE] = { "source_file", NULL, CR_CLI_COLUMN_TEXT, CR_CLI_COLUMN_DATA_ONLY, 0 },
  [COL_ROW] = { "source_row", NULL, CR_CLI_COLUMN_INTEGER, CR_CLI_COLUMN_DATA_ONLY, 0 },
};

static const char *
duplicate_nick (CrChronologyDuplicateMark mark)
{
  switch (mark)
    {
    case CR_CHRONOLOGY_DUPLICATE_SUSPECTED:
      return "suspected";
    case CR_CHRONOLOGY_DUPLICATE_CONFIRMED:
      return "confirmed";
    case CR_CHRONOLOGY_DUPLICATE_NONE:
    default:
      return NULL;
    }
}

int
_cr_cli_cmd_chronology_list (CrCli   *cli,
                             char  ***args)
{
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrChronology) chronology = NULL;
  g_autoptr(CrCliTable) table = NULL;
  GListModel *model;
  GListModel *rejects;
  CrCliFormat format;
  int exit_code = CR_CLI_EXIT_OK;

  kase = _cr_cli_open_listed_case (cli, "chronology list", _("REFERENCE [--format FORMAT]"),
                                   _("List the merged chronology of a case in date order: every agency’s entries, with key practice episodes and possible duplicates marked. The table also counts the rows set aside."),
                                   "case-reviews-cli chronology list NB-2026-001",
                                   args, &db, &format, &exit_code);
  if (kase == NULL)
    return exit_code;
  chronology = load_chronology (cli, db, kase, &exit_code);
  if (chronology == NULL)
    return exit_code;

  model = cr_chronology_get_entries (chronology);
  rejects = cr_chronology_get_rejects (chronology);
  table = cr_cli_table_new (entry_columns, N_COLUMNS);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (model, i);
      g_autofree char *date = cr_chronology_entry_dup_iso_date (entry);
      g_autofree char *time = cr_chronology_entry_dup_time_text (entry);

      cr_cli_table_add_row (table);
      cr_cli_table_set_int (table, COL_ID, cr_chronology_entry_get_id (entry));
      cr_cli_table_set (table, COL_DATE, date);
      cr_cli_table_set (table, COL_TIME, time);
      cr_cli_table_set (table, COL_AGENCY, cr_chronology_entry_get_agency_name (entry));
      cr_cli_table_set (table, COL_EVENT, cr_chronology_entry_get_event (entry));
      cr_cli_table_set (table, COL_AUTHOR, cr_chronology_entry_get_author (entry));
      cr_cli_table_set (table, COL_SOURCE, cr_chronology_entry_get_source (entry));
      cr_cli_table_set_boolean (table, COL_KPE, cr_chronology_entry_get_key_practice_episode (entry));
      cr_cli_table_set (table, COL_DUPLICATE, duplicate_nick (cr_chronology_entry_get_duplicate (entry)));
      cr_cli_table_set (table, COL_FILE, cr_chronology_entry_get_source_file (entry));
      cr_cli_table_set_int (table, COL_ROW, cr_chronology_entry_get_row (entry));
    }

  _cr_cli_write_listing (cli, table, format, _("This case has no chronology entries yet."));
  if (format != CR_CLI_FORMAT_TABLE)
    return CR_CLI_EXIT_OK;

  if (g_list_model_get_n_items (rejects) > 0)
    {
      guint n = g_list_model_get_n_items (rejects);

      _cr_cli_print (cli,
                     /* Translators: %u is a number of rows */
                     ngettext ("%u row is set aside, waiting to be corrected or discarded:\n",
                               "%u rows are set aside, waiting to be corrected or discarded:\n", n),
                     n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CrChronologyReject) reject = g_list_model_get_item (rejects, i);
          guint row = cr_chronology_reject_get_row (reject);
          g_autofree char *reason = cr_cli_text_fit (skip_row_prefix (cr_chronology_reject_get_reason (reject), row), 0);

          /* Translators: "  Police, row 14: “31/02/2021” is not a real day" */
          _cr_cli_print (cli, _("  %s, row %u: %s\n"),
                         cr_chronology_reject_get_agency_name (reject), row, reason);
        }
    }

  return CR_CLI_EXIT_OK;
}
