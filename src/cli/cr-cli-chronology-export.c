/* cr-cli-chronology-export.c: “chronology export” */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-private.h"
#include "cr-chronology-report.h"
#include "cr-database-chronology.h"
#include "cr-util.h"

#include <glib/gi18n.h>

typedef struct
{
  GPtrArray *agencies;   /* casefolded names, or empty for all */
  guint32    from;       /* julian day, 0: none */
  guint32    to;
  char      *search;     /* casefolded, or NULL */
} Filter;

static gboolean
filter_matches (const Filter      *filter,
                CrChronologyEntry *entry)
{
  guint32 day = cr_chronology_entry_get_julian (entry);

  if (filter->from != 0 && day < filter->from)
    return FALSE;
  if (filter->to != 0 && day > filter->to)
    return FALSE;

  if (filter->agencies->len > 0)
    {
      g_autofree char *name = g_utf8_casefold (cr_chronology_entry_get_agency_name (entry) != NULL
                                               ? cr_chronology_entry_get_agency_name (entry) : "", -1);
      gboolean found = FALSE;

      for (guint i = 0; i < filter->agencies->len && !found; i++)
        found = g_str_equal (g_ptr_array_index (filter->agencies, i), name);
      if (!found)
        return FALSE;
    }

  return filter->search == NULL || cr_chronology_entry_matches (entry, filter->search);
}

/* "Police and Health visiting, 1 March 2025 – 30 June 2025, matching
 * “school”", or NULL when nothing is filtered. */
static char *
describe_filter (char        **agencies,
                 const GDate  *from,
                 const GDate  *to,
                 const char   *search)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_agencies = agencies != NULL ? g_strv_length (agencies) : 0;

  if (n_agencies > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < n_agencies; i++)
        {
          if (i > 0 && i == n_agencies - 1)
            /* Translators: before the last of a list of agencies, "Police and Health" */
            g_string_append (names, _(" and "));
          else if (i > 0)
            g_string_append (names, ", ");
          g_string_append (names, agencies[i]);
        }
      g_ptr_array_add (parts, g_string_free (g_steal_pointer (&names), FALSE));
    }

  if (g_date_valid (from) || g_date_valid (to))
    {
      g_autofree char *from_iso = g_date_valid (from) ? cr_date_to_iso (from) : NULL;
      g_autofree char *to_iso = g_date_valid (to) ? cr_date_to_iso (to) : NULL;
      g_autofree char *from_text = from_iso != NULL ? cr_date_format_display (from_iso) : NULL;
      g_autofree char *to_text = to_iso != NULL ? cr_date_format_display (to_iso) : NULL;

      if (from_text != NULL && to_text != NULL)
        /* Translators: a range of dates, "1 March 2025 – 30 June 2025" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s – %s"), from_text, to_text));
      else if (from_text != NULL)
        /* Translators: %s is a date */
        g_ptr_array_add (parts, g_strdup_printf (_("from %s"), from_text));
      else
        /* Translators: %s is a date */
        g_ptr_array_add (parts, g_strdup_printf (_("until %s"), to_text));
    }

  if (search != NULL)
    /* Translators: %s is the text searched for */
    g_ptr_array_add (parts, g_strdup_printf (_("matching “%s”"), search));

  if (parts->len == 0)
    return NULL;

  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (parts, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Each --agency names an agency that has entries; otherwise a usage error
 * naming those that do. */
static gboolean
check_agencies (CrCli         *cli,
                CrChronology  *chronology,
                char         **agencies,
                GPtrArray     *folded,
                int           *exit_code)
{
  g_auto(GStrv) names = NULL;
  g_autofree gint64 *ids = NULL;

  if (agencies == NULL)
    return TRUE;

  names = cr_chronology_dup_agency_names (chronology, &ids);
  for (guint i = 0; agencies[i] != NULL; i++)
    {
      g_autofree char *wanted = g_utf8_casefold (agencies[i], -1);
      gboolean found = FALSE;

      for (guint j = 0; names != NULL && names[j] != NULL && !found; j++)
        {
          g_autofree char *name = g_utf8_casefold (names[j], -1);

          found = g_str_equal (name, wanted);
        }

      if (!found)
        {
          g_autofree char *list = names != NULL && names[0] != NULL
                                  ? g_strjoinv (", ", names) : NULL;
          g_autofree char *message = NULL;

          if (list != NULL)
            /* Translators: the first %s is an agency name, the second a list of names */
            message = g_strdup_printf (_("No entries of an agency named “%s” in this chronology. Its agencies are: %s."),
                                       agencies[i], list);
          else
            message = g_strdup_printf (_("No entries of an agency named “%s”: this chronology is empty."),
                                       agencies[i]);
          *exit_code = _cr_cli_usage_error (cli, "chronology export", message);
          return FALSE;
        }
      g_ptr_array_add (folded, g_steal_pointer (&wanted));
    }

  return TRUE;
}

int
_cr_cli_cmd_chronology_export (CrCli   *cli,
                               char  ***args)
{
  g_autofree char *output = NULL;
  g_auto(GStrv) agencies = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *search = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: FILE.csv or FILE.pdf (required)"), N_("FILE") },
    { "agency", 'a', 0, G_OPTION_ARG_STRING_ARRAY, &agencies,
      N_("Only the entries of this agency (repeat for several)"), N_("NAME") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      N_("Only entries on or after DATE"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      N_("Only entries on or before DATE"), N_("DATE") },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search,
      N_("Only entries whose event, author, source or agency holds TEXT"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrChronology) chronology = NULL;
  g_autoptr(GListStore) selected = g_list_store_new (CR_TYPE_CHRONOLOGY_ENTRY);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *display = NULL;
  g_autofree char *lower = NULL;
  Filter filter = { 0 };
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  GDate from, to;
  GListModel *model;
  gboolean pdf;
  guint n_selected;
  int exit_code = CR_CLI_EXIT_OK;

  if (!_cr_cli_parse_options (cli, "chronology export",
                              _("REFERENCE --output FILE.csv|FILE.pdf [--agency NAME]… [--from DATE] [--to DATE] [--search TEXT]"),
                              _("Write the merged chronology of a case, or the part of it the options select, as CSV (for a spreadsheet) or as a PDF. The kind follows the file’s extension. Dates are YYYY-MM-DD or DD/MM/YYYY."),
                              entries, args, &exit_code))
    return exit_code;

  if (!_cr_cli_check_one_case (cli, "chronology export", *args,
                               "case-reviews-cli chronology export NB-2026-001 --output chronology.pdf",
                               &exit_code))
    return exit_code;

  if (!_cr_cli_check_output_path (cli, "chronology export", output, &exit_code))
    return exit_code;

  lower = g_ascii_strdown (output, -1);
  if (g_str_has_suffix (lower, ".pdf"))
    pdf = TRUE;
  else if (g_str_has_suffix (lower, ".csv"))
    pdf = FALSE;
  else
    return _cr_cli_usage_error (cli, "chronology export",
                                _("Name a file ending in “.csv” or “.pdf”: the ending says what to write."));

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  if (from_text != NULL &&
      !_cr_cli_parse_date_arg (cli, "chronology export", from_text, &from, &exit_code))
    return exit_code;
  if (to_text != NULL &&
      !_cr_cli_parse_date_arg (cli, "chronology export", to_text, &to, &exit_code))
    return exit_code;
  if (g_date_valid (&from) && g_date_valid (&to) && g_date_compare (&from, &to) > 0)
    return _cr_cli_usage_error (cli, "chronology export",
                                _("The --from date is after the --to date. Swap them."));
  if (search != NULL)
    g_strstrip (search);
  if (search != NULL && *search == '\0')
    g_clear_pointer (&search, g_free);

  kase = _cr_cli_open_case (cli, CR_CLI_OPEN_READ, (*args)[1], &db, &exit_code);
  if (kase == NULL)
    return exit_code;

  cr_database_load_chronology_async (db, cr_case_get_id (kase), NULL, cr_database_sync_cb, &res);
  chronology = cr_database_load_chronology_finish (db, cr_database_wait (&res), &error);
  g_clear_object (&res);
  if (chronology == NULL)
    return _cr_cli_report_error (cli, error);

  if (!check_agencies (cli, chronology, agencies, folded, &exit_code))
    return exit_code;

  filter.agencies = folded;
  filter.from = g_date_valid (&from) ? g_date_get_julian (&from) : 0;
  filter.to = g_date_valid (&to) ? g_date_get_julian (&to) : 0;
  filter.search = search != NULL ? g_utf8_casefold (search, -1) : NULL;

  model = cr_chronology_get_entries (chronology);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (model, i);

      if (filter_matches (&filter, entry))
        g_list_store_append (selected, entry);
    }
  g_free (filter.search);
  n_selected = g_list_model_get_n_items (G_LIST_MODEL (selected));

  if (pdf)
    {
      description = describe_filter (agencies, &from, &to, search);
      cr_chronology_report_render_async (kase, G_LIST_MODEL (selected), description,
                                         NULL, cr_database_sync_cb, &res);
      bytes = cr_chronology_report_render_finish (cr_database_wait (&res), &error);
      if (bytes == NULL)
        {
          _cr_cli_printerr (cli, "%s", error->message);
          return CR_CLI_EXIT_FAILED;
        }
    }
  else
    bytes = cr_chronology_write_csv (G_LIST_MODEL (selected));

  if (!_cr_cli_save_output_file (cli, output, bytes, &exit_code))
    return exit_code;

  display = g_filename_display_name (output);
  _cr_cli_print (cli,
                 /* Translators: %u is a number of entries, %s a file name */
                 ngettext ("Wrote %u entry to “%s”.\n", "Wrote %u entries to “%s”.\n", n_selected),
                 n_selected, display);
  return CR_CLI_EXIT_OK;
}
