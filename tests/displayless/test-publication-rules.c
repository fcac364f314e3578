/* test-publication-rules.c: the steps to publication and their refusals */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-case-status.h"
#include "cr-publication.h"
#include "cr-record.h"
#include "cr-working-days.h"

/* Easter 2027: Good Friday 26 March, Easter Monday 29 March. The
 * partnership is also closed on Thursday 1 April. */
#define TODAY "2027-04-20"
static const char * const closure_dates[] = { "2027-04-01", NULL };

/* ---- Helpers ----------------------------------------------------------- */

static CrPublicationContext
make_context (void)
{
  CrPublicationContext context = {
    .status = CR_CASE_STATUS_LCSPR_SIGN_OFF,
    .open_proceedings = 0,
    .unresolved_hits = 0,
    .today = TODAY,
    .closure_dates = closure_dates,
  };

  return context;
}

static void
assert_refused (CrPublication              *publication,
                CrPublicationStep           step,
                const CrPublicationContext *context,
                const char                 *message)
{
  g_autoptr(GError) error = NULL;

  if (cr_publication_check_step (publication, step, context, &error))
    g_error ("step %d accepted, expected “%s”", step, message);
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, message);
}

static void
assert_complete (CrPublication              *publication,
                 CrPublicationStep           step,
                 const CrPublicationContext *context)
{
  g_autoptr(GError) error = NULL;

  if (!cr_publication_check_step (publication, step, context, &error))
    g_error ("step %d refused: %s", step, error->message);
}

static void
set (CrPublication *publication,
     const char    *name,
     const char    *value)
{
  cr_record_set (CR_RECORD (publication), name, value);
}

/* A record complete up to and including the decision. */
static CrPublication *
make_decided (void)
{
  CrPublication *publication = cr_publication_new ();

  set (publication, "proceedings", "concluded");
  set (publication, "family-told-date", "2027-03-01");
  set (publication, "family-shown", "shown");
  set (publication, "mode", "full");

  return publication;
}

/* ---- Tests ------------------------------------------------------------- */

static void
test_titles (void)
{
  g_assert_cmpstr (cr_publication_step_get_title (CR_PUBLICATION_STEP_PROCEEDINGS), ==, "Parallel Proceedings");
  g_assert_cmpstr (cr_publication_step_get_title (CR_PUBLICATION_STEP_NOTICE), ==, "Notice to the Panel");
  for (guint i = 0; i < CR_PUBLICATION_N_STEPS; i++)
    g_assert_nonnull (cr_publication_step_get_title (i));
}

static void
test_proceedings (void)
{
  g_autoptr(CrPublication) publication = cr_publication_new ();
  CrPublicationContext context = make_context ();

  assert_refused (publication, CR_PUBLICATION_STEP_PROCEEDINGS, &context,
                  "Say whether there were parallel proceedings, and whether they have concluded.");
  g_assert_cmpint (cr_publication_get_current_step (publication, &context), ==,
                   CR_PUBLICATION_STEP_PROCEEDINGS);

  context.open_proceedings = 2;
  assert_refused (publication, CR_PUBLICATION_STEP_PROCEEDINGS, &context,
                  "2 parallel proceedings are still open in the case: record that they have concluded, or that publication will not prejudice them.");

  /* "None" while the case records open proceedings. */
  set (publication, "proceedings", "none");
  context.open_proceedings = 1;
  assert_refused (publication, CR_PUBLICATION_STEP_PROCEEDINGS, &context,
                  "The case records a parallel proceeding that is still open");
  context.open_proceedings = 0;
  assert_complete (publication, CR_PUBLICATION_STEP_PROCEEDINGS, &context);

  /* Will not prejudice them: who confirmed it. */
  context.open_proceedings = 1;
  set (publication, "proceedings", "no-prejudice");
  assert_refused (publication, CR_PUBLICATION_STEP_PROCEEDINGS, &context,
                  "say who confirmed that publication will not prejudice the proceedings");
  set (publication, "proceedings-note", "Crown Prosecution Service, letter of 2 March 2027");
  assert_complete (publication, CR_PUBLICATION_STEP_PROCEEDINGS, &context);

  set (publication, "proceedings", "concluded");
  assert_complete (publication, CR_PUBLICATION_STEP_PROCEEDINGS, &context);
  g_assert_cmpint (cr_publication_get_current_step (publication, &context), ==,
                   CR_PUBLICATION_STEP_FAMILY);
}

static void
test_anonymisation (void)
{
  g_autoptr(CrPublication) publication = make_decided ();
  CrPublicationContext context = make_context ();

  context.unresolved_hits = 3;
  assert_refused (publication, CR_PUBLICATION_STEP_ANONYMISATION, &context,
                  "3 identifying details remain in the report: replace or dismiss each one on the Check page");
  g_assert_cmpint (cr_publication_get_current_step (publication, &context), ==,
                   CR_PUBLICATION_STEP_ANONYMISATION);

  context.unresolved_hits = 1;
  assert_refused (publication, CR_PUBLICATION_STEP_ANONYMISATION, &context,
                  "1 identifying detail remains in the report: replace or dismiss it on the Check page");

  /* A later step gives the first incomplete step's message. */
  assert_refused (publication, CR_PUBLICATION_STEP_DECISION, &context,
                  "1 identifying detail remains");

  context.unresolved_hits = 0;
  assert_complete (publication, CR_PUBLICATION_STEP_DECISION, &context);
}

static void
test_family_and_decision (void)
{
  g_autoptr(CrPublication) publication = cr_publication_new ();
  CrPublicationContext context = make_context ();

  set (publication, "proceedings", "none");
  assert_refused (publication, CR_PUBLICATION_STEP_FAMILY, &context,
                  "Enter the date the family was told.");
  set (publication, "family-told-date", "2027-04-21");
  assert_refused (publication, CR_PUBLICATION_STEP_FAMILY, &context, "which is in the future");
  set (publication, "family-told-date", "2027-04-20");
  assert_refused (publication, CR_PUBLICATION_STEP_FAMILY, &context,
                  "Choose the outcome of offering the report to the family.");
  set (publication, "family-shown", "declined");
  assert_complete (publication, CR_PUBLICATION_STEP_FAMILY, &context);

  assert_refused (publication, CR_PUBLICATION_STEP_DECISION, &context,
                  "Choose the form of publication.");
  set (publication, "mode", "improvements");
  assert_refused (publication, CR_PUBLICATION_STEP_DECISION, &context,
                  "Enter “Reason for publishing only the improvements”");
  set (publication, "mode-reason", "Publishing in full would identify the siblings.");
  assert_complete (publication, CR_PUBLICATION_STEP_DECISION, &context);
  g_assert_cmpint (cr_publication_get_current_step (publication, &context), ==,
                   CR_PUBLICATION_STEP_NOTICE);
}

static void
test_notice (void)
{
  g_autoptr(CrPublication) publication = make_decided ();
  CrPublicationContext context = make_context ();
  g_autofree char *due = NULL;
  g_autofree char *due_without = NULL;
  g_autofree char *earliest = NULL;
  GDate good_friday;

  /* The dates below rely on Easter 2027 being a bank holiday. */
  g_date_set_dmy (&good_friday, 26, G_DATE_MARCH, 2027);
  g_assert_true (cr_is_bank_holiday (&good_friday));

  assert_refused (publication, CR_PUBLICATION_STEP_NOTICE, &context,
                  "Enter the planned publication date.");

  /* Planned without copies yet: complete. */
  set (publication, "planned-date", "2027-04-02");
  assert_complete (publication, CR_PUBLICATION_STEP_NOTICE, &context);

  /* Copies to the Panel only. */
  set (publication, "copies-date", "2027-03-24");
  set (publication, "copies-to", "panel");
  assert_refused (publication, CR_PUBLICATION_STEP_NOTICE, &context,
                  "tick both among the recipients of the copies");
  set (publication, "copies-to", "panel;secretary-of-state;ofsted");

  /* 24 March to 2 April: Good Friday, Easter Monday and the closure day
   * leave 4 working days; 7 need 7 April. */
  assert_refused (publication, CR_PUBLICATION_STEP_NOTICE, &context,
                  "The copies were sent on 24 March 2027, only 4 working days before the planned publication on 2 April 2027. Plan the publication for 7 April 2027 or later.");

  /* Without the closure day, 5 working days and 6 April. */
  context.closure_dates = NULL;
  assert_refused (publication, CR_PUBLICATION_STEP_NOTICE, &context,
                  "only 5 working days before the planned publication on 2 April 2027. Plan the publication for 6 April 2027 or later.");
  set (publication, "planned-date", "2027-04-06");
  assert_complete (publication, CR_PUBLICATION_STEP_NOTICE, &context);

  context.closure_dates = closure_dates;
  assert_refused (publication, CR_PUBLICATION_STEP_NOTICE, &context,
                  "only 6 working days before the planned publication on 6 April 2027");
  set (publication, "planned-date", "2027-04-07");
  assert_complete (publication, CR_PUBLICATION_STEP_NOTICE, &context);

  /* Copies after the planned date; copies in the future. */
  set (publication, "planned-date", "2027-03-22");
  assert_refused (publication, CR_PUBLICATION_STEP_NOTICE, &context,
                  "after the planned publication on 22 March 2027. Plan the publication for 7 April 2027 or later.");
  set (publication, "planned-date", "2027-05-12");
  set (publication, "copies-date", "2027-04-21");
  assert_refused (publication, CR_PUBLICATION_STEP_NOTICE, &context, "which is in the future");

  /* The same arithmetic for the assistant's hints. */
  due = cr_publication_dup_copies_due ("2027-04-07", closure_dates);
  g_assert_cmpstr (due, ==, "2027-03-24");
  due_without = cr_publication_dup_copies_due ("2027-04-06", NULL);
  g_assert_cmpstr (due_without, ==, "2027-03-24");
  earliest = cr_publication_dup_earliest_publication ("2027-03-24", closure_dates);
  g_assert_cmpstr (earliest, ==, "2027-04-07");
  g_assert_null (cr_publication_dup_copies_due ("2027-02-30", NULL));
  g_assert_null (cr_publication_dup_earliest_publication (NULL, NULL));
}

static void
test_published_and_repository (void)
{
  g_autoptr(CrPublication) publication = make_decided ();
  CrPublicationContext context = make_context ();

  set (publication, "planned-date", "2027-04-07");
  assert_refused (publication, CR_PUBLICATION_STEP_PUBLISHED, &context,
                  "Record the day the copies were sent to the Panel and the Secretary of State");

  set (publication, "copies-to", "panel;secretary-of-state");
  set (publication, "copies-date", "2027-03-24");
  assert_refused (publication, CR_PUBLICATION_STEP_PUBLISHED, &context,
                  "Enter the date of publication.");

  /* Published too soon after the copies. */
  set (publication, "published-date", "2027-04-06");
  set (publication, "place", "https://northbridge.example/reviews/baby-h");
  assert_refused (publication, CR_PUBLICATION_STEP_PUBLISHED, &context,
                  "cannot have been published on 6 April 2027 with the copies sent on 24 March 2027");

  /* In the future. */
  set (publication, "published-date", "2027-04-21");
  assert_refused (publication, CR_PUBLICATION_STEP_PUBLISHED, &context, "which is in the future");

  /* Where. */
  set (publication, "published-date", "2027-04-07");
  set (publication, "place", NULL);
  assert_refused (publication, CR_PUBLICATION_STEP_PUBLISHED, &context,
                  "Enter “Place of publication”");
  set (publication, "place", "https://northbridge.example/reviews/baby-h");
  assert_complete (publication, CR_PUBLICATION_STEP_PUBLISHED, &context);
  g_assert_cmpint (cr_publication_get_current_step (publication, &context), ==,
                   CR_PUBLICATION_STEP_REPOSITORY);

  assert_refused (publication, CR_PUBLICATION_STEP_REPOSITORY, &context,
                  "Enter the date sent to the NSPCC repository.");
  set (publication, "repository-date", "2027-04-06");
  assert_refused (publication, CR_PUBLICATION_STEP_REPOSITORY, &context,
                  "“Date sent to the NSPCC repository” cannot be before “Date of publication”");
  set (publication, "repository-date", "2027-04-08");
  assert_complete (publication, CR_PUBLICATION_STEP_REPOSITORY, &context);
  g_assert_cmpint (cr_publication_get_current_step (publication, &context), ==,
                   CR_PUBLICATION_N_STEPS);

  /* An earlier step that stops being complete stops the later ones. */
  context.unresolved_hits = 2;
  assert_refused (publication, CR_PUBLICATION_STEP_REPOSITORY, &context,
                  "2 identifying details remain");
  g_assert_cmpint (cr_publication_get_current_step (publication, &context), ==,
                   CR_PUBLICATION_STEP_ANONYMISATION);
}

static void
test_keep_until (void)
{
  g_autoptr(CrPublication) publication = cr_publication_new ();
  g_autofree char *until = NULL;

  g_assert_null (cr_publication_dup_keep_until (publication));

  set (publication, "published-date", "2028-02-29");
  until = cr_publication_dup_keep_until (publication);
  g_assert_cmpstr (until, ==, "2029-02-28");
  g_clear_pointer (&until, g_free);

  set (publication, "published-date", "2027-04-07");
  until = cr_publication_dup_keep_until (publication);
  g_assert_cmpstr (until, ==, "2028-04-07");
}

static void
test_target_status (void)
{
  g_autoptr(CrPublication) publication = make_decided ();

  g_assert_cmpint (cr_publication_get_target_status (publication, CR_CASE_STATUS_LCSPR_SIGN_OFF), ==,
                   CR_CASE_STATUS_LCSPR_SIGN_OFF);

  set (publication, "copies-date", "2027-03-24");
  g_assert_cmpint (cr_publication_get_target_status (publication, CR_CASE_STATUS_LCSPR_SIGN_OFF), ==,
                   CR_CASE_STATUS_PRE_PUBLICATION);
  g_assert_cmpint (cr_publication_get_target_status (publication, CR_CASE_STATUS_PRE_PUBLICATION), ==,
                   CR_CASE_STATUS_PRE_PUBLICATION);
  /* Not from an earlier stage. */
  g_assert_cmpint (cr_publication_get_target_status (publication, CR_CASE_STATUS_LCSPR_ANALYSIS), ==,
                   CR_CASE_STATUS_LCSPR_ANALYSIS);

  set (publication, "published-date", "2027-04-07");
  g_assert_cmpint (cr_publication_get_target_status (publication, CR_CASE_STATUS_PRE_PUBLICATION), ==,
                   CR_CASE_STATUS_PUBLISHED);
  g_assert_cmpint (cr_publication_get_target_status (publication, CR_CASE_STATUS_LCSPR_SIGN_OFF), ==,
                   CR_CASE_STATUS_PUBLISHED);
  g_assert_cmpint (cr_publication_get_target_status (publication, CR_CASE_STATUS_PUBLISHED), ==,
                   CR_CASE_STATUS_PUBLISHED);

  set (publication, "mode", "improvements");
  g_assert_cmpint (cr_publication_get_target_status (publication, CR_CASE_STATUS_PRE_PUBLICATION), ==,
                   CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS);
  g_assert_cmpint (cr_publication_get_target_status (publication, CR_CASE_STATUS_LCSPR_ANALYSIS), ==,
                   CR_CASE_STATUS_LCSPR_ANALYSIS);
}

static void
test_record (void)
{
  g_autoptr(CrPublication) publication = cr_publication_new ();
  CrRecord *record = CR_RECORD (publication);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = cr_record_dup_title (record);
  g_autofree char *subtitle = NULL;

  g_assert_cmpstr (title, ==, "Publication");
  g_assert_true (cr_record_validate (record, &error));

  set (publication, "copies-to", "panel;panel");
  g_assert_false (cr_record_validate (record, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);
  set (publication, "copies-to", "panel;secretary-of-state");

  set (publication, "planned-date", "2027-05-12");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "Planned for 12 May 2027");
  g_clear_pointer (&subtitle, g_free);

  set (publication, "published-date", "2026-05-12");
  set (publication, "place", "On the partnership’s website");
  set (publication, "mode", "full");
  set (publication, "copies-date", "2026-05-01");
  subtitle = cr_record_dup_subtitle (record);
  g_assert_cmpstr (subtitle, ==, "Published 12 May 2026");
  g_assert_true (cr_record_validate (record, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/publication/titles", test_titles);
  g_test_add_func ("/publication/record", test_record);
  g_test_add_func ("/publication/proceedings", test_proceedings);
  g_test_add_func ("/publication/anonymisation", test_anonymisation);
  g_test_add_func ("/publication/family-and-decision", test_family_and_decision);
  g_test_add_func ("/publication/notice", test_notice);
  g_test_add_func ("/publication/published-and-repository", test_published_and_repository);
  g_test_add_func ("/publication/keep-until", test_keep_until);
  g_test_add_func ("/publication/target-status", test_target_status);

  return g_test_run ();
}
