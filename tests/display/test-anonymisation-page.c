/* test-anonymisation-page.c: the Check page of the report window, on a
 * real database in a temporary folder */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <string.h>

#include "cr-anonymisation-dismissal.h"
#include "cr-anonymisation-page.h"
#include "cr-audit-entry.h"
#include "cr-child.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-identity.h"
#include "cr-test-utils.h"

#define ANALYSIS "## What happened\n" \
                 "The health visitor saw Jayden at home on a weekday morning.\n" \
                 "A second paragraph names nobody at all."

/*
 * Synchronous database helpers
 */

static GPtrArray *
db_list (CrDatabase *db,
         GType       type,
         gint64      case_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *records;

  cr_database_list_records_async (db, type, case_id, NULL, cr_database_sync_cb, &res);
  records = cr_database_list_records_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return records;
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
  return g_strdup (g_ptr_array_index (sections, section));
}

/* The audit rows a check writes when it reads the restricted details. */
static guint
db_count_check_reads (CrDatabase *db,
                      gint64      case_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  guint n = 0;

  cr_database_list_audit_async (db, case_id, NULL, cr_database_sync_cb, &res);
  entries = cr_database_list_audit_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    n += g_strcmp0 (cr_audit_entry_get_field (entries->pdata[i]), "anonymisation-check") == 0;
  return n;
}

/*
 * Fixture: a case whose child, Child H, is really called Jayden Example,
 * and whose analysis names him
 */

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
  g_autoptr(CrChild) child = cr_child_new ();
  g_autoptr(CrChild) stored = NULL;
  g_autoptr(CrIdentity) identity = cr_identity_new ();

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  cr_test_database_set_up ("check.db", &fixture->dir, NULL, &fixture->db);

  cr_case_set_reference (kase, "CR-2026-071");
  cr_case_set_pseudonym (kase, "Child H");
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_ANALYSIS);
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);
  cr_case_set_incident_date (kase, "2026-02-10");
  cr_database_create_case_async (fixture->db, kase, NULL, cr_database_sync_cb, &res);
  fixture->kase = cr_database_create_case_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_clear_object (&res);

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, "Jayden Example");
  cr_child_set_case_id (child, cr_case_get_id (fixture->kase));
  cr_child_set_pseudonym (child, "Child H");
  cr_child_set_identity (child, identity);
  cr_database_add_child_async (fixture->db, child, NULL, cr_database_sync_cb, &res);
  stored = cr_database_add_child_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_clear_object (&res);

  cr_database_save_report_section_async (fixture->db, cr_case_get_id (fixture->kase),
                                         CR_REPORT_SECTION_ANALYSIS, ANALYSIS, NULL,
                                         cr_database_sync_cb, &res);
  g_assert_true (cr_database_save_report_section_finish (fixture->db, cr_database_wait (&res), &error));
  g_assert_no_error (error);

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

static gpointer
show_page (Fixture *fixture)
{
  GtkWidget *page = cr_anonymisation_page_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
  g_object_set (page, "database", fixture->db, "case", fixture->kase, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  return page;
}

/*
 * Widgets
 */

static GtkLabel *
status_title (gpointer page)
{
  return GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (page), CR_TYPE_ANONYMISATION_PAGE,
                                                   "status_title"));
}

typedef struct
{
  gpointer    page;
  const char *text;
} StatusWait;

static gboolean
status_is (gpointer data)
{
  StatusWait *wait = data;

  return g_strcmp0 (gtk_label_get_text (status_title (wait->page)), wait->text) == 0;
}

static void
wait_for_status (gpointer    page,
                 const char *text)
{
  StatusWait wait = { page, text };

  cr_test_wait_until (status_is, &wait, text);
}

static GtkButton *
find_button (gpointer    root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      return buttons->pdata[i];
  return NULL;
}

static GtkLabel *
find_label_containing (gpointer    root,
                       const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (labels->pdata[i]), text) != NULL)
      return labels->pdata[i];
  return NULL;
}

static AdwMessageDialog *
open_dismiss_dialog (gpointer page)
{
  GtkButton *dismiss = find_button (page, "Dismiss…");

  g_assert_nonnull (dismiss);
  g_signal_emit_by_name (dismiss, "clicked");
  return cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE, "the Dismiss dialog");
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  adw_message_dialog_response (dialog, response);
  cr_test_spin (50);
  if (weak != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (dialog), &weak);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

static gboolean
terms_shown (gpointer page)
{
  return find_label_containing (page, "Looking for ") != NULL;
}

static gboolean
widget_visible (gpointer data)
{
  return gtk_widget_get_visible (data);
}

/*
 * Tests
 */

static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  gpointer page = show_page (fixture);
  g_autofree char *analysis = NULL;
  GtkLabel *context;
  GtkButton *replace;

  /* Shown: it checks at once, and finds the real name in its context. */
  wait_for_status (page, "1 identifying detail to resolve");
  context = find_label_containing (page, "saw Jayden at home");
  g_assert_nonnull (context);
  g_assert_nonnull (strstr (gtk_label_get_label (context), "<b>Jayden</b>"));
  cr_test_wait_until (terms_shown, page, "what is looked for");
  g_assert_nonnull (find_label_containing (page, "0 dates of birth"));
  g_assert_nonnull (find_label_containing (page, "Last checked at"));
  /* What is looked for came with the check: the details were read once. */
  cr_test_spin (100);
  g_assert_cmpuint (db_count_check_reads (fixture->db, cr_case_get_id (fixture->kase)), ==, 1);

  /* One click puts the pseudonym in its place. */
  replace = find_button (page, "Replace with “Child H”");
  g_assert_nonnull (replace);
  g_signal_emit_by_name (replace, "clicked");
  wait_for_status (page, "No identifying details found");

  analysis = db_section (fixture->db, cr_case_get_id (fixture->kase), CR_REPORT_SECTION_ANALYSIS);
  g_assert_nonnull (strstr (analysis, "The health visitor saw Child H at home"));
  g_assert_null (strstr (analysis, "Jayden"));
  /* The rest of the section is as it was. */
  g_assert_true (g_str_has_prefix (analysis, "## What happened\n"));
  g_assert_nonnull (strstr (analysis, "A second paragraph names nobody at all."));
  g_assert_null (find_label_containing (page, "saw Jayden"));
}

static void
test_dismiss_and_restore (Fixture       *fixture,
                          gconstpointer  data)
{
  gpointer page = show_page (fixture);
  g_autoptr(GPtrArray) dismissals = NULL;
  AdwMessageDialog *dialog;
  GtkEditable *entry;
  GtkWidget *dismissed_group;
  GtkButton *restore;

  wait_for_status (page, "1 identifying detail to resolve");

  /* A reason shorter than 10 characters is refused. */
  dialog = open_dismiss_dialog (page);
  entry = g_object_get_data (G_OBJECT (dialog), "cr-entry");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "dismiss"));
  gtk_editable_set_text (entry, "  Too short ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "dismiss"));
  answer (dialog, "dismiss");
  cr_test_spin (300);
  dismissals = db_list (fixture->db, CR_TYPE_ANONYMISATION_DISMISSAL, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (dismissals->len, ==, 0);
  g_assert_cmpstr (gtk_label_get_text (status_title (page)), ==, "1 identifying detail to resolve");

  /* A real reason is kept, with who decided. */
  dialog = open_dismiss_dialog (page);
  entry = g_object_get_data (G_OBJECT (dialog), "cr-entry");
  gtk_editable_set_text (entry, "The name of a national charity, not the child's");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "dismiss"));
  answer (dialog, "dismiss");
  wait_for_status (page, "No identifying details found");

  g_clear_pointer (&dismissals, g_ptr_array_unref);
  dismissals = db_list (fixture->db, CR_TYPE_ANONYMISATION_DISMISSAL, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (dismissals->len, ==, 1);
  g_assert_cmpstr (cr_record_get (dismissals->pdata[0], "reason"), ==,
                   "The name of a national charity, not the child's");
  g_assert_cmpstr (cr_record_get (dismissals->pdata[0], "source"), ==, "Analysis");
  g_assert_cmpstr (cr_record_get (dismissals->pdata[0], "kind"), ==, "name");
  g_assert_true (cr_record_has (dismissals->pdata[0], "decided-by"));
  g_assert_cmpuint (strlen (cr_record_get (dismissals->pdata[0], "hit-key")), ==, 64);

  /* The hit moves to Dismissed, with its reason. */
  dismissed_group = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CR_TYPE_ANONYMISATION_PAGE,
                                                               "dismissed_group"));
  cr_test_wait_until (widget_visible, dismissed_group, "the Dismissed group");
  g_assert_nonnull (find_label_containing (dismissed_group, "The name of a national charity"));
  g_assert_null (find_button (page, "Replace with “Child H”"));

  /* Restoring makes it a detail to resolve again. */
  restore = find_button (dismissed_group, "Restore");
  g_assert_nonnull (restore);
  g_signal_emit_by_name (restore, "clicked");
  wait_for_status (page, "1 identifying detail to resolve");
  g_clear_pointer (&dismissals, g_ptr_array_unref);
  dismissals = db_list (fixture->db, CR_TYPE_ANONYMISATION_DISMISSAL, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (dismissals->len, ==, 0);
  g_assert_nonnull (find_button (page, "Replace with “Child H”"));
}

/* A one-page PDF naming the child, as an exported report might. */
static GFile *
write_pdf (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "exported.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 12);
  cairo_move_to (cr, 72, 100);
  cairo_show_text (cr, "The health visitor saw Jayden at home.");
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_file_new_for_path (path);
}

static gboolean
group_titled (gpointer data)
{
  StatusWait *wait = data;
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (wait->page), ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (groups->pdata[i]), wait->text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_check_pdf (Fixture       *fixture,
                gconstpointer  data)
{
  gpointer page = show_page (fixture);
  g_autoptr(GFile) pdf = write_pdf (fixture);
  StatusWait page_group = { page, "Page 1" };
  GtkWidget *note;

  wait_for_status (page, "1 identifying detail to resolve");
  cr_anonymisation_page_check_pdf (page, pdf);

  /* The PDF's hit is listed by page, with no replacement offered. */
  wait_for_status (page, "2 identifying details to resolve");
  cr_test_wait_until (group_titled, &page_group, "the Page 1 group");
  note = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), CR_TYPE_ANONYMISATION_PAGE, "pdf_note"));
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_nonnull (find_label_containing (note, "exported.pdf"));
  g_assert_nonnull (find_label_containing (page, "with “exported.pdf”"));
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    guint n_replace = 0;

    cr_test_collect_widgets (GTK_WIDGET (page), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "Replace with “Child H”") == 0)
        n_replace++;
    g_assert_cmpuint (n_replace, ==, 1);
  }

  /* Forgetting the PDF leaves the report's own hit. */
  gtk_widget_activate_action (page, "check.forget-pdf", NULL);
  wait_for_status (page, "1 identifying detail to resolve");
  g_assert_false (gtk_widget_get_visible (note));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/anonymisation-page/replace", Fixture, NULL,
              fixture_set_up, test_replace, fixture_tear_down);
  g_test_add ("/anonymisation-page/dismiss-and-restore", Fixture, NULL,
              fixture_set_up, test_dismiss_and_restore, fixture_tear_down);
  g_test_add ("/anonymisation-page/check-pdf", Fixture, NULL,
              fixture_set_up, test_check_pdf, fixture_tear_down);

  return g_test_run ();
}
