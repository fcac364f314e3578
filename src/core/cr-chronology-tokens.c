/* cr-chronology-tokens.c: the words of an event, for comparing events */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronology"

#include "config.h"

#include "cr-chronology.h"

#include "cr-chronology-private.h"

#include <string.h>

/*
 * Two agencies write the same visit in their own words: "Home visit by
 * social worker, mother and baby seen" and "SW home visit - saw mum and
 * baby". The texts are compared as sets of tokens: each word that says
 * something (not "the", "was", "and"...) and each pair of neighbouring
 * such words, all casefolded; the similarity is Sørensen–Dice,
 * 2 |A ∩ B| / (|A| + |B|). Tokens are 64-bit hashes (FNV-1a).
 */

static const char * const stop_words[] = {
  "a", "about", "after", "am", "an", "and", "are", "as", "at", "be", "been", "before",
  "being", "but", "by", "did", "do", "does", "for", "from", "had", "has", "have",
  "having", "he", "her", "him", "his", "i", "if", "in", "into", "is", "it", "its",
  "me", "my", "of", "on", "onto", "or", "our", "she", "so", "than", "that", "the",
  "their", "them", "then", "there", "these", "they", "this", "those", "to", "up",
  "was", "we", "were", "with", "you", "your",
};

#define STOP_WORD_MAX 6
#define WORD_TAG    G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)
#define BIGRAM_TAG  G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F)

static guint64
hash_word (const char *word,
           gsize       length)
{
  guint64 hash = G_GUINT64_CONSTANT (0xCBF29CE484222325);

  for (gsize i = 0; i < length; i++)
    {
      hash ^= (guchar) word[i];
      hash *= G_GUINT64_CONSTANT (0x100000001B3);
    }

  return hash;
}

/* Heap sort: no quadratic case, whatever a hostile file holds. */
static void
sift_down (guint64 *a,
           gsize    root,
           gsize    n)
{
  for (;;)
    {
      gsize child = 2 * root + 1;
      guint64 swap;

      if (child >= n)
        return;
      if (child + 1 < n && a[child + 1] > a[child])
        child++;
      if (a[root] >= a[child])
        return;
      swap = a[root], a[root] = a[child], a[child] = swap;
      root = child;
    }
}

gsize
_cr_chronology_sort_tokens (guint64 *a,
                            gsize    n)
{
  gsize kept;

  if (n < 2)
    return n;

  if (n <= 16)
    {
      for (gsize i = 1; i < n; i++)
        {
          guint64 value = a[i];
          gsize j = i;

          for (; j > 0 && a[j - 1] > value; j--)
            a[j] = a[j - 1];
          a[j] = value;
        }
    }
  else
    {
      for (gsize i = n / 2; i-- > 0;)
        sift_down (a, i, n);
      for (gsize end = n - 1; end > 0; end--)
        {
          guint64 swap = a[0];

          a[0] = a[end], a[end] = swap;
          sift_down (a, 0, end);
        }
    }

  kept = 1;
  for (gsize i = 1; i < n; i++)
    if (a[i] != a[kept - 1])
      a[kept++] = a[i];

  return kept;
}

static const guint64 *
stop_word_hashes (void)
{
  static guint64 hashes[G_N_ELEMENTS (stop_words)];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
        hashes[i] = hash_word (stop_words[i], strlen (stop_words[i]));
      _cr_chronology_sort_tokens (hashes, G_N_ELEMENTS (hashes));
      g_once_init_leave (&done, 1);
    }

  return hashes;
}

static gboolean
is_stop_word (const GString *word,
              guint64        hash)
{
  const guint64 *hashes;
  gsize low = 0, high = G_N_ELEMENTS (stop_words);

  if (word->len > STOP_WORD_MAX)
    return FALSE;

  hashes = stop_word_hashes ();
  while (low < high)
    {
      gsize middle = (low + high) / 2;

      if (hashes[middle] == hash)
        return TRUE;
      if (hashes[middle] < hash)
        low = middle + 1;
      else
        high = middle;
    }

  return FALSE;
}

static void
add_word (GArray   *tokens,
          GString  *word,
          guint64  *previous,
          gboolean *has_previous)
{
  guint64 hash, token;

  if (word->len == 0)
    return;

  hash = hash_word (word->str, word->len);
  if (!is_stop_word (word, hash))
    {
      token = hash ^ WORD_TAG;
      g_array_append_val (tokens, token);
      if (*has_previous)
        {
          token = (*previous * 31 + hash) ^ BIGRAM_TAG;
          g_array_append_val (tokens, token);
        }
      *previous = hash;
      *has_previous = TRUE;
    }

  g_string_truncate (word, 0);
}

/* ASCII, most of what agencies write, is folded in place; other
 * characters through g_utf8_casefold(). */
void
_cr_chronology_tokenize (const char *text,
                         GString    *word,
                         GArray     *tokens)
{
  guint64 previous = 0;
  gboolean has_previous = FALSE;

  g_string_truncate (word, 0);

  for (const char *p = text != NULL ? text : ""; *p != '\0';)
    {
      guchar byte = (guchar) *p;

      if (byte < 0x80)
        {
          if (g_ascii_isalnum (byte))
            g_string_append_c (word, g_ascii_tolower (byte));
          else
            add_word (tokens, word, &previous, &has_previous);
          p++;
        }
      else
        {
          gunichar c = g_utf8_get_char_validated (p, -1);
          const char *next = g_utf8_find_next_char (p, NULL);

          if (c < (gunichar) -2 && g_unichar_isalnum (c))
            {
              g_autofree char *folded = g_utf8_casefold (p, next - p);

              g_string_append (word, folded);
            }
          else
            add_word (tokens, word, &previous, &has_previous);
          p = next;
        }
    }

  add_word (tokens, word, &previous, &has_previous);
}

double
cr_chronology_text_similarity (const char *a,
                               const char *b)
{
  g_autoptr(GArray) tokens_a = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) tokens_b = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GString) word = g_string_new (NULL);
  const guint64 *x, *y;
  gsize n_a, n_b, i = 0, j = 0, common = 0;

  _cr_chronology_tokenize (a, word, tokens_a);
  _cr_chronology_tokenize (b, word, tokens_b);
  x = (const guint64 *) (gpointer) tokens_a->data;
  y = (const guint64 *) (gpointer) tokens_b->data;
  n_a = _cr_chronology_sort_tokens ((guint64 *) x, tokens_a->len);
  n_b = _cr_chronology_sort_tokens ((guint64 *) y, tokens_b->len);

  if (n_a == 0 || n_b == 0)
    return 0;

  while (i < n_a && j < n_b)
    {
      if (x[i] < y[j])
        i++;
      else if (x[i] > y[j])
        j++;
      else
        common++, i++, j++;
    }

  return 2.0 * common / (n_a + n_b);
}
