/* cr-anonymisation-check.c: checking a text, and what to do with the hits */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrAnonymisation"

#include "config.h"

#include "cr-anonymisation.h"

#include "cr-anonymisation-private.h"
#include "cr-record.h"

#include <string.h>

/* Characters of context shown each side of a hit. */
#define CONTEXT_CHARS 60

static void
candidate_clear (CrAnonCandidate *candidate)
{
  g_clear_pointer (&candidate->owned_why, g_free);
  g_clear_pointer (&candidate->owned_suggestion, g_free);
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  const CrAnonCandidate *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

/* Longest first, then the earliest kind, then the earliest. */
static int
compare_by_priority (gconstpointer a,
                     gconstpointer b)
{
  const CrAnonCandidate *x = *(CrAnonCandidate * const *) a;
  const CrAnonCandidate *y = *(CrAnonCandidate * const *) b;
  guint length_x = x->end - x->start, length_y = y->end - y->start;

  if (length_x != length_y)
    return length_x > length_y ? -1 : 1;
  if (x->kind != y->kind)
    return (int) x->kind - (int) y->kind;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/* Marks (end = 0) the candidates wholly inside a pseudonym (@ranges:
 * pairs, in order of their start); @candidates sorted by start. */
static void
drop_inside_pseudonyms (GArray *candidates,
                        GArray *ranges)
{
  guint r = 0, max_end = 0;

  for (guint i = 0; i < candidates->len; i++)
    {
      CrAnonCandidate *candidate = &g_array_index (candidates, CrAnonCandidate, i);

      while (r + 1 < ranges->len && g_array_index (ranges, guint, r) <= candidate->start)
        {
          max_end = MAX (max_end, g_array_index (ranges, guint, r + 1));
          r += 2;
        }

      if (max_end >= candidate->end)
        candidate->end = 0;
    }
}

/* Keeps the best of each group of overlapping candidates (sorted by
 * start); marks the others with end = 0. */
static void
resolve_overlaps (GArray *candidates)
{
  g_autoptr(GPtrArray) group = g_ptr_array_new ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  guint i = 0;

  while (i < candidates->len)
    {
      CrAnonCandidate *first = &g_array_index (candidates, CrAnonCandidate, i);
      guint group_end = first->end;

      if (first->end == 0)
        {
          i++;
          continue;
        }

      g_ptr_array_set_size (group, 0);
      g_ptr_array_add (group, first);
      for (i++; i < candidates->len; i++)
        {
          CrAnonCandidate *next = &g_array_index (candidates, CrAnonCandidate, i);

          if (next->end == 0)
            continue;
          if (next->start >= group_end)
            break;
          group_end = MAX (group_end, next->end);
          g_ptr_array_add (group, next);
        }

      if (group->len == 1)
        continue;

      g_ptr_array_sort (group, compare_by_priority);
      g_ptr_array_set_size (kept, 0);
      for (guint k = 0; k < group->len; k++)
        {
          CrAnonCandidate *candidate = g_ptr_array_index (group, k);
          gboolean overlaps = FALSE;

          for (guint m = 0; m < kept->len && !overlaps; m++)
            {
              const CrAnonCandidate *other = g_ptr_array_index (kept, m);

              overlaps = candidate->start < other->end && other->start < candidate->end;
            }

          if (overlaps)
            candidate->end = 0;
          else
            g_ptr_array_add (kept, candidate);
        }
    }
}

static gboolean
is_space_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x2028 || c == 0x2029;
}

/* Characters [@start, @end) of the folded text's original, line breaks
 * and tabs as spaces. */
static char *
dup_range (const CrFoldedText *folded,
           guint               start,
           guint               end,
           gboolean            spaces)
{
  const char *p = folded->text + folded->offsets[start];
  const char *stop = folded->text + folded->offsets[end];
  GString *result;

  if (!spaces)
    return g_strndup (p, (gsize) (stop - p));

  result = g_string_sized_new ((gsize) (stop - p));
  for (; p < stop; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space_char (c))
        g_string_append_c (result, ' ');
      else
        g_string_append_unichar (result, c);
    }

  return g_string_free (result, FALSE);
}

static gunichar
char_at (const CrFoldedText *folded,
         guint               index)
{
  return g_utf8_get_char (folded->text + folded->offsets[index]);
}

/* Up to CONTEXT_CHARS before @start, from a word start. */
static char *
dup_context_before (const CrFoldedText *folded,
                    guint               start)
{
  guint from = start > CONTEXT_CHARS ? start - CONTEXT_CHARS : 0;

  if (from > 0 && !is_space_char (char_at (folded, from - 1)))
    {
      guint k = from;

      while (k < start && !is_space_char (char_at (folded, k)))
        k++;
      if (k < start)
        from = k + 1;
    }

  return dup_range (folded, from, start, TRUE);
}

/* Up to CONTEXT_CHARS after @end, to a word end. */
static char *
dup_context_after (const CrFoldedText *folded,
                   guint               end)
{
  guint to = MIN (folded->n_chars, end + CONTEXT_CHARS);

  if (to < folded->n_chars && !is_space_char (char_at (folded, to)))
    {
      guint k = to;

      while (k > end && !is_space_char (char_at (folded, k - 1)))
        k--;
      if (k > end)
        to = k - 1;
    }

  return dup_range (folded, end, to, TRUE);
}

/**
 * cr_anonymisation_check_text:
 * @self: the terms of the case
 * @source_id: where @text is from ("section:analysis")
 * @source_label: the same, for people ("Analysis")
 * @block: the rich-text block, or -1
 * @text: (nullable): plain text
 *
 * Returns: (transfer container) (element-type CrAnonymisationHit): the
 *   hits in @text, in order
 */
GPtrArray *
cr_anonymisation_check_text (CrAnonymisationTerms *self,
                             const char           *source_id,
                             const char           *source_label,
                             int                   block,
                             const char           *text)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GArray) ranges = NULL;
  g_autofree char *repaired = NULL;
  CrFoldedText folded;

  g_return_val_if_fail (CR_IS_ANONYMISATION_TERMS (self), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);

  if (text == NULL || *text == '\0')
    return g_steal_pointer (&hits);

  if (!g_utf8_validate (text, -1, NULL))
    text = repaired = g_utf8_make_valid (text, -1);

  candidates = g_array_new (FALSE, TRUE, sizeof (CrAnonCandidate));
  g_array_set_clear_func (candidates, (GDestroyNotify) candidate_clear);
  ranges = g_array_new (FALSE, FALSE, sizeof (guint));

  _cr_folded_text_init (&folded, text);
  _cr_anonymisation_find_terms (self, &folded, candidates);
  _cr_anonymisation_find_patterns (self, &folded, candidates);
  _cr_anonymisation_find_pseudonyms (self, &folded, ranges);

  g_array_sort (candidates, compare_by_start);
  if (ranges->len > 0)
    drop_inside_pseudonyms (candidates, ranges);
  resolve_overlaps (candidates);

  for (guint i = 0; i < candidates->len; i++)
    {
      const CrAnonCandidate *candidate = &g_array_index (candidates, CrAnonCandidate, i);
      g_autofree char *matched = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      if (candidate->end == 0)
        continue;

      matched = dup_range (&folded, candidate->start, candidate->end, FALSE);
      before = dup_context_before (&folded, candidate->start);
      after = dup_context_after (&folded, candidate->end);
      g_ptr_array_add (hits,
                       cr_anonymisation_hit_new (candidate->kind, source_id, source_label, block,
                                                 candidate->start, candidate->end, matched,
                                                 before, after,
                                                 candidate->owned_why != NULL ? candidate->owned_why
                                                                              : candidate->why,
                                                 candidate->owned_suggestion != NULL
                                                   ? candidate->owned_suggestion
                                                   : candidate->suggestion));
    }

  _cr_folded_text_clear (&folded);
  return g_steal_pointer (&hits);
}

/**
 * cr_anonymisation_apply_dismissals:
 * @hits: (element-type CrAnonymisationHit): hits
 * @dismissals: (nullable) (element-type CrAnonymisationDismissal): the
 *   case's dismissals
 *
 * Marks each hit whose key a dismissal names as dismissed, with the
 * dismissal's reason. Other hits are left as they are.
 */
void
cr_anonymisation_apply_dismissals (GPtrArray *hits,
                                   GPtrArray *dismissals)
{
  g_autoptr(GHashTable) reasons = NULL;

  g_return_if_fail (hits != NULL);

  if (dismissals == NULL || dismissals->len == 0)
    return;

  reasons = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < dismissals->len; i++)
    {
      CrRecord *dismissal = g_ptr_array_index (dismissals, i);
      const char *key = cr_record_get (dismissal, "hit-key");

      if (key != NULL)
        g_hash_table_insert (reasons, (gpointer) key, (gpointer) cr_record_get (dismissal, "reason"));
    }

  for (guint i = 0; i < hits->len; i++)
    {
      CrAnonymisationHit *hit = g_ptr_array_index (hits, i);
      const char *key = cr_anonymisation_hit_get_key (hit);

      if (g_hash_table_contains (reasons, key))
        cr_anonymisation_hit_set_dismissed (hit, TRUE, g_hash_table_lookup (reasons, key));
    }
}

/**
 * cr_anonymisation_count_unresolved:
 * @hits: (element-type CrAnonymisationHit): hits
 *
 * Returns: how many of @hits are not dismissed
 */
guint
cr_anonymisation_count_unresolved (GPtrArray *hits)
{
  guint n = 0;

  g_return_val_if_fail (hits != NULL, 0);

  for (guint i = 0; i < hits->len; i++)
    if (!cr_anonymisation_hit_get_dismissed (g_ptr_array_index (hits, i)))
      n++;

  return n;
}

/**
 * cr_anonymisation_replace_range:
 * @text: UTF-8 text
 * @start: the first character to replace
 * @end: the character after the last
 * @replacement: (nullable): what to put instead
 *
 * Returns: (transfer full) (nullable): the new text, or %NULL when the
 *   range is not in @text
 */
char *
cr_anonymisation_replace_range (const char *text,
                                guint       start,
                                guint       end,
                                const char *replacement)
{
  const char *from, *to;
  glong length;
  GString *result;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  length = g_utf8_strlen (text, -1);
  if (start > end || (glong) end > length)
    return NULL;

  from = g_utf8_offset_to_pointer (text, start);
  to = g_utf8_offset_to_pointer (from, end - start);

  result = g_string_new_len (text, from - text);
  g_string_append (result, replacement != NULL ? replacement : "");
  g_string_append (result, to);
  return g_string_free (result, FALSE);
}
