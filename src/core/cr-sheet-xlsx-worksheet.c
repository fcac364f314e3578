/* cr-sheet-xlsx-worksheet.c: the cells of an XLSX worksheet */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrSheet"

#include "config.h"

#include "cr-sheet-xlsx-private.h"

#include <glib/gi18n.h>
#include <string.h>

/* XLSX's own limits: XFD is the last column, 1048576 the last row. */
#define XLSX_MAX_COLUMNS 16384
#define XLSX_MAX_ROW     1048576

struct _CrXlsxSheetParser
{
  CrSheet              *sheet;
  const CrXlsxWorkbook *workbook;
  char                 *filename;
  GMarkupParseContext  *context;

  GPtrArray            *cells;      /* char *, NULL when empty: the row so far */
  GString              *value;
  char                 *type;       /* the cell's t="" */
  guint                 style;
  guint                 row;        /* 1-based, 0 before the first */
  int                   column;     /* 0-based, -1 before the first of a row */

  guint                 in_sheet_data : 1;
  guint                 in_cell : 1;
  guint                 in_value : 1;   /* <v> */
  guint                 in_inline : 1;  /* <is> */
  guint                 in_text : 1;    /* <t> in <is> */
  guint                 in_phonetic : 1;
  guint                 done : 1;
  guint                 fed : 1;
};

static const char *
local_name (const char *name)
{
  const char *colon = strrchr (name, ':');

  return colon != NULL ? colon + 1 : name;
}

static const char *
find_attribute (const char  **names,
                const char  **values,
                const char   *wanted)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (local_name (names[i]), wanted) == 0)
      return values[i];

  return NULL;
}

static void
set_damaged (CrXlsxSheetParser  *self,
             GError            **error)
{
  g_autofree char *what = _cr_sheet_describe_file (self->filename);

  g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
               _("%s is damaged: a cell refers to text the workbook does not have; open it in a spreadsheet and save it again"),
               what);
}

/* "B7" → column 1, row 7. */
static gboolean
parse_reference (const char *reference,
                 int        *column,
                 guint      *row)
{
  const char *p = reference;
  guint64 c = 0, r = 0;

  for (; g_ascii_isalpha (*p) && c <= XLSX_MAX_COLUMNS; p++)
    c = c * 26 + (guint64) (g_ascii_toupper (*p) - 'A' + 1);
  if (c == 0 || c > XLSX_MAX_COLUMNS)
    return FALSE;

  for (; g_ascii_isdigit (*p) && r <= XLSX_MAX_ROW; p++)
    r = r * 10 + (guint64) (*p - '0');
  if (*p != '\0' || r > XLSX_MAX_ROW)
    return FALSE;

  *column = (int) c - 1;
  *row = (guint) r;   /* 0 when the reference has no row */
  return TRUE;
}

/* t="d": "2021-02-03T14:30:00" → "2021-02-03 14:30". */
static char *
format_iso_date (const char *value)
{
  g_autofree char *date = g_strndup (value, 10);
  const char *time = strlen (value) >= 16 && value[10] == 'T' ? value + 11 : NULL;

  if (strlen (value) < 10 || value[4] != '-' || value[7] != '-')
    return g_strdup (value);

  if (time == NULL || strncmp (time, "00:00", 5) == 0)
    return g_steal_pointer (&date);

  return g_strdup_printf ("%s %.5s", date, time);
}

/* The text Excel shows for the cell just read. */
static gboolean
cell_text (CrXlsxSheetParser  *self,
           char              **text,
           GError            **error)
{
  const char *type = self->type != NULL ? self->type : "n";
  const char *value = self->value->str;

  if (strcmp (type, "s") == 0)
    {
      guint64 index;

      if (!g_ascii_string_to_unsigned (g_strstrip (self->value->str), 10, 0,
                                       G_MAXUINT, &index, NULL) ||
          index >= self->workbook->shared_strings->len)
        {
          set_damaged (self, error);
          return FALSE;
        }
      *text = g_strdup (g_ptr_array_index (self->workbook->shared_strings, index));
    }
  else if (strcmp (type, "inlineStr") == 0 || strcmp (type, "str") == 0 ||
           strcmp (type, "e") == 0)
    *text = g_strdup (value);
  else if (strcmp (type, "b") == 0)
    *text = g_strdup (g_strstrip (self->value->str)[0] == '1' ? "TRUE" : "FALSE");
  else if (strcmp (type, "d") == 0)
    *text = format_iso_date (g_strstrip (self->value->str));
  else
    {
      CrXlsxNumberKind kind = CR_XLSX_NUMBER;
      char *end = NULL;
      double number;

      g_strstrip (self->value->str);
      if (self->value->str[0] == '\0')
        {
          *text = NULL;
          return TRUE;
        }

      number = g_ascii_strtod (self->value->str, &end);
      if (end == NULL || *end != '\0')
        {
          *text = g_strdup (self->value->str);
          return TRUE;
        }

      if (self->style < self->workbook->styles->len)
        kind = g_array_index (self->workbook->styles, guint8, self->style);
      *text = _cr_xlsx_format_number (number, kind, self->workbook->date1904);
    }

  return TRUE;
}

static void
parser_start (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              data,
              GError              **error)
{
  CrXlsxSheetParser *self = data;
  const char *name = local_name (element);

  if (strcmp (name, "sheetData") == 0)
    self->in_sheet_data = TRUE;
  else if (!self->in_sheet_data)
    return;
  else if (strcmp (name, "row") == 0)
    {
      const char *r = find_attribute (names, values, "r");
      guint64 number;

      /* A row out of order, or without a number, follows the last one. */
      if (r != NULL && g_ascii_string_to_unsigned (r, 10, 1, XLSX_MAX_ROW, &number, NULL) &&
          number > self->row)
        self->row = (guint) number;
      else
        self->row++;
      self->column = -1;
      g_ptr_array_set_size (self->cells, 0);
    }
  else if (strcmp (name, "c") == 0)
    {
      const char *r = find_attribute (names, values, "r");
      const char *s = find_attribute (names, values, "s");
      int column;
      guint row, style;
      guint64 number;

      if (r != NULL && parse_reference (r, &column, &row) && column > self->column)
        self->column = column;
      else
        self->column++;

      style = 0;
      if (s != NULL && g_ascii_string_to_unsigned (s, 10, 0, G_MAXUINT, &number, NULL))
        style = (guint) number;

      g_free (self->type);
      self->type = g_strdup (find_attribute (names, values, "t"));
      self->style = style;
      self->in_cell = TRUE;
      g_string_truncate (self->value, 0);
    }
  else if (!self->in_cell)
    return;
  else if (strcmp (name, "v") == 0)
    self->in_value = TRUE;
  else if (strcmp (name, "is") == 0)
    self->in_inline = TRUE;
  else if (strcmp (name, "t") == 0 && self->in_inline)
    self->in_text = TRUE;
  else if (strcmp (name, "rPh") == 0)
    self->in_phonetic = TRUE;
}

static void
parser_end (GMarkupParseContext  *context,
            const char           *element,
            gpointer              data,
            GError              **error)
{
  CrXlsxSheetParser *self = data;
  const char *name = local_name (element);

  if (strcmp (name, "sheetData") == 0)
    {
      self->in_sheet_data = FALSE;
      self->done = TRUE;
    }
  else if (!self->in_sheet_data)
    return;
  else if (strcmp (name, "c") == 0 && self->in_cell)
    {
      char *text = NULL;

      self->in_cell = FALSE;
      if (g_strcmp0 (self->type, "inlineStr") == 0 || g_strcmp0 (self->type, "str") == 0)
        _cr_xlsx_decode_escapes (self->value);
      if (!cell_text (self, &text, error))
        return;
      if (text == NULL)
        return;
      if (self->column >= (int) self->cells->len)
        g_ptr_array_set_size (self->cells, self->column + 1);
      g_free (g_ptr_array_index (self->cells, self->column));
      g_ptr_array_index (self->cells, self->column) = text;
    }
  else if (strcmp (name, "row") == 0)
    {
      _cr_sheet_add_row (self->sheet, self->row,
                         (const char **) self->cells->pdata, self->cells->len,
                         self->filename, error);
      g_ptr_array_set_size (self->cells, 0);
    }
  else if (strcmp (name, "v") == 0)
    self->in_value = FALSE;
  else if (strcmp (name, "is") == 0)
    self->in_inline = FALSE;
  else if (strcmp (name, "t") == 0)
    self->in_text = FALSE;
  else if (strcmp (name, "rPh") == 0)
    self->in_phonetic = FALSE;
}

static void
parser_text (GMarkupParseContext  *context,
             const char           *text,
             gsize                 length,
             gpointer              data,
             GError              **error)
{
  CrXlsxSheetParser *self = data;

  if (!self->in_cell || self->in_phonetic || !(self->in_value || self->in_text))
    return;

  /* A cell can hold at most CR_SHEET_MAX_CELL characters: stop long
   * before the whole file is in one. */
  if (self->value->len + length > (gsize) CR_SHEET_MAX_CELL * 4 + 64)
    {
      g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_TOO_LARGE,
                   _("Row %u holds a cell of more than %d characters: shorten it"),
                   self->row, CR_SHEET_MAX_CELL);
      return;
    }

  g_string_append_len (self->value, text, length);
}

static const GMarkupParser parser_funcs = {
  parser_start, parser_end, parser_text, NULL, NULL
};

CrXlsxSheetParser *
_cr_xlsx_sheet_parser_new (CrSheet              *sheet,
                           const CrXlsxWorkbook *workbook,
                           const char           *filename)
{
  CrXlsxSheetParser *self = g_new0 (CrXlsxSheetParser, 1);

  self->sheet = sheet;
  self->workbook = workbook;
  self->filename = g_strdup (filename);
  self->context = g_markup_parse_context_new (&parser_funcs, 0, self, NULL);
  self->cells = g_ptr_array_new_with_free_func (g_free);
  self->value = g_string_new (NULL);
  self->column = -1;

  return self;
}

gboolean
_cr_xlsx_sheet_parser_feed (CrXlsxSheetParser  *self,
                            const char         *data,
                            gsize               length,
                            GError            **error)
{
  /* GMarkup does not skip a byte order mark. */
  if (!self->fed && length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3;
  self->fed = TRUE;

  return g_markup_parse_context_parse (self->context, data, length, error);
}

gboolean
_cr_xlsx_sheet_parser_end (CrXlsxSheetParser  *self,
                           GError            **error)
{
  return g_markup_parse_context_end_parse (self->context, error);
}

void
_cr_xlsx_sheet_parser_free (CrXlsxSheetParser *self)
{
  if (self == NULL)
    return;

  g_markup_parse_context_free (self->context);
  g_ptr_array_unref (self->cells);
  g_string_free (self->value, TRUE);
  g_free (self->type);
  g_free (self->filename);
  g_free (self);
}
