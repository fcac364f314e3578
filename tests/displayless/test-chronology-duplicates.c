/* test-chronology-duplicates.c: likely duplicates on crowded days */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrTestChronologyDuplicates"

#include "config.h"

#include "cr-chronology.h"

/*
 * cr_chronology_find_duplicates() compares only the pairs of a day that
 * share one of their rarer words. These tests check that it still finds
 * what comparing every pair finds, on a day whose texts share many common
 * words, and that a day of 20,000 entries, ordinary or hostile, finishes.
 */

static const char * const agencies[] = { "Police", "GP Surgery", "School", "Health Visiting" };

static CrChronologyEntry *
make_entry (guint       i,
            const char *event)
{
  CrChronologyEntry *entry = cr_chronology_entry_new ();
  guint agency = i % G_N_ELEMENTS (agencies);

  cr_chronology_entry_set_id (entry, i + 1);
  cr_chronology_entry_set_agency_id (entry, agency + 1);
  cr_chronology_entry_set_agency_name (entry, agencies[agency]);
  cr_chronology_entry_set_import_id (entry, agency + 1);
  cr_chronology_entry_set_row (entry, i + 2);
  g_assert_true (cr_chronology_entry_set_iso_date (entry, "2021-02-03"));
  cr_chronology_entry_set_minutes (entry, -1);
  cr_chronology_entry_set_event (entry, event);

  return entry;
}

/* A word of a vocabulary of @size, the first ones much more common. */
static guint
pick_word (GRand *rand,
           guint  size)
{
  double r = g_rand_double (rand);

  return (guint) (size * r * r * r);
}

/* The same pairs, in the same order, with the same similarities, as
 * comparing every pair of different agencies. */
static void
assert_all_pairs (GPtrArray *entries,
                  GPtrArray *found)
{
  guint k = 0;

  for (guint i = 0; i < entries->len; i++)
    for (guint j = i + 1; j < entries->len; j++)
      {
        CrChronologyEntry *a = g_ptr_array_index (entries, i);
        CrChronologyEntry *b = g_ptr_array_index (entries, j);
        double similarity;

        if (cr_chronology_entry_get_agency_id (a) == cr_chronology_entry_get_agency_id (b))
          continue;
        similarity = cr_chronology_text_similarity (cr_chronology_entry_get_event (a),
                                                    cr_chronology_entry_get_event (b));
        if (similarity < CR_CHRONOLOGY_DUPLICATE_THRESHOLD)
          continue;

        g_assert_cmpuint (k, <, found->len);
        g_assert_true (cr_chronology_duplicate_get_first (g_ptr_array_index (found, k)) == a);
        g_assert_true (cr_chronology_duplicate_get_second (g_ptr_array_index (found, k)) == b);
        g_assert_cmpfloat_with_epsilon (cr_chronology_duplicate_get_similarity (g_ptr_array_index (found, k)),
                                        similarity, 1e-12);
        k++;
      }

  g_assert_cmpuint (found->len, ==, k);
}

/* Texts of 1 to 12 words from a vocabulary where a few words are in
 * most texts, and a third of the texts another's with a word changed,
 * added or dropped: many pairs share words, some reach the threshold,
 * many come close. */
static void
test_same_as_all_pairs (void)
{
  const guint sizes[] = { 12, 150, 900 };
  GRand *rand = g_rand_new_with_seed (42);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) found = NULL;
      guint vocabulary = s == 0 ? 6 : s == 1 ? 40 : 300;

      for (guint i = 0; i < sizes[s]; i++)
        {
          g_autoptr(GString) text = g_string_new (NULL);

          if (i > 0 && g_rand_int_range (rand, 0, 3) == 0)
            {
              g_auto(GStrv) words = g_strsplit (g_ptr_array_index (texts, g_rand_int_range (rand, 0, (gint32) i)), " ", -1);
              guint n = g_strv_length (words);
              guint change = (guint) g_rand_int_range (rand, 0, (gint32) n + 1);
              int how = g_rand_int_range (rand, 0, 3);

              for (guint w = 0; w < n; w++)
                {
                  if (w == change && how == 0)
                    continue;
                  if (w == change && how == 1)
                    g_string_append_printf (text, "w%u ", pick_word (rand, vocabulary));
                  g_string_append_printf (text, "%s ", w == change && how == 2 ? "changed" : words[w]);
                }
              if (change == n)
                g_string_append_printf (text, "w%u", pick_word (rand, vocabulary));
            }
          else
            {
              guint n = (guint) g_rand_int_range (rand, 1, 13);

              for (guint w = 0; w < n; w++)
                g_string_append_printf (text, "w%u ", pick_word (rand, vocabulary));
            }

          g_strstrip (text->str);
          g_ptr_array_add (texts, g_strdup (text->str));
          g_ptr_array_add (entries, make_entry (i, text->str));
        }

      g_ptr_array_sort (entries, cr_chronology_entry_compare_indirect);
      found = cr_chronology_find_duplicates (entries);
      g_test_message ("%u entries on one day: %u likely duplicates", sizes[s], found->len);
      g_assert_cmpuint (found->len, >, 0);
      assert_all_pairs (entries, found);
    }

  g_rand_free (rand);
}

/* Whether @a and @b are a pair of @pairs (keys of cr_chronology_pair_key). */
static gboolean
has_pair (GHashTable        *pairs,
          CrChronologyEntry *a,
          CrChronologyEntry *b)
{
  g_autofree char *key = cr_chronology_pair_key (cr_chronology_entry_get_id (a),
                                                 cr_chronology_entry_get_id (b));

  return g_hash_table_contains (pairs, key);
}

/* 20,000 entries of 4 agencies on one day, each naming its own people
 * among common words; every 50th entry told again by the next agency. */
static void
test_crowded_day (void)
{
  static const char * const common[] = {
    "home", "visit", "mother", "baby", "seen", "school", "call", "nurse", "social", "worker",
    "advice", "given", "referral", "made", "police", "attended", "concerns", "raised",
  };
  const guint n = 20000;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) by_index = g_ptr_array_new ();
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *previous = NULL;
  GRand *rand = g_rand_new_with_seed (7);
  gint64 start;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      CrChronologyEntry *entry;

      if (i % 50 == 1)
        g_string_assign (text, previous);
      else
        {
          for (guint w = 0; w < 4; w++)
            g_string_append_printf (text, "%s ", common[g_rand_int_range (rand, 0, G_N_ELEMENTS (common))]);
          g_string_append_printf (text, "person%u ref%u", i, (guint) g_rand_int_range (rand, 0, 1000000));
        }

      entry = make_entry (i, text->str);
      g_ptr_array_add (entries, entry);
      g_ptr_array_add (by_index, entry);
      g_free (previous);
      previous = g_strdup (text->str);
    }
  g_rand_free (rand);

  g_ptr_array_sort (entries, cr_chronology_entry_compare_indirect);
  start = g_get_monotonic_time ();
  found = cr_chronology_find_duplicates (entries);
  g_test_message ("%u ordinary entries on one day: %u likely duplicates in %.0f ms",
                  n, found->len, (g_get_monotonic_time () - start) / 1000.0);

  for (guint k = 0; k < found->len; k++)
    {
      CrChronologyDuplicate *duplicate = g_ptr_array_index (found, k);

      g_hash_table_add (pairs, cr_chronology_pair_key (cr_chronology_entry_get_id (cr_chronology_duplicate_get_first (duplicate)),
                                                       cr_chronology_entry_get_id (cr_chronology_duplicate_get_second (duplicate))));
    }

  /* Every entry told again is found with its first telling. */
  for (guint i = 1; i < n; i += 50)
    g_assert_true (has_pair (pairs, g_ptr_array_index (by_index, i - 1), g_ptr_array_index (by_index, i)));
  g_assert_cmpuint (found->len, >=, n / 50);
}

/* 20,000 entries of 4 agencies on one day, all with the same text: every
 * pair of agencies is a duplicate. The search stops at its limit, says
 * so, and keeps what it found. */
static void
test_hostile_day (void)
{
  const guint n = 20000;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) found = NULL;
  gint64 start;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (entries, make_entry (i, "Home visit by the social worker, mother and baby seen"));
  g_ptr_array_sort (entries, cr_chronology_entry_compare_indirect);

  g_test_expect_message ("CrChronology", G_LOG_LEVEL_MESSAGE, "20000 entries on 2021-02-03:*");
  start = g_get_monotonic_time ();
  found = cr_chronology_find_duplicates (entries);
  g_test_message ("%u alike entries on one day: %u likely duplicates kept in %.0f ms",
                  n, found->len, (g_get_monotonic_time () - start) / 1000.0);
  g_test_assert_expected_messages ();

  g_assert_cmpuint (found->len, >, 0);
  g_assert_cmpuint (found->len, <=, 10000);
  for (guint k = 0; k < found->len; k++)
    {
      CrChronologyDuplicate *duplicate = g_ptr_array_index (found, k);

      g_assert_cmpint (cr_chronology_entry_get_agency_id (cr_chronology_duplicate_get_first (duplicate)), !=,
                       cr_chronology_entry_get_agency_id (cr_chronology_duplicate_get_second (duplicate)));
      g_assert_cmpfloat (cr_chronology_duplicate_get_similarity (duplicate), ==, 1.0);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronology/duplicates/same-as-all-pairs", test_same_as_all_pairs);
  g_test_add_func ("/chronology/duplicates/crowded-day", test_crowded_day);
  g_test_add_func ("/chronology/duplicates/hostile-day", test_hostile_day);

  return g_test_run ();
}
