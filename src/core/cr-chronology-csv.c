/* cr-chronology-csv.c: the merged chronology as a CSV file */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronology"

#include "config.h"

#include "cr-chronology.h"

#include <glib/gi18n.h>
#include <string.h>

/* Appends @text as one field. A spreadsheet would run a cell that starts
 * with = + - @ (or a tab or CR before them) as a formula, so such cells
 * get a leading apostrophe; fields with a separator, a quote or a line
 * break are quoted, with quotes doubled. */
static void
append_field (GString    *out,
              const char *text)
{
  gboolean guard, quoted;

  if (text == NULL)
    text = "";

  guard = text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
  quoted = strpbrk (text, ",\"\r\n") != NULL;

  if (quoted)
    g_string_append_c (out, '"');
  if (guard)
    g_string_append_c (out, '\'');

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }

  if (quoted)
    g_string_append_c (out, '"');
}

static void
append_row (GString            *out,
            const char * const *fields,
            guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

static const char *
duplicate_label (CrChronologyDuplicateMark mark)
{
  switch (mark)
    {
    case CR_CHRONOLOGY_DUPLICATE_SUSPECTED:
      return _("Suspected");
    case CR_CHRONOLOGY_DUPLICATE_CONFIRMED:
      return _("Confirmed");
    case CR_CHRONOLOGY_DUPLICATE_NONE:
    default:
      return "";
    }
}

/**
 * cr_chronology_write_csv:
 * @entries: a #GListModel of #CrChronologyEntry
 *
 * Returns: (transfer full): the entries as UTF-8 CSV with a BOM and CRLF
 */
GBytes *
cr_chronology_write_csv (GListModel *entries)
{
  const char *header[] = {
    _("Date"), _("Time"), _("Agency"), _("Event"), _("Author or role"), _("Source"),
    _("Key practice episode"), _("Possible duplicate"), _("Source file"), _("Source row"),
  };
  GString *out;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);

  out = g_string_new ("\xEF\xBB\xBF");
  append_row (out, header, G_N_ELEMENTS (header));

  n = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (entries, i);
      g_autofree char *date = cr_chronology_entry_dup_date_text (entry);
      g_autofree char *time = cr_chronology_entry_dup_time_text (entry);
      g_autofree char *row = NULL;
      const char *fields[G_N_ELEMENTS (header)];

      if (cr_chronology_entry_get_row (entry) > 0)
        row = g_strdup_printf ("%u", cr_chronology_entry_get_row (entry));

      fields[0] = date;
      fields[1] = time;
      fields[2] = cr_chronology_entry_get_agency_name (entry);
      fields[3] = cr_chronology_entry_get_event (entry);
      fields[4] = cr_chronology_entry_get_author (entry);
      fields[5] = cr_chronology_entry_get_source (entry);
      fields[6] = cr_chronology_entry_get_key_practice_episode (entry) ? _("Yes") : _("No");
      fields[7] = duplicate_label (cr_chronology_entry_get_duplicate (entry));
      fields[8] = cr_chronology_entry_get_source_file (entry);
      fields[9] = row;

      append_row (out, fields, G_N_ELEMENTS (fields));
    }

  return g_string_free_to_bytes (out);
}
