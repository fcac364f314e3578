/* cr-rich-text.h: the text of a report section: blocks of styled spans */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A CrRichText is a list of blocks (paragraph, heading, bulleted item,
 * numbered item), each a list of spans of text with a style (bold,
 * italic, both or none). It is what the report editor edits, what the
 * database keeps (as "markup", below), what the PDF and ODT writers lay
 * out and what the anonymisation check reads.
 *
 * Markup, the stored form, is a small line-based subset of Markdown, one
 * block per line ('\n'; "\r\n" is read as '\n'; empty lines are skipped):
 *   "## Heading"           a heading
 *   "- item"               a bulleted item
 *   "1. item"              a numbered item (any number: items are
 *                          numbered in order when laid out)
 *   anything else          a paragraph
 * Inline: "**bold**", "*italic*", "***bold italic***". A backslash
 * escapes the next character ("\*", "\\", and "\#", "\-", "\1" at the
 * start of a paragraph that would otherwise read as a marker). Parsing
 * never fails: unbalanced markers are kept as text, invalid UTF-8 is
 * repaired (U+FFFD), NUL and other control characters but '\t' are
 * dropped, and to_markup (parse (m)) == m for any markup to_markup made
 * (the round trip is exact).
 *
 * Adjacent spans with the same style are merged and empty spans dropped;
 * a block with no text is not written by to_markup and never made by
 * parse. Spans never hold '\n' (append_span turns it into a space).
 *
 * Offsets are in characters (not bytes) of a block's plain text (the
 * concatenated span texts). Thread-safe for distinct objects.
 */

typedef enum
{
  CR_RICH_BLOCK_PARAGRAPH,
  CR_RICH_BLOCK_HEADING,
  CR_RICH_BLOCK_BULLET,
  CR_RICH_BLOCK_NUMBERED,
} CrRichBlockKind;

typedef enum
{
  CR_RICH_STYLE_NONE   = 0,
  CR_RICH_STYLE_BOLD   = 1 << 0,
  CR_RICH_STYLE_ITALIC = 1 << 1,
} CrRichStyle;

typedef struct _CrRichText CrRichText;

#define CR_TYPE_RICH_TEXT (cr_rich_text_get_type ())

GType        cr_rich_text_get_type        (void) G_GNUC_CONST;

CrRichText  *cr_rich_text_new             (void);
CrRichText  *cr_rich_text_ref             (CrRichText      *self);
void         cr_rich_text_unref           (CrRichText      *self);
CrRichText  *cr_rich_text_copy            (CrRichText      *self);

/* NULL or "" gives an empty text. */
CrRichText  *cr_rich_text_parse           (const char      *markup);
char        *cr_rich_text_to_markup       (CrRichText      *self);
/* Blocks' plain text joined by "\n" (no markers, no numbers). */
char        *cr_rich_text_to_plain        (CrRichText      *self);
/* A text of paragraphs from plain text: each non-blank line a paragraph. */
CrRichText  *cr_rich_text_new_from_plain  (const char      *text);
gboolean     cr_rich_text_is_empty        (CrRichText      *self);
gboolean     cr_rich_text_equal           (CrRichText      *a,
                                           CrRichText      *b);
/* Words in the plain text (runs of letters/digits). */
guint        cr_rich_text_count_words     (CrRichText      *self);
/* The same count for plain text (NULL: 0). */
guint        cr_text_count_words          (const char      *text);

/* Building (the editor and the tests): appends a block, then spans to the
 * last block (appending a span when there is no block starts a
 * paragraph). */
void         cr_rich_text_append_block    (CrRichText      *self,
                                           CrRichBlockKind  kind);
void         cr_rich_text_append_span     (CrRichText      *self,
                                           const char      *text,
                                           CrRichStyle      style);

guint            cr_rich_text_get_n_blocks    (CrRichText *self);
CrRichBlockKind  cr_rich_text_get_block_kind  (CrRichText *self,
                                               guint       block);
char            *cr_rich_text_dup_block_text  (CrRichText *self,
                                               guint       block);
guint            cr_rich_text_get_n_spans     (CrRichText *self,
                                               guint       block);
const char      *cr_rich_text_get_span_text   (CrRichText *self,
                                               guint       block,
                                               guint       span);
CrRichStyle      cr_rich_text_get_span_style  (CrRichText *self,
                                               guint       block,
                                               guint       span);

/* Replaces characters [@start, @end) of @block's plain text with
 * @replacement, which takes the style of the character at @start.
 * FALSE (nothing changed) when the range is outside the block. */
gboolean     cr_rich_text_replace         (CrRichText      *self,
                                           guint            block,
                                           guint            start,
                                           guint            end,
                                           const char      *replacement);

/* Pango markup of one block's spans (<b>, <i>; text escaped), for the
 * PDF writer. */
char        *cr_rich_text_dup_block_pango (CrRichText      *self,
                                           guint            block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrRichText, cr_rich_text_unref)

G_END_DECLS
