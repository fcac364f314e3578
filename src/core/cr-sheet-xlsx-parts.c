/* cr-sheet-xlsx-parts.c: the workbook, relationships, strings and styles of an XLSX file */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrSheet"

#include "config.h"

#include "cr-sheet-xlsx-private.h"

#include <math.h>
#include <string.h>

/* Element names without their namespace prefix ("x:row" → "row"). */
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

static gboolean
parse_whole (const GMarkupParser  *parser,
             gpointer              data,
             const char           *xml,
             gsize                 length,
             GError              **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;

  /* An empty part has no data at all. */
  if (xml == NULL)
    xml = "", length = 0;

  /* GMarkup does not skip a byte order mark. */
  if (length >= 3 && memcmp (xml, "\xEF\xBB\xBF", 3) == 0)
    xml += 3, length -= 3;

  context = g_markup_parse_context_new (parser, G_MARKUP_PREFIX_ERROR_POSITION, data, NULL);
  return g_markup_parse_context_parse (context, xml, length, error) &&
         g_markup_parse_context_end_parse (context, error);
}

/* _x000D_ and the like: the characters XML cannot hold. */
void
_cr_xlsx_decode_escapes (GString *text)
{
  char *p = text->str;

  while ((p = strstr (p, "_x")) != NULL)
    {
      gunichar c = 0;
      char utf8[6];
      int n, i;

      for (i = 2; i < 6 && g_ascii_isxdigit (p[i]); i++)
        c = c * 16 + (gunichar) g_ascii_xdigit_value (p[i]);
      if (i < 6 || p[6] != '_')
        {
          p += 2;
          continue;
        }

      n = (c >= 0xD800 && c < 0xE000) ? 0 : g_unichar_to_utf8 (c, utf8);
      g_string_erase (text, p - text->str, 7);
      g_string_insert_len (text, p - text->str, utf8, n);
      p += n;
    }
}

/*
 * Relationships (_rels/.rels, xl/_rels/workbook.xml.rels)
 */

void
_cr_xlsx_relationship_free (gpointer data)
{
  CrXlsxRelationship *relationship = data;

  g_free (relationship->id);
  g_free (relationship->type);
  g_free (relationship->target);
  g_free (relationship);
}

static void
relationships_start (GMarkupParseContext  *context,
                     const char           *element,
                     const char          **names,
                     const char          **values,
                     gpointer              data,
                     GError              **error)
{
  GPtrArray *relationships = data;
  CrXlsxRelationship *relationship;
  const char *target;

  if (strcmp (local_name (element), "Relationship") != 0)
    return;

  target = find_attribute (names, values, "Target");
  if (target == NULL)
    return;

  relationship = g_new0 (CrXlsxRelationship, 1);
  relationship->id = g_strdup (find_attribute (names, values, "Id"));
  relationship->type = g_strdup (find_attribute (names, values, "Type"));
  relationship->target = g_strdup (target);
  g_ptr_array_add (relationships, relationship);
}

GPtrArray *
_cr_xlsx_parse_relationships (const char  *xml,
                              gsize        length,
                              GError     **error)
{
  static const GMarkupParser parser = { relationships_start, NULL, NULL, NULL, NULL };
  g_autoptr(GPtrArray) relationships = g_ptr_array_new_with_free_func (_cr_xlsx_relationship_free);

  if (!parse_whole (&parser, relationships, xml, length, error))
    return NULL;

  return g_steal_pointer (&relationships);
}

/*
 * Workbook (xl/workbook.xml)
 */

typedef struct
{
  char     *first_sheet_id;
  gboolean  date1904;
} Workbook;

static void
workbook_start (GMarkupParseContext  *context,
                const char           *element,
                const char          **names,
                const char          **values,
                gpointer              data,
                GError              **error)
{
  Workbook *workbook = data;
  const char *name = local_name (element);

  if (strcmp (name, "sheet") == 0 && workbook->first_sheet_id == NULL)
    workbook->first_sheet_id = g_strdup (find_attribute (names, values, "id"));
  else if (strcmp (name, "workbookPr") == 0)
    {
      const char *value = find_attribute (names, values, "date1904");

      workbook->date1904 = g_strcmp0 (value, "1") == 0 || g_strcmp0 (value, "true") == 0;
    }
}

gboolean
_cr_xlsx_parse_workbook (const char  *xml,
                         gsize        length,
                         char       **first_sheet_id,
                         gboolean    *date1904,
                         GError     **error)
{
  static const GMarkupParser parser = { workbook_start, NULL, NULL, NULL, NULL };
  Workbook workbook = { NULL, FALSE };

  if (!parse_whole (&parser, &workbook, xml, length, error))
    {
      g_free (workbook.first_sheet_id);
      return FALSE;
    }

  *first_sheet_id = workbook.first_sheet_id;
  *date1904 = workbook.date1904;
  return TRUE;
}

/*
 * Shared strings (xl/sharedStrings.xml): <si> holds a <t>, or rich text
 * runs <r><t>…</t></r>; phonetic runs <rPh> are not shown.
 */

typedef struct
{
  GPtrArray *strings;
  GString   *text;
  guint      in_si : 1;
  guint      in_t : 1;
  guint      in_phonetic : 1;
} SharedStrings;

static void
shared_strings_start (GMarkupParseContext  *context,
                      const char           *element,
                      const char          **names,
                      const char          **values,
                      gpointer              data,
                      GError              **error)
{
  SharedStrings *state = data;
  const char *name = local_name (element);

  if (strcmp (name, "si") == 0)
    {
      state->in_si = TRUE;
      g_string_truncate (state->text, 0);
    }
  else if (strcmp (name, "t") == 0)
    state->in_t = TRUE;
  else if (strcmp (name, "rPh") == 0)
    state->in_phonetic = TRUE;
}

static void
shared_strings_end (GMarkupParseContext  *context,
                    const char           *element,
                    gpointer              data,
                    GError              **error)
{
  SharedStrings *state = data;
  const char *name = local_name (element);

  if (strcmp (name, "si") == 0 && state->in_si)
    {
      _cr_xlsx_decode_escapes (state->text);
      g_ptr_array_add (state->strings, g_strndup (state->text->str, state->text->len));
      state->in_si = FALSE;
    }
  else if (strcmp (name, "t") == 0)
    state->in_t = FALSE;
  else if (strcmp (name, "rPh") == 0)
    state->in_phonetic = FALSE;
}

static void
shared_strings_text (GMarkupParseContext  *context,
                     const char           *text,
                     gsize                 length,
                     gpointer              data,
                     GError              **error)
{
  SharedStrings *state = data;

  if (state->in_si && state->in_t && !state->in_phonetic)
    g_string_append_len (state->text, text, length);
}

gboolean
_cr_xlsx_parse_shared_strings (const char  *xml,
                               gsize        length,
                               GPtrArray   *strings,
                               GError     **error)
{
  static const GMarkupParser parser = {
    shared_strings_start, shared_strings_end, shared_strings_text, NULL, NULL
  };
  g_autoptr(GString) text = g_string_new (NULL);
  SharedStrings state = { strings, text, FALSE, FALSE, FALSE };

  return parse_whole (&parser, &state, xml, length, error);
}

/*
 * Styles (xl/styles.xml): custom number formats in <numFmts>, and the
 * cell formats in <cellXfs> that a cell's s="" indexes.
 */

/* Strips what a format shows as it is ("text", \x, _x, *x, [Red],
 * [$-809]) from its first section, lower-cased, keeping elapsed times
 * ([h], [mm], [ss]) as letters. */
static char *
format_letters (const char *code)
{
  GString *letters = g_string_new (NULL);

  for (const char *p = code; *p != '\0' && *p != ';'; p++)
    {
      if (*p == '"')
        {
          while (p[1] != '\0' && p[1] != '"')
            p++;
          if (p[1] == '"')
            p++;
        }
      else if (*p == '\\' || *p == '_' || *p == '*')
        {
          if (p[1] != '\0')
            p++;
        }
      else if (*p == '[')
        {
          const char *close = strchr (p, ']');
          gboolean elapsed = close != NULL && close > p + 1 &&
                             strspn (p + 1, "hHmMsS") == (gsize) (close - p - 1);

          if (close == NULL)
            break;
          if (elapsed)
            g_string_append_len (letters, p + 1, close - p - 1);
          p = close;
        }
      else
        g_string_append_c (letters, g_ascii_tolower (*p));
    }

  return g_string_free (letters, FALSE);
}

static void
remove_all (char       *text,
            const char *word)
{
  gsize length = strlen (word);
  char *found;

  while ((found = strstr (text, word)) != NULL)
    memmove (found, found + length, strlen (found + length) + 1);
}

CrXlsxNumberKind
_cr_xlsx_classify_format (guint       format_id,
                          const char *format_code)
{
  g_autofree char *letters = NULL;
  gboolean has_day, has_time;

  if (format_code == NULL)
    {
      if (format_id >= 14 && format_id <= 17)
        return CR_XLSX_DATE;
      if (format_id == 22)
        return CR_XLSX_DATE_TIME;
      if ((format_id >= 18 && format_id <= 21) || (format_id >= 45 && format_id <= 47))
        return CR_XLSX_TIME;
      return CR_XLSX_NUMBER;
    }

  letters = format_letters (format_code);
  remove_all (letters, "am/pm");
  remove_all (letters, "a/p");
  remove_all (letters, "general");

  has_day = strpbrk (letters, "dy") != NULL;
  has_time = strpbrk (letters, "hs") != NULL;

  if (has_day && has_time)
    return CR_XLSX_DATE_TIME;
  if (has_day)
    return CR_XLSX_DATE;
  if (has_time)
    return CR_XLSX_TIME;
  if (strchr (letters, 'm') != NULL)
    return CR_XLSX_DATE;   /* "mmmm": a month */
  return CR_XLSX_NUMBER;
}

typedef struct
{
  GHashTable *custom;     /* numFmtId → formatCode */
  GArray     *format_ids; /* guint, one per cellXfs xf */
  guint       in_cell_xfs : 1;
} Styles;

static gboolean
parse_uint (const char *text,
            guint      *out)
{
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, NULL))
    return FALSE;

  *out = (guint) value;
  return TRUE;
}

static void
styles_start (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              data,
              GError              **error)
{
  Styles *styles = data;
  const char *name = local_name (element);
  guint id = 0;

  if (strcmp (name, "numFmt") == 0)
    {
      const char *code = find_attribute (names, values, "formatCode");

      if (code != NULL && parse_uint (find_attribute (names, values, "numFmtId"), &id))
        g_hash_table_replace (styles->custom, GUINT_TO_POINTER (id), g_strdup (code));
    }
  else if (strcmp (name, "cellXfs") == 0)
    styles->in_cell_xfs = TRUE;
  else if (strcmp (name, "xf") == 0 && styles->in_cell_xfs)
    {
      if (!parse_uint (find_attribute (names, values, "numFmtId"), &id))
        id = 0;
      g_array_append_val (styles->format_ids, id);
    }
}

static void
styles_end (GMarkupParseContext  *context,
            const char           *element,
            gpointer              data,
            GError              **error)
{
  Styles *styles = data;

  if (strcmp (local_name (element), "cellXfs") == 0)
    styles->in_cell_xfs = FALSE;
}

gboolean
_cr_xlsx_parse_styles (const char  *xml,
                       gsize        length,
                       GArray      *out,
                       GError     **error)
{
  static const GMarkupParser parser = { styles_start, styles_end, NULL, NULL, NULL };
  g_autoptr(GHashTable) custom = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GArray) format_ids = g_array_new (FALSE, FALSE, sizeof (guint));
  Styles styles = { custom, format_ids, FALSE };

  if (!parse_whole (&parser, &styles, xml, length, error))
    return FALSE;

  for (guint i = 0; i < format_ids->len; i++)
    {
      guint id = g_array_index (format_ids, guint, i);
      const char *code = g_hash_table_lookup (custom, GUINT_TO_POINTER (id));
      guint8 kind = (guint8) _cr_xlsx_classify_format (id, code);

      g_array_append_val (out, kind);
    }

  return TRUE;
}

/*
 * Numbers
 */

#define LAST_SERIAL 2958465   /* 9999-12-31 */

/* Excel's day 1 is 1 January 1900, and it counts a 29 February 1900
 * that never was (day 60), so later days are one off; the 1904 system
 * counts from 1 January 1904 as day 0. */
static gboolean
serial_to_dmy (gint64    days,
               gboolean  date1904,
               GDate    *date)
{
  g_date_clear (date, 1);

  if (date1904)
    {
      if (days < 0 || days > LAST_SERIAL - 1462)
        return FALSE;
      g_date_set_dmy (date, 1, G_DATE_JANUARY, 1904);
      g_date_add_days (date, (guint) days);
      return TRUE;
    }

  if (days < 1 || days == 60 || days > LAST_SERIAL)
    return FALSE;

  g_date_set_dmy (date, 31, G_DATE_DECEMBER, 1899);
  g_date_add_days (date, (guint) (days < 60 ? days : days - 1));
  return TRUE;
}

char *
_cr_xlsx_format_number (double            value,
                        CrXlsxNumberKind  kind,
                        gboolean          date1904)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double whole;
  gint64 days, minutes;
  GDate date;

  if (!isfinite (value))
    return g_strdup ("");

  if (kind == CR_XLSX_NUMBER || value < 0 || value > LAST_SERIAL + 1.0)
    {
      if (value == 0)
        value = 0;   /* no "-0" */
      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
    }

  whole = floor (value);
  days = (gint64) whole;
  minutes = (gint64) llround ((value - whole) * 24 * 60);
  if (minutes >= 24 * 60)
    {
      days++;
      minutes -= 24 * 60;
    }

  if (kind == CR_XLSX_TIME)
    return g_strdup_printf ("%02d:%02d", (int) (minutes / 60), (int) (minutes % 60));

  if (!date1904 && days == 60)
    return g_strdup (kind == CR_XLSX_DATE ? "1900-02-29" : "1900-02-29 00:00");

  if (!serial_to_dmy (days, date1904, &date))
    return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));

  if (kind == CR_XLSX_DATE)
    return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                            g_date_get_month (&date), g_date_get_day (&date));

  return g_strdup_printf ("%04d-%02d-%02d %02d:%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date),
                          (int) (minutes / 60), (int) (minutes % 60));
}
