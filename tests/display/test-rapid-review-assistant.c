/* test-rapid-review-assistant.c: the rapid review assistant and the case
 * page's Rapid Review group, on a real database in a temporary folder */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "cr-agency-summary.h"
#include "cr-attendee.h"
#include "cr-case-rapid-review-group.h"
#include "cr-case-status.h"
#include "cr-child.h"
#include "cr-involvement.h"
#include "cr-rapid-review-assistant.h"
#include "cr-rapid-review.h"
#include "cr-referral.h"
#include "cr-rr-page-summaries.h"
#include "cr-rr-page-summary.h"
#include "cr-rr-page.h"
#include "cr-sign-off.h"
#include "cr-test-utils.h"
#include "cr-util.h"

/* Fixed dates in the past, so due dates are known: Wednesday 5 March
 * 2025 plus 10 working days (no bank holiday between) is Wednesday 19
 * March 2025. */
#define INCIDENT_DATE "2025-03-01"
#define AWARE_DATE    "2025-03-03"
#define NOTIFIED_DATE "2025-03-05"
#define DEFAULT_DUE   "2025-03-19"

typedef struct
{
  char       *dir;
  CrDatabase *db;
  CrCase     *kase;          /* notified, three agencies involved */
  gint64      agency_ids[3];
  char       *today;
} Fixture;

static const char * const agency_names[] = { "Children's Social Care", "Health Visiting", "Police" };

/*
 * Database helpers
 */

static CrCase *
db_create_referral (Fixture    *fixture,
                    const char *pseudonym,
                    const char *decision)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrReferral) referral = cr_referral_new ();
  g_autoptr(CrChild) child = cr_child_new ();
  g_autofree char *referrer_id = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->agency_ids[0]);
  CrRecord *record = CR_RECORD (referral);
  CrCase *kase;

  cr_record_set (record, "referral-date", "2025-03-04");
  cr_record_set (record, "referring-agency-id", referrer_id);
  cr_record_set (record, "referrer-name", "Sam Referrer");
  cr_record_set (record, "pseudonym", pseudonym);
  cr_record_set (record, "incident-date", INCIDENT_DATE);
  cr_record_set (record, "aware-date", AWARE_DATE);
  cr_record_set (record, "nature", "serious-harm");
  cr_record_set (record, "summary", "An infant was admitted to hospital with injuries.");
  cr_record_set (record, "incident-la", "Northshire");
  cr_record_set (record, "residence-la", "Northshire");
  cr_record_set (record, "limb-abuse", "true");
  cr_record_set (record, "limb-harm", "true");
  cr_record_set (record, "definition-rationale", "Both limbs are met.");
  cr_record_set (record, "notify-decision", decision);
  cr_record_set (record, "notify-rationale", "The criteria are met.");
  if (g_strcmp0 (decision, "notify") == 0)
    cr_record_set (record, "notified-date", NOTIFIED_DATE);

  cr_child_set_pseudonym (child, pseudonym);
  g_list_store_append (cr_referral_get_children (referral), child);

  for (guint i = 0; i < G_N_ELEMENTS (fixture->agency_ids); i++)
    {
      g_autoptr(CrInvolvement) involvement = cr_involvement_new ();

      cr_involvement_set_agency_id (involvement, fixture->agency_ids[i]);
      cr_involvement_set_agency_name (involvement, agency_names[i]);
      cr_involvement_set_role (involvement, "Involved");
      g_list_store_append (cr_referral_get_involvements (referral), involvement);
    }

  cr_database_create_referral_async (fixture->db, referral, "CR", NULL, cr_database_sync_cb, &res);
  kase = cr_database_create_referral_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return kase;
}

static CrRapidReview *
db_get_rapid_review (CrDatabase *db,
                     gint64      case_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  CrRapidReview *rr;

  cr_database_get_rapid_review_async (db, case_id, NULL, cr_database_sync_cb, &res);
  rr = cr_database_get_rapid_review_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return rr;
}

/* The draft of @case_id's rapid review, or NULL. */
static CrDraft *
db_find_draft (CrDatabase *db,
               gint64      case_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, case_id);

  cr_database_list_drafts_async (db, "rapid-review", NULL, cr_database_sync_cb, &res);
  drafts = cr_database_list_drafts_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);

  for (guint i = 0; i < drafts->len; i++)
    {
      CrDraft *draft = g_ptr_array_index (drafts, i);

      if (g_strcmp0 (draft->key, key) == 0)
        {
          CrDraft *copy = g_new0 (CrDraft, 1);

          copy->kind = g_strdup (draft->kind);
          copy->key = g_strdup (draft->key);
          copy->title = g_strdup (draft->title);
          copy->data = g_strdup (draft->data);
          copy->updated_at = g_strdup (draft->updated_at);
          return copy;
        }
    }
  return NULL;
}

/*
 * Fixture
 */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GDate today;

  cr_test_database_set_up ("rapid-review.db", &fixture->dir, NULL, &fixture->db);
  for (guint i = 0; i < G_N_ELEMENTS (fixture->agency_ids); i++)
    {
      g_autoptr(CrAgency) agency = cr_test_db_create_agency (fixture->db, agency_names[i],
                                                                   CR_AGENCY_SECTOR_OTHER);

      fixture->agency_ids[i] = cr_agency_get_id (agency);
    }
  fixture->kase = db_create_referral (fixture, "Child A", "notify");
  g_assert_cmpint (cr_case_get_status (fixture->kase), ==, CR_CASE_STATUS_NOTIFIED);

  cr_date_set_today (&today);
  fixture->today = cr_date_to_iso (&today);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cr_test_destroy_toplevels ();

  g_clear_object (&fixture->kase);
  g_clear_pointer (&fixture->today, g_free);
  cr_test_database_tear_down (&fixture->dir, NULL, &fixture->db);
}

/*
 * Widget helpers
 */

static gboolean
assistant_loaded (gpointer data)
{
  CrAssistantPage *page = cr_assistant_get_page (CR_ASSISTANT (data), 0);

  return cr_rr_page_get_rapid_review (CR_RR_PAGE (page)) != NULL;
}

static CrRapidReviewAssistant *
open_assistant (Fixture *fixture,
                CrCase  *kase)
{
  CrRapidReviewAssistant *assistant;

  assistant = cr_rapid_review_assistant_new (NULL, fixture->db, kase != NULL ? kase : fixture->kase);
  cr_test_wait_until (assistant_loaded, assistant, "the rapid review to load");
  return assistant;
}

static CrRrPage *
page_at (CrRapidReviewAssistant *assistant,
         guint                   index)
{
  return CR_RR_PAGE (cr_assistant_get_page (CR_ASSISTANT (assistant), index));
}

static CrRapidReview *
rr_of (CrRapidReviewAssistant *assistant)
{
  return cr_rr_page_get_rapid_review (page_at (assistant, 0));
}

static gboolean
page_complete (CrRapidReviewAssistant *assistant,
               guint                   index)
{
  return cr_assistant_page_get_complete (CR_ASSISTANT_PAGE (page_at (assistant, index)));
}

/* The row of @type titled @title under @root (the first), or NULL. */
static gpointer
find_row (gpointer    root,
          GType       type,
          const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), type, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];
  return NULL;
}

/* The entry row titled @title inside the expander row titled @expander. */
static AdwEntryRow *
find_entry_in (gpointer    root,
               const char *expander,
               const char *title)
{
  AdwExpanderRow *row = find_row (root, ADW_TYPE_EXPANDER_ROW, expander);

  g_assert_nonnull (row);
  return find_row (row, ADW_TYPE_ENTRY_ROW, title);
}

static gpointer
find_widget_with_label (gpointer    root,
                        GType       type,
                        const char *label)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), type, found);
  for (guint i = 0; i < found->len; i++)
    {
      const char *text = NULL;

      if (GTK_IS_LABEL (found->pdata[i]))
        text = gtk_label_get_text (found->pdata[i]);
      else if (GTK_IS_BUTTON (found->pdata[i]))
        text = gtk_button_get_label (found->pdata[i]);
      if (text != NULL)
        {
          g_autoptr(GString) plain = g_string_new (text);

          g_string_replace (plain, "_", "", 0);
          if (g_str_equal (plain->str, label))
            return found->pdata[i];
        }
    }
  return NULL;
}

/* Types into an entry row and presses Enter, as a user would. */
static void
type_into (AdwEntryRow *row,
           const char  *text)
{
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
}

static void
type_entry (gpointer    page,
            const char *title,
            const char *text)
{
  type_into (find_row (page, ADW_TYPE_ENTRY_ROW, title), text);
}

/* Writes into the text view labelled (in the group titled) @group. */
static void
write_text (gpointer    page,
            const char *group,
            const char *text)
{
  AdwPreferencesGroup *found = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (page), ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len && found == NULL; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (groups->pdata[i]), group) == 0)
      found = groups->pdata[i];
  g_assert_nonnull (found);

  cr_test_collect_widgets (GTK_WIDGET (found), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[0]), text, -1);
}

static void
go_next (CrRapidReviewAssistant *assistant,
         guint                   expected)
{
  guint index = cr_assistant_get_current_index (CR_ASSISTANT (assistant));

  g_assert_true (page_complete (assistant, index));
  cr_assistant_next_page (CR_ASSISTANT (assistant));
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==, expected);
}

/*
 * Filling the steps through the widgets
 */

static void
fill_meeting (CrRapidReviewAssistant *assistant)
{
  CrRrPage *page = page_at (assistant, CR_RAPID_REVIEW_STEP_MEETING);

  type_entry (page, "Date of the meeting", "12/03/2025");
  type_entry (page, "Chair", "Pat Chair");
  type_into (find_entry_in (page, agency_names[0], "Name"), "Alex Social");
  type_into (find_entry_in (page, agency_names[0], "Role"), "Team manager");
}

static void
fill_texts (CrRapidReviewAssistant *assistant)
{
  write_text (page_at (assistant, CR_RAPID_REVIEW_STEP_EPISODES), "Key Practice Episodes",
              "The health visitor's visit on 20 February.");
  write_text (page_at (assistant, CR_RAPID_REVIEW_STEP_EPISODES), "The Child’s Lived Experience",
              "Child A lived with their mother and her partner.");
  write_text (page_at (assistant, CR_RAPID_REVIEW_STEP_ACTIONS), "Immediate Safeguarding Actions",
              "The sibling was placed with the grandmother.");
}

static void
fill_criteria (CrRapidReviewAssistant *assistant)
{
  CrRrPage *page = page_at (assistant, CR_RAPID_REVIEW_STEP_CRITERIA);
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON, toggles);
  cr_test_collect_widgets (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (toggles->len, ==, 10);   /* Yes and No for five questions */
  g_assert_cmpuint (views->len, ==, 5);

  for (guint i = 0; i < 5; i++)
    {
      /* Yes for (a) to (c), No for (d) and the national question. */
      gtk_toggle_button_set_active (toggles->pdata[2 * i + (i < 3 ? 0 : 1)], TRUE);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[i]), "Because.", -1);
    }
}

static void
choose_decision (CrRapidReviewAssistant *assistant,
                 const char             *label)
{
  CrRrPage *page = page_at (assistant, CR_RAPID_REVIEW_STEP_DECISION);
  AdwActionRow *row = find_row (page, ADW_TYPE_ACTION_ROW, label);

  g_assert_nonnull (row);
  gtk_widget_activate (GTK_WIDGET (row));
  write_text (page, "Reasons", "The partners agreed.");
}

static void
sign_off_all (CrRapidReviewAssistant *assistant,
              const char             *date)
{
  CrRrPage *page = page_at (assistant, CR_RAPID_REVIEW_STEP_SIGN_OFF);
  const char *partners[] = { "Local authority", "Integrated care board", "Police" };

  for (guint i = 0; i < G_N_ELEMENTS (partners); i++)
    {
      type_into (find_entry_in (page, partners[i], "Name"), "Partner Name");
      type_into (find_entry_in (page, partners[i], "Date signed"), date);
    }
}

/* Meeting to decision, through the pages with Next. */
static void
fill_to_decision (CrRapidReviewAssistant *assistant,
                  const char             *decision_label)
{
  fill_meeting (assistant);
  go_next (assistant, CR_RAPID_REVIEW_STEP_SUMMARIES);
  go_next (assistant, CR_RAPID_REVIEW_STEP_EPISODES);
  fill_texts (assistant);
  go_next (assistant, CR_RAPID_REVIEW_STEP_ACTIONS);
  go_next (assistant, CR_RAPID_REVIEW_STEP_CRITERIA);
  fill_criteria (assistant);
  go_next (assistant, CR_RAPID_REVIEW_STEP_DECISION);
  choose_decision (assistant, decision_label);
  go_next (assistant, CR_RAPID_REVIEW_STEP_SIGN_OFF);
}

static void
on_finished_cb (CrAssistant *assistant,
                gboolean    *finished)
{
  *finished = TRUE;
}

/* Presses "Save Rapid Review" and waits for the assistant to finish;
 * returns the case it hands back. */
static CrCase *
save_and_finish (CrRapidReviewAssistant *assistant)
{
  gboolean finished = FALSE;
  CrCase *result;

  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==,
                    CR_RAPID_REVIEW_N_STEPS);
  g_assert_cmpstr (cr_assistant_page_get_forward_label (CR_ASSISTANT_PAGE (page_at (assistant, CR_RAPID_REVIEW_N_STEPS))),
                   ==, "Save Rapid Review");

  g_object_ref (assistant);
  g_signal_connect (assistant, "finished", G_CALLBACK (on_finished_cb), &finished);
  cr_assistant_next_page (CR_ASSISTANT (assistant));
  cr_test_wait_for_flag (&finished, CR_TEST_WAIT_MS);
  result = g_object_ref (cr_rapid_review_assistant_get_case (assistant));
  g_object_unref (assistant);
  return result;
}

/*
 * Tests
 */

static void
test_meeting_page (Fixture       *fixture,
                   gconstpointer  data)
{
  CrRapidReviewAssistant *assistant = open_assistant (fixture, NULL);
  CrRrPage *page = page_at (assistant, CR_RAPID_REVIEW_STEP_MEETING);
  CrRecord *rr = CR_RECORD (rr_of (assistant));
  AdwEntryRow *date_row = find_row (page, ADW_TYPE_ENTRY_ROW, "Date of the meeting");

  /* A new rapid review starts on the meeting, with a row per agency. */
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (agency_names); i++)
    g_assert_nonnull (find_row (page, ADW_TYPE_EXPANDER_ROW, agency_names[i]));
  g_assert_false (page_complete (assistant, 0));
  /* Nothing is shouted beside an untouched field, but the foot says why. */
  g_assert_null (cr_rr_page_get_message (page, rr, "meeting-date"));
  g_assert_nonnull (cr_rr_page_get_hint (page));
  g_assert_nonnull (strstr (cr_rr_page_get_hint (page), "date of the meeting"));

  /* Not a real day: the message is beside the date. */
  type_into (date_row, "31/02/2025");
  g_assert_nonnull (cr_rr_page_get_message (page, rr, "meeting-date"));
  g_assert_nonnull (strstr (cr_rr_page_get_message (page, rr, "meeting-date"), "no such date"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  g_assert_false (page_complete (assistant, 0));

  /* DD/MM/YYYY is kept as ISO; a meeting may be planned ahead. */
  type_into (date_row, "12/03/2099");
  g_assert_null (cr_rr_page_get_message (page, rr, "meeting-date"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  g_assert_cmpstr (cr_record_get (rr, "meeting-date"), ==, "2099-03-12");

  /* Still nobody attended. */
  g_assert_false (page_complete (assistant, 0));
  g_assert_nonnull (strstr (cr_rr_page_get_hint (page), "attended"));

  type_entry (page, "Time (HH:MM)", "25:00");
  g_assert_nonnull (cr_rr_page_get_message (page, rr, "meeting-time"));
  type_entry (page, "Time (HH:MM)", "10:30");
  g_assert_null (cr_rr_page_get_message (page, rr, "meeting-time"));

  /* An attendee becomes part of the rapid review once named. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_rapid_review_get_attendees (CR_RAPID_REVIEW (rr)))), ==, 0);
  type_into (find_entry_in (page, agency_names[1], "Name"), "Robin Visitor");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_rapid_review_get_attendees (CR_RAPID_REVIEW (rr)))), ==, 1);
  g_assert_true (page_complete (assistant, 0));
  g_assert_null (cr_rr_page_get_hint (page));

  /* Apologies only: nobody attended. */
  {
    AdwExpanderRow *row = find_row (page, ADW_TYPE_EXPANDER_ROW, agency_names[1]);
    g_autoptr(GPtrArray) switches = g_ptr_array_new ();

    /* The expander row has a switch of its own (hidden): the one in the
     * "Attended" row is the answer. */
    cr_test_collect_widgets (find_row (row, ADW_TYPE_ACTION_ROW, "Attended"), GTK_TYPE_SWITCH, switches);
    g_assert_cmpuint (switches->len, ==, 1);
    g_assert_true (gtk_switch_get_active (switches->pdata[0]));
    gtk_switch_set_active (switches->pdata[0], FALSE);
    g_assert_false (page_complete (assistant, 0));
    g_assert_nonnull (strstr (adw_expander_row_get_subtitle (row), "apologies"));
    gtk_switch_set_active (switches->pdata[0], TRUE);
    g_assert_true (page_complete (assistant, 0));
  }

  /* Emptying the name takes the attendee out again. */
  type_into (find_entry_in (page, agency_names[1], "Name"), "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_rapid_review_get_attendees (CR_RAPID_REVIEW (rr)))), ==, 0);
  g_assert_false (page_complete (assistant, 0));

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
test_summaries_page (Fixture       *fixture,
                     gconstpointer  data)
{
  CrRapidReviewAssistant *assistant = open_assistant (fixture, NULL);
  CrRrPage *page = page_at (assistant, CR_RAPID_REVIEW_STEP_SUMMARIES);
  CrRapidReview *rr = rr_of (assistant);
  GListModel *summaries = G_LIST_MODEL (cr_rapid_review_get_summaries (rr));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(CrAgencySummary) first = NULL;
  AdwExpanderRow *row;
  gboolean found_due = FALSE;

  /* One summary per agency involved; none is needed to continue. */
  g_assert_cmpuint (g_list_model_get_n_items (summaries), ==, 3);
  g_assert_true (page_complete (assistant, CR_RAPID_REVIEW_STEP_SUMMARIES));

  /* The usual due date: day 10 of the rapid review. */
  cr_test_collect_widgets (GTK_WIDGET (page), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (labels->pdata[i]), "due on Wed 19 Mar 2025, day 10 of the 15 working days from the notification on Wed 5 Mar 2025") != NULL)
      found_due = TRUE;
  g_assert_true (found_due);

  /* Request All: today as the request date. The usual due date is long
   * past for this 2025 case, so it is not filled in (it would be before
   * the request). */
  g_assert_cmpuint (cr_rr_page_summaries_request_all (CR_RR_PAGE_SUMMARIES (page)), ==, 3);
  first = g_list_model_get_item (summaries, 0);
  g_assert_cmpstr (cr_record_get (CR_RECORD (first), "requested-date"), ==, fixture->today);
  g_assert_false (cr_record_has (CR_RECORD (first), "due-date"));
  g_assert_cmpuint (cr_rr_page_summaries_request_all (CR_RR_PAGE_SUMMARIES (page)), ==, 0);

  /* An overdue summary is marked, in words. */
  row = find_row (page, ADW_TYPE_EXPANDER_ROW, cr_record_get (CR_RECORD (first), "agency-name"));
  g_assert_nonnull (row);
  type_into (find_entry_in (page, cr_record_get (CR_RECORD (first), "agency-name"), "Requested"), "2025-03-06");
  type_into (find_entry_in (page, cr_record_get (CR_RECORD (first), "agency-name"), "Due"), DEFAULT_DUE);
  g_assert_true (cr_agency_summary_is_overdue (first, NULL));
  g_assert_nonnull (find_widget_with_label (row, GTK_TYPE_LABEL, "Overdue"));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (row), "Due Wed 19 Mar 2025 (day 10 of 15)"));

  /* Received before it was requested: refused, with a message. */
  type_into (find_entry_in (page, cr_record_get (CR_RECORD (first), "agency-name"), "Received"), "2025-03-05");
  g_assert_false (page_complete (assistant, CR_RAPID_REVIEW_STEP_SUMMARIES));
  g_assert_nonnull (cr_rr_page_get_hint (page));
  g_assert_nonnull (find_widget_with_label (row, GTK_TYPE_LABEL, "Check dates"));

  type_into (find_entry_in (page, cr_record_get (CR_RECORD (first), "agency-name"), "Received"), "2025-03-18");
  g_assert_true (page_complete (assistant, CR_RAPID_REVIEW_STEP_SUMMARIES));
  g_assert_nonnull (find_widget_with_label (row, GTK_TYPE_LABEL, "Received"));

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
test_later_pages (Fixture       *fixture,
                  gconstpointer  data)
{
  CrRapidReviewAssistant *assistant = open_assistant (fixture, NULL);
  CrRapidReview *rr = rr_of (assistant);
  CrRrPage *sign_off = page_at (assistant, CR_RAPID_REVIEW_STEP_SIGN_OFF);
  AdwEntryRow *sent_row;

  /* Text steps need their main answer. */
  g_assert_false (page_complete (assistant, CR_RAPID_REVIEW_STEP_EPISODES));
  g_assert_false (page_complete (assistant, CR_RAPID_REVIEW_STEP_ACTIONS));
  fill_texts (assistant);
  g_assert_true (page_complete (assistant, CR_RAPID_REVIEW_STEP_EPISODES));
  g_assert_true (page_complete (assistant, CR_RAPID_REVIEW_STEP_ACTIONS));

  /* Every criterion needs an answer and reasons. */
  g_assert_false (page_complete (assistant, CR_RAPID_REVIEW_STEP_CRITERIA));
  fill_criteria (assistant);
  g_assert_true (page_complete (assistant, CR_RAPID_REVIEW_STEP_CRITERIA));
  g_assert_cmpstr (cr_record_get (CR_RECORD (rr), "criterion-a"), ==, "yes");
  g_assert_cmpstr (cr_record_get (CR_RECORD (rr), "national-importance"), ==, "no");

  /* Choosing a decision dates it today. */
  g_assert_false (page_complete (assistant, CR_RAPID_REVIEW_STEP_DECISION));
  choose_decision (assistant, "Local child safeguarding practice review");
  g_assert_cmpstr (cr_record_get (CR_RECORD (rr), "decision"), ==, "lcspr");
  g_assert_cmpstr (cr_record_get (CR_RECORD (rr), "decision-date"), ==, fixture->today);
  g_assert_true (page_complete (assistant, CR_RAPID_REVIEW_STEP_DECISION));
  g_assert_nonnull (find_widget_with_label (page_at (assistant, CR_RAPID_REVIEW_STEP_DECISION), GTK_TYPE_LABEL,
                                            "The case will move to LCSPR commissioning once the Panel agrees."));
  type_entry (page_at (assistant, CR_RAPID_REVIEW_STEP_DECISION), "Date of the decision", "2099-01-01");
  g_assert_false (page_complete (assistant, CR_RAPID_REVIEW_STEP_DECISION));
  g_assert_nonnull (cr_rr_page_get_message (page_at (assistant, CR_RAPID_REVIEW_STEP_DECISION),
                                            CR_RECORD (rr), "decision-date"));
  type_entry (page_at (assistant, CR_RAPID_REVIEW_STEP_DECISION), "Date of the decision", fixture->today);

  /* The report date waits for all three partners. */
  sent_row = find_row (sign_off, ADW_TYPE_ENTRY_ROW, "Date the report was sent to the Panel");
  g_assert_nonnull (sent_row);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (sent_row)));
  g_assert_nonnull (find_widget_with_label (sign_off, GTK_TYPE_LABEL,
                                            "The report can be sent once all three partners have signed off. Still to sign: Local authority, Integrated care board, Police."));
  g_assert_true (page_complete (assistant, CR_RAPID_REVIEW_STEP_SIGN_OFF));
  /* The Panel step is passed over while no report is sent. */
  g_assert_true (cr_assistant_page_get_skippable (CR_ASSISTANT_PAGE (page_at (assistant, CR_RAPID_REVIEW_STEP_PANEL))));

  sign_off_all (assistant, fixture->today);
  g_assert_true (cr_rapid_review_is_signed_off (rr));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (sent_row)));
  /* Sent before the decision: refused beside the field. */
  type_into (sent_row, "2025-01-01");
  g_assert_false (page_complete (assistant, CR_RAPID_REVIEW_STEP_SIGN_OFF));
  g_assert_nonnull (cr_rr_page_get_message (sign_off, CR_RECORD (rr), "report-sent-date"));
  type_into (sent_row, fixture->today);
  g_assert_true (page_complete (assistant, CR_RAPID_REVIEW_STEP_SIGN_OFF));
  g_assert_false (cr_assistant_page_get_skippable (CR_ASSISTANT_PAGE (page_at (assistant, CR_RAPID_REVIEW_STEP_PANEL))));

  /* The summary lists what still needs doing. */
  g_assert_false (page_complete (assistant, CR_RAPID_REVIEW_N_STEPS));
  g_assert_nonnull (strstr (cr_rr_page_get_hint (page_at (assistant, CR_RAPID_REVIEW_N_STEPS)), "Meeting"));

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
test_save_lcspr_then_panel_agrees (Fixture       *fixture,
                                   gconstpointer  data)
{
  CrRapidReviewAssistant *assistant = open_assistant (fixture, NULL);
  g_autoptr(CrCase) saved = NULL;
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(CrCase) agreed = NULL;
  g_autoptr(CrRapidReview) rr = NULL;
  g_autoptr(CrDraft) draft = NULL;
  CrRrPage *panel;

  fill_to_decision (assistant, "Local child safeguarding practice review");
  sign_off_all (assistant, fixture->today);
  type_entry (page_at (assistant, CR_RAPID_REVIEW_STEP_SIGN_OFF), "Date the report was sent to the Panel",
              fixture->today);
  /* The report is sent: the Panel step is not passed over, and may stay empty. */
  go_next (assistant, CR_RAPID_REVIEW_STEP_PANEL);
  go_next (assistant, CR_RAPID_REVIEW_N_STEPS);

  saved = save_and_finish (assistant);
  g_assert_cmpint (cr_case_get_status (saved), ==, CR_CASE_STATUS_AWAITING_PANEL);
  stored = cr_test_db_get_case (fixture->db, cr_case_get_id (fixture->kase));
  g_assert_cmpint (cr_case_get_status (stored), ==, CR_CASE_STATUS_AWAITING_PANEL);
  g_assert_cmpint (cr_case_get_review_type (stored), ==, CR_REVIEW_TYPE_LCSPR);
  g_assert_cmpstr (cr_case_get_rr_sent_date (stored), ==, fixture->today);

  rr = db_get_rapid_review (fixture->db, cr_case_get_id (fixture->kase));
  g_assert_cmpint (cr_record_get_id (CR_RECORD (rr)), >, 0);
  g_assert_cmpstr (cr_record_get (CR_RECORD (rr), "meeting-date"), ==, "2025-03-12");
  g_assert_cmpstr (cr_record_get (CR_RECORD (rr), "chair"), ==, "Pat Chair");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_rapid_review_get_attendees (rr))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_rapid_review_get_summaries (rr))), ==, 3);

  /* Saving removes the draft. */
  cr_test_spin (100);
  draft = db_find_draft (fixture->db, cr_case_get_id (fixture->kase));
  g_assert_null (draft);

  /* Reopened, every step is done: it opens on the summary. Then the
   * Panel agrees: LCSPR commissioning. */
  assistant = open_assistant (fixture, stored);
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==, CR_RAPID_REVIEW_N_STEPS);
  cr_assistant_go_to_page (CR_ASSISTANT (assistant), CR_RAPID_REVIEW_STEP_PANEL);
  panel = page_at (assistant, CR_RAPID_REVIEW_STEP_PANEL);
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==, CR_RAPID_REVIEW_STEP_PANEL);
  adw_combo_row_set_selected (find_row (panel, ADW_TYPE_COMBO_ROW, "The Panel’s response"), 1);
  g_assert_cmpstr (cr_record_get (CR_RECORD (rr_of (assistant)), "panel-response"), ==, "agrees");
  /* A response needs its date. */
  g_assert_false (page_complete (assistant, CR_RAPID_REVIEW_STEP_PANEL));
  type_entry (panel, "Date of the response", fixture->today);
  g_assert_nonnull (find_widget_with_label (panel, GTK_TYPE_LABEL,
                                            "When the rapid review is saved, the case moves to “LCSPR commissioning”."));
  go_next (assistant, CR_RAPID_REVIEW_N_STEPS);
  agreed = save_and_finish (assistant);
  g_assert_cmpint (cr_case_get_status (agreed), ==, CR_CASE_STATUS_LCSPR_COMMISSIONING);
}

static void
test_decision_without_report (Fixture       *fixture,
                              gconstpointer  data)
{
  CrRapidReviewAssistant *assistant = open_assistant (fixture, NULL);
  g_autoptr(CrCase) saved = NULL;

  fill_to_decision (assistant, "Local child safeguarding practice review");
  sign_off_all (assistant, fixture->today);
  /* No report sent: the Panel step is passed over. */
  go_next (assistant, CR_RAPID_REVIEW_N_STEPS);
  saved = save_and_finish (assistant);
  g_assert_cmpint (cr_case_get_status (saved), ==, CR_CASE_STATUS_RAPID_REVIEW_DECISION);
}

static void
test_unsigned_decision_stays_in_review (Fixture       *fixture,
                                        gconstpointer  data)
{
  CrRapidReviewAssistant *assistant = open_assistant (fixture, NULL);
  g_autoptr(CrCase) saved = NULL;

  fill_to_decision (assistant, "No further review");
  go_next (assistant, CR_RAPID_REVIEW_N_STEPS);
  saved = save_and_finish (assistant);
  g_assert_cmpint (cr_case_get_status (saved), ==, CR_CASE_STATUS_RAPID_REVIEW);
}

static void
test_not_notifiable (Fixture       *fixture,
                     gconstpointer  data)
{
  CrRapidReviewAssistant *assistant = open_assistant (fixture, NULL);
  g_autoptr(CrCase) saved = NULL;

  fill_to_decision (assistant, "Not notifiable: rapid review not required");
  g_assert_nonnull (find_widget_with_label (page_at (assistant, CR_RAPID_REVIEW_STEP_DECISION), GTK_TYPE_LABEL,
                                            "The case will close as not requiring a rapid review once all three partners have signed off."));
  sign_off_all (assistant, fixture->today);
  go_next (assistant, CR_RAPID_REVIEW_N_STEPS);
  saved = save_and_finish (assistant);
  g_assert_cmpint (cr_case_get_status (saved), ==, CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED);
}

static gboolean
draft_saved (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(CrDraft) draft = db_find_draft (fixture->db, cr_case_get_id (fixture->kase));

  return draft != NULL && strstr (draft->data, "Pat Chair") != NULL;
}

static void
test_draft_saved_and_resumed (Fixture       *fixture,
                              gconstpointer  data)
{
  CrRapidReviewAssistant *assistant = open_assistant (fixture, NULL);
  g_autoptr(CrDraft) draft = NULL;
  g_autoptr(CrRapidReview) stored = NULL;
  CrRrPage *page;

  fill_meeting (assistant);
  go_next (assistant, CR_RAPID_REVIEW_STEP_SUMMARIES);
  go_next (assistant, CR_RAPID_REVIEW_STEP_EPISODES);
  write_text (page_at (assistant, CR_RAPID_REVIEW_STEP_EPISODES), "Key Practice Episodes", "Half a thought");

  /* Saved as the user types, without closing. */
  cr_test_wait_until (draft_saved, fixture, "the draft to be saved");
  draft = db_find_draft (fixture->db, cr_case_get_id (fixture->kase));
  g_assert_nonnull (strstr (draft->title, "Child A"));

  /* Closing saves what came since at once. */
  write_text (page_at (assistant, CR_RAPID_REVIEW_STEP_EPISODES), "The Child’s Lived Experience", "Lived");
  /* (Only a realised window closes.) */
  gtk_window_present (GTK_WINDOW (assistant));
  cr_test_spin (50);
  g_object_add_weak_pointer (G_OBJECT (assistant), (gpointer *) &assistant);
  gtk_window_close (GTK_WINDOW (assistant));
  cr_test_spin (100);
  g_assert_null (assistant);

  /* Nothing was saved as the rapid review itself. */
  stored = db_get_rapid_review (fixture->db, cr_case_get_id (fixture->kase));
  g_assert_cmpint (cr_record_get_id (CR_RECORD (stored)), ==, 0);

  /* A new assistant resumes it, where the user was, and says so. */
  assistant = open_assistant (fixture, NULL);
  g_assert_cmpstr (cr_record_get (CR_RECORD (rr_of (assistant)), "chair"), ==, "Pat Chair");
  g_assert_cmpstr (cr_record_get (CR_RECORD (rr_of (assistant)), "key-practice-episodes"), ==, "Half a thought");
  g_assert_cmpstr (cr_record_get (CR_RECORD (rr_of (assistant)), "lived-experience"), ==, "Lived");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_rapid_review_get_attendees (rr_of (assistant)))), ==, 1);
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==, CR_RAPID_REVIEW_STEP_EPISODES);
  page = page_at (assistant, CR_RAPID_REVIEW_STEP_EPISODES);
  g_assert_nonnull (cr_assistant_page_get_note (CR_ASSISTANT_PAGE (page)));
  g_assert_nonnull (strstr (cr_assistant_page_get_note (CR_ASSISTANT_PAGE (page)), "unsaved changes"));
  /* The widgets show the draft too. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (page_at (assistant, 0), ADW_TYPE_ENTRY_ROW, "Chair"))),
                   ==, "Pat Chair");

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
test_opens_at_first_incomplete_step (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(CrRapidReview) rr = db_get_rapid_review (fixture->db, cr_case_get_id (fixture->kase));
  g_autoptr(CrAttendee) attendee = cr_attendee_new ();
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrCase) saved = NULL;
  g_autofree char *agency_id = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->agency_ids[2]);
  CrRapidReviewAssistant *assistant;

  /* Stored with the meeting and the first analysis, not the actions. */
  cr_record_set (CR_RECORD (rr), "meeting-date", "2025-03-12");
  cr_record_set (CR_RECORD (rr), "key-practice-episodes", "Episodes");
  cr_record_set (CR_RECORD (attendee), "agency-id", agency_id);
  cr_record_set (CR_RECORD (attendee), "name", "Chris Officer");
  cr_record_set (CR_RECORD (attendee), "attended", "true");
  g_list_store_append (cr_rapid_review_get_attendees (rr), attendee);
  cr_database_save_rapid_review_async (fixture->db, rr, NULL, cr_database_sync_cb, &res);
  saved = cr_database_save_rapid_review_finish (fixture->db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (saved), ==, CR_CASE_STATUS_RAPID_REVIEW);

  assistant = open_assistant (fixture, saved);
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==, CR_RAPID_REVIEW_STEP_ACTIONS);
  g_assert_null (cr_assistant_page_get_note (CR_ASSISTANT_PAGE (page_at (assistant, CR_RAPID_REVIEW_STEP_ACTIONS))));
  /* The stored attendee shows in its agency's row. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_entry_in (page_at (assistant, 0), agency_names[2], "Name"))),
                   ==, "Chris Officer");
  g_assert_true (page_complete (assistant, CR_RAPID_REVIEW_STEP_MEETING));

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
test_save_failure_keeps_everything (Fixture       *fixture,
                                    gconstpointer  data)
{
  CrRapidReviewAssistant *assistant = open_assistant (fixture, NULL);
  CrRrPageSummary *summary;
  gboolean finished = FALSE;

  fill_to_decision (assistant, "Other learning review");
  go_next (assistant, CR_RAPID_REVIEW_N_STEPS);
  summary = CR_RR_PAGE_SUMMARY (page_at (assistant, CR_RAPID_REVIEW_N_STEPS));

  /* The database goes away under the assistant. */
  cr_database_close (fixture->db);
  g_signal_connect (assistant, "finished", G_CALLBACK (on_finished_cb), &finished);
  cr_assistant_next_page (CR_ASSISTANT (assistant));
  cr_test_wait_until ((CrTestPredicate) cr_rr_page_summary_get_error, summary, "the save to fail");

  /* Still open, on the summary, with everything typed. */
  g_assert_false (finished);
  g_assert_cmpuint (cr_assistant_get_current_index (CR_ASSISTANT (assistant)), ==, CR_RAPID_REVIEW_N_STEPS);
  g_assert_nonnull (strstr (cr_rr_page_summary_get_error (summary), "could not be saved"));
  g_assert_cmpstr (cr_record_get (CR_RECORD (rr_of (assistant)), "chair"), ==, "Pat Chair");
  g_assert_false (cr_assistant_page_get_applying (CR_ASSISTANT_PAGE (summary)));

  gtk_window_destroy (GTK_WINDOW (assistant));
}

static gboolean
group_status_contains (gpointer data)
{
  CrCaseRapidReviewGroup *group = data;
  const char *wanted = g_object_get_data (G_OBJECT (group), "wanted");
  const char *status = cr_case_rapid_review_group_get_status (group);

  return status != NULL && strstr (status, wanted) != NULL;
}

static void
wait_group_status (CrCaseRapidReviewGroup *group,
                   const char             *wanted)
{
  g_object_set_data_full (G_OBJECT (group), "wanted", g_strdup (wanted), g_free);
  cr_test_wait_until (group_status_contains, group, wanted);
}

static void
on_case_changed_cb (CrCaseRapidReviewGroup  *group,
                    CrCase                  *updated,
                    CrCase                 **out)
{
  g_set_object (out, updated);
}

static void
test_case_page_group (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  CrCaseRapidReviewGroup *group = CR_CASE_RAPID_REVIEW_GROUP (cr_case_rapid_review_group_new ());
  g_autoptr(CrCase) pending = db_create_referral (fixture, "Child B", "pending");
  GtkButton *open_button, *report_button;
  CrRapidReviewAssistant *assistant;
  g_autoptr(CrCase) saved = NULL;
  g_autoptr(CrCase) changed = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (group));
  cr_case_rapid_review_group_set_database (group, fixture->db);
  open_button = find_widget_with_label (group, GTK_TYPE_BUTTON, "Rapid Review…");
  report_button = find_widget_with_label (group, GTK_TYPE_BUTTON, "Rapid Review Report…");
  g_assert_nonnull (open_button);
  g_assert_nonnull (report_button);

  /* Before the notification: not yet, and the tooltip says why. */
  g_assert_cmpint (cr_case_get_status (pending), ==, CR_CASE_STATUS_NOTIFICATION_DECISION);
  cr_case_rapid_review_group_set_case (group, pending);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (open_button)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (open_button)), "notified"));

  /* Notified: it can start; nothing to report yet. */
  cr_case_rapid_review_group_set_case (group, fixture->kase);
  wait_group_status (group, "Not started");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (open_button)));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (report_button)));

  /* The button opens the assistant; what it saves comes back as the case. */
  g_signal_connect (group, "case-changed", G_CALLBACK (on_case_changed_cb), &changed);
  g_signal_emit_by_name (open_button, "clicked");
  assistant = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && assistant == NULL; i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (CR_IS_RAPID_REVIEW_ASSISTANT (toplevel))
        assistant = CR_RAPID_REVIEW_ASSISTANT (toplevel);
    }
  g_assert_nonnull (assistant);
  cr_test_wait_until (assistant_loaded, assistant, "the rapid review to load");
  fill_to_decision (assistant, "Local child safeguarding practice review");
  sign_off_all (assistant, fixture->today);
  go_next (assistant, CR_RAPID_REVIEW_N_STEPS);
  saved = save_and_finish (assistant);

  g_assert_nonnull (changed);
  g_assert_cmpint (cr_case_get_status (changed), ==, CR_CASE_STATUS_RAPID_REVIEW_DECISION);
  cr_case_rapid_review_group_set_case (group, changed);
  wait_group_status (group, "Decision: LCSPR");
  g_assert_nonnull (strstr (cr_case_rapid_review_group_get_status (group), "Meeting on Wed 12 Mar 2025"));
  g_assert_nonnull (strstr (cr_case_rapid_review_group_get_status (group), "0 of 3 agency summaries received"));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (report_button)));

  g_clear_object (&changed);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/rapid-review-assistant/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("meeting", test_meeting_page);
  ADD ("summaries", test_summaries_page);
  ADD ("later-pages", test_later_pages);
  ADD ("save-lcspr-then-panel-agrees", test_save_lcspr_then_panel_agrees);
  ADD ("decision-without-report", test_decision_without_report);
  ADD ("unsigned-decision", test_unsigned_decision_stays_in_review);
  ADD ("not-notifiable", test_not_notifiable);
  ADD ("draft", test_draft_saved_and_resumed);
  ADD ("first-incomplete-step", test_opens_at_first_incomplete_step);
  ADD ("save-failure", test_save_failure_keeps_everything);
  ADD ("case-page-group", test_case_page_group);
#undef ADD

  return g_test_run ();
}
