/* cr-chronology-private.h: shared by the chronology's files */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-chronology.h"

G_BEGIN_DECLS

/* A pair of entries of different agencies, @first before @second in
 * merge order; decision NONE. */
CrChronologyDuplicate *_cr_chronology_duplicate_new (CrChronologyEntry *first,
                                                     CrChronologyEntry *second,
                                                     double             similarity);

/* Appends the tokens of @text to @tokens (guint64), unsorted and possibly
 * repeated: a hash for each word that is not a stop word, and one for
 * each pair of neighbouring such words, casefolded. @word is scratch. */
void _cr_chronology_tokenize      (const char *text,
                                   GString    *word,
                                   GArray     *tokens);
/* Sorts and drops repeats; returns the number left. */
gsize _cr_chronology_sort_tokens  (guint64    *tokens,
                                   gsize       n);

G_END_DECLS
