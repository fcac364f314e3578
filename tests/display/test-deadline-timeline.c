/* test-deadline-timeline.c: the deadline timeline, closure days, the case page */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-case-page.h"
#include "cr-closure-days-group.h"
#include "cr-deadline-policy.h"
#include "cr-deadline-timeline.h"
#include "cr-preferences-window.h"
#include "cr-test-utils.h"
#include "cr-util.h"

/*
 * Helpers
 */

/* The status pill of a timeline row. */
static GtkLabel *
get_pill (AdwActionRow *row)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (row), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "deadline-pill"))
      return labels->pdata[i];

  g_error ("the row “%s” has no status pill",
           adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

/* The row of the timeline titled @title. */
static AdwActionRow *
find_row (CrDeadlineTimeline *timeline,
          const char         *title)
{
  for (guint i = 0; i < cr_deadline_timeline_get_n_rows (timeline); i++)
    {
      AdwActionRow *row = cr_deadline_timeline_get_row (timeline, i);

      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return row;
    }

  return NULL;
}

static void
check_row (CrDeadlineTimeline *timeline,
           const char         *title,
           const char         *pill_text,
           const char         *style_class,
           const char         *icon_name)
{
  AdwActionRow *row = find_row (timeline, title);
  GtkLabel *pill;
  g_autoptr(GPtrArray) images = g_ptr_array_new ();

  if (row == NULL)
    g_error ("no row “%s”", title);
  pill = get_pill (row);
  g_assert_cmpstr (gtk_label_get_text (pill), ==, pill_text);
  if (style_class != NULL)
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (pill), style_class));
  for (guint i = 0; i < 4; i++)
    {
      static const char *classes[] = { "success", "warning", "error", "dim-label" };

      if (g_strcmp0 (classes[i], style_class) != 0)
        g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (pill), classes[i]));
    }

  cr_test_collect_widgets (GTK_WIDGET (row), GTK_TYPE_IMAGE, images);
  g_assert_cmpuint (images->len, >=, 1);
  g_assert_cmpstr (gtk_image_get_icon_name (images->pdata[0]), ==, icon_name);
}

static CrCase *
make_case (CrCaseStatus status,
           CrReviewType review_type)
{
  CrCase *kase = cr_case_new ();

  cr_case_set_reference (kase, "CR-2022-001");
  cr_case_set_pseudonym (kase, "Child A");
  cr_case_set_status (kase, status);
  cr_case_set_review_type (kase, review_type);
  return kase;
}

static GtkWidget *
present (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 700, 900);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/*
 * The timeline
 */

static void
test_timeline_states (void)
{
  g_autoptr(CrCase) kase = make_case (CR_CASE_STATUS_REFERRED, CR_REVIEW_TYPE_UNDECIDED);
  CrDeadlineTimeline *timeline = CR_DEADLINE_TIMELINE (cr_deadline_timeline_new ());
  GtkWidget *window = present (GTK_WIDGET (timeline));
  AdwActionRow *row;

  /* No case: a placeholder, no rows */
  g_assert_cmpuint (cr_deadline_timeline_get_n_rows (timeline), ==, 0);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (timeline)), ==, "Deadlines");

  /* Aware on Thursday 22 Dec 2022; a week later, 2 working days are left */
  cr_case_set_aware_date (kase, "2022-12-22");
  cr_deadline_timeline_set_today (timeline, "2022-12-29");
  cr_deadline_timeline_set_case (timeline, kase);
  g_assert_cmpuint (cr_deadline_timeline_get_n_rows (timeline), ==, 6);
  row = cr_deadline_timeline_get_row (timeline, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Notify the Panel");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==,
                   "Due 3 Jan 2023 · 5 working days from the local authority becoming aware on 22 December 2022");
  check_row (timeline, "Notify the Panel", "2 working days left", "warning", "dialog-warning-symbolic");
  check_row (timeline, "Complete the rapid review", "Not started", "dim-label", "content-loading-symbolic");

  /* Later: overdue */
  cr_deadline_timeline_set_today (timeline, "2023-01-05");
  check_row (timeline, "Notify the Panel", "2 working days overdue", "error", "dialog-error-symbolic");

  /* Recording the notification (a change of the case) lists them again */
  cr_case_set_notified_date (kase, "2023-01-03");
  check_row (timeline, "Notify the Panel", "Met on 3 Jan 2023", "success", "emblem-ok-symbolic");
  cr_case_set_partners_informed_date (kase, "2023-01-04");
  check_row (timeline, "Report to the safeguarding partners", "Met late on 4 Jan 2023", "warning",
             "dialog-warning-symbolic");
  /* The rapid review runs from the notification */
  cr_case_set_status (kase, CR_CASE_STATUS_NOTIFIED);
  check_row (timeline, "Complete the rapid review", "13 working days left", NULL, "alarm-symbolic");

  /* The policy's clock start moves it at once */
  cr_deadline_policy_set_rapid_review_clock_start (cr_deadline_policy_get_default (),
                                                   CR_RAPID_REVIEW_CLOCK_AWARENESS);
  check_row (timeline, "Complete the rapid review", "8 working days left", NULL, "alarm-symbolic");
  cr_deadline_policy_set_rapid_review_clock_start (cr_deadline_policy_get_default (),
                                                   CR_RAPID_REVIEW_CLOCK_NOTIFICATION);
  check_row (timeline, "Complete the rapid review", "13 working days left", NULL, "alarm-symbolic");

  /* No case again */
  cr_deadline_timeline_set_case (timeline, NULL);
  g_assert_cmpuint (cr_deadline_timeline_get_n_rows (timeline), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_timeline_paused (void)
{
  g_autoptr(CrCase) kase = make_case (CR_CASE_STATUS_PAUSED, CR_REVIEW_TYPE_LCSPR);
  CrDeadlineTimeline *timeline = CR_DEADLINE_TIMELINE (cr_deadline_timeline_new ());
  GtkWidget *window = present (GTK_WIDGET (timeline));
  AdwActionRow *row;

  cr_case_set_paused_from (kase, CR_CASE_STATUS_LCSPR_ANALYSIS);
  cr_case_set_aware_date (kase, "2024-01-02");
  cr_case_set_notified_date (kase, "2024-01-05");
  cr_case_set_partners_informed_date (kase, "2024-01-05");
  cr_case_set_rr_sent_date (kase, "2024-01-25");
  cr_case_set_decision_date (kase, "2024-01-15");
  cr_case_set_pauses (kase, "2024-05-01..");
  g_object_set (timeline, "today", "2024-06-01", "case", kase, NULL);

  check_row (timeline, "Complete and publish the review", "Stopped while paused", "dim-label",
             "media-playback-pause-symbolic");
  row = find_row (timeline, "Complete and publish the review");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "plus 32 days while the review was paused"));

  /* A step the case has moved past without its date: taken as done, but
   * not shown as a success */
  cr_case_set_partners_informed_date (kase, NULL);
  check_row (timeline, "Report to the safeguarding partners", "Done, date not recorded", "dim-label",
             "emblem-ok-symbolic");

  /* Resumed (storage closes the period): the clock runs again */
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_ANALYSIS);
  cr_case_set_pauses (kase, "2024-05-01..2024-06-01");
  check_row (timeline, "Complete and publish the review", "75 days left", NULL, "alarm-symbolic");

  gtk_window_destroy (GTK_WINDOW (window));
}

/*
 * Closure days
 */

static GSettings *
dup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  schema = source != NULL ? g_settings_schema_source_lookup (source, "org.casereviews.CaseReviews", TRUE) : NULL;
  g_assert_nonnull (schema);
  return g_settings_new_full (schema, NULL, NULL);
}

static GtkButton *
find_remove_button (GtkWidget  *root,
                    const char *name)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  cr_test_collect_widgets (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (buttons->pdata[i]), name) == 0)
      return buttons->pdata[i];
  return NULL;
}

static void
assert_stored (GSettings          *settings,
               const char * const *expected)
{
  g_auto(GStrv) stored = g_settings_get_strv (settings, "closure-days");

  g_assert_true (g_strv_equal ((const char * const *) stored, expected));
}

static void
test_closure_days (void)
{
  g_autoptr(GSettings) settings = dup_settings ();
  CrClosureDaysGroup *group = CR_CLOSURE_DAYS_GROUP (cr_closure_days_group_new ());
  GtkWidget *window = present (GTK_WIDGET (group));
  GtkWidget *entry = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (group), CR_TYPE_CLOSURE_DAYS_GROUP, "add_row"));
  GtkLabel *message = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (group), CR_TYPE_CLOSURE_DAYS_GROUP,
                                                                "add_message"));
  const char *one[] = { "2026-12-24", NULL };
  const char *two[] = { "2026-01-02", "2026-12-24", NULL };
  const char *three[] = { "2026-01-02", "2026-12-24", "2026-12-25", NULL };
  const char *after_remove[] = { "2026-01-02", "2026-12-25", NULL };
  GtkButton *remove;
  gboolean policy_follows;

  g_settings_reset (settings, "closure-days");
  /* Without settings nothing can be added */
  g_assert_false (gtk_widget_get_sensitive (entry));
  cr_closure_days_group_set_settings (group, settings);
  g_assert_true (gtk_widget_get_sensitive (entry));

  /* DD/MM/YYYY is accepted and stored as ISO */
  g_assert_true (cr_closure_days_group_add (group, "24/12/2026"));
  assert_stored (settings, one);
  g_assert_nonnull (find_remove_button (GTK_WIDGET (group), "Remove closure day 24 December 2026"));

  /* A second time: refused, saying why */
  g_assert_false (cr_closure_days_group_add (group, "2026-12-24"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpstr (gtk_label_get_text (message), ==, "24 December 2026 is already a closure day.");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  assert_stored (settings, one);

  /* Not a date: refused, saying what to type */
  gtk_editable_set_text (GTK_EDITABLE (entry), "31/02/2026");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));   /* typing clears the old message */
  g_signal_emit_by_name (entry, "apply");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (message), "check the day, month and year"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "soon");
  g_signal_emit_by_name (entry, "apply");
  g_assert_nonnull (strstr (gtk_label_get_text (message), "YYYY-MM-DD"));
  assert_stored (settings, one);

  /* Typed and applied: kept sorted, the entry emptied */
  gtk_editable_set_text (GTK_EDITABLE (entry), "2026-01-02");
  g_signal_emit_by_name (entry, "apply");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  assert_stored (settings, two);

  /* A bank holiday may be listed; the row says it is one anyway */
  g_assert_true (cr_closure_days_group_add (group, "25/12/2026"));
  assert_stored (settings, three);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    gboolean found = FALSE;

    cr_test_collect_widgets (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), "25 December 2026") == 0)
        {
          g_assert_cmpstr (adw_action_row_get_subtitle (rows->pdata[i]), ==,
                           "Already a bank holiday: Christmas Day");
          found = TRUE;
        }
    g_assert_true (found);
  }

  /* The policy follows the setting when bound (as the application does) */
  {
    g_autoptr(CrDeadlinePolicy) policy = cr_deadline_policy_new ();

    cr_deadline_policy_bind_settings (policy, settings);
    policy_follows = g_strv_equal (cr_deadline_policy_get_closure_dates (policy), three);
    g_assert_true (policy_follows);

    /* Removing one */
    remove = find_remove_button (GTK_WIDGET (group), "Remove closure day 24 December 2026");
    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
    assert_stored (settings, after_remove);
    g_assert_true (g_strv_equal (cr_deadline_policy_get_closure_dates (policy), after_remove));
    g_assert_null (find_remove_button (GTK_WIDGET (group), "Remove closure day 24 December 2026"));
  }

  g_settings_reset (settings, "closure-days");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_has_closure_days (void)
{
  GtkWidget *window = cr_preferences_window_new (NULL);
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  gtk_window_present (GTK_WINDOW (window));
  cr_test_collect_widgets (window, CR_TYPE_CLOSURE_DAYS_GROUP, groups);
  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_nonnull (cr_closure_days_group_get_settings (groups->pdata[0]));
  gtk_window_destroy (GTK_WINDOW (window));
}

/*
 * The case page: its new dates and its timeline, with a real database
 */

typedef struct
{
  CrCasePage *page;
  const char *title;
  const char *pill;
} PillWait;

static gboolean
pill_shows (gpointer data)
{
  PillWait *wait = data;
  g_autoptr(GPtrArray) timelines = g_ptr_array_new ();
  AdwActionRow *row;

  cr_test_collect_widgets (GTK_WIDGET (wait->page), CR_TYPE_DEADLINE_TIMELINE, timelines);
  g_assert_cmpuint (timelines->len, ==, 1);
  row = find_row (timelines->pdata[0], wait->title);
  return row != NULL && g_strcmp0 (gtk_label_get_text (get_pill (row)), wait->pill) == 0;
}

static void
on_case_changed_cb (CrCasePage *page,
                    CrCase     *updated,
                    guint      *changed)
{
  (*changed)++;
}

static void
test_case_page_records_step_dates (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CrDatabase) db = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) ago = g_date_time_add_days (now, -40);
  g_autofree char *aware = g_date_time_format (ago, "%Y-%m-%d");
  g_autofree char *informed = NULL;
  CrCasePage *page;
  GtkWidget *window, *row;
  guint changed = 0;
  PillWait wait;
  GDate date;
  gint64 id;

  cr_test_database_set_up ("cases.db", &dir, &path, &db);
  cr_case_set_reference (kase, "CR-2026-900");
  cr_case_set_pseudonym (kase, "Child T");
  cr_case_set_aware_date (kase, aware);
  cr_database_create_case_async (db, kase, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_case_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  id = cr_case_get_id (stored);

  page = CR_CASE_PAGE (cr_case_page_new ());
  g_signal_connect (page, "case-changed", G_CALLBACK (on_case_changed_cb), &changed);
  window = present (GTK_WIDGET (page));
  g_object_set (page, "database", db, "case", stored, NULL);

  /* Forty days on, the report to the partners is overdue */
  wait = (PillWait) { page, "Report to the safeguarding partners", NULL };
  {
    g_autoptr(GPtrArray) timelines = g_ptr_array_new ();

    cr_test_collect_widgets (GTK_WIDGET (page), CR_TYPE_DEADLINE_TIMELINE, timelines);
    g_assert_cmpuint (timelines->len, ==, 1);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (get_pill (find_row (timelines->pdata[0], wait.title))),
                                             "error"));
  }

  /* Recording the date it was done, the next weekday after the aware date */
  g_assert_true (cr_date_parse_iso (aware, &date));
  g_date_add_days (&date, 1);
  while (g_date_get_weekday (&date) >= G_DATE_SATURDAY)
    g_date_add_days (&date, 1);
  informed = cr_date_to_iso (&date);
  row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CR_TYPE_CASE_PAGE, "partners_informed_row"));
  gtk_editable_set_text (GTK_EDITABLE (row), informed);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
  cr_test_wait_count (&changed, 1, "the partners informed date to be stored");
  {
    g_autofree char *shown = cr_date_format_display (informed);
    g_autofree char *met = g_strdup_printf ("Met on %s", shown);

    wait.pill = met;
    cr_test_wait_until (pill_shows, &wait, "the deadline to show as met");
  }
  g_clear_object (&stored);
  g_clear_object (&res);
  cr_database_get_case_async (db, id, NULL, NULL, cr_database_sync_cb, &res);
  stored = cr_database_get_case_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cr_case_get_partners_informed_date (stored), ==, informed);

  /* A planned publication may be in the future; copies may not */
  row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CR_TYPE_CASE_PAGE, "copies_sent_row"));
  gtk_editable_set_text (GTK_EDITABLE (row), "2999-01-01");
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  gtk_window_destroy (GTK_WINDOW (window));
  cr_test_spin (50);
  cr_test_database_tear_down (&dir, &path, &db);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/deadline-timeline/states", test_timeline_states);
  g_test_add_func ("/deadline-timeline/paused", test_timeline_paused);
  g_test_add_func ("/deadline-timeline/closure-days", test_closure_days);
  g_test_add_func ("/deadline-timeline/preferences", test_preferences_has_closure_days);
  g_test_add_func ("/deadline-timeline/case-page", test_case_page_records_step_dates);

  return g_test_run ();
}
