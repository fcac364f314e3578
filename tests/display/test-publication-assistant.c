/* test-publication-assistant.c: the publication assistant on a real
 * database in a temporary folder: its refusals, each step stored as it
 * is left, the case's status following, and resuming */
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
#include "cr-database-review.h"
#include "cr-identity.h"
#include "cr-parallel-process.h"
#include "cr-pub-page-anonymisation.h"
#include "cr-pub-page.h"
#include "cr-publication-assistant.h"
#include "cr-rich-text.h"
#include "cr-test-utils.h"

/* Fixed days in the past: Monday 2 March 2026 to Monday 16 March 2026
 * has no bank holiday; 4 working days after the 2nd is Friday the 6th. */
#define TOLD_DATE      "2026-02-20"
#define DECISION_DATE  "2026-02-25"
#define COPIES_DATE    "2026-03-02"
#define TOO_SOON       "2026-03-06"
#define PLANNED_DATE   "2026-03-16"
#define REPOSITORY_DATE "2026-03-20"

#define REAL_NAME "Jayden Marsh"

typedef struct
{
  char       *dir;
  CrDatabase *db;
  CrCase     *kase;
  GtkWidget  *window;
} Fixture;

/*
 * Database helpers
 */

static void
db_save_analysis (CrDatabase *db,
                  gint64      case_id,
                  const char *text)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrRichText) rich = cr_rich_text_new_from_plain (text);
  g_autofree char *markup = cr_rich_text_to_markup (rich);

  cr_database_save_report_section_async (db, case_id, CR_REPORT_SECTION_ANALYSIS, markup,
                                         NULL, cr_database_sync_cb, &res);
  cr_database_save_report_section_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
}

static CrPublication *
db_load_publication (CrDatabase *db,
                     gint64      case_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  CrPublication *publication;

  cr_database_load_publication_async (db, case_id, NULL, cr_database_sync_cb, &res);
  publication = cr_database_load_publication_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return publication;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(CrChild) child = cr_child_new ();
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autoptr(CrChild) stored_child = NULL;
  g_autoptr(CrParallelProcess) trial = cr_parallel_process_new ();
  g_autoptr(CrRecord) stored_trial = NULL;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  cr_test_database_set_up ("publication.db", &fixture->dir, NULL, &fixture->db);

  cr_case_set_reference (kase, "CR-2025-070");
  cr_case_set_pseudonym (kase, "Child P");
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_SIGN_OFF);
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);
  cr_case_set_incident_date (kase, "2025-01-10");
  cr_case_set_aware_date (kase, "2025-01-12");
  cr_case_set_notified_date (kase, "2025-01-14");
  cr_case_set_decision_date (kase, "2025-02-20");
  cr_database_create_case_async (fixture->db, kase, NULL, cr_database_sync_cb, &res);
  fixture->kase = cr_database_create_case_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_clear_object (&res);

  /* The child's real name is what the check must catch. */
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, REAL_NAME);
  cr_child_set_case_id (child, cr_case_get_id (fixture->kase));
  cr_child_set_pseudonym (child, "Child P");
  cr_child_set_identity (child, identity);
  cr_database_add_child_async (fixture->db, child, NULL, cr_database_sync_cb, &res);
  stored_child = cr_database_add_child_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_clear_object (&res);

  /* A criminal trial still running. */
  cr_record_set_case_id (CR_RECORD (trial), cr_case_get_id (fixture->kase));
  cr_record_set (CR_RECORD (trial), "kind", "criminal-trial");
  cr_record_set (CR_RECORD (trial), "status", "ongoing");
  cr_database_save_record_async (fixture->db, CR_RECORD (trial), NULL, cr_database_sync_cb, &res);
  stored_trial = cr_database_save_record_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);

  /* A clean report. */
  db_save_analysis (fixture->db, cr_case_get_id (fixture->kase),
                    "The health visitor saw Child P at home. Information was not shared with the GP.");

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 700);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_destroy_toplevels ();
  g_clear_object (&fixture->kase);
  cr_test_database_tear_down (&fixture->dir, NULL, &fixture->db);
}

/*
 * Widget helpers
 */

static gboolean
assistant_loaded (gpointer data)
{
  CrAssistantPage *page = cr_assistant_get_page (CR_ASSISTANT (data), 0);

  return cr_pub_page_get_publication (CR_PUB_PAGE (page)) != NULL;
}

static CrPublicationAssistant *
open_assistant (Fixture *fixture)
{
  CrPublicationAssistant *assistant;

  assistant = cr_publication_assistant_new (GTK_WINDOW (fixture->window), fixture->db, fixture->kase);
  gtk_window_present (GTK_WINDOW (assistant));
  cr_test_wait_until (assistant_loaded, assistant, "the publication to load");
  return assistant;
}

static CrPubPage *
current_page (CrPublicationAssistant *assistant)
{
  return CR_PUB_PAGE (cr_assistant_get_current_page (CR_ASSISTANT (assistant)));
}

typedef struct
{
  CrPublicationAssistant *assistant;
  guint                   index;
} AtPage;

static gboolean
at_page (gpointer data)
{
  AtPage *at = data;

  return cr_assistant_get_current_index (CR_ASSISTANT (at->assistant)) == at->index &&
         !cr_assistant_page_get_applying (cr_assistant_get_current_page (CR_ASSISTANT (at->assistant)));
}

/* Next (which stores the step) and wait for page @index. */
static void
go_next (CrPublicationAssistant *assistant,
         guint                   index)
{
  AtPage at = { assistant, index };

  g_assert_true (cr_assistant_page_get_complete (cr_assistant_get_current_page (CR_ASSISTANT (assistant))));
  g_assert_null (cr_pub_page_get_message (current_page (assistant)));
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.next", NULL);
  cr_test_wait_until (at_page, &at, "the next page");
}

static void
assert_refused (CrPublicationAssistant *assistant,
                const char             *fragment)
{
  CrPubPage *page = current_page (assistant);
  const char *message = cr_pub_page_get_message (page);

  g_assert_false (cr_assistant_page_get_complete (CR_ASSISTANT_PAGE (page)));
  g_assert_nonnull (message);
  if (fragment != NULL && strstr (message, fragment) == NULL)
    g_error ("The refusal “%s” does not mention “%s”", message, fragment);
}

/* Activates the row titled @title (a choice's check button). */
static void
choose (CrPubPage  *page,
        const char *title)
{
  AdwActionRow *row = cr_test_find_row (page, ADW_TYPE_ACTION_ROW, title);

  if (row == NULL)
    g_error ("No row “%s” on the page", title);
  adw_action_row_activate (row);
}

static void
type_into (CrPubPage  *page,
           const char *title,
           const char *text)
{
  AdwEntryRow *row = cr_test_find_row (page, ADW_TYPE_ENTRY_ROW, title);

  if (row == NULL)
    g_error ("No entry “%s” on the page", title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
write_text (CrPubPage  *page,
            const char *text)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, >=, 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[0]), text, -1);
}

static gboolean
check_done (gpointer data)
{
  return !cr_pub_page_anonymisation_is_checking (data);
}

static void
check_again (CrPubPage *page)
{
  gtk_widget_activate_action (GTK_WIDGET (page), "pub.check-again", NULL);
  g_assert_true (cr_pub_page_anonymisation_is_checking (CR_PUB_PAGE_ANONYMISATION (page)));
  cr_test_wait_until (check_done, page, "the anonymisation check");
}

/*
 * Tests
 */

static void
on_case_notified_cb (GObject    *object,
                     GParamSpec *pspec,
                     guint      *count)
{
  (*count)++;
}

static void
test_walk (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 case_id = cr_case_get_id (fixture->kase);
  CrPublicationAssistant *assistant = open_assistant (fixture);
  g_autoptr(CrPublication) stored = NULL;
  g_autoptr(CrCase) kase = NULL;
  CrPubPage *page;
  guint notified = 0;

  g_signal_connect (assistant, "notify::case", G_CALLBACK (on_case_notified_cb), &notified);

  /* Proceedings: the trial is still running. */
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==,
                    CR_PUBLICATION_STEP_PROCEEDINGS);
  page = current_page (assistant);
  g_assert_nonnull (cr_test_find_row (page, ADW_TYPE_ACTION_ROW, "Criminal trial"));
  assert_refused (assistant, NULL);
  choose (page, "No parallel proceedings");
  assert_refused (assistant, NULL);
  choose (page, "Publication will not prejudice them");
  assert_refused (assistant, NULL);
  write_text (page, "Confirmed by the senior investigating officer, DS Patel, on 20 February 2026.");
  go_next (assistant, CR_PUBLICATION_STEP_ANONYMISATION);
  stored = db_load_publication (fixture->db, case_id);
  g_assert_cmpstr (cr_record_get (CR_RECORD (stored), "proceedings"), ==, "no-prejudice");
  g_clear_object (&stored);
  g_assert_cmpuint (notified, ==, 1);

  /* Anonymisation: clean, then a real name planted is refused until it
   * is replaced. */
  page = current_page (assistant);
  g_assert_true (cr_assistant_page_get_complete (CR_ASSISTANT_PAGE (page)));
  db_save_analysis (fixture->db, case_id, "The health visitor saw " REAL_NAME " at home.");
  check_again (page);
  assert_refused (assistant, NULL);
  g_assert_nonnull (cr_test_find_row (page, ADW_TYPE_ACTION_ROW, "1 identifying detail remains"));
  db_save_analysis (fixture->db, case_id, "The health visitor saw Child P at home.");
  check_again (page);
  g_assert_nonnull (cr_test_find_row (page, ADW_TYPE_ACTION_ROW, "No identifying details found"));
  g_assert_nonnull (cr_record_get (CR_RECORD (cr_pub_page_get_publication (page)), "anonymisation-date"));
  go_next (assistant, CR_PUBLICATION_STEP_FAMILY);

  /* Family */
  page = current_page (assistant);
  assert_refused (assistant, NULL);
  type_into (page, "Date the family was told", "20/02/2026");
  choose (page, "Shown the report");
  go_next (assistant, CR_PUBLICATION_STEP_DECISION);

  /* Decision: only the improvements needs its reason. */
  page = current_page (assistant);
  choose (page, "Publish only the information about improvements");
  assert_refused (assistant, NULL);
  choose (page, "Publish the report in full");
  type_into (page, "Decided by", "The three safeguarding partners");
  type_into (page, "Date of the decision", DECISION_DATE);
  go_next (assistant, CR_PUBLICATION_STEP_NOTICE);

  /* Notice: copies 4 working days before the planned date are refused. */
  page = current_page (assistant);
  type_into (page, "Planned publication date", TOO_SOON);
  g_assert_nonnull (cr_test_find_row (page, ADW_TYPE_ACTION_ROW, "Send the copies by 25 February 2026"));
  choose (page, "Child Safeguarding Practice Review Panel");
  choose (page, "Secretary of State (Department for Education)");
  type_into (page, "Date the copies were sent", COPIES_DATE);
  assert_refused (assistant, "4 working days");
  type_into (page, "Planned publication date", PLANNED_DATE);
  go_next (assistant, CR_PUBLICATION_STEP_PUBLISHED);
  kase = cr_test_db_get_case (fixture->db, case_id);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_PRE_PUBLICATION);
  g_assert_cmpstr (cr_case_get_copies_sent_date (kase), ==, COPIES_DATE);
  g_clear_object (&kase);

  /* Published */
  page = current_page (assistant);
  type_into (page, "Date published", PLANNED_DATE);
  assert_refused (assistant, NULL);
  type_into (page, "Where it is published", "https://northbridgescp.example/reviews/child-p");
  g_assert_nonnull (cr_test_find_row (page, ADW_TYPE_ACTION_ROW, "Keep available until 16 March 2027"));
  go_next (assistant, CR_PUBLICATION_STEP_REPOSITORY);
  kase = cr_test_db_get_case (fixture->db, case_id);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_PUBLISHED);
  g_assert_cmpstr (cr_case_get_publication_date (kase), ==, PLANNED_DATE);
  g_assert_cmpint (cr_case_get_status (cr_publication_assistant_get_case (assistant)), ==,
                   CR_CASE_STATUS_PUBLISHED);
  g_clear_object (&kase);

  /* Closing half way keeps every step done; reopened, it starts at the
   * repository. */
  gtk_window_close (GTK_WINDOW (assistant));
  cr_test_wait_toplevel_gone (CR_TYPE_PUBLICATION_ASSISTANT, FALSE, "the assistant to close");
  assistant = open_assistant (fixture);
  {
    AtPage at = { assistant, CR_PUBLICATION_STEP_REPOSITORY };

    cr_test_wait_until (at_page, &at, "the assistant to resume at the repository");
  }
  page = current_page (assistant);
  type_into (page, "Date sent to the repository", REPOSITORY_DATE);
  go_next (assistant, CR_PUBLICATION_N_STEPS);
  stored = db_load_publication (fixture->db, case_id);
  g_assert_cmpstr (cr_record_get (CR_RECORD (stored), "repository-date"), ==, REPOSITORY_DATE);
  g_assert_cmpstr (cr_record_get (CR_RECORD (stored), "place"), ==,
                   "https://northbridgescp.example/reviews/child-p");

  /* The summary says every step is done; Done closes. */
  page = current_page (assistant);
  g_assert_nonnull (cr_test_find_row (page, ADW_TYPE_ACTION_ROW,
                                     cr_publication_step_get_title (CR_PUBLICATION_STEP_PUBLISHED)));
  gtk_widget_activate_action (GTK_WIDGET (assistant), "assistant.next", NULL);
  cr_test_wait_toplevel_gone (CR_TYPE_PUBLICATION_ASSISTANT, FALSE, "the assistant to finish");
}

static guint
count_drafts (CrDatabase *db)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = NULL;

  cr_database_list_drafts_async (db, "publication", NULL, cr_database_sync_cb, &res);
  drafts = cr_database_list_drafts_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return drafts->len;
}

/* What is typed on a step and not yet stored survives Cancel, and is
 * gone (stored) once the step is. */
static void
test_draft (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 case_id = cr_case_get_id (fixture->kase);
  CrPublicationAssistant *assistant = open_assistant (fixture);
  g_autoptr(CrPublication) stored = NULL;
  CrPubPage *page = current_page (assistant);

  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==,
                    CR_PUBLICATION_STEP_PROCEEDINGS);
  write_text (page, "Asked the senior investigating officer.");
  gtk_window_close (GTK_WINDOW (assistant));
  cr_test_wait_toplevel_gone (CR_TYPE_PUBLICATION_ASSISTANT, FALSE, "the assistant to close");
  g_assert_cmpuint (count_drafts (fixture->db), ==, 1);
  stored = db_load_publication (fixture->db, case_id);
  g_assert_null (cr_record_get (CR_RECORD (stored), "proceedings-note"));
  g_clear_object (&stored);

  assistant = open_assistant (fixture);
  page = current_page (assistant);
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==,
                    CR_PUBLICATION_STEP_PROCEEDINGS);
  g_assert_cmpstr (cr_record_get (CR_RECORD (cr_pub_page_get_publication (page)), "proceedings-note"), ==,
                   "Asked the senior investigating officer.");

  choose (page, "Publication will not prejudice them");
  go_next (assistant, CR_PUBLICATION_STEP_ANONYMISATION);
  stored = db_load_publication (fixture->db, case_id);
  g_assert_cmpstr (cr_record_get (CR_RECORD (stored), "proceedings-note"), ==,
                   "Asked the senior investigating officer.");
  g_assert_cmpuint (count_drafts (fixture->db), ==, 0);
}

/* Opens on every page so each template is instantiated with criticals
 * fatal. */
static void
test_pages (Fixture       *fixture,
            gconstpointer  data)
{
  CrPublicationAssistant *assistant = open_assistant (fixture);

  for (guint i = 0; i < cr_assistant_get_n_pages (CR_ASSISTANT (assistant)); i++)
    {
      cr_assistant_go_to_page (CR_ASSISTANT (assistant), i);
      cr_test_spin (50);
      g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==, i);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/publication-assistant/walk", Fixture, NULL,
              fixture_set_up, test_walk, fixture_tear_down);
  g_test_add ("/publication-assistant/draft", Fixture, NULL,
              fixture_set_up, test_draft, fixture_tear_down);
  g_test_add ("/publication-assistant/pages", Fixture, NULL,
              fixture_set_up, test_pages, fixture_tear_down);

  return g_test_run ();
}
