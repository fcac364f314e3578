/* cr-chronology-import.c: reading an agency's chronology into entries */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyImport"

#include "config.h"

#include "cr-chronology-import.h"

#include "cr-sheet-private.h"
#include "cr-uk-date.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

/* What storage keeps: an event of up to 20,000 characters, an author or
 * source of up to 1,000. */
#define MAX_EVENT 20000
#define MAX_LINE  1000
#define CANCEL_EVERY 1024

void
cr_chronology_import_result_free (CrChronologyImportResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->entries, g_ptr_array_unref);
  g_clear_pointer (&result->rejects, g_ptr_array_unref);
  g_free (result);
}

typedef struct
{
  CrSheet                   *sheet;
  const CrChronologyMapping *mapping;
  GDate                      today;
  GDate                      earliest;
} Import;

static const char *
mapped_cell (Import           *import,
             guint             row,
             CrChronologyRole  role)
{
  int column = import->mapping->columns[role];

  return column >= 0 ? cr_sheet_get_cell (import->sheet, row, (guint) column) : "";
}

static char *
mapped_column_name (Import           *import,
                    CrChronologyRole  role)
{
  return cr_sheet_column_name ((guint) MAX (import->mapping->columns[role], 0));
}

static char *
quote (const char *text)
{
  if (g_utf8_strlen (text, -1) > 60)
    {
      g_autofree char *start = g_utf8_substring (text, 0, 60);

      return g_strdup_printf ("“%s…”", start);
    }

  return g_strdup_printf ("“%s”", text);
}

/* NULL when the row reads as an entry; else what to fix. */
static char *
check_row (Import            *import,
           guint              row,
           guint              number,
           CrChronologyEntry *entry)
{
  static const CrChronologyRole lines[] = { CR_CHRONOLOGY_ROLE_AUTHOR, CR_CHRONOLOGY_ROLE_SOURCE };
  guint length = _cr_sheet_get_row_length (import->sheet, row);
  g_autoptr(GError) error = NULL;
  const char *date_text, *time_text, *event;
  int minutes = -1, time_minutes;
  GDate date;

  for (guint c = 0; c < length; c++)
    {
      const char *cell = cr_sheet_get_cell (import->sheet, row, c);

      if (strlen (cell) > MAX_EVENT && g_utf8_strlen (cell, -1) > MAX_EVENT)
        {
          g_autofree char *column = cr_sheet_column_name (c);

          return g_strdup_printf (_("Row %u: column %s holds more than 20,000 characters: shorten it"),
                                  number, column);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      const char *cell = mapped_cell (import, row, lines[i]);

      if (g_utf8_strlen (cell, -1) > MAX_LINE)
        {
          g_autofree char *column = mapped_column_name (import, lines[i]);

          if (lines[i] == CR_CHRONOLOGY_ROLE_AUTHOR)
            return g_strdup_printf (_("Row %u: the author or role in column %s is longer than 1,000 characters: shorten it"),
                                    number, column);
          return g_strdup_printf (_("Row %u: the source in column %s is longer than 1,000 characters: shorten it"),
                                  number, column);
        }
    }

  date_text = mapped_cell (import, row, CR_CHRONOLOGY_ROLE_DATE);
  if (date_text[0] == '\0')
    {
      g_autofree char *column = mapped_column_name (import, CR_CHRONOLOGY_ROLE_DATE);

      return g_strdup_printf (_("Row %u: the date in column %s is empty"), number, column);
    }
  if (!cr_uk_date_parse (date_text, &date, &minutes, &error))
    return g_strdup_printf (_("Row %u: %s"), number, error->message);

  if (g_date_compare (&date, &import->earliest) < 0)
    {
      g_autofree char *quoted = quote (date_text);

      return g_strdup_printf (_("Row %u: %s is before 1900: check the year"), number, quoted);
    }
  if (g_date_compare (&date, &import->today) > 0)
    {
      g_autofree char *quoted = quote (date_text);

      return g_strdup_printf (_("Row %u: %s is in the future: check the date"), number, quoted);
    }

  time_text = mapped_cell (import, row, CR_CHRONOLOGY_ROLE_TIME);
  if (time_text[0] != '\0')
    {
      if (!cr_uk_time_parse (time_text, &time_minutes, &error))
        return g_strdup_printf (_("Row %u: %s"), number, error->message);
      minutes = time_minutes;
    }

  event = mapped_cell (import, row, CR_CHRONOLOGY_ROLE_EVENT);
  if (event[0] == '\0')
    {
      g_autofree char *column = mapped_column_name (import, CR_CHRONOLOGY_ROLE_EVENT);

      return g_strdup_printf (_("Row %u: the event in column %s is empty"), number, column);
    }

  cr_chronology_entry_set_date (entry, &date);
  cr_chronology_entry_set_minutes (entry, minutes);
  cr_chronology_entry_set_event (entry, event);
  {
    const char *author = mapped_cell (import, row, CR_CHRONOLOGY_ROLE_AUTHOR);
    const char *source = mapped_cell (import, row, CR_CHRONOLOGY_ROLE_SOURCE);

    cr_chronology_entry_set_author (entry, author[0] != '\0' ? author : NULL);
    cr_chronology_entry_set_source (entry, source[0] != '\0' ? source : NULL);
  }
  cr_chronology_entry_set_row (entry, number);

  return NULL;
}

static CrChronologyReject *
make_reject (Import     *import,
             guint       row,
             guint       number,
             const char *reason)
{
  guint length = _cr_sheet_get_row_length (import->sheet, row);
  g_autofree const char **cells = g_new0 (const char *, length + 1);

  for (guint c = 0; c < length; c++)
    cells[c] = cr_sheet_get_cell (import->sheet, row, c);

  return cr_chronology_reject_new (number, reason, cells);
}

/**
 * cr_chronology_import_rows:
 * @sheet: the agency's file
 * @mapping: its columns
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the entries, the rows set aside and the
 *   number of blank rows; %NULL when the mapping does not fit the sheet
 */
CrChronologyImportResult *
cr_chronology_import_rows (CrSheet                    *sheet,
                           const CrChronologyMapping  *mapping,
                           GCancellable               *cancellable,
                           GError                    **error)
{
  g_autoptr(CrChronologyImportResult) result = NULL;
  guint n_rows, first;
  Import import;

  g_return_val_if_fail (sheet != NULL, NULL);
  g_return_val_if_fail (mapping != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  if (!cr_chronology_mapping_check (mapping, sheet, error))
    return NULL;

  import.sheet = sheet;
  import.mapping = mapping;
  cr_date_set_today (&import.today);
  g_date_clear (&import.earliest, 1);
  g_date_set_dmy (&import.earliest, 1, G_DATE_JANUARY, 1900);

  result = g_new0 (CrChronologyImportResult, 1);
  result->entries = g_ptr_array_new_with_free_func (g_object_unref);
  result->rejects = g_ptr_array_new_with_free_func (g_object_unref);

  n_rows = cr_sheet_get_n_rows (sheet);
  first = (guint) (mapping->header_row + 1);

  for (guint row = first; row < n_rows; row++)
    {
      g_autoptr(CrChronologyEntry) entry = NULL;
      g_autofree char *reason = NULL;
      guint number;

      if ((row - first) % CANCEL_EVERY == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      if (_cr_sheet_get_row_length (sheet, row) == 0)
        {
          result->n_blank++;
          continue;
        }

      number = cr_sheet_get_row_number (sheet, row);
      entry = cr_chronology_entry_new ();
      reason = check_row (&import, row, number, entry);

      if (reason != NULL)
        g_ptr_array_add (result->rejects, make_reject (&import, row, number, reason));
      else
        g_ptr_array_add (result->entries, g_steal_pointer (&entry));
    }

  return g_steal_pointer (&result);
}

char *
cr_chronology_import_result_dup_summary (CrChronologyImportResult *result)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n;

  g_return_val_if_fail (result != NULL, NULL);

  n = result->entries->len;
  g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u entry", "%u entries", n), n));

  if ((n = result->rejects->len) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u row set aside", "%u rows set aside", n), n));

  if ((n = result->n_blank) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u blank row skipped",
                                                       "%u blank rows skipped", n), n));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
