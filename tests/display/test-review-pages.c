/* test-review-pages.c: the commissioning, evidence and proceedings pages of
 * the review workspace, on a real database in a temporary folder */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-commissioning-page.h"
#include "cr-database-review.h"
#include "cr-deadlines.h"
#include "cr-evidence-page.h"
#include "cr-evidence-page-private.h"
#include "cr-form-dialog.h"
#include "cr-proceedings-page.h"
#include "cr-record-dialog.h"
#include "cr-record-form.h"
#include "cr-record-list-group.h"
#include "cr-test-utils.h"
#include "cr-util.h"

/*
 * Dates around today
 */

static char *
days_from_today (int days)
{
  GDate date;

  cr_date_set_today (&date);
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return cr_date_to_iso (&date);
}

/*
 * Synchronous database helpers
 */

static void
db_add_involvement (CrDatabase *db,
                    gint64      case_id,
                    gint64      agency_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrInvolvement) involvement = NULL;

  cr_database_add_involvement_async (db, case_id, agency_id, "Provided services", NULL,
                                     cr_database_sync_cb, &res);
  involvement = cr_database_add_involvement_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
}

/*
 * Widget lookup
 */

static CrRecordListGroup *
find_group (gpointer    root,
            const char *title)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), CR_TYPE_RECORD_LIST_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (groups->pdata[i]), title) == 0)
      return groups->pdata[i];
  g_assert_not_reached ();
}

static gboolean
row_has_prefix (gpointer    root,
                const char *prefix)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_has_prefix (adw_preferences_row_get_title (rows->pdata[i]), prefix))
      return TRUE;
  return FALSE;
}

/* The label with @text under @root that has @css_class, or NULL. */
static GtkLabel *
find_label (gpointer    root,
            const char *text,
            const char *css_class)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  if (root == NULL)
    return NULL;

  cr_test_collect_widgets (GTK_WIDGET (root), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0 &&
        (css_class == NULL || gtk_widget_has_css_class (labels->pdata[i], css_class)))
      return labels->pdata[i];
  return NULL;
}

typedef struct
{
  gpointer    root;
  const char *title;
  const char *text;
  const char *css_class;
} Wait;

static gboolean
row_present (gpointer data)
{
  Wait *wait = data;

  return cr_test_find_row (wait->root, ADW_TYPE_ACTION_ROW, wait->title) != NULL;
}

static gboolean
row_pill_present (gpointer data)
{
  Wait *wait = data;

  return find_label (cr_test_find_row (wait->root, ADW_TYPE_ACTION_ROW, wait->title), wait->text, wait->css_class) != NULL;
}

/*
 * Fixture: an LCSPR case, decided a month ago, being commissioned
 */

typedef struct
{
  char       *dir;
  CrDatabase *db;
  CrCase     *kase;
  CrAgency   *police;
  CrAgency   *health;
  GtkWidget  *window;
  guint       changed;
  CrCase     *last_changed;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autofree char *incident = days_from_today (-60);
  g_autofree char *aware = days_from_today (-58);
  g_autofree char *notified = days_from_today (-55);
  g_autofree char *decision = days_from_today (-30);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *reference = g_strdup_printf ("CR-%d-050", g_date_time_get_year (now));

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  cr_test_database_set_up ("review.db", &fixture->dir, NULL, &fixture->db);

  cr_case_set_reference (kase, reference);
  cr_case_set_pseudonym (kase, "Child R");
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_COMMISSIONING);
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);
  cr_case_set_incident_date (kase, incident);
  cr_case_set_aware_date (kase, aware);
  cr_case_set_notified_date (kase, notified);
  cr_case_set_decision_date (kase, decision);
  cr_database_create_case_async (fixture->db, kase, NULL, cr_database_sync_cb, &res);
  fixture->kase = cr_database_create_case_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);

  fixture->police = cr_test_db_create_agency (fixture->db, "Police", CR_AGENCY_SECTOR_POLICE);
  fixture->health = cr_test_db_create_agency (fixture->db, "Health visiting", CR_AGENCY_SECTOR_HEALTH);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_destroy_toplevels ();
  g_clear_object (&fixture->last_changed);
  g_clear_object (&fixture->kase);
  g_clear_object (&fixture->police);
  g_clear_object (&fixture->health);
  cr_test_database_tear_down (&fixture->dir, NULL, &fixture->db);
}

static gpointer
show_page (Fixture   *fixture,
           GtkWidget *page)
{
  gtk_window_set_child (GTK_WINDOW (fixture->window), page);
  g_object_set (page, "database", fixture->db, "case", fixture->kase, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  return page;
}

/*
 * Commissioning
 */

static void
test_commissioning_add_reviewer (Fixture       *fixture,
                                 gconstpointer  data)
{
  CrCommissioningPage *page = show_page (fixture, cr_commissioning_page_new ());
  CrRecordListGroup *reviewers = find_group (page, "Reviewers");
  g_autoptr(GPtrArray) forms = g_ptr_array_new ();
  g_autoptr(GPtrArray) stored = NULL;
  GtkListBox *warnings;
  CrRecordDialog *dialog;
  CrRecord *record;
  Wait pill = { page, "Ann Smith", "No declaration", "warning" };
  Wait warning = { page, NULL };

  cr_record_list_group_add (reviewers);
  dialog = cr_test_wait_for_toplevel (CR_TYPE_RECORD_DIALOG, TRUE, "the Add Reviewer dialog");
  cr_test_collect_widgets (GTK_WIDGET (dialog), CR_TYPE_RECORD_FORM, forms);
  g_assert_cmpuint (forms->len, ==, 1);
  record = cr_record_form_get_record (forms->pdata[0]);
  /* The first reviewer leads, unless the user says otherwise. */
  g_assert_cmpstr (cr_record_get (record, "role"), ==, "lead-reviewer");
  cr_record_set (record, "name", "Ann Smith");
  cr_record_set (record, "organisation", "Independent Safeguarding Ltd");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  cr_test_wait_toplevel_gone (CR_TYPE_RECORD_DIALOG, TRUE, "the dialog to close");

  cr_test_wait_until (row_pill_present, &pill, "the reviewer with a No declaration pill");
  stored = cr_test_db_list_records (fixture->db, CR_TYPE_REVIEWER, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "name"), ==, "Ann Smith");

  /* With no declaration, the page warns. */
  warnings = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (page), CR_TYPE_COMMISSIONING_PAGE,
                                                          "warnings_list"));
  {
    g_autofree char *expected = cr_reviewer_dup_warning (stored->pdata[0]);

    g_assert_nonnull (expected);
    warning.title = expected;
    cr_test_wait_until (row_present, &warning, "the reviewer's warning");
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (warnings)));
    g_assert_nonnull (cr_test_find_row (warnings, ADW_TYPE_ACTION_ROW, expected));
  }
}

static gboolean
tor_saved (gpointer data)
{
  GtkLabel *status = data;

  return g_strcmp0 (gtk_label_get_text (status), "Saved") == 0;
}

static CrRecord *
page_tor (gpointer page)
{
  g_autoptr(GPtrArray) forms = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (page), CR_TYPE_RECORD_FORM, forms);
  return forms->len == 1 ? cr_record_form_get_record (forms->pdata[0]) : NULL;
}

static gboolean
tor_loaded (gpointer page)
{
  return page_tor (page) != NULL;
}

static gboolean
tor_has_scope (gpointer page)
{
  CrRecord *tor = page_tor (page);

  return tor != NULL && g_strcmp0 (cr_record_get (tor, "scope"), "Neglect in the year before") == 0;
}

static void
test_commissioning_terms_saved_as_typed (Fixture       *fixture,
                                         gconstpointer  data)
{
  CrCommissioningPage *page = show_page (fixture, cr_commissioning_page_new ());
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GPtrArray) stored = NULL;
  GtkLabel *status;
  CrRecord *tor;
  GtkWidget *other;
  const char *field = NULL;

  cr_test_wait_until (tor_loaded, page, "the terms of reference form");
  tor = page_tor (page);
  g_assert_cmpint (cr_record_get_id (tor), ==, 0);
  /* A new terms of reference aims at the 6-month target. */
  g_assert_true (cr_record_has (tor, "target-date"));

  /* Type into the first paragraph field, as the user would. */
  cr_test_collect_widgets (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, >, 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[0]), "Neglect in the year before", -1);
  for (guint n = 0; n < 3; n++)
    {
      const char *names[] = { "scope", "lines-of-enquiry", "parallel-processes" };

      if (g_strcmp0 (cr_record_get (tor, names[n]), "Neglect in the year before") == 0)
        field = names[n];
    }
  g_assert_cmpstr (field, ==, "scope");

  status = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (page), CR_TYPE_COMMISSIONING_PAGE,
                                                     "tor_status"));
  cr_test_wait_until (tor_saved, status, "the terms of reference to be saved");
  stored = cr_test_db_list_records (fixture->db, CR_TYPE_TERMS_OF_REFERENCE, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "scope"), ==, "Neglect in the year before");

  /* Another page instance reads them back. */
  other = cr_commissioning_page_new ();
  g_object_ref_sink (other);
  g_object_set (other, "database", fixture->db, "case", fixture->kase, NULL);
  cr_test_wait_until (tor_has_scope, other, "the terms of reference on reload");
  g_assert_cmpint (cr_record_get_id (page_tor (other)), ==, cr_record_get_id (stored->pdata[0]));
  g_object_unref (other);
}

typedef struct
{
  CrDatabase *db;
  gint64      case_id;
} DbWait;

static gboolean
milestones_stored (gpointer data)
{
  DbWait *wait = data;
  g_autoptr(GPtrArray) milestones = cr_test_db_list_records (wait->db, CR_TYPE_MILESTONE, wait->case_id);

  return milestones->len > 0;
}

static gboolean
widget_visible (gpointer data)
{
  return gtk_widget_get_visible (data);
}

static gboolean
widget_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static void
test_commissioning_suggest_plan (Fixture       *fixture,
                                 gconstpointer  data)
{
  CrCommissioningPage *page = show_page (fixture, cr_commissioning_page_new ());
  CrRecordListGroup *plan = find_group (page, "Plan");
  GtkWidget *button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CR_TYPE_COMMISSIONING_PAGE,
                                                                 "suggest_button"));
  DbWait wait = { fixture->db, cr_case_get_id (fixture->kase) };
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GPtrArray) deadlines = cr_case_list_deadlines (fixture->kase, NULL);
  const char *description;
  const char *target = NULL;

  /* The target is the lcspr-publish deadline, 6 months from the decision. */
  for (guint i = 0; i < deadlines->len; i++)
    if (g_strcmp0 (cr_deadline_get_rule_id (deadlines->pdata[i]), "lcspr-publish") == 0)
      target = cr_deadline_get_due_date (deadlines->pdata[i]);
  g_assert_nonnull (target);
  description = adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (plan));
  {
    g_autofree char *long_date = cr_deadline_format_long_date (target);
    g_autofree char *expected = g_strdup_printf ("Target: %s (", long_date);

    g_assert_true (g_str_has_prefix (description, expected));
    g_assert_nonnull (strstr (description, "6 months"));
  }

  cr_test_wait_until (widget_visible, button, "the Suggest a Plan button");
  g_signal_emit_by_name (button, "clicked");
  cr_test_wait_until (milestones_stored, &wait, "the suggested milestones");
  cr_test_wait_until (widget_hidden, button, "the Suggest a Plan button to go");

  milestones = cr_test_db_list_records (fixture->db, CR_TYPE_MILESTONE, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (milestones->len, >=, 10);
  /* Nothing is planned after the target. */
  for (guint i = 0; i < milestones->len; i++)
    g_assert_cmpstr (cr_record_get (milestones->pdata[i], "planned-date"), <=, target);
  g_assert_cmpuint (g_list_model_get_n_items (cr_record_list_group_get_records (plan)), ==, milestones->len);
}

/*
 * Evidence
 */

static CrRecord *
add_request (Fixture    *fixture,
             CrAgency   *agency,
             const char *kind,
             int         requested,
             int         due)
{
  g_autoptr(CrRecord) request = CR_RECORD (cr_evidence_request_new ());
  g_autofree char *agency_id = g_strdup_printf ("%" G_GINT64_FORMAT, cr_agency_get_id (agency));
  g_autofree char *requested_date = days_from_today (requested);
  g_autofree char *due_date = days_from_today (due);

  cr_record_set_case_id (request, cr_case_get_id (fixture->kase));
  cr_record_set (request, "agency-id", agency_id);
  cr_record_set (request, "kind", kind);
  cr_record_set (request, "requested-date", requested_date);
  cr_record_set (request, "due-date", due_date);
  return cr_test_db_save_record (fixture->db, request);
}

static gboolean
reminded_today (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) requests = cr_test_db_list_records (fixture->db, CR_TYPE_EVIDENCE_REQUEST,
                                           cr_case_get_id (fixture->kase));
  g_autofree char *today = days_from_today (0);

  return requests->len == 1 && g_strcmp0 (cr_record_get (requests->pdata[0], "reminded-date"), today) == 0;
}

static void
test_evidence_overdue (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CrRecord) request = add_request (fixture, fixture->police, "chronology", -30, -10);
  g_autofree char *title = cr_record_dup_title (request);
  g_autofree char *pill_text = NULL;
  CrEvidencePage *page;
  GtkWidget *overdue;
  GdkContentProvider *content;
  g_auto(GValue) value = G_VALUE_INIT;
  int days = cr_evidence_request_days_overdue (CR_EVIDENCE_REQUEST (request), NULL);
  Wait pill = { NULL, title, NULL, "error" };
  Wait banner = { NULL, "1 request is overdue" };

  g_assert_cmpint (days, >, 0);
  pill_text = g_strdup_printf ("Overdue by %d days", days);
  page = show_page (fixture, cr_evidence_page_new ());
  pill.root = find_group (page, "Requests to Agencies");
  pill.text = pill_text;
  cr_test_wait_until (row_pill_present, &pill, "the Overdue pill");

  overdue = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CR_TYPE_EVIDENCE_PAGE,
                                                       "overdue_list"));
  banner.root = overdue;
  cr_test_wait_until (row_present, &banner, "the overdue banner");
  g_assert_true (gtk_widget_get_visible (overdue));
  g_assert_nonnull (cr_test_find_row (overdue, ADW_TYPE_ACTION_ROW, title));

  /* Copy Reminder: the text on the clipboard, today noted as reminded. */
  gtk_widget_activate_action (GTK_WIDGET (page), "evidence.copy-reminder", "x",
                              cr_record_get_id (request));
  cr_test_wait_until (reminded_today, fixture, "the reminded date");
  content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (page)));
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  g_assert_nonnull (strstr (g_value_get_string (&value), cr_case_get_reference (fixture->kase)));
  g_assert_null (strstr (g_value_get_string (&value), "Child R"));
}

static gboolean
requests_count (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) requests = cr_test_db_list_records (fixture->db, CR_TYPE_EVIDENCE_REQUEST,
                                           cr_case_get_id (fixture->kase));

  return requests->len == 4;
}

static void
test_evidence_request_all (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CrRecord) asked = add_request (fixture, fixture->police, "chronology", -2, 10);
  g_autoptr(GPtrArray) requests = NULL;
  g_autofree char *today = days_from_today (0);
  CrEvidencePage *page;
  AdwMessageDialog *dialog;
  guint n_chronology = 0;

  db_add_involvement (fixture->db, cr_case_get_id (fixture->kase), cr_agency_get_id (fixture->police));
  db_add_involvement (fixture->db, cr_case_get_id (fixture->kase), cr_agency_get_id (fixture->health));
  page = show_page (fixture, cr_evidence_page_new ());
  cr_test_spin (200);

  gtk_widget_activate_action (GTK_WIDGET (page), "evidence.request-all", NULL);
  dialog = cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE, "the due date dialog");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "request"));
  adw_message_dialog_response (dialog, "request");
  cr_test_wait_until (requests_count, fixture, "three more requests");

  /* Police was asked for its chronology already: not again. */
  requests = cr_test_db_list_records (fixture->db, CR_TYPE_EVIDENCE_REQUEST, cr_case_get_id (fixture->kase));
  for (guint i = 0; i < requests->len; i++)
    {
      if (g_strcmp0 (cr_record_get (requests->pdata[i], "kind"), "chronology") == 0)
        n_chronology++;
      if (cr_record_get_id (requests->pdata[i]) != cr_record_get_id (asked))
        g_assert_cmpstr (cr_record_get (requests->pdata[i], "requested-date"), ==, today);
    }
  g_assert_cmpuint (n_chronology, ==, 2);
}

static gboolean
document_stored (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) documents = cr_test_db_list_records (fixture->db, CR_TYPE_DOCUMENT, cr_case_get_id (fixture->kase));

  return documents->len == 1;
}

static gboolean
request_received (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) requests = cr_test_db_list_records (fixture->db, CR_TYPE_EVIDENCE_REQUEST,
                                           cr_case_get_id (fixture->kase));

  return requests->len == 1 && cr_record_has (requests->pdata[0], "received-date");
}

static void
test_evidence_add_document (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = g_canonicalize_filename ("../../shared/corpus/pdfs/freedesktop__poppler-test/doublepage.pdf",
                                                   g_test_get_dir (G_TEST_DIST));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CrRecord) request = add_request (fixture, fixture->police, "agency-report", -5, 15);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  g_autofree char *agency_id = g_strdup_printf ("%" G_GINT64_FORMAT, cr_agency_get_id (fixture->police));
  g_autofree char *document_id = NULL;
  CrEvidencePage *page;
  CrFormDialog *dialog;
  AdwMessageDialog *offer;
  CrRecord *document;
  Wait row = { NULL, "doublepage" };

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("the shared PDF corpus is not beside the source tree");
      return;
    }

  page = show_page (fixture, cr_evidence_page_new ());
  cr_test_spin (200);
  _cr_evidence_page_add_files (page, &file, 1);

  dialog = cr_test_wait_for_toplevel (CR_TYPE_FORM_DIALOG, TRUE, "the Add Document dialog");
  document = cr_form_dialog_get_record (dialog);
  g_assert_cmpstr (cr_record_get (document, "title"), ==, "doublepage");
  g_assert_cmpstr (cr_record_get (document, "filename"), ==, "doublepage.pdf");
  g_assert_cmpstr (cr_record_get (document, "doc-type"), ==, "agency-report");
  cr_record_set (document, "agency-id", agency_id);
  cr_record_set (document, "version", "Final");
  cr_form_dialog_accept (dialog);
  cr_test_wait_until (document_stored, fixture, "the document to be stored");

  documents = cr_test_db_list_records (fixture->db, CR_TYPE_DOCUMENT, cr_case_get_id (fixture->kase));
  g_assert_cmpstr (cr_record_get (documents->pdata[0], "media-type"), ==, "application/pdf");
  g_assert_cmpstr (cr_record_get (documents->pdata[0], "version"), ==, "Final");
  g_assert_cmpuint (strlen (cr_record_get (documents->pdata[0], "sha256")), ==, 64);

  row.root = gtk_widget_get_template_child (GTK_WIDGET (page), CR_TYPE_EVIDENCE_PAGE, "documents_list");
  cr_test_wait_until (row_present, &row, "the document's row");

  /* The police's report was asked for: the page offers to mark it received. */
  offer = cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE, "the offer to mark the request received");
  adw_message_dialog_response (offer, "mark");
  cr_test_wait_until (request_received, fixture, "the request to be received");
  requests = cr_test_db_list_records (fixture->db, CR_TYPE_EVIDENCE_REQUEST, cr_case_get_id (fixture->kase));
  document_id = g_strdup_printf ("%" G_GINT64_FORMAT, cr_record_get_id (documents->pdata[0]));
  g_assert_cmpstr (cr_record_get (requests->pdata[0], "document-id"), ==, document_id);
}

static void
test_evidence_refuses_folder (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
  g_autoptr(GPtrArray) documents = NULL;
  CrEvidencePage *page = show_page (fixture, cr_evidence_page_new ());
  AdwMessageDialog *dialog;

  cr_test_spin (100);
  _cr_evidence_page_add_files (page, &folder, 1);
  /* No toast overlay here: the message comes as a dialog. */
  dialog = cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE, "the message about the folder");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not a file"));
  g_assert_null (cr_test_find_toplevel (CR_TYPE_FORM_DIALOG, TRUE));
  documents = cr_test_db_list_records (fixture->db, CR_TYPE_DOCUMENT, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (documents->len, ==, 0);
}

/*
 * Proceedings
 */

static void
on_case_changed_cb (GtkWidget *page,
                    CrCase    *updated,
                    Fixture   *fixture)
{
  g_set_object (&fixture->last_changed, updated);
  fixture->changed++;
}

static CrDeadlineState
publish_state (CrCase *kase)
{
  g_autoptr(GPtrArray) deadlines = cr_case_list_deadlines (kase, NULL);

  for (guint i = 0; i < deadlines->len; i++)
    if (g_strcmp0 (cr_deadline_get_rule_id (deadlines->pdata[i]), "lcspr-publish") == 0)
      return cr_deadline_get_state (deadlines->pdata[i]);
  g_assert_not_reached ();
}

static void
test_proceedings_pause_and_resume (Fixture       *fixture,
                                   gconstpointer  data)
{
  CrProceedingsPage *page;
  CrFormDialog *dialog;
  g_autoptr(CrCase) paused = NULL;
  g_autoptr(CrCase) resumed = NULL;
  g_autoptr(GPtrArray) pauses = NULL;
  g_autofree char *look_again = days_from_today (60);
  Wait status = { NULL, "The review’s clocks are running" };

  g_assert_cmpint (publish_state (fixture->kase), !=, CR_DEADLINE_STATE_STOPPED);
  page = CR_PROCEEDINGS_PAGE (cr_proceedings_page_new ());
  g_signal_connect (page, "case-changed", G_CALLBACK (on_case_changed_cb), fixture);
  show_page (fixture, GTK_WIDGET (page));
  status.root = page;
  g_assert_nonnull (cr_test_find_row (page, ADW_TYPE_ACTION_ROW, status.title));

  /* A reason is required: the Pause button waits for it. */
  gtk_widget_activate_action (GTK_WIDGET (page), "proceedings.pause", NULL);
  dialog = cr_test_wait_for_toplevel (CR_TYPE_FORM_DIALOG, TRUE, "the pause dialog");
  cr_form_dialog_accept (dialog);
  g_assert_nonnull (cr_test_find_toplevel (CR_TYPE_FORM_DIALOG, TRUE));
  cr_record_set (cr_form_dialog_get_record (dialog), "reason", "Criminal trial of the father.");
  cr_record_set (cr_form_dialog_get_record (dialog), "look-again", look_again);
  cr_form_dialog_accept (dialog);
  cr_test_wait_toplevel_gone (CR_TYPE_FORM_DIALOG, TRUE, "the pause dialog to close");
  cr_test_wait_count (&fixture->changed, 1, "case-changed after the pause");

  paused = cr_test_db_get_case (fixture->db, cr_case_get_id (fixture->kase));
  g_assert_cmpint (cr_case_get_status (paused), ==, CR_CASE_STATUS_PAUSED);
  g_assert_cmpint (cr_case_get_status (fixture->last_changed), ==, CR_CASE_STATUS_PAUSED);
  g_assert_cmpint (publish_state (paused), ==, CR_DEADLINE_STATE_STOPPED);
  g_assert_true (row_has_prefix (page, "Paused since "));
  /* The status says it in whole sentences: the reason's own full stop is
   * not followed by a dash. */
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    g_autofree char *look_label = cr_deadline_format_long_date (look_again);
    g_autofree char *expected = g_strdup_printf ("Criminal trial of the father. Look again on %s. "
                                                 "The review’s deadlines stand still until it resumes.",
                                                 look_label);
    gboolean found = FALSE;

    cr_test_collect_widgets (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      {
        const char *subtitle = adw_action_row_get_subtitle (rows->pdata[i]);

        g_assert_null (subtitle != NULL ? strstr (subtitle, ". —") : NULL);
        found |= g_strcmp0 (subtitle, expected) == 0;
      }
    g_assert_true (found);
  }

  pauses = cr_test_db_list_records (fixture->db, CR_TYPE_CASE_PAUSE, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (pauses->len, ==, 1);
  g_assert_cmpstr (cr_record_get (pauses->pdata[0], "reason"), ==, "Criminal trial of the father.");
  g_assert_cmpstr (cr_record_get (pauses->pdata[0], "look-again"), ==, look_again);
  g_clear_pointer (&pauses, g_ptr_array_unref);

  /* Resume today. */
  gtk_widget_activate_action (GTK_WIDGET (page), "proceedings.resume", NULL);
  dialog = cr_test_wait_for_toplevel (CR_TYPE_FORM_DIALOG, TRUE, "the resume dialog");
  cr_form_dialog_accept (dialog);
  cr_test_wait_toplevel_gone (CR_TYPE_FORM_DIALOG, TRUE, "the resume dialog to close");
  cr_test_wait_count (&fixture->changed, 2, "case-changed after resuming");

  resumed = cr_test_db_get_case (fixture->db, cr_case_get_id (fixture->kase));
  g_assert_cmpint (cr_case_get_status (resumed), ==, CR_CASE_STATUS_LCSPR_COMMISSIONING);
  g_assert_cmpint (publish_state (resumed), !=, CR_DEADLINE_STATE_STOPPED);
  cr_test_wait_until (row_present, &status, "the clocks running again");

  pauses = cr_test_db_list_records (fixture->db, CR_TYPE_CASE_PAUSE, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (pauses->len, ==, 1);
  g_assert_false (cr_case_pause_is_open (CR_CASE_PAUSE (pauses->pdata[0])));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/review-pages/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("commissioning/add-reviewer", test_commissioning_add_reviewer);
  ADD ("commissioning/terms-saved-as-typed", test_commissioning_terms_saved_as_typed);
  ADD ("commissioning/suggest-plan", test_commissioning_suggest_plan);
  ADD ("evidence/overdue", test_evidence_overdue);
  ADD ("evidence/request-all", test_evidence_request_all);
  ADD ("evidence/add-document", test_evidence_add_document);
  ADD ("evidence/refuses-folder", test_evidence_refuses_folder);
  ADD ("proceedings/pause-and-resume", test_proceedings_pause_and_resume);

  return g_test_run ();
}
