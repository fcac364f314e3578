/* cr-odt-xml.c: user text written safely into OpenDocument XML */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrOdt"

#include "config.h"

#include "cr-odt-private.h"

/* The Char production of XML 1.0 (fifth edition). */
static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xa || c == 0xd ||
         (c >= 0x20 && c <= 0xd7ff) ||
         (c >= 0xe000 && c <= 0xfffd) ||
         (c >= 0x10000 && c <= 0x10ffff);
}

/* @text as valid UTF-8: itself, or a repaired copy in *@repaired. */
static const char *
valid_utf8 (const char  *text,
            char       **repaired)
{
  *repaired = NULL;
  if (g_utf8_validate (text, -1, NULL))
    return text;
  *repaired = g_utf8_make_valid (text, -1);
  return *repaired;
}

static void
append_escaped_char (GString  *out,
                     gunichar  c)
{
  switch (c)
    {
    case '&':
      g_string_append (out, "&amp;");
      break;
    case '<':
      g_string_append (out, "&lt;");
      break;
    case '>':
      g_string_append (out, "&gt;");
      break;
    case '"':
      g_string_append (out, "&quot;");
      break;
    case '\'':
      g_string_append (out, "&apos;");
      break;
    default:
      g_string_append_unichar (out, c);
      break;
    }
}

void
_cr_odt_append_escaped (GString    *out,
                        const char *text)
{
  g_autofree char *repaired = NULL;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;

  for (const char *p = valid_utf8 (text, &repaired); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_xml_char (c))
        continue;
      /* Kept through attribute-value normalisation. */
      if (c == '\t' || c == '\n' || c == '\r')
        g_string_append_printf (out, "&#%u;", (guint) c);
      else
        append_escaped_char (out, c);
    }
}

void
_cr_odt_append_text (GString    *out,
                     const char *text)
{
  g_autofree char *repaired = NULL;
  guint spaces = 0;
  gboolean at_start = TRUE;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;

  for (const char *p = valid_utf8 (text, &repaired); ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        {
          spaces++;
          continue;
        }

      /* A run of spaces: the first written as itself (but at the start,
       * where ODF would drop it), the others as <text:s/>. */
      if (spaces > 0)
        {
          if (!at_start)
            {
              g_string_append_c (out, ' ');
              spaces--;
            }
          if (spaces == 1)
            g_string_append (out, "<text:s/>");
          else if (spaces > 1)
            g_string_append_printf (out, "<text:s text:c=\"%u\"/>", spaces);
          spaces = 0;
        }

      if (c == '\0')
        break;
      if (c == '\r' || !is_xml_char (c))
        continue;
      at_start = FALSE;

      if (c == '\t')
        g_string_append (out, "<text:tab/>");
      else if (c == '\n')
        g_string_append (out, "<text:line-break/>");
      else
        append_escaped_char (out, c);
    }
}
