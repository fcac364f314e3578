/* cr-demo-data-reviews.c: the referral records, rapid reviews, parallel
 * processes and pause periods of the Northbridge demo cases
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Everything here is invented, like the rest of the demo data set: the
 * professionals are the demo agencies' contacts, and the children and
 * adults appear only by their pseudonyms. Dates are days before today.
 */

#define G_LOG_DOMAIN "CrDemoData"

#include "config.h"

#include "cr-demo-data-private.h"

#include "cr-agency-summary.h"
#include "cr-attendee.h"
#include "cr-database-private.h"
#include "cr-parallel-process.h"
#include "cr-util.h"


/* Indexes (0-based) of the demo cases these records belong to. */
enum
{
  CASE_A = 0,
  CASE_B = 1,
  CASE_C = 2,
  CASE_D = 3,
  CASE_E = 4,
  CASE_F = 5,
  CASE_L = 10,
};

/* Agencies, 1-based as in cr-demo-data-set.c. */
enum
{
  CSC = 1,
  EARLY_HELP = 2,
  EDUCATION_LA = 3,
  ICB = 4,
  HOSPITAL = 5,
  COMMUNITY_HEALTH = 6,
  GP = 7,
  POLICE = 9,
  SCHOOL = 12,
  WOMENS_AID = 13,
};

#define MAX_PROCESSES 2
#define MAX_ATTENDEES 6
#define MAX_SUMMARIES 5
#define MAX_PAUSES    2

typedef struct
{
  const char *kind;      /* NULL ends the list */
  const char *status;
  const char *reference;
  const char *contact;
  const char *notes;
} DemoProcess;

typedef struct
{
  guint        case_index;
  const char  *incident_time;
  const char  *location;
  const char  *nature;
  const char  *abuse_kinds;
  const char  *perpetrator;
  const char  *definition_rationale;
  const char  *notify_decision;      /* NULL: not decided yet */
  const char  *notify_rationale;
  const char  *panel_reference;
  const char  *media_interest;
  DemoProcess  processes[MAX_PROCESSES];
} DemoReferral;

typedef struct
{
  guint        agency;   /* 0 ends the list */
  const char  *role;
  gboolean     attended;
} DemoAttendee;

typedef struct
{
  guint  agency;         /* 0 ends the list */
  int    received;       /* days before today; 0: not received */
} DemoSummary;

typedef struct
{
  guint         case_index;
  int           meeting;          /* days before today; negative: planned */
  const char   *key_practice_episodes;
  const char   *lived_experience;
  const char   *immediate_actions;
  const char   *learning;
  const char   *criteria;         /* "yes"/"no" for (a) to (d), ';'-joined; NULL: not yet */
  const char   *decision;
  const char   *decision_rationale;
  guint         n_signed;         /* partners who signed, in partner order */
  int           report_sent;      /* days before today; 0: not sent */
  DemoAttendee  attendees[MAX_ATTENDEES];
  DemoSummary   summaries[MAX_SUMMARIES];
} DemoRapidReview;

typedef struct
{
  int         started;            /* days before today; 0 ends the list */
  int         ended;              /* 0: still paused */
  const char *reason;
  int         look_again;         /* days before today (negative: ahead); 0: none */
  const char *process_kind;       /* the case's parallel process of this kind caused it */
} DemoPause;

typedef struct
{
  guint      case_index;
  DemoPause  pauses[MAX_PAUSES];
} DemoPauses;

static const DemoReferral referrals[] = {
  { .case_index = CASE_A, .incident_time = "03:40", .location = "the family home",
    .nature = "serious-harm", .abuse_kinds = "physical-abuse", .perpetrator = "unknown",
    .definition_rationale = "Older rib fractures in a baby who cannot yet move about, without an explanation: abuse is suspected.",
    .media_interest = "false",
    .processes = { { "police-investigation", "ongoing", "WP/26/5521", "DS Chloe Dummy", NULL } } },
  { .case_index = CASE_B, .incident_time = "22:15", .location = "a park near the child's school",
    .nature = "serious-harm", .abuse_kinds = "exploitation", .perpetrator = "known-adult",
    .definition_rationale = "Stabbing of a child known to be criminally exploited.",
    .notify_decision = "pending",
    .notify_rationale = "The local authority is gathering the agencies' information before deciding.",
    .media_interest = "true",
    .processes = { { "police-investigation", "ongoing", "WP/26/6104", "DI Chloe Dummy", "Two adults arrested." } } },
  { .case_index = CASE_C, .location = "the family home",
    .nature = "death", .abuse_kinds = "neglect", .perpetrator = "parent",
    .definition_rationale = "Sudden death of an infant, with unsafe sleep and parental alcohol use reported.",
    .notify_decision = "notify", .notify_rationale = "Both limbs met: a death, with neglect suspected.",
    .panel_reference = "SIN-NB-26-031", .media_interest = "false",
    .processes = { { "child-death-review", "ongoing", "CDOP/26/118", "Child death review coordinator", NULL },
                   { "inquest", "not-started", NULL, "Coroner's officer", NULL } } },
  { .case_index = CASE_D, .incident_time = "16:00", .location = "the family home",
    .nature = "serious-harm", .abuse_kinds = "neglect", .perpetrator = "parent",
    .definition_rationale = "Severe malnourishment and a young child left alone: neglect is known.",
    .notify_decision = "notify", .notify_rationale = "Serious harm from neglect.",
    .panel_reference = "SIN-NB-26-034", .media_interest = "false" },
  { .case_index = CASE_E, .incident_time = "19:30", .location = "the family home",
    .nature = "serious-harm", .abuse_kinds = "physical-abuse;domestic-abuse", .perpetrator = "parent",
    .definition_rationale = "Head injury in a home with repeated domestic abuse incidents.",
    .notify_decision = "notify", .notify_rationale = "Both limbs met.",
    .panel_reference = "SIN-NB-26-022", .media_interest = "false",
    .processes = { { "police-investigation", "ongoing", "WP/26/3380", "DS Chloe Dummy", "Father charged; trial date awaited." } } },
  { .case_index = CASE_F, .location = "the family home",
    .nature = "serious-harm", .abuse_kinds = "neglect", .perpetrator = "parent",
    .definition_rationale = "Long-standing neglect of three children after their plan ended.",
    .notify_decision = "notify", .notify_rationale = "Serious harm from chronic neglect of three siblings.",
    .panel_reference = "SIN-NB-26-017", .media_interest = "false",
    .processes = { { "family-proceedings", "ongoing", "NB26C00412", "Local authority legal team", NULL } } },
  { .case_index = CASE_L, .location = "the family home",
    .nature = "death", .abuse_kinds = "physical-abuse;domestic-abuse", .perpetrator = "step-parent",
    .definition_rationale = "Death of a young child from inflicted injuries.",
    .notify_decision = "notify", .notify_rationale = "A death, with abuse known.",
    .panel_reference = "SIN-NB-25-088", .media_interest = "true",
    .processes = { { "criminal-trial", "ongoing", "T2025/0417", "Crown Prosecution Service",
                     "The review is paused on police advice until the verdict." },
                   { "inquest", "not-started", NULL, "Coroner's officer", "Opened and adjourned." } } },
};

static const DemoRapidReview rapid_reviews[] = {
  /* Child D: the meeting is planned, summaries are coming in, two late. */
  { .case_index = CASE_D, .meeting = -3,
    .immediate_actions = "Child D is with her aunt; her younger brother was seen by the health visitor the next day.",
    .attendees = { { CSC, "Service manager", TRUE }, { SCHOOL, "Designated safeguarding lead", TRUE },
                   { EDUCATION_LA, "Attendance lead", FALSE } },
    .summaries = { { SCHOOL, 6 }, { EDUCATION_LA, 0 }, { COMMUNITY_HEALTH, 0 }, { GP, 3 } } },
  /* Child E: decided; two of the three partners have signed. */
  { .case_index = CASE_E, .meeting = 14,
    .key_practice_episodes = "Three police call-outs for domestic abuse were not shared with health visiting; the injury followed the third.",
    .lived_experience = "Child E was two and not yet at nursery; her world was the home and her mother's family.",
    .immediate_actions = "Child E and her baby brother live with their grandmother under a child protection plan.",
    .learning = "Notifications of domestic abuse incidents to health visiting stopped when a post was left empty.",
    .criteria = "yes;yes;yes;no", .decision = "lcspr",
    .decision_rationale = "How agencies share domestic abuse information is a question for more than one agency.",
    .n_signed = 2,
    .attendees = { { CSC, "Head of service", TRUE }, { POLICE, "Detective inspector", TRUE },
                   { COMMUNITY_HEALTH, "Named nurse", TRUE }, { WOMENS_AID, "Service manager", TRUE },
                   { HOSPITAL, "Named doctor", FALSE } },
    .summaries = { { POLICE, 30 }, { COMMUNITY_HEALTH, 31 }, { WOMENS_AID, 27 }, { HOSPITAL, 29 } } },
  /* Sibling group F: the report went to the Panel; its answer is awaited. */
  { .case_index = CASE_F, .meeting = 33,
    .key_practice_episodes = "The child protection plan ended when attendance improved; nobody looked at the home again.",
    .lived_experience = "The children describe being hungry and the eldest looking after the youngest.",
    .immediate_actions = "All three children are in foster care together.",
    .learning = "Stepping down from a plan needs a look at the home, not only at school attendance.",
    .criteria = "yes;yes;no;no", .decision = "lcspr",
    .decision_rationale = "Whether neglect was recognised after step-down needs a review across agencies.",
    .n_signed = 3, .report_sent = 27,
    .attendees = { { CSC, "Head of service", TRUE }, { EARLY_HELP, "Team manager", TRUE },
                   { SCHOOL, "Designated safeguarding lead", TRUE }, { ICB, "Designated nurse", TRUE } },
    .summaries = { { SCHOOL, 50 }, { COMMUNITY_HEALTH, 52 }, { GP, 51 }, { EARLY_HELP, 49 } } },
};

static const DemoPauses pauses[] = {
  { CASE_L, { { 300, 262, "Paused while the police interviewed Adult L2." },
              { 120, 0, "Paused on police advice until the criminal trial ends.", -45, "criminal-trial" } } },
};

static const char * const partners[] = { "local-authority", "icb", "police" };
static const guint partner_agencies[] = { CSC, ICB, POLICE };

/* --------------------------------------------------------------------------
 * Helpers
 */

static char *
dup_days_before (const GDate *today,
                 int          days)
{
  GDate date = *today;

  if (days >= 0)
    g_date_subtract_days (&date, days);
  else
    g_date_add_days (&date, -days);
  return cr_date_to_iso (&date);
}

static const CrDemoAgency *
get_agency (guint agency)
{
  guint n_agencies;
  const CrDemoAgency *agencies = _cr_demo_data_get_agencies (&n_agencies);

  g_assert (agency >= 1 && agency <= n_agencies);
  return &agencies[agency - 1];
}

static char *
dup_agency_id (GArray *agency_ids,
               guint   agency)
{
  g_assert (agency >= 1 && agency <= agency_ids->len);
  return g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (agency_ids, gint64, agency - 1));
}

/* --------------------------------------------------------------------------
 * The referral record
 */

static gboolean
write_referral (CrDatabase          *db,
                GCancellable        *cancellable,
                gint64               case_id,
                const CrDemoCase    *spec,
                const DemoReferral  *demo,
                const GDate         *today,
                GArray              *agency_ids,
                GArray              *archived,
                GError             **error)
{
  g_autoptr(CrReferral) referral = cr_referral_new ();
  g_autoptr(GAsyncResult) res = NULL;
  CrRecord *record = CR_RECORD (referral);
  const CrDemoAgency *csc = get_agency (CSC);
  g_autofree char *incident = dup_days_before (today, spec->incident);
  g_autofree char *aware = spec->aware > 0 ? dup_days_before (today, spec->aware) : NULL;
  g_autofree char *notified = spec->notified > 0 ? dup_days_before (today, spec->notified) : NULL;

  cr_record_set_case_id (record, case_id);
  cr_record_set (record, "referral-date", aware != NULL ? aware : incident);

  /* The agency the case lists as referring, unless archived since. */
  for (guint i = 0; i < CR_DEMO_MAX_INVOLVEMENTS && spec->involvements[i].agency != 0; i++)
    {
      guint agency = spec->involvements[i].agency;

      if (g_strcmp0 (spec->involvements[i].role, "Referring agency") == 0 &&
          !g_array_index (archived, gboolean, agency - 1))
        {
          g_autofree char *id = dup_agency_id (agency_ids, agency);

          cr_record_set (record, "referring-agency-id", id);
          cr_record_set (record, "referrer-name", get_agency (agency)->contact_name);
          cr_record_set (record, "referrer-role", "Safeguarding lead");
        }
    }

  cr_record_set (record, "notifier-name", csc->contact_name);
  cr_record_set (record, "notifier-role", "Head of children's safeguarding");
  cr_record_set (record, "notifier-phone", csc->contact_phone);
  cr_record_set (record, "notifier-email", csc->contact_email);

  /* The case's own fields, for the record's checks (kept in the case). */
  cr_record_set (record, "pseudonym", spec->pseudonym);
  cr_record_set (record, "summary", spec->summary);
  cr_record_set (record, "incident-date", incident);
  cr_record_set (record, "aware-date", aware);
  cr_record_set (record, "notified-date", notified);

  cr_record_set (record, "incident-time", demo->incident_time);
  cr_record_set (record, "location", demo->location);
  cr_record_set (record, "nature", demo->nature);
  cr_record_set (record, "abuse-kinds", demo->abuse_kinds);
  cr_record_set (record, "perpetrator", demo->perpetrator);
  cr_record_set (record, "incident-la", "Northbridge City Council");
  cr_record_set (record, "residence-la", "Northbridge City Council");
  cr_record_set (record, "limb-abuse", "true");
  cr_record_set (record, "limb-harm", "true");
  cr_record_set (record, "definition-rationale", demo->definition_rationale);
  cr_record_set (record, "notify-decision", demo->notify_decision);
  cr_record_set (record, "notify-rationale", demo->notify_rationale);
  cr_record_set (record, "panel-reference", demo->panel_reference);
  cr_record_set (record, "media-interest", demo->media_interest);

  for (guint i = 0; i < MAX_PROCESSES && demo->processes[i].kind != NULL; i++)
    {
      g_autoptr(CrParallelProcess) process = cr_parallel_process_new ();

      cr_record_set (CR_RECORD (process), "kind", demo->processes[i].kind);
      cr_record_set (CR_RECORD (process), "status", demo->processes[i].status);
      cr_record_set (CR_RECORD (process), "reference", demo->processes[i].reference);
      cr_record_set (CR_RECORD (process), "contact", demo->processes[i].contact);
      cr_record_set (CR_RECORD (process), "notes", demo->processes[i].notes);
      g_list_store_append (cr_referral_get_processes (referral), process);
    }

  _cr_database_add_referral_record_async (db, referral, cancellable, cr_database_sync_cb, &res);
  return _cr_database_add_referral_record_finish (db, cr_database_wait (&res), error);
}

/* --------------------------------------------------------------------------
 * The rapid review
 */

static void
add_rapid_review_lists (CrRapidReview          *rapid_review,
                        const DemoRapidReview  *demo,
                        const char             *notified,
                        const char             *requested,
                        const char             *decided,
                        const GDate            *today,
                        GArray                 *agency_ids)
{
  GDate due;
  g_autofree char *due_iso = NULL;

  if (cr_rapid_review_default_summary_due (notified, NULL, &due))
    due_iso = cr_date_to_iso (&due);

  for (guint i = 0; i < MAX_ATTENDEES && demo->attendees[i].agency != 0; i++)
    {
      g_autoptr(CrAttendee) attendee = cr_attendee_new ();
      g_autofree char *id = dup_agency_id (agency_ids, demo->attendees[i].agency);

      cr_record_set (CR_RECORD (attendee), "agency-id", id);
      cr_record_set (CR_RECORD (attendee), "name", get_agency (demo->attendees[i].agency)->contact_name);
      cr_record_set (CR_RECORD (attendee), "role", demo->attendees[i].role);
      cr_record_set (CR_RECORD (attendee), "attended", demo->attendees[i].attended ? "true" : "false");
      g_list_store_append (cr_rapid_review_get_attendees (rapid_review), attendee);
    }

  for (guint i = 0; i < MAX_SUMMARIES && demo->summaries[i].agency != 0; i++)
    {
      g_autoptr(CrAgencySummary) summary = cr_agency_summary_new ();
      g_autofree char *id = dup_agency_id (agency_ids, demo->summaries[i].agency);
      g_autofree char *received = demo->summaries[i].received > 0
                                    ? dup_days_before (today, demo->summaries[i].received) : NULL;

      cr_record_set (CR_RECORD (summary), "agency-id", id);
      cr_record_set (CR_RECORD (summary), "requested-date", requested);
      cr_record_set (CR_RECORD (summary), "due-date", due_iso);
      cr_record_set (CR_RECORD (summary), "received-date", received);
      if (received != NULL)
        cr_record_set (CR_RECORD (summary), "summary",
                       "The agency's involvement with the family, summarised for the rapid review.");
      g_list_store_append (cr_rapid_review_get_summaries (rapid_review), summary);
    }

  for (guint i = 0; i < demo->n_signed && i < G_N_ELEMENTS (partners); i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (G_LIST_MODEL (cr_rapid_review_get_sign_offs (rapid_review)), i);

      g_assert (g_strcmp0 (cr_record_get (sign_off, "partner"), partners[i]) == 0);
      cr_record_set (sign_off, "name", get_agency (partner_agencies[i])->contact_name);
      cr_record_set (sign_off, "role", "Delegated safeguarding partner");
      cr_record_set (sign_off, "signed-date", decided);
    }
}

static gboolean
write_rapid_review (CrDatabase             *db,
                    GCancellable           *cancellable,
                    gint64                  case_id,
                    const CrDemoCase       *spec,
                    const DemoRapidReview  *demo,
                    const GDate            *today,
                    GArray                 *agency_ids,
                    GError                **error)
{
  g_autoptr(CrRapidReview) rapid_review = cr_rapid_review_new ();
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(CrCase) stored = NULL;
  CrRecord *record = CR_RECORD (rapid_review);
  g_autofree char *notified = dup_days_before (today, spec->notified);
  g_autofree char *requested = dup_days_before (today, MAX (spec->notified - 1, 0));
  g_autofree char *meeting = dup_days_before (today, demo->meeting);
  g_autofree char *decided = spec->decision > 0 ? dup_days_before (today, spec->decision) : NULL;
  g_autofree char *sent = demo->report_sent > 0 ? dup_days_before (today, demo->report_sent) : NULL;

  cr_record_set_case_id (record, case_id);
  cr_record_set (record, "meeting-date", meeting);
  cr_record_set (record, "meeting-time", "10:00");
  cr_record_set (record, "meeting-location", "Northbridge Civic Centre, committee room 2");
  cr_record_set (record, "chair", "Independent safeguarding chair");
  cr_record_set (record, "key-practice-episodes", demo->key_practice_episodes);
  cr_record_set (record, "lived-experience", demo->lived_experience);
  cr_record_set (record, "immediate-actions", demo->immediate_actions);
  cr_record_set (record, "learning", demo->learning);

  if (demo->criteria != NULL)
    {
      g_auto(GStrv) answers = g_strsplit (demo->criteria, ";", 4);
      const char *names[] = { "criterion-a", "criterion-b", "criterion-c", "criterion-d" };

      for (guint i = 0; i < G_N_ELEMENTS (names) && answers[i] != NULL; i++)
        {
          g_autofree char *rationale = g_strconcat (names[i], "-rationale", NULL);

          cr_record_set (record, names[i], answers[i]);
          cr_record_set (record, rationale, "Agreed at the meeting, from the key practice episodes.");
        }
      cr_record_set (record, "national-importance", "no");
      cr_record_set (record, "national-rationale", "The learning is local; nothing suggests a national pattern.");
    }

  if (demo->decision != NULL)
    {
      cr_record_set (record, "decision", demo->decision);
      cr_record_set (record, "decision-rationale", demo->decision_rationale);
      cr_record_set (record, "decision-date", decided);
    }
  cr_record_set (record, "report-sent-date", sent);

  add_rapid_review_lists (rapid_review, demo, notified, requested, decided, today, agency_ids);

  cr_database_save_rapid_review_async (db, rapid_review, cancellable, cr_database_sync_cb, &res);
  stored = cr_database_save_rapid_review_finish (db, cr_database_wait (&res), error);
  if (stored == NULL)
    return FALSE;

  /* The demo case was written in its state already: the review must not
   * have moved it. */
  g_warn_if_fail (cr_case_get_status (stored) == spec->status);
  return TRUE;
}

/* --------------------------------------------------------------------------
 * Pause periods, written as they happened (a transition would date them
 * today)
 */

typedef struct
{
  gint64            case_id;
  const DemoPauses *demo;
  GDate             today;
} PauseWriter;

static gboolean
write_pauses_in_transaction (gpointer   db,
                             gpointer   user_data,
                             GError   **error)
{
  PauseWriter *writer = user_data;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO case_pauses (case_id, started, ended, reason, look_again, process_id)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, (SELECT id FROM parallel_processes"
                           "                             WHERE case_id = ?1 AND kind = ?6 ORDER BY id LIMIT 1))",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _cr_db_set_error (db, rc, error);

  for (guint i = 0; i < MAX_PAUSES && writer->demo->pauses[i].started > 0; i++)
    {
      const DemoPause *pause = &writer->demo->pauses[i];
      g_autofree char *started = dup_days_before (&writer->today, pause->started);
      g_autofree char *ended = pause->ended > 0 ? dup_days_before (&writer->today, pause->ended) : NULL;
      g_autofree char *look_again = NULL;

      if (pause->look_again != 0)
        {
          GDate date = writer->today;

          if (pause->look_again > 0)
            g_date_subtract_days (&date, pause->look_again);
          else
            g_date_add_days (&date, -pause->look_again);
          look_again = cr_date_to_iso (&date);
        }

      sqlite3_bind_int64 (stmt, 1, writer->case_id);
      sqlite3_bind_text (stmt, 2, started, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, ended, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, pause->reason, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, look_again, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, pause->process_kind, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _cr_db_set_error (db, rc, error);
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
write_pauses (CrDatabase        *db,
              GCancellable      *cancellable,
              gint64             case_id,
              const DemoPauses  *demo,
              const GDate       *today,
              GError           **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  PauseWriter writer = { case_id, demo, *today };

  cr_database_run_in_transaction_async (db, write_pauses_in_transaction, &writer, NULL,
                                        cancellable, cr_database_sync_cb, &res);
  return cr_database_run_in_transaction_finish (db, cr_database_wait (&res), error);
}

/* --------------------------------------------------------------------------
 * Entry point
 */

gboolean
_cr_demo_data_write_reviews (CrDatabase        *db,
                             GCancellable      *cancellable,
                             gint64             case_id,
                             guint              index,
                             const CrDemoCase  *spec,
                             const GDate       *today,
                             GArray            *agency_ids,
                             GArray            *archived,
                             GError           **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (referrals); i++)
    if (referrals[i].case_index == index &&
        !write_referral (db, cancellable, case_id, spec, &referrals[i], today, agency_ids, archived, error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (rapid_reviews); i++)
    if (rapid_reviews[i].case_index == index &&
        !write_rapid_review (db, cancellable, case_id, spec, &rapid_reviews[i], today, agency_ids, error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (pauses); i++)
    if (pauses[i].case_index == index &&
        !write_pauses (db, cancellable, case_id, &pauses[i], today, error))
      return FALSE;

  return TRUE;
}
