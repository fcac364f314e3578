/* cr-sheet-csv.c: reading a CSV file into a CrSheet */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrSheet"

#include "config.h"

#include "cr-sheet-private.h"

#include <glib/gi18n.h>
#include <string.h>

#define SNIFF_RECORDS 20
#define CANCEL_EVERY 4096

static const char separators[] = { ',', ';', '\t' };

/*
 * Encoding
 */

/* TRUE when the NUL bytes fall mostly on one side of each byte pair, as
 * in English text written as UTF-16 without a byte order mark. */
static gboolean
looks_like_utf16 (const guint8 *data,
                  gsize         size)
{
  gsize zeros[2] = { 0, 0 };
  gsize n = MIN (size, 4096) & ~(gsize) 1;

  if (n < 4)
    return FALSE;

  for (gsize i = 0; i < n; i++)
    if (data[i] == 0)
      zeros[i % 2]++;

  return (zeros[0] * 10 >= n * 4 && zeros[1] * 20 <= n) ||
         (zeros[1] * 10 >= n * 4 && zeros[0] * 20 <= n);
}

static guint
line_of_offset (const char *text,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (text[i] == '\n' || (text[i] == '\r' && text[i + 1] != '\n'))
      line++;

  return line;
}

/* The file as UTF-8 text (NUL-terminated) in *@text, its encoding in
 * *@encoding. */
static gboolean
decode (GBytes       *contents,
        const char   *filename,
        char        **text,
        gsize        *length,
        const char  **encoding,
        GError      **error)
{
  g_autofree char *what = _cr_sheet_describe_file (filename);
  g_autoptr(GError) local_error = NULL;
  const guint8 *data;
  const char *from = NULL;
  gsize size, skip = 0;
  char *converted;
  gsize written = 0;

  data = g_bytes_get_data (contents, &size);
  if (data == NULL)
    data = (const guint8 *) "";

  if (size > _cr_sheet_get_max_bytes ())
    {
      g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_TOO_LARGE,
                   _("%s is larger than %zu MB: split it into smaller files"),
                   what, _cr_sheet_get_max_bytes () / (1024 * 1024));
      return FALSE;
    }

  if (size >= 4 && ((data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) ||
                    (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF)))
    {
      g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_ENCODING,
                   _("%s is written as UTF-32: save it as CSV in UTF-8"), what);
      return FALSE;
    }

  if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    from = "UTF-16LE", skip = 2;
  else if (size >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    from = "UTF-16BE", skip = 2;
  else if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    skip = 3;

  if (from != NULL)
    {
      converted = g_convert ((const char *) data + skip, size - skip, "UTF-8", from,
                             NULL, &written, &local_error);
      if (converted == NULL || memchr (converted, '\0', written) != NULL)
        {
          g_free (converted);
          g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_ENCODING,
                       _("%s starts as UTF-16 text but is damaged: save it again as CSV in UTF-8"),
                       what);
          return FALSE;
        }
      *encoding = from;
    }
  else if (memchr (data, '\0', size) != NULL)
    {
      if (looks_like_utf16 (data, size))
        g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_ENCODING,
                     _("%s is UTF-16 text without a byte order mark: save it as CSV in UTF-8"),
                     what);
      else
        g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_ENCODING,
                     _("%s is not a text file (it may be a Word or Excel 97 file: save it as CSV or XLSX)"),
                     what);
      return FALSE;
    }
  else if (g_utf8_validate ((const char *) data + skip, size - skip, NULL))
    {
      converted = g_strndup ((const char *) data + skip, size - skip);
      written = size - skip;
      *encoding = "UTF-8";
    }
  else if (skip == 3)
    {
      const char *end = NULL;

      g_utf8_validate ((const char *) data + skip, size - skip, &end);
      g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_ENCODING,
                   _("%s says it is UTF-8 but line %u is not: save it again as CSV in UTF-8"),
                   what, line_of_offset ((const char *) data + skip, end - ((const char *) data + skip)));
      return FALSE;
    }
  else
    {
      converted = g_convert ((const char *) data, size, "UTF-8", "WINDOWS-1252",
                             NULL, &written, &local_error);
      if (converted == NULL)
        {
          g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_ENCODING,
                       _("%s is neither UTF-8 nor Windows-1252 text: save it as CSV in UTF-8"),
                       what);
          return FALSE;
        }
      *encoding = "Windows-1252";
    }

  if (written > _cr_sheet_get_max_bytes ())
    {
      g_free (converted);
      g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_TOO_LARGE,
                   _("%s is larger than %zu MB: split it into smaller files"),
                   what, _cr_sheet_get_max_bytes () / (1024 * 1024));
      return FALSE;
    }

  *text = converted;
  *length = written;
  return TRUE;
}

/*
 * Separator
 */

/* Counts ',' ';' and tabs outside quotes in the first records, and takes
 * the separator that most records have the same non-zero number of. */
static char
sniff_separator (const char *p,
                 const char *end)
{
  guint counts[SNIFF_RECORDS][G_N_ELEMENTS (separators)] = { { 0 } };
  guint n_records = 0;
  gboolean quoted = FALSE;
  char best = ',';
  guint best_score = 0, best_count = 0;

  for (; p < end && n_records < SNIFF_RECORDS; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        {
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          n_records++;
        }
      else if (!quoted)
        for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
          if (*p == separators[s])
            counts[n_records][s]++;
    }
  if (p >= end && n_records < SNIFF_RECORDS)
    n_records++;

  for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
    {
      /* The count of the first record that has any, and how many agree. */
      guint mode = 0, score = 0;

      for (guint r = 0; r < n_records && mode == 0; r++)
        mode = counts[r][s];
      if (mode == 0)
        continue;
      for (guint r = 0; r < n_records; r++)
        if (counts[r][s] == mode)
          score++;

      if (score > best_score || (score == best_score && mode > best_count))
        {
          best = separators[s];
          best_score = score;
          best_count = mode;
        }
    }

  return best;
}

/*
 * Records
 */

typedef struct
{
  CrSheet      *sheet;
  const char   *filename;
  GPtrArray    *fields;     /* GString, reused from record to record */
  guint         n_fields;
  GPtrArray    *cells;      /* const char *: the fields' text */
} Reader;

static GString *
next_field (Reader *reader)
{
  GString *field;

  if (reader->n_fields == reader->fields->len)
    g_ptr_array_add (reader->fields, g_string_sized_new (64));

  field = g_ptr_array_index (reader->fields, reader->n_fields++);
  g_string_truncate (field, 0);
  return field;
}

static gboolean
end_record (Reader  *reader,
            guint    line,
            GError **error)
{
  g_ptr_array_set_size (reader->cells, 0);
  for (guint i = 0; i < reader->n_fields; i++)
    g_ptr_array_add (reader->cells, ((GString *) g_ptr_array_index (reader->fields, i))->str);

  reader->n_fields = 0;
  return _cr_sheet_add_row (reader->sheet, line,
                            (const char **) reader->cells->pdata, reader->cells->len,
                            reader->filename, error);
}

/* Reads the quoted field at @p (just after the opening quote) into
 * @field; returns the position after the closing quote, or NULL when the
 * text ends first. Counts the lines it crosses in *@line. */
static const char *
read_quoted (const char *p,
             const char *end,
             GString    *field,
             guint      *line)
{
  while (p < end)
    {
      const char *run = p;

      while (p < end && *p != '"' && *p != '\r' && *p != '\n')
        p++;
      g_string_append_len (field, run, p - run);

      if (p >= end)
        return NULL;

      if (*p == '"')
        {
          if (p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p += 2;
              continue;
            }
          return p + 1;
        }

      /* A line break inside the field. */
      g_string_append_c (field, '\n');
      (*line)++;
      if (*p == '\r' && p + 1 < end && p[1] == '\n')
        p++;
      p++;
    }

  return NULL;
}

static gboolean
parse_records (Reader        *reader,
               const char    *p,
               const char    *end,
               char           separator,
               guint          line,
               GCancellable  *cancellable,
               GError       **error)
{
  guint n_records = 0;

  while (p < end)
    {
      guint record_line = line;

      if (++n_records % CANCEL_EVERY == 0 &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      for (;;)
        {
          GString *field = next_field (reader);
          const char *q = p;

          while (q < end && *q == ' ' && separator != ' ')
            q++;

          if (q < end && *q == '"')
            {
              guint opened = line;

              q = read_quoted (q + 1, end, field, &line);
              if (q == NULL)
                {
                  g_autofree char *what = _cr_sheet_describe_file (reader->filename);

                  g_set_error (error, CR_SHEET_ERROR, CR_SHEET_ERROR_FORMAT,
                               _("%s: the quote that opens a field on line %u is never closed: check the quotes on that line"),
                               what, opened);
                  return FALSE;
                }
              p = q;
            }

          /* Unquoted text, or what follows a closing quote. */
          q = p;
          while (q < end && *q != separator && *q != '\n' && *q != '\r')
            q++;
          g_string_append_len (field, p, q - p);
          p = q;

          if (p < end && *p == separator)
            {
              p++;
              continue;
            }
          break;
        }

      if (p < end)
        {
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;
          line++;
        }

      if (!end_record (reader, record_line, error))
        return FALSE;
    }

  return TRUE;
}

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

/* Excel's "sep=;" first line names the separator. */
static gboolean
read_separator_line (const char  *p,
                     const char  *end,
                     char        *separator,
                     const char **after)
{
  if (end - p < 5 || g_ascii_strncasecmp (p, "sep=", 4) != 0)
    return FALSE;
  if (p + 5 < end && p[5] != '\n' && p[5] != '\r')
    return FALSE;

  *separator = p[4];
  p += 5;
  if (p < end && *p == '\r')
    p++;
  if (p < end && *p == '\n')
    p++;
  *after = p;
  return TRUE;
}

CrSheet *
_cr_sheet_read_csv (GBytes        *contents,
                    const char    *filename,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(CrSheet) sheet = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GPtrArray) cells = NULL;
  g_autofree char *text = NULL;
  const char *encoding = NULL;
  const char *start, *end;
  gsize length = 0;
  char separator;
  guint line = 1;
  Reader reader;

  if (!decode (contents, filename, &text, &length, &encoding, error))
    return NULL;

  start = text;
  end = text + length;
  if (read_separator_line (start, end, &separator, &start))
    line = 2;
  else
    separator = sniff_separator (start, end);

  sheet = _cr_sheet_new ("CSV", encoding);
  fields = g_ptr_array_new_with_free_func (free_string);
  cells = g_ptr_array_new ();
  reader = (Reader) { sheet, filename, fields, 0, cells };

  if (!parse_records (&reader, start, end, separator, line, cancellable, error))
    return NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (!_cr_sheet_finish (sheet, filename, error))
    return NULL;

  return g_steal_pointer (&sheet);
}
