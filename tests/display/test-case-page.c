/* test-case-page.c: the case page, the new-case dialog, the agencies page
 * and the preferences window, on a real database in a temporary folder */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-agencies-page.h"
#include "cr-agency-dialog.h"
#include "cr-case-agencies-group.h"
#include "cr-case-page.h"
#include "cr-case-people-group.h"
#include "cr-case-status.h"
#include "cr-case-themes-group.h"
#include "cr-edit-utils.h"
#include "cr-identity-row.h"
#include "cr-new-case-dialog.h"
#include "cr-person-dialog.h"
#include "cr-preferences-window.h"
#include "cr-test-utils.h"
#include "cr-util.h"

/*
 * Widget lookup, the way a user finds things: by type and visible name
 */

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
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

/* The last button under @root whose label (or tooltip) is @label. */
static GtkButton *
find_button (gpointer    root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkButton *found = NULL;

  cr_test_collect_widgets (GTK_WIDGET (root), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *child = gtk_button_get_child (buttons->pdata[i]);

      if (label_matches (gtk_button_get_label (buttons->pdata[i]), label) ||
          (GTK_IS_LABEL (child) && label_matches (gtk_label_get_label (GTK_LABEL (child)), label)) ||
          g_strcmp0 (gtk_widget_get_tooltip_text (buttons->pdata[i]), label) == 0)
        found = buttons->pdata[i];
    }
  return found;
}

/* Types into an editable row and presses Enter, as a user would. */
static void
type_and_activate (gpointer    row,
                   const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  /* Enter in the text of the row (GtkText's "activate" keybinding). */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
}

/* Presses the Undo button of the newest toast under @root. */
static void
press_undo (gpointer root)
{
  GtkButton *undo = NULL;

  for (guint tries = 0; undo == NULL && tries < 50; tries++)
    {
      undo = find_button (root, "Undo");
      if (undo == NULL)
        cr_test_spin (20);
    }
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
}

/*
 * Synchronous database helpers
 */

static GPtrArray *
db_list_cases (CrDatabase *db)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *cases;

  cr_database_list_cases_async (db, NULL, cr_database_sync_cb, &res);
  cases = cr_database_list_cases_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return cases;
}

static GPtrArray *
db_list_agencies (CrDatabase *db)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *agencies;

  cr_database_list_agencies_async (db, NULL, cr_database_sync_cb, &res);
  agencies = cr_database_list_agencies_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return agencies;
}

static GPtrArray *
db_list_involvements (CrDatabase *db,
                      gint64      case_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *involvements;

  cr_database_list_involvements_async (db, case_id, NULL, cr_database_sync_cb, &res);
  involvements = cr_database_list_involvements_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return involvements;
}

static CrCase *
db_create_case (CrDatabase *db,
                const char *reference,
                const char *pseudonym)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  CrCase *stored;

  cr_case_set_reference (kase, reference);
  cr_case_set_pseudonym (kase, pseudonym);
  cr_case_set_incident_date (kase, "2026-01-05");
  cr_case_set_summary (kase, "Infant admitted with unexplained injuries.");
  cr_database_create_case_async (db, kase, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_case_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return stored;
}

static void
db_add_involvement (CrDatabase *db,
                    gint64      case_id,
                    gint64      agency_id,
                    const char *role)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrInvolvement) involvement = NULL;

  cr_database_add_involvement_async (db, case_id, agency_id, role, NULL, cr_database_sync_cb, &res);
  involvement = cr_database_add_involvement_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
}

static void
db_add_child (CrDatabase *db,
              gint64      case_id,
              const char *pseudonym,
              const char *name)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrChild) child = cr_child_new ();
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autoptr(CrChild) stored = NULL;

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, name);
  cr_identity_set_state (identity, CR_IDENTITY_FIELD_ETHNICITY, CR_FIELD_STATE_DECLINED);
  cr_child_set_case_id (child, case_id);
  cr_child_set_pseudonym (child, pseudonym);
  cr_child_set_identity (child, identity);
  cr_database_add_child_async (db, child, NULL, cr_database_sync_cb, &res);
  stored = cr_database_add_child_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
}

static guint
count_audit (CrDatabase *db,
             gint64      case_id,
             const char *action)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  guint n = 0;

  cr_database_list_audit_async (db, case_id, NULL, cr_database_sync_cb, &res);
  entries = cr_database_list_audit_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (cr_audit_entry_get_action (entries->pdata[i]), action) == 0)
      n++;
  return n;
}

/*
 * Fixture: a database with two cases, agencies, an involvement and a child
 */

typedef struct
{
  char       *dir;
  CrDatabase *db;
  CrCase     *first;       /* CR-<year>-001, Child A, Police involved, one child */
  CrCase     *second;      /* CR-<year>-002, Baby B, nothing else */
  CrAgency   *police;
  CrAgency   *social_care;
  int         year;
  GtkWidget  *window;
  GtkWidget  *overlay;
  guint       changed;     /* "case-changed" emissions */
  CrCase     *last_changed;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *ref1 = NULL;
  g_autofree char *ref2 = NULL;
  GDate today;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  cr_date_set_today (&today);
  fixture->year = g_date_get_year (&today);
  cr_test_database_set_up ("cases.db", &fixture->dir, NULL, &fixture->db);

  ref1 = g_strdup_printf ("CR-%d-001", fixture->year);
  ref2 = g_strdup_printf ("CR-%d-002", fixture->year);
  fixture->first = db_create_case (fixture->db, ref1, "Child A");
  fixture->second = db_create_case (fixture->db, ref2, "Baby B");
  fixture->police = cr_test_db_create_agency (fixture->db, "Police", CR_AGENCY_SECTOR_POLICE);
  fixture->social_care = cr_test_db_create_agency (fixture->db, "Children's social care",
                                           CR_AGENCY_SECTOR_LOCAL_AUTHORITY);
  db_add_involvement (fixture->db, cr_case_get_id (fixture->first),
                      cr_agency_get_id (fixture->police), "Referring agency");
  db_add_child (fixture->db, cr_case_get_id (fixture->first), "Child A", "Jordan Example");

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
  fixture->overlay = adw_toast_overlay_new ();
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->overlay);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  cr_test_spin (50);
  g_clear_object (&fixture->last_changed);
  g_clear_object (&fixture->first);
  g_clear_object (&fixture->second);
  g_clear_object (&fixture->police);
  g_clear_object (&fixture->social_care);
  cr_test_database_tear_down (&fixture->dir, NULL, &fixture->db);
}

static void
on_case_changed_cb (CrCasePage *page,
                    CrCase     *updated,
                    Fixture    *fixture)
{
  g_assert_true (CR_IS_CASE (updated));
  g_set_object (&fixture->last_changed, updated);
  fixture->changed++;
}

static CrCasePage *
show_page (Fixture *fixture,
           CrCase  *kase)
{
  CrCasePage *page = CR_CASE_PAGE (cr_case_page_new ());

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (fixture->overlay), GTK_WIDGET (page));
  g_signal_connect (page, "case-changed", G_CALLBACK (on_case_changed_cb), fixture);
  g_object_set (page, "database", fixture->db, "case", kase, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  return page;
}

typedef struct
{
  gpointer    root;
  GType       type;
  const char *title;
} RowWait;

static gboolean
row_present (gpointer data)
{
  RowWait *wait = data;

  return cr_test_find_row (wait->root, wait->type, wait->title) != NULL;
}

static gboolean
row_absent (gpointer data)
{
  return !row_present (data);
}

/*
 * Tests: case page
 */

static void
test_case_page_shows_case (Fixture       *fixture,
                           gconstpointer  data)
{
  CrCasePage *page = show_page (fixture, fixture->first);
  RowWait police = { page, ADW_TYPE_ACTION_ROW, "Police" };
  RowWait child = { page, ADW_TYPE_EXPANDER_ROW, "Child A" };
  g_autofree char *status = NULL;

  g_assert_cmpstr (gtk_editable_get_text (template_child (page, CR_TYPE_CASE_PAGE, "reference_row")), ==,
                   cr_case_get_reference (fixture->first));
  g_assert_cmpstr (gtk_editable_get_text (template_child (page, CR_TYPE_CASE_PAGE, "pseudonym_row")), ==,
                   "Child A");
  g_assert_cmpstr (gtk_editable_get_text (template_child (page, CR_TYPE_CASE_PAGE, "incident_row")), ==,
                   "2026-01-05");
  g_assert_cmpstr (gtk_editable_get_text (template_child (page, CR_TYPE_CASE_PAGE, "aware_row")), ==, "");

  /* The status row names the state; the menu offers only allowed moves. */
  g_object_get (template_child (page, CR_TYPE_CASE_PAGE, "status_row"), "subtitle", &status, NULL);
  g_assert_nonnull (strstr (status, cr_case_status_to_label (CR_CASE_STATUS_REFERRED)));
  {
    g_autoptr(GPtrArray) menus = g_ptr_array_new ();

    cr_test_collect_widgets (template_child (page, CR_TYPE_CASE_PAGE, "status_row"), GTK_TYPE_MENU_BUTTON, menus);
    g_assert_cmpuint (menus->len, ==, 1);
    g_assert_true (gtk_widget_get_sensitive (menus->pdata[0]));
    g_assert_nonnull (gtk_menu_button_get_menu_model (menus->pdata[0]));
  }

  /* Involvements and children load asynchronously; pseudonyms only. */
  cr_test_wait_until (row_present, &police, "the Police involvement row");
  cr_test_wait_until (row_present, &child, "the child row");
  g_assert_null (cr_test_find_row (page, CR_TYPE_IDENTITY_ROW, "Name"));
  g_assert_false (cr_case_people_group_get_revealed (template_child (page, CR_TYPE_CASE_PAGE,
                                                                     "people_group")));

  /* The seeded themes are offered by facet. */
  {
    RowWait facet = { page, ADW_TYPE_EXPANDER_ROW,
                      cr_theme_facet_to_label (CR_THEME_FACET_INCIDENT) };

    cr_test_wait_until (row_present, &facet, "the incident themes");
  }
}

static void
test_case_page_edit_and_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  CrCasePage *page = show_page (fixture, fixture->first);
  gint64 id = cr_case_get_id (fixture->first);
  GtkWidget *pseudonym = template_child (page, CR_TYPE_CASE_PAGE, "pseudonym_row");
  g_autoptr(CrCase) stored = NULL;

  type_and_activate (pseudonym, "Child Z");
  cr_test_wait_count (&fixture->changed, 1, "the pseudonym to be stored");
  stored = cr_test_db_get_case (fixture->db, id);
  g_assert_cmpstr (cr_case_get_pseudonym (stored), ==, "Child Z");
  g_assert_cmpstr (cr_case_get_pseudonym (fixture->last_changed), ==, "Child Z");
  g_clear_object (&stored);

  press_undo (fixture->overlay);
  cr_test_wait_count (&fixture->changed, 2, "the Undo to be stored");
  stored = cr_test_db_get_case (fixture->db, id);
  g_assert_cmpstr (cr_case_get_pseudonym (stored), ==, "Child A");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pseudonym)), ==, "Child A");
}

/* Undo still reaches the right case after the page moved to another one,
 * and the register hears about it. */
static void
test_case_page_undo_after_switch (Fixture       *fixture,
                                  gconstpointer  data)
{
  CrCasePage *page = show_page (fixture, fixture->first);
  gint64 first_id = cr_case_get_id (fixture->first);
  g_autoptr(CrCase) stored = NULL;

  type_and_activate (template_child (page, CR_TYPE_CASE_PAGE, "pseudonym_row"), "Child Q");
  cr_test_wait_count (&fixture->changed, 1, "the pseudonym to be stored");

  g_object_set (page, "case", fixture->second, NULL);
  press_undo (fixture->overlay);
  cr_test_wait_count (&fixture->changed, 2, "the Undo to be stored");
  g_assert_cmpint (cr_case_get_id (fixture->last_changed), ==, first_id);
  g_assert_cmpstr (cr_case_get_pseudonym (fixture->last_changed), ==, "Child A");
  stored = cr_test_db_get_case (fixture->db, first_id);
  g_assert_cmpstr (cr_case_get_pseudonym (stored), ==, "Child A");

  /* The page still shows the second case, untouched. */
  g_assert_cmpstr (gtk_editable_get_text (template_child (page, CR_TYPE_CASE_PAGE, "pseudonym_row")),
                   ==, "Baby B");
}

static void
test_case_page_dates (Fixture       *fixture,
                      gconstpointer  data)
{
  CrCasePage *page = show_page (fixture, fixture->first);
  gint64 id = cr_case_get_id (fixture->first);
  GtkWidget *incident = template_child (page, CR_TYPE_CASE_PAGE, "incident_row");
  GtkWidget *aware = template_child (page, CR_TYPE_CASE_PAGE, "aware_row");
  GtkLabel *message = template_child (page, CR_TYPE_CASE_PAGE, "incident_message");
  g_autoptr(CrCase) stored = NULL;

  /* A future date is refused as typed, shown beside the field, not written. */
  type_and_activate (incident, "2999-01-01");
  g_assert_true (gtk_widget_has_css_class (incident, "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpstr (gtk_label_get_text (message), !=, "");
  cr_test_spin (800);
  stored = cr_test_db_get_case (fixture->db, id);
  g_assert_cmpstr (cr_case_get_incident_date (stored), ==, "2026-01-05");
  g_assert_cmpuint (fixture->changed, ==, 0);
  g_clear_object (&stored);

  /* So is nonsense, with a message saying which forms work. */
  gtk_editable_set_text (GTK_EDITABLE (incident), "next tuesday");
  g_assert_nonnull (strstr (gtk_label_get_text (message), "YYYY-MM-DD"));

  /* Fixing it clears the error. */
  gtk_editable_set_text (GTK_EDITABLE (incident), "2026-01-05");
  g_assert_false (gtk_widget_has_css_class (incident, "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));

  /* A date before the incident is out of order. */
  gtk_editable_set_text (GTK_EDITABLE (aware), "2026-01-01");
  g_assert_true (gtk_widget_has_css_class (aware, "error"));

  /* DD/MM/YYYY is accepted, stored as ISO and shown as ISO. */
  type_and_activate (aware, "07/01/2026");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (aware)), ==, "2026-01-07");
  cr_test_wait_count (&fixture->changed, 1, "the aware date to be stored");
  stored = cr_test_db_get_case (fixture->db, id);
  g_assert_cmpstr (cr_case_get_aware_date (stored), ==, "2026-01-07");

  /* The aware date starts the notification clock: the deadline shows. */
  g_assert_cmpstr (adw_preferences_row_get_title (template_child (page, CR_TYPE_CASE_PAGE,
                                                                  "deadline_row")), !=,
                   "No open deadline");
}

static void
test_case_page_typing_saves_after_delay (Fixture       *fixture,
                                         gconstpointer  data)
{
  CrCasePage *page = show_page (fixture, fixture->first);
  GtkTextView *summary = template_child (page, CR_TYPE_CASE_PAGE, "summary_view");
  g_autoptr(CrCase) stored = NULL;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (summary),
                            "Line one.\nLine two, added later.", -1);
  g_assert_cmpuint (fixture->changed, ==, 0);
  cr_test_wait_count (&fixture->changed, 1, "the summary to be stored after typing stops");
  stored = cr_test_db_get_case (fixture->db, cr_case_get_id (fixture->first));
  g_assert_cmpstr (cr_case_get_summary (stored), ==, "Line one.\nLine two, added later.");
}

static void
test_case_page_review_type_and_status (Fixture       *fixture,
                                       gconstpointer  data)
{
  CrCasePage *page = show_page (fixture, fixture->first);
  gint64 id = cr_case_get_id (fixture->first);
  AdwComboRow *review_type = template_child (page, CR_TYPE_CASE_PAGE, "review_type_row");
  g_autoptr(CrCase) stored = NULL;
  g_autofree CrCaseStatus *next = NULL;
  guint n_next = 0;

  adw_combo_row_set_selected (review_type, CR_REVIEW_TYPE_LCSPR);
  cr_test_wait_count (&fixture->changed, 1, "the review type to be stored");
  stored = cr_test_db_get_case (fixture->db, id);
  g_assert_cmpint (cr_case_get_review_type (stored), ==, CR_REVIEW_TYPE_LCSPR);
  g_clear_object (&stored);

  /* An allowed, non-final move goes straight through the state machine. */
  next = cr_case_status_next_states (CR_CASE_STATUS_REFERRED, CR_CASE_STATUS_REFERRED, &n_next);
  g_assert_cmpuint (n_next, >, 0);
  for (guint i = 0; i < n_next; i++)
    if (next[i] == CR_CASE_STATUS_NOTIFICATION_DECISION)
      {
        g_assert_true (gtk_widget_activate_action (template_child (page, CR_TYPE_CASE_PAGE, "status_row"),
                                                   "status.transition", "s",
                                                   cr_case_status_to_nick (next[i])));
        cr_test_wait_count (&fixture->changed, 2, "the transition");
        stored = cr_test_db_get_case (fixture->db, id);
        g_assert_cmpint (cr_case_get_status (stored), ==, CR_CASE_STATUS_NOTIFICATION_DECISION);
        return;
      }
  g_assert_not_reached ();
}

static void
test_case_page_involvements (Fixture       *fixture,
                             gconstpointer  data)
{
  CrCasePage *page = show_page (fixture, fixture->first);
  gint64 id = cr_case_get_id (fixture->first);
  RowWait police = { page, ADW_TYPE_ACTION_ROW, "Police" };
  g_autoptr(GPtrArray) involvements = NULL;
  GtkButton *remove;

  cr_test_wait_until (row_present, &police, "the Police involvement row");
  remove = find_button (page, "Remove Police");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  cr_test_wait_count (&fixture->changed, 1, "the involvement to be removed");
  cr_test_wait_until (row_absent, &police, "the Police row to go");
  involvements = db_list_involvements (fixture->db, id);
  g_assert_cmpuint (involvements->len, ==, 0);
  g_clear_pointer (&involvements, g_ptr_array_unref);

  press_undo (fixture->overlay);
  cr_test_wait_count (&fixture->changed, 2, "the involvement to come back");
  cr_test_wait_until (row_present, &police, "the Police row to come back");
  involvements = db_list_involvements (fixture->db, id);
  g_assert_cmpuint (involvements->len, ==, 1);
  g_assert_cmpstr (cr_involvement_get_role (involvements->pdata[0]), ==, "Referring agency");
}

static void
test_case_page_stale_reply (Fixture       *fixture,
                            gconstpointer  data)
{
  CrCasePage *page = show_page (fixture, fixture->first);
  RowWait police = { page, ADW_TYPE_ACTION_ROW, "Police" };
  RowWait child = { page, ADW_TYPE_EXPANDER_ROW, "Child A" };

  /* Switch before the first case's lists arrive: its replies must not
   * land in the second case. */
  g_object_set (page, "case", fixture->second, NULL);
  cr_test_spin (500);
  g_assert_false (row_present (&police));
  g_assert_false (row_present (&child));
  g_assert_cmpstr (gtk_editable_get_text (template_child (page, CR_TYPE_CASE_PAGE, "pseudonym_row")),
                   ==, "Baby B");
}

static gboolean
identity_shown (gpointer data)
{
  CrIdentityRow *row = cr_test_find_row (data, CR_TYPE_IDENTITY_ROW, "Name");

  return row != NULL &&
         g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), "Jordan Example") == 0;
}

static void
test_case_page_reveal (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = cr_dup_settings ();
  CrCasePage *page = show_page (fixture, fixture->first);
  CrCasePeopleGroup *people = template_child (page, CR_TYPE_CASE_PAGE, "people_group");
  GtkToggleButton *reveal = template_child (people, CR_TYPE_CASE_PEOPLE_GROUP, "reveal_button");
  RowWait child = { page, ADW_TYPE_EXPANDER_ROW, "Child A" };
  RowWait identity = { page, CR_TYPE_IDENTITY_ROW, "Name" };
  gint64 id = cr_case_get_id (fixture->first);
  guint reveals = count_audit (fixture->db, id, "reveal");
  CrIdentityRow *ethnicity;

  g_assert_nonnull (settings);
  g_settings_set_boolean (settings, "reveal-requires-reason", FALSE);
  cr_test_wait_until (row_present, &child, "the child row");

  gtk_toggle_button_set_active (reveal, TRUE);
  cr_test_wait_until (identity_shown, page, "the revealed name");
  g_assert_true (cr_case_people_group_get_revealed (people));
  g_assert_cmpuint (count_audit (fixture->db, id, "reveal"), ==, reveals + 1);

  /* Each field shows its state: a declined one has no value. */
  ethnicity = cr_test_find_row (page, CR_TYPE_IDENTITY_ROW, "Ethnicity");
  g_assert_nonnull (ethnicity);
  g_assert_cmpint (cr_identity_row_get_state (ethnicity), ==, CR_FIELD_STATE_DECLINED);

  /* Hiding drops the rows (and the identities with them). */
  gtk_toggle_button_set_active (reveal, FALSE);
  cr_test_wait_until (row_absent, &identity, "the identity rows to go");
  g_assert_false (cr_case_people_group_get_revealed (people));

  /* With a reason required, revealing asks first; cancelling reveals nothing. */
  g_settings_set_boolean (settings, "reveal-requires-reason", TRUE);
  gtk_toggle_button_set_active (reveal, TRUE);
  cr_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE, "the reason dialog");
  adw_message_dialog_response (cr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE), "cancel");
  if (cr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE) != NULL)
    gtk_window_destroy (cr_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, FALSE));
  cr_test_wait_toplevel_gone (ADW_TYPE_MESSAGE_DIALOG, FALSE, "the dialog to close");
  g_assert_false (gtk_toggle_button_get_active (reveal));
  g_assert_cmpuint (count_audit (fixture->db, id, "reveal"), ==, reveals + 1);

  /* The reveal with a reason is audited. */
  cr_case_people_group_reveal (people, "Preparing the rapid review meeting");
  cr_test_wait_until (identity_shown, page, "the revealed name");
  g_assert_cmpuint (count_audit (fixture->db, id, "reveal"), ==, reveals + 2);

  /* Changing the case hides again. */
  g_object_set (page, "case", fixture->second, NULL);
  g_assert_false (cr_case_people_group_get_revealed (people));
  g_assert_null (cr_test_find_row (page, CR_TYPE_IDENTITY_ROW, "Name"));
}


static gboolean
theme_selected_in_db (CrDatabase *db,
                      gint64      case_id,
                      const char *label)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) themes = NULL;

  cr_database_list_themes_async (db, case_id, NULL, cr_database_sync_cb, &res);
  themes = cr_database_list_themes_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < themes->len; i++)
    if (g_strcmp0 (cr_theme_get_label (themes->pdata[i]), label) == 0)
      return cr_theme_get_selected (themes->pdata[i]);
  g_assert_not_reached ();
}

static void
test_case_page_themes (Fixture       *fixture,
                       gconstpointer  data)
{
  CrCasePage *page = show_page (fixture, fixture->first);
  gint64 id = cr_case_get_id (fixture->first);
  const char *facet_label = cr_theme_facet_to_label (CR_THEME_FACET_INCIDENT);
  RowWait facet = { page, ADW_TYPE_EXPANDER_ROW, facet_label };
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  AdwExpanderRow *expander;
  GtkCheckButton *check;
  AdwActionRow *row;
  g_autofree char *label = NULL;

  cr_test_wait_until (row_present, &facet, "the incident themes");
  expander = cr_test_find_row (page, ADW_TYPE_EXPANDER_ROW, facet_label);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, "None chosen");

  /* The first theme of the facet: tick it as a user would. */
  cr_test_collect_widgets (GTK_WIDGET (expander), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, >, 0);
  check = checks->pdata[0];
  row = ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW));
  label = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  gtk_check_button_set_active (check, TRUE);

  cr_test_wait_count (&fixture->changed, 1, "the theme to be stored");
  g_assert_true (theme_selected_in_db (fixture->db, id, label));
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, label);
  g_assert_nonnull (strstr (cr_case_get_themes (fixture->last_changed), label));

  press_undo (fixture->overlay);
  cr_test_wait_count (&fixture->changed, 2, "the theme to be cleared again");
  g_assert_false (theme_selected_in_db (fixture->db, id, label));
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, "None chosen");
}

static void
test_case_page_add_child (Fixture       *fixture,
                          gconstpointer  data)
{
  CrCasePage *page = show_page (fixture, fixture->second);
  CrCasePeopleGroup *people = template_child (page, CR_TYPE_CASE_PAGE, "people_group");
  RowWait child = { page, ADW_TYPE_EXPANDER_ROW, "Child A" };
  CrPersonDialog *dialog;
  GtkWidget *add;
  CrIdentityRow *dob = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  g_signal_emit_by_name (template_child (people, CR_TYPE_CASE_PEOPLE_GROUP, "add_child_row"),
                         "activated");
  cr_test_wait_for_toplevel (CR_TYPE_PERSON_DIALOG, FALSE, "the Add Child dialog");
  dialog = cr_test_find_toplevel (CR_TYPE_PERSON_DIALOG, FALSE);
  add = template_child (dialog, CR_TYPE_PERSON_DIALOG, "add_button");

  /* The first unused pseudonym is offered. */
  g_assert_cmpstr (gtk_editable_get_text (template_child (dialog, CR_TYPE_PERSON_DIALOG,
                                                          "pseudonym_row")), ==, "Child A");
  g_assert_true (gtk_widget_get_sensitive (add));

  /* A date of birth in the future is refused beside the field. */
  cr_test_collect_widgets (GTK_WIDGET (dialog), CR_TYPE_IDENTITY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (cr_identity_row_get_field (rows->pdata[i]) == CR_IDENTITY_FIELD_DATE_OF_BIRTH)
      dob = rows->pdata[i];
  g_assert_nonnull (dob);
  gtk_editable_set_text (GTK_EDITABLE (dob), "2999-01-01");
  g_assert_false (gtk_widget_get_sensitive (add));
  g_assert_cmpint (cr_identity_row_get_state (dob), ==, CR_FIELD_STATE_KNOWN);
  gtk_editable_set_text (GTK_EDITABLE (dob), "03/02/2020");
  g_assert_true (gtk_widget_get_sensitive (add));

  g_signal_emit_by_name (add, "clicked");
  cr_test_wait_toplevel_gone (CR_TYPE_PERSON_DIALOG, FALSE, "the dialog to close");
  cr_test_wait_until (row_present, &child, "the new child's row");
  g_assert_null (cr_test_find_row (page, CR_TYPE_IDENTITY_ROW, "Date of birth"));
}

static gboolean
police_contact_is (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) agencies = db_list_agencies (fixture->db);
  const char *wanted = g_object_get_data (G_OBJECT (fixture->db), "wanted-contact");

  for (guint i = 0; i < agencies->len; i++)
    if (cr_agency_get_id (agencies->pdata[i]) == cr_agency_get_id (fixture->police))
      return g_strcmp0 (cr_agency_get_contact_name (agencies->pdata[i]), wanted) == 0;
  return FALSE;
}

static void
test_agency_dialog_edit (Fixture       *fixture,
                         gconstpointer  data)
{
  CrAgencyDialog *dialog = cr_agency_dialog_new (GTK_WINDOW (fixture->window), fixture->db,
                                                 fixture->police);
  GtkWidget *contact = template_child (dialog, CR_TYPE_AGENCY_DIALOG, "contact_name_row");
  GtkWidget *name = template_child (dialog, CR_TYPE_AGENCY_DIALOG, "name_row");

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_get_visible (template_child (dialog, CR_TYPE_AGENCY_DIALOG,
                                                          "add_button")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Police");

  /* Each field is written through, with an Undo toast in the dialog. */
  g_object_set_data (G_OBJECT (fixture->db), "wanted-contact", (gpointer) "DS Harper");
  type_and_activate (contact, "DS Harper");
  cr_test_wait_until (police_contact_is, fixture, "the contact name to be stored");

  press_undo (dialog);
  g_object_set_data (G_OBJECT (fixture->db), "wanted-contact", NULL);
  cr_test_wait_until (police_contact_is, fixture, "the contact name to be cleared by Undo");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (contact)), ==, "");

  /* An empty name is refused and not written. */
  type_and_activate (name, "");
  g_assert_true (gtk_widget_has_css_class (name, "error"));
  cr_test_spin (700);
  {
    g_autoptr(GPtrArray) agencies = db_list_agencies (fixture->db);
    gboolean found = FALSE;

    for (guint i = 0; i < agencies->len; i++)
      found |= g_strcmp0 (cr_agency_get_name (agencies->pdata[i]), "Police") == 0;
    g_assert_true (found);
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/*
 * Tests: new-case dialog
 */

static void
on_case_created_cb (CrNewCaseDialog *dialog,
                    CrCase          *kase,
                    CrCase         **out)
{
  *out = g_object_ref (kase);
}

typedef struct
{
  GtkEditable *editable;
  const char  *text;
} TextWait;

static gboolean
text_is (gpointer data)
{
  TextWait *wait = data;

  return g_strcmp0 (gtk_editable_get_text (wait->editable), wait->text) == 0;
}

static gboolean
pointer_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
test_new_case_dialog (Fixture       *fixture,
                      gconstpointer  data)
{
  CrNewCaseDialog *dialog = cr_new_case_dialog_new (GTK_WINDOW (fixture->window), fixture->db);
  GtkWidget *create = template_child (dialog, CR_TYPE_NEW_CASE_DIALOG, "create_button");
  GtkWidget *reference = template_child (dialog, CR_TYPE_NEW_CASE_DIALOG, "reference_row");
  GtkWidget *incident = template_child (dialog, CR_TYPE_NEW_CASE_DIALOG, "incident_row");
  g_autofree char *next_reference = g_strdup_printf ("CR-%d-003", fixture->year);
  g_autofree char *used_reference = g_strdup_printf ("CR-%d-001", fixture->year);
  TextWait wait = { GTK_EDITABLE (reference), next_reference };
  g_autoptr(CrCase) created = NULL;
  g_autoptr(GPtrArray) cases = NULL;

  g_signal_connect (dialog, "case-created", G_CALLBACK (on_case_created_cb), &created);
  gtk_window_present (GTK_WINDOW (dialog));

  /* The next free reference and the first unused pseudonym are offered. */
  cr_test_wait_until (text_is, &wait, "the next free reference");
  g_assert_cmpstr (gtk_editable_get_text (template_child (dialog, CR_TYPE_NEW_CASE_DIALOG,
                                                          "pseudonym_row")), ==, "Child B");
  g_assert_true (gtk_widget_get_sensitive (create));

  /* A future incident date is refused as typed; Create is off. */
  gtk_editable_set_text (GTK_EDITABLE (incident), "2999-12-31");
  g_assert_false (gtk_widget_get_sensitive (create));
  g_assert_true (gtk_widget_has_css_class (incident, "error"));
  gtk_editable_set_text (GTK_EDITABLE (incident), "14/03/2026");
  g_assert_true (gtk_widget_get_sensitive (create));

  /* A reference another case has is refused beside the field. */
  gtk_editable_set_text (GTK_EDITABLE (reference), used_reference);
  g_assert_false (gtk_widget_get_sensitive (create));
  g_assert_true (gtk_widget_get_visible (template_child (dialog, CR_TYPE_NEW_CASE_DIALOG,
                                                         "reference_message")));
  gtk_editable_set_text (GTK_EDITABLE (reference), next_reference);
  g_assert_true (gtk_widget_get_sensitive (create));

  g_signal_emit_by_name (create, "clicked");
  cr_test_wait_until (pointer_set, &created, "the case to be created");
  g_assert_cmpstr (cr_case_get_reference (created), ==, next_reference);
  g_assert_cmpint (cr_case_get_status (created), ==, CR_CASE_STATUS_REFERRED);
  g_assert_cmpstr (cr_case_get_incident_date (created), ==, "2026-03-14");

  cases = db_list_cases (fixture->db);
  g_assert_cmpuint (cases->len, ==, 3);
  g_assert_null (cr_test_find_toplevel (CR_TYPE_NEW_CASE_DIALOG, FALSE));
}

static void
test_next_reference (void)
{
  const char *refs[] = { "CR-2026-001", "CR-2026-017", "CR-2025-099", "XX-2026-050",
                         "CR-2026-abc", NULL };
  g_autofree char *next = cr_new_case_dialog_next_reference (refs, "CR", 2026);
  g_autofree char *first = cr_new_case_dialog_next_reference (refs, "CR", 2027);

  g_assert_cmpstr (next, ==, "CR-2026-018");
  g_assert_cmpstr (first, ==, "CR-2027-001");
}

/*
 * Tests: agencies page
 */

static gboolean
agencies_list_shown (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (template_child (data, CR_TYPE_AGENCIES_PAGE,
                                                                      "stack")), "list") == 0;
}

static gboolean
agencies_empty_shown (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (template_child (data, CR_TYPE_AGENCIES_PAGE,
                                                                      "stack")), "empty") == 0;
}

static gboolean
agency_archived_in_db (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GPtrArray) agencies = db_list_agencies (fixture->db);

  for (guint i = 0; i < agencies->len; i++)
    if (g_strcmp0 (cr_agency_get_name (agencies->pdata[i]), "Probation Service") == 0)
      return cr_agency_get_archived (agencies->pdata[i]);
  return FALSE;
}

static void
test_agencies_page (Fixture       *fixture,
                    gconstpointer  data)
{
  CrAgenciesPage *page = CR_AGENCIES_PAGE (cr_agencies_page_new ());
  RowWait probation = { page, ADW_TYPE_ACTION_ROW, "Probation Service" };
  RowWait police = { page, ADW_TYPE_ACTION_ROW, "Police" };
  CrAgencyDialog *dialog;
  GtkWidget *add;
  g_autoptr(GPtrArray) agencies = NULL;

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (fixture->overlay), GTK_WIDGET (page));
  cr_agencies_page_set_database (page, fixture->db);
  gtk_window_present (GTK_WINDOW (fixture->window));
  cr_test_wait_until (agencies_list_shown, page, "the agencies list");
  cr_test_wait_until (row_present, &police, "the Police row");

  /* Add through the dialog: Add is off until the fields are valid. */
  g_signal_emit_by_name (template_child (page, CR_TYPE_AGENCIES_PAGE, "add_button"), "clicked");
  cr_test_wait_for_toplevel (CR_TYPE_AGENCY_DIALOG, FALSE, "the agency dialog");
  dialog = cr_test_find_toplevel (CR_TYPE_AGENCY_DIALOG, FALSE);
  add = template_child (dialog, CR_TYPE_AGENCY_DIALOG, "add_button");
  g_assert_false (gtk_widget_get_sensitive (add));
  gtk_editable_set_text (template_child (dialog, CR_TYPE_AGENCY_DIALOG, "name_row"), "Probation Service");
  adw_combo_row_set_selected (template_child (dialog, CR_TYPE_AGENCY_DIALOG, "sector_row"),
                              CR_AGENCY_SECTOR_JUSTICE);
  gtk_editable_set_text (template_child (dialog, CR_TYPE_AGENCY_DIALOG, "email_row"), "not an address");
  g_assert_false (gtk_widget_get_sensitive (add));
  g_assert_true (gtk_widget_has_css_class (template_child (dialog, CR_TYPE_AGENCY_DIALOG, "email_row"),
                                           "error"));
  gtk_editable_set_text (template_child (dialog, CR_TYPE_AGENCY_DIALOG, "email_row"),
                         "duty@probation.example");
  g_assert_true (gtk_widget_get_sensitive (add));
  g_signal_emit_by_name (add, "clicked");
  cr_test_wait_toplevel_gone (CR_TYPE_AGENCY_DIALOG, FALSE, "the dialog to close");
  cr_test_wait_until (row_present, &probation, "the new agency's row");

  agencies = db_list_agencies (fixture->db);
  g_assert_cmpuint (agencies->len, ==, 3);

  /* Archive: the row goes (unless Show Archived), the history stays. */
  g_signal_emit_by_name (find_button (page, "Archive"), "clicked");
  cr_test_wait_until (agency_archived_in_db, fixture, "the agency to be archived");
  cr_test_wait_until (row_absent, &probation, "the archived row to be hidden");
  gtk_toggle_button_set_active (template_child (page, CR_TYPE_AGENCIES_PAGE, "archived_button"), TRUE);
  g_assert_true (row_present (&probation));
  g_assert_nonnull (find_button (page, "Restore"));

  /* Search narrows the list. */
  gtk_editable_set_text (template_child (page, CR_TYPE_AGENCIES_PAGE, "search_entry"), "probation");
  g_signal_emit_by_name (template_child (page, CR_TYPE_AGENCIES_PAGE, "search_entry"), "search-changed");
  g_assert_true (row_present (&probation));
  g_assert_false (row_present (&police));
}

static void
test_agencies_page_empty (void)
{
  g_autofree char *dir = cr_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(CrDatabase) db = cr_test_open_database (path);
  GtkWidget *window = gtk_window_new ();
  CrAgenciesPage *page = CR_AGENCIES_PAGE (cr_agencies_page_new ());

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  cr_agencies_page_set_database (page, db);
  gtk_window_present (GTK_WINDOW (window));
  cr_test_wait_until (agencies_empty_shown, page, "the empty state");
  g_assert_true (gtk_widget_get_sensitive (template_child (page, CR_TYPE_AGENCIES_PAGE,
                                                           "empty_add_button")));

  gtk_window_destroy (GTK_WINDOW (window));
  cr_test_spin (50);
  cr_database_close (db);
  cr_test_remove_tree (dir);
}

/*
 * Tests: preferences
 */

static void
test_preferences_window (void)
{
  g_autoptr(GSettings) settings = cr_dup_settings ();
  GtkWidget *window = cr_preferences_window_new (NULL);
  GtkEditable *prefix = template_child (window, CR_TYPE_PREFERENCES_WINDOW, "prefix_row");
  GtkEditable *email = template_child (window, CR_TYPE_PREFERENCES_WINDOW, "email_row");
  GtkSwitch *reveal = template_child (window, CR_TYPE_PREFERENCES_WINDOW, "reveal_switch");
  AdwComboRow *clock = template_child (window, CR_TYPE_PREFERENCES_WINDOW, "clock_start_row");
  g_autofree char *stored = NULL;
  g_autofree char *clock_start = NULL;

  g_assert_nonnull (settings);
  gtk_window_present (GTK_WINDOW (window));

  gtk_editable_set_text (prefix, "LSCP");
  stored = g_settings_get_string (settings, "reference-prefix");
  g_assert_cmpstr (stored, ==, "LSCP");
  g_clear_pointer (&stored, g_free);

  /* A prefix that would make invalid references is not saved. */
  gtk_editable_set_text (prefix, "L@P");
  stored = g_settings_get_string (settings, "reference-prefix");
  g_assert_cmpstr (stored, ==, "LSCP");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (prefix), "error"));
  g_clear_pointer (&stored, g_free);

  gtk_editable_set_text (email, "business.unit@partnership.example");
  stored = g_settings_get_string (settings, "business-unit-email");
  g_assert_cmpstr (stored, ==, "business.unit@partnership.example");

  gtk_switch_set_active (reveal, !gtk_switch_get_active (reveal));
  g_assert_cmpint (g_settings_get_boolean (settings, "reveal-requires-reason"), ==,
                   gtk_switch_get_active (reveal));

  adw_combo_row_set_selected (clock, 1);
  clock_start = g_settings_get_string (settings, "rapid-review-clock-start");
  g_assert_cmpstr (clock_start, ==, "awareness");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/case-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("shows-case", test_case_page_shows_case);
  ADD ("edit-and-undo", test_case_page_edit_and_undo);
  ADD ("undo-after-switch", test_case_page_undo_after_switch);
  ADD ("dates", test_case_page_dates);
  ADD ("typing-saves-after-delay", test_case_page_typing_saves_after_delay);
  ADD ("review-type-and-status", test_case_page_review_type_and_status);
  ADD ("involvements", test_case_page_involvements);
  ADD ("stale-reply", test_case_page_stale_reply);
  ADD ("reveal", test_case_page_reveal);
  ADD ("themes", test_case_page_themes);
  ADD ("add-child", test_case_page_add_child);
  ADD ("agency-dialog-edit", test_agency_dialog_edit);
  ADD ("new-case-dialog", test_new_case_dialog);
  ADD ("agencies-page", test_agencies_page);
#undef ADD

  g_test_add_func ("/case-page/next-reference", test_next_reference);
  g_test_add_func ("/case-page/agencies-page-empty", test_agencies_page_empty);
  g_test_add_func ("/case-page/preferences", test_preferences_window);

  return g_test_run ();
}
