/* cr-rich-text-editor-private.h: the buffer side of CrRichTextEditor */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-rich-text-editor.h"

G_BEGIN_DECLS

/* The tags of the editor's buffer. */
typedef struct
{
  GtkTextTag *bold;
  GtkTextTag *italic;
  GtkTextTag *heading;        /* a heading line, its newline included */
  GtkTextTag *list;           /* a list item's line: indented */
  GtkTextTag *bullet_marker;  /* "• ": not editable, never saved */
  GtkTextTag *number_marker;  /* "1. ": not editable, never saved */
} CrRichTextTags;

void             _cr_rich_text_tags_init        (CrRichTextTags  *tags,
                                                 GtkTextBuffer   *buffer);

/* The kind of the line that starts at @line_start (read from its marker
 * or its heading tag). */
CrRichBlockKind  _cr_rich_text_line_kind        (CrRichTextTags  *tags,
                                                 const GtkTextIter *line_start);
/* Where the text of @iter's line begins: after its marker, if any. */
void             _cr_rich_text_line_text_start  (CrRichTextTags  *tags,
                                                 const GtkTextIter *iter,
                                                 GtkTextIter     *text_start);
/* Whether @iter is inside a marker (before the end of it). */
gboolean         _cr_rich_text_in_marker        (CrRichTextTags  *tags,
                                                 const GtkTextIter *iter);

/* Makes line @line a @kind (marker added or removed, heading tag). */
void             _cr_rich_text_set_line_kind    (CrRichTextTags  *tags,
                                                 GtkTextBuffer   *buffer,
                                                 int              line,
                                                 CrRichBlockKind  kind);
/* Puts markers, numbers and line tags right after a change: markers
 * that ended up inside a line go, numbers are counted again, every line
 * gets the tags of its kind. */
void             _cr_rich_text_repair           (CrRichTextTags  *tags,
                                                 GtkTextBuffer   *buffer);

/* The buffer ⇄ CrRichText. */
void             _cr_rich_text_buffer_load      (CrRichTextTags  *tags,
                                                 GtkTextBuffer   *buffer,
                                                 CrRichText      *text);
CrRichText      *_cr_rich_text_buffer_save      (CrRichTextTags  *tags,
                                                 GtkTextBuffer   *buffer);

G_END_DECLS
