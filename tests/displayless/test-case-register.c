/* test-case-register.c: the case register's filters, lookups and sorters */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-case.h"
#include "cr-case-register.h"
#include "cr-case-status.h"

#include <string.h>

static CrCase *
make_case (gint64        id,
           const char   *reference,
           const char   *pseudonym,
           CrCaseStatus  status,
           CrReviewType  review_type,
           const char   *aware_date,
           const char   *agencies,
           const char   *themes,
           const char   *summary)
{
  CrCase *kase = cr_case_new ();

  cr_case_set_id (kase, id);
  cr_case_set_reference (kase, reference);
  cr_case_set_pseudonym (kase, pseudonym);
  cr_case_set_status (kase, status);
  cr_case_set_review_type (kase, review_type);
  cr_case_set_aware_date (kase, aware_date);
  cr_case_set_agencies (kase, agencies);
  cr_case_set_themes (kase, themes);
  cr_case_set_summary (kase, summary);

  return kase;
}

/* Five cases with known fields. */
static CrCaseRegister *
make_register (void)
{
  CrCaseRegister *reg = cr_case_register_new ();
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (cases, make_case (1, "CR-2022-001", "Child A", CR_CASE_STATUS_CLOSED,
                                     CR_REVIEW_TYPE_LCSPR, "2022-03-04",
                                     "Police, Health visiting", "Neglect, Domestic abuse",
                                     "Infant with bruising"));
  g_ptr_array_add (cases, make_case (2, "CR-2023-002", "Baby B", CR_CASE_STATUS_RAPID_REVIEW,
                                     CR_REVIEW_TYPE_UNDECIDED, "2023-06-01",
                                     "Children's social care", "Sudden unexpected death in infancy",
                                     "Unsafe sleep"));
  g_ptr_array_add (cases, make_case (3, "CR-2023-003", "Child C", CR_CASE_STATUS_LCSPR_ANALYSIS,
                                     CR_REVIEW_TYPE_LCSPR, "2023-09-12",
                                     "Police, School or academy", "Child criminal exploitation",
                                     "Young person stabbed; county lines"));
  g_ptr_array_add (cases, make_case (4, "CR-2024-004", "Élodie D", CR_CASE_STATUS_NOTIFIED,
                                     CR_REVIEW_TYPE_UNDECIDED, "2024-02-20",
                                     NULL, "Neglect",
                                     "ÉCOLE reported absence"));
  g_ptr_array_add (cases, make_case (5, "CR-2024-005", "Child E", CR_CASE_STATUS_REFERRED,
                                     CR_REVIEW_TYPE_UNDECIDED, NULL,
                                     "GP practice", NULL, NULL));

  cr_case_register_set_cases (reg, cases);
  return reg;
}

/* The ids of the filtered model, as "1,3,4". */
static char *
model_ids (GListModel *model)
{
  GString *s = g_string_new (NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrCase) kase = g_list_model_get_item (model, i);

      g_string_append_printf (s, "%s%" G_GINT64_FORMAT, i ? "," : "", cr_case_get_id (kase));
    }

  return g_string_free (s, FALSE);
}

static void
assert_ids (CrCaseRegister *reg,
            const char     *expected)
{
  g_autofree char *ids = model_ids (cr_case_register_get_model (reg));

  if (g_strcmp0 (ids, expected) != 0)
    g_error ("filtered ids: got “%s”, expected “%s” (search “%s”, status %d, type %d, year %d)",
             ids, expected, cr_case_register_get_search_text (reg),
             cr_case_register_get_status_filter (reg),
             cr_case_register_get_review_type_filter (reg),
             cr_case_register_get_year_filter (reg));
}

static void
test_search (void)
{
  g_autoptr(CrCaseRegister) reg = make_register ();

  g_assert_cmpuint (cr_case_register_get_n_cases (reg), ==, 5);
  assert_ids (reg, "1,2,3,4,5");

  /* Reference, case-insensitively */
  cr_case_register_set_search_text (reg, "cr-2023");
  assert_ids (reg, "2,3");
  /* Pseudonym */
  cr_case_register_set_search_text (reg, "BABY");
  assert_ids (reg, "2");
  /* Agencies */
  cr_case_register_set_search_text (reg, "police");
  assert_ids (reg, "1,3");
  /* Themes */
  cr_case_register_set_search_text (reg, "Neglect");
  assert_ids (reg, "1,4");
  /* Summary */
  cr_case_register_set_search_text (reg, "county");
  assert_ids (reg, "3");
  /* All words must match, in any field, in any order */
  cr_case_register_set_search_text (reg, "  neglect   police ");
  assert_ids (reg, "1");
  cr_case_register_set_search_text (reg, "police neglect exploitation");
  assert_ids (reg, "");
  /* Unicode casefolding */
  cr_case_register_set_search_text (reg, "élodie");
  assert_ids (reg, "4");
  cr_case_register_set_search_text (reg, "école");
  assert_ids (reg, "4");
  cr_case_register_set_search_text (reg, "ELODIE");
  assert_ids (reg, "");   /* É is not E */
  /* Nothing to look for: everything */
  cr_case_register_set_search_text (reg, "   ");
  assert_ids (reg, "1,2,3,4,5");
  cr_case_register_set_search_text (reg, NULL);
  assert_ids (reg, "1,2,3,4,5");
  g_assert_null (cr_case_register_get_search_text (reg));
}

static void
test_filters (void)
{
  g_autoptr(CrCaseRegister) reg = make_register ();

  cr_case_register_set_status_filter (reg, CR_CASE_STATUS_RAPID_REVIEW);
  assert_ids (reg, "2");
  cr_case_register_set_status_filter (reg, CR_CASE_STATUS_PUBLISHED);
  assert_ids (reg, "");
  cr_case_register_set_status_filter (reg, -1);
  assert_ids (reg, "1,2,3,4,5");

  cr_case_register_set_review_type_filter (reg, CR_REVIEW_TYPE_LCSPR);
  assert_ids (reg, "1,3");
  cr_case_register_set_review_type_filter (reg, CR_REVIEW_TYPE_UNDECIDED);
  assert_ids (reg, "2,4,5");
  cr_case_register_set_review_type_filter (reg, -1);

  cr_case_register_set_year_filter (reg, 2023);
  assert_ids (reg, "2,3");
  cr_case_register_set_year_filter (reg, 2019);
  assert_ids (reg, "");
  cr_case_register_set_year_filter (reg, 0);
  assert_ids (reg, "1,2,3,4,5");

  /* Combined */
  cr_case_register_set_year_filter (reg, 2023);
  cr_case_register_set_review_type_filter (reg, CR_REVIEW_TYPE_LCSPR);
  assert_ids (reg, "3");
  cr_case_register_set_search_text (reg, "stabbed");
  assert_ids (reg, "3");
  cr_case_register_set_search_text (reg, "sleep");
  assert_ids (reg, "");
  cr_case_register_set_review_type_filter (reg, -1);
  assert_ids (reg, "2");
  cr_case_register_set_status_filter (reg, CR_CASE_STATUS_RAPID_REVIEW);
  assert_ids (reg, "2");
  cr_case_register_set_status_filter (reg, CR_CASE_STATUS_CLOSED);
  assert_ids (reg, "");

  /* Properties mirror the setters */
  {
    int year = 0, status = 0;
    g_autofree char *text = NULL;

    g_object_get (reg, "year-filter", &year, "status-filter", &status, "search-text", &text, NULL);
    g_assert_cmpint (year, ==, 2023);
    g_assert_cmpint (status, ==, CR_CASE_STATUS_CLOSED);
    g_assert_cmpstr (text, ==, "sleep");
  }
}

typedef struct
{
  GtkFilterChange last;
  guint           count;
} ChangeLog;

static void
on_filter_changed_cb (GtkFilter       *filter,
                      GtkFilterChange  change,
                      ChangeLog       *log)
{
  log->last = change;
  log->count++;
}

static void
expect_change (ChangeLog       *log,
               guint           *seen,
               GtkFilterChange  expected)
{
  g_assert_cmpuint (log->count, ==, *seen + 1);
  g_assert_cmpint (log->last, ==, expected);
  *seen = log->count;
}

static void
test_filter_change_kinds (void)
{
  g_autoptr(CrCaseRegister) reg = make_register ();
  GtkFilter *filter = gtk_filter_list_model_get_filter (GTK_FILTER_LIST_MODEL (cr_case_register_get_model (reg)));
  ChangeLog log = { 0 };
  guint seen = 0;

  g_signal_connect (filter, "changed", G_CALLBACK (on_filter_changed_cb), &log);

  /* Typing on narrows */
  cr_case_register_set_search_text (reg, "c");
  expect_change (&log, &seen, GTK_FILTER_CHANGE_MORE_STRICT);
  assert_ids (reg, "1,2,3,4,5");
  cr_case_register_set_search_text (reg, "ch");
  expect_change (&log, &seen, GTK_FILTER_CHANGE_MORE_STRICT);
  assert_ids (reg, "1,2,3,5");
  cr_case_register_set_search_text (reg, "chi");
  expect_change (&log, &seen, GTK_FILTER_CHANGE_MORE_STRICT);
  cr_case_register_set_search_text (reg, "chi police");
  expect_change (&log, &seen, GTK_FILTER_CHANGE_MORE_STRICT);
  assert_ids (reg, "1,3");
  /* A trailing space changes no word: nothing to filter again */
  cr_case_register_set_search_text (reg, "chi police ");
  g_assert_cmpuint (log.count, ==, seen);
  /* Deleting widens */
  cr_case_register_set_search_text (reg, "chi pol");
  expect_change (&log, &seen, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_ids (reg, "1,3");
  cr_case_register_set_search_text (reg, "chi");
  expect_change (&log, &seen, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_ids (reg, "1,2,3,5");
  /* Replacing is different */
  cr_case_register_set_search_text (reg, "baby");
  expect_change (&log, &seen, GTK_FILTER_CHANGE_DIFFERENT);
  assert_ids (reg, "2");
  cr_case_register_set_search_text (reg, NULL);
  expect_change (&log, &seen, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_ids (reg, "1,2,3,4,5");

  /* Single-value filters */
  cr_case_register_set_status_filter (reg, CR_CASE_STATUS_CLOSED);
  expect_change (&log, &seen, GTK_FILTER_CHANGE_MORE_STRICT);
  cr_case_register_set_status_filter (reg, CR_CASE_STATUS_CLOSED);
  g_assert_cmpuint (log.count, ==, seen);
  cr_case_register_set_status_filter (reg, CR_CASE_STATUS_NOTIFIED);
  expect_change (&log, &seen, GTK_FILTER_CHANGE_DIFFERENT);
  assert_ids (reg, "4");
  cr_case_register_set_status_filter (reg, -1);
  expect_change (&log, &seen, GTK_FILTER_CHANGE_LESS_STRICT);

  cr_case_register_set_review_type_filter (reg, CR_REVIEW_TYPE_LCSPR);
  expect_change (&log, &seen, GTK_FILTER_CHANGE_MORE_STRICT);
  cr_case_register_set_review_type_filter (reg, CR_REVIEW_TYPE_NATIONAL);
  expect_change (&log, &seen, GTK_FILTER_CHANGE_DIFFERENT);
  cr_case_register_set_review_type_filter (reg, -1);
  expect_change (&log, &seen, GTK_FILTER_CHANGE_LESS_STRICT);

  cr_case_register_set_year_filter (reg, 2024);
  expect_change (&log, &seen, GTK_FILTER_CHANGE_MORE_STRICT);
  cr_case_register_set_year_filter (reg, 2022);
  expect_change (&log, &seen, GTK_FILTER_CHANGE_DIFFERENT);
  assert_ids (reg, "1");
  cr_case_register_set_year_filter (reg, 0);
  expect_change (&log, &seen, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_ids (reg, "1,2,3,4,5");
}

typedef struct
{
  guint count;
  guint position, removed, added;
} ItemsLog;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     ItemsLog   *log)
{
  log->count++;
  log->position = position;
  log->removed = removed;
  log->added = added;
}

static void
test_set_cases_one_emission (void)
{
  g_autoptr(CrCaseRegister) reg = make_register ();
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  ItemsLog log = { 0 };

  g_signal_connect (cr_case_register_get_store (reg), "items-changed",
                    G_CALLBACK (on_items_changed_cb), &log);

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *ref = g_strdup_printf ("CR-2025-%03u", i);
      g_ptr_array_add (cases, make_case (100 + i, ref, "Child X", CR_CASE_STATUS_REFERRED,
                                         CR_REVIEW_TYPE_UNDECIDED, NULL, NULL, NULL, NULL));
    }

  cr_case_register_set_cases (reg, cases);
  g_assert_cmpuint (log.count, ==, 1);
  g_assert_cmpuint (log.position, ==, 0);
  g_assert_cmpuint (log.removed, ==, 5);
  g_assert_cmpuint (log.added, ==, 3);
  g_assert_cmpuint (cr_case_register_get_n_cases (reg), ==, 3);

  /* The old ids are gone, the new ones found */
  g_assert_null (cr_case_register_lookup (reg, 1));
  g_assert_nonnull (cr_case_register_lookup (reg, 101));
  g_assert_cmpstr (cr_case_get_reference (cr_case_register_lookup (reg, 102)), ==, "CR-2025-002");
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_upsert (void)
{
  g_autoptr(CrCaseRegister) reg = make_register ();
  g_autoptr(CrCase) replacement = NULL;
  g_autoptr(CrCase) added = NULL;
  g_autoptr(CrCase) unsaved = NULL;
  g_autoptr(CrCase) third = NULL;
  ItemsLog log = { 0 };
  guint n_cases_notifies = 0;
  CrCase *stored;

  g_signal_connect (cr_case_register_get_store (reg), "items-changed",
                    G_CALLBACK (on_items_changed_cb), &log);
  g_signal_connect (reg, "notify::n-cases", G_CALLBACK (count_cb), &n_cases_notifies);

  cr_case_register_set_status_filter (reg, CR_CASE_STATUS_LCSPR_ANALYSIS);
  assert_ids (reg, "3");

  /* Replace case 3 in place with a copy that moved on: it leaves the
   * filtered view, and stays at position 2 of the store */
  replacement = cr_case_copy (cr_case_register_lookup (reg, 3));
  g_assert_true (cr_case_transition (replacement, CR_CASE_STATUS_LCSPR_SIGN_OFF, NULL));
  cr_case_register_upsert (reg, replacement);
  g_assert_cmpuint (log.count, ==, 1);
  g_assert_cmpuint (log.position, ==, 2);
  g_assert_cmpuint (log.removed, ==, 1);
  g_assert_cmpuint (log.added, ==, 1);
  g_assert_cmpuint (n_cases_notifies, ==, 0);
  g_assert_true (cr_case_register_lookup (reg, 3) == replacement);
  assert_ids (reg, "");

  cr_case_register_set_status_filter (reg, CR_CASE_STATUS_LCSPR_SIGN_OFF);
  assert_ids (reg, "3");

  /* A new id is appended */
  added = make_case (6, "CR-2025-006", "Child F", CR_CASE_STATUS_LCSPR_SIGN_OFF,
                     CR_REVIEW_TYPE_LCSPR, "2025-01-02", NULL, NULL, NULL);
  cr_case_register_upsert (reg, added);
  g_assert_cmpuint (log.count, ==, 2);
  g_assert_cmpuint (log.position, ==, 5);
  g_assert_cmpuint (log.removed, ==, 0);
  g_assert_cmpuint (log.added, ==, 1);
  g_assert_cmpuint (n_cases_notifies, ==, 1);
  g_assert_cmpuint (cr_case_register_get_n_cases (reg), ==, 6);
  g_assert_true (cr_case_register_lookup (reg, 6) == added);
  assert_ids (reg, "3,6");

  /* Id 0 (not stored yet) is always appended, never looked up */
  unsaved = make_case (0, "CR-2025-007", "Child G", CR_CASE_STATUS_REFERRED,
                       CR_REVIEW_TYPE_UNDECIDED, NULL, NULL, NULL, NULL);
  cr_case_register_upsert (reg, unsaved);
  g_assert_cmpuint (cr_case_register_get_n_cases (reg), ==, 7);
  g_assert_null (cr_case_register_lookup (reg, 0));

  /* Upserting the stored object after changing it re-filters it */
  stored = cr_case_register_lookup (reg, 6);
  g_assert_true (cr_case_transition (stored, CR_CASE_STATUS_PRE_PUBLICATION, NULL));
  assert_ids (reg, "3,6");   /* the filter has not looked yet */
  cr_case_register_upsert (reg, stored);
  assert_ids (reg, "3");
  g_assert_cmpuint (cr_case_register_get_n_cases (reg), ==, 7);
  g_assert_true (cr_case_register_lookup (reg, 6) == stored);

  /* Changes made to the store directly are noticed by lookups */
  third = make_case (8, "CR-2025-008", "Child H", CR_CASE_STATUS_REFERRED,
                     CR_REVIEW_TYPE_UNDECIDED, NULL, NULL, NULL, NULL);
  g_list_store_insert (cr_case_register_get_store (reg), 0, third);
  g_assert_cmpuint (n_cases_notifies, ==, 3);
  g_assert_true (cr_case_register_lookup (reg, 8) == third);
  g_assert_true (cr_case_register_lookup (reg, 1) != NULL);
  g_assert_cmpint (cr_case_get_id (cr_case_register_lookup (reg, 1)), ==, 1);
  g_clear_object (&replacement);
  replacement = cr_case_copy (cr_case_register_lookup (reg, 5));
  cr_case_set_pseudonym (replacement, "Child E (renamed)");
  cr_case_register_upsert (reg, replacement);
  g_assert_cmpuint (cr_case_register_get_n_cases (reg), ==, 8);
  g_assert_cmpstr (cr_case_get_pseudonym (cr_case_register_lookup (reg, 5)), ==, "Child E (renamed)");
  {
    g_autoptr(CrCase) at5 = g_list_model_get_item (G_LIST_MODEL (cr_case_register_get_store (reg)), 5);
    g_assert_true (at5 == replacement);
  }
}

static void
test_years (void)
{
  g_autoptr(CrCaseRegister) reg = make_register ();
  g_autoptr(GArray) years = cr_case_register_dup_years (reg);

  g_assert_cmpuint (years->len, ==, 3);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2024);
  g_assert_cmpint (g_array_index (years, int, 1), ==, 2023);
  g_assert_cmpint (g_array_index (years, int, 2), ==, 2022);
}

static char *
sorted_ids (CrCaseRegister *reg,
            const char     *column)
{
  g_autoptr(GtkSortListModel) sorted = NULL;

  sorted = gtk_sort_list_model_new (g_object_ref (cr_case_register_get_model (reg)),
                                    cr_case_register_create_sorter (column));
  return model_ids (G_LIST_MODEL (sorted));
}

static void
assert_sorted (CrCaseRegister *reg,
               const char     *column,
               const char     *expected)
{
  g_autofree char *ids = sorted_ids (reg, column);

  if (g_strcmp0 (ids, expected) != 0)
    g_error ("sorted by %s: got %s, expected %s", column, ids, expected);
}

static void
test_sorters (void)
{
  g_autoptr(CrCaseRegister) reg = cr_case_register_new ();
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);

  /* next deadlines (fixed by the anchors, whatever today is):
   * 1: referred, aware 2024-03-01  -> 2024-03-08
   * 2: notified, no notified date  -> none
   * 3: rapid review, notified 2023-01-09 -> 2023-01-30
   * 4: closed                      -> none
   * 5: lcspr-evidence, decision 2023-06-30 -> 2023-12-30 */
  g_ptr_array_add (cases, make_case (1, "cr-2024-010", "zoe", CR_CASE_STATUS_REFERRED,
                                     CR_REVIEW_TYPE_UNDECIDED, "2024-03-01",
                                     "Police", "Neglect", NULL));
  g_ptr_array_add (cases, make_case (2, "CR-2024-002", "Child B", CR_CASE_STATUS_NOTIFIED,
                                     CR_REVIEW_TYPE_UNDECIDED, "2024-03-04",
                                     NULL, "Domestic abuse", NULL));
  g_ptr_array_add (cases, make_case (3, "CR-2023-005", "anna", CR_CASE_STATUS_RAPID_REVIEW,
                                     CR_REVIEW_TYPE_UNDECIDED, "2023-01-05",
                                     "Children's social care", NULL, NULL));
  g_ptr_array_add (cases, make_case (4, "CR-2021-001", "Baby D", CR_CASE_STATUS_CLOSED,
                                     CR_REVIEW_TYPE_LCSPR, "2021-01-01",
                                     "Ambulance service", "Unsafe sleep", NULL));
  g_ptr_array_add (cases, make_case (5, "CR-2023-001", "Child E", CR_CASE_STATUS_LCSPR_EVIDENCE,
                                     CR_REVIEW_TYPE_LCSPR, "2023-03-03",
                                     "Health visiting", "Child criminal exploitation", NULL));
  cr_case_set_notified_date (g_ptr_array_index (cases, 2), "2023-01-09");
  cr_case_set_decision_date (g_ptr_array_index (cases, 4), "2023-06-30");
  cr_case_register_set_cases (reg, cases);

  g_assert_cmpstr (cr_case_get_next_deadline (g_ptr_array_index (cases, 0)), ==, "2024-03-08");
  g_assert_cmpstr (cr_case_get_next_deadline (g_ptr_array_index (cases, 2)), ==, "2023-01-30");
  g_assert_cmpstr (cr_case_get_next_deadline (g_ptr_array_index (cases, 4)), ==, "2023-12-30");

  assert_sorted (reg, "reference", "4,5,3,2,1");
  assert_sorted (reg, "pseudonym", "3,4,2,5,1");
  /* referred(0) notified(2) rapid-review(3) lcspr-evidence(7) closed(16) */
  assert_sorted (reg, "status", "1,2,3,5,4");
  /* dated first, earliest first; undated last */
  {
    g_autofree char *ids = sorted_ids (reg, "next-deadline");
    g_assert_true (g_str_has_prefix (ids, "3,5,1,"));
    g_assert_true (g_str_has_suffix (ids, ",2,4") || g_str_has_suffix (ids, ",4,2"));
  }
  /* NULL agencies/themes sort together at one end */
  {
    g_autofree char *agencies = sorted_ids (reg, "agencies");
    g_autofree char *themes = sorted_ids (reg, "themes");

    g_assert_true (g_str_has_suffix (agencies, "4,3,5,1") || g_str_has_prefix (agencies, "4,3,5,1"));
    g_assert_true (strstr (themes, "5,2,1,4") != NULL);
  }

  /* Each case keeps its collation keys; changing a column sorts it anew. */
  cr_case_set_reference (g_ptr_array_index (cases, 0), "CR-2020-001");
  cr_case_set_pseudonym (g_ptr_array_index (cases, 2), "Zed");
  assert_sorted (reg, "reference", "1,4,5,3,2");
  assert_sorted (reg, "pseudonym", "4,2,5,3,1");

  /* Sorting follows the filter */
  cr_case_register_set_review_type_filter (reg, CR_REVIEW_TYPE_LCSPR);
  assert_sorted (reg, "reference", "4,5");
}

/*
 * 100 000 cases
 */

#define N_BIG 100000

static const char *big_agencies[] = { "Police", "Health visiting", "Children's social care", NULL };
static const char *big_themes[] = { "Neglect", "Domestic abuse", "Unsafe sleep", "Online harm", "Voice of the child" };

static void
test_hundred_thousand (void)
{
  g_autoptr(CrCaseRegister) reg = cr_case_register_new ();
  g_autoptr(GPtrArray) cases = g_ptr_array_new_full (N_BIG, g_object_unref);
  guint expect_status = 0, expect_lcspr_2021 = 0, expect_neglect_police = 0;
  guint expect_combined = 0, expect_ref = 0;
  g_autoptr(GTimer) timer = g_timer_new ();
  GListModel *model;

  for (guint i = 0; i < N_BIG; i++)
    {
      g_autofree char *ref = g_strdup_printf ("CR-%04u-%05u", 2015 + i % 10, i);
      g_autofree char *pseudonym = g_strdup_printf ("Child %u", i);
      g_autofree char *aware = g_strdup_printf ("%04u-%02u-%02u", 2015 + i % 10, 1 + i % 12, 1 + i % 28);
      CrCaseStatus status = i % (CR_CASE_STATUS_LAST + 1);
      CrReviewType type = i % 6;
      const char *agencies = big_agencies[i % 4];
      const char *themes = big_themes[i % 5];
      guint year = 2015 + i % 10;

      g_ptr_array_add (cases, make_case (i + 1, ref, pseudonym, status, type, aware,
                                         agencies, themes, NULL));

      expect_status += status == CR_CASE_STATUS_PAUSED;
      expect_lcspr_2021 += type == CR_REVIEW_TYPE_LCSPR && year == 2021;
      expect_neglect_police += i % 5 == 0 && i % 4 == 0;
      expect_combined += i % 5 == 0 && i % 4 == 0 && year == 2015 && status == CR_CASE_STATUS_REFERRED;
      expect_ref += strstr (ref, "-2019-0012") != NULL;
    }
  g_test_message ("built %u cases in %.2f s", N_BIG, g_timer_elapsed (timer, NULL));

  g_timer_start (timer);
  cr_case_register_set_cases (reg, cases);
  model = cr_case_register_get_model (reg);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_BIG);
  g_test_message ("set_cases: %.3f s", g_timer_elapsed (timer, NULL));

  g_timer_start (timer);
  cr_case_register_set_status_filter (reg, CR_CASE_STATUS_PAUSED);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expect_status);
  cr_case_register_set_status_filter (reg, -1);

  cr_case_register_set_review_type_filter (reg, CR_REVIEW_TYPE_LCSPR);
  cr_case_register_set_year_filter (reg, 2021);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expect_lcspr_2021);
  cr_case_register_set_review_type_filter (reg, -1);
  cr_case_register_set_year_filter (reg, 0);

  cr_case_register_set_search_text (reg, "neglect");
  cr_case_register_set_search_text (reg, "neglect police");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expect_neglect_police);
  cr_case_register_set_year_filter (reg, 2015);
  cr_case_register_set_status_filter (reg, CR_CASE_STATUS_REFERRED);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expect_combined);
  g_assert_cmpuint (expect_combined, >, 0);
  cr_case_register_set_status_filter (reg, -1);
  cr_case_register_set_year_filter (reg, 0);

  cr_case_register_set_search_text (reg, "cr-2019-0012");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expect_ref);
  cr_case_register_set_search_text (reg, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_BIG);
  g_test_message ("filters: %.3f s", g_timer_elapsed (timer, NULL));

  /* Upserts and lookups stay cheap */
  g_timer_start (timer);
  for (guint i = 0; i < 2000; i++)
    {
      gint64 id = 1 + (gint64) (i * 49999u % N_BIG);
      g_autoptr(CrCase) copy = cr_case_copy (cr_case_register_lookup (reg, id));

      cr_case_set_summary (copy, "updated");
      cr_case_register_upsert (reg, copy);
      g_assert_true (cr_case_register_lookup (reg, id) == copy);
    }
  g_assert_cmpuint (cr_case_register_get_n_cases (reg), ==, N_BIG);
  g_test_message ("2000 upserts: %.3f s", g_timer_elapsed (timer, NULL));
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 5.0);

  g_timer_start (timer);
  {
    g_autoptr(GArray) years = cr_case_register_dup_years (reg);
    g_autofree char *ids = NULL;
    g_autoptr(GtkSortListModel) sorted = NULL;
    g_autoptr(CrCase) first = NULL;

    g_assert_cmpuint (years->len, ==, 10);
    g_assert_cmpint (g_array_index (years, int, 0), ==, 2024);

    sorted = gtk_sort_list_model_new (g_object_ref (model),
                                      cr_case_register_create_sorter ("reference"));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sorted)), ==, N_BIG);
    first = g_list_model_get_item (G_LIST_MODEL (sorted), 0);
    g_assert_cmpstr (cr_case_get_reference (first), ==, "CR-2015-00000");
  }
  g_test_message ("years and sort: %.3f s", g_timer_elapsed (timer, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-register/search", test_search);
  g_test_add_func ("/case-register/filters", test_filters);
  g_test_add_func ("/case-register/filter-change-kinds", test_filter_change_kinds);
  g_test_add_func ("/case-register/set-cases-one-emission", test_set_cases_one_emission);
  g_test_add_func ("/case-register/upsert", test_upsert);
  g_test_add_func ("/case-register/years", test_years);
  g_test_add_func ("/case-register/sorters", test_sorters);
  g_test_add_func ("/case-register/hundred-thousand", test_hundred_thousand);

  return g_test_run ();
}
