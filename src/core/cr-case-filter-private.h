/* cr-case-filter-private.h: the case register's filter, shared state */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-case.h"

G_BEGIN_DECLS

/*
 * What the filter looks at lives in its own reference-counted block
 * (g_rc_box), shared with the GtkCustomFilter, so that a view still
 * holding the filtered model after the register is gone never reads freed
 * memory.
 */
typedef struct
{
  char **words;         /* casefolded search words, or NULL */
  int    status;        /* -1 for any */
  int    review_type;   /* -1 for any */
  int    year;          /* 0 for any */
} CrCaseFilterState;

CrCaseFilterState *_cr_case_filter_state_new      (void);
/* A GDestroyNotify for one reference to the state. */
void               _cr_case_filter_state_release  (gpointer       state);
/* NFC-normalised, casefolded words of @text, or NULL when it has none. */
char             **_cr_case_filter_split_words    (const char    *text);
/* TRUE when every word of @needles lies inside some word of @haystack. */
gboolean           _cr_case_filter_words_implied  (char * const  *needles,
                                                   char * const  *haystack);
/* A GtkCustomFilterFunc: @item a CrCase, @user_data the state. */
gboolean           _cr_case_filter_match          (gpointer       item,
                                                   gpointer       user_data);

G_END_DECLS
