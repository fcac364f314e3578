/* cr-cli-output.c: table, CSV (RFC 4180) and JSON writers for the CLI */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCli"

#include "config.h"

#include "cr-cli-output.h"

#include <glib/gi18n.h>
#include <string.h>

#define ELLIPSIS "\342\200\246" /* U+2026 */
#define REPLACEMENT 0xFFFD

/* --------------------------------------------------------------------------
 * Formats
 */

static const struct
{
  CrCliFormat  format;
  const char  *name;
} format_names[] = {
  { CR_CLI_FORMAT_TABLE, "table" },
  { CR_CLI_FORMAT_CSV, "csv" },
  { CR_CLI_FORMAT_JSON, "json" },
  { CR_CLI_FORMAT_TEXT, "text" },
};

const char *
cr_cli_format_to_string (CrCliFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (format_names[i].format == format)
      return format_names[i].name;
  g_return_val_if_reached (NULL);
}

gboolean
cr_cli_format_from_string (const char  *text,
                           CrCliFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (text, format_names[i].name) == 0)
      {
        *format = format_names[i].format;
        return TRUE;
      }
  return FALSE;
}

/* --------------------------------------------------------------------------
 * Text
 */

static guint
char_width (gunichar c)
{
  if (g_unichar_iszerowidth (c))
    return 0;
  if (g_unichar_iswide (c))
    return 2;
  return 1;
}

gsize
cr_cli_text_width (const char *text)
{
  const char *p = text;
  gsize width = 0;

  if (text == NULL)
    return 0;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          width++;
          p++;
          continue;
        }
      width += char_width (c);
      p = g_utf8_next_char (p);
    }
  return width;
}

/* Line separators, and the bidirectional controls that can make a
 * terminal show text in another order than it is stored (“Trojan
 * source”, CVE-2021-42574). */
static gboolean
is_unsafe_format_char (gunichar c)
{
  return c == 0x2028 || c == 0x2029 ||
         c == 0x061C || c == 0x200E || c == 0x200F ||
         (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

char *
cr_cli_text_fit (const char *text,
                 gsize       max_width)
{
  g_autoptr(GString) clean = NULL;
  GString *out;
  const char *p;
  gsize width = 0;

  if (text == NULL)
    return g_strdup ("");

  /* First make it one safe line. */
  clean = g_string_sized_new (strlen (text));
  for (p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_unichar (clean, REPLACEMENT);
          p++;
          continue;
        }
      p = g_utf8_next_char (p);

      if (c == '\n' || c == '\r' || c == '\t')
        g_string_append_c (clean, ' ');
      else if (g_unichar_iscntrl (c) || is_unsafe_format_char (c))
        g_string_append_unichar (clean, REPLACEMENT);
      else
        g_string_append_unichar (clean, c);
    }

  if (max_width == 0 || cr_cli_text_width (clean->str) <= max_width)
    return g_string_free (g_steal_pointer (&clean), FALSE);

  /* Then cut it, leaving one column for the ellipsis. */
  out = g_string_sized_new (clean->len);
  for (p = clean->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint w = char_width (c);

      if (width + w > max_width - 1)
        break;
      g_string_append_unichar (out, c);
      width += w;
    }
  g_string_append (out, ELLIPSIS);
  return g_string_free (out, FALSE);
}

/* --------------------------------------------------------------------------
 * CSV
 */

void
cr_cli_csv_append_field (GString    *record,
                         const char *value,
                         gboolean    first)
{
  g_autofree char *valid = NULL;
  gboolean quote;
  gsize len;

  g_return_if_fail (record != NULL);

  if (!first)
    g_string_append_c (record, ',');
  if (value == NULL || *value == '\0')
    return;

  valid = g_utf8_make_valid (value, -1);
  len = strlen (valid);
  quote = strpbrk (valid, ",\"\r\n") != NULL ||
          g_ascii_isspace (valid[0]) ||
          g_ascii_isspace (valid[len - 1]);

  if (!quote)
    {
      g_string_append (record, valid);
      return;
    }

  g_string_append_c (record, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (record, '"');
      g_string_append_c (record, *p);
    }
  g_string_append_c (record, '"');
}

void
cr_cli_csv_end_record (GString *record)
{
  g_return_if_fail (record != NULL);

  g_string_append (record, "\r\n");
}

/* --------------------------------------------------------------------------
 * JSON
 */

void
cr_cli_json_append_string (GString    *out,
                           const char *text)
{
  g_autofree char *valid = NULL;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  valid = g_utf8_make_valid (text, -1);
  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

typedef struct
{
  gboolean is_object;
  guint    n_items;
} JsonLevel;

struct _CrCliJson
{
  GString  *out;
  GArray   *levels;    /* of JsonLevel */
  gboolean  after_key;
};

CrCliJson *
cr_cli_json_new (GString *out)
{
  CrCliJson *json;

  g_return_val_if_fail (out != NULL, NULL);

  json = g_new0 (CrCliJson, 1);
  json->out = out;
  json->levels = g_array_new (FALSE, FALSE, sizeof (JsonLevel));
  return json;
}

void
cr_cli_json_free (CrCliJson *json)
{
  if (json == NULL)
    return;

  /* Every container opened must have been closed. */
  g_warn_if_fail (json->levels->len == 0);
  g_array_unref (json->levels);
  g_free (json);
}

static void
append_newline_indent (CrCliJson *json)
{
  g_string_append_c (json->out, '\n');
  for (guint i = 0; i < json->levels->len; i++)
    g_string_append (json->out, "  ");
}

/* Writes what must come before a value: a comma and a new line inside a
 * container, nothing after a key. */
static void
begin_value (CrCliJson *json)
{
  JsonLevel *level;

  if (json->after_key)
    {
      json->after_key = FALSE;
      return;
    }
  if (json->levels->len == 0)
    return;

  level = &g_array_index (json->levels, JsonLevel, json->levels->len - 1);
  g_return_if_fail (!level->is_object);
  if (level->n_items++ > 0)
    g_string_append_c (json->out, ',');
  append_newline_indent (json);
}

static void
open_container (CrCliJson *json,
                gboolean   is_object)
{
  JsonLevel level = { is_object, 0 };

  begin_value (json);
  g_string_append_c (json->out, is_object ? '{' : '[');
  g_array_append_val (json->levels, level);
}

static void
close_container (CrCliJson *json,
                 gboolean   is_object)
{
  JsonLevel level;

  g_return_if_fail (json->levels->len > 0);
  g_return_if_fail (!json->after_key);

  level = g_array_index (json->levels, JsonLevel, json->levels->len - 1);
  g_return_if_fail (level.is_object == is_object);
  g_array_set_size (json->levels, json->levels->len - 1);
  if (level.n_items > 0)
    append_newline_indent (json);
  g_string_append_c (json->out, is_object ? '}' : ']');
  if (json->levels->len == 0)
    g_string_append_c (json->out, '\n');
}

void
cr_cli_json_begin_object (CrCliJson *json)
{
  g_return_if_fail (json != NULL);
  open_container (json, TRUE);
}

void
cr_cli_json_end_object (CrCliJson *json)
{
  g_return_if_fail (json != NULL);
  close_container (json, TRUE);
}

void
cr_cli_json_begin_array (CrCliJson *json)
{
  g_return_if_fail (json != NULL);
  open_container (json, FALSE);
}

void
cr_cli_json_end_array (CrCliJson *json)
{
  g_return_if_fail (json != NULL);
  close_container (json, FALSE);
}

void
cr_cli_json_key (CrCliJson  *json,
                 const char *key)
{
  JsonLevel *level;

  g_return_if_fail (json != NULL);
  g_return_if_fail (key != NULL);
  g_return_if_fail (json->levels->len > 0);
  g_return_if_fail (!json->after_key);

  level = &g_array_index (json->levels, JsonLevel, json->levels->len - 1);
  g_return_if_fail (level->is_object);
  if (level->n_items++ > 0)
    g_string_append_c (json->out, ',');
  append_newline_indent (json);
  cr_cli_json_append_string (json->out, key);
  g_string_append (json->out, ": ");
  json->after_key = TRUE;
}

void
cr_cli_json_string (CrCliJson  *json,
                    const char *value)
{
  g_return_if_fail (json != NULL);
  begin_value (json);
  cr_cli_json_append_string (json->out, value);
}

void
cr_cli_json_int (CrCliJson *json,
                 gint64     value)
{
  g_return_if_fail (json != NULL);
  begin_value (json);
  g_string_append_printf (json->out, "%" G_GINT64_FORMAT, value);
}

void
cr_cli_json_boolean (CrCliJson *json,
                     gboolean   value)
{
  g_return_if_fail (json != NULL);
  begin_value (json);
  g_string_append (json->out, value ? "true" : "false");
}

void
cr_cli_json_null (CrCliJson *json)
{
  g_return_if_fail (json != NULL);
  begin_value (json);
  g_string_append (json->out, "null");
}

void
cr_cli_json_member_string (CrCliJson  *json,
                           const char *key,
                           const char *value)
{
  cr_cli_json_key (json, key);
  cr_cli_json_string (json, value);
}

void
cr_cli_json_member_int (CrCliJson  *json,
                        const char *key,
                        gint64      value)
{
  cr_cli_json_key (json, key);
  cr_cli_json_int (json, value);
}

void
cr_cli_json_member_boolean (CrCliJson  *json,
                            const char *key,
                            gboolean    value)
{
  cr_cli_json_key (json, key);
  cr_cli_json_boolean (json, value);
}
