/* test-report-window.c: the report window and its Draft page, on a real
 * database in a temporary folder: saving as the reviewer types, versions,
 * comparing and going back */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-child.h"
#include "cr-database-report.h"
#include "cr-identity.h"
#include "cr-report-compare-window.h"
#include "cr-report-draft-page.h"
#include "cr-report-versions-window.h"
#include "cr-report-window.h"
#include "cr-rich-text-editor.h"
#include "cr-test-utils.h"

static GtkApplication *application;

/*
 * Fixture
 */

typedef struct
{
  char              *dir;
  CrDatabase        *db;
  CrCase            *kase;
  GtkWindow         *window;    /* a plain window holding the page */
  CrReportDraftPage *page;
} Fixture;

static CrCase *
db_create_case (CrDatabase *db)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  CrCase *stored;

  cr_case_set_reference (kase, "CR-2026-301");
  cr_case_set_pseudonym (kase, "Child J");
  cr_case_set_incident_date (kase, "2026-01-05");
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_ANALYSIS);
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);
  cr_database_create_case_async (db, kase, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_case_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return stored;
}

static char *
db_section (CrDatabase      *db,
            gint64           case_id,
            CrReportSection  section)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sections = NULL;

  cr_database_load_report_sections_async (db, case_id, NULL, cr_database_sync_cb, &res);
  sections = cr_database_load_report_sections_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sections->len, ==, CR_REPORT_N_SECTIONS);
  return g_strdup (g_ptr_array_index (sections, section));
}

static void
db_save_section (CrDatabase      *db,
                 gint64           case_id,
                 CrReportSection  section,
                 const char      *markup)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;

  cr_database_save_report_section_async (db, case_id, section, markup, NULL, cr_database_sync_cb, &res);
  g_assert_true (cr_database_save_report_section_finish (db, cr_database_wait (&res), &error));
  g_assert_no_error (error);
}

static guint
db_count_versions (CrDatabase *db,
                   gint64      case_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = NULL;

  cr_database_list_report_versions_async (db, case_id, NULL, cr_database_sync_cb, &res);
  versions = cr_database_list_report_versions_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return versions->len;
}

static gpointer
page_child (Fixture    *fixture,
            const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (fixture->page),
                                                  CR_TYPE_REPORT_DRAFT_PAGE, name);

  g_assert_nonnull (child);
  return child;
}

static gboolean
page_loaded (gpointer data)
{
  Fixture *fixture = data;
  GtkStack *stack = page_child (fixture, "editor_stack");

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "loading") != 0;
}

static gboolean
page_saved (gpointer data)
{
  Fixture *fixture = data;

  return !cr_report_draft_page_is_saving (fixture->page);
}

/* The row of the section titled @title, selected as a click would. */
static void
select_section (Fixture    *fixture,
                const char *title)
{
  GtkListBox *list = page_child (fixture, "section_list");

  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      cr_test_collect_widgets (GTK_WIDGET (row), GTK_TYPE_LABEL, labels);
      if (labels->len > 0 && g_strcmp0 (gtk_label_get_text (labels->pdata[0]), title) == 0)
        {
          gtk_list_box_select_row (list, row);
          g_assert_cmpstr (gtk_label_get_text (page_child (fixture, "title_label")), ==, title);
          return;
        }
    }

  g_assert_not_reached ();
}

static GtkTextBuffer *
editor_buffer (Fixture *fixture)
{
  CrRichTextEditor *editor = page_child (fixture, "editor");

  return gtk_text_view_get_buffer (cr_rich_text_editor_get_view (editor));
}

static char *
editor_markup (Fixture *fixture)
{
  g_autoptr(CrRichText) text = cr_rich_text_editor_get_text (page_child (fixture, "editor"));

  return cr_rich_text_to_markup (text);
}

/* As the text view does for keys typed at the end. */
static void
type_at_end (Fixture    *fixture,
             const char *text)
{
  GtkTextBuffer *buffer = editor_buffer (fixture);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  cr_test_database_set_up ("report.db", &fixture->dir, NULL, &fixture->db);
  fixture->kase = db_create_case (fixture->db);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  overlay = adw_toast_overlay_new ();
  fixture->page = CR_REPORT_DRAFT_PAGE (cr_report_draft_page_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->page));
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_destroy_toplevels ();

  g_clear_object (&fixture->kase);
  cr_test_database_tear_down (&fixture->dir, NULL, &fixture->db);
}

static void
open_page (Fixture *fixture)
{
  g_object_set (fixture->page,
                "database", fixture->db,
                "case", fixture->kase,
                NULL);
  cr_test_wait_until (page_loaded, fixture, "the report to load");
}

/*
 * Tests
 */

static void
test_typing_saves (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 id = cr_case_get_id (fixture->kase);
  g_autofree char *stored = NULL;
  g_autofree char *markup = NULL;
  GtkLabel *status = NULL;

  db_save_section (fixture->db, id, CR_REPORT_SECTION_FINDINGS, "Written *before*.");
  open_page (fixture);
  status = page_child (fixture, "status_label");

  /* A section is shown from storage, its row says what is written. */
  select_section (fixture, "Findings");
  markup = editor_markup (fixture);
  g_assert_cmpstr (markup, ==, "Written *before*.");
  g_assert_nonnull (strstr (gtk_label_get_text (status), "2 words"));

  select_section (fixture, "Analysis");
  type_at_end (fixture, "The agencies did not share what they knew.");
  g_assert_true (cr_report_draft_page_is_saving (fixture->page));
  g_assert_nonnull (strstr (gtk_label_get_text (status), "Saving"));
  g_assert_nonnull (strstr (gtk_label_get_text (status), "8 words"));

  /* Not at once: after the pause in typing. */
  stored = db_section (fixture->db, id, CR_REPORT_SECTION_ANALYSIS);
  g_assert_cmpstr (stored, ==, "");
  cr_test_wait_until (page_saved, fixture, "the typing to be saved");
  g_clear_pointer (&stored, g_free);
  stored = db_section (fixture->db, id, CR_REPORT_SECTION_ANALYSIS);
  g_assert_cmpstr (stored, ==, "The agencies did not share what they knew.");
  g_assert_nonnull (strstr (gtk_label_get_text (status), "Saved"));

  /* Bold typed text is stored as such. */
  gtk_widget_activate_action (page_child (fixture, "editor"), "editor.bold", NULL);
  type_at_end (fixture, " Nobody asked.");
  cr_test_wait_until (page_saved, fixture, "the bold typing to be saved");
  g_clear_pointer (&stored, g_free);
  stored = db_section (fixture->db, id, CR_REPORT_SECTION_ANALYSIS);
  g_assert_cmpstr (stored, ==, "The agencies did not share what they knew.** Nobody asked.**");
}

static void
test_switching_saves (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 id = cr_case_get_id (fixture->kase);
  g_autofree char *stored = NULL;
  g_autofree char *markup = NULL;
  AdwEntryRow *subtitle;

  open_page (fixture);
  select_section (fixture, "Analysis");
  type_at_end (fixture, "Typed just before moving on.");

  /* Switching sections saves at once: the read queued after it sees it,
   * well before the pause would have run out. */
  select_section (fixture, "Glossary");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_child (fixture, "editor_stack")), ==, "text");
  stored = db_section (fixture->db, id, CR_REPORT_SECTION_ANALYSIS);
  g_assert_cmpstr (stored, ==, "Typed just before moving on.");

  /* Back again: the text is there. */
  select_section (fixture, "Analysis");
  markup = editor_markup (fixture);
  g_assert_cmpstr (markup, ==, "Typed just before moving on.");

  /* The title page is a subtitle line. */
  select_section (fixture, "Title page");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (page_child (fixture, "editor_stack")), ==, "subtitle");
  subtitle = page_child (fixture, "subtitle_row");
  gtk_editable_set_text (GTK_EDITABLE (subtitle), "A review of the multi-agency response");
  cr_report_draft_page_save_now (fixture->page);
  g_clear_pointer (&stored, g_free);
  stored = db_section (fixture->db, id, CR_REPORT_SECTION_TITLE_PAGE);
  g_assert_cmpstr (stored, ==, "A review of the multi-agency response");
}

/* As a click on the dialog's button: the response, then the dialog goes. */
static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
versions_listed (gpointer data)
{
  CrReportVersionsWindow *window = data;
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                  CR_TYPE_REPORT_VERSIONS_WINDOW,
                                                                  "version_list"));

  return gtk_list_box_get_selected_row (list) != NULL;
}

static GtkWidget *
versions_child (CrReportVersionsWindow *window,
                const char             *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                    CR_TYPE_REPORT_VERSIONS_WINDOW, name));
}

static char *
tagged_text (GtkTextBuffer *buffer,
             const char    *tag_name)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  g_autoptr(GString) text = g_string_new (NULL);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  for (gtk_text_buffer_get_start_iter (buffer, &iter); !gtk_text_iter_is_end (&iter);
       gtk_text_iter_forward_char (&iter))
    if (gtk_text_iter_has_tag (&iter, tag))
      g_string_append_unichar (text, gtk_text_iter_get_char (&iter));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_versions (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 id = cr_case_get_id (fixture->kase);
  CrReportVersionsWindow *versions;
  CrReportCompareWindow *compare;
  AdwMessageDialog *dialog;
  GtkTextBuffer *buffer;
  g_autofree char *inserted = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *markup = NULL;

  open_page (fixture);
  select_section (fixture, "Analysis");
  type_at_end (fixture, "Practitioners saw the bruise.");

  /* Save Version…: a label asked for, the text as typed kept. */
  g_assert_true (gtk_widget_get_sensitive (page_child (fixture, "save_version_button")));
  g_signal_emit_by_name (page_child (fixture, "save_version_button"), "clicked");
  dialog = cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE, "the version label dialog");
  g_assert_true (g_str_has_prefix (gtk_editable_get_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog))),
                                   "Draft "));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "For the panel");
  answer (dialog, "save");
  g_assert_cmpuint (db_count_versions (fixture->db, id), ==, 1);

  /* More words, then compared with the version. */
  type_at_end (fixture, " Nobody asked how it happened.");
  g_signal_emit_by_name (page_child (fixture, "versions_button"), "clicked");
  versions = cr_test_wait_for_toplevel (CR_TYPE_REPORT_VERSIONS_WINDOW, TRUE, "the versions window");
  cr_test_wait_until (versions_listed, versions, "the versions to be listed");
  g_assert_false (gtk_widget_get_sensitive (versions_child (versions, "compare_previous_button")));
  g_signal_emit_by_name (versions_child (versions, "compare_current_button"), "clicked");
  compare = cr_test_wait_for_toplevel (CR_TYPE_REPORT_COMPARE_WINDOW, TRUE, "the compare window");

  buffer = cr_report_compare_window_get_buffer (compare, CR_REPORT_SECTION_ANALYSIS);
  g_assert_nonnull (buffer);
  inserted = tagged_text (buffer, "inserted");
  g_assert_cmpstr (inserted, ==, " Nobody asked how it happened.");
  /* Words are compared without the spaces after them: "bruise." at the
   * end of the version is the same word, so nothing counts as deleted. */
  deleted = tagged_text (buffer, "deleted");
  g_assert_cmpstr (deleted, ==, "");
  g_assert_nonnull (strstr (cr_report_compare_window_get_summary (compare), "1 section changed"));
  g_assert_nonnull (strstr (cr_report_compare_window_get_summary (compare), "words added"));
  g_assert_null (cr_report_compare_window_get_buffer (compare, CR_REPORT_SECTION_FOREWORD));
  gtk_window_destroy (GTK_WINDOW (compare));

  /* Go Back to This Version…: asked first, then the text as it was; the
   * text from before is a version of its own. */
  g_signal_emit_by_name (versions_child (versions, "go_back_button"), "clicked");
  dialog = cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE, "the go back dialog");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Go Back to Version 1?");
  answer (dialog, "go-back");
  cr_test_wait_toplevel_gone (CR_TYPE_REPORT_VERSIONS_WINDOW, TRUE, "the versions window");

  stored = db_section (fixture->db, id, CR_REPORT_SECTION_ANALYSIS);
  g_assert_cmpstr (stored, ==, "Practitioners saw the bruise.");
  g_assert_cmpuint (db_count_versions (fixture->db, id), ==, 2);
  cr_test_wait_until (page_loaded, fixture, "the report to load again");
  cr_test_spin (200);
  markup = editor_markup (fixture);
  g_assert_cmpstr (markup, ==, "Practitioners saw the bruise.");
  g_assert_false (cr_report_draft_page_is_saving (fixture->page));
}

static void
db_add_child (CrDatabase *db,
              gint64      case_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrChild) child = cr_child_new ();
  g_autoptr(CrChild) stored = NULL;
  g_autoptr(CrIdentity) identity = cr_identity_new ();

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, "Jayden Example");
  cr_child_set_case_id (child, case_id);
  cr_child_set_pseudonym (child, "Child J");
  cr_child_set_identity (child, identity);
  cr_database_add_child_async (db, child, NULL, cr_database_sync_cb, &res);
  stored = cr_database_add_child_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
}

static guint
count_report_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    n += CR_IS_REPORT_WINDOW (l->data);
  return n;
}

static gboolean
no_report_window (gpointer data)
{
  return count_report_windows () == 0;
}

typedef struct
{
  Fixture    *fixture;
  const char *markup;
} MarkupWait;

static gboolean
editor_shows (gpointer data)
{
  MarkupWait *wait = data;
  g_autofree char *markup = editor_markup (wait->fixture);

  return g_strcmp0 (markup, wait->markup) == 0;
}

static void
test_window (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const page_names[] = { "draft", "findings", "check", "publication", NULL };
  gint64 id = cr_case_get_id (fixture->kase);
  CrReportWindow *window, *again;
  AdwViewStack *stack;
  AdwMessageDialog *dialog;
  MarkupWait wait = { fixture, NULL };
  g_autofree char *stored = NULL;
  guint n_pages = 0;

  /* The fixture's own window is not needed here. */
  gtk_window_destroy (fixture->window);
  fixture->window = NULL;
  db_add_child (fixture->db, id);

  window = cr_report_window_open (application, fixture->db, fixture->kase);
  g_assert_true (CR_IS_REPORT_WINDOW (window));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "CR-2026-301"));
  g_assert_true (cr_report_window_get_database (window) == fixture->db);
  g_assert_cmpint (cr_case_get_id (cr_report_window_get_case (window)), ==, id);

  /* Its pages by name, Draft first (the four once all are built). */
  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CR_TYPE_REPORT_WINDOW,
                                                         "view_stack"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "draft");
  for (guint i = 0; page_names[i] != NULL; i++)
    if (adw_view_stack_get_child_by_name (stack, page_names[i]) != NULL)
      {
        cr_report_window_show_page (window, page_names[i]);
        g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, page_names[i]);
        n_pages++;
      }
  g_assert_cmpuint (n_pages, ==, g_list_model_get_n_items (G_LIST_MODEL (adw_view_stack_get_pages (stack))));
  g_assert_cmpuint (n_pages, >=, 2);

  /* The Publication page's buttons reach the window's actions. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    guint n_found = 0;

    cr_report_window_show_page (window, "publication");
    cr_test_collect_widgets (adw_view_stack_get_child_by_name (stack, "publication"), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      {
        const char *action = gtk_actionable_get_action_name (buttons->pdata[i]);

        if (g_strcmp0 (action, "report.preview") == 0 || g_strcmp0 (action, "report.export") == 0)
          {
            g_assert_true (gtk_widget_is_sensitive (buttons->pdata[i]));
            n_found++;
          }
      }
    g_assert_cmpuint (n_found, ==, 2);
  }
  cr_report_window_show_page (window, "draft");

  /* One window per case. */
  again = cr_report_window_open (application, fixture->db, fixture->kase);
  g_assert_true (again == window);
  g_assert_true (cr_report_window_find (application, fixture->db, id) == window);
  g_assert_cmpuint (count_report_windows (), ==, 1);

  /* Text changed elsewhere (a hit replaced on the Check page) shows
   * once a page says so. */
  fixture->page = CR_REPORT_DRAFT_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                        CR_TYPE_REPORT_WINDOW,
                                                                        "draft_page"));
  cr_test_wait_until (page_loaded, fixture, "the report to load");
  select_section (fixture, "Analysis");
  db_save_section (fixture->db, id, CR_REPORT_SECTION_ANALYSIS, "Jayden was seen at school.");
  cr_report_window_notify_report_changed (window);
  wait.markup = "Jayden was seen at school.";
  cr_test_wait_until (editor_shows, &wait, "the new text on the Draft page");

  /* A final export is refused while a real name is in the report. */
  gtk_widget_activate_action (GTK_WIDGET (window), "report.export", NULL);
  dialog = cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE, "the refusal");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Report Is Not Ready to Publish");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "1 thing in the report"));
  g_assert_true (adw_message_dialog_has_response (dialog, "draft"));
  g_assert_true (adw_message_dialog_has_response (dialog, "check"));
  answer (dialog, "cancel");

  /* Closing the window saves what was typed, without waiting. */
  type_at_end (fixture, " Typed last.");
  fixture->page = NULL;
  gtk_window_close (GTK_WINDOW (window));
  stored = db_section (fixture->db, id, CR_REPORT_SECTION_ANALYSIS);
  g_assert_cmpstr (stored, ==, "Jayden was seen at school. Typed last.");
  cr_test_wait_until (no_report_window, NULL, "the report window to close");

  /* The database going closes its report windows. */
  cr_report_window_open (application, fixture->db, fixture->kase);
  g_assert_cmpuint (count_report_windows (), ==, 1);
  cr_report_window_close_all (application, fixture->db);
  cr_test_wait_until (no_report_window, NULL, "the report windows to close");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  application = GTK_APPLICATION (adw_application_new ("org.casereviews.CaseReviews.TestReportWindow",
                                                      G_APPLICATION_NON_UNIQUE));
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);
  g_application_set_default (G_APPLICATION (application));
  g_application_hold (G_APPLICATION (application));

#define ADD(path, func) \
  g_test_add ("/report-window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("draft/typing-saves", test_typing_saves);
  ADD ("draft/switching-saves", test_switching_saves);
  ADD ("draft/versions", test_versions);
  ADD ("window", test_window);
#undef ADD

  status = g_test_run ();

  g_application_release (G_APPLICATION (application));
  g_clear_object (&application);
  return status;
}
