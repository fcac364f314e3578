/* test-findings-page.c: the findings page of the report window and its
 * dialogs, on a real database in a temporary folder */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-chronology-import.h"
#include "cr-chronology-mapping.h"
#include "cr-database-chronology.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-finding-dialog.h"
#include "cr-findings-page.h"
#include "cr-recommendation-dialog.h"
#include "cr-sheet.h"
#include "cr-test-utils.h"

static const char police_csv[] =
  "Date,Event\r\n"
  "03/02/2026,Home visit by officers after a call from a neighbour\r\n"
  "04/02/2026,Telephone call to the mother about the visit\r\n"
  "09/02/2026,Strategy discussion not held\r\n";

/*
 * Synchronous database helpers
 */

static GArray *
db_evidence (CrDatabase *db,
             gint64      finding_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GArray *ids;

  cr_database_list_finding_evidence_async (db, finding_id, NULL, cr_database_sync_cb, &res);
  ids = cr_database_list_finding_evidence_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return ids;
}

static CrChronology *
db_import (CrDatabase *db,
           gint64      case_id,
           gint64      agency_id)
{
  g_autoptr(GBytes) csv = g_bytes_new_static (police_csv, sizeof police_csv - 1);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrSheet) sheet = NULL;
  g_autoptr(CrChronologyMapping) mapping = NULL;
  g_autoptr(CrChronologyImportResult) result = NULL;
  CrChronology *chronology;

  sheet = cr_sheet_read (csv, "police.csv", NULL, &error);
  g_assert_no_error (error);
  mapping = cr_chronology_mapping_guess (sheet, NULL);
  result = cr_chronology_import_rows (sheet, mapping, NULL, &error);
  g_assert_no_error (error);
  cr_database_import_chronology_async (db, case_id, agency_id, "police.csv", csv,
                                       mapping, result, NULL, cr_database_sync_cb, &res);
  g_assert_cmpint (cr_database_import_chronology_finish (db, cr_database_wait (&res), &error), >, 0);
  g_assert_no_error (error);
  g_clear_object (&res);

  cr_database_load_chronology_async (db, case_id, NULL, cr_database_sync_cb, &res);
  chronology = cr_database_load_chronology_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return chronology;
}

static void
db_set_kpe (CrDatabase *db,
            gint64      entry_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;

  cr_database_set_key_practice_episode_async (db, entry_id, TRUE, NULL, cr_database_sync_cb, &res);
  g_assert_true (cr_database_set_key_practice_episode_finish (db, cr_database_wait (&res), &error));
  g_assert_no_error (error);
}

/*
 * Fixture: an LCSPR case with a police chronology of three entries, the
 * last a key practice episode
 */

typedef struct
{
  char         *dir;
  CrDatabase   *db;
  CrCase       *kase;
  CrAgency     *police;
  CrAgency     *health;
  gint64        entry_ids[3];   /* in date order */
  GtkWidget    *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrChronology) chronology = NULL;
  GListModel *entries;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  cr_test_database_set_up ("findings.db", &fixture->dir, NULL, &fixture->db);

  cr_case_set_reference (kase, "CR-2026-070");
  cr_case_set_pseudonym (kase, "Child F");
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_ANALYSIS);
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);
  cr_case_set_incident_date (kase, "2026-02-10");
  cr_database_create_case_async (fixture->db, kase, NULL, cr_database_sync_cb, &res);
  fixture->kase = cr_database_create_case_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);

  fixture->police = cr_test_db_create_agency (fixture->db, "Police", CR_AGENCY_SECTOR_POLICE);
  fixture->health = cr_test_db_create_agency (fixture->db, "Health visiting", CR_AGENCY_SECTOR_HEALTH);

  chronology = db_import (fixture->db, cr_case_get_id (fixture->kase), cr_agency_get_id (fixture->police));
  entries = cr_chronology_get_entries (chronology);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (entries, i);

      fixture->entry_ids[i] = cr_chronology_entry_get_id (entry);
    }
  db_set_kpe (fixture->db, fixture->entry_ids[2]);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_destroy_toplevels ();
  g_clear_object (&fixture->kase);
  g_clear_object (&fixture->police);
  g_clear_object (&fixture->health);
  cr_test_database_tear_down (&fixture->dir, NULL, &fixture->db);
}

static gpointer
show_page (Fixture *fixture)
{
  GtkWidget *page = cr_findings_page_new ();

  gtk_window_set_child (GTK_WINDOW (fixture->window), page);
  g_object_set (page, "database", fixture->db, "case", fixture->kase, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  return page;
}

static CrRecord *
new_finding (Fixture    *fixture,
             guint       position,
             const char *title)
{
  g_autoptr(CrFinding) finding = cr_finding_new ();
  g_autofree char *text = g_strdup_printf ("%u", position);

  cr_record_set_case_id (CR_RECORD (finding), cr_case_get_id (fixture->kase));
  cr_record_set (CR_RECORD (finding), "position", text);
  cr_record_set (CR_RECORD (finding), "title", title);
  cr_record_set (CR_RECORD (finding), "status", "draft");
  return cr_test_db_save_record (fixture->db, CR_RECORD (finding));
}

/*
 * Waiting on the widgets
 */

typedef struct
{
  gpointer    root;
  const char *prefix;
} RowWait;

static GtkWidget *
find_row_with_prefix (gpointer    root,
                      const char *prefix)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), ADW_TYPE_ACTION_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_has_prefix (adw_preferences_row_get_title (rows->pdata[i]), prefix))
      return rows->pdata[i];
  return NULL;
}

static gboolean
row_with_prefix_shown (gpointer data)
{
  RowWait *wait = data;

  return find_row_with_prefix (wait->root, wait->prefix) != NULL;
}

static void
wait_for_row (gpointer    root,
              const char *prefix)
{
  RowWait wait = { root, prefix };

  cr_test_wait_until (row_with_prefix_shown, &wait, prefix);
}

static gboolean
finding_dialog_loaded (gpointer data)
{
  return cr_finding_dialog_get_loaded (data);
}

static gboolean
recommendation_dialog_loaded (gpointer data)
{
  return cr_recommendation_dialog_get_loaded (data);
}

static gboolean
has_label (gpointer    root,
           const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
move_button_sensitive (GtkWidget  *row,
                       const char *icon_name)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  cr_test_collect_widgets (row, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_icon_name (buttons->pdata[i]), icon_name) == 0)
      return gtk_widget_get_sensitive (buttons->pdata[i]);
  g_assert_not_reached ();
}

static guint
count_visible_labels (gpointer    root,
                      const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n = 0;

  cr_test_collect_widgets (GTK_WIDGET (root), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0 &&
        gtk_widget_get_visible (labels->pdata[i]))
      n++;
  return n;
}

typedef struct
{
  CrDatabase *db;
  gint64      case_id;
  const char *title;
  const char *position;
} PositionWait;

static gboolean
finding_at_position (gpointer data)
{
  PositionWait *wait = data;
  g_autoptr(GPtrArray) findings = cr_test_db_list_records (wait->db, CR_TYPE_FINDING, wait->case_id);

  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (cr_record_get (findings->pdata[i], "title"), wait->title) == 0)
      return g_strcmp0 (cr_record_get (findings->pdata[i], "position"), wait->position) == 0;
  return FALSE;
}

/*
 * Tests
 */

static void
test_add_finding_with_evidence (Fixture       *fixture,
                                gconstpointer  data)
{
  gpointer page = show_page (fixture);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GArray) evidence = NULL;
  g_autoptr(CrChronologyEntry) first = NULL;
  CrFindingDialog *dialog;
  GtkListView *view;
  GListModel *model;
  guint ticked = 0;

  /* The empty list says what a finding is. */
  wait_for_row (page, "No findings yet");

  gtk_widget_activate_action (page, "findings.add-finding", NULL);
  dialog = cr_test_wait_for_toplevel (CR_TYPE_FINDING_DIALOG, TRUE, "the Add Finding dialog");
  cr_test_wait_until (finding_dialog_loaded, dialog, "the chronology in the dialog");
  g_assert_cmpstr (cr_record_get (CR_RECORD (cr_finding_dialog_get_finding (dialog)), "position"), ==, "1");

  /* Key practice episodes come first, marked so. */
  view = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (dialog), CR_TYPE_FINDING_DIALOG,
                                                       "evidence_view"));
  model = G_LIST_MODEL (gtk_list_view_get_model (view));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpint (cr_chronology_entry_get_id (first), ==, fixture->entry_ids[2]);
  cr_test_spin (100);
  g_assert_cmpuint (count_visible_labels (dialog, "Key practice episode"), ==, 1);

  cr_record_set (CR_RECORD (cr_finding_dialog_get_finding (dialog)), "title",
                 "Information about the father was not shared");
  cr_record_set (CR_RECORD (cr_finding_dialog_get_finding (dialog)), "priority", "high");

  /* Tick the key practice episode and the first visit, as a user would. */
  cr_test_collect_widgets (GTK_WIDGET (view), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, >=, 3);
  for (guint i = 0; i < checks->len; i++)
    {
      CrChronologyEntry *entry = g_object_get_data (checks->pdata[i], "cr-entry");

      if (entry != NULL && (cr_chronology_entry_get_id (entry) == fixture->entry_ids[2] ||
                            cr_chronology_entry_get_id (entry) == fixture->entry_ids[0]))
        {
          gtk_check_button_set_active (checks->pdata[i], TRUE);
          ticked++;
        }
    }
  g_assert_cmpuint (ticked, ==, 2);
  g_assert_true (has_label (dialog, "2 entries linked"));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  cr_test_wait_toplevel_gone (CR_TYPE_FINDING_DIALOG, TRUE, "the dialog to close");

  stored = cr_test_db_list_records (fixture->db, CR_TYPE_FINDING, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "title"), ==, "Information about the father was not shared");
  evidence = db_evidence (fixture->db, cr_record_get_id (stored->pdata[0]));
  g_assert_cmpuint (evidence->len, ==, 2);
  g_assert_true ((g_array_index (evidence, gint64, 0) == fixture->entry_ids[0] &&
                  g_array_index (evidence, gint64, 1) == fixture->entry_ids[2]) ||
                 (g_array_index (evidence, gint64, 0) == fixture->entry_ids[2] &&
                  g_array_index (evidence, gint64, 1) == fixture->entry_ids[0]));

  /* The list shows it, a draft of high priority. */
  wait_for_row (page, "Finding 1");
  g_assert_true (has_label (find_row_with_prefix (page, "Finding 1"), "Draft"));
  g_assert_true (has_label (find_row_with_prefix (page, "Finding 1"), "High priority"));
  /* …said once, in the pills: the subtitle gives its evidence. */
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row_with_prefix (page, "Finding 1"))), ==,
                   "2 chronology entries");

  /* Opened again, the dialog shows the links ticked; unticking one and
   * saving leaves only the other. */
  gtk_widget_activate_action (page, "findings.edit", "(bx)", TRUE, cr_record_get_id (stored->pdata[0]));
  dialog = cr_test_wait_for_toplevel (CR_TYPE_FINDING_DIALOG, TRUE, "the Edit Finding dialog");
  cr_test_wait_until (finding_dialog_loaded, dialog, "the links in the dialog");
  g_assert_true (has_label (dialog, "2 entries linked"));
  cr_finding_dialog_set_linked (dialog, fixture->entry_ids[0], FALSE);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  cr_test_wait_toplevel_gone (CR_TYPE_FINDING_DIALOG, TRUE, "the dialog to close");
  g_clear_pointer (&evidence, g_array_unref);
  evidence = db_evidence (fixture->db, cr_record_get_id (stored->pdata[0]));
  g_assert_cmpuint (evidence->len, ==, 1);
  g_assert_cmpint (g_array_index (evidence, gint64, 0), ==, fixture->entry_ids[2]);
}

static void
test_reorder_findings (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CrRecord) alpha = new_finding (fixture, 1, "Alpha");
  g_autoptr(CrRecord) beta = new_finding (fixture, 2, "Beta");
  g_autoptr(CrRecord) gamma = new_finding (fixture, 3, "Gamma");
  gpointer page = show_page (fixture);
  PositionWait wait = { fixture->db, cr_case_get_id (fixture->kase), "Gamma", "2" };
  g_autoptr(GPtrArray) stored = NULL;

  wait_for_row (page, "Finding 3");

  /* The first cannot move up, the last cannot move down. */
  g_assert_false (move_button_sensitive (find_row_with_prefix (page, "Finding 1"), "go-up-symbolic"));
  g_assert_true (move_button_sensitive (find_row_with_prefix (page, "Finding 1"), "go-down-symbolic"));
  g_assert_false (move_button_sensitive (find_row_with_prefix (page, "Finding 3"), "go-down-symbolic"));

  gtk_widget_activate_action (page, "findings.move", "(bxi)", TRUE, cr_record_get_id (gamma), -1);
  cr_test_wait_until (finding_at_position, &wait, "Gamma to move to position 2");

  stored = cr_test_db_list_records (fixture->db, CR_TYPE_FINDING, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 3);
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "title"), ==, "Alpha");
  g_assert_cmpstr (cr_record_get (stored->pdata[1], "title"), ==, "Gamma");
  g_assert_cmpstr (cr_record_get (stored->pdata[2], "title"), ==, "Beta");
  g_assert_cmpstr (cr_record_get (stored->pdata[2], "position"), ==, "3");

  /* The page follows. */
  wait_for_row (page, "Finding 2: Gamma");
  wait_for_row (page, "Finding 3: Beta");

  /* Moving the first one up does nothing. */
  gtk_widget_activate_action (page, "findings.move", "(bxi)", TRUE, cr_record_get_id (alpha), -1);
  cr_test_spin (200);
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = cr_test_db_list_records (fixture->db, CR_TYPE_FINDING, cr_case_get_id (fixture->kase));
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "title"), ==, "Alpha");
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "position"), ==, "1");
  (void) beta;
}

static void
test_recommendation_to_agencies (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(CrRecord) finding = new_finding (fixture, 1, "Information about the father was not shared");
  gpointer page = show_page (fixture);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *finding_id = g_strdup_printf ("%" G_GINT64_FORMAT, cr_record_get_id (finding));
  CrRecommendationDialog *dialog;
  CrRecord *record;
  AdwComboRow *finding_row;
  GtkWidget *agencies;
  gboolean police = FALSE, health = FALSE;

  wait_for_row (page, "Finding 1");
  wait_for_row (page, "No recommendations yet");

  gtk_widget_activate_action (page, "findings.add-recommendation", NULL);
  dialog = cr_test_wait_for_toplevel (CR_TYPE_RECOMMENDATION_DIALOG, TRUE, "the Add Recommendation dialog");
  cr_test_wait_until (recommendation_dialog_loaded, dialog, "the agencies in the dialog");
  record = CR_RECORD (cr_recommendation_dialog_get_recommendation (dialog));
  g_assert_cmpstr (cr_record_get (record, "addressed-to"), ==, "partnership");

  agencies = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), CR_TYPE_RECOMMENDATION_DIALOG,
                                                        "agencies_group"));
  g_assert_false (gtk_widget_get_visible (agencies));

  cr_record_set (record, "text", "Agencies should share what they know about fathers.");
  cr_record_set (record, "addressed-to", "agencies");
  g_assert_true (gtk_widget_get_visible (agencies));
  cr_recommendation_dialog_set_agency (dialog, cr_agency_get_id (fixture->police), TRUE);
  cr_recommendation_dialog_set_agency (dialog, cr_agency_get_id (fixture->health), TRUE);

  /* It answers the finding. */
  finding_row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog), CR_TYPE_RECOMMENDATION_DIALOG,
                                                              "finding_row"));
  adw_combo_row_set_selected (finding_row, 1);
  g_assert_cmpstr (cr_record_get (record, "finding-id"), ==, finding_id);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL);
  cr_test_wait_toplevel_gone (CR_TYPE_RECOMMENDATION_DIALOG, TRUE, "the dialog to close");

  stored = cr_test_db_list_records (fixture->db, CR_TYPE_RECOMMENDATION, cr_case_get_id (fixture->kase));
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "addressed-to"), ==, "agencies");
  g_assert_cmpstr (cr_record_get (stored->pdata[0], "finding-id"), ==, finding_id);
  ids = cr_recommendation_dup_agency_ids (stored->pdata[0]);
  g_assert_cmpuint (ids->len, ==, 2);
  for (guint i = 0; i < ids->len; i++)
    {
      police |= g_array_index (ids, gint64, i) == cr_agency_get_id (fixture->police);
      health |= g_array_index (ids, gint64, i) == cr_agency_get_id (fixture->health);
    }
  g_assert_true (police && health);

  /* The list shows whom it is for. */
  wait_for_row (page, "Recommendation 1");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row_with_prefix (page, "Recommendation 1"))),
                            "Police"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/findings-page/add-finding-with-evidence", Fixture, NULL,
              fixture_set_up, test_add_finding_with_evidence, fixture_tear_down);
  g_test_add ("/findings-page/reorder", Fixture, NULL,
              fixture_set_up, test_reorder_findings, fixture_tear_down);
  g_test_add ("/findings-page/recommendation-to-agencies", Fixture, NULL,
              fixture_set_up, test_recommendation_to_agencies, fixture_tear_down);

  return g_test_run ();
}
