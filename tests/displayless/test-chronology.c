/* test-chronology.c: merge order, likely duplicates and the CSV export */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-chronology.h"

static CrChronologyEntry *
make_entry (gint64      id,
            gint64      agency_id,
            const char *agency,
            gint64      import_id,
            guint       row,
            const char *iso,
            int         minutes,
            const char *event)
{
  CrChronologyEntry *entry = cr_chronology_entry_new ();

  cr_chronology_entry_set_id (entry, id);
  cr_chronology_entry_set_agency_id (entry, agency_id);
  cr_chronology_entry_set_agency_name (entry, agency);
  cr_chronology_entry_set_import_id (entry, import_id);
  cr_chronology_entry_set_row (entry, row);
  g_assert_true (cr_chronology_entry_set_iso_date (entry, iso));
  cr_chronology_entry_set_minutes (entry, minutes);
  cr_chronology_entry_set_event (entry, event);

  return entry;
}

static void
test_entry (void)
{
  g_autoptr(CrChronologyEntry) entry = make_entry (7, 1, "Police", 3, 12, "2021-02-03", 14 * 60 + 5,
                                                   "Home VISIT by PC Ångström");
  g_autofree char *date_text = cr_chronology_entry_dup_date_text (entry);
  g_autofree char *time_text = cr_chronology_entry_dup_time_text (entry);
  g_autofree char *iso = cr_chronology_entry_dup_iso_date (entry);
  g_autofree char *folded = g_utf8_casefold ("ångSTRÖM", -1);
  g_autofree char *property = NULL;
  GDate date;

  g_assert_cmpstr (date_text, ==, "03/02/2021");
  g_assert_cmpstr (time_text, ==, "14:05");
  g_assert_cmpstr (iso, ==, "2021-02-03");
  cr_chronology_entry_get_date (entry, &date);
  g_assert_cmpuint (cr_chronology_entry_get_julian (entry), ==, g_date_get_julian (&date));

  g_assert_false (cr_chronology_entry_set_iso_date (entry, "2021-02-30"));
  g_assert_false (cr_chronology_entry_set_iso_date (entry, "03/02/2021"));
  g_assert_cmpuint (cr_chronology_entry_get_julian (entry), ==, g_date_get_julian (&date));

  cr_chronology_entry_set_minutes (entry, -1);
  g_object_get (entry, "time-text", &property, NULL);
  g_assert_cmpstr (property, ==, "");

  g_assert_true (cr_chronology_entry_matches (entry, folded));
  g_assert_true (cr_chronology_entry_matches (entry, "police"));
  g_assert_true (cr_chronology_entry_matches (entry, ""));
  g_assert_false (cr_chronology_entry_matches (entry, "health"));
  cr_chronology_entry_set_author (entry, "Health visitor");
  g_assert_true (cr_chronology_entry_matches (entry, "health"));
}

/* The expected merge order of the entries made below, by id. */
static const gint64 merge_order[] = {
  /* 2 February: one entry. */
  10,
  /* 3 February, untimed first, by agency then import then row then id. */
  4, 3, 5, 1, 2,
  /* 3 February, timed, by time then agency. */
  8, 6, 7, 9,
  /* 4 February. */
  11,
};

static GPtrArray *
make_merge_entries (void)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (entries, make_entry (1, 3, "Police", 1, 5, "2021-02-03", -1, "a"));
  g_ptr_array_add (entries, make_entry (2, 3, "Police", 1, 9, "2021-02-03", -1, "b"));
  g_ptr_array_add (entries, make_entry (3, 1, "Children's Social Care", 2, 4, "2021-02-03", -1, "c"));
  g_ptr_array_add (entries, make_entry (4, 1, "Children's Social Care", 2, 3, "2021-02-03", -1, "d"));
  g_ptr_array_add (entries, make_entry (5, 2, "GP Surgery", 4, 2, "2021-02-03", -1, "e"));
  g_ptr_array_add (entries, make_entry (6, 2, "GP Surgery", 4, 3, "2021-02-03", 9 * 60, "f"));
  g_ptr_array_add (entries, make_entry (7, 3, "Police", 1, 2, "2021-02-03", 9 * 60, "g"));
  g_ptr_array_add (entries, make_entry (8, 1, "Children's Social Care", 2, 9, "2021-02-03", 8 * 60 + 59, "h"));
  g_ptr_array_add (entries, make_entry (9, 3, "Police", 1, 2, "2021-02-03", 23 * 60 + 59, "i"));
  g_ptr_array_add (entries, make_entry (10, 3, "Police", 1, 1, "2021-02-02", 23 * 60 + 59, "j"));
  g_ptr_array_add (entries, make_entry (11, 1, "Children's Social Care", 2, 1, "2021-02-04", 0, "k"));

  return entries;
}

/* The same entries in any order merge into one order. */
static void
test_merge_order (void)
{
  g_autoptr(GPtrArray) entries = make_merge_entries ();
  g_autoptr(CrChronology) chronology = cr_chronology_new ();
  GListModel *model = cr_chronology_get_entries (chronology);
  GRand *rand = g_rand_new_with_seed (2021);

  for (guint round = 0; round < 50; round++)
    {
      /* Fisher–Yates */
      for (guint i = entries->len - 1; i > 0; i--)
        {
          guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1);
          gpointer swap = entries->pdata[i];

          entries->pdata[i] = entries->pdata[j];
          entries->pdata[j] = swap;
        }

      cr_chronology_set_entries (chronology, entries, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (merge_order));
      for (guint i = 0; i < G_N_ELEMENTS (merge_order); i++)
        {
          g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (model, i);

          g_assert_cmpint (cr_chronology_entry_get_id (entry), ==, merge_order[i]);
        }
    }
  g_rand_free (rand);

  /* Entries that differ only by id are still ordered. */
  {
    g_autoptr(CrChronologyEntry) a = make_entry (1, 1, "Police", 1, 1, "2021-02-03", -1, "x");
    g_autoptr(CrChronologyEntry) b = make_entry (2, 1, "Police", 1, 1, "2021-02-03", -1, "x");

    g_assert_cmpint (cr_chronology_entry_compare (a, b), <, 0);
    g_assert_cmpint (cr_chronology_entry_compare (b, a), >, 0);
    g_assert_cmpint (cr_chronology_entry_compare (a, a), ==, 0);
  }
}

static void
test_similarity (void)
{
  g_assert_cmpfloat (cr_chronology_text_similarity ("Home visit!", "home VISIT"), ==, 1.0);
  g_assert_cmpfloat (cr_chronology_text_similarity ("the and of", "the and of"), ==, 0.0);
  g_assert_cmpfloat (cr_chronology_text_similarity ("Home visit", "Strategy meeting held"), ==, 0.0);
  g_assert_cmpfloat (cr_chronology_text_similarity ("", ""), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (cr_chronology_text_similarity ("Home visit by social worker, mother and baby seen",
                                                                 "Social worker home visit: mother and baby seen"),
                                  22.0 / 26.0, 1e-9);
  g_assert_cmpfloat (cr_chronology_text_similarity ("a b c", "c d"),
                     ==, cr_chronology_text_similarity ("c d", "a b c"));

  {
    g_autofree char *key = cr_chronology_pair_key (12, 5);

    g_assert_cmpstr (key, ==, "5:12");
  }
  g_assert_cmpint (cr_duplicate_decision_from_nick ("dismissed"), ==, CR_DUPLICATE_DECISION_DISMISSED);
  g_assert_cmpint (cr_duplicate_decision_from_nick ("maybe"), ==, -1);
  g_assert_cmpstr (cr_duplicate_decision_to_nick (CR_DUPLICATE_DECISION_CONFIRMED), ==, "confirmed");
}

static CrChronologyEntry *
entry_by_id (CrChronology *chronology,
             gint64        id)
{
  GListModel *model = cr_chronology_get_entries (chronology);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (model, i);

      if (cr_chronology_entry_get_id (entry) == id)
        return entry;   /* the model keeps a reference */
    }

  g_assert_not_reached ();
}

static void
assert_marks (CrChronology              *chronology,
              CrChronologyDuplicateMark  a,
              CrChronologyDuplicateMark  b,
              CrChronologyDuplicateMark  c,
              CrChronologyDuplicateMark  d,
              CrChronologyDuplicateMark  e)
{
  CrChronologyDuplicateMark marks[] = { a, b, c, d, e };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    g_assert_cmpint (cr_chronology_entry_get_duplicate (entry_by_id (chronology, i + 1)), ==, marks[i]);
}

#define NONE CR_CHRONOLOGY_DUPLICATE_NONE
#define SUSPECTED CR_CHRONOLOGY_DUPLICATE_SUSPECTED
#define CONFIRMED CR_CHRONOLOGY_DUPLICATE_CONFIRMED

static void
test_duplicates (void)
{
  const char *visit = "Home visit by social worker, mother and baby seen";
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CrChronology) chronology = cr_chronology_new ();
  g_autoptr(GHashTable) decisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *duplicates = cr_chronology_get_duplicates (chronology);
  g_autoptr(CrChronologyDuplicate) first_pair = NULL;
  g_autoptr(CrChronologyDuplicate) second_pair = NULL;

  /* 1 and 2 tell the same visit in other words, 1 and 3 in the same
   * words; 2 and 3 are one agency's; 4 is another day; 5 another event. */
  g_ptr_array_add (entries, make_entry (1, 3, "Police", 1, 2, "2021-02-03", 10 * 60, visit));
  g_ptr_array_add (entries, make_entry (2, 1, "Children's Social Care", 2, 2, "2021-02-03", -1,
                                        "Social worker home visit: mother and baby seen"));
  g_ptr_array_add (entries, make_entry (3, 1, "Children's Social Care", 2, 3, "2021-02-03", -1, visit));
  g_ptr_array_add (entries, make_entry (4, 2, "GP Surgery", 4, 2, "2021-02-04", -1, visit));
  g_ptr_array_add (entries, make_entry (5, 2, "GP Surgery", 4, 3, "2021-02-03", -1,
                                        "GP appointment for the baby's immunisations"));

  cr_chronology_set_entries (chronology, entries, NULL);

  /* In merge order of the first: 2, 3, 5 are untimed, 1 is at 10:00. */
  g_assert_cmpuint (g_list_model_get_n_items (duplicates), ==, 2);
  first_pair = g_list_model_get_item (duplicates, 0);
  second_pair = g_list_model_get_item (duplicates, 1);
  g_assert_cmpint (cr_chronology_entry_get_id (cr_chronology_duplicate_get_first (first_pair)), ==, 2);
  g_assert_cmpint (cr_chronology_entry_get_id (cr_chronology_duplicate_get_second (first_pair)), ==, 1);
  g_assert_cmpfloat_with_epsilon (cr_chronology_duplicate_get_similarity (first_pair), 22.0 / 26.0, 1e-9);
  g_assert_cmpint (cr_chronology_entry_get_id (cr_chronology_duplicate_get_first (second_pair)), ==, 3);
  g_assert_cmpint (cr_chronology_entry_get_id (cr_chronology_duplicate_get_second (second_pair)), ==, 1);
  g_assert_cmpfloat (cr_chronology_duplicate_get_similarity (second_pair), ==, 1.0);
  g_assert_cmpuint (cr_chronology_count_undecided (chronology), ==, 2);
  assert_marks (chronology, SUSPECTED, SUSPECTED, SUSPECTED, NONE, NONE);

  /* Decisions taken by the user. */
  cr_chronology_duplicate_set_decision (first_pair, CR_DUPLICATE_DECISION_CONFIRMED);
  assert_marks (chronology, CONFIRMED, NONE, SUSPECTED, NONE, NONE);
  g_assert_cmpuint (cr_chronology_count_undecided (chronology), ==, 1);

  cr_chronology_duplicate_set_decision (second_pair, CR_DUPLICATE_DECISION_DISMISSED);
  assert_marks (chronology, CONFIRMED, NONE, NONE, NONE, NONE);
  g_assert_cmpuint (cr_chronology_count_undecided (chronology), ==, 0);

  cr_chronology_duplicate_set_decision (first_pair, CR_DUPLICATE_DECISION_NONE);
  assert_marks (chronology, SUSPECTED, SUSPECTED, NONE, NONE, NONE);

  g_clear_object (&first_pair);
  g_clear_object (&second_pair);

  /* Stored decisions are applied again at the next load. */
  g_hash_table_insert (decisions, cr_chronology_pair_key (1, 2), GINT_TO_POINTER (CR_DUPLICATE_DECISION_CONFIRMED));
  g_hash_table_insert (decisions, cr_chronology_pair_key (3, 1), GINT_TO_POINTER (CR_DUPLICATE_DECISION_DISMISSED));
  cr_chronology_set_entries (chronology, entries, decisions);
  assert_marks (chronology, CONFIRMED, NONE, NONE, NONE, NONE);
  g_assert_cmpuint (cr_chronology_count_undecided (chronology), ==, 0);

  /* Without them, all are suspected again. */
  cr_chronology_set_entries (chronology, entries, NULL);
  assert_marks (chronology, SUSPECTED, SUSPECTED, SUSPECTED, NONE, NONE);
}

/* find_duplicates() gives what comparing every pair of the same day with
 * cr_chronology_text_similarity() gives: on a day of a few entries (bit
 * sets) and on a day of many with a large vocabulary (sorted lists). */
static void
test_duplicates_brute_force (void)
{
  static const char * const words[] = {
    "visit", "call", "mother", "baby", "school", "nurse", "seen", "home", "bruise", "arm",
  };
  const guint sizes[] = { 30, 400 };
  GRand *rand = g_rand_new_with_seed (5);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) found = NULL;
      guint expected = 0, k = 0;
      g_autofree char *previous = NULL;

      for (guint i = 0; i < sizes[s]; i++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          guint n_words = (guint) g_rand_int_range (rand, 2, 5);

          /* Few words, so that some pairs are alike; on the large day
           * rare words too, so that the vocabulary is large, and now and
           * then the text before again. */
          for (guint w = 0; w < n_words; w++)
            g_string_append_printf (text, "%s ", words[g_rand_int_range (rand, 0, s == 0 ? 4 : G_N_ELEMENTS (words))]);
          if (s == 1)
            for (guint w = 0; w < 12; w++)
              g_string_append_printf (text, "rare%u ", i * 12 + w);
          if (s == 1 && i % 10 == 1)
            g_string_assign (text, previous);
          g_free (previous);
          previous = g_strdup (text->str);
          g_ptr_array_add (entries, make_entry (i + 1, i % 3 + 1, i % 3 == 0 ? "Police" : i % 3 == 1 ? "GP" : "School",
                                                1, i + 2, "2021-02-03", -1, text->str));
        }
      g_ptr_array_sort (entries, cr_chronology_entry_compare_indirect);
      found = cr_chronology_find_duplicates (entries);

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
            expected++;
          }

      g_test_message ("%u entries: %u likely duplicates", sizes[s], expected);
      g_assert_cmpuint (found->len, ==, expected);
      g_assert_cmpuint (expected, >, 0);
    }

  g_rand_free (rand);
}

static void
test_agencies_and_rejects (void)
{
  g_autoptr(GPtrArray) entries = make_merge_entries ();
  g_autoptr(GPtrArray) rejects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CrChronology) chronology = cr_chronology_new ();
  g_autofree gint64 *ids = NULL;
  g_auto(GStrv) names = NULL;
  const struct { const char *agency; guint row; } reject_rows[] = {
    { "Police", 9 }, { "Children's Social Care", 14 }, { "Police", 3 }, { "Children's Social Care", 2 },
  };
  GListModel *model;

  cr_chronology_set_entries (chronology, entries, NULL);
  names = cr_chronology_dup_agency_names (chronology, &ids);
  g_assert_cmpstrv (names, ((const char * const[]) { "Children's Social Care", "GP Surgery", "Police", NULL }));
  g_assert_cmpint (ids[0], ==, 1);
  g_assert_cmpint (ids[1], ==, 2);
  g_assert_cmpint (ids[2], ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (reject_rows); i++)
    {
      CrChronologyReject *reject = cr_chronology_reject_new (reject_rows[i].row, "reason", NULL);

      cr_chronology_reject_set_agency_name (reject, reject_rows[i].agency);
      g_ptr_array_add (rejects, reject);
    }
  cr_chronology_set_rejects (chronology, rejects);
  model = cr_chronology_get_rejects (chronology);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  {
    const guint rows[] = { 2, 14, 3, 9 };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        g_autoptr(CrChronologyReject) reject = g_list_model_get_item (model, i);

        g_assert_cmpuint (cr_chronology_reject_get_row (reject), ==, rows[i]);
      }
  }
}

/* The exact bytes, with the guard against formulas. */
static void
test_csv (void)
{
  g_autoptr(GListStore) store = g_list_store_new (CR_TYPE_CHRONOLOGY_ENTRY);
  g_autoptr(CrChronologyEntry) first = make_entry (1, 3, "Police", 1, 2, "2021-02-03", -1,
                                                   "=HYPERLINK(\"http://x\")");
  g_autoptr(CrChronologyEntry) second = make_entry (2, 2, "GP Surgery", 4, 7, "2021-02-03", 14 * 60 + 30,
                                                    "Seen, weight \"ok\"\nfollow up");
  g_autoptr(CrChronologyEntry) third = make_entry (3, 2, "GP Surgery", 4, 8, "2021-02-04", 9 * 60,
                                                   "+44 call back; 1-2 visits");
  g_autoptr(GBytes) bytes = NULL;
  const char expected[] =
    "\xEF\xBB\xBF"
    "Date,Time,Agency,Event,Author or role,Source,Key practice episode,Possible duplicate,Source file,Source row\r\n"
    "03/02/2021,,Police,\"'=HYPERLINK(\"\"http://x\"\")\",PC 1,Niche,Yes,,police.csv,2\r\n"
    "03/02/2021,14:30,GP Surgery,\"Seen, weight \"\"ok\"\"\nfollow up\",'-Dr A,'@EMIS,No,Suspected,gp.xlsx,7\r\n"
    "04/02/2021,09:00,GP Surgery,'+44 call back; 1-2 visits,,,No,Confirmed,gp.xlsx,8\r\n";
  gsize size;
  const char *data;

  cr_chronology_entry_set_author (first, "PC 1");
  cr_chronology_entry_set_source (first, "Niche");
  cr_chronology_entry_set_source_file (first, "police.csv");
  cr_chronology_entry_set_key_practice_episode (first, TRUE);
  cr_chronology_entry_set_author (second, "-Dr A");
  cr_chronology_entry_set_source (second, "@EMIS");
  cr_chronology_entry_set_source_file (second, "gp.xlsx");
  cr_chronology_entry_set_duplicate (second, CR_CHRONOLOGY_DUPLICATE_SUSPECTED);
  cr_chronology_entry_set_source_file (third, "gp.xlsx");
  cr_chronology_entry_set_duplicate (third, CR_CHRONOLOGY_DUPLICATE_CONFIRMED);
  g_list_store_append (store, first);
  g_list_store_append (store, second);
  g_list_store_append (store, third);

  bytes = cr_chronology_write_csv (G_LIST_MODEL (store));
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpmem (data, size, expected, sizeof expected - 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chronology/entry", test_entry);
  g_test_add_func ("/chronology/merge-order", test_merge_order);
  g_test_add_func ("/chronology/similarity", test_similarity);
  g_test_add_func ("/chronology/duplicates", test_duplicates);
  g_test_add_func ("/chronology/duplicates/brute-force", test_duplicates_brute_force);
  g_test_add_func ("/chronology/agencies-and-rejects", test_agencies_and_rejects);
  g_test_add_func ("/chronology/csv", test_csv);

  return g_test_run ();
}
