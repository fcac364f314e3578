/* cr-rich-text-markup.c: reading and writing the stored form of a text */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRichText"

#include "config.h"

#include "cr-rich-text.h"

#include "cr-rich-text-private.h"

#include <string.h>

/* Numbered items read "1. ", "12. ": at most this many digits. */
#define MAX_NUMBER_DIGITS 9

/* ---- Parsing ------------------------------------------------------------- */

/* The block marker at the start of @line, if any: sets *@kind and returns
 * where the text begins; NULL for a paragraph. */
static const char *
read_block_marker (const char      *line,
                   CrRichBlockKind *kind)
{
  guint digits = 0;

  if (g_str_has_prefix (line, "## "))
    {
      *kind = CR_RICH_BLOCK_HEADING;
      return line + 3;
    }

  if (g_str_has_prefix (line, "- "))
    {
      *kind = CR_RICH_BLOCK_BULLET;
      return line + 2;
    }

  while (g_ascii_isdigit (line[digits]))
    digits++;

  if (digits > 0 && digits <= MAX_NUMBER_DIGITS &&
      line[digits] == '.' && line[digits + 1] == ' ')
    {
      *kind = CR_RICH_BLOCK_NUMBERED;
      return line + digits + 2;
    }

  *kind = CR_RICH_BLOCK_PARAGRAPH;
  return NULL;
}

/* The number of '*' a style is marked with. */
static guint
style_marks (CrRichStyle style)
{
  switch ((int) style)
    {
    case CR_RICH_STYLE_ITALIC:
      return 1;
    case CR_RICH_STYLE_BOLD:
      return 2;
    case CR_RICH_STYLE_BOLD | CR_RICH_STYLE_ITALIC:
      return 3;
    default:
      return 0;
    }
}

static CrRichStyle
style_of_marks (guint marks)
{
  static const CrRichStyle styles[] = {
    CR_RICH_STYLE_NONE, CR_RICH_STYLE_ITALIC, CR_RICH_STYLE_BOLD,
    CR_RICH_STYLE_BOLD | CR_RICH_STYLE_ITALIC,
  };

  g_assert (marks < G_N_ELEMENTS (styles));
  return styles[marks];
}

/* A piece of a line: text (escapes resolved) or a run of unescaped '*'. */
typedef struct
{
  GString *text;   /* NULL for a run */
  guint    marks;  /* the run's length */
} Piece;

static void
piece_clear (gpointer data)
{
  Piece *piece = data;

  if (piece->text != NULL)
    g_string_free (piece->text, TRUE);
}

static GArray *
split_pieces (const char *line)
{
  GArray *pieces = g_array_new (FALSE, TRUE, sizeof (Piece));
  Piece *last = NULL;

  g_array_set_clear_func (pieces, piece_clear);

  for (const char *p = line; *p != '\0'; )
    {
      if (*p == '*')
        {
          Piece run = { NULL, 0 };

          while (*p == '*')
            {
              run.marks++;
              p++;
            }
          g_array_append_val (pieces, run);
          last = NULL;
          continue;
        }

      if (last == NULL)
        {
          Piece text = { g_string_new (NULL), 0 };

          g_array_append_val (pieces, text);
          last = &g_array_index (pieces, Piece, pieces->len - 1);
        }

      /* A backslash escapes the next character; a last one is itself. */
      if (*p == '\\' && p[1] != '\0')
        p++;

      g_string_append_len (last->text, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }

  return pieces;
}

/* A run of at least @marks stars after piece @from. */
static gboolean
has_closing_run (GArray *pieces,
                 guint   from,
                 guint   marks)
{
  for (guint i = from; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);

      if (piece->text == NULL && piece->marks >= marks)
        return TRUE;
    }

  return FALSE;
}

static void
append_stars (CrRichBlock *block,
              guint        n,
              CrRichStyle  style)
{
  g_autofree char *stars = g_strnfill (n, '*');

  _cr_rich_block_append (block, stars, n, style);
}

/*
 * Inline markup: a run of stars closes the open style when it has at
 * least as many stars as opened it (fewer are text), and what is left of
 * it (1 to 3 stars) opens a style when a later run can close it; any
 * other stars are text. This decodes whatever to_markup wrote, where a
 * run is the closing marks of one span followed by the opening marks of
 * the next.
 */
static void
parse_inline (CrRichBlock *block,
              const char  *line)
{
  g_autoptr(GArray) pieces = split_pieces (line);
  CrRichStyle style = CR_RICH_STYLE_NONE;

  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);
      guint open = style_marks (style);
      guint rest;

      if (piece->text != NULL)
        {
          _cr_rich_block_append (block, piece->text->str, piece->text->len, style);
          continue;
        }

      if (open > 0 && piece->marks < open)
        {
          append_stars (block, piece->marks, style);
          continue;
        }

      rest = piece->marks - open;
      style = CR_RICH_STYLE_NONE;

      if (rest == 0)
        continue;

      if (rest <= 3 && has_closing_run (pieces, i + 1, rest))
        style = style_of_marks (rest);
      else
        append_stars (block, rest, style);
    }
}

/**
 * cr_rich_text_parse:
 * @markup: (nullable): stored markup (see cr-rich-text.h)
 *
 * Never fails: what cannot be read as markup is kept as text.
 *
 * Returns: (transfer full): the text
 */
CrRichText *
cr_rich_text_parse (const char *markup)
{
  CrRichText *self = cr_rich_text_new ();
  g_autofree char *clean = _cr_rich_sanitise (markup, -1, "\n");
  g_auto(GStrv) lines = g_strsplit (clean, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      CrRichBlockKind kind;
      const char *text;
      CrRichBlock *block;

      if (lines[i][0] == '\0')
        continue;

      text = read_block_marker (lines[i], &kind);
      if (text == NULL)
        text = lines[i];

      block = _cr_rich_block_new (kind);
      parse_inline (block, text);

      if (_cr_rich_block_is_empty (block))
        _cr_rich_block_free (block);
      else
        g_ptr_array_add (self->blocks, block);
    }

  return self;
}

/* ---- Writing ------------------------------------------------------------ */

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '*' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
append_block_markup (GString     *out,
                     CrRichBlock *block,
                     guint        number)
{
  g_autoptr(GString) body = g_string_new (NULL);
  CrRichBlockKind kind;

  for (guint i = 0; i < block->spans->len; i++)
    {
      CrRichSpan *span = g_ptr_array_index (block->spans, i);
      guint marks = style_marks (span->style);

      for (guint m = 0; m < marks; m++)
        g_string_append_c (body, '*');
      append_escaped (body, span->text);
      for (guint m = 0; m < marks; m++)
        g_string_append_c (body, '*');
    }

  switch (block->kind)
    {
    case CR_RICH_BLOCK_HEADING:
      g_string_append (out, "## ");
      break;

    case CR_RICH_BLOCK_BULLET:
      g_string_append (out, "- ");
      break;

    case CR_RICH_BLOCK_NUMBERED:
      g_string_append_printf (out, "%u. ", number);
      break;

    case CR_RICH_BLOCK_PARAGRAPH:
    default:
      /* A paragraph that would read as a heading or an item. */
      if (read_block_marker (body->str, &kind) != NULL)
        g_string_append_c (out, '\\');
      break;
    }

  g_string_append_len (out, body->str, body->len);
}

/**
 * cr_rich_text_to_markup:
 * @self: a text
 *
 * Returns: (transfer full): the stored form; "" for an empty text
 */
char *
cr_rich_text_to_markup (CrRichText *self)
{
  GString *out;
  guint number = 0;
  gboolean first = TRUE;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      CrRichBlock *block = g_ptr_array_index (self->blocks, i);

      if (_cr_rich_block_is_empty (block))
        continue;

      number = block->kind == CR_RICH_BLOCK_NUMBERED ? number + 1 : 0;

      if (!first)
        g_string_append_c (out, '\n');
      first = FALSE;

      append_block_markup (out, block, number);
    }

  return g_string_free (out, FALSE);
}

/**
 * cr_rich_text_to_plain:
 * @self: a text
 *
 * Returns: (transfer full): the text of the blocks that hold some, one a
 *   line, without markers or numbers
 */
char *
cr_rich_text_to_plain (CrRichText *self)
{
  GString *out;
  gboolean first = TRUE;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      CrRichBlock *block = g_ptr_array_index (self->blocks, i);

      if (_cr_rich_block_is_empty (block))
        continue;

      if (!first)
        g_string_append_c (out, '\n');
      first = FALSE;

      for (guint j = 0; j < block->spans->len; j++)
        g_string_append (out, ((CrRichSpan *) g_ptr_array_index (block->spans, j))->text);
    }

  return g_string_free (out, FALSE);
}

/**
 * cr_rich_text_new_from_plain:
 * @text: (nullable): plain text
 *
 * Returns: (transfer full): a text with one paragraph per line of @text
 *   that holds more than spaces
 */
CrRichText *
cr_rich_text_new_from_plain (const char *text)
{
  CrRichText *self = cr_rich_text_new ();
  g_autofree char *clean = _cr_rich_sanitise (text, -1, "\n");
  g_auto(GStrv) lines = g_strsplit (clean, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      CrRichBlock *block;
      gboolean blank = TRUE;

      for (const char *p = lines[i]; *p != '\0' && blank; p = g_utf8_next_char (p))
        blank = g_unichar_isspace (g_utf8_get_char (p));

      if (blank)
        continue;

      block = _cr_rich_block_new (CR_RICH_BLOCK_PARAGRAPH);
      _cr_rich_block_append (block, lines[i], -1, CR_RICH_STYLE_NONE);
      g_ptr_array_add (self->blocks, block);
    }

  return self;
}

/**
 * cr_rich_text_dup_block_pango:
 * @self: a text
 * @block: a block index
 *
 * Returns: (transfer full): the block's spans as Pango markup
 */
char *
cr_rich_text_dup_block_pango (CrRichText *self,
                              guint       block)
{
  GString *out;
  CrRichBlock *b;

  g_return_val_if_fail (self != NULL, NULL);
  b = _cr_rich_text_get_block (self, block);
  g_return_val_if_fail (b != NULL, NULL);

  out = g_string_new (NULL);

  for (guint i = 0; i < b->spans->len; i++)
    {
      CrRichSpan *span = g_ptr_array_index (b->spans, i);
      g_autofree char *escaped = g_markup_escape_text (span->text, -1);

      if (span->style & CR_RICH_STYLE_BOLD)
        g_string_append (out, "<b>");
      if (span->style & CR_RICH_STYLE_ITALIC)
        g_string_append (out, "<i>");
      g_string_append (out, escaped);
      if (span->style & CR_RICH_STYLE_ITALIC)
        g_string_append (out, "</i>");
      if (span->style & CR_RICH_STYLE_BOLD)
        g_string_append (out, "</b>");
    }

  return g_string_free (out, FALSE);
}
