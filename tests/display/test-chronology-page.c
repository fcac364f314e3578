/* test-chronology-page.c: the chronology page and the import dialog, on a
 * real database in a temporary folder with real CSV files */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-chronology-import-dialog.h"
#include "cr-chronology-page.h"
#include "cr-database-chronology.h"
#include "cr-involvement.h"
#include "cr-test-utils.h"

/*
 * Two agencies' files. Police: a header row, two good rows and a row
 * whose date is not a real day (line 4). Health visiting: other column
 * names and order, the time in the date cell, and an entry that repeats
 * the police's visit in other words.
 */
static const char police_csv[] =
  "Date,Time,Event,Officer,Record\r\n"
  "03/02/2021,14:30,Police attended the family home after a neighbour reported shouting,PC Smith,Incident log\r\n"
  "05/02/2021,,Referral sent to children's social care about the baby,PC Smith,Case note\r\n"
  "31/02/2021,,This row has a date that does not exist,PC Jones,Incident log\r\n";

static const char health_csv[] =
  "Description,Date of contact,Worker,System\r\n"
  "Health visitor home visit; baby weighed and feeding well,03/02/2021 10:00,HV Brown,EMIS\r\n"
  "Police attended the family home after a neighbour reported shouting at night,3 Feb 2021,HV Brown,EMIS\r\n"
  "New birth visit by the health visitor,1 February 2021,HV Brown,EMIS\r\n";

/* The merged order: by day, untimed entries first, then by time. */
static const char *merged_events[] = {
  "New birth visit by the health visitor",
  "Police attended the family home after a neighbour reported shouting at night",
  "Health visitor home visit; baby weighed and feeding well",
  "Police attended the family home after a neighbour reported shouting",
  "Referral sent to children's social care about the baby",
};

typedef struct
{
  char       *dir;
  char       *path;
  CrDatabase *db;
  CrCase     *kase;
  GtkWindow  *window;
  CrChronologyPage *page;
} Fixture;


/*
 * Widget lookup
 */

/* @widget's template child @name (@type only documents what it is). */
static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), G_OBJECT_TYPE (widget), name);

  g_assert_nonnull (child);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (child, type));
  return child;
}

static gboolean
label_matches (const char *label,
               const char *wanted)
{
  g_autoptr(GString) plain = NULL;

  if (label == NULL)
    return FALSE;

  plain = g_string_new (label);
  g_string_replace (plain, "_", "", 0);
  return g_str_equal (plain->str, wanted);
}

/* The first mapped button under @root labelled @label. */
static GtkButton *
find_button (gpointer    root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_get_mapped (buttons->pdata[i]) &&
        label_matches (gtk_button_get_label (buttons->pdata[i]), label))
      return buttons->pdata[i];
  return NULL;
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

static gboolean
toplevel_shown (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static GListModel *
shown_model (Fixture *fixture)
{
  return G_LIST_MODEL (template_child (fixture->page, GTK_TYPE_SINGLE_SELECTION, "selection"));
}

typedef struct
{
  Fixture *fixture;
  guint    n;
} CountWait;

static gboolean
shows_n_entries (gpointer data)
{
  CountWait *wait = data;
  GtkFilterListModel *filter = template_child (wait->fixture->page, GTK_TYPE_FILTER_LIST_MODEL, "filter_model");

  return gtk_filter_list_model_get_pending (filter) == 0 &&
         g_list_model_get_n_items (shown_model (wait->fixture)) == wait->n;
}

static void
wait_for_n_entries (Fixture    *fixture,
                    guint       n,
                    const char *what)
{
  CountWait wait = { fixture, n };

  cr_test_wait_until (shows_n_entries, &wait, what);
}

static const char *
status_text (Fixture *fixture)
{
  return gtk_label_get_text (template_child (fixture->page, GTK_TYPE_LABEL, "status_label"));
}

static gboolean
stack_shows (gpointer data)
{
  gpointer *args = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (args[0]), args[1]) == 0;
}

static void
wait_for_stack (GtkStack   *stack,
                const char *name)
{
  gpointer args[2] = { stack, (gpointer) name };

  cr_test_wait_until (stack_shows, args, name);
}


/*
 * Synchronous database helpers
 */

static CrCase *
db_create_case (CrDatabase *db)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  CrCase *stored;

  cr_case_set_reference (kase, "LCSPR-2026-001");
  cr_case_set_pseudonym (kase, "Child B");
  cr_case_set_incident_date (kase, "2026-01-05");
  cr_database_create_case_async (db, kase, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_case_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return stored;
}

static void
db_add_agency (CrDatabase *db,
               gint64      case_id,
               const char *name)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GAsyncResult) res2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAgency) agency = cr_agency_new ();
  g_autoptr(CrAgency) stored = NULL;
  g_autoptr(CrInvolvement) involvement = NULL;

  cr_agency_set_name (agency, name);
  cr_database_create_agency_async (db, agency, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_agency_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);

  cr_database_add_involvement_async (db, case_id, cr_agency_get_id (stored), NULL, NULL,
                                     cr_database_sync_cb, &res2);
  involvement = cr_database_add_involvement_finish (db, cr_database_wait (&res2), &error);
  g_assert_no_error (error);
}

static CrChronology *
db_load_chronology (Fixture *fixture)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  CrChronology *chronology;

  cr_database_load_chronology_async (fixture->db, cr_case_get_id (fixture->kase), NULL,
                                     cr_database_sync_cb, &res);
  chronology = cr_database_load_chronology_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return chronology;
}


/*
 * Importing through the dialog, as a user would
 */

static gboolean
import_enabled (gpointer data)
{
  return gtk_widget_get_sensitive (template_child (data, GTK_TYPE_WIDGET, "import_button"));
}

static gboolean
agencies_listed (gpointer data)
{
  GListModel *model = adw_combo_row_get_model (data);

  return model != NULL && g_list_model_get_n_items (model) >= 2;
}

static void
on_imported_cb (CrChronologyImportDialog *dialog,
                gint64                    import_id,
                gint64                   *out_id)
{
  *out_id = import_id;
}

static gboolean
id_set (gpointer data)
{
  return *(gint64 *) data != 0;
}

static void
import_file (Fixture    *fixture,
             const char *agency,
             const char *file_name,
             const char *contents,
             const char *expected_summary)
{
  g_autofree char *path = g_build_filename (fixture->dir, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CrChronologyImportDialog *dialog;
  AdwComboRow *agency_row;
  GListModel *agencies;
  GtkLabel *summary;
  gint64 import_id = 0;
  guint n;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  /* Ctrl+I's action, from the page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "chronology.import", NULL));
  cr_test_wait_until (toplevel_shown, GSIZE_TO_POINTER (CR_TYPE_CHRONOLOGY_IMPORT_DIALOG), "import dialog");
  dialog = find_toplevel (CR_TYPE_CHRONOLOGY_IMPORT_DIALOG);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported_cb), &import_id);

  cr_chronology_import_dialog_set_file (dialog, file);

  /* The agency's row lists the case's agencies: choose ours. */
  agency_row = template_child (dialog, ADW_TYPE_COMBO_ROW, "agency_row");
  cr_test_wait_until (agencies_listed, agency_row, "the agencies");
  agencies = adw_combo_row_get_model (agency_row);
  n = g_list_model_get_n_items (agencies);
  for (guint i = 0; i < n; i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (agencies), i), agency))
      adw_combo_row_set_selected (agency_row, i);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (agencies),
                                               adw_combo_row_get_selected (agency_row)), ==, agency);

  cr_test_wait_until (import_enabled, dialog, "the preview");
  summary = template_child (dialog, GTK_TYPE_LABEL, "summary_label");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (summary), expected_summary));

  g_signal_emit_by_name (template_child (dialog, GTK_TYPE_BUTTON, "import_button"), "clicked");
  cr_test_wait_until (id_set, &import_id, "the import");
  g_assert_cmpint (import_id, >, 0);
}


/*
 * Fixture
 */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  cr_test_database_set_up ("chronology.db", &fixture->dir, &fixture->path, &fixture->db);
  fixture->kase = db_create_case (fixture->db);
  db_add_agency (fixture->db, cr_case_get_id (fixture->kase), "Police");
  db_add_agency (fixture->db, cr_case_get_id (fixture->kase), "Health visiting");

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 900);
  fixture->page = CR_CHRONOLOGY_PAGE (cr_chronology_page_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  g_object_set (fixture->page, "database", fixture->db, "case", fixture->kase, NULL);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = find_toplevel (GTK_TYPE_WINDOW)) != NULL)
    gtk_window_destroy (dialog);
  cr_test_spin (50);
  g_clear_object (&fixture->kase);
  cr_test_database_tear_down (&fixture->dir, &fixture->path, &fixture->db);
}


/*
 * Tests
 */

static void
import_both (Fixture *fixture)
{
  wait_for_stack (template_child (fixture->page, GTK_TYPE_STACK, "main_stack"), "empty");

  import_file (fixture, "Police", "police.csv", police_csv, "2 entries");
  import_file (fixture, "Health visiting", "health.csv", health_csv, "3 entries");

  wait_for_stack (template_child (fixture->page, GTK_TYPE_STACK, "main_stack"), "chronology");
  wait_for_n_entries (fixture, G_N_ELEMENTS (merged_events), "the merged chronology");
}

static void
test_import_and_filter (Fixture       *fixture,
                        gconstpointer  data)
{
  GListModel *shown;
  GtkEntry *from_entry;
  GtkEntry *to_entry;
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();

  import_both (fixture);

  /* Merged, in order, with the counts in the status line. */
  shown = shown_model (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (merged_events); i++)
    {
      g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (shown, i);

      g_assert_cmpstr (cr_chronology_entry_get_event (entry), ==, merged_events[i]);
    }
  g_assert_nonnull (strstr (status_text (fixture), "5 entries from 2 agencies"));
  g_assert_nonnull (strstr (status_text (fixture), "1 possible duplicate"));
  g_assert_nonnull (strstr (status_text (fixture), "1 row set aside"));

  /* Every entry keeps its source. */
  {
    g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (shown, 4);

    g_assert_cmpstr (cr_chronology_entry_get_source_file (entry), ==, "police.csv");
    g_assert_cmpuint (cr_chronology_entry_get_row (entry), ==, 3);
    g_assert_cmpstr (cr_chronology_entry_get_agency_name (entry), ==, "Police");
  }

  /* The text filter narrows the rows. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture->page, GTK_TYPE_SEARCH_ENTRY, "search_entry")),
                         "REFERRAL");
  wait_for_n_entries (fixture, 1, "the text filter");
  g_assert_nonnull (strstr (status_text (fixture), "1 of 5 entries shown"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "chronology.clear-filters", NULL));
  wait_for_n_entries (fixture, 5, "clearing the filters");

  /* The agency filter: Police only. */
  cr_test_collect_widgets (template_child (fixture->page, GTK_TYPE_BOX, "agency_box"),
                           GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 2);
  for (guint i = 0; i < checks->len; i++)
    if (g_str_equal (gtk_check_button_get_label (checks->pdata[i]), "Police"))
      gtk_check_button_set_active (checks->pdata[i], TRUE);
  wait_for_n_entries (fixture, 2, "the agency filter");
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(CrChronologyEntry) entry = g_list_model_get_item (shown_model (fixture), i);

      g_assert_cmpstr (cr_chronology_entry_get_agency_name (entry), ==, "Police");
    }
  g_assert_cmpstr (gtk_menu_button_get_label (template_child (fixture->page, GTK_TYPE_MENU_BUTTON, "agency_button")),
                   ==, "Police");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "chronology.clear-filters", NULL));
  wait_for_n_entries (fixture, 5, "clearing the agency filter");

  /* The date range, as users type dates; a half-typed one changes nothing. */
  from_entry = template_child (fixture->page, GTK_TYPE_ENTRY, "from_entry");
  to_entry = template_child (fixture->page, GTK_TYPE_ENTRY, "to_entry");
  gtk_editable_set_text (GTK_EDITABLE (from_entry), "03/02/2021");
  gtk_editable_set_text (GTK_EDITABLE (to_entry), "03/02/2021");
  wait_for_n_entries (fixture, 3, "the date range");
  gtk_editable_set_text (GTK_EDITABLE (to_entry), "31/02/20");
  cr_test_spin (50);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (to_entry), "error"));
  wait_for_n_entries (fixture, 3, "a half-typed date");
  gtk_editable_set_text (GTK_EDITABLE (to_entry), "");
  wait_for_n_entries (fixture, 4, "an open end");
}

static gboolean
kpe_stored (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(CrChronology) chronology = db_load_chronology (fixture);
  g_autoptr(CrChronologyEntry) first = g_list_model_get_item (cr_chronology_get_entries (chronology), 0);

  return cr_chronology_entry_get_key_practice_episode (first);
}

static void
test_kpe_persists (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(CrChronologyEntry) first = NULL;
  GtkCheckButton *check = NULL;

  import_both (fixture);
  cr_test_spin (100);

  /* The first row's box, ticked as a user would. */
  cr_test_collect_widgets (template_child (fixture->page, GTK_TYPE_COLUMN_VIEW, "column_view"),
                           GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, >=, G_N_ELEMENTS (merged_events));
  for (guint i = 0; i < checks->len && check == NULL; i++)
    if (gtk_widget_get_mapped (checks->pdata[i]))
      check = checks->pdata[i];
  g_assert_nonnull (check);
  gtk_check_button_set_active (check, TRUE);

  first = g_list_model_get_item (shown_model (fixture), 0);
  /* Only the row whose box it is. */
  g_assert_true (cr_chronology_entry_get_key_practice_episode (first));

  cr_test_wait_until (kpe_stored, fixture, "the key practice episode saved");

  /* And after a reload, the page shows it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "chronology.reload", NULL));
  cr_test_spin (200);
  wait_for_n_entries (fixture, 5, "the reload");
  {
    g_autoptr(CrChronologyEntry) reloaded = g_list_model_get_item (shown_model (fixture), 0);

    g_assert_true (reloaded != first);
    g_assert_true (cr_chronology_entry_get_key_practice_episode (reloaded));
  }
}

static gboolean
decision_stored (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(CrChronology) chronology = db_load_chronology (fixture);

  return cr_chronology_count_undecided (chronology) == 0;
}

static void
test_duplicate_decision (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkButton *same;
  g_autoptr(CrChronology) chronology = NULL;
  g_autoptr(CrChronologyDuplicate) pair = NULL;

  import_both (fixture);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "chronology.show-view", "s", "duplicates"));
  wait_for_stack (template_child (fixture->page, GTK_TYPE_STACK, "view_stack"), "duplicates");
  cr_test_spin (300);

  same = find_button (template_child (fixture->page, GTK_TYPE_LIST_VIEW, "duplicates_view"), "Same Event");
  g_assert_nonnull (same);
  g_signal_emit_by_name (same, "clicked");

  cr_test_wait_until (decision_stored, fixture, "the duplicate decision saved");

  chronology = db_load_chronology (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (cr_chronology_get_duplicates (chronology)), ==, 1);
  pair = g_list_model_get_item (cr_chronology_get_duplicates (chronology), 0);
  g_assert_cmpint (cr_chronology_duplicate_get_decision (pair), ==, CR_DUPLICATE_DECISION_CONFIRMED);
  /* The later entry in merge order repeats the earlier. */
  g_assert_cmpint (cr_chronology_entry_get_duplicate (cr_chronology_duplicate_get_second (pair)),
                   ==, CR_CHRONOLOGY_DUPLICATE_CONFIRMED);
  g_assert_null (strstr (status_text (fixture), "possible duplicate"));
}

static gboolean
no_rejects_left (gpointer data)
{
  Fixture *fixture = data;
  GListModel *rejects = G_LIST_MODEL (template_child (fixture->page, GTK_TYPE_NO_SELECTION, "rejects_selection"));

  return g_list_model_get_n_items (rejects) == 0 &&
         g_list_model_get_n_items (shown_model (fixture)) == G_N_ELEMENTS (merged_events) + 1;
}

static void
test_rows_set_aside (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *rejects;
  g_autoptr(CrChronologyReject) reject = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  gboolean listed = FALSE;
  GtkButton *correct;
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  AdwEntryRow *date_row = NULL;

  import_both (fixture);

  /* The bad row waits in Rows Set Aside with its row number and reason. */
  rejects = G_LIST_MODEL (template_child (fixture->page, GTK_TYPE_NO_SELECTION, "rejects_selection"));
  g_assert_cmpuint (g_list_model_get_n_items (rejects), ==, 1);
  reject = g_list_model_get_item (rejects, 0);
  g_assert_cmpuint (cr_chronology_reject_get_row (reject), ==, 4);
  g_assert_nonnull (strstr (cr_chronology_reject_get_reason (reject), "31/02/2021"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "chronology.show-view", "s", "rejects"));
  wait_for_stack (template_child (fixture->page, GTK_TYPE_STACK, "view_stack"), "rejects");
  cr_test_spin (300);
  cr_test_collect_widgets (template_child (fixture->page, GTK_TYPE_LIST_VIEW, "rejects_view"),
                           GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (labels->pdata[i]), "Row 4 · Police · police.csv"))
      listed = TRUE;
  g_assert_true (listed);

  /* Correct it: the form comes filled from the row's cells. */
  correct = find_button (template_child (fixture->page, GTK_TYPE_LIST_VIEW, "rejects_view"), "Correct…");
  g_assert_nonnull (correct);
  g_signal_emit_by_name (correct, "clicked");
  cr_test_wait_until (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the correct dialog");
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  cr_test_collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (rows->pdata[i]), "Date"))
      date_row = rows->pdata[i];
  g_assert_nonnull (date_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "31/02/2021");
  /* Not a real day: it cannot be saved yet. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (GTK_EDITABLE (date_row), "28/02/2021");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  adw_message_dialog_response (dialog, "save");

  cr_test_wait_until (no_rejects_left, fixture, "the corrected row in the chronology");
  {
    g_autoptr(CrChronologyEntry) last = g_list_model_get_item (shown_model (fixture), G_N_ELEMENTS (merged_events));

    g_assert_cmpstr (cr_chronology_entry_get_event (last), ==, "This row has a date that does not exist");
    g_assert_cmpuint (cr_chronology_entry_get_row (last), ==, 4);
  }
  g_assert_null (strstr (status_text (fixture), "set aside"));
}

static void
test_bad_file (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "photo.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  static const char binary[] = { 'P', 'N', 'G', 0, 1, 2, 3, 0, (char) 0xff, (char) 0xfe, 0, 0 };
  CrChronologyImportDialog *dialog;
  GtkLabel *error_label;

  g_assert_true (g_file_set_contents (path, binary, sizeof binary, NULL));

  wait_for_stack (template_child (fixture->page, GTK_TYPE_STACK, "main_stack"), "empty");
  dialog = cr_chronology_import_dialog_new (fixture->window, fixture->db, fixture->kase);
  gtk_window_present (GTK_WINDOW (dialog));
  cr_chronology_import_dialog_set_file (dialog, file);

  error_label = template_child (dialog, GTK_TYPE_LABEL, "error_label");
  for (guint tries = 0; !gtk_widget_get_visible (GTK_WIDGET (error_label)) && tries < 500; tries++)
    cr_test_spin (10);

  /* A clear message, and nothing can be imported. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_cmpstr (gtk_label_get_text (error_label), !=, "");
  g_assert_false (import_enabled (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/chronology-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("import-and-filter", test_import_and_filter);
  ADD ("kpe-persists", test_kpe_persists);
  ADD ("duplicate-decision", test_duplicate_decision);
  ADD ("rows-set-aside", test_rows_set_aside);
  ADD ("bad-file", test_bad_file);

  return g_test_run ();
}
