/* test-review-records.c: the records of the practice review workspace */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-case-pause.h"
#include "cr-case-status.h"
#include "cr-document.h"
#include "cr-evidence-request.h"
#include "cr-family-contact.h"
#include "cr-meeting.h"
#include "cr-milestone.h"
#include "cr-panel-member.h"
#include "cr-parallel-process.h"
#include "cr-record.h"
#include "cr-reviewer.h"
#include "cr-terms-of-reference.h"
#include "cr-test-utils.h"
#include "cr-util.h"
#include "cr-working-days.h"

#define DEFAULT_CORPUS_DIR "/work/shared/corpus/pdfs"

/* ---- Helpers ----------------------------------------------------------- */

static const char *
label_of (CrRecord   *record,
          const char *name)
{
  const CrRecordField *field = cr_record_find_field (record, name);

  g_assert_nonnull (field);
  return field->label;
}

static CrRecord *
copy_record (CrRecord *record)
{
  CrRecord *copy = g_object_new (G_OBJECT_TYPE (record), NULL);

  cr_record_copy_from (copy, record);
  return copy;
}

/* @record is valid, and is not once any one of @required is cleared: the
 * message then names the field (its label without the first letter, which
 * "Enter the …" writes small). */
static void
check_required (CrRecord           *record,
                const char * const *required)
{
  cr_test_assert_valid (record);

  for (guint i = 0; required[i] != NULL; i++)
    {
      g_autoptr(CrRecord) copy = copy_record (record);

      cr_record_set (copy, required[i], NULL);
      cr_test_assert_invalid (copy, label_of (record, required[i]) + 1, NULL);
    }
}

/* A value that is not one of @name's choices is refused, naming it. */
static void
check_bad_choice (CrRecord   *record,
                  const char *name)
{
  g_autoptr(CrRecord) copy = copy_record (record);

  cr_record_set (copy, name, "not-a-choice");
  cr_test_assert_invalid (copy, "not-a-choice", label_of (record, name));
}

/* Saving to a draft and loading gives the same record. */
static void
check_round_trip (CrRecord *record)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GKeyFile) reread = g_key_file_new ();
  g_autoptr(CrRecord) loaded = g_object_new (G_OBJECT_TYPE (record), NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  const CrRecordField *fields;
  guint n_fields, n_set = 0;

  cr_record_set_id (record, 42);
  cr_record_set_case_id (record, 7);
  cr_record_save_to_key_file (record, key_file, "record");
  data = g_key_file_to_data (key_file, NULL, NULL);
  g_assert_true (g_key_file_load_from_data (reread, data, -1, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  cr_record_load_from_key_file (loaded, reread, "record");

  g_assert_cmpint (cr_record_get_id (loaded), ==, 42);
  g_assert_cmpint (cr_record_get_case_id (loaded), ==, 7);

  fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (record), &n_fields);
  g_assert_cmpuint (n_fields, >, 0);
  for (guint i = 0; i < n_fields; i++)
    {
      g_assert_cmpstr (cr_record_get (loaded, fields[i].name), ==,
                       cr_record_get (record, fields[i].name));
      n_set += cr_record_has (record, fields[i].name);
    }
  /* The test records fill in several fields, multi-line ones included. */
  g_assert_cmpuint (n_set, >=, 3);
}

static void
set_date (GDate *date,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static char *
dup_field_date (CrRecord   *record,
                const char *name)
{
  GDate date;

  g_assert_true (cr_date_parse_iso (cr_record_get (record, name), &date));
  return cr_date_to_iso (&date);
}

/* ---- The base class ------------------------------------------------------ */

/* A record class of the test's own, with no title, subtitle or kind
 * functions, for what the base class does by default. */
#define TEST_TYPE_PLAIN_RECORD (test_plain_record_get_type ())
G_DECLARE_FINAL_TYPE (TestPlainRecord, test_plain_record, TEST, PLAIN_RECORD, CrRecord)

struct _TestPlainRecord
{
  CrRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (TestPlainRecord, test_plain_record, CR_TYPE_RECORD)

static const char * const plain_nicks[] = { "inquest", "other", NULL };
static const char * const plain_labels[] = { "Inquest", "Other", NULL };

static const CrRecordField plain_fields[] = {
  { "kind", CR_RECORD_FIELD_CHOICE, "Kind", 0, plain_nicks, plain_labels, 0 },
  { "contact", CR_RECORD_FIELD_LINE, "Contact", 0, NULL, NULL, 0 },
  { "review-date", CR_RECORD_FIELD_PLAN_DATE, "Date to look again", 0, NULL, NULL, 0 },
};

static void
test_plain_record_class_init (TestPlainRecordClass *klass)
{
  cr_record_class_install_fields (CR_RECORD_CLASS (klass), plain_fields, G_N_ELEMENTS (plain_fields));
}

static void
test_plain_record_init (TestPlainRecord *self)
{
}

static void
test_record_defaults (void)
{
  g_autoptr(CrRecord) record = g_object_new (TEST_TYPE_PLAIN_RECORD, NULL);
  g_autoptr(CrMeeting) meeting = cr_meeting_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  g_autofree char *none = NULL;
  g_autofree char *bad = NULL;

  /* The default title is the first field's value (a choice's label, not
   * its nick); no subtitle, no kind. */
  g_assert_null (cr_record_dup_title (record));
  cr_record_set (record, "kind", "inquest");
  cr_record_set (record, "review-date", "2026-03-03");
  title = cr_record_dup_title (record);
  g_assert_cmpstr (title, ==, "Inquest");
  g_clear_pointer (&title, g_free);
  /* A value that is not one of the choices is shown as it is. */
  cr_record_set (record, "kind", "coroner");
  title = cr_record_dup_title (record);
  g_assert_cmpstr (title, ==, "coroner");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_null (subtitle);
  g_assert_null (cr_record_get_kind_label (record));

  label = cr_record_dup_date_label (record, "review-date");
  g_assert_cmpstr (label, ==, "3 March 2026");
  none = cr_record_dup_date_label (record, "contact");
  g_assert_null (none);
  cr_record_set (record, "review-date", "2026-02-30");
  bad = cr_record_dup_date_label (record, "review-date");
  g_assert_null (bad);

  g_assert_cmpstr (cr_record_get_kind_label (CR_RECORD (meeting)), ==, "Meeting");
}

static void
test_kind_labels (void)
{
  const struct { GType type; const char *label; } kinds[] = {
    { CR_TYPE_REVIEWER, "Reviewer" },
    { CR_TYPE_TERMS_OF_REFERENCE, "Terms of Reference" },
    { CR_TYPE_PANEL_MEMBER, "Panel Member" },
    { CR_TYPE_MILESTONE, "Milestone" },
    { CR_TYPE_EVIDENCE_REQUEST, "Evidence Request" },
    { CR_TYPE_DOCUMENT, "Document" },
    { CR_TYPE_MEETING, "Meeting" },
    { CR_TYPE_FAMILY_CONTACT, "Family Contact" },
    { CR_TYPE_CASE_PAUSE, "Pause" },
    { CR_TYPE_PARALLEL_PROCESS, "Parallel Process" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(CrRecord) record = g_object_new (kinds[i].type, NULL);
      const CrRecordField *fields;
      guint n_fields;

      g_assert_cmpstr (cr_record_get_kind_label (record), ==, kinds[i].label);

      /* Every choice field has a label for each of its choices. */
      fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (record), &n_fields);
      for (guint f = 0; f < n_fields; f++)
        for (guint c = 0; fields[f].choices != NULL && fields[f].choices[c] != NULL; c++)
          g_assert_nonnull (cr_record_field_get_choice_label (&fields[f], fields[f].choices[c]));
    }
}

/* ---- Commissioning ------------------------------------------------------- */

static CrRecord *
make_reviewer (void)
{
  CrRecord *record = CR_RECORD (cr_reviewer_new ());

  cr_record_set (record, "name", "Ann Smith");
  cr_record_set (record, "organisation", "Northbridge Consulting");
  cr_record_set (record, "role", "lead-reviewer");
  cr_record_set (record, "email", "ann@example.org");
  cr_record_set (record, "phone", "01632 960123");
  cr_record_set (record, "appointed-date", "2026-03-10");
  cr_record_set (record, "independent", "true");
  cr_record_set (record, "declaration", "No connection to the family.\nWorked for the council until 2015.");
  cr_record_set (record, "declaration-date", "2026-03-03");
  return record;
}

static void
test_reviewer (void)
{
  g_autoptr(CrRecord) record = make_reviewer ();
  CrReviewer *reviewer = CR_REVIEWER (record);
  g_autofree char *title = cr_record_dup_title (record);
  g_autofree char *subtitle = cr_record_dup_subtitle (record);
  g_autofree char *warning = cr_reviewer_dup_warning (reviewer);
  g_autofree char *subtitle2 = NULL;
  g_autofree char *warning2 = NULL;
  g_autofree char *warning3 = NULL;

  check_required (record, (const char *[]) { "name", "role", NULL });
  check_bad_choice (record, "role");

  g_assert_cmpstr (title, ==, "Ann Smith");
  g_assert_cmpstr (subtitle, ==,
                   "Lead reviewer · Northbridge Consulting · Independence declared 3 March 2026");
  g_assert_null (warning);

  /* Declared independent: the date of the declaration is needed. */
  cr_record_set (record, "declaration-date", NULL);
  cr_test_assert_invalid (record, "Date of the declaration of independence", "enter the date");
  warning2 = cr_reviewer_dup_warning (reviewer);
  cr_test_assert_contains (warning2, "Ann Smith’s declaration");

  /* Not declared: valid, but a warning and said so. */
  cr_record_set (record, "independent", NULL);
  cr_test_assert_valid (record);
  subtitle2 = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle2, ==, "Lead reviewer · Northbridge Consulting · No declaration of independence");
  cr_record_set (record, "name", NULL);
  warning3 = cr_reviewer_dup_warning (reviewer);
  cr_test_assert_contains (warning3, "the reviewer’s declaration");

  /* A declaration made before the appointment is normal. */
  cr_record_set (record, "name", "Ann Smith");
  cr_record_set (record, "independent", "true");
  cr_record_set (record, "declaration-date", "2026-03-01");
  cr_test_assert_valid (record);

  check_round_trip (record);
}

static void
test_terms_of_reference (void)
{
  g_autoptr(CrRecord) record = CR_RECORD (cr_terms_of_reference_new ());
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *subtitle2 = NULL;
  g_auto(GStrv) lines = NULL;

  cr_record_set (record, "period-start", "2024-01-01");
  cr_record_set (record, "period-end", "2026-03-03");
  cr_record_set (record, "scope", "Child A and the adults in the household.");
  cr_record_set (record, "lines-of-enquiry",
                 "  How agencies shared information\n\n\t\nHow the voice of the child was heard  \r\n");
  cr_record_set (record, "methodology", "silp");
  cr_record_set (record, "target-date", "2026-12-01");
  check_required (record, (const char *[]) { NULL });
  check_bad_choice (record, "methodology");

  title = cr_record_dup_title (record);
  g_assert_cmpstr (title, ==, "Terms of Reference");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "SILP · 1 January 2024 to 3 March 2026");

  lines = cr_terms_of_reference_dup_lines_of_enquiry (CR_TERMS_OF_REFERENCE (record));
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_cmpstr (lines[0], ==, "How agencies shared information");
  g_assert_cmpstr (lines[1], ==, "How the voice of the child was heard");

  /* The period cannot end before it starts. */
  cr_record_set (record, "period-end", "2023-12-31");
  cr_test_assert_invalid (record, "End of the period under review", "Start of the period under review");
  cr_record_set (record, "period-end", "2026-03-03");

  /* Other methodology: say which. */
  cr_record_set (record, "methodology", "other");
  cr_test_assert_invalid (record, "Other methodology", "Describe the methodology");
  cr_record_set (record, "methodology-other", "Significant incident learning");
  cr_test_assert_valid (record);
  subtitle2 = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle2, ==, "Significant incident learning · 1 January 2024 to 3 March 2026");

  check_round_trip (record);
}

static void
test_panel_member (void)
{
  g_autoptr(CrRecord) record = CR_RECORD (cr_panel_member_new ());
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  cr_record_set (record, "name", "Sam Patel");
  cr_record_set (record, "agency-id", "3");
  cr_record_set (record, "agency-name", "Police");
  cr_record_set (record, "role", "chair");
  cr_record_set (record, "job-title", "Detective Inspector");
  cr_record_set (record, "email", "sam.patel@example.org");

  check_required (record, (const char *[]) { "name", "role", NULL });
  check_bad_choice (record, "role");
  g_assert_true (cr_record_find_field (record, "agency-name")->flags & CR_RECORD_FIELD_FLAG_DERIVED);

  title = cr_record_dup_title (record);
  g_assert_cmpstr (title, ==, "Sam Patel");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "Chair · Police · Detective Inspector");

  cr_record_set (record, "email", "sam.patel");
  cr_test_assert_invalid (record, "Email address of the panel member", "not an email address");
  cr_record_set (record, "email", NULL);

  check_round_trip (record);
}

/* ---- Milestones ---------------------------------------------------------- */

static void
test_milestone (void)
{
  g_autoptr(CrRecord) record = CR_RECORD (cr_milestone_new ());
  CrMilestone *milestone = CR_MILESTONE (record);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GDate today, target;

  cr_record_set (record, "title", "First review panel meeting");
  cr_record_set (record, "kind", "panel-meeting");
  cr_record_set (record, "planned-date", "2026-03-10");
  cr_record_set (record, "notes", "Invite all agencies.\nBook a room.");

  check_required (record, (const char *[]) { "title", "kind", "planned-date", NULL });
  check_bad_choice (record, "kind");

  title = cr_record_dup_title (record);
  g_assert_cmpstr (title, ==, "First review panel meeting");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "Review panel meeting · Planned 10 March 2026");

  /* States on fixed days. */
  set_date (&target, 2026, 6, 30);
  set_date (&today, 2026, 3, 1);
  g_assert_cmpint (cr_milestone_get_state (milestone, &today, &target), ==, CR_MILESTONE_PLANNED);
  g_assert_cmpint (cr_milestone_get_state (milestone, &today, NULL), ==, CR_MILESTONE_PLANNED);
  set_date (&today, 2026, 3, 3);
  g_assert_cmpint (cr_milestone_get_state (milestone, &today, &target), ==, CR_MILESTONE_DUE_SOON);
  set_date (&today, 2026, 3, 10);
  g_assert_cmpint (cr_milestone_get_state (milestone, &today, &target), ==, CR_MILESTONE_DUE_SOON);
  set_date (&today, 2026, 3, 11);
  g_assert_cmpint (cr_milestone_get_state (milestone, &today, &target), ==, CR_MILESTONE_OVERDUE);
  set_date (&today, 2026, 3, 1);
  set_date (&target, 2026, 3, 9);
  g_assert_cmpint (cr_milestone_get_state (milestone, &today, &target), ==, CR_MILESTONE_AFTER_TARGET);

  cr_record_set (record, "done-date", "2026-03-10");
  g_assert_cmpint (cr_milestone_get_state (milestone, &today, &target), ==, CR_MILESTONE_DONE);
  cr_record_set (record, "done-date", "2026-03-12");
  set_date (&today, 2026, 4, 1);
  g_assert_cmpint (cr_milestone_get_state (milestone, &today, &target), ==, CR_MILESTONE_DONE_LATE);
  g_free (subtitle);
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "Review panel meeting · Planned 10 March 2026 · Done 12 March 2026");

  g_assert_cmpstr (cr_milestone_state_to_label (CR_MILESTONE_OVERDUE), ==, "Overdue");
  g_assert_cmpstr (cr_milestone_state_to_label (CR_MILESTONE_AFTER_TARGET), ==, "After the 6-month target");
  for (int s = CR_MILESTONE_PLANNED; s <= CR_MILESTONE_DONE_LATE; s++)
    g_assert_nonnull (cr_milestone_state_to_label (s));

  /* A done date cannot be in the future. */
  {
    GDate tomorrow;
    g_autofree char *iso = NULL;

    cr_date_set_today (&tomorrow);
    g_date_add_days (&tomorrow, 1);
    iso = cr_date_to_iso (&tomorrow);
    cr_record_set (record, "done-date", iso);
    cr_test_assert_invalid (record, "Date done", NULL);
    cr_record_set (record, "done-date", "2026-03-12");
  }

  check_round_trip (record);
}

/* Checks a suggested plan: 12 milestones, valid, in order, none on a
 * weekend (but @weekend_ok), none after @target, the last on @last. */
static void
check_plan (GPtrArray   *plan,
            const GDate *start,
            const GDate *target,
            const GDate *last)
{
  static const char * const kinds[] = {
    "commissioned", "terms-agreed", "evidence-due", "panel-meeting",
    "practitioner-event", "family-meeting", "first-draft", "family-sees-draft",
    "final-draft", "partners-sign-off", "panel-copy", "publication",
  };
  GDate previous = *start;

  g_assert_nonnull (plan);
  g_assert_cmpuint (plan->len, ==, G_N_ELEMENTS (kinds));

  for (guint i = 0; i < plan->len; i++)
    {
      CrRecord *record = g_ptr_array_index (plan, i);
      GDate date;
      GDateWeekday weekday;

      cr_test_assert_valid (record);
      g_assert_cmpstr (cr_record_get (record, "kind"), ==, kinds[i]);
      g_assert_nonnull (cr_record_get (record, "title"));
      g_assert_true (cr_date_parse_iso (cr_record_get (record, "planned-date"), &date));

      weekday = g_date_get_weekday (&date);
      g_assert_true (weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY);
      g_assert_cmpint (g_date_compare (&date, &previous), >=, 0);
      g_assert_cmpint (g_date_compare (&date, target), <=, 0);
      previous = date;
    }

  g_assert_cmpint (g_date_compare (&previous, last), ==, 0);
}

static void
test_milestone_plan (void)
{
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) weekend = NULL;
  g_autoptr(GPtrArray) saturday_target = NULL;
  g_autoptr(GPtrArray) short_plan = NULL;
  g_autofree char *first = NULL;
  g_autofree char *terms = NULL;
  GDate start, target, friday, panel_copy, first_weekday;

  /* Commissioned on Monday 5 January 2026, target Monday 6 July 2026. */
  set_date (&start, 2026, 1, 5);
  set_date (&target, 2026, 7, 6);
  plan = cr_milestone_plan_suggest (&start, &target);
  check_plan (plan, &start, &target, &target);
  first = dup_field_date (g_ptr_array_index (plan, 0), "planned-date");
  g_assert_cmpstr (first, ==, "2026-01-05");
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (plan, 1), "planned-date"), ==, "2026-01-19");
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (plan, 9), "planned-date"), ==, "2026-06-08");
  /* The copies go 7 working days before publication. */
  g_assert_true (cr_date_parse_iso (cr_record_get (g_ptr_array_index (plan, 10), "planned-date"),
                                    &panel_copy));
  g_assert_cmpint (cr_working_days_between (&panel_copy, &target, NULL), ==, 7);
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (plan, 10), "planned-date"), ==, "2026-06-25");

  /* Commissioned on a Saturday: that day and those 2 weeks on move to the
   * Monday. */
  set_date (&start, 2026, 1, 3);
  weekend = cr_milestone_plan_suggest (&start, &target);
  set_date (&first_weekday, 2026, 1, 5);
  check_plan (weekend, &first_weekday, &target, &target);
  g_assert_cmpstr (cr_record_get (g_ptr_array_index (weekend, 0), "planned-date"), ==, "2026-01-05");
  terms = dup_field_date (g_ptr_array_index (weekend, 1), "planned-date");
  g_assert_cmpstr (terms, ==, "2026-01-19");

  /* A target on a Saturday: publication on the Friday before. */
  set_date (&start, 2026, 1, 5);
  set_date (&target, 2026, 7, 4);
  set_date (&friday, 2026, 7, 3);
  saturday_target = cr_milestone_plan_suggest (&start, &target);
  check_plan (saturday_target, &start, &target, &friday);

  /* Four weeks: the steps keep their order and end on the target. */
  set_date (&target, 2026, 2, 2);
  short_plan = cr_milestone_plan_suggest (&start, &target);
  check_plan (short_plan, &start, &target, &target);
}

/* ---- Evidence ------------------------------------------------------------ */

static CrRecord *
make_request (void)
{
  CrRecord *record = CR_RECORD (cr_evidence_request_new ());

  cr_record_set (record, "agency-id", "4");
  cr_record_set (record, "agency-name", "Children's Social Care");
  cr_record_set (record, "kind", "chronology");
  cr_record_set (record, "contact", "Jo Brown");
  cr_record_set (record, "contact-email", "jo.brown@example.org");
  cr_record_set (record, "requested-date", "2026-03-02");
  cr_record_set (record, "due-date", "2026-03-16");
  cr_record_set (record, "notes", "Chased by phone.\nChild A's school is late too.");
  return record;
}

static void
test_evidence_request (void)
{
  g_autoptr(CrRecord) record = make_request ();
  g_autofree char *title = NULL;
  g_autofree char *title2 = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *subtitle2 = NULL;

  check_required (record, (const char *[]) { "agency-id", "kind", NULL });
  check_bad_choice (record, "kind");

  title = cr_record_dup_title (record);
  g_assert_cmpstr (title, ==, "Chronology from Children's Social Care");

  /* Dates after the request. */
  cr_record_set (record, "due-date", "2026-03-01");
  cr_test_assert_invalid (record, "Date due", "Date requested");
  cr_record_set (record, "due-date", "2026-03-16");
  cr_record_set (record, "received-date", "2026-03-01");
  cr_test_assert_invalid (record, "Date received", "Date requested");
  cr_record_set (record, "received-date", NULL);
  cr_record_set (record, "reminded-date", "2026-02-27");
  cr_test_assert_invalid (record, "Date of the last reminder", "Date requested");
  cr_record_set (record, "reminded-date", "2026-03-17");
  cr_test_assert_valid (record);

  /* Other evidence says what. */
  cr_record_set (record, "kind", "other");
  cr_test_assert_invalid (record, "What was asked for", NULL);
  cr_record_set (record, "description", "Health visitor records");
  cr_test_assert_valid (record);
  title2 = cr_record_dup_title (record);
  g_assert_cmpstr (title2, ==, "Health visitor records from Children's Social Care");
  cr_record_set (record, "kind", "chronology");

  /* Received four days late. */
  cr_record_set (record, "received-date", "2026-03-20");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "Received 20 March 2026 · 4 days late");
  cr_record_set (record, "received-date", "2026-03-16");
  subtitle2 = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle2, ==, "Received 16 March 2026");

  check_round_trip (record);
}

static void
test_evidence_state (void)
{
  g_autoptr(CrRecord) record = make_request ();
  CrEvidenceRequest *request = CR_EVIDENCE_REQUEST (record);
  g_autofree char *subtitle = NULL;
  GDate today;

  /* Due Monday 16 March 2026. */
  set_date (&today, 2026, 3, 5);
  g_assert_cmpint (cr_evidence_request_get_state (request, &today), ==, CR_EVIDENCE_REQUESTED);
  set_date (&today, 2026, 3, 10);  /* 4 working days before */
  g_assert_cmpint (cr_evidence_request_get_state (request, &today), ==, CR_EVIDENCE_REQUESTED);
  set_date (&today, 2026, 3, 11);  /* 3 working days before */
  g_assert_cmpint (cr_evidence_request_get_state (request, &today), ==, CR_EVIDENCE_DUE_SOON);
  set_date (&today, 2026, 3, 16);
  g_assert_cmpint (cr_evidence_request_get_state (request, &today), ==, CR_EVIDENCE_DUE_SOON);
  g_assert_cmpint (cr_evidence_request_days_overdue (request, &today), ==, 0);
  set_date (&today, 2026, 3, 20);
  g_assert_cmpint (cr_evidence_request_get_state (request, &today), ==, CR_EVIDENCE_OVERDUE);
  g_assert_cmpint (cr_evidence_request_days_overdue (request, &today), ==, 4);

  /* Overdue against the real today: the subtitle counts the days. */
  subtitle = cr_record_dup_subtitle (record);
  cr_test_assert_contains (subtitle, "Due 16 March 2026 · Overdue by ");

  /* Working days skip Easter: due Tuesday 7 April 2026, Good Friday and
   * Easter Monday between, so Tuesday 31 March is 3 working days before. */
  cr_record_set (record, "due-date", "2026-04-07");
  set_date (&today, 2026, 3, 30);
  g_assert_cmpint (cr_evidence_request_get_state (request, &today), ==, CR_EVIDENCE_REQUESTED);
  set_date (&today, 2026, 3, 31);
  g_assert_cmpint (cr_evidence_request_get_state (request, &today), ==, CR_EVIDENCE_DUE_SOON);

  /* No due date: requested until received. */
  cr_record_set (record, "due-date", NULL);
  set_date (&today, 2027, 1, 1);
  g_assert_cmpint (cr_evidence_request_get_state (request, &today), ==, CR_EVIDENCE_REQUESTED);
  g_assert_cmpint (cr_evidence_request_days_overdue (request, &today), ==, 0);

  cr_record_set (record, "received-date", "2026-03-20");
  g_assert_cmpint (cr_evidence_request_get_state (request, &today), ==, CR_EVIDENCE_RECEIVED);
  cr_record_set (record, "due-date", "2026-03-16");
  g_assert_cmpint (cr_evidence_request_get_state (request, &today), ==, CR_EVIDENCE_RECEIVED_LATE);
  g_assert_cmpint (cr_evidence_request_days_overdue (request, &today), ==, 0);

  cr_record_set (record, "received-date", NULL);
  cr_record_set (record, "requested-date", NULL);
  g_assert_cmpint (cr_evidence_request_get_state (request, &today), ==, CR_EVIDENCE_NOT_REQUESTED);

  for (int s = CR_EVIDENCE_NOT_REQUESTED; s <= CR_EVIDENCE_RECEIVED_LATE; s++)
    g_assert_nonnull (cr_evidence_state_to_label (s));
  g_assert_cmpstr (cr_evidence_state_to_label (CR_EVIDENCE_DUE_SOON), ==, "Due soon");
}

static void
test_evidence_reminder (void)
{
  g_autoptr(CrRecord) record = make_request ();
  CrEvidenceRequest *request = CR_EVIDENCE_REQUEST (record);
  g_autofree char *reminder = NULL;
  g_autofree char *other = NULL;
  g_autofree char *future = NULL;
  g_autofree char *due_iso = NULL;
  g_autofree char *due_label = NULL;
  GDate due;

  cr_record_set (record, "document-id", "99");
  reminder = cr_evidence_request_dup_reminder (request, "NB-2026-004");

  g_assert_true (g_str_has_prefix (reminder, "Reminder: the chronology for the practice review NB-2026-004\n\n"));
  cr_test_assert_contains (reminder, "Dear Jo Brown,");
  cr_test_assert_contains (reminder, "from Children's Social Care");
  cr_test_assert_contains (reminder, "was due on 16 March 2026");
  /* Nothing of the case but what was passed: not the notes (which name
   * the child), not the contact's address, not the document. */
  g_assert_null (strstr (reminder, "Child A"));
  g_assert_null (strstr (reminder, "Chased"));
  g_assert_null (strstr (reminder, "example.org"));
  g_assert_null (strstr (reminder, "99"));

  /* Other evidence, no contact, no agency name, no reference. */
  cr_record_set (record, "kind", "other");
  cr_record_set (record, "description", "Health visitor records");
  cr_record_set (record, "contact", NULL);
  cr_record_set (record, "agency-name", NULL);
  cr_record_set (record, "due-date", NULL);
  other = cr_evidence_request_dup_reminder (request, NULL);
  g_assert_true (g_str_has_prefix (other, "Reminder: the evidence (Health visitor records) for the practice review\n\n"));
  cr_test_assert_contains (other, "Dear colleague,");
  cr_test_assert_contains (other, "from your agency");
  cr_test_assert_contains (other, "has not been received yet");

  /* Not due yet. */
  cr_date_set_today (&due);
  g_date_add_days (&due, 30);
  due_iso = cr_date_to_iso (&due);
  cr_record_set (record, "due-date", due_iso);
  due_label = cr_record_dup_date_label (record, "due-date");
  future = cr_evidence_request_dup_reminder (request, "NB-2026-004");
  cr_test_assert_contains (future, "is due on");
  cr_test_assert_contains (future, due_label);
}

/* ---- Documents ----------------------------------------------------------- */

static const char *
sniff (const void *data,
       gsize       size,
       const char *filename)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  return cr_document_sniff_media_type (bytes, filename);
}

static const char *
sniff_string (const char *text,
              const char *filename)
{
  return sniff (text, strlen (text), filename);
}

/* @text in UTF-16 with a BOM, in the byte order @big_endian. */
static GBytes *
make_utf16 (const char *text,
            gboolean    big_endian)
{
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  g_autofree char *converted = g_convert (text, -1, big_endian ? "UTF-16BE" : "UTF-16LE",
                                          "UTF-8", NULL, &len, &error);
  GByteArray *array = g_byte_array_new ();

  g_assert_no_error (error);
  g_byte_array_append (array, (const guint8 *) (big_endian ? "\xfe\xff" : "\xff\xfe"), 2);
  g_byte_array_append (array, (const guint8 *) converted, len);
  return g_byte_array_free_to_bytes (array);
}

static void
test_document_sniff (void)
{
  const char *corpus = g_getenv ("CR_PDF_CORPUS_DIR");
  g_autofree char *pdf_path = g_build_filename (corpus != NULL ? corpus : DEFAULT_CORPUS_DIR,
                                                "mozilla__pdf.js", "print_protection.pdf", NULL);
  g_autofree char *contents = NULL;
  guint8 late_pdf[1100];
  guint8 early_pdf[1100];
  gsize length;
  const char *xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static const guint8 zip_xl[] = "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00xl/workbook.xml";
  static const guint8 zip_docx[] = "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml";
  static const guint8 lone_surrogate[] = { 0xff, 0xfe, 'a', 0, 0x00, 0xdc, 'b', 0 };
  static const guint8 nul_text[] = { 'a', ',', 'b', '\n', 'c', 0, 'd', '\n' };

  /* A real PDF, whatever its name. */
  if (g_file_get_contents (pdf_path, &contents, &length, NULL))
    {
      g_assert_cmpstr (sniff (contents, length, "report.bin"), ==, "application/pdf");
      g_assert_cmpstr (sniff (contents, length, NULL), ==, "application/pdf");
    }
  else
    {
      g_test_message ("%s is not here: checking made-up PDFs only", pdf_path);
    }

  /* "%PDF-" within the first 1024 bytes, not after. */
  memset (early_pdf, 0, sizeof early_pdf);
  memcpy (early_pdf + 1019, "%PDF-1.7", 8);
  g_assert_cmpstr (sniff (early_pdf, sizeof early_pdf, "x.pdf"), ==, "application/pdf");
  memset (late_pdf, 0, sizeof late_pdf);
  memcpy (late_pdf + 1020, "%PDF-1.7", 8);
  g_assert_cmpstr (sniff (late_pdf, sizeof late_pdf, "x.pdf"), ==, "application/octet-stream");
  g_assert_cmpstr (sniff_string ("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", NULL), ==, "application/pdf");

  /* A workbook: a ZIP named .xlsx or holding xl/ entries. */
  g_assert_cmpstr (sniff (zip_docx, sizeof zip_docx, "Police Chronology.XLSX"), ==, xlsx);
  g_assert_cmpstr (sniff (zip_xl, sizeof zip_xl, "download.zip"), ==, xlsx);
  g_assert_cmpstr (sniff (zip_xl, sizeof zip_xl, NULL), ==, xlsx);
  g_assert_cmpstr (sniff (zip_docx, sizeof zip_docx, "report.docx"), ==, "application/octet-stream");
  /* The name alone does not make a workbook. */
  g_assert_cmpstr (sniff_string ("Date,Event\n", "sheet.xlsx"), ==, "text/csv");

  /* CSV: a separator on the first line. */
  g_assert_cmpstr (sniff_string ("Date,Time,Event\n03/02/2021,09:00,Home visit\n", "a.txt"), ==, "text/csv");
  g_assert_cmpstr (sniff_string ("\xef\xbb\xbf" "Date;Event\r\n3 Feb 2021;Visit\r\n", NULL), ==, "text/csv");
  g_assert_cmpstr (sniff_string ("Date\tEvent\n2021-02-03\tVisit", NULL), ==, "text/csv");
  g_assert_cmpstr (sniff_string ("Datum,Ereignis\nÄrztin besucht, später\n", NULL), ==, "text/csv");
  {
    g_autoptr(GBytes) le = make_utf16 ("Date,Event\n03/02/2021,Visit to Zoë\n", FALSE);
    g_autoptr(GBytes) be = make_utf16 ("Date\tEvent\n03/02/2021\tVisit \xf0\x9f\x98\x80\n", TRUE);
    g_autoptr(GBytes) plain = make_utf16 ("Notes\nOne, two\n", FALSE);

    g_assert_cmpstr (cr_document_sniff_media_type (le, NULL), ==, "text/csv");
    g_assert_cmpstr (cr_document_sniff_media_type (be, NULL), ==, "text/csv");
    g_assert_cmpstr (cr_document_sniff_media_type (plain, NULL), ==, "text/plain");
  }

  /* Other text, with a comma only on a later line. */
  g_assert_cmpstr (sniff_string ("Minutes of the panel\nPresent: Ann, Sam\n", "m.csv"), ==, "text/plain");
  g_assert_cmpstr (sniff_string ("", NULL), ==, "text/plain");

  /* Not text. */
  g_assert_cmpstr (sniff_string ("Date,Event\n\xc3\x28\n", "a.csv"), ==, "application/octet-stream");
  g_assert_cmpstr (sniff (nul_text, sizeof nul_text, "a.csv"), ==, "application/octet-stream");
  g_assert_cmpstr (sniff (lone_surrogate, sizeof lone_surrogate, NULL), ==, "application/octet-stream");
  g_assert_cmpstr (sniff ("\xff\xfe" "a", 3, NULL), ==, "application/octet-stream");
  g_assert_cmpstr (sniff ("\x89PNG\r\n\x1a\n", 8, "a.png"), ==, "application/octet-stream");
}

static void
test_document (void)
{
  g_autoptr(CrRecord) record = CR_RECORD (cr_document_new ());
  CrDocument *document = CR_DOCUMENT (record);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  cr_record_set (record, "title", "Police IMR");
  cr_record_set (record, "filename", "police-imr-v2.pdf");
  cr_record_set (record, "doc-type", "agency-report");
  cr_record_set (record, "agency-id", "3");
  cr_record_set (record, "agency-name", "Police");
  cr_record_set (record, "version", "2");
  cr_record_set (record, "received-date", "2026-03-03");
  cr_record_set (record, "notes", "Redacted copy.\nFull copy held by the police.");
  cr_record_set (record, "media-type", "application/pdf");
  cr_record_set (record, "size", "1200000");
  cr_record_set (record, "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  cr_record_set (record, "added-at", "2026-03-03T10:15:00Z");

  check_required (record, (const char *[]) { "title", "filename", "doc-type", NULL });
  check_bad_choice (record, "doc-type");
  g_assert_true (cr_record_find_field (record, "sha256")->flags & CR_RECORD_FIELD_FLAG_READ_ONLY);
  g_assert_true (cr_record_find_field (record, "size")->flags & CR_RECORD_FIELD_FLAG_READ_ONLY);
  g_assert_false (cr_record_find_field (record, "title")->flags & CR_RECORD_FIELD_FLAG_READ_ONLY);

  title = cr_record_dup_title (record);
  g_assert_cmpstr (title, ==, "Police IMR");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "Agency report · Police · version 2 · received 3 March 2026 · 1.2\u00a0MB");

  /* What storage fills in is checked too. */
  cr_record_set (record, "size", "12a");
  cr_test_assert_invalid (record, "Size in bytes", NULL);
  cr_record_set (record, "size", "-1");
  cr_test_assert_invalid (record, "Size in bytes", NULL);
  cr_record_set (record, "size", "1200000");
  cr_record_set (record, "sha256", "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08");
  cr_test_assert_invalid (record, "SHA-256", "64 hexadecimal digits");
  cr_record_set (record, "sha256", "9f86d081");
  cr_test_assert_invalid (record, "SHA-256", NULL);
  cr_record_set (record, "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  cr_test_assert_valid (record);

  g_assert_true (cr_document_is_pdf (document));
  cr_record_set (record, "media-type", "text/csv");
  g_assert_false (cr_document_is_pdf (document));
  cr_record_set (record, "media-type", NULL);
  g_assert_true (cr_document_is_pdf (document));
  cr_record_set (record, "filename", "police-imr-v2.docx");
  g_assert_false (cr_document_is_pdf (document));

  check_round_trip (record);
}

static void
test_document_for_file (void)
{
  g_autoptr(CrDocument) chronology = cr_document_new_for_file ("/home/ann/Downloads/Police Chronology v2.csv");
  g_autoptr(CrDocument) report = cr_document_new_for_file ("/tmp/CSC agency report.PDF");
  g_autoptr(CrDocument) other = cr_document_new_for_file ("notes.txt");
  g_autoptr(CrDocument) odd = cr_document_new_for_file ("/tmp/ bad\nname .pdf");
  g_autoptr(CrDocument) hidden = cr_document_new_for_file (".profile");
  CrRecord *r;
  GDate today;
  g_autofree char *iso = NULL;

  cr_date_set_today (&today);
  iso = cr_date_to_iso (&today);

  r = CR_RECORD (chronology);
  g_assert_cmpstr (cr_record_get (r, "title"), ==, "Police Chronology v2");
  g_assert_cmpstr (cr_record_get (r, "filename"), ==, "Police Chronology v2.csv");
  g_assert_cmpstr (cr_record_get (r, "doc-type"), ==, "chronology");
  g_assert_cmpstr (cr_record_get (r, "received-date"), ==, iso);
  cr_test_assert_valid (r);

  r = CR_RECORD (report);
  g_assert_cmpstr (cr_record_get (r, "title"), ==, "CSC agency report");
  g_assert_cmpstr (cr_record_get (r, "doc-type"), ==, "agency-report");
  g_assert_true (cr_document_is_pdf (report));
  cr_test_assert_valid (r);

  r = CR_RECORD (other);
  g_assert_cmpstr (cr_record_get (r, "title"), ==, "notes");
  g_assert_cmpstr (cr_record_get (r, "doc-type"), ==, "other");
  cr_test_assert_valid (r);

  /* Control characters and spaces at the ends would not be stored. */
  r = CR_RECORD (odd);
  g_assert_cmpstr (cr_record_get (r, "filename"), ==, "bad name .pdf");
  g_assert_cmpstr (cr_record_get (r, "title"), ==, "bad name");
  cr_test_assert_valid (r);

  r = CR_RECORD (hidden);
  g_assert_cmpstr (cr_record_get (r, "title"), ==, ".profile");
  cr_test_assert_valid (r);
}

/* ---- Meetings, family, pauses -------------------------------------------- */

static void
test_meeting (void)
{
  g_autoptr(CrRecord) record = CR_RECORD (cr_meeting_new ());
  CrMeeting *meeting = CR_MEETING (record);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *empty = NULL;

  cr_record_set (record, "meeting-date", "2026-03-03");
  cr_record_set (record, "meeting-time", "14:30");
  cr_record_set (record, "kind", "panel");
  cr_record_set (record, "location", "Town Hall, room 2");
  empty = cr_record_dup_subtitle (record);
  g_assert_null (empty);

  cr_record_set (record, "attendees", "Ann Smith, chair, independent\n\n  \t\nSam Patel, member, Police\r\nJo Brown, member, CSC");
  cr_record_set (record, "decisions", "Ask health for records\n");
  cr_record_set (record, "actions", "Write to the GP — Ann — 10 March\nBook the event — Jo — 1 April\n\n");

  check_required (record, (const char *[]) { "meeting-date", "kind", NULL });
  check_bad_choice (record, "kind");

  g_assert_cmpuint (cr_meeting_count_lines (meeting, "attendees"), ==, 3);
  g_assert_cmpuint (cr_meeting_count_lines (meeting, "decisions"), ==, 1);
  g_assert_cmpuint (cr_meeting_count_lines (meeting, "actions"), ==, 2);
  g_assert_cmpuint (cr_meeting_count_lines (meeting, "apologies"), ==, 0);

  title = cr_record_dup_title (record);
  g_assert_cmpstr (title, ==, "Review panel, 3 March 2026");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "3 attendees · 1 decision · 2 actions");

  cr_record_set (record, "meeting-time", "25:00");
  cr_test_assert_invalid (record, "Time of the meeting", "HH:MM");
  cr_record_set (record, "meeting-time", "14:30");

  /* A planned meeting may be ahead. */
  cr_record_set (record, "meeting-date", "2099-01-05");
  cr_test_assert_valid (record);

  check_round_trip (record);
}

static void
test_family_contact (void)
{
  g_autoptr(CrRecord) record = CR_RECORD (cr_family_contact_new ());
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *subtitle2 = NULL;

  cr_record_set (record, "person", "Mother");
  cr_record_set (record, "contact-date", "2026-03-03");
  cr_record_set (record, "method", "visit");
  cr_record_set (record, "contact-made", "true");
  cr_record_set (record, "consent", "given");
  cr_record_set (record, "views-sought", "true");
  cr_record_set (record, "views", "She felt nobody listened.\nShe wants the report to say so.");
  cr_record_set (record, "draft-shared-date", "2026-06-01");

  check_required (record, (const char *[]) { "person", NULL });
  check_bad_choice (record, "method");
  check_bad_choice (record, "consent");

  title = cr_record_dup_title (record);
  g_assert_cmpstr (title, ==, "Mother");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "Visit, 3 March 2026 · consent given · views sought · draft shared 1 June 2026");

  /* The draft is shared only with consent. */
  cr_record_set (record, "consent", "withdrawn");
  cr_test_assert_invalid (record, "Date the draft report was shared", "“Given”");
  cr_record_set (record, "consent", NULL);
  cr_test_assert_invalid (record, "Date the draft report was shared", "Consent to take part");

  /* Views sought before consent was withdrawn stay. */
  cr_record_set (record, "consent", "withdrawn");
  cr_record_set (record, "draft-shared-date", NULL);
  cr_record_set (record, "contact-made", "false");
  cr_test_assert_valid (record);
  subtitle2 = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle2, ==, "Visit, 3 March 2026 · no contact made · consent withdrawn · views sought");

  check_round_trip (record);
}

static void
test_case_pause (void)
{
  g_autoptr(CrRecord) record = CR_RECORD (cr_case_pause_new ());
  CrCasePause *pause = CR_CASE_PAUSE (record);
  g_autofree char *since = NULL;
  g_autofree char *period = NULL;
  g_autofree char *across = NULL;
  g_autofree char *subtitle = NULL;

  cr_record_set (record, "started", "2026-03-03");
  cr_record_set (record, "reason", "\n  Criminal trial set for September.  \nThe police asked us to wait.");
  cr_record_set (record, "look-again", "2026-09-30");
  cr_record_set (record, "process-id", "12");

  check_required (record, (const char *[]) { "started", "reason", NULL });
  g_assert_true (cr_case_pause_is_open (pause));

  since = cr_record_dup_title (record);
  g_assert_cmpstr (since, ==, "Paused since 3 March 2026");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "Criminal trial set for September.");

  cr_record_set (record, "ended", "2026-06-01");
  g_assert_false (cr_case_pause_is_open (pause));
  period = cr_record_dup_title (record);
  g_assert_cmpstr (period, ==, "Paused 3 March – 1 June 2026");

  cr_record_set (record, "started", "2025-12-01");
  cr_record_set (record, "ended", "2026-01-05");
  across = cr_record_dup_title (record);
  g_assert_cmpstr (across, ==, "Paused 1 December 2025 – 5 January 2026");

  /* Rules: after the start. */
  cr_record_set (record, "ended", "2025-11-30");
  cr_test_assert_invalid (record, "Date the review resumed", "Date the review was paused");
  cr_record_set (record, "ended", NULL);
  cr_record_set (record, "look-again", "2025-11-01");
  cr_test_assert_invalid (record, "Date to look at the pause again", "Date the review was paused");
  cr_record_set (record, "look-again", NULL);

  /* A stored pause from before reasons were asked for may have none. */
  cr_record_set (record, "reason", NULL);
  cr_test_assert_invalid (record, "reason for the pause", NULL);
  cr_record_set_id (record, 5);
  cr_test_assert_valid (record);
  cr_record_set_id (record, 0);
  cr_record_set (record, "reason", "Inquest.");

  check_round_trip (record);
}

/* ---- Parallel proceedings ------------------------------------------------ */

static void
test_parallel_process (void)
{
  g_autoptr(CrRecord) record = CR_RECORD (cr_parallel_process_new ());
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *other = NULL;
  g_autofree char *kind_only = NULL;

  /* Nothing recorded yet: the kind of record, no subtitle. */
  title = cr_record_dup_title (record);
  g_assert_cmpstr (title, ==, "Parallel process");
  g_assert_null (cr_record_dup_subtitle (record));

  /* The kind's label, never its nick. */
  cr_record_set (record, "kind", "criminal-trial");
  g_clear_pointer (&title, g_free);
  title = cr_record_dup_title (record);
  g_assert_cmpstr (title, ==, "Criminal trial");
  g_assert_null (cr_record_dup_subtitle (record));

  cr_record_set (record, "status", "ongoing");
  cr_record_set (record, "reference", "T20260001");
  cr_record_set (record, "review-date", "2026-03-03");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "Ongoing · ref T20260001 · look again on 3 March 2026");

  /* Parts not recorded are left out. */
  cr_record_set (record, "reference", NULL);
  g_clear_pointer (&subtitle, g_free);
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "Ongoing · look again on 3 March 2026");
  cr_record_set (record, "status", NULL);
  cr_record_set (record, "review-date", NULL);
  cr_record_set (record, "reference", "IOPC 2026/014");
  g_clear_pointer (&subtitle, g_free);
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "ref IOPC 2026/014");

  cr_record_set (record, "kind", "iopc");
  kind_only = cr_record_dup_title (record);
  g_assert_cmpstr (kind_only, ==, "IOPC investigation");

  /* "Other" says nothing in a list: the kind of record instead. */
  cr_record_set (record, "kind", "other");
  other = cr_record_dup_title (record);
  g_assert_cmpstr (other, ==, "Parallel process");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-records/record/defaults", test_record_defaults);
  g_test_add_func ("/review-records/record/kind-labels", test_kind_labels);
  g_test_add_func ("/review-records/reviewer", test_reviewer);
  g_test_add_func ("/review-records/terms-of-reference", test_terms_of_reference);
  g_test_add_func ("/review-records/panel-member", test_panel_member);
  g_test_add_func ("/review-records/milestone", test_milestone);
  g_test_add_func ("/review-records/milestone/plan", test_milestone_plan);
  g_test_add_func ("/review-records/evidence-request", test_evidence_request);
  g_test_add_func ("/review-records/evidence-request/state", test_evidence_state);
  g_test_add_func ("/review-records/evidence-request/reminder", test_evidence_reminder);
  g_test_add_func ("/review-records/document", test_document);
  g_test_add_func ("/review-records/document/sniff", test_document_sniff);
  g_test_add_func ("/review-records/document/for-file", test_document_for_file);
  g_test_add_func ("/review-records/meeting", test_meeting);
  g_test_add_func ("/review-records/family-contact", test_family_contact);
  g_test_add_func ("/review-records/case-pause", test_case_pause);
  g_test_add_func ("/review-records/parallel-process", test_parallel_process);

  return g_test_run ();
}
