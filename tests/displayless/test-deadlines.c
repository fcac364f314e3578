/* test-deadlines.c: deadline rules as data, the policy and the timeline */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-case.h"
#include "cr-case-register.h"
#include "cr-case-status.h"
#include "cr-deadline.h"
#include "cr-deadline-policy.h"
#include "cr-deadline-rules.h"
#include "cr-deadlines.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <string.h>

/*
 * Helpers
 */

static void
date_from (const char *iso,
           GDate      *date)
{
  if (!cr_date_parse_iso (iso, date))
    g_error ("bad test date %s", iso);
}

static GPtrArray *
list_as_of (CrCase           *kase,
            const char       *today_iso,
            CrDeadlinePolicy *policy)
{
  GDate today;

  date_from (today_iso, &today);
  return cr_case_list_deadlines_full (kase, &today, policy);
}

/* The deadline of rule @id in @list, or NULL. */
static CrDeadline *
find (GPtrArray  *list,
      const char *id)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (cr_deadline_get_rule_id (g_ptr_array_index (list, i)), id))
      return g_ptr_array_index (list, i);
  return NULL;
}

/* Asserts the rule's due date, state and days left as of @today_iso. */
static CrDeadline *
check (GPtrArray       *list,
       const char      *id,
       const char      *due,
       CrDeadlineState  state,
       int              days_left)
{
  CrDeadline *deadline = find (list, id);

  if (deadline == NULL)
    g_error ("no deadline %s", id);
  if (g_strcmp0 (cr_deadline_get_due_date (deadline), due) != 0 ||
      cr_deadline_get_state (deadline) != state ||
      cr_deadline_get_days_left (deadline) != days_left)
    g_error ("%s: due %s, state %s, days left %d; expected %s, %s, %d", id,
             cr_deadline_get_due_date (deadline),
             cr_deadline_state_to_nick (cr_deadline_get_state (deadline)),
             cr_deadline_get_days_left (deadline),
             due, cr_deadline_state_to_nick (state), days_left);
  return deadline;
}

static GArray *
closures_of (const char *first,
             ...) G_GNUC_NULL_TERMINATED;

static GArray *
closures_of (const char *first,
             ...)
{
  GArray *closures = g_array_new (FALSE, FALSE, sizeof (guint32));
  va_list ap;

  va_start (ap, first);
  for (const char *iso = first; iso != NULL; iso = va_arg (ap, const char *))
    {
      GDate date;
      guint32 jd;

      date_from (iso, &date);
      jd = g_date_get_julian (&date);
      g_array_append_val (closures, jd);
    }
  va_end (ap);

  return closures;
}

static CrCase *
make_case (CrCaseStatus status,
           CrReviewType review_type)
{
  CrCase *kase = cr_case_new ();

  cr_case_set_reference (kase, "CR-2024-001");
  cr_case_set_pseudonym (kase, "Child A");
  cr_case_set_status (kase, status);
  cr_case_set_review_type (kase, review_type);
  return kase;
}

/*
 * Rules as data
 */

static char *
dup_default_text (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data;

  bytes = g_resources_lookup_data ("/org/casereviews/CaseReviews/core/deadline-rules.ini",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  return g_strndup (data, size);
}

static void
test_rules_default (void)
{
  static const char *ids[] = {
    "notify-panel", "inform-partners", "rapid-review", "lcspr-publish",
    "prepublication-copies", "keep-available",
  };
  CrDeadlineRules *rules = cr_deadline_rules_get_default ();
  const char * const *labels = cr_deadline_rules_get_translatable_labels ();
  const CrDeadlineRule *rule;

  g_assert_cmpuint (cr_deadline_rules_get_n_rules (rules), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      rule = cr_deadline_rules_get_rule (rules, i);
      g_assert_cmpstr (rule->id, ==, ids[i]);
      g_assert_true (cr_deadline_rules_lookup (rules, ids[i]) == rule);
      g_assert_nonnull (rule->source);
      g_assert_nonnull (rule->edition);
    }
  g_assert_null (cr_deadline_rules_lookup (rules, "no-such-rule"));

  /* The data file and the N_() list agree, both ways */
  g_assert_cmpuint (g_strv_length ((char **) labels), ==, cr_deadline_rules_get_n_rules (rules));
  for (guint i = 0; i < cr_deadline_rules_get_n_rules (rules); i++)
    if (!g_strv_contains (labels, cr_deadline_rules_get_rule (rules, i)->label))
      g_error ("the label “%s” is not marked with N_() in cr-deadline-rules.c",
               cr_deadline_rules_get_rule (rules, i)->label);

  rule = cr_deadline_rules_lookup (rules, "notify-panel");
  g_assert_cmpstr (rule->anchor, ==, "aware-date");
  g_assert_cmpint (rule->unit, ==, CR_DEADLINE_UNIT_WORKING_DAYS);
  g_assert_cmpint (rule->count, ==, 5);
  g_assert_cmpstr (rule->done, ==, "notified-date");
  g_assert_cmpuint (rule->statuses, ==, (1u << CR_CASE_STATUS_REFERRED) |
                                         (1u << CR_CASE_STATUS_NOTIFICATION_DECISION));

  rule = cr_deadline_rules_lookup (rules, "rapid-review");
  g_assert_cmpstr (rule->anchor, ==, CR_DEADLINE_ANCHOR_RAPID_REVIEW_CLOCK);
  g_assert_cmpint (rule->count, ==, 15);

  rule = cr_deadline_rules_lookup (rules, "lcspr-publish");
  g_assert_cmpint (rule->unit, ==, CR_DEADLINE_UNIT_MONTHS);
  g_assert_cmpuint (rule->review_types, ==, 1u << CR_REVIEW_TYPE_LCSPR);

  rule = cr_deadline_rules_lookup (rules, "prepublication-copies");
  g_assert_cmpint (rule->count, ==, -7);
  g_assert_cmpstr (rule->anchor, ==, "planned-publication-date");

  rule = cr_deadline_rules_lookup (rules, "keep-available");
  g_assert_cmpint (rule->kind, ==, CR_DEADLINE_KIND_UNTIL);
  g_assert_cmpint (rule->unit, ==, CR_DEADLINE_UNIT_YEARS);
}

static void
test_rules_reparse (void)
{
  g_autofree char *text = dup_default_text ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CrDeadlineRules) rules = cr_deadline_rules_new_from_data (text, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (cr_deadline_rules_get_n_rules (rules), ==, 6);
}

#define GOOD_RULE \
  "[notify-panel]\n" \
  "label=Notify the Panel\n" \
  "anchor=aware-date\n" \
  "unit=working-days\n" \
  "count=5\n" \
  "source=GOV.UK\n" \
  "edition=WT2023\n"

static void
expect_rejected (const char *text,
                 const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrDeadlineRules) rules = cr_deadline_rules_new_from_data (text, &error);

  g_assert_null (rules);
  g_assert_nonnull (error);
  g_assert_true (error->domain == CR_DEADLINE_RULES_ERROR);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
}

static void
test_rules_malformed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrDeadlineRules) rules = cr_deadline_rules_new_from_data (GOOD_RULE, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (cr_deadline_rules_get_n_rules (rules), ==, 1);
  g_assert_cmpint (cr_deadline_rules_get_rule (rules, 0)->kind, ==, CR_DEADLINE_KIND_BY);
  g_assert_cmpuint (cr_deadline_rules_get_rule (rules, 0)->statuses, ==, 0);

  expect_rejected ("this is not a key file\n", "cannot be read");
  expect_rejected ("# only a comment\n", "no rule");
  expect_rejected (GOOD_RULE "[notify-panel]\nlabel=Again\n", "written twice");
  expect_rejected (GOOD_RULE "count=6\n", "gives “count” twice");
  expect_rejected (GOOD_RULE "colour=red\n", "unknown key “colour”");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=1\nsource=s\n",
                   "has no “edition”");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\nsource=s\nedition=e\n",
                   "has no “count”");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=\nsource=s\nedition=e\n",
                   "has no “count”");
  expect_rejected ("[Notify Panel]\nlabel=X\n", "not a valid deadline rule id");
  expect_rejected ("[x]\nlabel=X\nanchor=birthday\nunit=days\ncount=1\nsource=s\nedition=e\n",
                   "the anchor “birthday” is not a date of a case");
  expect_rejected ("[x]\nlabel=X\nanchor=reference\nunit=days\ncount=1\nsource=s\nedition=e\n",
                   "not a date of a case");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=fortnights\ncount=1\nsource=s\nedition=e\n",
                   "unknown unit “fortnights”");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=0\nsource=s\nedition=e\n",
                   "not 0");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=five\nsource=s\nedition=e\n",
                   "the count “five”");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=5000\nsource=s\nedition=e\n",
                   "from -1000 to 1000");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=1\nkind=after\nsource=s\nedition=e\n",
                   "unknown kind “after”");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=1\ndone=yesterday\nsource=s\nedition=e\n",
                   "“done” names “yesterday”");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=1\nstatuses=referred;waiting\nsource=s\nedition=e\n",
                   "“waiting” in “statuses” is not a case status");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=1\nnot-applicable=gone\nsource=s\nedition=e\n",
                   "“gone” in “not-applicable”");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=1\nreview-types=scr\nsource=s\nedition=e\n",
                   "“scr” in “review-types” is not a review type");
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=1\nstatuses=referred\n"
                   "not-applicable=referred\nsource=s\nedition=e\n",
                   "both in “statuses” and in “not-applicable”");
  expect_rejected ("[x]\nlabel=X\xff\n", "UTF-8");

  /* The clock token is an anchor, not a done date */
  expect_rejected ("[x]\nlabel=X\nanchor=aware-date\nunit=days\ncount=1\ndone=@rapid-review-clock\nsource=s\nedition=e\n",
                   "not a date of a case");
}

/*
 * Each rule's due date
 */

static void
test_notify_and_inform (void)
{
  g_autoptr(CrDeadlinePolicy) policy = cr_deadline_policy_new ();
  g_autoptr(CrCase) kase = make_case (CR_CASE_STATUS_REFERRED, CR_REVIEW_TYPE_UNDECIDED);
  g_autoptr(GPtrArray) list = NULL;
  const char *closed[] = { "2022-12-23", NULL };
  CrDeadline *deadline;

  /* Thursday 22 Dec 2022 + 5 working days: 23 Dec, (26, 27 Christmas
   * holidays), 28, 29, 30 Dec, (2 Jan New Year substitute), 3 Jan */
  cr_case_set_aware_date (kase, "2022-12-22");
  list = list_as_of (kase, "2022-12-22", policy);
  deadline = check (list, "notify-panel", "2023-01-03", CR_DEADLINE_STATE_OPEN, 5);
  g_assert_true (cr_deadline_get_counts_working_days (deadline));
  g_assert_cmpstr (cr_deadline_get_label (deadline), ==, "Notify the Panel");
  g_assert_cmpstr (cr_deadline_get_anchor_date (deadline), ==, "2022-12-22");
  g_assert_cmpstr (cr_deadline_get_explanation (deadline), ==,
                   "5 working days from the local authority becoming aware on 22 December 2022");
  check (list, "inform-partners", "2023-01-03", CR_DEADLINE_STATE_OPEN, 5);
  /* Waiting for the rest; in rule order after the dated ones */
  deadline = check (list, "rapid-review", NULL, CR_DEADLINE_STATE_WAITING, 0);
  g_assert_cmpstr (cr_deadline_get_explanation (deadline), ==,
                   "15 working days from the notification to the Panel, once its date is recorded");
  g_assert_cmpstr (cr_deadline_get_rule_id (g_ptr_array_index (list, 0)), ==, "notify-panel");
  g_assert_cmpstr (cr_deadline_get_rule_id (g_ptr_array_index (list, 1)), ==, "inform-partners");
  g_assert_cmpstr (cr_deadline_get_rule_id (g_ptr_array_index (list, 2)), ==, "rapid-review");
  g_assert_cmpstr (cr_deadline_get_rule_id (g_ptr_array_index (list, 5)), ==, "keep-available");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Due soon, due today, overdue */
  list = list_as_of (kase, "2022-12-29", policy);
  check (list, "notify-panel", "2023-01-03", CR_DEADLINE_STATE_DUE_SOON, 2);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = list_as_of (kase, "2023-01-03", policy);
  deadline = check (list, "notify-panel", "2023-01-03", CR_DEADLINE_STATE_DUE_SOON, 0);
  {
    g_autofree char *status = cr_deadline_format_status (deadline);
    g_assert_cmpstr (status, ==, "Due today");
  }
  g_clear_pointer (&list, g_ptr_array_unref);
  list = list_as_of (kase, "2023-01-05", policy);
  deadline = check (list, "notify-panel", "2023-01-03", CR_DEADLINE_STATE_OVERDUE, -2);
  {
    g_autofree char *status = cr_deadline_format_status (deadline);
    g_assert_cmpstr (status, ==, "2 working days overdue");
  }
  g_clear_pointer (&list, g_ptr_array_unref);

  /* A closure day on Friday 23 Dec moves it a working day */
  cr_deadline_policy_set_closure_dates (policy, closed);
  list = list_as_of (kase, "2022-12-22", policy);
  check (list, "notify-panel", "2023-01-04", CR_DEADLINE_STATE_OPEN, 5);
  g_clear_pointer (&list, g_ptr_array_unref);
  cr_deadline_policy_set_closure_dates (policy, NULL);

  /* Met, and met late */
  cr_case_set_notified_date (kase, "2023-01-03");
  cr_case_set_partners_informed_date (kase, "2023-01-04");
  list = list_as_of (kase, "2023-01-10", policy);
  deadline = check (list, "notify-panel", "2023-01-03", CR_DEADLINE_STATE_MET, 0);
  g_assert_cmpstr (cr_deadline_get_done_date (deadline), ==, "2023-01-03");
  {
    g_autofree char *status = cr_deadline_format_status (deadline);
    g_assert_cmpstr (status, ==, "Met on 3 Jan 2023");
  }
  deadline = check (list, "inform-partners", "2023-01-03", CR_DEADLINE_STATE_MET_LATE, 0);
  {
    g_autofree char *status = cr_deadline_format_status (deadline);
    g_assert_cmpstr (status, ==, "Met late on 4 Jan 2023");
  }
}

static void
test_rapid_review_clock (void)
{
  g_autoptr(CrDeadlinePolicy) policy = cr_deadline_policy_new ();
  g_autoptr(CrCase) kase = make_case (CR_CASE_STATUS_RAPID_REVIEW, CR_REVIEW_TYPE_UNDECIDED);
  g_autoptr(GPtrArray) list = NULL;
  CrDeadline *deadline;

  /* Over Easter 2023 (Good Friday 7, Easter Monday 10 April) */
  cr_case_set_aware_date (kase, "2023-03-30");
  cr_case_set_notified_date (kase, "2023-04-03");

  g_assert_cmpint (cr_deadline_policy_get_rapid_review_clock_start (policy), ==,
                   CR_RAPID_REVIEW_CLOCK_NOTIFICATION);
  list = list_as_of (kase, "2023-04-14", policy);
  deadline = check (list, "rapid-review", "2023-04-26", CR_DEADLINE_STATE_OPEN, 8);
  g_assert_cmpstr (cr_deadline_get_explanation (deadline), ==,
                   "15 working days from the notification to the Panel on 3 April 2023");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* From the local authority becoming aware instead: Thursday 30 March
   * + 15 working days, Easter skipped, is Monday 24 April */
  cr_deadline_policy_set_rapid_review_clock_start (policy, CR_RAPID_REVIEW_CLOCK_AWARENESS);
  list = list_as_of (kase, "2023-04-14", policy);
  deadline = check (list, "rapid-review", "2023-04-24", CR_DEADLINE_STATE_OPEN, 6);
  g_assert_cmpstr (cr_deadline_get_anchor_date (deadline), ==, "2023-03-30");
  g_assert_cmpstr (cr_deadline_get_explanation (deadline), ==,
                   "15 working days from the local authority becoming aware on 30 March 2023");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Sent to the Panel on time */
  cr_case_set_rr_sent_date (kase, "2023-04-21");
  list = list_as_of (kase, "2023-05-10", policy);
  check (list, "rapid-review", "2023-04-24", CR_DEADLINE_STATE_MET, 0);
}

static void
test_lcspr_and_publication (void)
{
  g_autoptr(CrDeadlinePolicy) policy = cr_deadline_policy_new ();
  g_autoptr(CrCase) kase = make_case (CR_CASE_STATUS_LCSPR_SIGN_OFF, CR_REVIEW_TYPE_LCSPR);
  g_autoptr(GPtrArray) list = NULL;
  const char *closed[] = { "2025-12-24", NULL };
  CrDeadline *deadline;

  /* Six calendar months, clamped to the end of February */
  cr_case_set_decision_date (kase, "2023-08-31");
  list = list_as_of (kase, "2024-02-01", policy);
  deadline = check (list, "lcspr-publish", "2024-02-29", CR_DEADLINE_STATE_OPEN, 28);
  g_assert_false (cr_deadline_get_counts_working_days (deadline));
  {
    g_autofree char *status = cr_deadline_format_status (deadline);
    g_assert_cmpstr (status, ==, "28 days left");
  }
  check (list, "prepublication-copies", NULL, CR_DEADLINE_STATE_WAITING, 0);
  check (list, "keep-available", NULL, CR_DEADLINE_STATE_WAITING, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Copies 7 working days before the planned publication, Tuesday
   * 6 January 2026: back over New Year's Day and Christmas to 23 Dec */
  cr_case_set_planned_publication_date (kase, "2026-01-06");
  list = list_as_of (kase, "2025-12-01", policy);
  deadline = check (list, "prepublication-copies", "2025-12-23", CR_DEADLINE_STATE_OPEN, 16);
  g_assert_cmpstr (cr_deadline_get_explanation (deadline), ==,
                   "7 working days before the planned publication on 6 January 2026");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Closed on Christmas Eve as well: one working day earlier */
  cr_deadline_policy_set_closure_dates (policy, closed);
  cr_case_set_copies_sent_date (kase, "2025-12-22");
  list = list_as_of (kase, "2026-01-02", policy);
  check (list, "prepublication-copies", "2025-12-22", CR_DEADLINE_STATE_MET, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Published late; then kept available for a year */
  cr_case_set_status (kase, CR_CASE_STATUS_PUBLISHED);
  cr_case_set_publication_date (kase, "2024-03-05");
  list = list_as_of (kase, "2024-03-06", policy);
  check (list, "lcspr-publish", "2024-02-29", CR_DEADLINE_STATE_MET_LATE, 0);
  deadline = check (list, "keep-available", "2025-03-05", CR_DEADLINE_STATE_OPEN, 364);
  g_assert_cmpint (cr_deadline_get_kind (deadline), ==, CR_DEADLINE_KIND_UNTIL);
  g_assert_cmpstr (cr_deadline_get_explanation (deadline), ==,
                   "At least 1 year from publication on 5 March 2024");
  {
    g_autofree char *status = cr_deadline_format_status (deadline);
    g_assert_cmpstr (status, ==, "364 days to go");
  }
  g_clear_pointer (&list, g_ptr_array_unref);

  list = list_as_of (kase, "2025-03-05", policy);
  deadline = check (list, "keep-available", "2025-03-05", CR_DEADLINE_STATE_MET, 0);
  {
    g_autofree char *status = cr_deadline_format_status (deadline);
    g_assert_cmpstr (status, ==, "Period ended on 5 Mar 2025");
  }
}

/* Rules for other review types do not apply; a not-notifiable case does
 * not need the notification or the rapid review. */
static void
test_applicability (void)
{
  g_autoptr(CrDeadlinePolicy) policy = cr_deadline_policy_new ();
  g_autoptr(CrCase) kase = make_case (CR_CASE_STATUS_NO_FURTHER_REVIEW, CR_REVIEW_TYPE_RAPID_REVIEW_ONLY);
  g_autoptr(GPtrArray) list = NULL;
  CrDeadline *deadline;

  cr_case_set_aware_date (kase, "2024-01-08");
  cr_case_set_notified_date (kase, "2024-01-10");
  cr_case_set_rr_sent_date (kase, "2024-01-30");
  list = list_as_of (kase, "2024-03-01", policy);
  g_assert_null (find (list, "lcspr-publish"));
  g_assert_null (find (list, "prepublication-copies"));
  check (list, "notify-panel", "2024-01-15", CR_DEADLINE_STATE_MET, 0);
  /* Moved on without recording when the partners were told */
  deadline = check (list, "inform-partners", "2024-01-15", CR_DEADLINE_STATE_MET, 0);
  g_assert_null (cr_deadline_get_done_date (deadline));
  g_assert_nonnull (strstr (cr_deadline_get_explanation (deadline), "record the date"));
  {
    g_autofree char *status = cr_deadline_format_status (deadline);
    g_assert_cmpstr (status, ==, "Done, date not recorded");
  }
  g_clear_pointer (&list, g_ptr_array_unref);
  g_clear_object (&kase);

  kase = make_case (CR_CASE_STATUS_NOT_NOTIFIABLE, CR_REVIEW_TYPE_UNDECIDED);
  cr_case_set_aware_date (kase, "2024-01-08");
  list = list_as_of (kase, "2024-03-01", policy);
  deadline = check (list, "notify-panel", "2024-01-15", CR_DEADLINE_STATE_NOT_APPLICABLE, 0);
  {
    g_autofree char *status = cr_deadline_format_status (deadline);
    g_assert_cmpstr (status, ==, "Not needed");
  }
  check (list, "rapid-review", NULL, CR_DEADLINE_STATE_NOT_APPLICABLE, 0);
  check (list, "lcspr-publish", NULL, CR_DEADLINE_STATE_NOT_APPLICABLE, 0);
  /* Not applicable sorts last */
  g_assert_cmpint (cr_deadline_get_state (g_ptr_array_index (list, list->len - 1)), ==,
                   CR_DEADLINE_STATE_NOT_APPLICABLE);
  g_assert_cmpint (cr_deadline_get_state (g_ptr_array_index (list, 0)), !=,
                   CR_DEADLINE_STATE_NOT_APPLICABLE);
}

/*
 * Pauses
 */

static void
test_pauses (void)
{
  g_autoptr(CrDeadlinePolicy) policy = cr_deadline_policy_new ();
  g_autoptr(CrCase) kase = make_case (CR_CASE_STATUS_LCSPR_ANALYSIS, CR_REVIEW_TYPE_LCSPR);
  g_autoptr(GPtrArray) list = NULL;
  CrDeadline *deadline;
  GDate today, due;
  const char *label = NULL;
  int days_left = 0;

  /* 15 Jan + 6 months = 15 July; paused through March (the pause ended
   * on 1 April, when the review resumed): 31 days later */
  cr_case_set_decision_date (kase, "2024-01-15");
  cr_case_set_pauses (kase, "2024-03-01..2024-04-01");
  list = list_as_of (kase, "2024-05-01", policy);
  deadline = check (list, "lcspr-publish", "2024-08-15", CR_DEADLINE_STATE_OPEN, 106);
  g_assert_cmpint (cr_deadline_get_paused_days (deadline), ==, 31);
  g_assert_cmpstr (cr_deadline_get_explanation (deadline), ==,
                   "6 months from the review decision on 15 January 2024, plus 31 days while the review was paused");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* The case's own next deadline follows */
  date_from ("2024-05-01", &today);
  g_assert_true (cr_case_compute_next_deadline (kase, &today, &due, &label, &days_left));
  g_assert_cmpint (g_date_get_month (&due), ==, 8);
  g_assert_cmpint (g_date_get_day (&due), ==, 15);
  g_assert_cmpint (days_left, ==, 106);

  /* Paused again since 1 May and still paused on 1 June: the clock stands,
   * the due date moves on with every paused day */
  cr_case_set_status (kase, CR_CASE_STATUS_PAUSED);
  cr_case_set_paused_from (kase, CR_CASE_STATUS_LCSPR_ANALYSIS);
  cr_case_set_pauses (kase, "2024-03-01..2024-04-01;2024-05-01..");
  list = list_as_of (kase, "2024-06-01", policy);
  deadline = check (list, "lcspr-publish", "2024-09-16", CR_DEADLINE_STATE_STOPPED, 107);
  g_assert_cmpint (cr_deadline_get_paused_days (deadline), ==, 63);
  {
    g_autofree char *status = cr_deadline_format_status (deadline);
    g_assert_cmpstr (status, ==, "Stopped while paused");
  }
  g_clear_pointer (&list, g_ptr_array_unref);
  list = list_as_of (kase, "2024-06-02", policy);
  check (list, "lcspr-publish", "2024-09-17", CR_DEADLINE_STATE_STOPPED, 107);
  g_clear_pointer (&list, g_ptr_array_unref);
  /* Paused cases have no next deadline */
  g_assert_false (cr_case_compute_next_deadline (kase, &today, NULL, NULL, NULL));

  /* Paused without known periods: stopped, not extended */
  cr_case_set_pauses (kase, NULL);
  list = list_as_of (kase, "2024-06-01", policy);
  check (list, "lcspr-publish", "2024-07-15", CR_DEADLINE_STATE_STOPPED, 44);
  g_clear_pointer (&list, g_ptr_array_unref);
  /* … even when the due date has passed: when the pause began is not known */
  list = list_as_of (kase, "2024-08-01", policy);
  check (list, "lcspr-publish", "2024-07-15", CR_DEADLINE_STATE_STOPPED, -17);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* A deadline missed before the pause began stays overdue */
  cr_case_set_pauses (kase, "2024-08-01..");
  list = list_as_of (kase, "2024-09-01", policy);
  check (list, "lcspr-publish", "2024-07-15", CR_DEADLINE_STATE_OVERDUE, -48);
}

static void
test_pauses_working_days (void)
{
  g_autoptr(CrDeadlinePolicy) policy = cr_deadline_policy_new ();
  g_autoptr(CrCase) kase = make_case (CR_CASE_STATUS_RAPID_REVIEW, CR_REVIEW_TYPE_UNDECIDED);
  g_autoptr(GPtrArray) list = NULL;
  CrDeadline *deadline;

  /* Paused on Wednesday 12 and Thursday 13 April 2023 (resumed on the
   * 14th): two more working days, Wednesday 26 -> Friday 28 */
  cr_case_set_notified_date (kase, "2023-04-03");
  cr_case_set_pauses (kase, "2023-04-12..2023-04-14");
  list = list_as_of (kase, "2023-04-17", policy);
  deadline = check (list, "rapid-review", "2023-04-28", CR_DEADLINE_STATE_OPEN, 9);
  g_assert_cmpint (cr_deadline_get_paused_days (deadline), ==, 2);
  g_assert_cmpstr (cr_deadline_get_explanation (deadline), ==,
                   "15 working days from the notification to the Panel on 3 April 2023, "
                   "plus 2 working days while the review was paused");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* A pause before the anchor, or after the due date, changes nothing */
  cr_case_set_pauses (kase, "2023-03-01..2023-03-10;2023-05-01..2023-05-05");
  list = list_as_of (kase, "2023-04-17", policy);
  deadline = check (list, "rapid-review", "2023-04-26", CR_DEADLINE_STATE_OPEN, 7);
  g_assert_cmpint (cr_deadline_get_paused_days (deadline), ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Unreadable periods are left out */
  cr_case_set_pauses (kase, "garbage;2023-04-20..2023-04-10;..;2023-04-12..2023-04-14");
  list = list_as_of (kase, "2023-04-17", policy);
  check (list, "rapid-review", "2023-04-28", CR_DEADLINE_STATE_OPEN, 9);
}

/*
 * The next deadline, per status
 */

static void
check_next (CrCase     *kase,
            const char *today_iso,
            const char *expected_due,
            const char *expected_label,
            int         expected_days_left)
{
  g_autofree char *due_iso = NULL;
  const char *label = NULL;
  int days_left = 0;
  GDate today, due;

  date_from (today_iso, &today);
  if (!cr_case_compute_next_deadline (kase, &today, &due, &label, &days_left))
    {
      if (expected_due != NULL)
        g_error ("%s: no next deadline, expected %s",
                 cr_case_status_to_nick (cr_case_get_status (kase)), expected_due);
      return;
    }

  due_iso = cr_date_to_iso (&due);
  if (expected_due == NULL)
    g_error ("%s: next deadline %s, expected none",
             cr_case_status_to_nick (cr_case_get_status (kase)), due_iso);
  g_assert_cmpstr (due_iso, ==, expected_due);
  g_assert_cmpstr (label, ==, expected_label);
  g_assert_cmpint (days_left, ==, expected_days_left);

  cr_case_refresh_deadline (kase, &today);
  g_assert_cmpstr (cr_case_get_next_deadline (kase), ==, expected_due);
  g_assert_cmpstr (cr_case_get_next_deadline_label (kase), ==, expected_label);
}

static void
test_next_deadline (void)
{
  g_autoptr(CrCase) kase = make_case (CR_CASE_STATUS_REFERRED, CR_REVIEW_TYPE_UNDECIDED);

  /* Two rules fall due together: the first in the rules wins */
  cr_case_set_aware_date (kase, "2022-12-22");
  check_next (kase, "2022-12-22", "2023-01-03", "Notify the Panel", 5);
  g_assert_true (cr_case_next_deadline_counts_working_days (kase));
  /* The Panel notified: the report to the partners is next */
  cr_case_set_notified_date (kase, "2022-12-28");
  check_next (kase, "2022-12-29", "2023-01-03", "Report to the safeguarding partners", 2);
  cr_case_set_partners_informed_date (kase, "2022-12-29");
  check_next (kase, "2022-12-29", NULL, NULL, 0);

  /* Notified: the rapid review */
  cr_case_set_status (kase, CR_CASE_STATUS_NOTIFIED);
  /* Wednesday 28 Dec 2022 + 15 working days, 2 Jan being a holiday */
  check_next (kase, "2022-12-29", "2023-01-19", "Complete the rapid review", 14);
  cr_case_set_status (kase, CR_CASE_STATUS_RAPID_REVIEW);
  cr_case_set_rr_sent_date (kase, "2023-01-19");
  check_next (kase, "2023-01-19", NULL, NULL, 0);
  cr_case_set_status (kase, CR_CASE_STATUS_AWAITING_PANEL);
  check_next (kase, "2023-01-19", NULL, NULL, 0);
  /* Decided, the report not yet sent: the rapid review is still due */
  cr_case_set_rr_sent_date (kase, NULL);
  cr_case_set_status (kase, CR_CASE_STATUS_RAPID_REVIEW_DECISION);
  check_next (kase, "2023-01-18", "2023-01-19", "Complete the rapid review", 1);
  /* An LCSPR decided and the report sent: its 6 months run while the
   * Panel considers the decision */
  cr_case_set_rr_sent_date (kase, "2023-01-19");
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);
  cr_case_set_decision_date (kase, "2023-01-18");
  cr_case_set_status (kase, CR_CASE_STATUS_AWAITING_PANEL);
  check_next (kase, "2023-01-19", "2023-07-18", "Complete and publish the review", 180);

  /* The LCSPR: 6 months, then the copies before publication, which come
   * first once the planned date is known (Monday 3 June 2024: back over
   * the spring bank holiday of 27 May to Wednesday 22 May) */
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_COMMISSIONING);
  cr_case_set_decision_date (kase, "2024-01-15");
  check_next (kase, "2024-01-15", "2024-07-15", "Complete and publish the review", 182);
  g_assert_false (cr_case_next_deadline_counts_working_days (kase));
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_SIGN_OFF);
  cr_case_set_planned_publication_date (kase, "2024-06-03");
  check_next (kase, "2024-05-20", "2024-05-22",
              "Send the final report to the Panel and the Secretary of State", 2);
  g_assert_true (cr_case_next_deadline_counts_working_days (kase));
  /* The planned date is not a rule of the commissioning stage */
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_EVIDENCE);
  check_next (kase, "2024-05-20", "2024-07-15", "Complete and publish the review", 56);

  /* Published: the report stays available for a year */
  cr_case_set_status (kase, CR_CASE_STATUS_PUBLISHED);
  cr_case_set_publication_date (kase, "2024-05-31");
  check_next (kase, "2024-06-01", "2025-05-31", "Keep the report available until", 364);
  cr_case_set_status (kase, CR_CASE_STATUS_DISSEMINATION);
  check_next (kase, "2024-06-01", "2025-05-31", "Keep the report available until", 364);
  check_next (kase, "2025-06-01", NULL, NULL, 0);
  cr_case_set_status (kase, CR_CASE_STATUS_CLOSED);
  check_next (kase, "2024-06-01", NULL, NULL, 0);

  /* Closures given by the caller rather than the policy */
  {
    g_autoptr(CrCase) referred = make_case (CR_CASE_STATUS_REFERRED, CR_REVIEW_TYPE_UNDECIDED);
    g_autoptr(GArray) closures = closures_of ("2022-12-23", "2022-12-28", NULL);
    GDate today, due;
    int days_left = 0;

    cr_case_set_aware_date (referred, "2022-12-22");
    date_from ("2022-12-22", &today);
    g_assert_true (cr_case_compute_next_deadline_full (referred, &today, closures, &due, NULL, &days_left));
    g_assert_cmpint (g_date_get_day (&due), ==, 5);
    g_assert_cmpint (days_left, ==, 5);
    g_assert_true (cr_case_compute_next_deadline_full (referred, &today, NULL, &due, NULL, &days_left));
    g_assert_cmpint (g_date_get_day (&due), ==, 3);
  }

  g_assert_true (cr_deadline_counts_working_days (CR_CASE_STATUS_REFERRED));
  g_assert_true (cr_deadline_counts_working_days (CR_CASE_STATUS_RAPID_REVIEW));
  g_assert_false (cr_deadline_counts_working_days (CR_CASE_STATUS_LCSPR_ANALYSIS));
  g_assert_false (cr_deadline_counts_working_days (CR_CASE_STATUS_CLOSED));
}

/*
 * The policy
 */

static void
on_changed_cb (CrDeadlinePolicy *policy,
               guint            *count)
{
  (*count)++;
}

static void
test_policy (void)
{
  g_autoptr(CrDeadlinePolicy) policy = cr_deadline_policy_new ();
  const char *dates[] = { "2026-01-05", "not a date", "2025-12-24", "2026-01-05", "2026-02-30", NULL };
  const char *expected[] = { "2025-12-24", "2026-01-05", NULL };
  g_autoptr(GArray) closures = NULL;
  g_auto(GStrv) from_property = NULL;
  guint changed = 0;
  GDate date;

  g_signal_connect (policy, "changed", G_CALLBACK (on_changed_cb), &changed);

  cr_deadline_policy_set_closure_dates (policy, dates);
  g_assert_true (g_strv_equal (cr_deadline_policy_get_closure_dates (policy), expected));
  g_assert_cmpuint (changed, ==, 1);
  g_object_get (policy, "closures", &from_property, NULL);
  g_assert_true (g_strv_equal ((const char * const *) from_property, expected));

  closures = cr_deadline_policy_get_closures (policy);
  g_assert_cmpuint (closures->len, ==, 2);
  date_from ("2025-12-24", &date);
  g_assert_cmpuint (g_array_index (closures, guint32, 0), ==, g_date_get_julian (&date));
  g_assert_cmpuint (g_array_index (closures, guint32, 0), <, g_array_index (closures, guint32, 1));

  /* The same dates again: no change */
  cr_deadline_policy_set_closure_dates (policy, expected);
  g_assert_cmpuint (changed, ==, 1);

  g_object_set (policy, "rapid-review-clock-start", CR_RAPID_REVIEW_CLOCK_AWARENESS, NULL);
  g_assert_cmpuint (changed, ==, 2);
  cr_deadline_policy_set_rapid_review_clock_start (policy, CR_RAPID_REVIEW_CLOCK_AWARENESS);
  g_assert_cmpuint (changed, ==, 2);

  /* The array handed out earlier is not changed by a later change */
  cr_deadline_policy_set_closure_dates (policy, NULL);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpuint (closures->len, ==, 2);
  g_clear_pointer (&closures, g_array_unref);
  closures = cr_deadline_policy_get_closures (policy);
  g_assert_cmpuint (closures->len, ==, 0);

  /* A new day: everything is counted again */
  cr_deadline_policy_day_changed (policy);
  g_assert_cmpuint (changed, ==, 4);
}

static void
test_policy_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(CrDeadlinePolicy) policy = cr_deadline_policy_new ();
  g_autoptr(CrDeadlinePolicy) loaded = cr_deadline_policy_new ();
  const char *dates[] = { "2026-12-29", "bad", "2026-12-24", NULL };
  const char *expected[] = { "2026-12-24", "2026-12-29", NULL };
  guint changed = 0;

  schema = source != NULL ? g_settings_schema_source_lookup (source, "org.casereviews.CaseReviews", TRUE) : NULL;
  if (schema == NULL || !g_settings_schema_has_key (schema, "closure-days"))
    {
      g_test_skip ("the compiled settings schema is not available (GSETTINGS_SCHEMA_DIR)");
      return;
    }

  settings = g_settings_new_full (schema, NULL, NULL);
  g_settings_reset (settings, "closure-days");
  g_settings_reset (settings, "rapid-review-clock-start");

  cr_deadline_policy_bind_settings (policy, settings);
  g_signal_connect (policy, "changed", G_CALLBACK (on_changed_cb), &changed);

  g_settings_set_strv (settings, "closure-days", dates);
  g_assert_true (g_strv_equal (cr_deadline_policy_get_closure_dates (policy), expected));
  g_assert_cmpuint (changed, ==, 1);
  /* The policy never writes the settings back */
  {
    g_auto(GStrv) stored = g_settings_get_strv (settings, "closure-days");
    g_assert_true (g_strv_equal ((const char * const *) stored, dates));
  }

  g_settings_set_string (settings, "rapid-review-clock-start", "awareness");
  g_assert_cmpint (cr_deadline_policy_get_rapid_review_clock_start (policy), ==,
                   CR_RAPID_REVIEW_CLOCK_AWARENESS);
  g_assert_cmpuint (changed, ==, 2);

  /* Read once, as the command line tool does */
  g_assert_true (cr_deadline_policy_load_settings (loaded));
  g_assert_true (g_strv_equal (cr_deadline_policy_get_closure_dates (loaded), expected));
  g_assert_cmpint (cr_deadline_policy_get_rapid_review_clock_start (loaded), ==,
                   CR_RAPID_REVIEW_CLOCK_AWARENESS);

  g_settings_reset (settings, "closure-days");
  g_settings_reset (settings, "rapid-review-clock-start");
  g_assert_cmpint (cr_deadline_policy_get_rapid_review_clock_start (policy), ==,
                   CR_RAPID_REVIEW_CLOCK_NOTIFICATION);
}

typedef struct
{
  guint deadline_notifies;
} Observer;

static void
on_next_deadline_cb (CrCase     *kase,
                     GParamSpec *pspec,
                     Observer   *observer)
{
  observer->deadline_notifies++;
}

/* A change of the default policy moves the deadlines of every case in a
 * register: those observed at once, the others when next read. */
static void
test_policy_refreshes_register (void)
{
  CrDeadlinePolicy *policy = cr_deadline_policy_get_default ();
  g_autoptr(CrCaseRegister) reg = cr_case_register_new ();
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) none = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 60);
  g_autofree char *next_month = g_date_time_format (later, "%Y-%m-%d");
  const char *closed[] = { NULL, NULL };
  CrCase *observed, *unobserved;
  g_autofree char *before_observed = NULL;
  g_autofree char *before_unobserved = NULL;
  Observer observer = { 0 };
  GDate anchor, due;

  /* Aware 60 days ahead (a future date keeps the deadline open): closing
   * the partnership on the first working day after it moves the due date
   * by one working day. */
  observed = make_case (CR_CASE_STATUS_REFERRED, CR_REVIEW_TYPE_UNDECIDED);
  unobserved = make_case (CR_CASE_STATUS_REFERRED, CR_REVIEW_TYPE_UNDECIDED);
  cr_case_set_id (observed, 1);
  cr_case_set_id (unobserved, 2);
  cr_case_set_aware_date (observed, next_month);
  cr_case_set_aware_date (unobserved, next_month);
  g_ptr_array_add (cases, observed);
  g_ptr_array_add (cases, unobserved);
  cr_case_register_set_cases (reg, cases);

  before_observed = g_strdup (cr_case_get_next_deadline (observed));
  before_unobserved = g_strdup (cr_case_get_next_deadline (unobserved));
  g_assert_nonnull (before_observed);
  g_signal_connect (observed, "notify::next-deadline", G_CALLBACK (on_next_deadline_cb), &observer);

  date_from (next_month, &anchor);
  cr_working_days_add (&anchor, 1, NULL, &due);
  closed[0] = cr_date_to_iso (&due);
  cr_deadline_policy_set_closure_dates (policy, closed);

  g_assert_cmpuint (observer.deadline_notifies, ==, 1);
  g_assert_cmpstr (cr_case_get_next_deadline (observed), >, before_observed);
  g_assert_cmpstr (cr_case_get_next_deadline (unobserved), >, before_unobserved);
  g_assert_cmpstr (cr_case_get_next_deadline (unobserved), ==, cr_case_get_next_deadline (observed));

  /* Back to no closures, for the other tests */
  cr_deadline_policy_set_closure_dates (policy, NULL);
  g_assert_cmpuint (observer.deadline_notifies, ==, 2);
  g_assert_cmpstr (cr_case_get_next_deadline (observed), ==, before_observed);
  none = cr_deadline_policy_get_closures (policy);
  g_assert_cmpuint (none->len, ==, 0);
  g_free ((char *) closed[0]);
}

/*
 * Dates typed by users, and the new dates of a case
 */

static void
check_input (const char *text,
             const char *expected_iso,
             const char *expected_fragment)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  if (expected_iso != NULL)
    {
      g_autofree char *iso = NULL;

      g_assert_true (cr_deadline_parse_date_input (text, &date, &error));
      g_assert_no_error (error);
      iso = cr_date_to_iso (&date);
      g_assert_cmpstr (iso, ==, expected_iso);
      return;
    }

  g_assert_false (cr_deadline_parse_date_input (text, &date, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  if (strstr (error->message, expected_fragment) == NULL)
    g_error ("“%s”: “%s” does not say “%s”", text, error->message, expected_fragment);
}

static void
test_date_input (void)
{
  check_input ("2026-03-14", "2026-03-14", NULL);
  check_input ("  14/03/2026 ", "2026-03-14", NULL);
  check_input ("1/2/2026", "2026-02-01", NULL);
  check_input ("29/02/2024", "2024-02-29", NULL);
  check_input ("29/02/2023", NULL, "There is no day");
  check_input ("2026-02-30", NULL, "There is no day");
  check_input ("14-03-2026", NULL, "YYYY-MM-DD");
  check_input ("14/3/26", NULL, "DD/MM/YYYY");
  check_input ("tomorrow", NULL, "is not a date");
  check_input ("", NULL, "Enter a date");
  check_input (NULL, NULL, "Enter a date");
  check_input ("31/12/1899", NULL, "before 1900");
}

static void
expect_invalid (CrCase     *kase,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cr_case_validate (kase, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
}

static void
test_validate_step_dates (void)
{
  g_autoptr(CrCase) kase = make_case (CR_CASE_STATUS_LCSPR_SIGN_OFF, CR_REVIEW_TYPE_LCSPR);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) future = g_date_time_add_days (now, 30);
  g_autofree char *future_iso = g_date_time_format (future, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;

  cr_case_set_aware_date (kase, "2024-01-08");
  cr_case_set_notified_date (kase, "2024-01-10");
  cr_case_set_decision_date (kase, "2024-02-01");
  cr_case_set_partners_informed_date (kase, "2024-01-09");
  cr_case_set_rr_sent_date (kase, "2024-01-31");
  /* A planned publication may be in the future */
  cr_case_set_planned_publication_date (kase, future_iso);
  g_assert_true (cr_case_validate (kase, &error));
  g_assert_no_error (error);

  cr_case_set_partners_informed_date (kase, "2024-01-05");
  expect_invalid (kase, "“Partners informed date” (5 Jan 2024) is before “Aware date” (8 Jan 2024)");
  cr_case_set_partners_informed_date (kase, "2024-01-08");

  cr_case_set_rr_sent_date (kase, "2024-01-09");
  expect_invalid (kase, "“Rapid review sent date” (9 Jan 2024) is before “Notification date”");
  cr_case_set_rr_sent_date (kase, "2024-02-30");
  expect_invalid (kase, "Rapid review sent date");
  cr_case_set_rr_sent_date (kase, NULL);

  cr_case_set_planned_publication_date (kase, "2024-01-31");
  expect_invalid (kase, "“Planned publication date” (31 Jan 2024) is before “Decision date”");
  cr_case_set_planned_publication_date (kase, future_iso);

  cr_case_set_copies_sent_date (kase, future_iso);
  expect_invalid (kase, "in the future");
  cr_case_set_copies_sent_date (kase, "2024-06-01");
  g_assert_true (cr_case_validate (kase, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deadlines/rules/default", test_rules_default);
  g_test_add_func ("/deadlines/rules/reparse", test_rules_reparse);
  g_test_add_func ("/deadlines/rules/malformed", test_rules_malformed);
  g_test_add_func ("/deadlines/due/notify-and-inform", test_notify_and_inform);
  g_test_add_func ("/deadlines/due/rapid-review-clock", test_rapid_review_clock);
  g_test_add_func ("/deadlines/due/lcspr-and-publication", test_lcspr_and_publication);
  g_test_add_func ("/deadlines/applicability", test_applicability);
  g_test_add_func ("/deadlines/pauses/calendar", test_pauses);
  g_test_add_func ("/deadlines/pauses/working-days", test_pauses_working_days);
  g_test_add_func ("/deadlines/next", test_next_deadline);
  g_test_add_func ("/deadlines/policy/closures-and-clock", test_policy);
  g_test_add_func ("/deadlines/policy/settings", test_policy_settings);
  g_test_add_func ("/deadlines/policy/refreshes-register", test_policy_refreshes_register);
  g_test_add_func ("/deadlines/date-input", test_date_input);
  g_test_add_func ("/deadlines/validate-step-dates", test_validate_step_dates);

  return g_test_run ();
}
