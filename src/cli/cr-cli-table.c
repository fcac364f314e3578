/* cr-cli-table.c: tables rendered as aligned text, CSV or JSON */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-output.h"

#include <glib/gi18n.h>

/* --------------------------------------------------------------------------
 * Tables
 */

/* Columns are never cut narrower than this to fit the terminal. */
#define MIN_CUT_WIDTH 12

struct _CrCliTable
{
  CrCliColumn *columns;
  guint        n_columns;
  GPtrArray   *rows;         /* of char*[n_columns] */
  guint        width_limit;  /* 0: none */
};

static void
free_row (gpointer data)
{
  char **row = data;

  /* Rows are arrays of n_columns strings, some NULL: freed by the table. */
  g_free (row);
}

CrCliTable *
cr_cli_table_new (const CrCliColumn *columns,
                  guint              n_columns)
{
  CrCliTable *table;

  g_return_val_if_fail (columns != NULL, NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  table = g_new0 (CrCliTable, 1);
  table->columns = g_memdup2 (columns, sizeof (CrCliColumn) * n_columns);
  table->n_columns = n_columns;
  table->rows = g_ptr_array_new_with_free_func (free_row);
  return table;
}

void
cr_cli_table_free (CrCliTable *table)
{
  if (table == NULL)
    return;

  for (guint i = 0; i < table->rows->len; i++)
    {
      char **row = g_ptr_array_index (table->rows, i);

      for (guint c = 0; c < table->n_columns; c++)
        g_free (row[c]);
    }
  g_ptr_array_unref (table->rows);
  g_free (table->columns);
  g_free (table);
}

void
cr_cli_table_add_row (CrCliTable *table)
{
  g_return_if_fail (table != NULL);

  g_ptr_array_add (table->rows, g_new0 (char *, table->n_columns));
}

void
cr_cli_table_set (CrCliTable *table,
                  guint       column,
                  const char *value)
{
  char **row;

  g_return_if_fail (table != NULL);
  g_return_if_fail (table->rows->len > 0);
  g_return_if_fail (column < table->n_columns);

  row = g_ptr_array_index (table->rows, table->rows->len - 1);
  g_free (row[column]);
  row[column] = g_strdup (value);
}

void
cr_cli_table_set_int (CrCliTable *table,
                      guint       column,
                      gint64      value)
{
  char text[32];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  cr_cli_table_set (table, column, text);
}

void
cr_cli_table_set_boolean (CrCliTable *table,
                          guint       column,
                          gboolean    value)
{
  cr_cli_table_set (table, column, value ? "true" : "false");
}

void
cr_cli_table_set_width_limit (CrCliTable *table,
                              guint       width)
{
  g_return_if_fail (table != NULL);

  table->width_limit = width;
}

guint
cr_cli_table_get_n_rows (CrCliTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

static gboolean
column_shown (const CrCliColumn *column,
              CrCliFormat        format)
{
  if (format == CR_CLI_FORMAT_TABLE || format == CR_CLI_FORMAT_TEXT)
    return (column->flags & CR_CLI_COLUMN_DATA_ONLY) == 0;
  return (column->flags & CR_CLI_COLUMN_TABLE_ONLY) == 0;
}

static char *
dup_display_cell (const CrCliColumn *column,
                  const char        *value,
                  gsize              width)
{
  if (value != NULL && column->type == CR_CLI_COLUMN_BOOLEAN)
    value = g_str_equal (value, "true") ? _("yes") : _("no");
  return cr_cli_text_fit (value, width);
}

static void
append_padded (GString    *out,
               const char *cell,
               gsize       width,
               gboolean    right,
               gboolean    last)
{
  gsize cell_width = cr_cli_text_width (cell);
  gsize pad = width > cell_width ? width - cell_width : 0;

  if (right)
    for (gsize i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, cell);
  if (!right && !last)
    for (gsize i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
}

/* Narrows the columns that may be cut (those with a max_width), widest
 * first, until the table fits in @limit columns or none can give more. */
static void
shrink_to_limit (CrCliTable  *table,
                 CrCliFormat  format,
                 gsize       *widths,
                 guint        limit)
{
  gsize total = 0;
  guint n_shown = 0;

  for (guint c = 0; c < table->n_columns; c++)
    if (column_shown (&table->columns[c], format))
      {
        total += widths[c];
        n_shown++;
      }
  total += n_shown > 0 ? 2 * (n_shown - 1) : 0;

  /* The columns marked SHRINK_FIRST give first, then any other. */
  for (guint pass = 0; pass < 2 && total > limit; pass++)
    {
      while (total > limit)
        {
          int widest = -1;

          for (guint c = 0; c < table->n_columns; c++)
            if (column_shown (&table->columns[c], format) &&
                table->columns[c].max_width > 0 &&
                (pass == 1 || (table->columns[c].flags & CR_CLI_COLUMN_SHRINK_FIRST) != 0) &&
                widths[c] > MIN_CUT_WIDTH &&
                (widest < 0 || widths[c] > widths[widest]))
              widest = c;
          if (widest < 0)
            break;
          widths[widest]--;
          total--;
        }
    }
}

static char *
render_text_table (CrCliTable  *table,
                   CrCliFormat  format)
{
  g_autofree gsize *widths = g_new0 (gsize, table->n_columns);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);
  int last = -1;

  for (guint c = 0; c < table->n_columns; c++)
    if (column_shown (&table->columns[c], format))
      {
        last = c;
        widths[c] = cr_cli_text_width (_(table->columns[c].title));
      }

  /* Measure the cells as they would be shown at their columns' widest… */
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        {
          g_autofree char *cell = NULL;

          if (!column_shown (&table->columns[c], format))
            continue;
          cell = dup_display_cell (&table->columns[c], row[c], table->columns[c].max_width);
          widths[c] = MAX (widths[c], cr_cli_text_width (cell));
        }
    }

  /* …narrow them to the terminal, then fit every cell to its column. */
  if (table->width_limit > 0)
    shrink_to_limit (table, format, widths, table->width_limit);

  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        {
          const CrCliColumn *column = &table->columns[c];
          char *cell = NULL;

          if (column_shown (column, format))
            cell = dup_display_cell (column, row[c], column->max_width > 0 ? widths[c] : 0);
          g_ptr_array_add (cells, cell);
        }
    }

  for (int r = -1; r < (int) table->rows->len; r++)
    {
      gboolean first = TRUE;

      for (guint c = 0; c < table->n_columns; c++)
        {
          const CrCliColumn *column = &table->columns[c];
          g_autofree char *title = NULL;
          const char *cell;

          if (!column_shown (column, format))
            continue;

          if (r < 0)
            cell = title = cr_cli_text_fit (_(column->title), widths[c]);
          else
            cell = g_ptr_array_index (cells, r * table->n_columns + c);

          if (!first)
            g_string_append (out, "  ");
          first = FALSE;
          /* Numbers, and their heading, align right. */
          append_padded (out, cell, widths[c],
                         column->type == CR_CLI_COLUMN_INTEGER,
                         (int) c == last);
        }
      /* Empty cells at the end of a row leave no trailing spaces. */
      while (out->len > 0 && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static char *
render_csv (CrCliTable *table)
{
  GString *out = g_string_new (NULL);
  gboolean first = TRUE;

  for (guint c = 0; c < table->n_columns; c++)
    if (column_shown (&table->columns[c], CR_CLI_FORMAT_CSV))
      {
        cr_cli_csv_append_field (out, table->columns[c].key, first);
        first = FALSE;
      }
  cr_cli_csv_end_record (out);

  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      first = TRUE;
      for (guint c = 0; c < table->n_columns; c++)
        if (column_shown (&table->columns[c], CR_CLI_FORMAT_CSV))
          {
            cr_cli_csv_append_field (out, row[c], first);
            first = FALSE;
          }
      cr_cli_csv_end_record (out);
    }

  return g_string_free (out, FALSE);
}

static char *
render_json (CrCliTable *table)
{
  GString *out = g_string_new (NULL);
  g_autoptr(CrCliJson) json = cr_cli_json_new (out);

  cr_cli_json_begin_array (json);
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      cr_cli_json_begin_object (json);
      for (guint c = 0; c < table->n_columns; c++)
        {
          const CrCliColumn *column = &table->columns[c];
          const char *value = row[c];

          if (!column_shown (column, CR_CLI_FORMAT_JSON))
            continue;

          cr_cli_json_key (json, column->key);
          if (value == NULL)
            cr_cli_json_null (json);
          else if (column->type == CR_CLI_COLUMN_INTEGER)
            cr_cli_json_int (json, g_ascii_strtoll (value, NULL, 10));
          else if (column->type == CR_CLI_COLUMN_BOOLEAN)
            cr_cli_json_boolean (json, g_str_equal (value, "true"));
          else
            cr_cli_json_string (json, value);
        }
      cr_cli_json_end_object (json);
    }
  cr_cli_json_end_array (json);

  g_clear_pointer (&json, cr_cli_json_free);
  return g_string_free (out, FALSE);
}

char *
cr_cli_table_to_string (CrCliTable  *table,
                        CrCliFormat  format)
{
  g_return_val_if_fail (table != NULL, NULL);

  switch (format)
    {
    case CR_CLI_FORMAT_CSV:
      return render_csv (table);
    case CR_CLI_FORMAT_JSON:
      return render_json (table);
    case CR_CLI_FORMAT_TABLE:
    case CR_CLI_FORMAT_TEXT:
    default:
      return render_text_table (table, format);
    }
}
