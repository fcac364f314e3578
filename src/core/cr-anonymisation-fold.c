/* cr-anonymisation-fold.c: the text as the anonymisation check reads it */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisation"

#include "config.h"

#include "cr-anonymisation-private.h"

#include <string.h>

/* Room for one character folded: a full compatibility decomposition. */
#define FOLD_MAX G_UNICHAR_MAX_DECOMPOSITION_LENGTH

/* Writes the folded form of @c to @out (see cr-anonymisation-private.h);
 * returns how many characters (0 for a character dropped). */
static guint
fold_char (gunichar  c,
           gunichar *out)
{
  gunichar decomposed[FOLD_MAX];
  gsize n;
  guint n_out = 0;

  if (c < 0x80)
    {
      if (c == '\n' || c == '\r' || c == '\v' || c == '\f')
        out[0] = '\n';
      else if (c == '\t')
        out[0] = ' ';
      else if (c == '`')
        out[0] = '\'';
      else
        out[0] = (gunichar) g_ascii_tolower ((char) c);
      return 1;
    }

  switch (c)
    {
    case 0x0085: case 0x2028: case 0x2029:
      out[0] = '\n';
      return 1;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return 0;
    case 0x00B4: case 0x02B9: case 0x02BB: case 0x02BC: case 0x02BD:
    case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0xFF07:
      out[0] = '\'';
      return 1;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      out[0] = '-';
      return 1;
    case 0x00DF: case 0x1E9E:
      out[0] = out[1] = 's';
      return 2;
    case 0x00D8: case 0x00F8:
      out[0] = 'o';
      return 1;
    case 0x0141: case 0x0142:
      out[0] = 'l';
      return 1;
    case 0x0110: case 0x0111: case 0x00D0: case 0x00F0:
      out[0] = 'd';
      return 1;
    case 0x0131:
      out[0] = 'i';
      return 1;
    case 0x00C6: case 0x00E6:
      out[0] = 'a';
      out[1] = 'e';
      return 2;
    case 0x0152: case 0x0153:
      out[0] = 'o';
      out[1] = 'e';
      return 2;
    case 0x00DE: case 0x00FE:
      out[0] = 't';
      out[1] = 'h';
      return 2;
    default:
      break;
    }

  if (g_unichar_isspace (c))
    {
      out[0] = ' ';
      return 1;
    }

  n = g_unichar_fully_decompose (c, TRUE, decomposed, FOLD_MAX);
  for (gsize i = 0; i < n; i++)
    {
      gunichar d = decomposed[i];

      if (g_unichar_ismark (d))
        continue;
      if (d == 0x2019 || d == 0x2018)
        d = '\'';
      else if (g_unichar_isspace (d))
        d = ' ';
      out[n_out++] = d < 0x80 ? (gunichar) g_ascii_tolower ((char) d) : g_unichar_tolower (d);
    }

  return n_out;
}

/**
 * _cr_folded_text_init:
 * @folded: the structure to fill
 * @text: valid UTF-8
 *
 * Folds @text in one pass; the arrays are allocated once, with room
 * grown only for the rare character that decomposes to several.
 */
void
_cr_folded_text_init (CrFoldedText *folded,
                      const char   *text)
{
  gsize bytes = strlen (text);
  guint capacity = (guint) MIN (bytes, G_MAXUINT / 2) + FOLD_MAX + 1;
  guint index = 0;
  const char *p = text;

  memset (folded, 0, sizeof *folded);
  folded->text = text;
  folded->offsets = g_new (guint, bytes + 1);
  folded->chars = g_new (gunichar, capacity);
  folded->map = g_new (guint, capacity);

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      gunichar out[FOLD_MAX];
      guint n;

      folded->offsets[index] = (guint) (p - text);

      if (c < 0x80 && c != '\r' && c != '\v' && c != '\f' && c != '\t' && c != '`')
        {
          /* The common case, inline. */
          out[0] = (gunichar) g_ascii_tolower ((char) c);
          n = 1;
        }
      else
        n = fold_char (c, out);

      if (folded->n + n + 1 > capacity)
        {
          capacity = capacity * 2 + FOLD_MAX;
          folded->chars = g_renew (gunichar, folded->chars, capacity);
          folded->map = g_renew (guint, folded->map, capacity);
        }

      for (guint i = 0; i < n; i++)
        {
          folded->chars[folded->n] = out[i];
          folded->map[folded->n] = index;
          folded->n++;
        }

      index++;
      p = g_utf8_next_char (p);
    }

  folded->offsets[index] = (guint) (p - text);
  folded->n_chars = index;
  folded->chars[folded->n] = 0;
  folded->map[folded->n] = index;
}

void
_cr_folded_text_clear (CrFoldedText *folded)
{
  g_clear_pointer (&folded->offsets, g_free);
  g_clear_pointer (&folded->chars, g_free);
  g_clear_pointer (&folded->map, g_free);
  folded->n = folded->n_chars = 0;
}

static gboolean
is_pattern_separator (gunichar c)
{
  return c == ' ' || c == '\n' || c == '-' || c == ',';
}

/**
 * _cr_fold_pattern:
 * @text: a name or phrase as recorded
 * @n: (out): the length of the pattern
 *
 * Returns: (transfer full) (nullable): the folded pattern, 0-terminated
 */
gunichar *
_cr_fold_pattern (const char *text,
                  guint      *n)
{
  g_autofree char *valid = NULL;
  CrFoldedText folded;
  gunichar *pattern;
  guint start = 0, end, length = 0;

  *n = 0;
  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  _cr_folded_text_init (&folded, valid);

  end = folded.n;
  while (start < end && !_cr_fold_is_alnum (folded.chars[start]))
    start++;
  while (end > start && !_cr_fold_is_alnum (folded.chars[end - 1]))
    end--;

  if (start == end)
    {
      _cr_folded_text_clear (&folded);
      return NULL;
    }

  pattern = g_new (gunichar, end - start + 1);
  for (guint i = start; i < end; i++)
    {
      gunichar c = folded.chars[i];

      if (is_pattern_separator (c))
        {
          if (length > 0 && pattern[length - 1] == ' ')
            continue;
          c = ' ';
        }
      pattern[length++] = c;
    }
  pattern[length] = 0;

  _cr_folded_text_clear (&folded);
  *n = length;
  return pattern;
}
