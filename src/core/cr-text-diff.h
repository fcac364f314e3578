/* cr-text-diff.h: what changed between two drafts of a text, word by word */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Compares two texts as sequences of tokens (a word, a punctuation mark
 * or a newline; the spaces between tokens are not compared, so
 * "possible." and "possible. More" share "possible.") with a
 * longest-common-subsequence diff (Myers, O((N+M)D); over 20000 tokens
 * of difference the rest is reported as one deletion and one insertion
 * rather than spending more time). Concatenating the EQUAL and DELETE
 * pieces gives @old exactly; EQUAL and INSERT give @new exactly.
 * Between two equal tokens, the spaces both texts have stay equal and
 * the rest is one deletion then one insertion ("at home." → "at the
 * clinic.": "at " equal, "home" deleted, "the clinic" inserted).
 * Neighbouring pieces of the same kind are merged.
 */

typedef enum
{
  CR_TEXT_DIFF_EQUAL,
  CR_TEXT_DIFF_DELETE,
  CR_TEXT_DIFF_INSERT,
} CrTextDiffKind;

typedef struct
{
  CrTextDiffKind  kind;
  char           *text;
} CrTextDiffPiece;

/* A GPtrArray of CrTextDiffPiece (freed with the array). NULL texts are
 * read as "". */
GPtrArray *cr_text_diff              (const char *old_text,
                                      const char *new_text);
/* Words inserted and deleted, for a summary ("120 words added, 14
 * removed"). */
void       cr_text_diff_count_words  (GPtrArray  *pieces,
                                      guint      *inserted,
                                      guint      *deleted);

G_END_DECLS
