/* cr-rich-text.c: the text of a report section: blocks of styled spans */
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

G_DEFINE_BOXED_TYPE (CrRichText, cr_rich_text, cr_rich_text_ref, cr_rich_text_unref)

/* ---- Spans and blocks --------------------------------------------------- */

static CrRichSpan *
span_new (const char  *text,
          CrRichStyle  style)
{
  CrRichSpan *span = g_new0 (CrRichSpan, 1);

  span->text = g_strdup (text);
  span->style = style;

  return span;
}

static void
span_free (gpointer data)
{
  CrRichSpan *span = data;

  g_free (span->text);
  g_free (span);
}

CrRichBlock *
_cr_rich_block_new (CrRichBlockKind kind)
{
  CrRichBlock *block = g_new0 (CrRichBlock, 1);

  block->kind = kind;
  block->spans = g_ptr_array_new_with_free_func (span_free);

  return block;
}

void
_cr_rich_block_free (gpointer data)
{
  CrRichBlock *block = data;

  g_ptr_array_unref (block->spans);
  g_free (block);
}

gboolean
_cr_rich_block_is_empty (CrRichBlock *block)
{
  return block->spans->len == 0;
}

void
_cr_rich_block_append (CrRichBlock *block,
                       const char  *text,
                       gssize       len,
                       CrRichStyle  style)
{
  CrRichSpan *last;

  if (len < 0)
    len = strlen (text);
  if (len == 0)
    return;

  last = block->spans->len > 0 ? g_ptr_array_index (block->spans, block->spans->len - 1) : NULL;
  if (last != NULL && last->style == style)
    {
      char *joined = g_strdup_printf ("%s%.*s", last->text, (int) len, text);

      g_free (last->text);
      last->text = joined;
      return;
    }

  last = g_new0 (CrRichSpan, 1);
  last->style = style;
  last->text = g_strndup (text, len);
  g_ptr_array_add (block->spans, last);
}

char *
_cr_rich_block_dup_plain (CrRichBlock *block)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < block->spans->len; i++)
    g_string_append (text, ((CrRichSpan *) g_ptr_array_index (block->spans, i))->text);

  return g_string_free (text, FALSE);
}

/* Repairs invalid UTF-8 (U+FFFD), reads "\r\n" as '\n' and drops NUL and
 * the other control characters but '\t' and '\n'. @newline_as: the text
 * that '\n' becomes ("\n" or " "). */
char *
_cr_rich_sanitise (const char *text,
                   gssize      len,
                   const char *newline_as)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  if (len < 0)
    len = strlen (text);

  valid = g_utf8_make_valid (text, len);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        g_string_append (out, newline_as);
      else if (c == '\r' && p[1] == '\n')
        continue;
      else if (c == '\t' || !g_unichar_iscntrl (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/* ---- Life cycle --------------------------------------------------------- */

CrRichText *
cr_rich_text_new (void)
{
  CrRichText *self = g_new0 (CrRichText, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->blocks = g_ptr_array_new_with_free_func (_cr_rich_block_free);

  return self;
}

CrRichText *
cr_rich_text_ref (CrRichText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cr_rich_text_unref (CrRichText *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_ptr_array_unref (self->blocks);
      g_free (self);
    }
}

/**
 * cr_rich_text_copy:
 * @self: a text
 *
 * Returns: (transfer full): a new text with the same blocks and spans
 */
CrRichText *
cr_rich_text_copy (CrRichText *self)
{
  CrRichText *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = cr_rich_text_new ();
  for (guint i = 0; i < self->blocks->len; i++)
    {
      CrRichBlock *block = g_ptr_array_index (self->blocks, i);
      CrRichBlock *new_block = _cr_rich_block_new (block->kind);

      for (guint j = 0; j < block->spans->len; j++)
        {
          CrRichSpan *span = g_ptr_array_index (block->spans, j);

          g_ptr_array_add (new_block->spans, span_new (span->text, span->style));
        }
      g_ptr_array_add (copy->blocks, new_block);
    }

  return copy;
}

gboolean
cr_rich_text_is_empty (CrRichText *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  for (guint i = 0; i < self->blocks->len; i++)
    if (!_cr_rich_block_is_empty (g_ptr_array_index (self->blocks, i)))
      return FALSE;

  return TRUE;
}

/**
 * cr_rich_text_equal:
 * @a: a text
 * @b: another
 *
 * Blocks without text are not compared.
 *
 * Returns: %TRUE when both have the same blocks of the same spans
 */
gboolean
cr_rich_text_equal (CrRichText *a,
                    CrRichText *b)
{
  g_autofree char *markup_a = NULL;
  g_autofree char *markup_b = NULL;

  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  if (a == b)
    return TRUE;

  /* to_markup is one to one on what it writes. */
  markup_a = cr_rich_text_to_markup (a);
  markup_b = cr_rich_text_to_markup (b);

  return g_str_equal (markup_a, markup_b);
}

/**
 * cr_text_count_words:
 * @text: (nullable): UTF-8 text
 *
 * Returns: the number of runs of letters and digits in @text
 */
guint
cr_text_count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint n = 0;

  if (text == NULL)
    return 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word = g_unichar_isalnum (c) || (in_word && g_unichar_ismark (c));

      if (word && !in_word)
        n++;
      in_word = word;
    }

  return n;
}

guint
cr_rich_text_count_words (CrRichText *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  /* CrRichBlock by block, so that words do not run across blocks; a word cut
   * by a change of style is still one word. */
  for (guint i = 0; i < self->blocks->len; i++)
    {
      g_autofree char *text = _cr_rich_block_dup_plain (g_ptr_array_index (self->blocks, i));

      n += cr_text_count_words (text);
    }

  return n;
}

/* ---- Building and reading ----------------------------------------------- */

void
cr_rich_text_append_block (CrRichText      *self,
                           CrRichBlockKind  kind)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (kind <= CR_RICH_BLOCK_NUMBERED);

  g_ptr_array_add (self->blocks, _cr_rich_block_new (kind));
}

/**
 * cr_rich_text_append_span:
 * @self: a text
 * @text: (nullable): text to append; a line break becomes a space
 * @style: its style
 *
 * Appends to the last block (a new paragraph when there is none).
 */
void
cr_rich_text_append_span (CrRichText  *self,
                          const char  *text,
                          CrRichStyle  style)
{
  g_autofree char *clean = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail ((style & ~(CR_RICH_STYLE_BOLD | CR_RICH_STYLE_ITALIC)) == 0);

  if (text == NULL || *text == '\0')
    return;

  if (self->blocks->len == 0)
    g_ptr_array_add (self->blocks, _cr_rich_block_new (CR_RICH_BLOCK_PARAGRAPH));

  clean = _cr_rich_sanitise (text, -1, " ");
  _cr_rich_block_append (g_ptr_array_index (self->blocks, self->blocks->len - 1), clean, -1, style);
}

guint
cr_rich_text_get_n_blocks (CrRichText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->blocks->len;
}

CrRichBlock *
_cr_rich_text_get_block (CrRichText *self,
                         guint       block)
{
  if (block >= self->blocks->len)
    return NULL;

  return g_ptr_array_index (self->blocks, block);
}

CrRichBlockKind
cr_rich_text_get_block_kind (CrRichText *self,
                             guint       block)
{
  CrRichBlock *b;

  g_return_val_if_fail (self != NULL, CR_RICH_BLOCK_PARAGRAPH);
  b = _cr_rich_text_get_block (self, block);
  g_return_val_if_fail (b != NULL, CR_RICH_BLOCK_PARAGRAPH);

  return b->kind;
}

/**
 * cr_rich_text_dup_block_text:
 * @self: a text
 * @block: a block index
 *
 * Returns: (transfer full): the block's plain text
 */
char *
cr_rich_text_dup_block_text (CrRichText *self,
                             guint       block)
{
  CrRichBlock *b;

  g_return_val_if_fail (self != NULL, NULL);
  b = _cr_rich_text_get_block (self, block);
  g_return_val_if_fail (b != NULL, NULL);

  return _cr_rich_block_dup_plain (b);
}

guint
cr_rich_text_get_n_spans (CrRichText *self,
                          guint       block)
{
  CrRichBlock *b;

  g_return_val_if_fail (self != NULL, 0);
  b = _cr_rich_text_get_block (self, block);
  g_return_val_if_fail (b != NULL, 0);

  return b->spans->len;
}

static CrRichSpan *
get_span (CrRichText *self,
          guint       block,
          guint       span)
{
  CrRichBlock *b = _cr_rich_text_get_block (self, block);

  if (b == NULL || span >= b->spans->len)
    return NULL;

  return g_ptr_array_index (b->spans, span);
}

const char *
cr_rich_text_get_span_text (CrRichText *self,
                            guint       block,
                            guint       span)
{
  CrRichSpan *s;

  g_return_val_if_fail (self != NULL, NULL);
  s = get_span (self, block, span);
  g_return_val_if_fail (s != NULL, NULL);

  return s->text;
}

CrRichStyle
cr_rich_text_get_span_style (CrRichText *self,
                             guint       block,
                             guint       span)
{
  CrRichSpan *s;

  g_return_val_if_fail (self != NULL, CR_RICH_STYLE_NONE);
  s = get_span (self, block, span);
  g_return_val_if_fail (s != NULL, CR_RICH_STYLE_NONE);

  return s->style;
}

/* ---- Changing ----------------------------------------------------------- */

/* Appends the characters [@from, @to) of @span, which starts at character
 * @offset of its block, to @block. */
static void
append_span_part (CrRichBlock *block,
                  CrRichSpan  *span,
                  glong        offset,
                  glong        from,
                  glong        to)
{
  glong length = g_utf8_strlen (span->text, -1);
  const char *start;
  const char *end;

  from = MAX (from, offset);
  to = MIN (to, offset + length);
  if (from >= to)
    return;

  start = g_utf8_offset_to_pointer (span->text, from - offset);
  end = g_utf8_offset_to_pointer (start, to - from);
  _cr_rich_block_append (block, start, end - start, span->style);
}

/**
 * cr_rich_text_replace:
 * @self: a text
 * @block: a block index
 * @start: the first character to replace
 * @end: the character after the last one (@start for an insertion)
 * @replacement: (nullable): the new text, in the style of the character at
 *   @start (or of the last character when @start is the end)
 *
 * Returns: %FALSE, changing nothing, when the range is not in the block
 */
gboolean
cr_rich_text_replace (CrRichText *self,
                      guint       block,
                      guint       start,
                      guint       end,
                      const char *replacement)
{
  g_autofree char *clean = NULL;
  CrRichStyle style = CR_RICH_STYLE_NONE;
  CrRichBlock *b;
  CrRichBlock *result;
  glong offset = 0;
  glong length = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  b = _cr_rich_text_get_block (self, block);
  if (b == NULL || start > end)
    return FALSE;

  for (guint i = 0; i < b->spans->len; i++)
    {
      CrRichSpan *span = g_ptr_array_index (b->spans, i);
      glong span_length = g_utf8_strlen (span->text, -1);

      if ((glong) start >= length && ((glong) start < length + span_length ||
                                      i == b->spans->len - 1))
        style = span->style;
      length += span_length;
    }

  if ((glong) end > length)
    return FALSE;

  clean = _cr_rich_sanitise (replacement, -1, " ");
  result = _cr_rich_block_new (b->kind);

  for (guint i = 0; i < b->spans->len; i++)
    {
      CrRichSpan *span = g_ptr_array_index (b->spans, i);

      append_span_part (result, span, offset, 0, start);
      offset += g_utf8_strlen (span->text, -1);
    }

  _cr_rich_block_append (result, clean, -1, style);

  offset = 0;
  for (guint i = 0; i < b->spans->len; i++)
    {
      CrRichSpan *span = g_ptr_array_index (b->spans, i);

      append_span_part (result, span, offset, end, length);
      offset += g_utf8_strlen (span->text, -1);
    }

  g_ptr_array_unref (b->spans);
  b->spans = g_steal_pointer (&result->spans);
  g_free (result);

  return TRUE;
}
