/* bench-anonymisation.c: the anonymisation check on a 100-page report
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times cr_anonymisation_check_text() on a report of about 300,000
 * characters (100 pages) with 30 people in the case, their real names
 * planted 200 times in every variant. Beside it, in the same run and on
 * the same text, a baseline that does much less: one case-insensitive
 * GRegex (PCRE2, JIT) with an alternation of every literal name variant
 * between word boundaries — no diacritics, spacing, possessive or
 * common-word rules, no dates, postcodes or numbers. Each figure is the
 * median of 5 runs.
 *
 * Needs no display: ./build/tests/bench/bench-anonymisation [CHARACTERS]
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cr-anonymisation.h"
#include "cr-name-variants.h"

#define RUNS 5
#define N_PEOPLE 30

static const char * const first_names[] = {
  "Jayden", "Mary-Ann", "William", "Zoë", "Grace", "James", "Amelia", "Oliver", "Isla",
  "Harry", "Ava", "Noah", "Sophia", "Leo", "Mia", "Oscar", "Ella", "Charlie", "Lily",
  "Freddie", "Evie", "Arthur", "Poppy", "Alfie", "Ruby", "Thomas", "Florence", "George",
  "Isabella", "Jacob",
};
static const char * const surnames[] = {
  "Smith-Jones", "O'Neill", "Grant", "Ashworth", "Hope", "Baxter", "Patel", "Khan", "Nowak",
  "Okafor", "Hughes", "Wright", "Evans", "Walsh", "Doyle", "Byrne", "Murphy", "Kowalski",
  "Ahmed", "Begum", "Campbell", "Stewart", "Morgan", "Price", "Lloyd", "Reid", "Fraser",
  "Quinn", "Barker", "Holt",
};

static const char * const sentences[] = {
  "The health visitor saw Child H at home and noted that the baby was quiet and watchful. ",
  "Mother said that she had not understood why she was asked about her partner. ",
  "The police held information about Father's previous convictions; no agency asked for it. ",
  "In May 2021 the school raised concerns about bruising, and a referral was made. ",
  "Practitioners may have felt anxious about the review; we hope the learning will mark a change. ",
  "A grace period of four weeks was allowed for comments on the draft report. ",
  "Supervision records show no discussion of the case in the autumn of 2020. ",
  "The family lived for a time near Markham Road, and later moved across the borough. ",
  "Will agencies be able to show that they recognised the risks to a baby? ",
  "Two calls to the police in the spring of 2021 were graded as standard risk. ",
};

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

static char *
make_name (guint i)
{
  return g_strdup_printf ("%s %s", first_names[i % N_PEOPLE], surnames[i % N_PEOPLE]);
}

/* The text: sentences, and every 1,500 characters or so a variant of
 * someone's name. */
static char *
make_text (guint  n_chars,
           guint *n_planted)
{
  GString *text = g_string_new (NULL);
  guint i = 0, chars = 0;

  *n_planted = 0;
  while (chars < n_chars)
    {
      const char *sentence = sentences[i % G_N_ELEMENTS (sentences)];

      g_string_append (text, sentence);
      chars += (guint) g_utf8_strlen (sentence, -1);
      if (i % 20 == 19)
        {
          g_autofree char *name = make_name (*n_planted);
          g_autoptr(GPtrArray) variants = cr_name_variants (name);
          const CrNameVariant *variant = g_ptr_array_index (variants, *n_planted % variants->len);
          g_autofree char *planted = g_strdup_printf ("A note says %s's mother called. ", variant->text);

          g_string_append (text, planted);
          chars += (guint) g_utf8_strlen (planted, -1);
          (*n_planted)++;
        }
      if (i % 8 == 7)
        g_string_append_c (text, '\n');
      i++;
    }

  return g_string_free (text, FALSE);
}

static GRegex *
make_baseline (void)
{
  g_autoptr(GString) pattern = g_string_new ("\\b(?:");
  g_autoptr(GError) error = NULL;
  GRegex *regex;

  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autofree char *name = make_name (i);
      g_autoptr(GPtrArray) variants = cr_name_variants (name);

      for (guint k = 0; k < variants->len; k++)
        {
          const CrNameVariant *variant = g_ptr_array_index (variants, k);
          g_autofree char *escaped = g_regex_escape_string (variant->text, -1);

          if (pattern->len > 5)
            g_string_append_c (pattern, '|');
          g_string_append (pattern, escaped);
        }
    }
  g_string_append (pattern, ")\\b");

  regex = g_regex_new (pattern->str, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, &error);
  g_assert_no_error (error);
  return regex;
}

int
main (int   argc,
      char *argv[])
{
  guint n_chars = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 300000;
  g_autoptr(CrAnonymisationTerms) terms = cr_anonymisation_terms_new ();
  g_autoptr(GRegex) regex = NULL;
  g_autofree char *text = NULL;
  double check_times[RUNS], regex_times[RUNS], setup;
  guint n_planted, n_hits = 0, n_matches = 0, n_names;
  gint64 start;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autofree char *name = make_name (i);
      g_autofree char *pseudonym = g_strdup_printf ("Person %u", i + 1);

      cr_anonymisation_terms_add_person (terms, pseudonym, i < 3, name,
                                         i < 3 ? "2019-03-03" : NULL, NULL);
    }
  setup = (double) (g_get_monotonic_time () - start) / 1000.0;
  cr_anonymisation_terms_count (terms, &n_names, NULL, NULL);

  text = make_text (n_chars, &n_planted);
  regex = make_baseline ();

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GPtrArray) hits = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      start = g_get_monotonic_time ();
      hits = cr_anonymisation_check_text (terms, "section:analysis", "Analysis", -1, text);
      check_times[run] = (double) (g_get_monotonic_time () - start) / 1000.0;
      n_hits = hits->len;

      start = g_get_monotonic_time ();
      n_matches = 0;
      g_regex_match (regex, text, 0, &match);
      while (g_match_info_matches (match))
        {
          n_matches++;
          g_match_info_next (match, NULL);
        }
      regex_times[run] = (double) (g_get_monotonic_time () - start) / 1000.0;
    }

  g_print ("Text: %ld characters, %u people, %u name variants, %u planted\n",
           g_utf8_strlen (text, -1), N_PEOPLE, n_names, n_planted);
  g_print ("Terms built in %.2f ms\n", setup);
  g_print ("cr_anonymisation_check_text:  %8.2f ms (median of %d), %u hits\n",
           median (check_times), RUNS, n_hits);
  g_print ("GRegex alternation baseline:  %8.2f ms (median of %d), %u matches\n",
           median (regex_times), RUNS, n_matches);

  return n_hits >= n_planted ? EXIT_SUCCESS : EXIT_FAILURE;
}
