/* cr-sheet.c: the cells of an imported CSV or XLSX file */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrSheet"

#include "config.h"

#include "cr-sheet.h"

#include "cr-sheet-private.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * The cells of every row are consecutive pointers in @cells, into
 * @chunk; empty cells point at the static "". Trailing empty cells are
 * not stored.
 */
typedef struct
{
  guint number;   /* in the file, 1-based */
  guint first;    /* index in cells */
  guint length;
} Row;

struct _CrSheet
{
  gatomicrefcount  ref_count;

  const char      *format;
  const char      *encoding;
  GStringChunk    *chunk;
  GPtrArray       *cells;       /* const char *, not owned */
  GArray          *rows;        /* Row */
  GArray          *pending;     /* guint: numbers of blank rows not yet kept */
  guint            n_columns;
};

G_DEFINE_BOXED_TYPE (CrSheet, cr_sheet, cr_sheet_ref, cr_sheet_unref)
G_DEFINE_QUARK (cr-sheet-error-quark, cr_sheet_error)

static gsize max_bytes = CR_SHEET_MAX_BYTES;

/*
 * Building
 */

CrSheet *
_cr_sheet_new (const char *format,
               const char *encoding)
{
  CrSheet *self = g_new0 (CrSheet, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->format = format;
  self->encoding = encoding;
  self->chunk = g_string_chunk_new (64 * 1024);
  self->cells = g_ptr_array_new ();
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->pending = g_array_new (FALSE, FALSE, sizeof (guint));

  return self;
}

gsize
_cr_sheet_get_max_bytes (void)
{
  return max_bytes;
}

void
_cr_sheet_set_max_bytes_for_testing (gsize bytes)
{
  max_bytes = bytes > 0 ? bytes : CR_SHEET_MAX_BYTES;
}

char *
_cr_sheet_describe_file (const char *filename)
{
  g_autofree char *base = NULL;

  if (filename == NULL || *filename == '\0')
    return g_strdup (_("This file"));

  base = g_path_get_basename (filename);
  return g_strdup_printf ("“%s”", base);
}

static gboolean
is_trimmable (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xFEFF || c == 0x200B;
}

/* Drops control characters other than '\n' and '\t' (a CR becomes '\n'
 * unless a '\n' follows it) and trims spaces at both ends. Returns the
 * cleaned text in @out, or NULL in @out when nothing is left. */
static void
clean_cell (const char *text,
            GString    *out)
{
  const char *p;
  gsize end;

  g_string_truncate (out, 0);

  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != 0x7F)
        {
          if (c == 0xC2 && (guchar) p[1] >= 0x80 && (guchar) p[1] < 0xA0)
            {
              p++;   /* a C1 control character */
              continue;
            }
          g_string_append_c (out, (char) c);
        }
      else if (c == '\n' || c == '\t')
        g_string_append_c (out, (char) c);
      else if (c == '\r' && p[1] != '\n')
        g_string_append_c (out, '\n');
    }

  /* Trim at the end, then at the start. */
  end = out->len;
  while (end > 0)
    {
      const char *last = g_utf8_find_prev_char (out->str, out->str + end);

      if (last == NULL || !is_trimmable (g_utf8_get_char (last)))
        break;
      end = (gsize) (last - out->str);
    }
  g_string_truncate (out, end);

  p = out->str;
  while (*p != '\0' && is_trimmable (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (p != out->str)
    g_string_erase (out, 0, p - out->str);
}

static gboolean
keep_row (CrSheet  *self,
          guint     number,
          GError  **error)
{
  Row row = { number, self->cells->len, 0 };

  if (self->rows->len >= CR_SHEET_MAX_ROWS)
    {
      g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_TOO_LARGE,
                   _("The file has more than %d rows: split it into smaller files"),
                   CR_SHEET_MAX_ROWS);
      return FALSE;
    }

  g_array_append_val (self->rows, row);
  return TRUE;
}

gboolean
_cr_sheet_add_row (CrSheet      *self,
                   guint         row_number,
                   const char  **cells,
                   guint         n_cells,
                   const char   *filename,
                   GError      **error)
{
  g_autoptr(GString) cleaned = g_string_new (NULL);
  g_autoptr(GPtrArray) stored = g_ptr_array_sized_new (n_cells);
  guint length = 0;

  for (guint i = 0; i < n_cells; i++)
    {
      const char *text = "";

      if (cells[i] != NULL && cells[i][0] != '\0')
        {
          clean_cell (cells[i], cleaned);
          if (cleaned->len > 0)
            {
              if (cleaned->len > CR_SHEET_MAX_CELL &&
                  g_utf8_strlen (cleaned->str, cleaned->len) > CR_SHEET_MAX_CELL)
                {
                  g_autofree char *column = cr_sheet_column_name (i);

                  g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_TOO_LARGE,
                               _("Row %u, column %s holds more than %d characters: shorten it"),
                               row_number, column, CR_SHEET_MAX_CELL);
                  return FALSE;
                }
              if (i >= CR_SHEET_MAX_COLUMNS)
                {
                  g_autofree char *what = _cr_sheet_describe_file (filename);

                  g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_TOO_LARGE,
                               _("%s has more than %d columns in row %u: a chronology needs only a few"),
                               what, CR_SHEET_MAX_COLUMNS, row_number);
                  return FALSE;
                }
              text = g_string_chunk_insert_len (self->chunk, cleaned->str, cleaned->len);
              length = i + 1;
            }
        }
      g_ptr_array_add (stored, (gpointer) text);
    }

  if (length == 0)
    {
      g_array_append_val (self->pending, row_number);
      return TRUE;
    }

  for (guint i = 0; i < self->pending->len; i++)
    if (!keep_row (self, g_array_index (self->pending, guint, i), error))
      return FALSE;
  g_array_set_size (self->pending, 0);

  if (!keep_row (self, row_number, error))
    return FALSE;

  g_array_index (self->rows, Row, self->rows->len - 1).length = length;
  for (guint i = 0; i < length; i++)
    g_ptr_array_add (self->cells, g_ptr_array_index (stored, i));
  self->n_columns = MAX (self->n_columns, length);

  return TRUE;
}

gboolean
_cr_sheet_finish (CrSheet     *self,
                  const char  *filename,
                  GError     **error)
{
  g_array_set_size (self->pending, 0);

  if (self->rows->len == 0)
    {
      g_autofree char *what = _cr_sheet_describe_file (filename);

      g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_EMPTY,
                   _("%s has no rows with any text"), what);
      return FALSE;
    }

  return TRUE;
}

guint
_cr_sheet_get_row_length (CrSheet *self,
                          guint    row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->rows, Row, row).length;
}

/*
 * Public API
 */

/**
 * cr_sheet_read:
 * @contents: the file's bytes
 * @filename: (nullable): the file's name, for messages
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads an untrusted CSV or XLSX file into cells.
 *
 * Returns: (transfer full): the sheet, or %NULL with @error set
 */
CrSheet *
cr_sheet_read (GBytes        *contents,
               const char    *filename,
               GCancellable  *cancellable,
               GError       **error)
{
  const guint8 *data;
  gsize size;

  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (contents, &size);

  if (size >= 4 && data[0] == 'P' && data[1] == 'K' &&
      ((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6)))
    return _cr_sheet_read_xlsx (contents, filename, cancellable, error);

  return _cr_sheet_read_csv (contents, filename, cancellable, error);
}

CrSheet *
cr_sheet_ref (CrSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cr_sheet_unref (CrSheet *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_string_chunk_free (self->chunk);
  g_ptr_array_unref (self->cells);
  g_array_unref (self->rows);
  g_array_unref (self->pending);
  g_free (self);
}

guint
cr_sheet_get_n_rows (CrSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

guint
cr_sheet_get_n_columns (CrSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_columns;
}

const char *
cr_sheet_get_cell (CrSheet *self,
                   guint    row,
                   guint    column)
{
  const Row *r;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  r = &g_array_index (self->rows, Row, row);
  if (column >= r->length)
    return "";

  return g_ptr_array_index (self->cells, r->first + column);
}

guint
cr_sheet_get_row_number (CrSheet *self,
                         guint    row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->rows, Row, row).number;
}

const char *
cr_sheet_get_format (CrSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->format;
}

const char *
cr_sheet_get_encoding (CrSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->encoding;
}

/**
 * cr_sheet_column_name:
 * @column: a 0-based column
 *
 * Returns: (transfer full): the column's letters: 0 → "A", 25 → "Z",
 *   26 → "AA"
 */
char *
cr_sheet_column_name (guint column)
{
  char buffer[16];
  int i = G_N_ELEMENTS (buffer) - 1;
  guint n = column + 1;

  buffer[i] = '\0';
  while (n > 0 && i > 0)
    {
      guint digit = (n - 1) % 26;

      buffer[--i] = (char) ('A' + digit);
      n = (n - 1) / 26;
    }

  return g_strdup (buffer + i);
}
