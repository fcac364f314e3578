/* cr-anonymisation-private.h: the parts of the anonymisation check */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-anonymisation.h"
#include "cr-name-variants.h"

G_BEGIN_DECLS

/*
 * The text being checked, folded once: each character lower-cased,
 * decomposed (compatibility) with its combining marks dropped ("Zoë" →
 * "zoe", "ﬁ" → "fi"), apostrophes as '\'', dashes as '-', line breaks as
 * '\n', other spaces as ' ', zero-width characters dropped. @map gives
 * each folded character's original character; @offsets each original
 * character's byte offset (n_chars + 1 entries).
 */
typedef struct
{
  const char *text;       /* the original, valid UTF-8 */
  guint       n_chars;    /* characters in @text */
  guint      *offsets;
  gunichar   *chars;      /* folded, 0-terminated */
  guint      *map;
  guint       n;          /* folded characters */
} CrFoldedText;

void     _cr_folded_text_init  (CrFoldedText *folded,
                                const char   *text);
void     _cr_folded_text_clear (CrFoldedText *folded);
/* Folds @text into a pattern: words joined by single ' ' (spaces, hyphens
 * and commas between them), '.' and '\'' kept (optional when matching),
 * no punctuation at either end. NULL when nothing is left. */
gunichar *_cr_fold_pattern     (const char   *text,
                                guint        *n);

static inline gboolean
_cr_fold_is_alnum (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum ((char) c) : g_unichar_isalnum (c);
}

/* The original character offset just after folded characters ending
 * at @end (exclusive), with any dropped characters after them (a
 * combining mark, a zero-width space). */
static inline guint
_cr_folded_text_end (const CrFoldedText *folded,
                     guint               end)
{
  guint last = folded->map[end - 1] + 1;

  return folded->map[end] > last ? folded->map[end] : last;
}

/* Word start: alphanumeric, and the first or after a non-alphanumeric. */
static inline gboolean
_cr_fold_is_word_start (const CrFoldedText *folded,
                        guint               i)
{
  return _cr_fold_is_alnum (folded->chars[i]) &&
         (i == 0 || !_cr_fold_is_alnum (folded->chars[i - 1]));
}

/* One thing to look for as words: a name variant or a phrase. */
typedef struct
{
  CrAnonymisationKind  kind;
  gunichar            *pattern;
  guint                n_pattern;
  char                *why;
  char                *suggestion;
  int                  person;        /* index in the persons, or -1 */
  CrNameVariantKind    variant_kind;  /* for names */
  guint                is_name : 1;   /* possessive and plural endings */
  guint                common_word : 1;
  guint                allow_commas : 1;
} CrAnonTerm;

/* A hit found, before it becomes a CrAnonymisationHit: original
 * character offsets. */
typedef struct
{
  guint                start;
  guint                end;
  CrAnonymisationKind  kind;
  const char          *why;          /* borrowed from the terms */
  const char          *suggestion;
  char                *owned_why;    /* or owned */
  char                *owned_suggestion;
} CrAnonCandidate;

typedef struct
{
  char    *pseudonym;
  gboolean is_child;
  GDate    date_of_birth;   /* invalid when not known */
  char    *date_of_birth_why;
} CrAnonPerson;

/* For the two matchers (cr-anonymisation.c keeps them). */
GPtrArray   *_cr_anonymisation_terms_get_terms      (CrAnonymisationTerms *self);
GHashTable  *_cr_anonymisation_terms_get_index      (CrAnonymisationTerms *self);
GPtrArray   *_cr_anonymisation_terms_get_pseudonyms (CrAnonymisationTerms *self);
GArray      *_cr_anonymisation_terms_get_persons    (CrAnonymisationTerms *self);
/* The EXACT_DATE window; FALSE when no child's date of birth is known. */
gboolean     _cr_anonymisation_terms_get_window     (CrAnonymisationTerms *self,
                                                     GDate                *first,
                                                     GDate                *last);

/* cr-anonymisation-names.c: names and phrases, and where the
 * pseudonyms are (pairs of original character offsets in @ranges). */
void         _cr_anonymisation_find_terms           (CrAnonymisationTerms *self,
                                                     const CrFoldedText   *folded,
                                                     GArray               *candidates);
void         _cr_anonymisation_find_pseudonyms      (CrAnonymisationTerms *self,
                                                     const CrFoldedText   *folded,
                                                     GArray               *ranges);

/* cr-anonymisation-patterns.c: dates, postcodes, NHS numbers, telephone
 * numbers and email addresses. */
void         _cr_anonymisation_find_patterns        (CrAnonymisationTerms *self,
                                                     const CrFoldedText   *folded,
                                                     GArray               *candidates);

G_END_DECLS
