/* test-referral-assistant.c: the assistant framework, and the referral
 * assistant on a real database in a temporary folder */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-assistant.h"
#include "cr-case-status.h"
#include "cr-identity-row.h"
#include "cr-referral-assistant.h"
#include "cr-referral-launcher.h"
#include "cr-referral-page-area.h"
#include "cr-referral-page-children.h"
#include "cr-referral-page-decision.h"
#include "cr-referral-page-definition.h"
#include "cr-referral-page-incident.h"
#include "cr-referral-page-parallel.h"
#include "cr-referral-page-referrer.h"
#include "cr-referral-page-summary.h"
#include "cr-test-utils.h"
#include "cr-util.h"
#include "cr-working-days.h"

/*
 * Widget lookup
 */

static gboolean
label_matches (const char *label,
               const char *wanted)
{
  g_autoptr(GString) plain = NULL;
  g_autoptr(GString) plain_wanted = NULL;

  if (label == NULL || wanted == NULL)
    return FALSE;

  plain = g_string_new (label);
  g_string_replace (plain, "_", "", 0);
  plain_wanted = g_string_new (wanted);
  g_string_replace (plain_wanted, "_", "", 0);
  return g_str_equal (plain->str, plain_wanted->str);
}

/* The last button under @root whose label is @label. */
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
          (ADW_IS_BUTTON_CONTENT (child) &&
           label_matches (adw_button_content_get_label (ADW_BUTTON_CONTENT (child)), label)) ||
          g_strcmp0 (gtk_widget_get_tooltip_text (buttons->pdata[i]), label) == 0)
        found = buttons->pdata[i];
    }
  return found;
}

static AdwWindowTitle *
find_window_title (gpointer root)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), ADW_TYPE_WINDOW_TITLE, titles);
  g_assert_cmpuint (titles->len, ==, 1);
  return titles->pdata[0];
}

/* Whether the Next button can be pressed, as a user sees it. */
static gboolean
next_sensitive (gpointer assistant)
{
  GtkWidget *next = GTK_WIDGET (find_button (assistant, "Next"));

  if (next == NULL)
    {
      CrAssistantPage *page = cr_assistant_get_current_page (assistant);

      next = GTK_WIDGET (find_button (assistant, cr_assistant_page_get_forward_label (page)));
    }
  g_assert_nonnull (next);
  return gtk_widget_is_sensitive (next);
}

/*
 * A test page: counts applies, and applies at once or later
 */

#define TEST_TYPE_PAGE (test_page_get_type ())
G_DECLARE_FINAL_TYPE (TestPage, test_page, TEST, PAGE, CrAssistantPage)

struct _TestPage
{
  CrAssistantPage  parent_instance;
  guint            n_applied;
  guint            n_shown;
  gboolean         async;      /* apply returns TRUE: completed by the test */
  gboolean         refuse;     /* a synchronous apply that says "not valid" */
};

G_DEFINE_FINAL_TYPE (TestPage, test_page, CR_TYPE_ASSISTANT_PAGE)

static gboolean
test_page_apply (CrAssistantPage *page,
                 GCancellable    *cancellable)
{
  TestPage *self = TEST_PAGE (page);

  self->n_applied++;
  if (self->refuse)
    {
      cr_assistant_page_apply_complete (page, FALSE);
      return TRUE;
    }
  return self->async;
}

static void
test_page_shown (CrAssistantPage *page)
{
  TEST_PAGE (page)->n_shown++;
}

static void
test_page_class_init (TestPageClass *klass)
{
  CrAssistantPageClass *page_class = CR_ASSISTANT_PAGE_CLASS (klass);

  page_class->apply = test_page_apply;
  page_class->shown = test_page_shown;
}

static void
test_page_init (TestPage *self)
{
  adw_bin_set_child (ADW_BIN (self), gtk_label_new ("Test page"));
}

static TestPage *
add_test_page (CrAssistant *assistant,
               const char  *title,
               gboolean     complete)
{
  TestPage *page = g_object_new (TEST_TYPE_PAGE, "title", title, "complete", complete, NULL);

  cr_assistant_add_page (assistant, CR_ASSISTANT_PAGE (page));
  return page;
}

#define TEST_TYPE_ASSISTANT (test_assistant_get_type ())
G_DECLARE_FINAL_TYPE (TestAssistant, test_assistant, TEST, ASSISTANT, CrAssistant)

struct _TestAssistant
{
  CrAssistant parent_instance;
};

G_DEFINE_FINAL_TYPE (TestAssistant, test_assistant, CR_TYPE_ASSISTANT)

static void
test_assistant_class_init (TestAssistantClass *klass)
{
}

static void
test_assistant_init (TestAssistant *self)
{
}

typedef struct
{
  guint n_finished;
  guint n_cancelled;
  guint n_page_changed;
} Counts;

static void
on_count_cb (gpointer  instance,
             guint    *counter)
{
  (*counter)++;
}

static CrAssistant *
new_test_assistant (Counts *counts)
{
  CrAssistant *assistant = g_object_new (TEST_TYPE_ASSISTANT, NULL);

  g_signal_connect (assistant, "finished", G_CALLBACK (on_count_cb), &counts->n_finished);
  g_signal_connect (assistant, "cancelled", G_CALLBACK (on_count_cb), &counts->n_cancelled);
  g_signal_connect (assistant, "page-changed", G_CALLBACK (on_count_cb), &counts->n_page_changed);
  return assistant;
}

/*
 * Framework tests
 */

static void
test_next_needs_complete (void)
{
  Counts counts = { 0 };
  CrAssistant *assistant = new_test_assistant (&counts);
  TestPage *first = add_test_page (assistant, "First", FALSE);
  TestPage *second = add_test_page (assistant, "Second", TRUE);
  AdwWindowTitle *title = find_window_title (assistant);

  gtk_window_present (GTK_WINDOW (assistant));
  g_assert_cmpuint (cr_assistant_get_n_pages (assistant), ==, 2);
  g_assert_true (cr_assistant_get_current_page (assistant) == CR_ASSISTANT_PAGE (first));
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "First");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Step 1 of 2");
  g_assert_cmpuint (first->n_shown, ==, 1);

  /* Incomplete: Next cannot be pressed, and asking anyway does nothing. */
  g_assert_false (next_sensitive (assistant));
  cr_assistant_next_page (assistant);
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.next", NULL);
  g_assert_cmpuint (first->n_applied, ==, 0);
  g_assert_cmpuint (cr_assistant_get_current_index (assistant), ==, 0);

  /* Complete: Next applies the page, then shows the next one. */
  cr_assistant_page_set_complete (CR_ASSISTANT_PAGE (first), TRUE);
  g_assert_true (next_sensitive (assistant));
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.next", NULL);
  g_assert_cmpuint (first->n_applied, ==, 1);
  g_assert_cmpuint (cr_assistant_get_current_index (assistant), ==, 1);
  g_assert_cmpuint (second->n_shown, ==, 1);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Second");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Step 2 of 2");
  g_assert_cmpuint (counts.n_page_changed, ==, 2);

  /* A page that refuses its apply keeps the user where they are. */
  first->refuse = TRUE;
  cr_assistant_previous_page (assistant);
  cr_assistant_next_page (assistant);
  g_assert_cmpuint (first->n_applied, ==, 2);
  g_assert_cmpuint (cr_assistant_get_current_index (assistant), ==, 0);

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
test_back_never_applies (void)
{
  Counts counts = { 0 };
  CrAssistant *assistant = new_test_assistant (&counts);
  TestPage *first = add_test_page (assistant, "First", TRUE);
  TestPage *second = add_test_page (assistant, "Second", TRUE);
  TestPage *third = add_test_page (assistant, "Third", FALSE);

  gtk_window_present (GTK_WINDOW (assistant));

  /* No Back on the first page. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_button (assistant, "Back"))));

  cr_assistant_next_page (assistant);
  cr_assistant_next_page (assistant);
  g_assert_cmpuint (cr_assistant_get_current_index (assistant), ==, 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (find_button (assistant, "Back"))));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (find_button (assistant, "Back"))));

  /* Back is allowed on an incomplete page and applies nothing. */
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.back", NULL);
  g_assert_cmpuint (cr_assistant_get_current_index (assistant), ==, 1);
  cr_assistant_previous_page (assistant);
  g_assert_cmpuint (cr_assistant_get_current_index (assistant), ==, 0);
  g_assert_cmpuint (first->n_applied, ==, 1);
  g_assert_cmpuint (second->n_applied, ==, 1);
  g_assert_cmpuint (third->n_applied, ==, 0);

  /* Going to a page (a resumed draft) applies nothing either. */
  cr_assistant_go_to_page (assistant, 2);
  g_assert_cmpuint (cr_assistant_get_current_index (assistant), ==, 2);
  g_assert_cmpuint (first->n_applied, ==, 1);
  g_assert_cmpuint (second->n_applied, ==, 1);
  g_assert_cmpuint (counts.n_finished, ==, 0);

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
test_skippable (void)
{
  Counts counts = { 0 };
  CrAssistant *assistant = new_test_assistant (&counts);
  TestPage *first = add_test_page (assistant, "First", TRUE);
  TestPage *skipped = add_test_page (assistant, "Skipped", TRUE);
  TestPage *last = add_test_page (assistant, "Last", TRUE);
  AdwWindowTitle *title = find_window_title (assistant);

  cr_assistant_page_set_skippable (CR_ASSISTANT_PAGE (skipped), TRUE);
  gtk_window_present (GTK_WINDOW (assistant));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Step 1 of 2");

  cr_assistant_next_page (assistant);
  g_assert_true (cr_assistant_get_current_page (assistant) == CR_ASSISTANT_PAGE (last));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Step 2 of 2");
  g_assert_cmpuint (skipped->n_applied, ==, 0);
  g_assert_cmpuint (skipped->n_shown, ==, 0);

  cr_assistant_previous_page (assistant);
  g_assert_true (cr_assistant_get_current_page (assistant) == CR_ASSISTANT_PAGE (first));

  /* Going to a skippable page lands on the next one that is not. */
  cr_assistant_go_to_page (assistant, 1);
  g_assert_true (cr_assistant_get_current_page (assistant) == CR_ASSISTANT_PAGE (last));

  /* No longer skippable: it counts again. */
  cr_assistant_page_set_skippable (CR_ASSISTANT_PAGE (skipped), FALSE);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Step 3 of 3");
  cr_assistant_previous_page (assistant);
  g_assert_true (cr_assistant_get_current_page (assistant) == CR_ASSISTANT_PAGE (skipped));

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
test_last_page_finishes (void)
{
  Counts counts = { 0 };
  CrAssistant *assistant = new_test_assistant (&counts);
  TestPage *first = add_test_page (assistant, "First", TRUE);
  TestPage *last = add_test_page (assistant, "Last", TRUE);
  gpointer weak = assistant;

  g_object_add_weak_pointer (G_OBJECT (assistant), &weak);
  cr_assistant_page_set_forward_label (CR_ASSISTANT_PAGE (last), "_Record");
  gtk_window_present (GTK_WINDOW (assistant));
  g_assert_nonnull (find_button (assistant, "Next"));

  cr_assistant_next_page (assistant);
  g_assert_true (cr_assistant_get_current_page (assistant) == CR_ASSISTANT_PAGE (last));
  /* The last page says what it will do. */
  g_assert_null (find_button (assistant, "Next"));
  g_assert_nonnull (find_button (assistant, "Record"));

  /* An asynchronous apply: Next and Back wait, a spinner turns. */
  last->async = TRUE;
  cr_assistant_next_page (assistant);
  g_assert_true (cr_assistant_page_get_applying (CR_ASSISTANT_PAGE (last)));
  g_assert_false (next_sensitive (assistant));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (find_button (assistant, "Back"))));
  /* Nor can it be closed half-way through. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (find_button (assistant, "Cancel"))));
  gtk_window_close (GTK_WINDOW (assistant));
  g_assert_nonnull (weak);
  g_assert_cmpuint (counts.n_cancelled, ==, 0);
  cr_assistant_next_page (assistant);
  cr_assistant_previous_page (assistant);
  g_assert_cmpuint (last->n_applied, ==, 1);
  g_assert_true (cr_assistant_get_current_page (assistant) == CR_ASSISTANT_PAGE (last));

  /* Not valid: the user stays, and may try again. */
  cr_assistant_page_apply_complete (CR_ASSISTANT_PAGE (last), FALSE);
  g_assert_false (cr_assistant_page_get_applying (CR_ASSISTANT_PAGE (last)));
  g_assert_true (next_sensitive (assistant));
  g_assert_cmpuint (counts.n_finished, ==, 0);

  cr_assistant_next_page (assistant);
  cr_assistant_page_apply_complete (CR_ASSISTANT_PAGE (last), TRUE);
  g_assert_cmpuint (counts.n_finished, ==, 1);
  g_assert_cmpuint (counts.n_cancelled, ==, 0);
  g_assert_cmpuint (first->n_applied, ==, 1);
  g_assert_cmpuint (last->n_applied, ==, 2);

  /* Finishing closes the window. */
  g_assert_null (weak);
}

static void
test_cancel (void)
{
  Counts counts = { 0 };
  CrAssistant *assistant = new_test_assistant (&counts);
  g_autoptr(GCancellable) cancellable = NULL;
  gpointer weak = assistant;

  add_test_page (assistant, "First", TRUE);
  g_object_add_weak_pointer (G_OBJECT (assistant), &weak);
  cancellable = g_object_ref (cr_assistant_get_cancellable (assistant));
  gtk_window_present (GTK_WINDOW (assistant));

  /* Escape is Cancel. */
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.cancel", NULL);
  g_assert_cmpuint (counts.n_cancelled, ==, 1);
  g_assert_cmpuint (counts.n_finished, ==, 0);
  g_assert_true (g_cancellable_is_cancelled (cancellable));
  g_assert_null (weak);
}

/*
 * The referral assistant, on a real database
 */

typedef struct
{
  char       *dir;
  CrDatabase *db;
  CrAgency   *police;
  CrAgency   *health;
  char       *today;         /* ISO dates around today */
  char       *days_ago[6];   /* days_ago[n]: n days before today */
  char       *tomorrow;
} Fixture;

static CrAgency *
db_create_agency (CrDatabase *db,
                  const char *name)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAgency) agency = cr_agency_new ();
  CrAgency *stored;

  cr_agency_set_name (agency, name);
  cr_database_create_agency_async (db, agency, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_agency_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return stored;
}

static GPtrArray *
db_list_drafts (CrDatabase *db)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *drafts;

  cr_database_list_drafts_async (db, "referral", NULL, cr_database_sync_cb, &res);
  drafts = cr_database_list_drafts_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return drafts;
}

static char *
iso_days_from_today (int days)
{
  GDate date;

  cr_date_set_today (&date);
  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  return cr_date_to_iso (&date);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  cr_test_database_set_up ("referrals.db", &fixture->dir, NULL, &fixture->db);
  fixture->police = db_create_agency (fixture->db, "Northbridge Constabulary");
  fixture->health = db_create_agency (fixture->db, "Northbridge Health Trust");
  fixture->today = iso_days_from_today (0);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->days_ago); i++)
    fixture->days_ago[i] = iso_days_from_today (-(int) i);
  fixture->tomorrow = iso_days_from_today (1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Let pending draft writes and window teardown finish first. */
  cr_test_spin (50);
  g_clear_object (&fixture->police);
  g_clear_object (&fixture->health);
  g_clear_pointer (&fixture->today, g_free);
  g_clear_pointer (&fixture->tomorrow, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->days_ago); i++)
    g_clear_pointer (&fixture->days_ago[i], g_free);
  cr_test_database_tear_down (&fixture->dir, NULL, &fixture->db);
}

/* Page @index of @assistant, checked to be a @type. */
static gpointer
page_of (gpointer assistant,
         guint    index,
         GType    type)
{
  CrAssistantPage *page = cr_assistant_get_page (assistant, index);

  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, type));
  return page;
}

static gpointer
child_of (gpointer    page,
          GType       type,
          const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (page), G_OBJECT_TYPE (page), name);

  g_assert_nonnull (child);
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (child, type));
  return child;
}

/* The row of @type titled @title under @root (the last one), or NULL. */
static gpointer
find_row (gpointer    root,
          GType       type,
          const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  gpointer found = NULL;

  cr_test_collect_widgets (GTK_WIDGET (root), type, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      found = rows->pdata[i];
  return found;
}

/* The error message shown inside @widget (beside a field), or NULL. */
static const char *
message_in (gpointer widget)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (widget), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = labels->pdata[i];

      if (gtk_widget_has_css_class (label, "error") && gtk_widget_get_visible (label) &&
          gtk_label_get_text (GTK_LABEL (label))[0] != '\0')
        return gtk_label_get_text (GTK_LABEL (label));
    }
  return NULL;
}

static const char *
label_message (GtkLabel *label)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (label)) || gtk_label_get_text (label)[0] == '\0')
    return NULL;
  return gtk_label_get_text (label);
}

static void
type_into (gpointer    row,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
type_text (gpointer    view,
           const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static CrRecord *
referral_of (gpointer assistant)
{
  return CR_RECORD (cr_referral_page_get_referral (CR_REFERRAL_PAGE (cr_assistant_get_page (assistant, 0))));
}

/* Clicks @button as a user does (gtk_widget_activate() only animates it
 * and clicks later). */
static void
click (GtkButton *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
agencies_loaded (gpointer data)
{
  AdwComboRow *row = data;
  GListModel *model = adw_combo_row_get_model (row);

  return model != NULL && g_list_model_get_n_items (model) == 3;
}

static CrReferralAssistant *
new_assistant (Fixture       *fixture,
               const CrDraft *draft)
{
  CrReferralAssistant *assistant = cr_referral_assistant_new (NULL, fixture->db, draft);
  CrAssistantPage *first = cr_assistant_get_page (CR_ASSISTANT (assistant), 0);

  gtk_window_present (GTK_WINDOW (assistant));
  cr_test_wait_until (agencies_loaded, child_of (first, ADW_TYPE_COMBO_ROW, "agency_row"),
                      "the agencies to load");
  return assistant;
}

/* Chooses the agency called @name in @row. */
static void
choose_item (gpointer    row,
             const char *name)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), name) == 0)
        {
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
          return;
        }
    }
  g_error ("No item “%s” to choose", name);
}

static void
fill_referrer (Fixture  *fixture,
               gpointer  assistant)
{
  gpointer page = page_of (assistant, 0, CR_TYPE_REFERRAL_PAGE_REFERRER);

  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "referral_date_row"), fixture->days_ago[1]);
  choose_item (child_of (page, ADW_TYPE_COMBO_ROW, "agency_row"), "Northbridge Constabulary");
  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "referrer_name_row"), "DS Rivers");
  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "referrer_role_row"), "Detective sergeant");
  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "notifier_email_row"), "notifier@example.org");
}

static void
fill_incident (Fixture  *fixture,
               gpointer  assistant)
{
  gpointer page = page_of (assistant, 2, CR_TYPE_REFERRAL_PAGE_INCIDENT);
  g_autofree char *incident_dmy = NULL;
  GDate date;

  /* The other form of date, as people type it. */
  g_assert_true (cr_date_parse_iso (fixture->days_ago[4], &date));
  incident_dmy = g_strdup_printf ("%d/%d/%d", g_date_get_day (&date), g_date_get_month (&date),
                                  g_date_get_year (&date));
  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "incident_date_row"), incident_dmy);
  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "incident_time_row"), "9:40");
  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "aware_date_row"), fixture->days_ago[3]);
  adw_combo_row_set_selected (child_of (page, ADW_TYPE_COMBO_ROW, "nature_row"), 2);  /* serious harm */
  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "location_row"), "The family home");
  type_text (child_of (page, GTK_TYPE_TEXT_VIEW, "summary_view"),
             "Child A was admitted to hospital with a head injury.");
}

static void
test_referral_pages (Fixture       *fixture,
                     gconstpointer  data)
{
  CrReferralAssistant *assistant = new_assistant (fixture, NULL);
  CrRecord *referral = referral_of (assistant);
  const char * const titles[] = {
    "Referral", "Children", "Incident", "Areas and Agencies", "Parallel Processes",
    "Definition", "Decision", "Summary",
  };
  gpointer page;

  g_assert_cmpuint (cr_assistant_get_n_pages (CR_ASSISTANT (assistant)), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    g_assert_cmpstr (cr_assistant_page_get_title (cr_assistant_get_page (CR_ASSISTANT (assistant), i)),
                     ==, titles[i]);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (assistant)), ==, "New Referral");
  g_assert_cmpstr (cr_assistant_page_get_forward_label (cr_assistant_get_page (CR_ASSISTANT (assistant), 7)),
                   ==, "_Record Referral");

  /* Defaults: the referral is received today, the case is Child A with
   * one child of that name. */
  g_assert_cmpstr (cr_record_get (referral, "referral-date"), ==, fixture->today);
  g_assert_cmpstr (cr_record_get (referral, "pseudonym"), ==, "Child A");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_referral_get_children (CR_REFERRAL (referral)))),
                    ==, 1);

  /* An empty form: not complete, and not shouting either. */
  page = cr_assistant_get_current_page (CR_ASSISTANT (assistant));
  g_assert_true (CR_IS_REFERRAL_PAGE_REFERRER (page));
  g_assert_false (cr_assistant_page_get_complete (page));
  g_assert_false (next_sensitive (assistant));
  g_assert_null (message_in (page));

  /* Enter in a field of an incomplete page shows what to fix. */
  cr_referral_page_activate (CR_REFERRAL_PAGE (page));
  g_assert_nonnull (message_in (child_of (page, ADW_TYPE_COMBO_ROW, "agency_row")));
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
test_referral_referrer (Fixture       *fixture,
                        gconstpointer  data)
{
  CrReferralAssistant *assistant = new_assistant (fixture, NULL);
  CrRecord *referral = referral_of (assistant);
  gpointer page = page_of (assistant, 0, CR_TYPE_REFERRAL_PAGE_REFERRER);
  gpointer date_row = child_of (page, ADW_TYPE_ENTRY_ROW, "referral_date_row");
  gpointer email_row = child_of (page, ADW_TYPE_ENTRY_ROW, "notifier_email_row");
  gpointer agency_row = child_of (page, ADW_TYPE_COMBO_ROW, "agency_row");
  g_autofree char *police_id = g_strdup_printf ("%" G_GINT64_FORMAT, cr_agency_get_id (fixture->police));

  fill_referrer (fixture, assistant);
  g_assert_true (cr_assistant_page_get_complete (page));
  g_assert_true (next_sensitive (assistant));
  g_assert_cmpstr (cr_record_get (referral, "referring-agency-id"), ==, police_id);
  g_assert_cmpstr (cr_record_get (referral, "referring-agency-name"), ==, "Northbridge Constabulary");
  g_assert_null (message_in (page));

  /* A date in the future, beside the date. */
  type_into (date_row, fixture->tomorrow);
  g_assert_false (cr_assistant_page_get_complete (page));
  g_assert_false (next_sensitive (assistant));
  g_assert_nonnull (strstr (message_in (date_row), "in the future"));

  /* No such day, then the British form of a real one. */
  type_into (date_row, "31/02/2026");
  g_assert_nonnull (strstr (message_in (date_row), "no such date"));
  type_into (date_row, "14/3/2026");
  g_assert_null (message_in (date_row));
  g_assert_cmpstr (cr_record_get (referral, "referral-date"), ==, "2026-03-14");
  g_assert_true (cr_assistant_page_get_complete (page));

  /* A bad email address, beside the email only. */
  type_into (email_row, "notifier at example");
  g_assert_false (cr_assistant_page_get_complete (page));
  g_assert_nonnull (message_in (email_row));
  g_assert_null (message_in (date_row));
  type_into (email_row, "");
  g_assert_true (cr_assistant_page_get_complete (page));

  /* The referring agency is required. */
  adw_combo_row_set_selected (agency_row, 0);
  g_assert_false (cr_assistant_page_get_complete (page));
  g_assert_nonnull (message_in (agency_row));
  g_assert_null (cr_record_get (referral, "referring-agency-id"));
  choose_item (agency_row, "Northbridge Health Trust");
  g_assert_true (cr_assistant_page_get_complete (page));

  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.next", NULL);
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==, 1);

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
test_referral_children (Fixture       *fixture,
                        gconstpointer  data)
{
  CrReferralAssistant *assistant = new_assistant (fixture, NULL);
  CrReferral *referral = CR_REFERRAL (referral_of (assistant));
  GListModel *children = G_LIST_MODEL (cr_referral_get_children (referral));
  gpointer page = page_of (assistant, 1, CR_TYPE_REFERRAL_PAGE_CHILDREN);
  GtkLabel *children_message = child_of (page, GTK_TYPE_LABEL, "children_message");
  g_autoptr(CrChild) first = NULL;
  AdwEntryRow *child_row;
  CrIdentityRow *name_row;

  fill_referrer (fixture, assistant);
  cr_assistant_next_page (CR_ASSISTANT (assistant));
  g_assert_true (cr_assistant_get_current_page (CR_ASSISTANT (assistant)) == page);
  g_assert_true (cr_assistant_page_get_complete (page));

  /* The lone child follows the case's pseudonym. */
  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "pseudonym_row"), "Child M");
  first = g_list_model_get_item (children, 0);
  g_assert_cmpstr (cr_child_get_pseudonym (first), ==, "Child M");

  /* Restricted details go into the child's identity. */
  name_row = find_row (page, CR_TYPE_IDENTITY_ROW, "Name");
  g_assert_nonnull (name_row);
  type_into (name_row, "Jane Smith");
  g_assert_nonnull (cr_child_get_identity (first));
  g_assert_cmpstr (cr_identity_get_value (cr_child_get_identity (first), CR_IDENTITY_FIELD_NAME),
                   ==, "Jane Smith");

  /* Missing child: removing the only one leaves the page incomplete,
   * with the message beside the list. */
  click (find_button (page, "Remove Child 1"));
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 0);
  g_assert_false (cr_assistant_page_get_complete (page));
  g_assert_false (next_sensitive (assistant));
  g_assert_nonnull (label_message (children_message));
  g_assert_nonnull (strstr (label_message (children_message), "at least one child"));

  /* Two children with the same pseudonym. */
  click (find_button (page, "Add Child"));
  click (find_button (page, "Add Child"));
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 2);
  g_assert_true (cr_assistant_page_get_complete (page));
  child_row = find_row (page, ADW_TYPE_ENTRY_ROW, "Pseudonym");
  type_into (child_row, "Child A");
  g_assert_false (cr_assistant_page_get_complete (page));
  g_assert_nonnull (strstr (label_message (children_message), "Child A"));

  /* An empty child pseudonym, beside it. */
  type_into (child_row, "");
  g_assert_nonnull (message_in (child_row));
  type_into (child_row, "Child B");
  g_assert_true (cr_assistant_page_get_complete (page));
  g_assert_null (label_message (children_message));

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static GtkCheckButton *
check_of_row (gpointer    page,
              const char *title)
{
  AdwActionRow *row = find_row (page, ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (row));
}

static void
test_referral_incident (Fixture       *fixture,
                        gconstpointer  data)
{
  CrReferralAssistant *assistant = new_assistant (fixture, NULL);
  CrRecord *referral = referral_of (assistant);
  gpointer children_page = page_of (assistant, 1, CR_TYPE_REFERRAL_PAGE_CHILDREN);
  gpointer page = page_of (assistant, 2, CR_TYPE_REFERRAL_PAGE_INCIDENT);
  gpointer incident_row = child_of (page, ADW_TYPE_ENTRY_ROW, "incident_date_row");
  gpointer aware_row = child_of (page, ADW_TYPE_ENTRY_ROW, "aware_date_row");
  gpointer time_row = child_of (page, ADW_TYPE_ENTRY_ROW, "incident_time_row");

  fill_referrer (fixture, assistant);
  type_into (find_row (children_page, CR_TYPE_IDENTITY_ROW, "Name"), "Jane Smith");
  cr_assistant_next_page (CR_ASSISTANT (assistant));
  cr_assistant_next_page (CR_ASSISTANT (assistant));
  g_assert_true (cr_assistant_get_current_page (CR_ASSISTANT (assistant)) == page);
  g_assert_false (cr_assistant_page_get_complete (page));
  g_assert_null (message_in (page));

  /* Dates in the wrong order are said at once, while the rest is empty. */
  type_into (incident_row, fixture->days_ago[3]);
  type_into (aware_row, fixture->days_ago[4]);
  g_assert_nonnull (message_in (aware_row));
  g_assert_nonnull (strstr (message_in (aware_row), "cannot be before"));
  g_assert_null (message_in (incident_row));

  fill_incident (fixture, assistant);
  g_assert_true (cr_assistant_page_get_complete (page));
  g_assert_cmpstr (cr_record_get (referral, "incident-date"), ==, fixture->days_ago[4]);
  g_assert_cmpstr (cr_record_get (referral, "incident-time"), ==, "09:40");
  g_assert_cmpstr (cr_record_get (referral, "nature"), ==, "serious-harm");

  /* Awareness before the incident: said beside the awareness date. */
  type_into (aware_row, fixture->days_ago[5]);
  g_assert_false (cr_assistant_page_get_complete (page));
  g_assert_nonnull (strstr (message_in (aware_row), "cannot be before"));
  g_assert_null (message_in (incident_row));
  type_into (aware_row, fixture->days_ago[3]);
  g_assert_true (cr_assistant_page_get_complete (page));

  /* An incident after the referral (yesterday): said beside the incident. */
  type_into (incident_row, fixture->today);
  type_into (aware_row, fixture->today);
  g_assert_false (cr_assistant_page_get_complete (page));
  g_assert_nonnull (strstr (message_in (incident_row), "cannot be before"));
  type_into (incident_row, fixture->days_ago[4]);
  type_into (aware_row, fixture->days_ago[3]);

  /* A time that is not one. */
  type_into (time_row, "25:10");
  g_assert_nonnull (message_in (time_row));
  g_assert_false (cr_assistant_page_get_complete (page));
  type_into (time_row, "");
  g_assert_true (cr_assistant_page_get_complete (page));

  /* Kinds of abuse, in the order of the choices. */
  gtk_check_button_set_active (check_of_row (page, "Neglect"), TRUE);
  gtk_check_button_set_active (check_of_row (page, "Physical abuse"), TRUE);
  g_assert_cmpstr (cr_record_get (referral, "abuse-kinds"), ==, "physical-abuse;neglect");

  /* A real name in the pseudonymised summary: a warning, not a stop. */
  g_assert_false (gtk_widget_get_visible (child_of (page, GTK_TYPE_WIDGET, "name_warning")));
  type_text (child_of (page, GTK_TYPE_TEXT_VIEW, "summary_view"), "jane was found by her mother.");
  g_assert_true (gtk_widget_get_visible (child_of (page, GTK_TYPE_WIDGET, "name_warning")));
  g_assert_nonnull (strstr (gtk_label_get_text (child_of (page, GTK_TYPE_LABEL, "name_warning_label")),
                            "Child A"));
  g_assert_true (cr_assistant_page_get_complete (page));
  type_text (child_of (page, GTK_TYPE_TEXT_VIEW, "summary_view"), "Child A was found by her mother.");
  g_assert_false (gtk_widget_get_visible (child_of (page, GTK_TYPE_WIDGET, "name_warning")));

  /* The summary is required. */
  type_text (child_of (page, GTK_TYPE_TEXT_VIEW, "summary_view"), "  ");
  g_assert_false (cr_assistant_page_get_complete (page));
  g_assert_nonnull (label_message (child_of (page, GTK_TYPE_LABEL, "summary_message")));

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
fill_area (gpointer assistant)
{
  gpointer page = page_of (assistant, 3, CR_TYPE_REFERRAL_PAGE_AREA);

  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "incident_la_row"), "Northbridge");
  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "residence_la_row"), "Southmoor");
}

static void
test_referral_area_and_processes (Fixture       *fixture,
                                  gconstpointer  data)
{
  CrReferralAssistant *assistant = new_assistant (fixture, NULL);
  CrReferral *referral = CR_REFERRAL (referral_of (assistant));
  GListModel *involvements = G_LIST_MODEL (cr_referral_get_involvements (referral));
  GListModel *processes = G_LIST_MODEL (cr_referral_get_processes (referral));
  gpointer page = page_of (assistant, 3, CR_TYPE_REFERRAL_PAGE_AREA);
  gpointer parallel = page_of (assistant, 4, CR_TYPE_REFERRAL_PAGE_PARALLEL);
  gpointer agency_row = child_of (page, ADW_TYPE_COMBO_ROW, "agency_row");
  gpointer role_row = child_of (page, ADW_TYPE_ENTRY_ROW, "role_row");
  g_autoptr(CrInvolvement) involvement = NULL;
  g_autoptr(CrRecord) process = NULL;

  fill_referrer (fixture, assistant);
  cr_assistant_go_to_page (CR_ASSISTANT (assistant), 3);
  g_assert_false (cr_assistant_page_get_complete (page));

  fill_area (assistant);
  g_assert_true (cr_assistant_page_get_complete (page));
  g_assert_cmpstr (cr_record_get (CR_RECORD (referral), "residence-la"), ==, "Southmoor");

  /* The referring agency is offered first, with its part. */
  g_assert_cmpuint (adw_combo_row_get_selected (agency_row), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (role_row)), ==, "Referring agency");
  click (find_button (page, "Add"));
  g_assert_cmpuint (g_list_model_get_n_items (involvements), ==, 1);
  involvement = g_list_model_get_item (involvements, 0);
  g_assert_cmpint (cr_involvement_get_agency_id (involvement), ==, cr_agency_get_id (fixture->police));
  g_assert_cmpstr (cr_involvement_get_role (involvement), ==, "Referring agency");

  choose_item (agency_row, "Northbridge Health Trust");
  type_into (role_row, "Provided services");
  click (find_button (page, "Add"));
  g_assert_cmpuint (g_list_model_get_n_items (involvements), ==, 2);
  g_assert_nonnull (find_row (page, ADW_TYPE_ACTION_ROW, "Northbridge Health Trust"));

  click (find_button (page, "Remove Northbridge Health Trust"));
  g_assert_cmpuint (g_list_model_get_n_items (involvements), ==, 1);
  g_assert_true (cr_assistant_page_get_complete (page));

  /* Parallel processes: none is fine; one needs its kind. */
  cr_assistant_next_page (CR_ASSISTANT (assistant));
  g_assert_true (cr_assistant_get_current_page (CR_ASSISTANT (assistant)) == parallel);
  g_assert_true (cr_assistant_page_get_complete (parallel));
  click (find_button (parallel, "Add Process"));
  g_assert_cmpuint (g_list_model_get_n_items (processes), ==, 1);
  g_assert_false (cr_assistant_page_get_complete (parallel));
  process = g_list_model_get_item (processes, 0);
  g_assert_cmpstr (cr_record_get (process, "status"), ==, "ongoing");

  adw_combo_row_set_selected (find_row (parallel, ADW_TYPE_COMBO_ROW, "Kind"), 3);   /* inquest */
  g_assert_cmpstr (cr_record_get (process, "kind"), ==, "inquest");
  type_into (find_row (parallel, ADW_TYPE_ENTRY_ROW, "Reference"), "INQ/2026/14");
  g_assert_true (cr_assistant_page_get_complete (parallel));

  /* A review date may be in the future, but must be a date. */
  type_into (find_row (parallel, ADW_TYPE_ENTRY_ROW, "Look at it again on"), fixture->tomorrow);
  g_assert_true (cr_assistant_page_get_complete (parallel));
  type_into (find_row (parallel, ADW_TYPE_ENTRY_ROW, "Look at it again on"), "soon");
  g_assert_false (cr_assistant_page_get_complete (parallel));
  g_assert_nonnull (message_in (find_row (parallel, ADW_TYPE_ENTRY_ROW, "Look at it again on")));
  type_into (find_row (parallel, ADW_TYPE_ENTRY_ROW, "Look at it again on"), fixture->tomorrow);

  /* Its group is named after its kind. */
  g_assert_nonnull (find_button (parallel, "Remove Inquest"));
  click (find_button (parallel, "Remove Inquest"));
  g_assert_cmpuint (g_list_model_get_n_items (processes), ==, 0);
  g_assert_true (cr_assistant_page_get_complete (parallel));

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
fill_definition_and_decision (Fixture  *fixture,
                              gpointer  assistant)
{
  gpointer definition = page_of (assistant, 5, CR_TYPE_REFERRAL_PAGE_DEFINITION);
  gpointer decision = page_of (assistant, 6, CR_TYPE_REFERRAL_PAGE_DECISION);

  gtk_switch_set_active (child_of (definition, GTK_TYPE_SWITCH, "limb_abuse_switch"), TRUE);
  gtk_switch_set_active (child_of (definition, GTK_TYPE_SWITCH, "limb_harm_switch"), TRUE);
  type_text (child_of (definition, GTK_TYPE_TEXT_VIEW, "rationale_view"),
             "Unexplained head injury to a baby; neglect suspected.");

  adw_combo_row_set_selected (child_of (decision, ADW_TYPE_COMBO_ROW, "decision_row"), 1);  /* notify */
  type_into (child_of (decision, ADW_TYPE_ENTRY_ROW, "notified_date_row"), fixture->days_ago[1]);
  type_into (child_of (decision, ADW_TYPE_ENTRY_ROW, "panel_reference_row"), "SIN-2026-0042");
  type_text (child_of (decision, GTK_TYPE_TEXT_VIEW, "rationale_view"), "Both limbs met.");
}

static void
test_referral_decision (Fixture       *fixture,
                        gconstpointer  data)
{
  CrReferralAssistant *assistant = new_assistant (fixture, NULL);
  CrRecord *referral = referral_of (assistant);
  gpointer definition = page_of (assistant, 5, CR_TYPE_REFERRAL_PAGE_DEFINITION);
  gpointer page = page_of (assistant, 6, CR_TYPE_REFERRAL_PAGE_DECISION);
  gpointer decision_row = child_of (page, ADW_TYPE_COMBO_ROW, "decision_row");
  gpointer notified_row = child_of (page, ADW_TYPE_ENTRY_ROW, "notified_date_row");
  AdwActionRow *deadline_row = child_of (page, ADW_TYPE_ACTION_ROW, "deadline_row");
  g_autofree char *expected_title = NULL;
  g_autoptr(GDateTime) due_time = NULL;
  GDate aware, due;

  fill_referrer (fixture, assistant);
  fill_incident (fixture, assistant);

  /* The definition: switches record what they show. */
  g_assert_cmpstr (cr_record_get (referral, "limb-abuse"), ==, "false");
  g_assert_false (cr_assistant_page_get_complete (definition));
  fill_definition_and_decision (fixture, assistant);
  g_assert_cmpstr (cr_record_get (referral, "limb-abuse"), ==, "true");
  g_assert_true (cr_assistant_page_get_complete (definition));

  /* The deadline: 5 working days from awareness. */
  g_assert_true (cr_date_parse_iso (fixture->days_ago[3], &aware));
  cr_working_days_add (&aware, 5, NULL, &due);
  due_time = g_date_time_new_local (g_date_get_year (&due), g_date_get_month (&due), g_date_get_day (&due),
                                    12, 0, 0);
  expected_title = g_date_time_format (due_time, "Notify the Panel by %A %-d %B %Y");
  cr_assistant_go_to_page (CR_ASSISTANT (assistant), 6);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (deadline_row)), ==, expected_title);
  g_assert_cmpstr (adw_action_row_get_subtitle (deadline_row), ==, "Notified in time");
  g_assert_true (cr_assistant_page_get_complete (page));
  g_assert_cmpstr (cr_record_get (referral, "notified-date"), ==, fixture->days_ago[1]);

  /* Notified before the LA knew: beside the notified date. */
  type_into (notified_row, fixture->days_ago[5]);
  g_assert_false (cr_assistant_page_get_complete (page));
  g_assert_nonnull (strstr (message_in (notified_row), "cannot be before"));
  type_into (notified_row, fixture->days_ago[1]);

  /* Another decision sets the notified date aside, "notify" brings it back. */
  adw_combo_row_set_selected (decision_row, 3);   /* pending */
  g_assert_false (gtk_widget_get_visible (notified_row));
  g_assert_null (cr_record_get (referral, "notified-date"));
  g_assert_true (cr_assistant_page_get_complete (page));
  g_assert_cmpstr (adw_action_row_get_subtitle (deadline_row), !=, "Notified in time");
  adw_combo_row_set_selected (decision_row, 1);
  g_assert_true (gtk_widget_get_visible (notified_row));
  g_assert_cmpstr (cr_record_get (referral, "notified-date"), ==, fixture->days_ago[1]);

  /* "Notify" needs the date. */
  type_into (notified_row, "");
  g_assert_false (cr_assistant_page_get_complete (page));
  type_into (notified_row, fixture->days_ago[1]);

  /* A limb not met but notifying: a warning, not a stop. */
  g_assert_false (gtk_widget_get_visible (child_of (page, GTK_TYPE_WIDGET, "warnings_box")));
  gtk_switch_set_active (child_of (definition, GTK_TYPE_SWITCH, "limb_harm_switch"), FALSE);
  cr_referral_page_revalidate (CR_REFERRAL_PAGE (page));
  g_assert_true (gtk_widget_get_visible (child_of (page, GTK_TYPE_WIDGET, "warnings_box")));
  g_assert_true (cr_assistant_page_get_complete (page));

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static gboolean
has_n_drafts (gpointer data)
{
  gpointer *args = data;
  g_autoptr(GPtrArray) drafts = db_list_drafts (args[0]);

  return drafts->len == GPOINTER_TO_UINT (args[1]);
}

static void
wait_for_drafts (CrDatabase *db,
                 guint       n)
{
  gpointer args[] = { db, GUINT_TO_POINTER (n) };

  cr_test_wait_until (has_n_drafts, args, "the drafts in the database");
}

static void
test_referral_draft_and_resume (Fixture       *fixture,
                                gconstpointer  data)
{
  CrReferralAssistant *assistant = new_assistant (fixture, NULL);
  CrReferralAssistant *resumed;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrReferral) stored = NULL;
  g_autoptr(CrChild) child = NULL;
  g_autofree char *expected_title = NULL;
  g_autofree char *incident_shown = NULL;
  const CrDraft *draft;
  gpointer page;
  int step = -1;

  /* Nothing typed, nothing saved. */
  cr_test_spin (700);
  drafts = db_list_drafts (fixture->db);
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  fill_referrer (fixture, assistant);
  type_into (find_row (page_of (assistant, 1, CR_TYPE_REFERRAL_PAGE_CHILDREN), CR_TYPE_IDENTITY_ROW, "Name"),
             "Jane Smith");
  cr_assistant_next_page (CR_ASSISTANT (assistant));
  cr_assistant_next_page (CR_ASSISTANT (assistant));
  fill_incident (fixture, assistant);

  /* Saved as typed, within half a second. */
  wait_for_drafts (fixture->db, 1);
  cr_test_spin (700);
  drafts = db_list_drafts (fixture->db);
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (draft->kind, ==, "referral");
  incident_shown = cr_date_format_display (fixture->days_ago[4]);
  expected_title = g_strdup_printf ("Child A — incident %s", incident_shown);
  g_assert_cmpstr (draft->title, ==, expected_title);

  stored = cr_referral_new_from_draft (draft->data, &step, &error);
  g_assert_no_error (error);
  g_assert_cmpint (step, ==, 2);
  g_assert_cmpstr (cr_record_get (CR_RECORD (stored), "referrer-name"), ==, "DS Rivers");
  g_assert_cmpstr (cr_record_get (CR_RECORD (stored), "summary"), ==,
                   "Child A was admitted to hospital with a head injury.");
  child = g_list_model_get_item (G_LIST_MODEL (cr_referral_get_children (stored)), 0);
  g_assert_cmpstr (cr_identity_get_value (cr_child_get_identity (child), CR_IDENTITY_FIELD_NAME),
                   ==, "Jane Smith");

  /* Closing keeps it; a new assistant resumes at the same page. */
  gtk_window_close (GTK_WINDOW (assistant));
  cr_test_spin (100);
  resumed = new_assistant (fixture, draft);
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (resumed)), ==, 2);
  page = cr_assistant_get_current_page (CR_ASSISTANT (resumed));
  g_assert_true (CR_IS_REFERRAL_PAGE_INCIDENT (page));
  g_assert_cmpstr (gtk_editable_get_text (child_of (page, ADW_TYPE_ENTRY_ROW, "aware_date_row")),
                   ==, fixture->days_ago[3]);
  g_assert_cmpstr (gtk_editable_get_text (child_of (page, ADW_TYPE_ENTRY_ROW, "incident_time_row")),
                   ==, "09:40");
  g_assert_cmpuint (adw_combo_row_get_selected (child_of (page, ADW_TYPE_COMBO_ROW, "nature_row")), ==, 2);
  g_assert_true (cr_assistant_page_get_complete (page));
  page = page_of (resumed, 0, CR_TYPE_REFERRAL_PAGE_REFERRER);
  g_assert_cmpstr (gtk_editable_get_text (child_of (page, ADW_TYPE_ENTRY_ROW, "referrer_name_row")),
                   ==, "DS Rivers");
  g_assert_cmpuint (adw_combo_row_get_selected (child_of (page, ADW_TYPE_COMBO_ROW, "agency_row")), ==, 1);
  g_assert_nonnull (find_row (page_of (resumed, 1, CR_TYPE_REFERRAL_PAGE_CHILDREN), CR_TYPE_IDENTITY_ROW, "Name"));
  g_assert_cmpstr (gtk_editable_get_text (find_row (page_of (resumed, 1, CR_TYPE_REFERRAL_PAGE_CHILDREN),
                                                    CR_TYPE_IDENTITY_ROW, "Name")),
                   ==, "Jane Smith");

  /* Editing the resumed referral updates the same draft, not a new one. */
  type_into (child_of (cr_assistant_get_current_page (CR_ASSISTANT (resumed)), ADW_TYPE_ENTRY_ROW,
                       "location_row"), "A park");
  cr_test_spin (700);
  later = db_list_drafts (fixture->db);
  g_assert_cmpuint (later->len, ==, 1);
  g_assert_cmpstr (((CrDraft *) later->pdata[0])->key, ==, draft->key);
  g_assert_nonnull (strstr (((CrDraft *) later->pdata[0])->data, "A park"));

  gtk_window_destroy (GTK_WINDOW (resumed));
}

static void
test_referral_cancel_keeps_draft (Fixture       *fixture,
                                  gconstpointer  data)
{
  CrReferralAssistant *assistant = new_assistant (fixture, NULL);
  g_autoptr(GPtrArray) drafts = NULL;
  gpointer page = page_of (assistant, 0, CR_TYPE_REFERRAL_PAGE_REFERRER);

  /* Typed and closed at once, before the half-second save. */
  type_into (child_of (page, ADW_TYPE_ENTRY_ROW, "referrer_name_row"), "Ms Okafor");
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.cancel", NULL);
  wait_for_drafts (fixture->db, 1);

  drafts = db_list_drafts (fixture->db);
  g_assert_nonnull (strstr (((CrDraft *) drafts->pdata[0])->data, "Ms Okafor"));
  g_assert_cmpstr (((CrDraft *) drafts->pdata[0])->title, ==, "Child A");
}

static void
on_finished_cb (CrReferralAssistant  *assistant,
                CrCase              **out)
{
  *out = g_object_ref (cr_referral_assistant_get_case (assistant));
}

static gboolean
pointer_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
test_referral_finish (Fixture       *fixture,
                      gconstpointer  data)
{
  CrReferralAssistant *assistant = new_assistant (fixture, NULL);
  gpointer summary = page_of (assistant, 7, CR_TYPE_REFERRAL_PAGE_SUMMARY);
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrReferral) stored = NULL;
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  gpointer area;

  fill_referrer (fixture, assistant);
  type_into (find_row (page_of (assistant, 1, CR_TYPE_REFERRAL_PAGE_CHILDREN), CR_TYPE_IDENTITY_ROW, "Name"),
             "Jane & Smith");
  click (find_button (page_of (assistant, 1, CR_TYPE_REFERRAL_PAGE_CHILDREN),
                                                "Add Child"));
  fill_incident (fixture, assistant);
  fill_area (assistant);
  area = page_of (assistant, 3, CR_TYPE_REFERRAL_PAGE_AREA);
  cr_assistant_go_to_page (CR_ASSISTANT (assistant), 3);
  click (find_button (area, "Add"));
  fill_definition_and_decision (fixture, assistant);
  /* Text that looks like markup is shown as typed. */
  type_into (child_of (page_of (assistant, 0, CR_TYPE_REFERRAL_PAGE_REFERRER), ADW_TYPE_ENTRY_ROW,
                       "referrer_role_row"), "Sergeant <b>& co</b>");

  /* Every page complete: Next all the way to the summary. */
  for (guint i = 0; i < 7; i++)
    {
      cr_assistant_go_to_page (CR_ASSISTANT (assistant), i);
      g_assert_true (cr_assistant_page_get_complete (cr_assistant_get_current_page (CR_ASSISTANT (assistant))));
    }
  cr_assistant_next_page (CR_ASSISTANT (assistant));
  g_assert_true (cr_assistant_get_current_page (CR_ASSISTANT (assistant)) == summary);
  g_assert_true (cr_assistant_page_get_complete (summary));
  g_assert_nonnull (find_button (assistant, "Record Referral"));
  g_assert_nonnull (find_row (summary, ADW_TYPE_ACTION_ROW, "Name of the referrer"));
  g_assert_cmpstr (adw_action_row_get_subtitle (find_row (summary, ADW_TYPE_ACTION_ROW, "Role of the referrer")),
                   ==, "Sergeant <b>& co</b>");
  /* The summary keeps restricted details out of sight. */
  g_assert_null (strstr (adw_action_row_get_subtitle (find_row (summary, ADW_TYPE_ACTION_ROW, "Child 1")),
                         "Jane"));

  /* Edit goes back to the step. */
  click (find_button (summary, "Edit Incident"));
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==, 2);
  cr_assistant_go_to_page (CR_ASSISTANT (assistant), 7);

  /* Let the draft be written, so that finishing must delete it. */
  wait_for_drafts (fixture->db, 1);

  g_signal_connect (assistant, "finished", G_CALLBACK (on_finished_cb), &kase);
  g_object_add_weak_pointer (G_OBJECT (assistant), (gpointer *) &assistant);
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.next", NULL);
  cr_test_wait_until (pointer_set, &kase, "the referral to be recorded");

  /* The case, in the status the decision gives, and the window closed. */
  g_assert_null (assistant);
  g_assert_cmpint (cr_case_get_id (kase), >, 0);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_NOTIFIED);
  g_assert_cmpstr (cr_case_get_pseudonym (kase), ==, "Child A");
  g_assert_cmpstr (cr_case_get_aware_date (kase), ==, fixture->days_ago[3]);
  g_assert_cmpstr (cr_case_get_notified_date (kase), ==, fixture->days_ago[1]);
  g_assert_true (g_str_has_prefix (cr_case_get_reference (kase), "CR-"));

  /* Its children and agencies, read back from the database. */
  cr_database_get_referral_async (fixture->db, cr_case_get_id (kase), NULL, cr_database_sync_cb, &res);
  stored = cr_database_get_referral_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_referral_get_children (stored))), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_referral_get_involvements (stored))), ==, 1);
  g_assert_cmpstr (cr_record_get (CR_RECORD (stored), "referrer-name"), ==, "DS Rivers");
  g_assert_cmpstr (cr_record_get (CR_RECORD (stored), "panel-reference"), ==, "SIN-2026-0042");

  /* And the draft is gone. */
  wait_for_drafts (fixture->db, 0);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

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

static void
on_started_cb (GObject             *owner,
               CrReferralAssistant *assistant)
{
  guint *n_started = g_object_get_data (owner, "n-started");

  (*n_started)++;
}

static void
test_referral_launch_resume (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GtkWidget) parent = g_object_ref_sink (gtk_window_new ());
  CrReferralAssistant *assistant = new_assistant (fixture, NULL);
  AdwMessageDialog *dialog;
  gpointer page;
  guint n_started = 0;

  g_object_set_data (G_OBJECT (parent), "n-started", &n_started);

  /* No drafts: the assistant opens at once. */
  gtk_window_destroy (GTK_WINDOW (assistant));
  cr_referral_launch (GTK_WINDOW (parent), fixture->db, G_OBJECT (parent), on_started_cb);
  cr_test_wait_count (&n_started, 1, "a new referral to start");
  assistant = find_toplevel (CR_TYPE_REFERRAL_ASSISTANT);
  g_assert_nonnull (assistant);
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* Leave one unfinished. */
  type_into (child_of (page_of (assistant, 0, CR_TYPE_REFERRAL_PAGE_REFERRER), ADW_TYPE_ENTRY_ROW,
                       "referrer_name_row"), "Ms Okafor");
  gtk_window_close (GTK_WINDOW (assistant));
  wait_for_drafts (fixture->db, 1);

  /* Now a new referral offers it first; Start New leaves it alone. */
  cr_referral_launch (GTK_WINDOW (parent), fixture->db, G_OBJECT (parent), on_started_cb);
  cr_referral_launch (GTK_WINDOW (parent), fixture->db, G_OBJECT (parent), on_started_cb);
  cr_test_wait_until (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the resume offer");
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Resume Referral?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“Child A”"));
  adw_message_dialog_response (dialog, "new");
  cr_test_wait_count (&n_started, 2, "a new referral to start");
  /* The second Ctrl+N while the offer was open did nothing. */
  cr_test_spin (100);
  g_assert_cmpuint (n_started, ==, 2);
  assistant = find_toplevel (CR_TYPE_REFERRAL_ASSISTANT);
  page = page_of (assistant, 0, CR_TYPE_REFERRAL_PAGE_REFERRER);
  g_assert_cmpstr (gtk_editable_get_text (child_of (page, ADW_TYPE_ENTRY_ROW, "referrer_name_row")), ==, "");
  gtk_window_destroy (GTK_WINDOW (assistant));
  cr_test_spin (50);

  /* Resume opens it where it was. */
  cr_referral_launch (GTK_WINDOW (parent), fixture->db, G_OBJECT (parent), on_started_cb);
  cr_test_wait_until (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), "the resume offer");
  adw_message_dialog_response (find_toplevel (ADW_TYPE_MESSAGE_DIALOG), "resume");
  cr_test_wait_count (&n_started, 3, "the referral to resume");
  assistant = find_toplevel (CR_TYPE_REFERRAL_ASSISTANT);
  page = page_of (assistant, 0, CR_TYPE_REFERRAL_PAGE_REFERRER);
  g_assert_cmpstr (gtk_editable_get_text (child_of (page, ADW_TYPE_ENTRY_ROW, "referrer_name_row")),
                   ==, "Ms Okafor");
  gtk_window_destroy (GTK_WINDOW (assistant));
  gtk_window_destroy (GTK_WINDOW (parent));
}

static void
test_describe_drafts (void)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_draft_free);
  g_autofree char *one = NULL;
  g_autofree char *three = NULL;
  CrDraft *draft;

  for (guint i = 0; i < 3; i++)
    {
      draft = g_new0 (CrDraft, 1);
      draft->kind = g_strdup ("referral");
      draft->key = g_strdup_printf ("key-%u", i);
      draft->title = g_strdup (i == 0 ? "Child C — incident 2 Nov 2026" : "Child B");
      draft->updated_at = g_strdup ("2026-11-03T14:05:00Z");
      g_ptr_array_add (drafts, draft);
    }

  g_ptr_array_set_size (drafts, 1);
  one = cr_referral_launch_describe_drafts (drafts);
  g_assert_nonnull (strstr (one, "“Child C — incident 2 Nov 2026”"));
  g_assert_nonnull (strstr (one, "3 Nov 2026"));
  g_assert_null (strstr (one, "referrals were"));

  for (guint i = 1; i < 3; i++)
    {
      draft = g_new0 (CrDraft, 1);
      draft->title = g_strdup ("Child B");
      g_ptr_array_add (drafts, draft);
    }
  three = cr_referral_launch_describe_drafts (drafts);
  g_assert_nonnull (strstr (three, "3 referrals were left unfinished"));
  g_assert_nonnull (strstr (three, "“Child C — incident 2 Nov 2026”"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/assistant/next-needs-complete", test_next_needs_complete);
  g_test_add_func ("/assistant/back-never-applies", test_back_never_applies);
  g_test_add_func ("/assistant/skippable", test_skippable);
  g_test_add_func ("/assistant/last-page-finishes", test_last_page_finishes);
  g_test_add_func ("/assistant/cancel", test_cancel);

#define ADD(path, func) \
  g_test_add ("/referral/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("pages", test_referral_pages);
  ADD ("referrer", test_referral_referrer);
  ADD ("children", test_referral_children);
  ADD ("incident", test_referral_incident);
  ADD ("area-and-processes", test_referral_area_and_processes);
  ADD ("decision", test_referral_decision);
  ADD ("draft-and-resume", test_referral_draft_and_resume);
  ADD ("cancel-keeps-draft", test_referral_cancel_keeps_draft);
  ADD ("finish", test_referral_finish);
  ADD ("launch-resume", test_referral_launch_resume);
  g_test_add_func ("/referral/describe-drafts", test_describe_drafts);

#undef ADD

  return g_test_run ();
}
