/* cr-demo-data-workspace.c: the practice review workspace of the
 * Northbridge demo cases that have a local review (issue 4)
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Reviewers and their declarations, terms of reference, the panel, a plan
 * from cr_milestone_plan_suggest(), evidence requests in every state
 * (some overdue), meetings and the family involvement log. Everything is
 * invented; people appear by role or pseudonym, professionals by made-up
 * names. Dates are days before today (negative: ahead); 0 leaves a date
 * unset. No documents: the command-line tool adds the demo PDFs.
 */

#define G_LOG_DOMAIN "CrDemoData"

#include "config.h"

#include "cr-demo-data-private.h"

#include "cr-database-review.h"
#include "cr-util.h"

/* Indexes (0-based) of the demo cases with a local review. */
enum
{
  CASE_G = 6,
  CASE_H = 7,
  CASE_J = 8,
  CASE_K = 9,
  CASE_L = 10,
  CASE_M = 11,
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
  CAMHS = 8,
  POLICE = 9,
  PROBATION = 10,
  SCHOOL = 12,
  WOMENS_AID = 13,
};

#define MAX_ITEMS 6

typedef struct
{
  const char *name;          /* NULL ends the list */
  const char *organisation;
  const char *role;
  int         appointed;
  int         declared;      /* 0: no declaration of independence yet */
} DemoReviewer;

typedef struct
{
  const char *name;          /* NULL ends the list */
  guint       agency;        /* 0: none */
  const char *role;
  const char *job_title;
} DemoMember;

typedef struct
{
  guint       agency;        /* 0 ends the list */
  const char *kind;
  int         requested;
  int         due;
  int         reminded;
  int         received;
  const char *contact;
} DemoRequest;

typedef struct
{
  int         date;          /* 0 ends the list */
  const char *time;
  const char *kind;
  const char *location;
  const char *attendees;
  const char *decisions;
  const char *actions;
} DemoMeeting;

typedef struct
{
  const char *person;        /* NULL ends the list */
  int         date;
  const char *method;
  const char *contact_made;
  const char *consent;
  const char *views_sought;
  const char *views;
  int         draft_shared;
  const char *advocate;
  const char *not_involved_reason;
} DemoContact;

typedef struct
{
  guint         case_index;
  int           commissioned;    /* the plan starts here */
  int           done_before;     /* milestones planned on or before this are done
                                 * (< 0: days ahead, done today, as when ahead of plan) */
  const char   *methodology;
  int           terms_agreed;    /* 0: the terms are still a draft */
  const char   *scope;
  const char   *lines_of_enquiry;
  DemoReviewer  reviewers[3];
  DemoMember    members[MAX_ITEMS];
  DemoRequest   requests[MAX_ITEMS];
  DemoMeeting   meetings[3];
  DemoContact   contacts[3];
} DemoWorkspace;

#define PANEL_ATTENDEES \
  "Sam Imaginary, independent reviewer\nPriya Example, Children’s Social Care\n" \
  "Omar Placeholder, designated nurse\nChloe Dummy, Westshire Police"

static const DemoWorkspace workspaces[] = {
  { .case_index = CASE_G, .commissioned = 30, .done_before = 28, .methodology = "learning-together",
    .scope = "Agencies’ contact with Child G from the move into foster care to the child’s death.",
    .lines_of_enquiry = "How were the referrals to CAMHS assessed?\nHow was Child G’s voice heard in care reviews?",
    .reviewers = { { "Sam Imaginary", "Imaginary Reviews Ltd", "lead-reviewer", 28, 0 } },
    .members = { { "Rosa Fabricated", 0, "chair", "Independent scrutineer" },
                 { "Priya Example", CSC, "member", "Head of service" },
                 { "Ben Fictional", CAMHS, "member", "Clinical lead" } },
    .requests = { { CSC, "chronology", 20, -5, 0, 0, "Priya Example" },
                  { CAMHS, "chronology", 20, -1, 0, 0, "Ben Fictional" },
                  { SCHOOL, "agency-report", 0, 0, 0, 0, NULL } },
    .contacts = { { "Mother of Child G", 12, "letter", "false", "not-asked", "false", NULL, 0, NULL, NULL } } },

  { .case_index = CASE_H, .commissioned = 100, .done_before = -40, .methodology = "silp", .terms_agreed = 85,
    .scope = "Agencies’ contact with the household from the father’s release from prison to the injury.",
    .lines_of_enquiry = "Was the father’s return to the household known and shared?\n"
                        "How did health visiting assess the new household?\nHow did probation and children’s services share risk?",
    .reviewers = { { "Dr Helen Fictitious", "Fictitious Associates", "lead-reviewer", 98, 99 },
                   { "Tariq Invented", NULL, "co-reviewer", 90, 91 } },
    .members = { { "Rosa Fabricated", 0, "chair", "Independent scrutineer" },
                 { "Priya Example", CSC, "member", "Head of service" },
                 { "Ruth Specimen", HOSPITAL, "member", "Named nurse" },
                 { "Dev Invented", PROBATION, "member", "Senior probation officer" },
                 { "Chloe Dummy", POLICE, "adviser", "Detective inspector" } },
    .requests = { { HOSPITAL, "chronology", 80, 50, 0, 55, "Ruth Specimen" },
                  { CSC, "chronology", 80, 50, 0, 45, "Priya Example" },
                  { PROBATION, "chronology", 80, 50, 42, 30, "Dev Invented" },
                  { COMMUNITY_HEALTH, "agency-report", 30, 10, 0, 12, "Leon Testwell" },
                  { POLICE, "agency-report", 10, -25, 0, 0, "Chloe Dummy" },
                  { CSC, "other", 0, 0, 0, 0, NULL } },
    .meetings = { { 84, "10:00", "panel", "Northbridge Civic Centre, room 2", PANEL_ATTENDEES,
                    "Terms of reference agreed.\nChronologies to be asked of five agencies.",
                    "Send the requests for chronologies — reviewer — in one week" },
                  { 40, "14:00", "panel", "Online", PANEL_ATTENDEES,
                    "Probation chronology overdue: escalate.",
                    "Remind probation — chair — this week\nPlan the practitioner event — reviewer — in a month" },
                  { 30, "10:00", "practitioner-event", "Northbridge Civic Centre, hall", NULL,
                    "Practitioners’ account of the health visit and the police call to be in the report.", NULL } },
    .contacts = { { "Mother of Baby H", 70, "visit", "true", "given", "true",
                    "She wants the review to understand why nobody asked who lived in the house.", 0,
                    "Family advocate from Northbridge Women’s Aid", NULL },
                  { "Father of Baby H", 70, "letter", "false", "not-asked", "false", NULL, 0, NULL,
                    "He is subject to criminal proceedings; the police advised against contact for now." } } },

  { .case_index = CASE_J, .commissioned = 150, .done_before = 40, .methodology = "learning-together", .terms_agreed = 135,
    .scope = "Health and education contact with Child J over the two years before admission to hospital.",
    .lines_of_enquiry = "How were missed appointments followed up?\nWas Child J seen and heard?",
    .reviewers = { { "Sam Imaginary", "Imaginary Reviews Ltd", "lead-reviewer", 148, 150 } },
    .members = { { "Rosa Fabricated", 0, "chair", "Independent scrutineer" },
                 { "Aisha Mock", GP, "member", "GP safeguarding lead" },
                 { "Grace Demo", EDUCATION_LA, "member", "Education safeguarding manager" } },
    .requests = { { GP, "chronology", 130, 90, 0, 88, "Aisha Mock" },
                  { HOSPITAL, "chronology", 130, 90, 95, 70, "Ruth Specimen" },
                  { EDUCATION_LA, "agency-report", 130, 90, 0, 91, "Grace Demo" } },
    .meetings = { { 134, "10:00", "panel", "Online", PANEL_ATTENDEES, "Terms of reference agreed.", NULL },
                  { 60, "09:30", "practitioner-event", "Riverside Medical Practice", NULL,
                    "Missed appointments of disabled children to be a theme of the report.", NULL } },
    .contacts = { { "Mother of Child J", 100, "visit", "true", "given", "true",
                    "She felt the appointments were too far away and nobody offered transport.", 0, NULL, NULL },
                  { "Sibling of Child J", 95, "video", "true", "given", "true",
                    "Wants professionals to talk to children, not only to parents.", 0, "School counsellor", NULL } } },

  { .case_index = CASE_K, .commissioned = 195, .done_before = 160, .methodology = "hybrid", .terms_agreed = 180,
    .scope = "The school’s and children’s services’ response to Child K’s disclosures.",
    .lines_of_enquiry = "What happened to the earlier disclosures at school?",
    .reviewers = { { "Dr Helen Fictitious", "Fictitious Associates", "lead-reviewer", 193, 194 },
                   { "Nell Example", NULL, "report-author", 150, 151 } },
    .members = { { "Rosa Fabricated", 0, "chair", "Independent scrutineer" },
                 { "Femi Pretend", SCHOOL, "member", "Designated safeguarding lead" },
                 { "Chloe Dummy", POLICE, "member", "Detective inspector" } },
    .requests = { { SCHOOL, "chronology", 175, 135, 0, 130, "Femi Pretend" },
                  { CSC, "chronology", 175, 135, 0, 133, "Priya Example" },
                  { POLICE, "agency-report", 60, 20, 5, 0, "Chloe Dummy" } },
    .meetings = { { 178, "10:00", "panel", "Online", PANEL_ATTENDEES, "Terms of reference agreed.", NULL },
                  { 20, "13:00", "panel", "Northbridge Civic Centre", NULL,
                    "Chronologies from the school and children’s services received.\nPolice agency report overdue.",
                    "Escalate the police report — chair — this week" } },
    .contacts = { { "Mother of Child K", 60, "visit", "true", "given", "true",
                    "She asked that the report say the school was told twice.", 25, NULL, NULL } } },

  { .case_index = CASE_L, .commissioned = 390, .done_before = 130, .methodology = "silp", .terms_agreed = 375,
    .scope = "Agencies’ contact with the household, including domestic abuse services, in the year before the death.",
    .lines_of_enquiry = "Was domestic abuse recognised?\nHow was the new partner assessed?",
    .reviewers = { { "Tariq Invented", "Invented Consulting", "lead-reviewer", 388, 389 } },
    .members = { { "Rosa Fabricated", 0, "chair", "Independent scrutineer" },
                 { "Gwen Notreal", WOMENS_AID, "member", "Service manager" },
                 { "Chloe Dummy", POLICE, "adviser", "Detective inspector" } },
    .requests = { { POLICE, "chronology", 370, 330, 0, 320, "Chloe Dummy" },
                  { WOMENS_AID, "chronology", 370, 330, 0, 340, "Gwen Notreal" },
                  { EARLY_HELP, "chronology", 370, 330, 300, 0, "Tom Sample" } },
    .meetings = { { 374, "10:00", "panel", "Online", PANEL_ATTENDEES, "Terms of reference agreed.", NULL },
                  { 125, "10:00", "panel", "Online", PANEL_ATTENDEES,
                    "Pause the review on police advice until the trial ends.",
                    "Tell the family — chair — this week\nAsk the police for a date — chair — monthly" } },
    .contacts = { { "Mother of Child L", 200, "via-advocate", "true", "withdrawn", "true",
                    "Before withdrawing, she said the refuge had been full.", 0,
                    "Advocate from Northbridge Women’s Aid", NULL } } },

  { .case_index = CASE_M, .commissioned = 185, .done_before = 5, .methodology = "appreciative-inquiry", .terms_agreed = 170,
    .scope = "Agencies’ response to online grooming and exploitation across two counties.",
    .lines_of_enquiry = "How was information shared between the two counties?",
    .reviewers = { { "Sam Imaginary", "Imaginary Reviews Ltd", "lead-reviewer", 183, 184 } },
    .members = { { "Rosa Fabricated", 0, "chair", "Independent scrutineer" },
                 { "Chloe Dummy", POLICE, "member", "Detective inspector" } },
    .requests = { { POLICE, "chronology", 160, 120, 0, 118, "Chloe Dummy" } },
    .meetings = { { 30, "10:00", "partners", "Northbridge Civic Centre", NULL, "Report signed off.", NULL } },
    .contacts = { { "Mother of Child M", 90, "visit", "true", "given", "true",
                    "She wants other parents to know the signs.", 40, NULL, NULL } } },
};

/* --------------------------------------------------------------------------
 * Writing
 */

typedef struct
{
  CrDatabase   *db;
  GCancellable *cancellable;
  gint64        case_id;
  GDate         today;
  GArray       *agency_ids;
} Writer;

static char *
dup_day (const Writer *writer,
         int           days)
{
  GDate date = writer->today;

  if (days == 0)
    return NULL;
  if (days > 0)
    g_date_subtract_days (&date, days);
  else
    g_date_add_days (&date, -days);
  return cr_date_to_iso (&date);
}

static void
set_day (const Writer *writer,
         CrRecord     *record,
         const char   *field,
         int           days)
{
  g_autofree char *day = dup_day (writer, days);

  cr_record_set (record, field, day);
}

static void
set_agency (const Writer *writer,
            CrRecord     *record,
            guint         agency)
{
  g_autofree char *id = NULL;

  if (agency == 0)
    return;
  id = g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (writer->agency_ids, gint64, agency - 1));
  cr_record_set (record, "agency-id", id);
}

/* Saves @record (transfer none) for the case. */
static gboolean
save (const Writer  *writer,
      gpointer       record,
      GError       **error)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(CrRecord) stored = NULL;

  cr_record_set_case_id (record, writer->case_id);
  cr_database_save_record_async (writer->db, record, writer->cancellable, cr_database_sync_cb, &res);
  stored = cr_database_save_record_finish (writer->db, cr_database_wait (&res), error);
  return stored != NULL;
}

static gboolean
write_people (const Writer         *writer,
              const DemoWorkspace  *demo,
              GError              **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo->reviewers) && demo->reviewers[i].name != NULL; i++)
    {
      const DemoReviewer *spec = &demo->reviewers[i];
      g_autoptr(CrReviewer) reviewer = cr_reviewer_new ();
      CrRecord *record = CR_RECORD (reviewer);
      g_autofree char *email = g_strdup_printf ("%s@example.org", spec->role);

      cr_record_set (record, "name", spec->name);
      cr_record_set (record, "organisation", spec->organisation);
      cr_record_set (record, "role", spec->role);
      cr_record_set (record, "email", email);
      set_day (writer, record, "appointed-date", spec->appointed);
      if (spec->declared > 0)
        {
          cr_record_set (record, "independent", "true");
          cr_record_set (record, "declaration",
                         "No connection to the child, the family or the agencies reviewed in the last five years.");
          set_day (writer, record, "declaration-date", spec->declared);
        }
      if (!save (writer, reviewer, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (demo->members) && demo->members[i].name != NULL; i++)
    {
      g_autoptr(CrPanelMember) member = cr_panel_member_new ();
      CrRecord *record = CR_RECORD (member);

      cr_record_set (record, "name", demo->members[i].name);
      set_agency (writer, record, demo->members[i].agency);
      cr_record_set (record, "role", demo->members[i].role);
      cr_record_set (record, "job-title", demo->members[i].job_title);
      if (!save (writer, member, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_terms_and_plan (const Writer         *writer,
                      const DemoWorkspace  *demo,
                      const CrDemoCase     *spec,
                      GError              **error)
{
  g_autoptr(CrTermsOfReference) terms = cr_terms_of_reference_new ();
  CrRecord *record = CR_RECORD (terms);
  g_autoptr(GPtrArray) plan = NULL;
  g_autofree char *target_text = NULL;
  GDate start = writer->today;
  GDate target = writer->today;
  GDate done_before = writer->today;

  /* The 6-month target runs from the decision to hold a review. */
  g_date_subtract_days (&start, demo->commissioned);
  g_date_subtract_days (&target, spec->decision);
  g_date_add_months (&target, 6);
  if (demo->done_before >= 0)
    g_date_subtract_days (&done_before, (guint) demo->done_before);
  else
    g_date_add_days (&done_before, (guint) -demo->done_before);
  target_text = cr_date_to_iso (&target);

  set_day (writer, record, "period-start", spec->incident + 730);
  set_day (writer, record, "period-end", spec->incident);
  cr_record_set (record, "scope", demo->scope);
  cr_record_set (record, "lines-of-enquiry", demo->lines_of_enquiry);
  cr_record_set (record, "methodology", demo->methodology);
  cr_record_set (record, "parallel-processes",
                 "The police are told before anyone is interviewed; the review waits for their advice.");
  cr_record_set (record, "family-involvement",
                 "The family are invited to meet the reviewer, and to see the draft before it is final.");
  set_day (writer, record, "agreed-date", demo->terms_agreed);
  cr_record_set (record, "target-date", target_text);
  if (!save (writer, terms, error))
    return FALSE;

  plan = cr_milestone_plan_suggest (&start, &target);
  for (guint i = 0; i < plan->len; i++)
    {
      CrRecord *milestone = g_ptr_array_index (plan, i);
      GDate planned;

      if (cr_date_parse_iso (cr_record_get (milestone, "planned-date"), &planned) &&
          g_date_compare (&planned, &done_before) <= 0)
        {
          g_autofree char *today = cr_date_to_iso (&writer->today);

          cr_record_set (milestone, "done-date",
                         g_date_compare (&planned, &writer->today) <= 0
                         ? cr_record_get (milestone, "planned-date") : today);
        }
      if (!save (writer, milestone, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_evidence_and_meetings (const Writer         *writer,
                             const DemoWorkspace  *demo,
                             GError              **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo->requests) && demo->requests[i].agency != 0; i++)
    {
      const DemoRequest *spec = &demo->requests[i];
      g_autoptr(CrEvidenceRequest) request = cr_evidence_request_new ();
      CrRecord *record = CR_RECORD (request);

      set_agency (writer, record, spec->agency);
      cr_record_set (record, "kind", spec->kind);
      if (g_str_equal (spec->kind, "other"))
        cr_record_set (record, "description", "Minutes of the strategy meetings");
      cr_record_set (record, "contact", spec->contact);
      set_day (writer, record, "requested-date", spec->requested);
      set_day (writer, record, "due-date", spec->due);
      set_day (writer, record, "reminded-date", spec->reminded);
      set_day (writer, record, "received-date", spec->received);
      if (!save (writer, request, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (demo->meetings) && demo->meetings[i].date != 0; i++)
    {
      const DemoMeeting *spec = &demo->meetings[i];
      g_autoptr(CrMeeting) meeting = cr_meeting_new ();
      CrRecord *record = CR_RECORD (meeting);

      set_day (writer, record, "meeting-date", spec->date);
      cr_record_set (record, "meeting-time", spec->time);
      cr_record_set (record, "kind", spec->kind);
      cr_record_set (record, "location", spec->location);
      cr_record_set (record, "chair", "Rosa Fabricated");
      cr_record_set (record, "attendees", spec->attendees);
      cr_record_set (record, "decisions", spec->decisions);
      cr_record_set (record, "actions", spec->actions);
      if (!save (writer, meeting, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (demo->contacts) && demo->contacts[i].person != NULL; i++)
    {
      const DemoContact *spec = &demo->contacts[i];
      g_autoptr(CrFamilyContact) contact = cr_family_contact_new ();
      CrRecord *record = CR_RECORD (contact);

      cr_record_set (record, "person", spec->person);
      set_day (writer, record, "contact-date", spec->date);
      cr_record_set (record, "method", spec->method);
      cr_record_set (record, "contact-made", spec->contact_made);
      cr_record_set (record, "consent", spec->consent);
      cr_record_set (record, "views-sought", spec->views_sought);
      cr_record_set (record, "views", spec->views);
      set_day (writer, record, "draft-shared-date", spec->draft_shared);
      cr_record_set (record, "advocate", spec->advocate);
      cr_record_set (record, "not-involved-reason", spec->not_involved_reason);
      if (!save (writer, contact, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_cr_demo_data_write_workspace (CrDatabase        *db,
                               GCancellable      *cancellable,
                               gint64             case_id,
                               guint              index,
                               const CrDemoCase  *spec,
                               const GDate       *today,
                               GArray            *agency_ids,
                               GError           **error)
{
  Writer writer = { db, cancellable, case_id, *today, agency_ids };

  for (guint i = 0; i < G_N_ELEMENTS (workspaces); i++)
    if (workspaces[i].case_index == index &&
        (!write_people (&writer, &workspaces[i], error) ||
         !write_terms_and_plan (&writer, &workspaces[i], spec, error) ||
         !write_evidence_and_meetings (&writer, &workspaces[i], error)))
      return FALSE;

  return TRUE;
}
