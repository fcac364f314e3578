/* cr-anonymisation-names.c: real names and recorded phrases in a text */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisation"

#include "config.h"

#include "cr-anonymisation-private.h"
#include "cr-name-variants-private.h"

#include <string.h>

/* Words after which a capitalised common word is a thing, not a person
 * ("the Bill of Rights", "a Grace period"). */
static const char * const determiners[] = {
  "a", "an", "another", "any", "each", "every", "her", "his", "its", "my",
  "no", "our", "some", "that", "the", "their", "these", "this", "those",
  "what", "which", "whose", "your",
};

/* Words before a month that is also a name ("in May", "by June"). */
static const char * const time_prepositions[] = {
  "after", "before", "between", "by", "during", "early", "end", "in",
  "late", "mid", "since", "throughout", "until",
};

typedef enum
{
  ENDING_NONE,
  ENDING_POSSESSIVE,
  ENDING_PLURAL,
} Ending;

static inline gboolean
is_text_separator (gunichar c,
                   gboolean phrase)
{
  return c == ' ' || c == '\n' || c == '-' || (phrase && (c == ',' || c == '.'));
}

/* Matches @term's pattern at folded position @i. Returns the end
 * (exclusive, before any ending), or 0. */
static guint
match_pattern (const CrAnonTerm   *term,
               const CrFoldedText *folded,
               guint               i)
{
  const gunichar *t = folded->chars;
  guint j = i;

  for (guint k = 0; k < term->n_pattern; k++)
    {
      gunichar pc = term->pattern[k];

      if (pc == ' ')
        {
          while (is_text_separator (t[j], term->allow_commas))
            j++;
        }
      else if (pc == '.' || pc == '\'')
        {
          if (t[j] == pc)
            j++;
        }
      else if (t[j] != pc)
        return 0;
      else
        j++;
    }

  return j;
}

static inline gboolean
ends_word (const CrFoldedText *folded,
           guint               j)
{
  return j >= folded->n || !_cr_fold_is_alnum (folded->chars[j]);
}

/* The possessive or plural ending of a name, then a word boundary.
 * Returns the end of the hit, or 0 when the match ends inside a word. */
static guint
match_ending (const CrAnonTerm   *term,
              const CrFoldedText *folded,
              guint               j,
              Ending             *ending)
{
  const gunichar *t = folded->chars;

  *ending = ENDING_NONE;
  if (term->is_name)
    {
      if (t[j] == '\'' && t[j + 1] == 's' && ends_word (folded, j + 2))
        {
          *ending = ENDING_POSSESSIVE;
          return j + 2;
        }
      if (t[j] == 's' && t[j + 1] == '\'' && ends_word (folded, j + 2))
        {
          *ending = ENDING_POSSESSIVE;
          return j + 2;
        }
      /* "Wills" and "Marks" are words: no plural for a common word. */
      if (!term->common_word && t[j] == 's' && ends_word (folded, j + 1))
        {
          *ending = ENDING_PLURAL;
          return j + 1;
        }
      if (t[j] == '\'' && term->pattern[term->n_pattern - 1] == 's' && ends_word (folded, j + 1))
        {
          *ending = ENDING_POSSESSIVE;
          return j + 1;
        }
    }

  return ends_word (folded, j) ? j : 0;
}

/* Matches @term at the word start @i, with its ending: the end or 0. */
static guint
match_term (const CrAnonTerm   *term,
            const CrFoldedText *folded,
            guint               i,
            Ending             *ending)
{
  guint end = match_pattern (term, folded, i);

  if (end == 0)
    return 0;

  return match_ending (term, folded, end, ending);
}

/*
 * The common-word rule
 */

/* The word before folded position @start (over spaces only): its
 * bounds, or FALSE when there is none on the same line. */
static gboolean
previous_word (const CrFoldedText *folded,
               guint               start,
               guint              *word_start,
               guint              *word_end)
{
  guint k = start;

  while (k > 0 && folded->chars[k - 1] == ' ')
    k--;
  if (k == 0 || !_cr_fold_is_alnum (folded->chars[k - 1]))
    return FALSE;

  *word_end = k;
  while (k > 0 && _cr_fold_is_alnum (folded->chars[k - 1]))
    k--;
  *word_start = k;
  return TRUE;
}

/* The word after folded position @end (over spaces and one line break). */
static gboolean
next_word (const CrFoldedText *folded,
           guint               end,
           guint              *word_start,
           guint              *word_end)
{
  guint k = end;

  while (k < folded->n && (folded->chars[k] == ' ' || folded->chars[k] == '\n'))
    k++;
  if (k >= folded->n || !_cr_fold_is_alnum (folded->chars[k]))
    return FALSE;

  *word_start = k;
  while (k < folded->n && _cr_fold_is_alnum (folded->chars[k]))
    k++;
  *word_end = k;
  return TRUE;
}

/* Copies an ASCII word of the folded text into @buffer (FALSE when it
 * does not fit or is not ASCII). */
static gboolean
copy_word (const CrFoldedText *folded,
           guint               start,
           guint               end,
           char               *buffer,
           gsize               size)
{
  if (end - start + 1 > size)
    return FALSE;

  for (guint k = start; k < end; k++)
    {
      if (folded->chars[k] >= 0x80)
        return FALSE;
      buffer[k - start] = (char) folded->chars[k];
    }
  buffer[end - start] = '\0';
  return TRUE;
}

static gboolean
is_time_preposition (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (time_prepositions); i++)
    if (strcmp (word, time_prepositions[i]) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_determiner (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (determiners); i++)
    if (strcmp (word, determiners[i]) == 0)
      return TRUE;

  return FALSE;
}

/* At the start of a sentence (or of a line, heading or list item). */
static gboolean
starts_sentence (const CrFoldedText *folded,
                 guint               start)
{
  guint k = start;
  gunichar c;

  while (k > 0)
    {
      c = folded->chars[k - 1];
      if (c == ' ' || c == '"' || c == '\'' || c == '(' || c == '[' || c == '*' ||
          c == '-' || c == 0x201C || c == 0x2022)
        k--;
      else
        break;
    }

  if (k == 0)
    return TRUE;

  c = folded->chars[k - 1];
  if (c == '\n' || c == '.' || c == '!' || c == '?' || c == 0x2026)
    return TRUE;

  /* After a paragraph number at the start of a line: "3.2 Grace…". */
  if (k < start && (g_ascii_isdigit ((char) c) || c == ')'))
    {
      while (k > 0 && folded->chars[k - 1] < 0x80 &&
             (g_ascii_isdigit ((char) folded->chars[k - 1]) || folded->chars[k - 1] == '.' ||
              folded->chars[k - 1] == ')'))
        k--;
      while (k > 0 && folded->chars[k - 1] == ' ')
        k--;
      return k == 0 || folded->chars[k - 1] == '\n';
    }

  return FALSE;
}

static gboolean
starts_with_capital (const CrFoldedText *folded,
                     guint               start)
{
  gunichar first = g_utf8_get_char (folded->text + folded->offsets[folded->map[start]]);

  return g_unichar_isupper (first) || g_unichar_istitle (first);
}

/* Another variant of the same person ends (over spaces) right before
 * @start, or starts right after @end: "Bill Smith", "Jay White". */
static guint
next_to_own_variant (CrAnonymisationTerms *terms,
                     const CrAnonTerm     *term,
                     const CrFoldedText   *folded,
                     guint                 start,
                     guint                 end)
{
  GHashTable *index = _cr_anonymisation_terms_get_index (terms);
  guint word_start, word_end, best = 0;
  GPtrArray *bucket;

  if (term->person < 0)
    return 0;

  if (next_word (folded, end, &word_start, &word_end) &&
      (bucket = g_hash_table_lookup (index, GUINT_TO_POINTER (folded->chars[word_start]))) != NULL)
    {
      for (guint i = 0; i < bucket->len; i++)
        {
          const CrAnonTerm *other = g_ptr_array_index (bucket, i);
          Ending ending;
          guint other_end;

          if (other == term || other->person != term->person || !other->is_name ||
              other->variant_kind != CR_NAME_VARIANT_LAST ||
              (other->common_word && !starts_with_capital (folded, word_start)))
            continue;

          other_end = match_term (other, folded, word_start, &ending);
          best = MAX (best, other_end);
        }
      if (best != 0)
        return best;
    }

  if (previous_word (folded, start, &word_start, &word_end) &&
      (bucket = g_hash_table_lookup (index, GUINT_TO_POINTER (folded->chars[word_start]))) != NULL)
    {
      for (guint i = 0; i < bucket->len; i++)
        {
          const CrAnonTerm *other = g_ptr_array_index (bucket, i);

          if (other == term || other->person != term->person || !other->is_name ||
              (other->common_word && !starts_with_capital (folded, word_start)))
            continue;

          if (match_pattern (other, folded, word_start) == word_end)
            return end;
        }
    }

  return 0;
}

static gboolean
is_number_word (const CrFoldedText *folded,
                guint               start)
{
  return folded->chars[start] < 0x80 && g_ascii_isdigit ((char) folded->chars[start]);
}

/* Whether a common-word variant at [@start, @end) reads as a name; may
 * move *@end to take in the surname next to it. */
/* At the start of a sentence a capital says nothing about a word that is
 * also a name. Leaving every such word out would let "Holly told the
 * review…" through, and flagging every one would flag "Grace period
 * arrangements…" and "Will agencies…": so there it counts as a name when
 * it is possessive or the next word is what follows a person in these
 * reports (a verb of saying, knowing or doing, "and", a comma). */
static gboolean
is_name_follower (const char *word)
{
  static const char * const followers[] = {
    "and", "asked", "came", "could", "did", "does", "felt", "gave", "had",
    "has", "is", "knew", "left", "made", "might", "must", "rang", "said",
    "saw", "says", "should", "spoke", "took", "thought", "told", "tells",
    "was", "went", "who", "would", NULL
  };
  gsize len = strlen (word);

  return g_strv_contains (followers, word) ||
         (len > 4 && g_str_has_suffix (word, "ed"));
}

static gboolean
name_at_sentence_start (const CrFoldedText *folded,
                        guint               start,
                        guint               end)
{
  char word[16];
  guint word_start, word_end;

  for (guint k = start; k < end; k++)
    if (folded->chars[k] == '\'')
      return TRUE;

  if (end < folded->n && folded->chars[end] == ',')
    return TRUE;

  return next_word (folded, end, &word_start, &word_end) &&
         copy_word (folded, word_start, word_end, word, sizeof word) &&
         is_name_follower (word);
}

static gboolean
looks_like_name (CrAnonymisationTerms *terms,
                 const CrAnonTerm     *term,
                 const CrFoldedText   *folded,
                 guint                 start,
                 guint                *end)
{
  char word[16];
  guint word_start, word_end, other_end;

  other_end = next_to_own_variant (terms, term, folded, start, *end);
  if (other_end != 0)
    {
      *end = MAX (*end, other_end);
      return TRUE;
    }

  if (!starts_with_capital (folded, start))
    return FALSE;

  if (starts_sentence (folded, start))
    return name_at_sentence_start (folded, start, *end);

  if (previous_word (folded, start, &word_start, &word_end) &&
      copy_word (folded, word_start, word_end, word, sizeof word) &&
      is_determiner (word))
    return FALSE;

  if (next_word (folded, *end, &word_start, &word_end) &&
      copy_word (folded, word_start, word_end, word, sizeof word) &&
      strcmp (word, "of") == 0)
    return FALSE;

  /* "May 2021", "3 June", "in May", "by April". */
  if (copy_word (folded, start, MIN (*end, start + (guint) sizeof word - 1), word, sizeof word) &&
      _cr_name_is_month_word (word))
    {
      char before[16];

      if (previous_word (folded, start, &word_start, &word_end) &&
          (is_number_word (folded, word_start) ||
           (copy_word (folded, word_start, word_end, before, sizeof before) &&
            is_time_preposition (before))))
        return FALSE;
      if (next_word (folded, *end, &word_start, &word_end) && is_number_word (folded, word_start))
        return FALSE;
    }

  return TRUE;
}

/*
 * Finding
 */

/* "Child H's": the pseudonym with the possessive the text used. */
static char *
possessive_suggestion (const CrAnonTerm   *term,
                       const CrFoldedText *folded,
                       guint               end)
{
  const char *apostrophe = "'";
  char buffer[8] = { 0 };

  for (guint k = end; k > 0 && end - k < 2; k--)
    if (folded->chars[k - 1] == '\'')
      {
        g_unichar_to_utf8 (g_utf8_get_char (folded->text + folded->offsets[folded->map[k - 1]]),
                           buffer);
        apostrophe = buffer;
        break;
      }

  return g_strconcat (term->suggestion, apostrophe, "s", NULL);
}

static void
add_candidate (GArray             *candidates,
               const CrAnonTerm   *term,
               const CrFoldedText *folded,
               guint               start,
               guint               end,
               Ending              ending)
{
  CrAnonCandidate candidate = { 0 };

  candidate.start = folded->map[start];
  candidate.end = _cr_folded_text_end (folded, end);
  candidate.kind = term->kind;
  candidate.why = term->why;
  candidate.suggestion = term->suggestion;
  if (ending == ENDING_POSSESSIVE && term->suggestion != NULL && *term->suggestion != '[')
    candidate.owned_suggestion = possessive_suggestion (term, folded, end);

  g_array_append_val (candidates, candidate);
}

/**
 * _cr_anonymisation_find_terms:
 * @self: the terms
 * @folded: the text
 * @candidates: (element-type CrAnonCandidate): where hits go
 *
 * Every name variant and phrase of @self at each word start of @folded
 * (the terms are indexed by their first character).
 */
void
_cr_anonymisation_find_terms (CrAnonymisationTerms *self,
                              const CrFoldedText   *folded,
                              GArray               *candidates)
{
  GHashTable *index = _cr_anonymisation_terms_get_index (self);

  if (g_hash_table_size (index) == 0)
    return;

  for (guint i = 0; i < folded->n; i++)
    {
      GPtrArray *bucket;

      if (!_cr_fold_is_word_start (folded, i))
        continue;

      bucket = g_hash_table_lookup (index, GUINT_TO_POINTER (folded->chars[i]));
      if (bucket == NULL)
        continue;

      for (guint k = 0; k < bucket->len; k++)
        {
          const CrAnonTerm *term = g_ptr_array_index (bucket, k);
          Ending ending;
          guint end = match_term (term, folded, i, &ending);

          if (end == 0)
            continue;
          if (term->common_word && !looks_like_name (self, term, folded, i, &end))
            continue;

          add_candidate (candidates, term, folded, i, end, ending);
        }
    }
}

/**
 * _cr_anonymisation_find_pseudonyms:
 * @self: the terms
 * @folded: the text
 * @ranges: (element-type guint): pairs of original character offsets
 *
 * Where the pseudonyms are written (with their endings), so that a hit
 * inside one is dropped.
 */
void
_cr_anonymisation_find_pseudonyms (CrAnonymisationTerms *self,
                                   const CrFoldedText   *folded,
                                   GArray               *ranges)
{
  GPtrArray *pseudonyms = _cr_anonymisation_terms_get_pseudonyms (self);

  if (pseudonyms->len == 0)
    return;

  for (guint i = 0; i < folded->n; i++)
    {
      if (!_cr_fold_is_word_start (folded, i))
        continue;

      for (guint k = 0; k < pseudonyms->len; k++)
        {
          const CrAnonTerm *term = g_ptr_array_index (pseudonyms, k);
          Ending ending;
          guint end;

          if (term->pattern[0] != folded->chars[i])
            continue;

          end = match_term (term, folded, i, &ending);
          if (end != 0)
            {
              guint range[2] = { folded->map[i], _cr_folded_text_end (folded, end) };

              g_array_append_vals (ranges, range, 2);
            }
        }
    }
}
