/* cr-chronology-duplicates.c: finding entries that tell the same event */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronology"

#include "config.h"

#include "cr-chronology.h"

#include "cr-chronology-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

char *
cr_chronology_pair_key (gint64 a,
                        gint64 b)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, MIN (a, b), MAX (a, b));
}

/*
 * A day's entries are compared with each other: each entry's tokens
 * become indices into the day's vocabulary (a small hash table), then
 * bits, so that comparing two entries is a few ANDs and bit counts. A
 * day with a vocabulary too large for bits (hundreds of entries) is
 * compared as sorted lists of indices.
 *
 * Not every pair of the day is compared: only pairs that share a token
 * in their prefixes (prefix filtering, as in set similarity joins). Each
 * entry's tokens are ordered rarest first within the day; two entries
 * can only reach the threshold when they share at least
 * t / (2 - t) × |A| tokens, and then their first |A| - that + 1 tokens
 * share one. So the pairs found are exactly those that comparing every
 * pair finds, and an inverted index of the prefixes finds the candidates
 * without touching the pairs that share only common words.
 *
 * That still leaves a hostile file quadratic (thousands of entries on one
 * day, all alike, and each pair a duplicate): a day stops being compared
 * after MAX_COMPARISONS_PER_DAY pairs compared (all the pairs of a day of
 * some 5,600 entries), MAX_SCANS_PER_DAY postings read, or
 * MAX_DUPLICATES_PER_DAY pairs found, and says so in the log; the pairs
 * found until then are kept. An ordinary day, even of thousands of
 * entries, stays well within these.
 */

#define MAX_WORDS 64
#define MAX_COMPARISONS_PER_DAY 16000000
#define MAX_SCANS_PER_DAY       256000000
#define MAX_DUPLICATES_PER_DAY  10000

typedef struct
{
  guint32 first;
  guint32 second;
  double  similarity;
} Pair;

typedef struct
{
  GArray  *scratch;       /* guint64: one entry's tokens */
  GString *word;
  GArray  *keys;          /* guint64: the vocabulary's hash table */
  GArray  *slots;         /* guint32: index + 1 in the vocabulary, 0 when free */
  guint    n_vocabulary;
  GArray  *offsets;       /* guint32: where each entry's indices start, and the end */
  GArray  *indices;       /* guint32: vocabulary indices, sorted within an entry */
  GArray  *bits;          /* guint64: n_words per entry */
  GArray  *agency_ids;    /* gint64 */
  GArray  *agency_names;  /* const char *, interned */
  GArray  *counts;        /* guint32: per vocabulary index, then per rank */
  GArray  *ranks;         /* guint32: rarity rank of each vocabulary index */
  GArray  *ranked;        /* guint32: each entry's ranks, rarest first */
  GArray  *prefixes;      /* guint32: each entry's prefix length */
  GArray  *post_offsets;  /* guint32: where each rank's postings start */
  GArray  *postings;      /* guint32: entries with a rank in their prefix */
  GArray  *stamps;        /* guint32: the last entry compared with each */
  GArray  *pairs;         /* Pair */
} Day;

static void
clear_vocabulary (Day   *day,
                  guint  n_tokens)
{
  guint capacity = 64;

  while (capacity < 2 * n_tokens)
    capacity *= 2;

  g_array_set_size (day->keys, capacity);
  g_array_set_size (day->slots, capacity);
  memset (day->slots->data, 0, sizeof (guint32) * capacity);
  day->n_vocabulary = 0;
}

/* Open addressing, linear probing; the table is at most half full. */
static guint32
vocabulary_index (Day     *day,
                  guint64  token)
{
  guint64 *keys = (guint64 *) (gpointer) day->keys->data;
  guint32 *slots = (guint32 *) (gpointer) day->slots->data;
  gsize mask = day->slots->len - 1;
  gsize i = (gsize) ((token * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32) & mask;

  for (;; i = (i + 1) & mask)
    {
      if (slots[i] == 0)
        {
          keys[i] = token;
          slots[i] = ++day->n_vocabulary;
          return slots[i] - 1;
        }
      if (keys[i] == token)
        return slots[i] - 1;
    }
}

static int
compare_indices (const void *a,
                 const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return (x > y) - (x < y);
}

/* Sorts @n indices and drops repeats; returns the number left. */
static guint
sort_indices (guint32 *a,
              guint    n)
{
  guint kept;

  if (n < 2)
    return n;

  if (n <= 64)
    {
      for (guint i = 1; i < n; i++)
        {
          guint32 value = a[i];
          guint j = i;

          for (; j > 0 && a[j - 1] > value; j--)
            a[j] = a[j - 1];
          a[j] = value;
        }
    }
  else
    qsort (a, n, sizeof (guint32), compare_indices);

  kept = 1;
  for (guint i = 1; i < n; i++)
    if (a[i] != a[kept - 1])
      a[kept++] = a[i];

  return kept;
}

static guint
count_bits (guint64 x)
{
  x = x - ((x >> 1) & G_GUINT64_CONSTANT (0x5555555555555555));
  x = (x & G_GUINT64_CONSTANT (0x3333333333333333)) + ((x >> 2) & G_GUINT64_CONSTANT (0x3333333333333333));
  x = (x + (x >> 4)) & G_GUINT64_CONSTANT (0x0F0F0F0F0F0F0F0F);
  return (guint) ((x * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
}

/* Reads the day's entries into sorted lists of vocabulary indices, and
 * bits when the vocabulary is small enough; returns the number of 64-bit
 * words a bit set takes, or 0 for lists only. */
static guint
index_day (Day       *day,
           GPtrArray *sorted,
           guint      first,
           guint      n_entries)
{
  guint32 *offsets;
  guint n_words;

  g_array_set_size (day->offsets, 0);
  g_array_set_size (day->indices, 0);
  g_array_set_size (day->agency_ids, 0);
  g_array_set_size (day->agency_names, 0);
  g_array_set_size (day->scratch, 0);

  /* Every entry's tokens first (offsets holds where each starts), so
   * that the table is made large enough once. */
  for (guint k = 0; k < n_entries; k++)
    {
      CrChronologyEntry *entry = g_ptr_array_index (sorted, first + k);
      gint64 agency_id = cr_chronology_entry_get_agency_id (entry);
      const char *agency_name = cr_chronology_entry_get_agency_name (entry);
      guint32 start = day->scratch->len;

      g_array_append_val (day->offsets, start);
      g_array_append_val (day->agency_ids, agency_id);
      g_array_append_val (day->agency_names, agency_name);
      _cr_chronology_tokenize (cr_chronology_entry_get_event (entry), day->word, day->scratch);
    }
  {
    guint32 end = day->scratch->len;

    g_array_append_val (day->offsets, end);
  }

  /* Then the tokens as indices; offsets now into indices. */
  clear_vocabulary (day, day->scratch->len);
  offsets = (guint32 *) (gpointer) day->offsets->data;
  for (guint k = 0; k < n_entries; k++)
    {
      guint32 start = day->indices->len;
      guint n;

      for (guint t = offsets[k]; t < offsets[k + 1]; t++)
        {
          guint32 index = vocabulary_index (day, g_array_index (day->scratch, guint64, t));

          g_array_append_val (day->indices, index);
        }
      n = sort_indices (&g_array_index (day->indices, guint32, start), day->indices->len - start);
      g_array_set_size (day->indices, start + n);
      offsets[k] = start;
    }
  offsets[n_entries] = day->indices->len;

  offsets = (guint32 *) (gpointer) day->offsets->data;
  n_words = (day->n_vocabulary + 63) / 64;
  if (n_words > MAX_WORDS || n_words == 0)
    return 0;

  g_array_set_size (day->bits, n_entries * n_words);
  memset (day->bits->data, 0, sizeof (guint64) * n_entries * n_words);
  for (guint k = 0; k < n_entries; k++)
    {
      guint64 *bits = &g_array_index (day->bits, guint64, k * n_words);

      for (guint t = offsets[k]; t < offsets[k + 1]; t++)
        {
          guint32 index = g_array_index (day->indices, guint32, t);

          bits[index / 64] |= G_GUINT64_CONSTANT (1) << (index % 64);
        }
    }

  return n_words;
}

static guint
count_common (const guint32 *a,
              guint          n_a,
              const guint32 *b,
              guint          n_b)
{
  guint i = 0, j = 0, common = 0;

  while (i < n_a && j < n_b)
    {
      if (a[i] < b[j])
        i++;
      else if (a[i] > b[j])
        j++;
      else
        common++, i++, j++;
    }

  return common;
}

/* The fewest tokens an entry of @n tokens shares with any entry it is a
 * duplicate of: with c ≤ |B|, 2c / (|A| + |B|) ≥ t gives c ≥ t |A| / (2 - t).
 * Rounded down a little, so that a rounding error only lengthens the
 * prefix. */
static guint
min_overlap (guint n)
{
  double t = CR_CHRONOLOGY_DUPLICATE_THRESHOLD;
  double overlap = ceil (t * n / (2.0 - t) - 1e-6);

  return (guint) CLAMP (overlap, 1.0, (double) n);
}

/* Orders each entry's tokens rarest first (fewest entries of the day,
 * then vocabulary index) and indexes the prefixes: post_offsets and
 * postings list, for each rank, the entries with it in their prefix, in
 * order. */
static void
index_prefixes (Day   *day,
                guint  n_entries)
{
  const guint32 *offsets = (const guint32 *) (gpointer) day->offsets->data;
  const guint32 *indices = (const guint32 *) (gpointer) day->indices->data;
  guint n_vocabulary = day->n_vocabulary;
  guint32 *counts, *ranks, *ranked, *prefixes, *post_offsets, *postings;
  guint32 position;

  /* How many entries hold each token (an entry holds it once). */
  g_array_set_size (day->counts, MAX (n_vocabulary, n_entries + 2));
  counts = (guint32 *) (gpointer) day->counts->data;
  memset (counts, 0, sizeof (guint32) * day->counts->len);
  for (guint t = 0; t < day->indices->len; t++)
    counts[indices[t]]++;

  /* Ranks by that count, then by index: a counting sort. */
  g_array_set_size (day->ranks, n_vocabulary);
  ranks = (guint32 *) (gpointer) day->ranks->data;
  for (guint v = 0; v < n_vocabulary; v++)
    ranks[v] = counts[v];
  memset (counts, 0, sizeof (guint32) * day->counts->len);
  for (guint v = 0; v < n_vocabulary; v++)
    counts[ranks[v]]++;
  position = 0;
  for (guint c = 0; c <= n_entries; c++)
    {
      guint32 n = counts[c];

      counts[c] = position;
      position += n;
    }
  for (guint v = 0; v < n_vocabulary; v++)
    ranks[v] = counts[ranks[v]]++;

  /* Each entry's ranks, sorted, and the length of its prefix. */
  g_array_set_size (day->ranked, day->indices->len);
  g_array_set_size (day->prefixes, n_entries);
  ranked = (guint32 *) (gpointer) day->ranked->data;
  prefixes = (guint32 *) (gpointer) day->prefixes->data;
  for (guint k = 0; k < n_entries; k++)
    {
      guint n = offsets[k + 1] - offsets[k];

      for (guint t = offsets[k]; t < offsets[k + 1]; t++)
        ranked[t] = ranks[indices[t]];
      sort_indices (ranked + offsets[k], n);
      prefixes[k] = n > 0 ? n - min_overlap (n) + 1 : 0;
    }

  /* The postings of each rank, entries in order. */
  g_array_set_size (day->post_offsets, n_vocabulary + 1);
  post_offsets = (guint32 *) (gpointer) day->post_offsets->data;
  memset (post_offsets, 0, sizeof (guint32) * (n_vocabulary + 1));
  for (guint k = 0; k < n_entries; k++)
    for (guint t = 0; t < prefixes[k]; t++)
      post_offsets[ranked[offsets[k] + t] + 1]++;
  for (guint r = 0; r < n_vocabulary; r++)
    post_offsets[r + 1] += post_offsets[r];

  g_array_set_size (day->postings, post_offsets[n_vocabulary]);
  postings = (guint32 *) (gpointer) day->postings->data;
  g_array_set_size (day->counts, n_vocabulary);
  counts = (guint32 *) (gpointer) day->counts->data;
  memcpy (counts, post_offsets, sizeof (guint32) * n_vocabulary);
  for (guint k = 0; k < n_entries; k++)
    for (guint t = 0; t < prefixes[k]; t++)
      postings[counts[ranked[offsets[k] + t]]++] = k;
}

static int
compare_pairs (const void *a,
               const void *b)
{
  const Pair *x = a, *y = b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  return (x->second > y->second) - (x->second < y->second);
}

static void
compare_day (Day       *day,
             GPtrArray *sorted,
             guint      first,
             guint      n_entries,
             GPtrArray *duplicates)
{
  const guint32 *offsets, *indices, *ranked, *prefixes, *post_offsets, *postings;
  const gint64 *agency_ids;
  const char **agency_names;
  guint32 *stamps;
  guint n_words;
  guint scans = 0;
  guint comparisons = 0;
  gboolean stopped = FALSE;

  n_words = index_day (day, sorted, first, n_entries);
  index_prefixes (day, n_entries);
  offsets = (const guint32 *) (gpointer) day->offsets->data;
  indices = (const guint32 *) (gpointer) day->indices->data;
  ranked = (const guint32 *) (gpointer) day->ranked->data;
  prefixes = (const guint32 *) (gpointer) day->prefixes->data;
  post_offsets = (const guint32 *) (gpointer) day->post_offsets->data;
  postings = (const guint32 *) (gpointer) day->postings->data;
  agency_ids = (const gint64 *) (gpointer) day->agency_ids->data;
  agency_names = (const char **) (gpointer) day->agency_names->data;

  g_array_set_size (day->stamps, n_entries);
  stamps = (guint32 *) (gpointer) day->stamps->data;
  memset (stamps, 0, sizeof (guint32) * n_entries);
  g_array_set_size (day->pairs, 0);

  /* Each entry against the earlier ones that share a prefix token. */
  for (guint i = 0; i < n_entries && !stopped; i++)
    {
      guint n_a = offsets[i + 1] - offsets[i];

      for (guint t = 0; t < prefixes[i] && !stopped; t++)
        {
          guint32 rank = ranked[offsets[i] + t];

          for (guint32 p = post_offsets[rank]; p < post_offsets[rank + 1]; p++)
            {
              guint j = postings[p];
              guint n_b = offsets[j + 1] - offsets[j];
              guint common = 0;
              double similarity;

              if (j >= i)
                break;
              if (++scans > MAX_SCANS_PER_DAY)
                {
                  stopped = TRUE;
                  break;
                }
              if (stamps[j] == i + 1)
                continue;
              stamps[j] = i + 1;

              /* One agency's entries are not duplicates of each other;
               * the names tell before storage gives ids. */
              if (agency_ids[i] != 0 || agency_ids[j] != 0
                  ? agency_ids[i] == agency_ids[j]
                  : agency_names[i] == agency_names[j])
                continue;

              /* Dice cannot reach the threshold when the sizes differ too much. */
              if (2.0 * MIN (n_a, n_b) / (n_a + n_b) < CR_CHRONOLOGY_DUPLICATE_THRESHOLD)
                continue;

              if (++comparisons > MAX_COMPARISONS_PER_DAY)
                {
                  stopped = TRUE;
                  break;
                }

              if (n_words > 0)
                {
                  const guint64 *bits_a = &g_array_index (day->bits, guint64, j * n_words);
                  const guint64 *bits_b = &g_array_index (day->bits, guint64, i * n_words);

                  for (guint w = 0; w < n_words; w++)
                    common += count_bits (bits_a[w] & bits_b[w]);
                }
              else
                common = count_common (indices + offsets[j], n_b, indices + offsets[i], n_a);

              similarity = 2.0 * common / (n_b + n_a);
              if (similarity >= CR_CHRONOLOGY_DUPLICATE_THRESHOLD)
                {
                  Pair pair = { j, i, similarity };

                  g_array_append_val (day->pairs, pair);
                  if (day->pairs->len >= MAX_DUPLICATES_PER_DAY)
                    {
                      stopped = TRUE;
                      break;
                    }
                }
            }
        }
    }

  if (stopped)
    {
      g_autofree char *iso = cr_chronology_entry_dup_iso_date (g_ptr_array_index (sorted, first));

      g_message ("%u entries on %s: likely duplicates were looked for only until %u pairs "
                 "had been compared and %u found; the others of that day are not flagged",
                 n_entries, iso != NULL ? iso : "?", MIN (comparisons, MAX_COMPARISONS_PER_DAY),
                 day->pairs->len);
    }

  /* In merge order of the first entry, then of the second. */
  qsort (day->pairs->data, day->pairs->len, sizeof (Pair), compare_pairs);
  for (guint k = 0; k < day->pairs->len; k++)
    {
      const Pair *pair = &g_array_index (day->pairs, Pair, k);

      g_ptr_array_add (duplicates,
                       _cr_chronology_duplicate_new (g_ptr_array_index (sorted, first + pair->first),
                                                     g_ptr_array_index (sorted, first + pair->second),
                                                     pair->similarity));
    }
}

/**
 * cr_chronology_find_duplicates:
 * @sorted: (element-type CrChronologyEntry): entries in merge order
 *
 * Compares the entries of each day with the other agencies' entries of
 * the same day.
 *
 * Returns: (transfer full) (element-type CrChronologyDuplicate): the
 *   likely duplicates, in merge order of their first entry
 */
GPtrArray *
cr_chronology_find_duplicates (GPtrArray *sorted)
{
  GPtrArray *duplicates = g_ptr_array_new_with_free_func (g_object_unref);
  Day day;

  g_return_val_if_fail (sorted != NULL, duplicates);

  day.scratch = g_array_new (FALSE, FALSE, sizeof (guint64));
  day.word = g_string_new (NULL);
  day.keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  day.slots = g_array_new (FALSE, FALSE, sizeof (guint32));
  day.n_vocabulary = 0;
  day.offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  day.indices = g_array_new (FALSE, FALSE, sizeof (guint32));
  day.bits = g_array_new (FALSE, FALSE, sizeof (guint64));
  day.agency_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  day.agency_names = g_array_new (FALSE, FALSE, sizeof (const char *));
  day.counts = g_array_new (FALSE, FALSE, sizeof (guint32));
  day.ranks = g_array_new (FALSE, FALSE, sizeof (guint32));
  day.ranked = g_array_new (FALSE, FALSE, sizeof (guint32));
  day.prefixes = g_array_new (FALSE, FALSE, sizeof (guint32));
  day.post_offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  day.postings = g_array_new (FALSE, FALSE, sizeof (guint32));
  day.stamps = g_array_new (FALSE, FALSE, sizeof (guint32));
  day.pairs = g_array_new (FALSE, FALSE, sizeof (Pair));

  for (guint start = 0; start < sorted->len;)
    {
      guint32 julian = cr_chronology_entry_get_julian (g_ptr_array_index (sorted, start));
      guint end = start + 1;

      while (end < sorted->len &&
             cr_chronology_entry_get_julian (g_ptr_array_index (sorted, end)) == julian)
        end++;

      if (end - start >= 2 && julian != 0)
        compare_day (&day, sorted, start, end - start, duplicates);

      start = end;
    }

  g_array_unref (day.keys);
  g_array_unref (day.slots);
  g_array_unref (day.scratch);
  g_string_free (day.word, TRUE);
  g_array_unref (day.offsets);
  g_array_unref (day.indices);
  g_array_unref (day.bits);
  g_array_unref (day.agency_ids);
  g_array_unref (day.agency_names);
  g_array_unref (day.counts);
  g_array_unref (day.ranks);
  g_array_unref (day.ranked);
  g_array_unref (day.prefixes);
  g_array_unref (day.post_offsets);
  g_array_unref (day.postings);
  g_array_unref (day.stamps);
  g_array_unref (day.pairs);

  return duplicates;
}
