/* test-widgets.c: the application's template widgets with real data */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cr-case-register-cells.h"
#include "cr-case-register-view.h"
#include "cr-deadline-policy.h"
#include "cr-case-status.h"
#include "cr-new-case-dialog.h"
#include "cr-report-window.h"
#include "cr-review-window.h"
#include "cr-case-register.h"
#include "cr-test-utils.h"
#include "cr-util.h"
#include "cr-window.h"

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static CrCase *
make_case (gint64        id,
           const char   *reference,
           const char   *pseudonym,
           CrCaseStatus  status,
           CrReviewType  review_type,
           const char   *incident,
           const char   *aware,
           const char   *notified,
           const char   *agencies,
           const char   *themes)
{
  CrCase *kase = cr_case_new ();

  cr_case_set_id (kase, id);
  cr_case_set_reference (kase, reference);
  cr_case_set_pseudonym (kase, pseudonym);
  cr_case_set_status (kase, status);
  cr_case_set_review_type (kase, review_type);
  cr_case_set_incident_date (kase, incident);
  cr_case_set_aware_date (kase, aware);
  cr_case_set_notified_date (kase, notified);
  cr_case_set_agencies (kase, agencies);
  cr_case_set_themes (kase, themes);
  return kase;
}

/* Four cases over three years; CR-2024-001 is long overdue. */
static GPtrArray *
make_cases (gboolean with_ids)
{
  GPtrArray *cases = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (cases, make_case (with_ids ? 1 : 0, "CR-2024-001", "Child A",
                                     CR_CASE_STATUS_REFERRED, CR_REVIEW_TYPE_UNDECIDED,
                                     "2024-03-01", "2024-03-02", NULL,
                                     "Police, Health visiting", "Neglect"));
  g_ptr_array_add (cases, make_case (with_ids ? 2 : 0, "CR-2025-002", "Child B",
                                     CR_CASE_STATUS_RAPID_REVIEW, CR_REVIEW_TYPE_RAPID_REVIEW_ONLY,
                                     "2025-01-10", "2025-01-12", "2025-01-15",
                                     "Children's social care", "Domestic abuse"));
  g_ptr_array_add (cases, make_case (with_ids ? 3 : 0, "CR-2025-003", "Baby C",
                                     CR_CASE_STATUS_CLOSED, CR_REVIEW_TYPE_LCSPR,
                                     "2025-05-30", "2025-06-01", "2025-06-03",
                                     "Education", "Neglect, Mental health"));
  g_ptr_array_add (cases, make_case (with_ids ? 4 : 0, "CR-2023-004", "Child D",
                                     CR_CASE_STATUS_LCSPR_ANALYSIS, CR_REVIEW_TYPE_LCSPR,
                                     "2023-01-28", "2023-02-01", "2023-02-03",
                                     "Police", "Physical abuse"));
  return cases;
}

static guint
n_visible (CrCaseRegisterView *view)
{
  return g_list_model_get_n_items (cr_case_register_view_get_visible_model (view));
}

static char *
visible_reference (CrCaseRegisterView *view,
                   guint               position)
{
  g_autoptr(CrCase) kase = g_list_model_get_item (cr_case_register_view_get_visible_model (view), position);

  g_assert_nonnull (kase);
  return g_strdup (cr_case_get_reference (kase));
}

static const char *
count_text (CrCaseRegisterView *view)
{
  return gtk_label_get_label (template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "count_label"));
}

static const char *
results_page (CrCaseRegisterView *view)
{
  return gtk_stack_get_visible_child_name (template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "results_stack"));
}

typedef struct
{
  CrCaseRegister *reg;
  const char     *text;
} SearchWait;

static gboolean
search_applied (gpointer data)
{
  SearchWait *wait = data;

  const char *applied = cr_case_register_get_search_text (wait->reg);

  /* An empty search may be kept as NULL. */
  return g_strcmp0 (applied ? applied : "", wait->text) == 0;
}

static void
type_search (CrCaseRegisterView *view,
             const char         *text)
{
  SearchWait wait = { cr_case_register_view_get_register (view), text };

  /* GtkSearchEntry waits a moment after typing before "search-changed". */
  gtk_editable_set_text (template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "search_entry"), text);
  cr_test_wait_until (search_applied, &wait, "the search text to reach the register");
}

static gboolean
has_overdue_cell (gpointer data)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  cr_test_collect_widgets (data, GTK_TYPE_INSCRIPTION, cells);
  for (guint i = 0; i < cells->len; i++)
    {
      const char *text = gtk_inscription_get_text (cells->pdata[i]);

      if (text != NULL && g_str_has_prefix (text, "Overdue by ")
          && gtk_widget_has_css_class (cells->pdata[i], "deadline-overdue"))
        return TRUE;
    }

  return FALSE;
}


/*
 * CrCaseRegisterView
 */

static void
test_register_view_filters (void)
{
  g_autoptr(CrCaseRegister) reg = cr_case_register_new ();
  g_autoptr(GPtrArray) cases = make_cases (TRUE);
  CrCaseRegisterView *view;
  GtkDropDown *status_dropdown, *review_type_dropdown, *year_dropdown;
  GListModel *years;
  GtkWindow *window;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  cr_case_register_set_cases (reg, cases);

  window = GTK_WINDOW (gtk_window_new ());
  view = CR_CASE_REGISTER_VIEW (cr_case_register_view_new ());
  gtk_window_set_child (window, GTK_WIDGET (view));
  cr_case_register_view_set_register (view, reg);

  /* Everything shows, sorted by reference. */
  g_assert_cmpuint (n_visible (view), ==, 4);
  g_assert_cmpstr (count_text (view), ==, "4 cases");
  first = visible_reference (view, 0);
  last = visible_reference (view, 3);
  g_assert_cmpstr (first, ==, "CR-2023-004");
  g_assert_cmpstr (last, ==, "CR-2025-003");

  /* Search narrows the register, and the count says so. */
  type_search (view, "neglect");
  g_assert_cmpuint (n_visible (view), ==, 2);
  g_assert_cmpstr (count_text (view), ==, "2 of 4 cases");
  type_search (view, "neglect BABY");
  g_assert_cmpuint (n_visible (view), ==, 1);
  g_assert_cmpstr (count_text (view), ==, "1 of 4 cases");
  g_assert_cmpstr (results_page (view), ==, "list");

  type_search (view, "no such case anywhere");
  g_assert_cmpuint (n_visible (view), ==, 0);
  g_assert_cmpstr (count_text (view), ==, "0 of 4 cases");
  g_assert_cmpstr (results_page (view), ==, "no-results");

  type_search (view, "");
  g_assert_cmpuint (n_visible (view), ==, 4);

  /* Status: entry 0 is "All statuses", then the statuses in enum order. */
  status_dropdown = template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "status_dropdown");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (status_dropdown)), ==, CR_CASE_STATUS_LAST + 2);
  gtk_drop_down_set_selected (status_dropdown, CR_CASE_STATUS_CLOSED + 1);
  g_assert_cmpint (cr_case_register_get_status_filter (reg), ==, CR_CASE_STATUS_CLOSED);
  g_assert_cmpuint (n_visible (view), ==, 1);
  gtk_drop_down_set_selected (status_dropdown, 0);
  g_assert_cmpint (cr_case_register_get_status_filter (reg), ==, -1);
  g_assert_cmpuint (n_visible (view), ==, 4);

  /* Review type. */
  review_type_dropdown = template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "review_type_dropdown");
  gtk_drop_down_set_selected (review_type_dropdown, CR_REVIEW_TYPE_LCSPR + 1);
  g_assert_cmpint (cr_case_register_get_review_type_filter (reg), ==, CR_REVIEW_TYPE_LCSPR);
  g_assert_cmpuint (n_visible (view), ==, 2);

  /* Year: "All years", then the years newest first. */
  cr_test_spin (50);
  year_dropdown = template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "year_dropdown");
  years = gtk_drop_down_get_model (year_dropdown);
  g_assert_cmpuint (g_list_model_get_n_items (years), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (years), 1), ==, "2025");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (years), 3), ==, "2023");
  gtk_drop_down_set_selected (year_dropdown, 1);
  g_assert_cmpint (cr_case_register_get_year_filter (reg), ==, 2025);
  /* LCSPR and 2025 together: only Baby C. */
  g_assert_cmpuint (n_visible (view), ==, 1);
  g_assert_cmpstr (count_text (view), ==, "1 of 4 cases");

  /* A new year appears in the year filter once a case carries it. */
  {
    g_autoptr(CrCase) extra = make_case (5, "CR-2022-005", "Child E",
                                         CR_CASE_STATUS_CLOSED, CR_REVIEW_TYPE_LCSPR,
                                         "2022-04-01", "2022-04-02", "2022-04-04",
                                         NULL, NULL);

    cr_case_register_upsert (reg, extra);
    cr_test_spin (50);
    years = gtk_drop_down_get_model (year_dropdown);
    g_assert_cmpuint (g_list_model_get_n_items (years), ==, 5);
    /* The chosen year stays chosen. */
    g_assert_cmpuint (gtk_drop_down_get_selected (year_dropdown), ==, 1);
    g_assert_cmpint (cr_case_register_get_year_filter (reg), ==, 2025);
  }

  /* "Clear Search and Filters" brings everything back. */
  type_search (view, "zzz");
  g_assert_cmpstr (results_page (view), ==, "no-results");
  g_signal_emit_by_name (adw_status_page_get_child (template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "no_results_page")),
                         "clicked");
  g_assert_cmpuint (n_visible (view), ==, 5);
  g_assert_cmpint (cr_case_register_get_status_filter (reg), ==, -1);
  g_assert_cmpint (cr_case_register_get_review_type_filter (reg), ==, -1);
  g_assert_cmpint (cr_case_register_get_year_filter (reg), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (year_dropdown), ==, 0);
  g_assert_cmpstr (results_page (view), ==, "list");

  gtk_window_destroy (window);
}

/* Deadlines counted again (here: the rapid review clock moved from the
 * notification to awareness) resort the register by next deadline. */
typedef struct
{
  CrCaseRegisterView *view;
  const char         *first;
} FirstWait;

static gboolean
first_is (gpointer data)
{
  FirstWait *wait = data;
  g_autofree char *first = visible_reference (wait->view, 0);

  return g_strcmp0 (first, wait->first) == 0;
}

static void
test_register_view_resorts_deadlines (void)
{
  g_autoptr(CrCaseRegister) reg = cr_case_register_new ();
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  CrDeadlinePolicy *policy = cr_deadline_policy_get_default ();
  CrCaseRegisterView *view;
  GtkColumnView *column_view;
  GtkWindow *window;
  FirstWait wait;

  /* From the notification: Y 5 Nov + 15 = 26 Nov before X 6 Nov + 15 =
   * 27 Nov. From awareness: X 2 Nov + 15 = 23 Nov before Y 4 Nov + 15 =
   * 25 Nov. */
  g_ptr_array_add (cases, make_case (1, "CR-2026-00X", "Child X", CR_CASE_STATUS_NOTIFIED,
                                     CR_REVIEW_TYPE_UNDECIDED, "2026-11-01", "2026-11-02",
                                     "2026-11-06", NULL, NULL));
  g_ptr_array_add (cases, make_case (2, "CR-2026-00Y", "Child Y", CR_CASE_STATUS_NOTIFIED,
                                     CR_REVIEW_TYPE_UNDECIDED, "2026-11-01", "2026-11-04",
                                     "2026-11-05", NULL, NULL));
  cr_case_register_set_cases (reg, cases);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1000, 600);
  view = CR_CASE_REGISTER_VIEW (cr_case_register_view_new ());
  gtk_window_set_child (window, GTK_WIDGET (view));
  cr_case_register_view_set_register (view, reg);
  gtk_window_present (window);

  column_view = template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "column_view");
  gtk_column_view_sort_by_column (column_view,
                                  template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "deadline_column"),
                                  GTK_SORT_ASCENDING);
  wait = (FirstWait) { view, "CR-2026-00Y" };
  cr_test_wait_until (first_is, &wait, "Y first, counted from the notification");

  cr_deadline_policy_set_rapid_review_clock_start (policy, CR_RAPID_REVIEW_CLOCK_AWARENESS);
  wait.first = "CR-2026-00X";
  cr_test_wait_until (first_is, &wait, "X first, counted from awareness");

  cr_deadline_policy_set_rapid_review_clock_start (policy, CR_RAPID_REVIEW_CLOCK_NOTIFICATION);
  wait.first = "CR-2026-00Y";
  cr_test_wait_until (first_is, &wait, "Y first again");

  gtk_window_destroy (window);
}

static void
test_register_view_sort_and_select (void)
{
  g_autoptr(CrCaseRegister) reg = cr_case_register_new ();
  g_autoptr(GPtrArray) cases = make_cases (TRUE);
  CrCaseRegisterView *view;
  GtkColumnView *column_view;
  GtkWindow *window;
  CrCase *selected;
  g_autofree char *first = NULL;

  cr_case_register_set_cases (reg, cases);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1000, 600);
  view = CR_CASE_REGISTER_VIEW (cr_case_register_view_new ());
  gtk_window_set_child (window, GTK_WIDGET (view));
  cr_case_register_view_set_register (view, reg);
  gtk_window_present (window);

  /* The column view's own sorter drives the order. */
  column_view = template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "column_view");
  gtk_column_view_sort_by_column (column_view,
                                  template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "pseudonym_column"),
                                  GTK_SORT_ASCENDING);
  first = visible_reference (view, 0);
  g_assert_cmpstr (first, ==, "CR-2025-003");   /* Baby C */

  /* Selecting by id exposes the case as selected-case. */
  g_assert_null (cr_case_register_view_get_selected_case (view));
  g_assert_true (cr_case_register_view_select_id (view, 2));
  selected = cr_case_register_view_get_selected_case (view);
  g_assert_nonnull (selected);
  g_assert_cmpstr (cr_case_get_pseudonym (selected), ==, "Child B");
  g_assert_false (cr_case_register_view_select_id (view, 999));
  g_assert_true (cr_case_register_view_select_id (view, 0));
  g_assert_null (cr_case_register_view_get_selected_case (view));

  /* The overdue deadline is drawn with the overdue style. */
  cr_test_wait_until (has_overdue_cell, view, "an overdue deadline cell");

  gtk_window_destroy (window);
}

/* The register's cell showing exactly @text, or NULL. */
static GtkWidget *
find_cell (GtkWidget  *view,
           const char *text)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  cr_test_collect_widgets (view, GTK_TYPE_INSCRIPTION, cells);
  for (guint i = 0; i < cells->len; i++)
    {
      if (g_strcmp0 (gtk_inscription_get_text (cells->pdata[i]), text) == 0)
        return cells->pdata[i];
    }

  return NULL;
}

static gboolean
has_child_a_cell (gpointer data)
{
  return find_cell (data, "Child A") != NULL;
}

static void
test_register_view_cells_follow_case (void)
{
  g_autoptr(CrCaseRegister) reg = cr_case_register_new ();
  g_autoptr(GPtrArray) cases = make_cases (TRUE);
  g_autoptr(GPtrArray) no_cases = g_ptr_array_new ();
  g_autoptr(CrCase) child_d = NULL;
  g_autofree char *decided = NULL;
  g_autofree char *expected = NULL;
  CrCase *child_a = g_ptr_array_index (cases, 0);
  CrCaseRegisterView *view;
  GtkWindow *window;
  GtkWidget *cell;
  GtkWidget *status_cell;
  GDate date;

  cr_case_register_set_cases (reg, cases);
  child_d = g_object_ref (g_ptr_array_index (cases, 3));

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1200, 600);
  view = CR_CASE_REGISTER_VIEW (cr_case_register_view_new ());
  gtk_window_set_child (window, GTK_WIDGET (view));
  cr_case_register_view_set_register (view, reg);
  gtk_window_present (window);
  cr_test_wait_until (has_child_a_cell, view, "the register's cells");

  /* A bound row follows its case without being rebound. */
  cell = find_cell (GTK_WIDGET (view), "Child A");
  cr_case_set_pseudonym (child_a, "Child Z");
  g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (cell)), ==, "Child Z");
  g_assert_null (find_cell (GTK_WIDGET (view), "Child A"));

  /* Child A must notify the Panel within working days, and is overdue. */
  expected = cr_case_register_format_deadline (cr_case_get_next_deadline (child_a),
                                               cr_case_get_days_left (child_a));
  g_assert_nonnull (strstr (expected, "working day"));
  cell = find_cell (GTK_WIDGET (view), expected);
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_has_css_class (cell, "deadline-overdue"));
  g_clear_pointer (&expected, g_free);

  /* Child D has no decision date, so no deadline yet. Once the review is
   * decided, the 6-month deadline counts calendar days. */
  g_assert_null (cr_case_get_next_deadline (child_d));
  cr_date_set_today (&date);
  g_date_subtract_months (&date, 1);
  decided = cr_date_to_iso (&date);
  cr_case_set_decision_date (child_d, decided);
  g_assert_nonnull (cr_case_get_next_deadline (child_d));
  g_assert_cmpint (cr_case_get_days_left (child_d), >, 3);
  expected = cr_case_register_format_deadline_full (cr_case_get_next_deadline (child_d),
                                                    cr_case_get_days_left (child_d), FALSE);
  g_assert_nonnull (strstr (expected, " days left"));
  g_assert_null (strstr (expected, "working"));
  cell = find_cell (GTK_WIDGET (view), expected);
  g_assert_nonnull (cell);
  g_assert_false (gtk_widget_has_css_class (cell, "dim-label"));
  g_assert_false (gtk_widget_has_css_class (cell, "deadline-soon"));
  g_assert_false (gtk_widget_has_css_class (cell, "deadline-overdue"));

  /* Closing the case ends its deadline: the same cells say so. */
  status_cell = find_cell (GTK_WIDGET (view), cr_case_status_to_label (CR_CASE_STATUS_LCSPR_ANALYSIS));
  g_assert_nonnull (status_cell);
  cr_case_set_status (child_d, CR_CASE_STATUS_CLOSED);
  g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (status_cell)), ==,
                   cr_case_status_to_label (CR_CASE_STATUS_CLOSED));
  g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (cell)), ==, "None");
  g_assert_true (gtk_widget_has_css_class (cell, "dim-label"));

  /* Once the view is gone, nothing listens to the cases any more. */
  gtk_window_destroy (window);
  cr_test_spin (50);
  cr_case_register_set_cases (reg, no_cases);
  g_clear_pointer (&cases, g_ptr_array_unref);
  cr_case_set_pseudonym (child_d, "Child Y");
  g_assert_cmpuint (G_OBJECT (child_d)->ref_count, ==, 1);
}


/*
 * CrWindow
 */

static gboolean
window_settled (gpointer data)
{
  return g_strcmp0 (cr_window_get_state (data), "loading") != 0;
}

static CrWindow *
open_window (const char *path)
{
  CrWindow *window = g_object_new (CR_TYPE_WINDOW, NULL);

  g_assert_cmpstr (cr_window_get_state (window), ==, "loading");
  cr_window_open (window, path, FALSE);
  gtk_window_present (GTK_WINDOW (window));
  cr_test_wait_until (window_settled, window, "the database to open");
  return window;
}

static void
fill_database (const char *path)
{
  g_autoptr(CrDatabase) db = cr_test_open_database (path);
  g_autoptr(GPtrArray) cases = make_cases (FALSE);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;

  cr_database_create_cases_async (db, cases, NULL, cr_database_sync_cb, &res);
  cr_database_create_cases_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  cr_database_close (db);
}

static void
test_window_empty_database (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "cases.db", NULL);
  CrWindow *window = open_window (path);

  g_assert_cmpstr (cr_window_get_state (window), ==, "ready");
  g_assert_nonnull (cr_window_get_database (window));
  g_assert_cmpuint (cr_case_register_get_n_cases (cr_window_get_register (window)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (window, CR_TYPE_WINDOW, "cases_stack")), ==, "empty");
  g_assert_true (gtk_widget_is_sensitive (template_child (window, CR_TYPE_WINDOW, "empty_new_case_button")));
  g_assert_false (gtk_info_bar_get_revealed (template_child (window, CR_TYPE_WINDOW, "read_only_bar")));

  gtk_window_destroy (GTK_WINDOW (window));
  cr_test_remove_tree (dir);
}

static void
test_window_garbage_file (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "garbage.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  CrWindow *window;
  const char *description;

  g_file_set_contents (path, "This is a shopping list, not a case database.\n", -1, &error);
  g_assert_no_error (error);

  window = open_window (path);
  g_assert_cmpstr (cr_window_get_state (window), ==, "error");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (window, CR_TYPE_WINDOW, "state_stack")), ==, "error");
  g_assert_null (cr_window_get_database (window));
  description = adw_status_page_get_description (template_child (window, CR_TYPE_WINDOW, "error_page"));
  g_assert_nonnull (description);
  g_assert_nonnull (strstr (description, "garbage.db"));
  g_assert_true (gtk_widget_is_sensitive (template_child (window, CR_TYPE_WINDOW, "retry_button")));
  g_assert_false (gtk_widget_is_sensitive (template_child (window, CR_TYPE_WINDOW, "new_case_button")));

  /* The user's file is left exactly as it was. */
  g_file_get_contents (path, &after, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, "This is a shopping list, not a case database.\n");

  /* Once the file is replaced, Try Again opens it. */
  g_unlink (path);
  fill_database (path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.retry", NULL);
  g_assert_cmpstr (cr_window_get_state (window), ==, "loading");
  cr_test_wait_until (window_settled, window, "the database to reopen");
  g_assert_cmpstr (cr_window_get_state (window), ==, "ready");
  g_assert_cmpuint (cr_case_register_get_n_cases (cr_window_get_register (window)), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
  cr_test_remove_tree (dir);
}

static gboolean
leaflet_folded (gpointer data)
{
  return adw_leaflet_get_folded (data);
}

static gboolean
leaflet_unfolded (gpointer data)
{
  return !adw_leaflet_get_folded (data);
}

static void
test_window_register_and_detail (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "cases.db", NULL);
  CrWindow *window;
  CrCaseRegister *reg;
  CrCaseRegisterView *view;
  AdwLeaflet *leaflet;
  GtkStack *detail_stack;
  GtkLabel *detail_title;
  CrCase *selected;
  g_autoptr(CrCase) updated = NULL;
  gint64 id;

  fill_database (path);
  window = open_window (path);
  g_assert_cmpstr (cr_window_get_state (window), ==, "ready");

  reg = cr_window_get_register (window);
  view = template_child (window, CR_TYPE_WINDOW, "register_view");
  leaflet = template_child (window, CR_TYPE_WINDOW, "leaflet");
  detail_stack = template_child (window, CR_TYPE_WINDOW, "detail_stack");
  detail_title = template_child (window, CR_TYPE_WINDOW, "detail_title");

  g_assert_cmpuint (cr_case_register_get_n_cases (reg), ==, 4);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (window, CR_TYPE_WINDOW, "cases_stack")), ==, "register");
  g_assert_cmpuint (n_visible (view), ==, 4);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (detail_stack), ==, "none");

  /* Selecting a case shows it in the detail pane. */
  {
    g_autoptr(CrCase) first = g_list_model_get_item (cr_case_register_view_get_visible_model (view), 0);

    id = cr_case_get_id (first);
    g_assert_cmpint (id, >, 0);
    g_assert_true (cr_case_register_view_select_id (view, id));
  }
  /* Let the case page load what it shows, as a user would. */
  cr_test_spin (300);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (detail_stack), ==, "case");
  g_assert_cmpstr (gtk_label_get_label (detail_title), ==, "CR-2023-004 — Child D");

  /* A stored change from the case page updates the register and keeps the
   * selection. */
  selected = cr_case_register_view_get_selected_case (view);
  updated = cr_case_copy (selected);
  cr_case_set_pseudonym (updated, "Child Delta");
  g_signal_emit_by_name (template_child (window, CR_TYPE_WINDOW, "case_page"), "case-changed", updated);
  g_assert_cmpstr (cr_case_get_pseudonym (cr_case_register_lookup (reg, id)), ==, "Child Delta");
  selected = cr_case_register_view_get_selected_case (view);
  g_assert_nonnull (selected);
  g_assert_cmpint (cr_case_get_id (selected), ==, id);
  g_assert_cmpuint (cr_case_register_get_n_cases (reg), ==, 4);
  g_assert_cmpstr (gtk_label_get_label (detail_title), ==, "CR-2023-004 — Child Delta");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (detail_stack), ==, "case");

  /* Alt+2 / Alt+1 switch between the agencies and the cases. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-agencies", NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (template_child (window, CR_TYPE_WINDOW, "view_stack")), ==, "agencies");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (template_child (window, CR_TYPE_WINDOW, "view_stack")), ==, "cases");

  g_assert_true (leaflet_unfolded (leaflet));
  g_assert_false (gtk_widget_get_visible (template_child (window, CR_TYPE_WINDOW, "back_button")));

  gtk_window_destroy (GTK_WINDOW (window));
  cr_test_remove_tree (dir);
}

static void
test_window_narrow (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.casereviews.CaseReviews");
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "cases.db", NULL);
  CrWindow *window;
  CrCaseRegisterView *view;
  AdwLeaflet *leaflet;

  /* The window takes its size from the settings. */
  g_settings_set_int (settings, "window-width", 400);
  g_settings_set_int (settings, "window-height", 700);

  fill_database (path);
  window = open_window (path);
  g_assert_cmpstr (cr_window_get_state (window), ==, "ready");
  view = template_child (window, CR_TYPE_WINDOW, "register_view");
  leaflet = template_child (window, CR_TYPE_WINDOW, "leaflet");

  /* Narrow: the leaflet folds, activating a row opens the detail, and
   * the back button returns to the register. */
  cr_test_wait_until (leaflet_folded, leaflet, "the leaflet to fold at 400 px");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 420);
  g_assert_true (gtk_widget_get_visible (template_child (window, CR_TYPE_WINDOW, "back_button")));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "register");
  g_signal_emit_by_name (template_child (view, CR_TYPE_CASE_REGISTER_VIEW, "column_view"), "activate", 1);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_cmpstr (gtk_label_get_label (template_child (window, CR_TYPE_WINDOW, "detail_title")), ==, "CR-2024-001 — Child A");
  cr_test_spin (300);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "register");

  /* Closing saves the size for next time. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), <=, 420);
  g_assert_null (cr_window_get_database (window));
  g_object_unref (window);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  cr_test_remove_tree (dir);
}

/* The shortcuts a key press on @widget would try, from its own controllers
 * (its class bindings, GtkWindow's among them, and the application's). */
static GPtrArray *
shortcuts_for_key (GtkWidget       *widget,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, modifiers);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            g_ptr_array_add (found, g_steal_pointer (&shortcut));
        }
    }
  return found;
}

/* Every key the application binds on @widget (an action of ours, by its
 * prefix) is bound to nothing else there: GTK's own bindings come first,
 * so Ctrl+Shift+D, GtkWindow's inspector key, would never reach us. */
static void
assert_no_shortcut_clash (GtkWidget *widget)
{
  static const char * const prefixes[] = { "win.", "review.", "report.", "app.", NULL };
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n_ours = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          g_autoptr(GPtrArray) same = NULL;
          gboolean ours = FALSE;

          if (!GTK_IS_NAMED_ACTION (action) || !GTK_IS_KEYVAL_TRIGGER (trigger))
            continue;
          for (guint k = 0; prefixes[k] != NULL; k++)
            ours |= g_str_has_prefix (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), prefixes[k]);
          if (!ours)
            continue;

          n_ours++;
          same = shortcuts_for_key (widget, gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                    gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
          if (same->len != 1)
            {
              g_autofree char *key = gtk_shortcut_trigger_to_string (trigger);

              g_error ("%s: %s is bound %u times", G_OBJECT_TYPE_NAME (widget), key, same->len);
            }
        }
    }
  g_assert_cmpuint (n_ours, >, 0);
}

/* Presses @keyval with @modifiers on @widget as GTK would handle it: the
 * one shortcut bound to it is activated. */
static void
press_shortcut (GtkWidget       *widget,
                guint            keyval,
                GdkModifierType  modifiers)
{
  g_autoptr(GPtrArray) shortcuts = shortcuts_for_key (widget, keyval, modifiers);
  GtkShortcut *shortcut;

  g_assert_cmpuint (shortcuts->len, ==, 1);
  shortcut = shortcuts->pdata[0];
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                               widget, gtk_shortcut_get_arguments (shortcut)));
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

/* Ctrl+Shift+E opens the report of the case selected, Ctrl+Shift+R its
 * workspace; none of the windows' keys is taken by GTK first. */
static void
test_window_shortcuts (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "cases.db", NULL);
  CrWindow *window;
  CrCaseRegisterView *view;
  CrReportWindow *report;
  CrReviewWindow *review;
  gint64 id;

  fill_database (path);
  window = open_window (path);
  assert_no_shortcut_clash (GTK_WIDGET (window));

  /* Nothing selected: nothing opens. */
  press_shortcut (GTK_WIDGET (window), GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  cr_test_spin (50);
  g_assert_null (find_toplevel (CR_TYPE_REPORT_WINDOW));

  /* Child D, in its local review's analysis. */
  view = template_child (window, CR_TYPE_WINDOW, "register_view");
  {
    g_autoptr(CrCase) first = g_list_model_get_item (cr_case_register_view_get_visible_model (view), 0);

    id = cr_case_get_id (first);
    g_assert_cmpstr (cr_case_get_pseudonym (first), ==, "Child D");
    g_assert_true (cr_case_register_view_select_id (view, id));
  }
  cr_test_spin (300);

  press_shortcut (GTK_WIDGET (window), GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  report = cr_test_wait_for_toplevel (CR_TYPE_REPORT_WINDOW, TRUE, "the report window");
  g_assert_cmpint (cr_case_get_id (cr_report_window_get_case (report)), ==, id);
  assert_no_shortcut_clash (GTK_WIDGET (report));

  press_shortcut (GTK_WIDGET (window), GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK);
  review = cr_test_wait_for_toplevel (CR_TYPE_REVIEW_WINDOW, TRUE, "the review window");
  g_assert_cmpint (cr_case_get_id (cr_review_window_get_case (review)), ==, id);
  assert_no_shortcut_clash (GTK_WIDGET (review));

  gtk_window_destroy (GTK_WINDOW (report));
  gtk_window_destroy (GTK_WINDOW (review));
  cr_test_spin (50);
  gtk_window_destroy (GTK_WINDOW (window));
  cr_test_spin (50);
  cr_test_remove_tree (dir);
}

static void
test_deadline_text (void)
{
  g_autofree char *none = cr_case_register_format_deadline (NULL, 0);
  g_autofree char *overdue_one = cr_case_register_format_deadline ("2026-02-03", -1);
  g_autofree char *overdue = cr_case_register_format_deadline ("2026-02-03", -4);
  g_autofree char *today = cr_case_register_format_deadline ("2026-02-03", 0);
  g_autofree char *left_one = cr_case_register_format_deadline ("2026-02-03", 1);
  g_autofree char *left = cr_case_register_format_deadline ("2026-02-03", 12);
  g_autofree char *calendar_overdue = cr_case_register_format_deadline_full ("2026-02-03", -1, FALSE);
  g_autofree char *calendar_today = cr_case_register_format_deadline_full ("2026-02-03", 0, FALSE);
  g_autofree char *calendar_left = cr_case_register_format_deadline_full ("2026-02-03", 40, FALSE);

  g_assert_cmpstr (none, ==, "None");
  g_assert_cmpstr (overdue_one, ==, "Overdue by 1 working day · 3 Feb 2026");
  g_assert_cmpstr (overdue, ==, "Overdue by 4 working days · 3 Feb 2026");
  g_assert_cmpstr (today, ==, "3 Feb 2026 · due today");
  g_assert_cmpstr (left_one, ==, "3 Feb 2026 · 1 working day left");
  g_assert_cmpstr (left, ==, "3 Feb 2026 · 12 working days left");

  /* The 6-month and 1-year deadlines count calendar days. */
  g_assert_cmpstr (calendar_overdue, ==, "Overdue by 1 day · 3 Feb 2026");
  g_assert_cmpstr (calendar_today, ==, "3 Feb 2026 · due today");
  g_assert_cmpstr (calendar_left, ==, "3 Feb 2026 · 40 days left");
}

static GtkWindow *
find_new_case_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (CR_IS_NEW_CASE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static void
test_window_new_case (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "cases.db", NULL);
  g_autoptr(CrCase) created = NULL;
  CrWindow *window;
  CrCaseRegisterView *view;
  GtkWindow *dialog;
  CrCase *selected;

  window = open_window (path);
  g_assert_cmpstr (cr_window_get_state (window), ==, "ready");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (window, CR_TYPE_WINDOW, "cases_stack")), ==, "empty");

  /* New Case opens the dialog for this database. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-case", NULL);
  dialog = find_new_case_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));

  /* Once the dialog has stored a case, the window adds it to the
   * register, leaves the empty state and opens the case. */
  created = make_case (41, "CR-2026-041", "Child Q",
                       CR_CASE_STATUS_REFERRED, CR_REVIEW_TYPE_UNDECIDED,
                       NULL, NULL, NULL, NULL, NULL);
  g_signal_emit_by_name (dialog, "case-created", created);
  gtk_window_destroy (dialog);

  view = template_child (window, CR_TYPE_WINDOW, "register_view");
  g_assert_cmpuint (cr_case_register_get_n_cases (cr_window_get_register (window)), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (window, CR_TYPE_WINDOW, "cases_stack")), ==, "register");
  selected = cr_case_register_view_get_selected_case (view);
  g_assert_nonnull (selected);
  g_assert_cmpint (cr_case_get_id (selected), ==, 41);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (window, CR_TYPE_WINDOW, "detail_stack")), ==, "case");
  g_assert_cmpstr (gtk_label_get_label (template_child (window, CR_TYPE_WINDOW, "detail_title")), ==, "CR-2026-041 — Child Q");
  cr_test_spin (300);

  gtk_window_destroy (GTK_WINDOW (window));
  cr_test_remove_tree (dir);
}

static void
test_window_read_only (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  CrWindow *window;

  if (geteuid () == 0)
    {
      g_test_skip ("File permissions do not bind root");
      return;
    }

  dir = cr_test_make_tmpdir ();
  path = g_build_filename (dir, "cases.db", NULL);
  fill_database (path);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);

  /* A file that cannot be written still opens, for reading only. */
  window = open_window (path);
  g_assert_cmpstr (cr_window_get_state (window), ==, "ready");
  g_assert_true (cr_database_get_read_only (cr_window_get_database (window)));
  g_assert_true (gtk_info_bar_get_revealed (template_child (window, CR_TYPE_WINDOW, "read_only_bar")));
  g_assert_false (gtk_widget_is_sensitive (template_child (window, CR_TYPE_WINDOW, "new_case_button")));
  g_assert_cmpuint (cr_case_register_get_n_cases (cr_window_get_register (window)), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
  g_chmod (dir, 0700);
  g_chmod (path, 0600);
  cr_test_remove_tree (dir);
}

static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/casereviews/CaseReviews/ui/cr-shortcuts-window.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (overlay);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/widgets/register-view/deadline-text", test_deadline_text);
  g_test_add_func ("/widgets/register-view/filters", test_register_view_filters);
  g_test_add_func ("/widgets/register-view/sort-and-select", test_register_view_sort_and_select);
  g_test_add_func ("/widgets/register-view/resorts-deadlines", test_register_view_resorts_deadlines);
  g_test_add_func ("/widgets/register-view/cells-follow-case", test_register_view_cells_follow_case);
  g_test_add_func ("/widgets/window/empty-database", test_window_empty_database);
  g_test_add_func ("/widgets/window/garbage-file", test_window_garbage_file);
  g_test_add_func ("/widgets/window/register-and-detail", test_window_register_and_detail);
  g_test_add_func ("/widgets/window/narrow", test_window_narrow);
  g_test_add_func ("/widgets/window/new-case", test_window_new_case);
  g_test_add_func ("/widgets/window/read-only", test_window_read_only);
  g_test_add_func ("/widgets/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/widgets/help-overlay", test_help_overlay);

  return g_test_run ();
}
