/* test-review-window.c: the review workspace window, its meetings and
 * family pages, and the case page's Practice Review group, on a real
 * database in a temporary folder */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-case-page.h"
#include "cr-case-review-group.h"
#include "cr-chronology-import.h"
#include "cr-chronology-page.h"
#include "cr-database-chronology.h"
#include "cr-database-review.h"
#include "cr-family-page.h"
#include "cr-meetings-page.h"
#include "cr-review-window.h"
#include "cr-test-utils.h"

static GtkApplication *application;

static const char * const page_names[] = {
  "commissioning", "evidence", "chronology", "meetings", "family", "proceedings", NULL
};

/*
 * Helpers
 */

static gpointer
find_row (gpointer    root,
          const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), ADW_TYPE_PREFERENCES_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];
  return NULL;
}

static guint
count_review_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    n += CR_IS_REVIEW_WINDOW (l->data);
  return n;
}

static CrCase *
db_create_case (CrDatabase   *db,
                const char   *reference,
                CrCaseStatus  status)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  CrCase *stored;

  cr_case_set_reference (kase, reference);
  cr_case_set_pseudonym (kase, "Child L");
  cr_case_set_incident_date (kase, "2026-01-05");
  cr_case_set_status (kase, status);
  cr_case_set_review_type (kase, status >= CR_CASE_STATUS_LCSPR_COMMISSIONING
                           ? CR_REVIEW_TYPE_LCSPR : CR_REVIEW_TYPE_UNDECIDED);
  cr_database_create_case_async (db, kase, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_case_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return stored;
}

static void
db_save (CrDatabase *db,
         CrRecord   *record)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrRecord) stored = NULL;

  cr_database_save_record_async (db, record, NULL, cr_database_sync_cb, &res);
  stored = cr_database_save_record_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
}

/* Stores a chronology of the police for @case_id: two entries and one
 * row set aside (a day that does not exist). */
static void
db_import_chronology (CrDatabase *db,
                      gint64      case_id)
{
  static const char csv_text[] =
    "Date,Event\r\n"
    "03/02/2026,Home visit by officers\r\n"
    "04/02/2026,Telephone call to the mother\r\n"
    "31/02/2026,A day that never was\r\n";
  g_autoptr(GBytes) csv = g_bytes_new_static (csv_text, sizeof csv_text - 1);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAgency) agency = cr_agency_new ();
  g_autoptr(CrAgency) stored = NULL;
  g_autoptr(CrSheet) sheet = NULL;
  g_autoptr(CrChronologyMapping) mapping = NULL;
  g_autoptr(CrChronologyImportResult) result = NULL;

  cr_agency_set_name (agency, "Police");
  cr_agency_set_sector (agency, CR_AGENCY_SECTOR_POLICE);
  cr_database_create_agency_async (db, agency, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_agency_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_clear_object (&res);

  sheet = cr_sheet_read (csv, "police.csv", NULL, &error);
  g_assert_no_error (error);
  mapping = cr_chronology_mapping_guess (sheet, NULL);
  result = cr_chronology_import_rows (sheet, mapping, NULL, &error);
  g_assert_no_error (error);
  cr_database_import_chronology_async (db, case_id, cr_agency_get_id (stored), "police.csv", csv,
                                       mapping, result, NULL, cr_database_sync_cb, &res);
  g_assert_cmpint (cr_database_import_chronology_finish (db, cr_database_wait (&res), &error), >, 0);
  g_assert_no_error (error);
}

/*
 * Fixture
 */

typedef struct
{
  char       *dir;
  CrDatabase *db;
  CrCase     *lcspr;      /* in commissioning */
  CrCase     *referred;   /* not (yet) a practice review */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  cr_test_database_set_up ("review.db", &fixture->dir, NULL, &fixture->db);
  fixture->lcspr = db_create_case (fixture->db, "CR-2026-201", CR_CASE_STATUS_LCSPR_COMMISSIONING);
  fixture->referred = db_create_case (fixture->db, "CR-2026-202", CR_CASE_STATUS_REFERRED);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (application)) != NULL)
    gtk_window_destroy (windows->data);
  cr_test_spin (50);

  g_clear_object (&fixture->lcspr);
  g_clear_object (&fixture->referred);
  cr_test_database_tear_down (&fixture->dir, NULL, &fixture->db);
}

/*
 * Tests
 */

static void
test_window_pages (Fixture       *fixture,
                   gconstpointer  data)
{
  CrReviewWindow *window, *again, *other;
  g_autoptr(CrCase) newer = cr_case_copy (fixture->lcspr);
  AdwViewStack *stack;
  g_autoptr(CrDatabase) page_db = NULL;
  g_autoptr(CrCase) page_case = NULL;
  GtkWidget *meetings;

  window = cr_review_window_open (application, fixture->db, fixture->lcspr);
  g_assert_true (CR_IS_REVIEW_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpuint (count_review_windows (), ==, 1);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "CR-2026-201"));
  g_assert_cmpint (cr_case_get_id (cr_review_window_get_case (window)), ==, cr_case_get_id (fixture->lcspr));

  /* Six pages, by name. */
  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CR_TYPE_REVIEW_WINDOW,
                                                         "view_stack"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (adw_view_stack_get_pages (stack))), ==, 6);
  for (guint i = 0; page_names[i] != NULL; i++)
    {
      g_assert_nonnull (adw_view_stack_get_child_by_name (stack, page_names[i]));
      cr_review_window_show_page (window, page_names[i]);
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, page_names[i]);
    }

  /* Alt+4 is the meetings page; the page has the database and the case. */
  gtk_widget_activate_action (GTK_WIDGET (window), "review.show-page", "s", "meetings");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "meetings");
  meetings = adw_view_stack_get_child_by_name (stack, "meetings");
  g_assert_true (CR_IS_MEETINGS_PAGE (meetings));
  g_object_get (meetings, "database", &page_db, "case", &page_case, NULL);
  g_assert_true (page_db == fixture->db);
  g_assert_nonnull (page_case);
  g_assert_cmpint (cr_case_get_id (page_case), ==, cr_case_get_id (fixture->lcspr));
  g_assert_true (CR_IS_FAMILY_PAGE (adw_view_stack_get_child_by_name (stack, "family")));
  g_assert_true (CR_IS_CHRONOLOGY_PAGE (adw_view_stack_get_child_by_name (stack, "chronology")));
  /* Every page is the real one, with the case (none is a placeholder). */
  for (guint i = 0; page_names[i] != NULL; i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (stack, page_names[i]);
      g_autoptr(CrCase) shown = NULL;

      g_assert_false (ADW_IS_STATUS_PAGE (child));
      g_object_get (child, "case", &shown, NULL);
      g_assert_nonnull (shown);
      g_assert_cmpint (cr_case_get_id (shown), ==, cr_case_get_id (fixture->lcspr));
    }

  /* The same case again, even as another copy: the same window. */
  cr_case_set_pseudonym (newer, "Child M");
  again = cr_review_window_open (application, fixture->db, newer);
  g_assert_true (again == window);
  g_assert_cmpuint (count_review_windows (), ==, 1);
  g_assert_cmpstr (cr_case_get_pseudonym (cr_review_window_get_case (window)), ==, "Child M");
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Child M"));

  /* Another case: its own window. */
  other = cr_review_window_open (application, fixture->db, fixture->referred);
  g_assert_true (other != window);
  g_assert_cmpuint (count_review_windows (), ==, 2);
}

static gboolean
page_row_present (gpointer data)
{
  gpointer *args = data;

  return find_row (args[0], args[1]) != NULL;
}

/* The meetings page lists the case's meetings, a planned one marked. */
static void
test_meetings_and_family_pages (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(CrRecord) meeting = CR_RECORD (cr_meeting_new ());
  g_autoptr(CrRecord) mother = CR_RECORD (cr_family_contact_new ());
  g_autoptr(CrRecord) father = CR_RECORD (cr_family_contact_new ());
  gint64 id = cr_case_get_id (fixture->lcspr);
  CrReviewWindow *window;
  AdwViewStack *stack;
  GtkWidget *page;
  gpointer row;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean planned = FALSE;
  gpointer wait[2];
  AdwPreferencesGroup *group;

  cr_record_set_case_id (meeting, id);
  cr_record_set (meeting, "meeting-date", "2099-06-01");
  cr_record_set (meeting, "kind", "panel");
  db_save (fixture->db, meeting);

  cr_record_set_case_id (mother, id);
  cr_record_set (mother, "person", "Mother");
  cr_record_set (mother, "contact-made", "true");
  cr_record_set (mother, "consent", "given");
  cr_record_set (mother, "draft-shared-date", "2026-06-01");
  db_save (fixture->db, mother);

  cr_record_set_case_id (father, id);
  cr_record_set (father, "person", "Father");
  cr_record_set (father, "contact-made", "true");
  cr_record_set (father, "consent", "declined");
  db_save (fixture->db, father);

  window = cr_review_window_open (application, fixture->db, fixture->lcspr);
  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CR_TYPE_REVIEW_WINDOW,
                                                         "view_stack"));

  page = adw_view_stack_get_child_by_name (stack, "meetings");
  wait[0] = page;
  wait[1] = (gpointer) "Review panel, 1 June 2099";
  cr_test_wait_until (page_row_present, wait, "the meeting");
  row = find_row (page, "Review panel, 1 June 2099");
  cr_test_collect_widgets (row, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    planned = planned || g_strcmp0 (gtk_label_get_text (labels->pdata[i]), "Planned") == 0;
  g_assert_true (planned);

  page = adw_view_stack_get_child_by_name (stack, "family");
  wait[0] = page;
  wait[1] = (gpointer) "Father";
  cr_test_wait_until (page_row_present, wait, "the family contacts");
  g_assert_nonnull (find_row (page, "Mother"));

  /* Both were contacted, one consented and saw the draft; the father's
   * refusal needs its reason for the report. */
  group = NULL;
  {
    g_autoptr(GPtrArray) groups = g_ptr_array_new ();

    cr_test_collect_widgets (page, ADW_TYPE_PREFERENCES_GROUP, groups);
    g_assert_cmpuint (groups->len, >=, 1);
    group = groups->pdata[0];
  }
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==,
                   "2 family members contacted · 1 consented · draft shared with 1");
  g_ptr_array_set_size (labels, 0);
  cr_test_collect_widgets (find_row (page, "Father"), GTK_TYPE_LABEL, labels);
  planned = FALSE;
  for (guint i = 0; i < labels->len; i++)
    planned = planned || g_strcmp0 (gtk_label_get_text (labels->pdata[i]), "Reason Needed") == 0;
  g_assert_true (planned);
}

static gboolean
progress_ready (gpointer data)
{
  return cr_case_review_group_get_progress (data) != NULL;
}

static gboolean
review_window_shown (gpointer data)
{
  return count_review_windows () == GPOINTER_TO_UINT (data);
}

static void
test_case_review_group (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CrRecord) reviewer = CR_RECORD (cr_reviewer_new ());
  g_autoptr(CrRecord) terms = CR_RECORD (cr_terms_of_reference_new ());
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  CrCaseReviewGroup *group = CR_CASE_REVIEW_GROUP (cr_case_review_group_new ());
  CrCaseReviewGroup *later;
  GtkButton *open_button;
  const char *progress;

  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));
  gtk_window_present (GTK_WINDOW (window));

  /* Not a practice review (yet): hidden. */
  g_assert_false (cr_case_review_group_is_relevant (fixture->referred));
  g_object_set (group, "database", fixture->db, "case", fixture->referred, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (group)));

  /* In commissioning: shown, with where the review stands. */
  g_assert_true (cr_case_review_group_is_relevant (fixture->lcspr));
  cr_case_review_group_set_case (group, fixture->lcspr);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (group)));
  cr_test_wait_until (progress_ready, group, "the review's progress");
  progress = cr_case_review_group_get_progress (group);
  g_assert_nonnull (strstr (progress, "No reviewer appointed yet"));
  g_assert_nonnull (strstr (progress, "No terms of reference yet"));
  g_assert_nonnull (strstr (progress, "No evidence requested yet"));
  g_assert_nonnull (strstr (progress, "No chronology imported yet"));

  /* A lead reviewer and agreed terms. */
  cr_record_set_case_id (reviewer, cr_case_get_id (fixture->lcspr));
  cr_record_set (reviewer, "name", "Ann Smith");
  cr_record_set (reviewer, "role", "lead-reviewer");
  db_save (fixture->db, reviewer);
  cr_record_set_case_id (terms, cr_case_get_id (fixture->lcspr));
  cr_record_set (terms, "agreed-date", "2026-03-03");
  db_save (fixture->db, terms);
  db_import_chronology (fixture->db, cr_case_get_id (fixture->lcspr));

  later = CR_CASE_REVIEW_GROUP (cr_case_review_group_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (later));
  g_object_set (later, "database", fixture->db, "case", fixture->lcspr, NULL);
  cr_test_wait_until (progress_ready, later, "the review's progress");
  progress = cr_case_review_group_get_progress (later);
  g_assert_nonnull (strstr (progress, "Lead reviewer: Ann Smith"));
  g_assert_nonnull (strstr (progress, "Terms agreed 3 March 2026"));
  /* Counted, not loaded. */
  g_assert_nonnull (strstr (progress, "2 chronology entries from 1 agency, 1 row set aside"));

  /* The button opens the workspace of the case; twice gives one window. */
  open_button = GTK_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (later), CR_TYPE_CASE_REVIEW_GROUP,
                                                           "open_button"));
  g_signal_emit_by_name (open_button, "clicked");
  cr_test_wait_until (review_window_shown, GUINT_TO_POINTER (1), "the review window");
  g_signal_emit_by_name (open_button, "clicked");
  cr_test_spin (50);
  g_assert_cmpuint (count_review_windows (), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static CrCaseReviewGroup *
page_review_group (CrCasePage *page)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (page), CR_TYPE_CASE_REVIEW_GROUP, groups);
  g_assert_cmpuint (groups->len, ==, 1);
  return groups->pdata[0];
}

/* The case page shows the group for a practice review only, and opens
 * the workspace of the case it shows. */
static void
test_case_page_entry (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  CrCasePage *page = CR_CASE_PAGE (cr_case_page_new ());
  CrCaseReviewGroup *group;
  CrReviewWindow *review;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 900);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  g_object_set (page, "database", fixture->db, "case", fixture->referred, NULL);
  gtk_window_present (GTK_WINDOW (window));

  group = page_review_group (page);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (group)));
  cr_case_page_open_review (page);
  cr_test_spin (50);
  g_assert_cmpuint (count_review_windows (), ==, 0);

  cr_case_page_set_case (page, fixture->lcspr);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (group)));
  cr_test_wait_until (progress_ready, group, "the review's progress");

  cr_case_page_open_review (page);
  cr_test_wait_until (review_window_shown, GUINT_TO_POINTER (1), "the review window");
  review = cr_review_window_find (application, fixture->db, cr_case_get_id (fixture->lcspr));
  g_assert_nonnull (review);

  /* The case changed in the main window: its workspace follows. */
  {
    g_autoptr(CrCase) renamed = cr_case_copy (fixture->lcspr);

    cr_case_set_pseudonym (renamed, "Child Q");
    cr_case_set_updated_at (renamed, "2099-01-01T00:00:00Z");
    cr_case_page_set_case (page, renamed);
    g_assert_cmpstr (cr_case_get_pseudonym (cr_review_window_get_case (review)), ==, "Child Q");
  }

  /* The database closing closes its workspaces. */
  cr_review_window_close_all (application, fixture->db);
  cr_test_wait_until (review_window_shown, GUINT_TO_POINTER (0), "the review window to close");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* Review windows belong to the application: "one window per case" is
   * kept among its windows. */
  application = GTK_APPLICATION (adw_application_new ("org.casereviews.CaseReviews.TestReviewWindow",
                                                      G_APPLICATION_NON_UNIQUE));
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);
  g_application_set_default (G_APPLICATION (application));
  g_application_hold (G_APPLICATION (application));

#define ADD(path, func) \
  g_test_add ("/review-window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("pages", test_window_pages);
  ADD ("meetings-and-family", test_meetings_and_family_pages);
  ADD ("case-review-group", test_case_review_group);
  ADD ("case-page-entry", test_case_page_entry);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (application));
  g_clear_object (&application);
  return status;
}
