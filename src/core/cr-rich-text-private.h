/* cr-rich-text-private.h: the insides of CrRichText, for its two files */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-rich-text.h"

G_BEGIN_DECLS

typedef struct
{
  CrRichStyle  style;
  char        *text;
} CrRichSpan;

typedef struct
{
  CrRichBlockKind  kind;
  GPtrArray       *spans;   /* CrRichSpan, merged, never empty */
} CrRichBlock;

struct _CrRichText
{
  gatomicrefcount  ref_count;
  GPtrArray       *blocks;  /* CrRichBlock */
};

CrRichBlock *_cr_rich_block_new        (CrRichBlockKind  kind);
void         _cr_rich_block_free       (gpointer         data);
gboolean     _cr_rich_block_is_empty   (CrRichBlock     *block);
/* Appends @len bytes of @text (clean UTF-8 without '\n'), merging with
 * the last span when it has the same style. */
void         _cr_rich_block_append     (CrRichBlock     *block,
                                        const char      *text,
                                        gssize           len,
                                        CrRichStyle      style);
char        *_cr_rich_block_dup_plain  (CrRichBlock     *block);
/* Repairs invalid UTF-8 (U+FFFD), reads "\r\n" as '\n' and drops NUL and
 * the other control characters but '\t' and '\n', which becomes
 * @newline_as ("\n" or " "). */
char        *_cr_rich_sanitise         (const char      *text,
                                        gssize           len,
                                        const char      *newline_as);
/* Block @block, or NULL when out of range. */
CrRichBlock *_cr_rich_text_get_block   (CrRichText      *self,
                                        guint            block);

G_END_DECLS
