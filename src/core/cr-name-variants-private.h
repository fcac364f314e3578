/* cr-name-variants-private.h: the built-in tables behind cr-name-variants.h */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A given name and its short forms, NULL-terminated (at most 8). */
typedef struct
{
  const char *name;
  const char *short_forms[9];
} CrNameShortForms;

/* English given names with their common short forms (cr-name-tables.c). */
extern const CrNameShortForms _cr_name_short_forms[];
extern const guint            _cr_name_n_short_forms;

/* Lower-case words that are names as well as ordinary words. */
extern const char * const     _cr_name_common_words[];
extern const guint            _cr_name_n_common_words;

/* The common words that are also months ("may", "june"…): not a name
 * next to a number. */
gboolean _cr_name_is_month_word (const char *folded_word);

G_END_DECLS
