/* test-publication-page.c: the report window's Publication page on a real
 * database: the 7-minute briefing drafted from the findings, edited and
 * saved, and a delivery recorded */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-briefing-delivery.h"
#include "cr-briefing-dialog.h"
#include "cr-briefing.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-finding.h"
#include "cr-publication-page-private.h"
#include "cr-publication-page.h"
#include "cr-record-dialog.h"
#include "cr-record-form.h"
#include "cr-record-list-group.h"
#include "cr-test-utils.h"

#define FINDING_TITLE "Information about the father was not shared"

typedef struct
{
  char       *dir;
  CrDatabase *db;
  CrCase     *kase;
  GtkWidget  *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrFinding) finding = cr_finding_new ();
  g_autoptr(CrRecord) stored = NULL;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  cr_test_database_set_up ("publication-page.db", &fixture->dir, NULL, &fixture->db);

  cr_case_set_reference (kase, "CR-2025-071");
  cr_case_set_pseudonym (kase, "Baby H");
  cr_case_set_summary (kase, "A baby was admitted to hospital with a head injury.");
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_SIGN_OFF);
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);
  cr_case_set_incident_date (kase, "2025-01-10");
  cr_case_set_decision_date (kase, "2025-02-20");
  cr_database_create_case_async (fixture->db, kase, NULL, cr_database_sync_cb, &res);
  fixture->kase = cr_database_create_case_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);

  cr_record_set_case_id (CR_RECORD (finding), cr_case_get_id (fixture->kase));
  cr_record_set (CR_RECORD (finding), "position", "1");
  cr_record_set (CR_RECORD (finding), "title", FINDING_TITLE);
  cr_record_set (CR_RECORD (finding), "text",
                 "Agencies knew the father had moved back in. Nobody told the health visitor.");
  cr_record_set (CR_RECORD (finding), "status", "approved");
  cr_record_set (CR_RECORD (finding), "approved-date", "2025-10-01");
  stored = cr_test_db_save_record (fixture->db, CR_RECORD (finding));

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_destroy_toplevels ();
  g_clear_object (&fixture->kase);
  cr_test_database_tear_down (&fixture->dir, NULL, &fixture->db);
}

static CrPublicationPage *
show_page (Fixture *fixture)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = cr_publication_page_new ();

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
  g_object_set (page, "database", fixture->db, "case", fixture->kase, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  return CR_PUBLICATION_PAGE (page);
}

static gboolean
report_loaded (gpointer data)
{
  CrPublicationPage *page = data;

  return page->report != NULL && page->publication != NULL;
}

static gboolean
briefing_loaded (gpointer data)
{
  CrPublicationPage *page = data;

  return page->report != NULL && cr_review_report_get_briefing (page->report) != NULL;
}

static GtkLabel *
find_label (gpointer    root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return labels->pdata[i];
  return NULL;
}

/* The text view of the briefing part titled @title. */
static GtkTextView *
find_part (CrBriefingDialog *dialog,
           const char       *title)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (groups->pdata[i]), title) == 0)
      {
        g_autoptr(GPtrArray) views = g_ptr_array_new ();

        cr_test_collect_widgets (groups->pdata[i], GTK_TYPE_TEXT_VIEW, views);
        g_assert_cmpuint (views->len, ==, 1);
        return views->pdata[0];
      }
  g_error ("No briefing part “%s”", title);
}

static void
test_briefing_drafted_and_saved (Fixture       *fixture,
                                 gconstpointer  data)
{
  CrPublicationPage *page = show_page (fixture);
  g_autoptr(GPtrArray) stored = NULL;
  CrBriefingDialog *dialog;
  CrBriefing *briefing;
  GtkTextView *background;
  AdwMessageDialog *question;

  cr_test_wait_until (report_loaded, page, "the report to load");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->draft_button)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page->edit_button)));
  g_assert_nonnull (cr_test_find_row (page, ADW_TYPE_ACTION_ROW, "No briefing drafted yet"));
  /* The steps: the first is next, none done. */
  g_assert_nonnull (cr_test_find_row (page, ADW_TYPE_ACTION_ROW,
                                     cr_publication_step_get_title (CR_PUBLICATION_STEP_PROCEEDINGS)));

  /* Drafted from the approved finding. */
  gtk_widget_activate_action (GTK_WIDGET (page), "publication.draft-briefing", NULL);
  dialog = cr_test_wait_for_toplevel (CR_TYPE_BRIEFING_DIALOG, TRUE, "the briefing dialog");
  briefing = cr_briefing_dialog_get_briefing (dialog);
  g_assert_nonnull (strstr (cr_record_get (CR_RECORD (briefing), "learning-1"), FINDING_TITLE));
  g_assert_nonnull (strstr (cr_record_get (CR_RECORD (briefing), "title"), "Baby H"));

  /* The count follows the typing. */
  background = find_part (dialog, "1 Background");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (background), "A baby, Baby H, was hurt.", -1);
  g_assert_nonnull (find_label (dialog, "25 / 1500"));
  g_assert_cmpstr (cr_record_get (CR_RECORD (briefing), "background"), ==, "A baby, Baby H, was hurt.");

  /* A draft not saved is not lost by closing without asking. */
  gtk_window_close (GTK_WINDOW (dialog));
  question = cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE, "the Discard question");
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Discard the changes?");
  /* Closing it answers "keep" (its close response). */
  gtk_window_close (GTK_WINDOW (question));
  cr_test_wait_toplevel_gone (ADW_TYPE_MESSAGE_DIALOG, TRUE, "the question to go");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "briefing.save", NULL);
  cr_test_wait_toplevel_gone (CR_TYPE_BRIEFING_DIALOG, TRUE, "the briefing dialog to close");

  stored = cr_test_db_list_records (fixture->db, CR_TYPE_BRIEFING, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "background"), ==, "A baby, Baby H, was hurt.");
  g_assert_nonnull (strstr (cr_record_get (stored->pdata[0], "learning-1"), FINDING_TITLE));

  /* The page now offers to edit it. */
  cr_test_wait_until (briefing_loaded, page, "the saved briefing");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page->draft_button)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page->edit_button)));
  gtk_widget_activate_action (GTK_WIDGET (page), "publication.edit-briefing", NULL);
  dialog = cr_test_wait_for_toplevel (CR_TYPE_BRIEFING_DIALOG, TRUE, "the briefing dialog");
  g_assert_cmpstr (cr_record_get (CR_RECORD (cr_briefing_dialog_get_briefing (dialog)), "background"), ==,
                   "A baby, Baby H, was hurt.");
  /* Unchanged: closes without asking. */
  gtk_window_close (GTK_WINDOW (dialog));
  cr_test_wait_toplevel_gone (CR_TYPE_BRIEFING_DIALOG, TRUE, "the unchanged dialog to close");
}

static gboolean
delivery_listed (gpointer data)
{
  return cr_test_find_row (data, ADW_TYPE_ACTION_ROW, "Health visiting, east") != NULL;
}

static void
test_delivery_added (Fixture       *fixture,
                     gconstpointer  data)
{
  CrPublicationPage *page = show_page (fixture);
  g_autoptr(GPtrArray) forms = g_ptr_array_new ();
  g_autoptr(GPtrArray) stored = NULL;
  CrRecordDialog *dialog;
  CrRecord *record;

  cr_test_wait_until (report_loaded, page, "the report to load");
  g_assert_nonnull (cr_test_find_row (page, ADW_TYPE_ACTION_ROW, "Not delivered to any team yet"));

  cr_record_list_group_add (page->deliveries_group);
  dialog = cr_test_wait_for_toplevel (CR_TYPE_RECORD_DIALOG, TRUE, "the Add Delivery dialog");
  cr_test_collect_widgets (GTK_WIDGET (dialog), CR_TYPE_RECORD_FORM, forms);
  g_assert_cmpuint (forms->len, ==, 1);
  record = cr_record_form_get_record (forms->pdata[0]);
  cr_record_set (record, "delivered-date", "2026-03-03");
  cr_record_set (record, "team", "Health visiting, east");
  cr_record_set (record, "delivered-by", "Sam Patel");
  cr_record_set (record, "attendees", "12");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  cr_test_wait_toplevel_gone (CR_TYPE_RECORD_DIALOG, TRUE, "the dialog to close");

  cr_test_wait_until (delivery_listed, page, "the delivery in the list");
  stored = cr_test_db_list_records (fixture->db, CR_TYPE_BRIEFING_DELIVERY, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "delivered-by"), ==, "Sam Patel");
}

static gboolean
partnership_row_shown (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (((CrPublicationPage *) data)->partnership_row));
}

static gboolean
partnership_row_hidden (gpointer data)
{
  return !partnership_row_shown (data);
}

/* The title page and the briefing name the partnership: the page says
 * when its name is not set, and stops saying so once it is. */
static void
test_partnership_warning (Fixture       *fixture,
                          gconstpointer  data)
{
  CrPublicationPage *page = show_page (fixture);
  g_autoptr(GSettings) settings = g_settings_new ("org.casereviews.CaseReviews");

  cr_test_wait_until (report_loaded, page, "the report to load");
  g_settings_set_string (settings, "partnership-name", "");
  cr_test_wait_until (partnership_row_shown, page, "the warning about the partnership's name");
  g_assert_nonnull (cr_test_find_row (page, ADW_TYPE_ACTION_ROW, "The partnership’s name is not set"));

  g_settings_set_string (settings, "partnership-name", "Northbridge Safeguarding Children Partnership");
  cr_test_wait_until (partnership_row_hidden, page, "the warning to go once the name is set");

  g_settings_set_string (settings, "partnership-name", "  ");
  cr_test_wait_until (partnership_row_shown, page, "the warning for a blank name");
  g_settings_reset (settings, "partnership-name");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/publication-page/briefing", Fixture, NULL,
              fixture_set_up, test_briefing_drafted_and_saved, fixture_tear_down);
  g_test_add ("/publication-page/delivery", Fixture, NULL,
              fixture_set_up, test_delivery_added, fixture_tear_down);
  g_test_add ("/publication-page/partnership", Fixture, NULL,
              fixture_set_up, test_partnership_warning, fixture_tear_down);

  return g_test_run ();
}
