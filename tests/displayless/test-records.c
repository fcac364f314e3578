/* test-records.c: the referral, the rapid review and their parts */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cr-agency-summary.h"
#include "cr-attendee.h"
#include "cr-case-status.h"
#include "cr-child.h"
#include "cr-identity.h"
#include "cr-involvement.h"
#include "cr-parallel-process.h"
#include "cr-rapid-review.h"
#include "cr-record.h"
#include "cr-referral.h"
#include "cr-sign-off.h"
#include "cr-util.h"

/* ---- Helpers ----------------------------------------------------------- */

static void
assert_invalid (GError     *error,
                const char *fragment)
{
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);
}

/* Checks @value against field @name of @record: passes when @fragment is
 * NULL, else fails with a message holding @fragment and the field's label. */
static void
check_value (CrRecord   *record,
             const char *name,
             const char *value,
             const char *fragment)
{
  const CrRecordField *field = cr_record_find_field (record, name);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert_nonnull (field);
  ok = cr_record_field_check (field, value, &error);

  if (fragment == NULL)
    {
      if (!ok)
        g_error ("%s = “%s” refused: %s", name, value, error->message);
      return;
    }

  if (ok)
    g_error ("%s = “%s” accepted", name, value);
  assert_invalid (error, fragment);
  assert_invalid (error, field->label);
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

static CrChild *
make_child (const char *pseudonym)
{
  CrChild *child = cr_child_new ();

  cr_child_set_pseudonym (child, pseudonym);
  return child;
}

static CrInvolvement *
make_involvement (gint64      agency_id,
                  const char *name,
                  const char *role)
{
  CrInvolvement *involvement = cr_involvement_new ();

  cr_involvement_set_agency_id (involvement, agency_id);
  cr_involvement_set_agency_name (involvement, name);
  cr_involvement_set_role (involvement, role);
  return involvement;
}

static CrParallelProcess *
make_process (const char *kind,
              const char *status)
{
  CrParallelProcess *process = cr_parallel_process_new ();

  cr_record_set (CR_RECORD (process), "kind", kind);
  cr_record_set (CR_RECORD (process), "status", status);
  return process;
}

/* A referral complete at every step. */
static CrReferral *
make_referral (void)
{
  CrReferral *referral = cr_referral_new ();
  CrRecord *r = CR_RECORD (referral);
  g_autoptr(CrChild) child = make_child ("Child A");
  g_autoptr(CrInvolvement) police = make_involvement (3, "Police", "Lead agency");
  g_autoptr(CrParallelProcess) process = make_process ("police-investigation", "ongoing");

  cr_record_set (r, "referral-date", "2025-03-05");
  cr_record_set (r, "referring-agency-id", "3");
  cr_record_set (r, "referrer-name", "DS Ward");
  cr_record_set (r, "pseudonym", "Child A");
  g_list_store_append (cr_referral_get_children (referral), child);
  cr_record_set (r, "incident-date", "2025-03-01");
  cr_record_set (r, "aware-date", "2025-03-03");
  cr_record_set (r, "nature", "serious-harm");
  cr_record_set (r, "summary", "Child A was admitted to hospital with injuries.");
  cr_record_set (r, "incident-la", "Northshire");
  cr_record_set (r, "residence-la", "Northshire");
  g_list_store_append (cr_referral_get_involvements (referral), police);
  g_list_store_append (cr_referral_get_processes (referral), process);
  cr_record_set (r, "limb-abuse", "true");
  cr_record_set (r, "limb-harm", "true");
  cr_record_set (r, "definition-rationale", "Injuries not consistent with the account given.");
  cr_record_set (r, "notify-decision", "notify");
  cr_record_set (r, "notify-rationale", "Both limbs met.");
  cr_record_set (r, "notified-date", "2025-03-06");

  return referral;
}

static void
assert_step_fails (CrReferral     *referral,
                   CrReferralStep  step,
                   const char     *expected_field,
                   const char     *fragment)
{
  g_autoptr(GError) error = NULL;
  const char *field = "unset";

  g_assert_false (cr_referral_check_step (referral, step, &field, &error));
  assert_invalid (error, fragment);
  g_assert_cmpstr (field, ==, expected_field);
}

static void
assert_step_passes (CrReferral     *referral,
                    CrReferralStep  step)
{
  g_autoptr(GError) error = NULL;
  const char *field = "unset";

  if (!cr_referral_check_step (referral, step, &field, &error))
    g_error ("step %d refused (%s): %s", step, field, error->message);
  g_assert_null (field);
}

/* ---- CrRecord ---------------------------------------------------------- */

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_record_properties (void)
{
  g_autoptr(CrReferral) referral = cr_referral_new ();
  g_autoptr(CrReferral) copy = cr_referral_new ();
  CrRecord *r = CR_RECORD (referral);
  g_autofree char *time = NULL;
  guint n_fields = 0, notified = 0;
  const CrRecordField *fields;
  gint64 id = -1;

  fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (r), &n_fields);
  g_assert_cmpuint (n_fields, ==, 28);
  g_assert_cmpstr (fields[0].name, ==, "referral-date");
  g_assert_true (cr_record_find_field (r, "incident-time") != NULL);
  g_assert_null (cr_record_find_field (r, "no-such-field"));
  g_assert_nonnull (g_object_class_find_property (G_OBJECT_GET_CLASS (r), "media-interest"));
  g_assert_true (cr_record_find_field (r, "referring-agency-name")->flags & CR_RECORD_FIELD_FLAG_DERIVED);

  /* Properties and cr_record_get/set are the same values. */
  g_signal_connect (r, "notify::incident-time", G_CALLBACK (on_notify_cb), &notified);
  g_object_set (r, "incident-time", "14:30", NULL);
  g_assert_cmpstr (cr_record_get (r, "incident-time"), ==, "14:30");
  g_assert_cmpuint (notified, ==, 1);
  cr_record_set (r, "incident-time", "14:30");
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (r, "incident-time", &time, NULL);
  g_assert_cmpstr (time, ==, "14:30");
  g_assert_true (cr_record_has (r, "incident-time"));

  /* "" is NULL. */
  cr_record_set (r, "incident-time", "");
  g_assert_null (cr_record_get (r, "incident-time"));
  g_assert_false (cr_record_has (r, "incident-time"));
  g_assert_cmpuint (notified, ==, 2);
  cr_record_set (r, "incident-time", NULL);
  g_assert_cmpuint (notified, ==, 2);

  /* id and case-id. */
  cr_record_set_id (r, 42);
  g_object_set (r, "case-id", (gint64) 7, NULL);
  g_object_get (r, "id", &id, NULL);
  g_assert_cmpint (id, ==, 42);
  g_assert_cmpint (cr_record_get_case_id (r), ==, 7);

  /* Booleans and choice labels. */
  cr_record_set (r, "media-interest", "true");
  g_assert_true (cr_record_get_boolean (r, "media-interest"));
  cr_record_set (r, "media-interest", "false");
  g_assert_false (cr_record_get_boolean (r, "media-interest"));
  g_assert_false (cr_record_get_boolean (r, "limb-abuse"));
  g_assert_cmpstr (cr_record_field_get_choice_label (cr_record_find_field (r, "perpetrator"), "step-parent"),
                   ==, "Step-parent or parent's partner");
  g_assert_cmpstr (cr_record_field_get_choice_label (cr_record_find_field (r, "nature"), "care-leaver-death"),
                   ==, "Death of a care leaver");
  g_assert_null (cr_record_field_get_choice_label (cr_record_find_field (r, "nature"), "murder"));
  g_assert_null (cr_record_field_get_choice_label (cr_record_find_field (r, "nature"), NULL));

  /* Copying. */
  cr_record_set (r, "summary", "What happened.");
  cr_record_copy_from (CR_RECORD (copy), r);
  g_assert_cmpint (cr_record_get_id (CR_RECORD (copy)), ==, 42);
  g_assert_cmpint (cr_record_get_case_id (CR_RECORD (copy)), ==, 7);
  g_assert_cmpstr (cr_record_get (CR_RECORD (copy), "summary"), ==, "What happened.");
  g_assert_cmpstr (cr_record_get (CR_RECORD (copy), "media-interest"), ==, "false");
  cr_record_set (r, "summary", NULL);
  cr_record_copy_from (CR_RECORD (copy), r);
  g_assert_null (cr_record_get (CR_RECORD (copy), "summary"));
}

static void
test_field_checks (void)
{
  g_autoptr(CrReferral) referral = cr_referral_new ();
  g_autoptr(CrParallelProcess) process = cr_parallel_process_new ();
  CrRecord *r = CR_RECORD (referral);
  g_autofree char *long_line = g_strnfill (201, 'x');
  g_autofree char *ok_line = g_strnfill (200, 'x');
  g_autofree char *long_summary = g_strnfill (4001, 'y');
  g_autofree char *tomorrow = iso_days_from_today (1);
  g_autofree char *today = iso_days_from_today (0);
  g_autofree char *next_year = iso_days_from_today (365);

  /* Empty is always accepted: being recorded is the caller's rule. */
  for (guint i = 0; i < 28; i++)
    {
      guint n;
      const CrRecordField *fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (r), &n);

      g_assert_true (cr_record_field_check (&fields[i], NULL, NULL));
      g_assert_true (cr_record_field_check (&fields[i], "", NULL));
    }

  /* LINE */
  check_value (r, "location", "the family home", NULL);
  check_value (r, "location", ok_line, NULL);
  check_value (r, "location", long_line, "at most 200 characters");
  check_value (r, "location", "two\nlines", "one line");
  check_value (r, "location", " padded", "space");
  check_value (r, "location", "bell\a", "control characters");
  check_value (r, "location", "bad \xff utf-8", "not valid");
  check_value (r, "pseudonym", "Child A", NULL);
  {
    g_autofree char *sixty_one = g_strnfill (61, 'A');

    check_value (r, "pseudonym", sixty_one, "at most 60 characters");
  }

  /* TEXT */
  check_value (r, "summary", "First line.\nSecond line.\n\tIndented.", NULL);
  check_value (r, "summary", long_summary, "at most 4000 characters");

  /* DATE: strict ISO, a real day from 1900, not in the future */
  check_value (r, "incident-date", "2024-02-29", NULL);
  check_value (r, "incident-date", today, NULL);
  check_value (r, "incident-date", "2023-02-29", "not a real calendar date");
  check_value (r, "incident-date", "03/11/2025", "YYYY-MM-DD");
  check_value (r, "incident-date", "2025-3-1", "YYYY-MM-DD");
  check_value (r, "incident-date", "1899-12-31", "before 1900");
  check_value (r, "incident-date", tomorrow, "in the future");

  /* PLAN_DATE may be in the future */
  check_value (CR_RECORD (process), "review-date", next_year, NULL);
  check_value (CR_RECORD (process), "review-date", "2025-13-01", "not a real calendar date");

  /* TIME */
  check_value (r, "incident-time", "00:00", NULL);
  check_value (r, "incident-time", "23:59", NULL);
  check_value (r, "incident-time", "24:00", "HH:MM");
  check_value (r, "incident-time", "9:30", "for example 14:30");
  check_value (r, "incident-time", "14:60", "HH:MM");
  check_value (r, "incident-time", "14.30", "HH:MM");
  check_value (r, "incident-time", "14:30:00", "HH:MM");

  /* BOOLEAN */
  check_value (r, "limb-abuse", "true", NULL);
  check_value (r, "limb-abuse", "false", NULL);
  check_value (r, "limb-abuse", "yes", "Yes or No");

  /* CHOICE */
  check_value (r, "nature", "looked-after-death", NULL);
  check_value (r, "nature", "murder", "murder");
  check_value (r, "nature", "Death", "not one of its options");

  /* CHOICES */
  check_value (r, "abuse-kinds", "neglect", NULL);
  check_value (r, "abuse-kinds", "neglect;physical-abuse;other", NULL);
  check_value (r, "abuse-kinds", "neglect;neglect", "“Neglect” twice");
  check_value (r, "abuse-kinds", "neglect;", "not one of its options");
  check_value (r, "abuse-kinds", "neglect;bullying", "bullying");
  check_value (r, "abuse-kinds", ";", "not one of its options");

  /* ID */
  check_value (r, "referring-agency-id", "12", NULL);
  check_value (r, "referring-agency-id", "0", "choose it again");
  check_value (r, "referring-agency-id", "-3", "choose it again");
  check_value (r, "referring-agency-id", "+5", "choose it again");
  check_value (r, "referring-agency-id", "12a", "choose it again");
  check_value (r, "referring-agency-id", "99999999999999999999", "choose it again");

  /* EMAIL */
  check_value (r, "notifier-email", "name@example.org", NULL);
  check_value (r, "notifier-email", "first.last+cr@mail.example.gov.uk", NULL);
  check_value (r, "notifier-email", "name", "name@example.org");
  check_value (r, "notifier-email", "name@example", "name@example.org");
  check_value (r, "notifier-email", "@example.org", "name@example.org");
  check_value (r, "notifier-email", "a b@example.org", "name@example.org");
  check_value (r, "notifier-email", "a@@example.org", "name@example.org");
  check_value (r, "notifier-email", "a@example..org", "name@example.org");
  check_value (r, "notifier-email", "a@example.org.", "name@example.org");

  /* PHONE */
  check_value (r, "notifier-phone", "01632 960123", NULL);
  check_value (r, "notifier-phone", "+44 (0)1632 960-123", NULL);
  check_value (r, "notifier-phone", "123456", NULL);
  check_value (r, "notifier-phone", "12345", "6 to 20 digits");
  check_value (r, "notifier-phone", "123456789012345678901", "6 to 20 digits");
  check_value (r, "notifier-phone", "01632 960123 ext 4", "telephone number");
  check_value (r, "notifier-phone", "01632+960123", "telephone number");
}

static void
test_record_required (void)
{
  g_autoptr(CrReferral) referral = cr_referral_new ();
  CrRecord *r = CR_RECORD (referral);
  g_autoptr(GError) error = NULL;

  g_assert_false (cr_record_check_required (r, "incident-date", &error));
  assert_invalid (error, "Enter the date of the incident.");
  g_clear_error (&error);

  g_assert_false (cr_record_check_required (r, "incident-time", &error));
  assert_invalid (error, "Enter the time of the incident.");
  g_clear_error (&error);

  g_assert_false (cr_record_check_required (r, "nature", &error));
  assert_invalid (error, "Choose the nature of the incident.");
  g_clear_error (&error);

  g_assert_false (cr_record_check_required (r, "limb-abuse", &error));
  assert_invalid (error, "Answer “Abuse or neglect known or suspected”");
  g_clear_error (&error);

  /* Recorded but invalid: the field's own message. */
  cr_record_set (r, "incident-time", "7pm");
  g_assert_false (cr_record_check_required (r, "incident-time", &error));
  assert_invalid (error, "HH:MM");
  g_clear_error (&error);

  cr_record_set (r, "incident-time", "19:00");
  g_assert_true (cr_record_check_required (r, "incident-time", &error));
  g_assert_no_error (error);

  /* cr_record_validate checks every field. */
  cr_record_set (r, "notifier-email", "nobody");
  g_assert_false (cr_record_validate (r, &error));
  assert_invalid (error, "Email address of the notifier");
}

/* ---- CrReferral -------------------------------------------------------- */

static void
test_referral_cross_field (void)
{
  g_autoptr(CrReferral) referral = make_referral ();
  CrRecord *r = CR_RECORD (referral);
  g_autoptr(GError) error = NULL;

  g_assert_true (cr_record_validate (r, &error));
  g_assert_no_error (error);

  /* incident <= aware */
  cr_record_set (r, "aware-date", "2025-02-28");
  g_assert_false (cr_record_validate (r, &error));
  assert_invalid (error, "“Date the local authority became aware” cannot be before “Date of the incident”");
  g_clear_error (&error);
  cr_record_set (r, "aware-date", "2025-03-03");

  /* incident <= referral */
  cr_record_set (r, "referral-date", "2025-02-01");
  g_assert_false (cr_record_validate (r, &error));
  assert_invalid (error, "“Date of the referral” cannot be before “Date of the incident”");
  g_clear_error (&error);
  cr_record_set (r, "referral-date", "2025-03-05");

  /* aware <= notified */
  cr_record_set (r, "notified-date", "2025-03-02");
  g_assert_false (cr_record_validate (r, &error));
  assert_invalid (error, "“Date the Panel was notified” cannot be before");
  g_clear_error (&error);
  cr_record_set (r, "notified-date", "2025-03-06");

  /* A notified date needs the decision to notify. */
  cr_record_set (r, "notify-decision", "do-not-notify");
  g_assert_false (cr_record_validate (r, &error));
  assert_invalid (error, "the decision is not to notify");
  g_clear_error (&error);
  cr_record_set (r, "notify-decision", "pending");
  g_assert_false (cr_record_validate (r, &error));
  g_clear_error (&error);
  cr_record_set (r, "notified-date", NULL);
  g_assert_true (cr_record_validate (r, &error));
  g_assert_no_error (error);

  /* "notify" is not refused when a limb is not met. */
  cr_record_set (r, "notify-decision", "notify");
  cr_record_set (r, "notified-date", "2025-03-06");
  cr_record_set (r, "limb-abuse", "false");
  g_assert_true (cr_record_validate (r, &error));
  g_assert_no_error (error);

  /* Missing dates are not compared. */
  cr_record_set (r, "incident-date", NULL);
  cr_record_set (r, "referral-date", "2025-01-01");
  g_assert_true (cr_record_validate (r, &error));
  g_assert_no_error (error);
}

static void
test_referral_steps (void)
{
  g_autoptr(CrReferral) referral = cr_referral_new ();
  g_autoptr(CrReferral) full = make_referral ();
  CrRecord *r = CR_RECORD (referral);
  GListStore *children = cr_referral_get_children (referral);
  GListStore *involvements = cr_referral_get_involvements (referral);
  GListStore *processes = cr_referral_get_processes (referral);
  g_autoptr(CrChild) child_a = make_child ("Child A");
  g_autoptr(CrChild) child_a2 = make_child ("child a");
  g_autoptr(CrChild) unnamed = cr_child_new ();
  g_autoptr(CrInvolvement) police = make_involvement (3, "Police", NULL);
  g_autoptr(CrInvolvement) police2 = make_involvement (3, "Police", "Referring agency");
  g_autoptr(CrInvolvement) no_agency = make_involvement (0, NULL, NULL);
  g_autoptr(CrParallelProcess) process = make_process ("inquest", NULL);
  g_autofree char *tomorrow = iso_days_from_today (1);

  /* The complete one passes every step. */
  for (int step = 0; step < CR_REFERRAL_N_STEPS; step++)
    assert_step_passes (full, step);

  /* Referrer */
  assert_step_fails (referral, CR_REFERRAL_STEP_REFERRER, "referral-date", "Enter the date of the referral.");
  cr_record_set (r, "referral-date", tomorrow);
  assert_step_fails (referral, CR_REFERRAL_STEP_REFERRER, "referral-date", "in the future");
  cr_record_set (r, "referral-date", "2025-03-05");
  assert_step_fails (referral, CR_REFERRAL_STEP_REFERRER, "referring-agency-id", "Choose the referring agency.");
  cr_record_set (r, "referring-agency-id", "3");
  assert_step_fails (referral, CR_REFERRAL_STEP_REFERRER, "referrer-name", "Enter the name of the referrer.");
  cr_record_set (r, "referrer-name", "DS Ward");
  cr_record_set (r, "notifier-email", "ward at police");
  assert_step_fails (referral, CR_REFERRAL_STEP_REFERRER, "notifier-email", "name@example.org");
  cr_record_set (r, "notifier-email", "ward@police.example.org");
  cr_record_set (r, "notifier-phone", "call me");
  assert_step_fails (referral, CR_REFERRAL_STEP_REFERRER, "notifier-phone", "telephone number");
  cr_record_set (r, "notifier-phone", NULL);
  assert_step_passes (referral, CR_REFERRAL_STEP_REFERRER);

  /* Children */
  assert_step_fails (referral, CR_REFERRAL_STEP_CHILDREN, "pseudonym", "Enter the pseudonym of the case.");
  cr_record_set (r, "pseudonym", "Child A");
  assert_step_fails (referral, CR_REFERRAL_STEP_CHILDREN, "children", "at least one child");
  g_list_store_append (children, unnamed);
  assert_step_fails (referral, CR_REFERRAL_STEP_CHILDREN, "children", "pseudonym");
  g_list_store_remove_all (children);
  g_list_store_append (children, child_a);
  assert_step_passes (referral, CR_REFERRAL_STEP_CHILDREN);
  g_list_store_append (children, child_a2);
  assert_step_fails (referral, CR_REFERRAL_STEP_CHILDREN, "children", "Two children have the pseudonym");
  cr_child_set_pseudonym (child_a2, "Child B");
  assert_step_passes (referral, CR_REFERRAL_STEP_CHILDREN);

  /* Incident */
  assert_step_fails (referral, CR_REFERRAL_STEP_INCIDENT, "incident-date", "Enter the date of the incident.");
  cr_record_set (r, "incident-date", "2025-03-01");
  assert_step_fails (referral, CR_REFERRAL_STEP_INCIDENT, "aware-date", "Enter the date the local authority became aware.");
  cr_record_set (r, "aware-date", "2025-02-27");
  assert_step_fails (referral, CR_REFERRAL_STEP_INCIDENT, "nature", "Choose the nature of the incident.");
  cr_record_set (r, "nature", "death");
  assert_step_fails (referral, CR_REFERRAL_STEP_INCIDENT, "summary", "Enter the summary of the incident.");
  cr_record_set (r, "summary", "Child A died at home.");
  assert_step_fails (referral, CR_REFERRAL_STEP_INCIDENT, "aware-date", "cannot be before");
  cr_record_set (r, "aware-date", "2025-03-02");
  cr_record_set (r, "incident-time", "25:00");
  assert_step_fails (referral, CR_REFERRAL_STEP_INCIDENT, "incident-time", "HH:MM");
  cr_record_set (r, "incident-time", "23:15");
  cr_record_set (r, "abuse-kinds", "neglect;neglect");
  assert_step_fails (referral, CR_REFERRAL_STEP_INCIDENT, "abuse-kinds", "twice");
  cr_record_set (r, "abuse-kinds", "neglect;physical-abuse");
  cr_record_set (r, "incident-date", "2025-03-06");
  assert_step_fails (referral, CR_REFERRAL_STEP_INCIDENT, "aware-date", "cannot be before");
  cr_record_set (r, "aware-date", "2025-03-06");
  assert_step_fails (referral, CR_REFERRAL_STEP_INCIDENT, "referral-date", "“Date of the referral” cannot be before");
  cr_record_set (r, "incident-date", "2025-03-01");
  assert_step_passes (referral, CR_REFERRAL_STEP_INCIDENT);

  /* Area */
  assert_step_fails (referral, CR_REFERRAL_STEP_AREA, "incident-la", "Enter the local authority where the incident happened.");
  cr_record_set (r, "incident-la", "Northshire");
  assert_step_fails (referral, CR_REFERRAL_STEP_AREA, "residence-la", "Enter the local authority where the child normally lives.");
  cr_record_set (r, "residence-la", "Southshire");
  assert_step_passes (referral, CR_REFERRAL_STEP_AREA);
  g_list_store_append (involvements, no_agency);
  assert_step_fails (referral, CR_REFERRAL_STEP_AREA, "involvements", "Choose the agency");
  g_list_store_remove_all (involvements);
  g_list_store_append (involvements, police);
  g_list_store_append (involvements, police2);
  assert_step_fails (referral, CR_REFERRAL_STEP_AREA, "involvements", "This agency is already listed");
  g_list_store_remove (involvements, 1);
  assert_step_passes (referral, CR_REFERRAL_STEP_AREA);

  /* Parallel processes: none is fine, each must be valid. */
  assert_step_passes (referral, CR_REFERRAL_STEP_PARALLEL);
  g_list_store_append (processes, process);
  assert_step_fails (referral, CR_REFERRAL_STEP_PARALLEL, "processes", "Choose the status of the process.");
  cr_record_set (CR_RECORD (process), "status", "not-started");
  assert_step_passes (referral, CR_REFERRAL_STEP_PARALLEL);

  /* Definition */
  assert_step_fails (referral, CR_REFERRAL_STEP_DEFINITION, "limb-abuse", "Answer “Abuse or neglect known or suspected”");
  cr_record_set (r, "limb-abuse", "true");
  assert_step_fails (referral, CR_REFERRAL_STEP_DEFINITION, "limb-harm", "Answer “Child died or seriously harmed”");
  cr_record_set (r, "limb-harm", "false");
  assert_step_fails (referral, CR_REFERRAL_STEP_DEFINITION, "definition-rationale", "Enter the reasons");
  cr_record_set (r, "definition-rationale", "Suspected neglect.");
  assert_step_passes (referral, CR_REFERRAL_STEP_DEFINITION);

  /* Decision */
  assert_step_fails (referral, CR_REFERRAL_STEP_DECISION, "notify-decision", "Choose the notification decision.");
  cr_record_set (r, "notify-decision", "notify");
  assert_step_fails (referral, CR_REFERRAL_STEP_DECISION, "notify-rationale", "Enter the reasons for the notification decision.");
  cr_record_set (r, "notify-rationale", "The local authority will notify.");
  assert_step_fails (referral, CR_REFERRAL_STEP_DECISION, "notified-date", "Enter the date the Panel was notified.");
  cr_record_set (r, "notified-date", "2025-03-01");
  assert_step_fails (referral, CR_REFERRAL_STEP_DECISION, "notified-date", "cannot be before");
  cr_record_set (r, "notified-date", "2025-03-07");
  assert_step_passes (referral, CR_REFERRAL_STEP_DECISION);
  cr_record_set (r, "notify-decision", "do-not-notify");
  assert_step_fails (referral, CR_REFERRAL_STEP_DECISION, "notified-date", "the decision is not to notify");
  cr_record_set (r, "notified-date", NULL);
  assert_step_passes (referral, CR_REFERRAL_STEP_DECISION);
  cr_record_set (r, "notify-decision", "pending");
  assert_step_passes (referral, CR_REFERRAL_STEP_DECISION);

  /* Everything together. */
  g_assert_true (cr_record_validate (r, NULL));

  /* check_step accepts a NULL field pointer. */
  cr_record_set (r, "notify-rationale", NULL);
  g_assert_false (cr_referral_check_step (referral, CR_REFERRAL_STEP_DECISION, NULL, NULL));
}

static void
test_referral_validate_lists (void)
{
  g_autoptr(CrReferral) referral = make_referral ();
  g_autoptr(CrInvolvement) again = make_involvement (3, "Police", NULL);
  g_autoptr(CrParallelProcess) process = make_process (NULL, "ongoing");
  g_autoptr(CrChild) child = make_child ("Child A");
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autoptr(GError) error = NULL;

  g_list_store_append (cr_referral_get_involvements (referral), again);
  g_assert_false (cr_record_validate (CR_RECORD (referral), &error));
  assert_invalid (error, "This agency is already listed");
  g_clear_error (&error);
  g_list_store_remove (cr_referral_get_involvements (referral), 1);

  g_list_store_append (cr_referral_get_processes (referral), process);
  g_assert_false (cr_record_validate (CR_RECORD (referral), &error));
  assert_invalid (error, "Choose the kind of process.");
  g_clear_error (&error);
  g_list_store_remove (cr_referral_get_processes (referral), 1);

  g_list_store_append (cr_referral_get_children (referral), child);
  g_assert_false (cr_record_validate (CR_RECORD (referral), &error));
  assert_invalid (error, "Two children");
  g_clear_error (&error);

  /* A child's identity is checked as CrChild checks it. */
  cr_child_set_pseudonym (child, "Child B");
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2099-01-01");
  cr_child_set_identity (child, identity);
  g_assert_false (cr_record_validate (CR_RECORD (referral), &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2015-06-01");
  g_assert_true (cr_record_validate (CR_RECORD (referral), &error));
  g_assert_no_error (error);
}

static void
test_referral_warnings (void)
{
  g_autoptr(CrReferral) referral = make_referral ();
  CrRecord *r = CR_RECORD (referral);
  g_auto(GStrv) none = NULL;
  g_auto(GStrv) one = NULL;
  g_auto(GStrv) two = NULL;
  g_auto(GStrv) on_time = NULL;
  g_auto(GStrv) late = NULL;
  g_auto(GStrv) not_notifying = NULL;

  none = cr_referral_get_warnings (referral);
  g_assert_nonnull (none);
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  cr_record_set (r, "limb-abuse", "false");
  one = cr_referral_get_warnings (referral);
  g_assert_cmpuint (g_strv_length (one), ==, 1);
  g_assert_nonnull (strstr (one[0], "abuse or neglect"));

  cr_record_set (r, "limb-harm", "false");
  two = cr_referral_get_warnings (referral);
  g_assert_cmpuint (g_strv_length (two), ==, 2);
  g_assert_nonnull (strstr (two[1], "seriously harmed"));

  /* Not notifying: a limb not met is no surprise. */
  cr_record_set (r, "notify-decision", "do-not-notify");
  cr_record_set (r, "notified-date", NULL);
  not_notifying = cr_referral_get_warnings (referral);
  g_assert_cmpuint (g_strv_length (not_notifying), ==, 0);

  /* Aware Monday 22 Dec 2025: 5 working days skip Christmas and Boxing
   * Day, so the 5th is Wednesday 31 Dec. */
  cr_record_set (r, "limb-abuse", "true");
  cr_record_set (r, "limb-harm", "true");
  cr_record_set (r, "notify-decision", "notify");
  cr_record_set (r, "incident-date", "2025-12-20");
  cr_record_set (r, "aware-date", "2025-12-22");
  cr_record_set (r, "notified-date", "2025-12-31");
  on_time = cr_referral_get_warnings (referral);
  g_assert_cmpuint (g_strv_length (on_time), ==, 0);

  /* Friday 2 Jan 2026 is the 6th (1 Jan is a bank holiday). */
  cr_record_set (r, "notified-date", "2026-01-02");
  late = cr_referral_get_warnings (referral);
  g_assert_cmpuint (g_strv_length (late), ==, 1);
  g_assert_nonnull (strstr (late[0], "6 working days"));
}

static void
test_referral_initial_status (void)
{
  g_autoptr(CrReferral) referral = cr_referral_new ();
  CrRecord *r = CR_RECORD (referral);

  g_assert_cmpint (cr_referral_get_initial_status (referral), ==, CR_CASE_STATUS_REFERRED);
  cr_record_set (r, "notify-decision", "pending");
  g_assert_cmpint (cr_referral_get_initial_status (referral), ==, CR_CASE_STATUS_NOTIFICATION_DECISION);
  cr_record_set (r, "notify-decision", "do-not-notify");
  g_assert_cmpint (cr_referral_get_initial_status (referral), ==, CR_CASE_STATUS_NOT_NOTIFIABLE);
  cr_record_set (r, "notify-decision", "notify");
  g_assert_cmpint (cr_referral_get_initial_status (referral), ==, CR_CASE_STATUS_REFERRED);
  cr_record_set (r, "notified-date", "2025-03-06");
  g_assert_cmpint (cr_referral_get_initial_status (referral), ==, CR_CASE_STATUS_NOTIFIED);
}

/* ---- Agency summaries, sign-offs, processes ---------------------------- */

static void
test_agency_summary (void)
{
  g_autoptr(CrAgencySummary) summary = cr_agency_summary_new ();
  CrRecord *r = CR_RECORD (summary);
  g_autoptr(GError) error = NULL;
  GDate day;

  g_assert_false (cr_record_validate (r, &error));
  assert_invalid (error, "Choose the agency of the summary.");
  g_clear_error (&error);

  cr_record_set (r, "agency-id", "5");
  cr_record_set (r, "requested-date", "2025-03-07");
  cr_record_set (r, "due-date", "2025-03-06");
  g_assert_false (cr_record_validate (r, &error));
  assert_invalid (error, "“Date the summary is due” cannot be before “Date the summary was requested”");
  g_clear_error (&error);

  cr_record_set (r, "due-date", "2025-03-21");
  cr_record_set (r, "received-date", "2025-03-06");
  g_assert_false (cr_record_validate (r, &error));
  assert_invalid (error, "“Date the summary was received” cannot be before");
  g_clear_error (&error);

  cr_record_set (r, "received-date", NULL);
  g_assert_true (cr_record_validate (r, &error));
  g_assert_no_error (error);

  /* Overdue the day after the due date, until received. */
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 21, 3, 2025);
  g_assert_false (cr_agency_summary_is_overdue (summary, &day));
  g_date_set_dmy (&day, 22, 3, 2025);
  g_assert_true (cr_agency_summary_is_overdue (summary, &day));
  g_assert_true (cr_agency_summary_is_overdue (summary, NULL));
  cr_record_set (r, "received-date", "2025-03-24");
  g_assert_false (cr_agency_summary_is_overdue (summary, &day));
  cr_record_set (r, "received-date", NULL);
  cr_record_set (r, "due-date", NULL);
  g_assert_false (cr_agency_summary_is_overdue (summary, &day));
}

static void
test_sign_off_and_attendee (void)
{
  g_autoptr(CrSignOff) sign_off = cr_sign_off_new ("icb");
  g_autoptr(CrSignOff) nobody = cr_sign_off_new (NULL);
  g_autoptr(CrAttendee) attendee = cr_attendee_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (cr_record_get (CR_RECORD (sign_off), "partner"), ==, "icb");
  g_assert_false (cr_sign_off_is_complete (sign_off));
  cr_record_set (CR_RECORD (sign_off), "name", "Dr Shah");
  g_assert_false (cr_sign_off_is_complete (sign_off));
  cr_record_set (CR_RECORD (sign_off), "signed-date", "2025-03-20");
  g_assert_true (cr_sign_off_is_complete (sign_off));
  g_assert_true (cr_record_validate (CR_RECORD (sign_off), NULL));

  g_assert_false (cr_record_validate (CR_RECORD (nobody), &error));
  assert_invalid (error, "Choose the safeguarding partner.");
  g_clear_error (&error);
  cr_record_set (CR_RECORD (nobody), "partner", "fire-service");
  g_assert_false (cr_record_validate (CR_RECORD (nobody), &error));
  assert_invalid (error, "fire-service");
  g_clear_error (&error);

  g_assert_false (cr_record_validate (CR_RECORD (attendee), &error));
  assert_invalid (error, "Choose the agency of the attendee.");
  g_clear_error (&error);
  cr_record_set (CR_RECORD (attendee), "agency-id", "2");
  g_assert_false (cr_record_validate (CR_RECORD (attendee), &error));
  assert_invalid (error, "Enter the name of the attendee.");
  g_clear_error (&error);
  cr_record_set (CR_RECORD (attendee), "name", "J. Okafor");
  g_assert_true (cr_record_validate (CR_RECORD (attendee), &error));
  g_assert_no_error (error);
}

/* ---- CrRapidReview ----------------------------------------------------- */

static CrAttendee *
make_attendee (const char *agency_id,
               const char *name,
               const char *attended)
{
  CrAttendee *attendee = cr_attendee_new ();

  cr_record_set (CR_RECORD (attendee), "agency-id", agency_id);
  cr_record_set (CR_RECORD (attendee), "name", name);
  cr_record_set (CR_RECORD (attendee), "attended", attended);
  return attendee;
}

static void
sign_all (CrRapidReview *rr,
          const char    *date)
{
  GListModel *sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (rr));

  for (guint i = 0; i < g_list_model_get_n_items (sign_offs); i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (sign_offs, i);
      g_autofree char *name = g_strdup_printf ("Partner %u", i + 1);

      cr_record_set (sign_off, "name", name);
      cr_record_set (sign_off, "signed-date", date);
    }
}

static void
assert_rr_step_fails (CrRapidReview     *rr,
                      CrRapidReviewStep  step,
                      const char        *expected_field,
                      const char        *fragment)
{
  g_autoptr(GError) error = NULL;
  const char *field = "unset";

  g_assert_false (cr_rapid_review_check_step (rr, step, &field, &error));
  assert_invalid (error, fragment);
  g_assert_cmpstr (field, ==, expected_field);
}

static void
assert_rr_step_passes (CrRapidReview     *rr,
                       CrRapidReviewStep  step)
{
  g_autoptr(GError) error = NULL;
  const char *field = "unset";

  if (!cr_rapid_review_check_step (rr, step, &field, &error))
    g_error ("rapid review step %d refused (%s): %s", step, field, error->message);
  g_assert_null (field);
}

static void
test_rapid_review_sign_offs (void)
{
  g_autoptr(CrRapidReview) rr = cr_rapid_review_new ();
  GListModel *sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (rr));
  const char *expected[] = { "local-authority", "icb", "police" };

  g_assert_cmpuint (g_list_model_get_n_items (sign_offs), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (sign_offs, i);

      g_assert_true (CR_IS_SIGN_OFF (sign_off));
      g_assert_cmpstr (cr_record_get (sign_off, "partner"), ==, expected[i]);
    }

  g_assert_nonnull (cr_rapid_review_get_attendees (rr));
  g_assert_nonnull (cr_rapid_review_get_summaries (rr));
  g_assert_false (cr_rapid_review_is_signed_off (rr));
  sign_all (rr, "2025-03-20");
  g_assert_true (cr_rapid_review_is_signed_off (rr));

  {
    g_autoptr(CrRecord) police = g_list_model_get_item (sign_offs, 2);

    cr_record_set (police, "signed-date", NULL);
    g_assert_false (cr_rapid_review_is_signed_off (rr));
  }
}

static void
test_rapid_review_steps (void)
{
  g_autoptr(CrRapidReview) rr = cr_rapid_review_new ();
  CrRecord *r = CR_RECORD (rr);
  GListStore *attendees = cr_rapid_review_get_attendees (rr);
  GListStore *summaries = cr_rapid_review_get_summaries (rr);
  g_autoptr(CrAttendee) apologies = make_attendee ("2", "A. Moss", "false");
  g_autoptr(CrAttendee) present = make_attendee ("3", "B. Lund", "true");
  g_autoptr(CrAttendee) nameless = make_attendee ("4", NULL, "true");
  g_autoptr(CrAgencySummary) s1 = cr_agency_summary_new ();
  g_autoptr(CrAgencySummary) s2 = cr_agency_summary_new ();
  g_autofree char *next_week = iso_days_from_today (7);
  const char *criteria[] = { "a", "b", "c", "d" };

  /* Meeting: a date (may be planned ahead) and someone who attended. */
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_MEETING, "meeting-date", "Enter the date of the meeting.");
  cr_record_set (r, "meeting-date", next_week);
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_MEETING, "attendees", "at least one person who attended");
  g_list_store_append (attendees, apologies);
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_MEETING, "attendees", "at least one person who attended");
  g_list_store_append (attendees, nameless);
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_MEETING, "attendees", "Enter the name of the attendee.");
  g_list_store_remove (attendees, 1);
  g_list_store_append (attendees, present);
  cr_record_set (r, "meeting-time", "1pm");
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_MEETING, "meeting-time", "HH:MM");
  cr_record_set (r, "meeting-time", "13:00");
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_MEETING);

  /* Summaries: none required; each valid; one per agency. */
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_SUMMARIES);
  g_list_store_append (summaries, s1);
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_SUMMARIES, "summaries", "Choose the agency of the summary.");
  cr_record_set (CR_RECORD (s1), "agency-id", "3");
  cr_record_set (CR_RECORD (s1), "requested-date", "2025-03-07");
  cr_record_set (CR_RECORD (s1), "due-date", "2025-03-21");
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_SUMMARIES);
  cr_record_set (CR_RECORD (s2), "agency-id", "3");
  cr_record_set (CR_RECORD (s2), "agency-name", "Police");
  g_list_store_append (summaries, s2);
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_SUMMARIES, "summaries", "This agency is already listed");
  cr_record_set (CR_RECORD (s2), "agency-id", "4");
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_SUMMARIES);

  /* Episodes, actions. */
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_EPISODES, "key-practice-episodes", "Enter the key practice episodes.");
  cr_record_set (r, "key-practice-episodes", "Health visit in January.");
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_EPISODES);
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_ACTIONS, "immediate-actions", "Enter the immediate safeguarding actions.");
  cr_record_set (r, "immediate-actions", "Siblings placed with grandparents.");
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_ACTIONS);

  /* Criteria: each answer and its reasons, then the national view. */
  for (guint i = 0; i < G_N_ELEMENTS (criteria); i++)
    {
      g_autofree char *name = g_strdup_printf ("criterion-%s", criteria[i]);
      g_autofree char *rationale = g_strdup_printf ("criterion-%s-rationale", criteria[i]);
      g_autofree char *answer_label = g_strdup_printf ("Choose the answer to criterion (%s)", criteria[i]);
      g_autofree char *reasons_label = g_strdup_printf ("Enter the reasons for the answer to criterion (%s).", criteria[i]);

      assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_CRITERIA, name, answer_label);
      cr_record_set (r, name, "maybe");
      assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_CRITERIA, name, "maybe");
      cr_record_set (r, name, i % 2 ? "no" : "yes");
      assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_CRITERIA, rationale, reasons_label);
      cr_record_set (r, rationale, "Because.");
    }
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_CRITERIA, "national-importance", "Choose the view");
  cr_record_set (r, "national-importance", "no");
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_CRITERIA);

  /* Decision. */
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_DECISION, "decision", "Choose the decision.");
  cr_record_set (r, "decision", "lcspr");
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_DECISION, "decision-rationale", "Enter the reasons for the decision.");
  cr_record_set (r, "decision-rationale", "Criteria (a) and (c) met.");
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_DECISION, "decision-date", "Enter the date of the decision.");
  cr_record_set (r, "decision-date", "2025-03-18");
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_DECISION);

  /* Sign-off: complete sign-offs needed only once the report is sent. */
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_SIGN_OFF);
  cr_record_set (r, "decision", NULL);
  cr_record_set (r, "report-sent-date", "2025-03-21");
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_SIGN_OFF, "report-sent-date", "before the decision is recorded");
  cr_record_set (r, "decision", "lcspr");
  cr_record_set (r, "report-sent-date", NULL);
  cr_record_set (r, "report-sent-date", "2025-03-21");
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_SIGN_OFF, "report-sent-date", "all three safeguarding partners");
  sign_all (rr, "2025-03-24");
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_SIGN_OFF, "report-sent-date", "before the sign-off of “Local authority”");
  sign_all (rr, "2025-03-20");
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_SIGN_OFF);
  cr_record_set (r, "report-sent-date", "2025-03-17");
  sign_all (rr, "2025-03-16");
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_SIGN_OFF, "report-sent-date", "cannot be before “Date of the decision”");
  cr_record_set (r, "report-sent-date", "2025-03-21");
  sign_all (rr, "2025-03-20");

  /* Panel: optional, but a response comes with a date. */
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_PANEL);
  cr_record_set (r, "panel-response", "agrees");
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_PANEL, "panel-response-date", "Enter the date of the Panel's response.");
  cr_record_set (r, "panel-response-date", "2025-03-20");
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_PANEL, "panel-response-date", "cannot be before");
  cr_record_set (r, "panel-response-date", "2025-04-01");
  assert_rr_step_passes (rr, CR_RAPID_REVIEW_STEP_PANEL);
  cr_record_set (r, "panel-response", NULL);
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_PANEL, "panel-response", "Choose the response of the Panel.");
  cr_record_set (r, "panel-response", "more-information");

  g_assert_true (cr_record_validate (r, NULL));

  /* A Panel response needs a sent report. */
  cr_record_set (r, "report-sent-date", NULL);
  assert_rr_step_fails (rr, CR_RAPID_REVIEW_STEP_PANEL, "panel-response", "record the date the report was sent");
  g_assert_false (cr_record_validate (r, NULL));
}

/* ---- Status path ------------------------------------------------------- */

static const char *decisions[] = {
  NULL, "lcspr", "no-further-review", "other-learning-review", "national-review", "not-notifiable"
};
static const char *responses[] = {
  NULL, "agrees", "reconsider", "more-information", "national-review"
};

static GArray *
path_from (CrRapidReview *rr,
           CrCaseStatus   current)
{
  GArray *path = g_array_new (FALSE, FALSE, sizeof (CrCaseStatus));

  cr_rapid_review_get_status_path (rr, current, path);
  return path;
}

static void
assert_path (CrRapidReview *rr,
             CrCaseStatus   current,
             int            n,
             ...)
{
  g_autoptr(GArray) path = path_from (rr, current);
  va_list args;

  if ((int) path->len != n)
    g_error ("from %s: %u steps, expected %d", cr_case_status_to_nick (current), path->len, n);

  va_start (args, n);
  for (int i = 0; i < n; i++)
    g_assert_cmpstr (cr_case_status_to_nick (g_array_index (path, CrCaseStatus, i)), ==,
                     cr_case_status_to_nick (va_arg (args, CrCaseStatus)));
  va_end (args);
}

static void
test_status_path_examples (void)
{
  g_autoptr(CrRapidReview) rr = cr_rapid_review_new ();
  CrRecord *r = CR_RECORD (rr);

  /* Nothing recorded: nothing moves. */
  assert_path (rr, CR_CASE_STATUS_NOTIFIED, 0);

  cr_record_set (r, "meeting-date", "2025-03-12");
  assert_path (rr, CR_CASE_STATUS_NOTIFIED, 1, CR_CASE_STATUS_RAPID_REVIEW);
  assert_path (rr, CR_CASE_STATUS_RAPID_REVIEW, 0);
  assert_path (rr, CR_CASE_STATUS_REFERRED, 0);

  /* A decision not yet signed off stays in the rapid review. */
  cr_record_set (r, "decision", "lcspr");
  cr_record_set (r, "decision-date", "2025-03-18");
  assert_path (rr, CR_CASE_STATUS_NOTIFIED, 1, CR_CASE_STATUS_RAPID_REVIEW);

  sign_all (rr, "2025-03-20");
  assert_path (rr, CR_CASE_STATUS_NOTIFIED, 2, CR_CASE_STATUS_RAPID_REVIEW,
               CR_CASE_STATUS_RAPID_REVIEW_DECISION);

  cr_record_set (r, "report-sent-date", "2025-03-21");
  assert_path (rr, CR_CASE_STATUS_RAPID_REVIEW, 2, CR_CASE_STATUS_RAPID_REVIEW_DECISION,
               CR_CASE_STATUS_AWAITING_PANEL);

  cr_record_set (r, "panel-response", "agrees");
  cr_record_set (r, "panel-response-date", "2025-04-01");
  assert_path (rr, CR_CASE_STATUS_NOTIFIED, 4, CR_CASE_STATUS_RAPID_REVIEW,
               CR_CASE_STATUS_RAPID_REVIEW_DECISION, CR_CASE_STATUS_AWAITING_PANEL,
               CR_CASE_STATUS_LCSPR_COMMISSIONING);
  assert_path (rr, CR_CASE_STATUS_AWAITING_PANEL, 1, CR_CASE_STATUS_LCSPR_COMMISSIONING);
  assert_path (rr, CR_CASE_STATUS_LCSPR_COMMISSIONING, 0);
  assert_path (rr, CR_CASE_STATUS_LCSPR_EVIDENCE, 0);

  /* Asked to reconsider: back to the decision, once. */
  cr_record_set (r, "panel-response", "reconsider");
  assert_path (rr, CR_CASE_STATUS_AWAITING_PANEL, 1, CR_CASE_STATUS_RAPID_REVIEW_DECISION);
  assert_path (rr, CR_CASE_STATUS_RAPID_REVIEW_DECISION, 0);

  /* The partners decide again and the Panel agrees. */
  cr_record_set (r, "decision", "no-further-review");
  cr_record_set (r, "panel-response", "agrees");
  assert_path (rr, CR_CASE_STATUS_RAPID_REVIEW_DECISION, 2, CR_CASE_STATUS_AWAITING_PANEL,
               CR_CASE_STATUS_NO_FURTHER_REVIEW);

  /* The Panel takes it on nationally, whatever the decision. */
  cr_record_set (r, "panel-response", "national-review");
  assert_path (rr, CR_CASE_STATUS_AWAITING_PANEL, 1, CR_CASE_STATUS_NATIONAL_REVIEW);

  /* Not notifiable ends the rapid review. */
  cr_record_set (r, "decision", "not-notifiable");
  cr_record_set (r, "panel-response", NULL);
  cr_record_set (r, "panel-response-date", NULL);
  assert_path (rr, CR_CASE_STATUS_NOTIFIED, 2, CR_CASE_STATUS_RAPID_REVIEW,
               CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED);
  assert_path (rr, CR_CASE_STATUS_RAPID_REVIEW, 1, CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED);
  assert_path (rr, CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED, 0);
}

/* Every decision, response and stage, from every status: each step is a
 * legal move, and the path is idempotent. */
static void
test_status_path_exhaustive (void)
{
  guint n_paths = 0, n_steps = 0;

  for (guint d = 0; d < G_N_ELEMENTS (decisions); d++)
    for (guint signed_off = 0; signed_off < 2; signed_off++)
      for (guint sent = 0; sent < 2; sent++)
        for (guint p = 0; p < G_N_ELEMENTS (responses); p++)
          {
            g_autoptr(CrRapidReview) rr = cr_rapid_review_new ();
            CrRecord *r = CR_RECORD (rr);

            cr_record_set (r, "meeting-date", "2025-03-12");
            cr_record_set (r, "decision", decisions[d]);
            if (signed_off)
              sign_all (rr, "2025-03-20");
            if (sent)
              cr_record_set (r, "report-sent-date", "2025-03-21");
            cr_record_set (r, "panel-response", responses[p]);

            for (CrCaseStatus current = 0; current <= CR_CASE_STATUS_LAST; current++)
              {
                g_autoptr(GArray) path = path_from (rr, current);
                g_autoptr(GArray) again = NULL;
                CrCaseStatus at = current;

                for (guint i = 0; i < path->len; i++)
                  {
                    CrCaseStatus next = g_array_index (path, CrCaseStatus, i);

                    if (!cr_case_status_can_transition (at, next, CR_CASE_STATUS_REFERRED))
                      g_error ("decision %s, response %s: %s → %s is not legal",
                               decisions[d], responses[p],
                               cr_case_status_to_nick (at), cr_case_status_to_nick (next));
                    at = next;
                    n_steps++;
                  }

                again = path_from (rr, at);
                if (again->len != 0)
                  g_error ("decision %s, response %s: from %s the path is not idempotent",
                           decisions[d], responses[p], cr_case_status_to_nick (current));

                /* The rapid review never moves a case before notification
                 * or past the Panel's response. */
                if (current < CR_CASE_STATUS_NOTIFIED || current > CR_CASE_STATUS_AWAITING_PANEL)
                  g_assert_cmpuint (path->len, ==, 0);

                /* The outcome follows the Panel's agreement and nothing else. */
                if (path->len > 0 && decisions[d] != NULL && signed_off && sent &&
                    g_strcmp0 (responses[p], "agrees") == 0 &&
                    g_strcmp0 (decisions[d], "not-notifiable") != 0)
                  g_assert_cmpint (cr_case_status_is_terminal (at) ||
                                   at == CR_CASE_STATUS_LCSPR_COMMISSIONING ||
                                   at == CR_CASE_STATUS_NO_FURTHER_REVIEW ||
                                   at == CR_CASE_STATUS_OTHER_LEARNING_REVIEW ||
                                   at == CR_CASE_STATUS_NATIONAL_REVIEW, ==, TRUE);

                n_paths++;
              }
          }

  g_assert_cmpuint (n_paths, ==, 6 * 2 * 2 * 5 * (CR_CASE_STATUS_LAST + 1));
  g_assert_cmpuint (n_steps, >, 0);
}

static void
test_review_type (void)
{
  g_autoptr(CrRapidReview) rr = cr_rapid_review_new ();
  CrRecord *r = CR_RECORD (rr);

  g_assert_cmpint (cr_rapid_review_get_review_type (rr), ==, CR_REVIEW_TYPE_UNDECIDED);
  cr_record_set (r, "decision", "lcspr");
  g_assert_cmpint (cr_rapid_review_get_review_type (rr), ==, CR_REVIEW_TYPE_LCSPR);
  cr_record_set (r, "decision", "no-further-review");
  g_assert_cmpint (cr_rapid_review_get_review_type (rr), ==, CR_REVIEW_TYPE_RAPID_REVIEW_ONLY);
  cr_record_set (r, "decision", "other-learning-review");
  g_assert_cmpint (cr_rapid_review_get_review_type (rr), ==, CR_REVIEW_TYPE_OTHER_LEARNING_REVIEW);
  cr_record_set (r, "decision", "national-review");
  g_assert_cmpint (cr_rapid_review_get_review_type (rr), ==, CR_REVIEW_TYPE_NATIONAL);
  cr_record_set (r, "decision", "not-notifiable");
  g_assert_cmpint (cr_rapid_review_get_review_type (rr), ==, CR_REVIEW_TYPE_RAPID_REVIEW_ONLY);
}

static void
assert_due (const char *notified,
            GArray     *closures,
            const char *expected)
{
  GDate due;
  g_autofree char *iso = NULL;

  g_assert_true (cr_rapid_review_default_summary_due (notified, closures, &due));
  iso = cr_date_to_iso (&due);
  g_assert_cmpstr (iso, ==, expected);
}

static void
test_summary_due (void)
{
  g_autoptr(GArray) closures = g_array_new (FALSE, FALSE, sizeof (guint32));
  GDate closure, due;
  guint32 julian;

  /* Tuesday 4 March 2025 + 10 working days: Tuesday 18 March. */
  assert_due ("2025-03-04", NULL, "2025-03-18");

  /* Friday 19 Dec 2025: the 10 working days skip 25, 26 Dec and 1 Jan,
   * ending on Wednesday 7 Jan 2026. */
  assert_due ("2025-12-19", NULL, "2026-01-07");

  /* Over Easter 2025 (Good Friday 18, Easter Monday 21 April). */
  assert_due ("2025-04-14", NULL, "2025-04-30");

  /* A partnership closure day pushes it one more day. */
  g_date_clear (&closure, 1);
  g_date_set_dmy (&closure, 24, 12, 2025);
  julian = g_date_get_julian (&closure);
  g_array_append_val (closures, julian);
  assert_due ("2025-12-19", closures, "2026-01-08");

  g_assert_false (cr_rapid_review_default_summary_due (NULL, NULL, &due));
  g_assert_false (cr_rapid_review_default_summary_due ("19/12/2025", NULL, &due));
  g_assert_false (cr_rapid_review_default_summary_due ("2025-02-30", NULL, &due));
}

/* ---- Drafts ------------------------------------------------------------ */

static const char *awkward_text =
  "Line one = with [brackets] and # hash;\n"
  "Line two: \"quotes\", back\\slash, café, 子供 and a trailing space ";

static void
assert_same_record (CrRecord *a,
                    CrRecord *b)
{
  guint n;
  const CrRecordField *fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (a), &n);

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  g_assert_cmpint (cr_record_get_id (a), ==, cr_record_get_id (b));
  g_assert_cmpint (cr_record_get_case_id (a), ==, cr_record_get_case_id (b));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (cr_record_get (a, fields[i].name), ==, cr_record_get (b, fields[i].name));
}

static void
assert_same_records (GListModel *a,
                     GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(CrRecord) ra = g_list_model_get_item (a, i);
      g_autoptr(CrRecord) rb = g_list_model_get_item (b, i);

      assert_same_record (ra, rb);
    }
}

static void
test_referral_draft_round_trip (void)
{
  g_autoptr(CrReferral) referral = make_referral ();
  g_autoptr(CrReferral) loaded = NULL;
  g_autoptr(CrChild) child_b = make_child ("Child B");
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autoptr(CrInvolvement) school = make_involvement (9, "Northshire Primary", NULL);
  g_autoptr(CrParallelProcess) inquest = make_process ("inquest", "not-started");
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *again = NULL;
  CrRecord *r = CR_RECORD (referral);
  GListModel *children;
  int step = -1;

  cr_record_set_id (r, 11);
  cr_record_set_case_id (r, 4);
  cr_record_set (r, "summary", awkward_text);
  cr_record_set (r, "abuse-kinds", "neglect;domestic-abuse");
  cr_record_set (r, "notifier-email", "half typed@");   /* kept as typed */
  cr_record_set (r, "media-interest", "true");

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, "Real Name");
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2015-06-01");
  cr_identity_set_state (identity, CR_IDENTITY_FIELD_ETHNICITY, CR_FIELD_STATE_DECLINED);
  cr_identity_set_state (identity, CR_IDENTITY_FIELD_DISABILITY, CR_FIELD_STATE_NOT_KNOWN);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_ADDRESS, "1 High Street\nNorthtown");
  cr_child_set_identity (child_b, identity);
  cr_child_set_id (child_b, 21);
  g_list_store_append (cr_referral_get_children (referral), child_b);
  g_list_store_append (cr_referral_get_involvements (referral), school);
  cr_record_set (CR_RECORD (inquest), "notes", awkward_text);
  cr_record_set (CR_RECORD (inquest), "review-date", "2027-01-15");
  g_list_store_append (cr_referral_get_processes (referral), inquest);

  draft = cr_referral_to_draft (referral, CR_REFERRAL_STEP_AREA);
  g_assert_nonnull (draft);
  g_assert_nonnull (strstr (draft, "format=case-reviews-draft"));
  g_assert_nonnull (strstr (draft, "kind=referral"));
  g_assert_nonnull (strstr (draft, "[child-1]"));

  loaded = cr_referral_new_from_draft (draft, &step, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpint (step, ==, CR_REFERRAL_STEP_AREA);
  assert_same_record (r, CR_RECORD (loaded));
  g_assert_cmpstr (cr_record_get (CR_RECORD (loaded), "summary"), ==, awkward_text);

  /* Children with their identity. */
  children = G_LIST_MODEL (cr_referral_get_children (loaded));
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 2);
  {
    g_autoptr(CrChild) a = g_list_model_get_item (children, 0);
    g_autoptr(CrChild) b = g_list_model_get_item (children, 1);
    CrIdentity *id_b = cr_child_get_identity (b);

    g_assert_cmpstr (cr_child_get_pseudonym (a), ==, "Child A");
    g_assert_null (cr_child_get_identity (a));
    g_assert_cmpstr (cr_child_get_pseudonym (b), ==, "Child B");
    g_assert_cmpint (cr_child_get_id (b), ==, 21);
    g_assert_nonnull (id_b);
    for (CrIdentityField f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
      {
        g_assert_cmpint (cr_identity_get_state (id_b, f), ==, cr_identity_get_state (identity, f));
        g_assert_cmpstr (cr_identity_get_value (id_b, f), ==, cr_identity_get_value (identity, f));
      }
  }

  /* Involvements. */
  {
    GListModel *list = G_LIST_MODEL (cr_referral_get_involvements (loaded));
    g_autoptr(CrInvolvement) first = g_list_model_get_item (list, 0);
    g_autoptr(CrInvolvement) second = g_list_model_get_item (list, 1);

    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
    g_assert_cmpint (cr_involvement_get_agency_id (first), ==, 3);
    g_assert_cmpstr (cr_involvement_get_agency_name (first), ==, "Police");
    g_assert_cmpstr (cr_involvement_get_role (first), ==, "Lead agency");
    g_assert_cmpint (cr_involvement_get_agency_id (second), ==, 9);
    g_assert_null (cr_involvement_get_role (second));
  }

  /* Processes. */
  assert_same_records (G_LIST_MODEL (cr_referral_get_processes (referral)),
                       G_LIST_MODEL (cr_referral_get_processes (loaded)));

  /* Writing the loaded one gives the same text. */
  again = cr_referral_to_draft (loaded, CR_REFERRAL_STEP_AREA);
  g_assert_cmpstr (again, ==, draft);

  /* An empty referral round-trips too. */
  {
    g_autoptr(CrReferral) empty = cr_referral_new ();
    g_autofree char *empty_draft = cr_referral_to_draft (empty, 0);
    g_autoptr(CrReferral) empty_loaded = cr_referral_new_from_draft (empty_draft, NULL, &error);

    g_assert_no_error (error);
    assert_same_record (CR_RECORD (empty), CR_RECORD (empty_loaded));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cr_referral_get_children (empty_loaded))), ==, 0);
  }
}

static CrRapidReview *
make_rapid_review (void)
{
  CrRapidReview *rr = cr_rapid_review_new ();
  CrRecord *r = CR_RECORD (rr);
  g_autoptr(CrAttendee) a1 = make_attendee ("3", "B. Lund", "true");
  g_autoptr(CrAttendee) a2 = make_attendee ("5", "C. Dunn", "false");
  g_autoptr(CrAgencySummary) summary = cr_agency_summary_new ();

  cr_record_set_case_id (r, 8);
  cr_record_set (r, "meeting-date", "2025-03-12");
  cr_record_set (r, "meeting-time", "10:00");
  cr_record_set (r, "chair", "Independent chair");
  cr_record_set (r, "key-practice-episodes", awkward_text);
  cr_record_set (r, "criterion-a", "yes");
  cr_record_set (r, "decision", "lcspr");
  cr_record_set (r, "decision-date", "2025-03-18");
  cr_record_set (CR_RECORD (a1), "agency-name", "Police");
  cr_record_set (CR_RECORD (a2), "role", "Designated nurse");
  g_list_store_append (cr_rapid_review_get_attendees (rr), a1);
  g_list_store_append (cr_rapid_review_get_attendees (rr), a2);
  cr_record_set (CR_RECORD (summary), "agency-id", "3");
  cr_record_set (CR_RECORD (summary), "requested-date", "2025-03-07");
  cr_record_set (CR_RECORD (summary), "summary", awkward_text);
  g_list_store_append (cr_rapid_review_get_summaries (rr), summary);
  sign_all (rr, "2025-03-20");

  return rr;
}

static void
test_rapid_review_draft_round_trip (void)
{
  g_autoptr(CrRapidReview) rr = make_rapid_review ();
  g_autoptr(CrRapidReview) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;
  int step = -1;

  draft = cr_rapid_review_to_draft (rr, CR_RAPID_REVIEW_STEP_CRITERIA);
  g_assert_nonnull (strstr (draft, "kind=rapid-review"));

  loaded = cr_rapid_review_new_from_draft (draft, &step, &error);
  g_assert_no_error (error);
  g_assert_cmpint (step, ==, CR_RAPID_REVIEW_STEP_CRITERIA);
  assert_same_record (CR_RECORD (rr), CR_RECORD (loaded));
  assert_same_records (G_LIST_MODEL (cr_rapid_review_get_attendees (rr)),
                       G_LIST_MODEL (cr_rapid_review_get_attendees (loaded)));
  assert_same_records (G_LIST_MODEL (cr_rapid_review_get_summaries (rr)),
                       G_LIST_MODEL (cr_rapid_review_get_summaries (loaded)));
  assert_same_records (G_LIST_MODEL (cr_rapid_review_get_sign_offs (rr)),
                       G_LIST_MODEL (cr_rapid_review_get_sign_offs (loaded)));
  g_assert_true (cr_rapid_review_is_signed_off (loaded));

  /* A referral draft is not a rapid review draft, and the other way round. */
  {
    g_autoptr(CrReferral) referral = cr_referral_new_from_draft (draft, NULL, &error);

    g_assert_null (referral);
    assert_invalid (error, "This draft could not be read");
  }
}

static void
assert_referral_draft_refused (const char *data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrReferral) referral = NULL;
  int step = -7;

  referral = cr_referral_new_from_draft (data, &step, &error);
  if (referral != NULL)
    g_error ("draft accepted:\n%s", data);
  assert_invalid (error, "This draft could not be read");
  g_assert_cmpint (step, ==, -7);
}

static void
assert_rr_draft_refused (const char *data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CrRapidReview) rr = cr_rapid_review_new_from_draft (data, NULL, &error);

  if (rr != NULL)
    g_error ("draft accepted:\n%s", data);
  assert_invalid (error, "This draft could not be read");
}

#define HEAD(kind, step) \
  "[draft]\nformat=case-reviews-draft\nversion=1\nkind=" kind "\nstep=" step "\n"

static void
test_draft_malformed (void)
{
  g_autoptr(CrReferral) ok = NULL;

  /* The smallest good draft, to be sure the refusals below are meant. */
  ok = cr_referral_new_from_draft (HEAD ("referral", "0") "[referral]\nid=0\n", NULL, NULL);
  g_assert_nonnull (ok);

  assert_referral_draft_refused (NULL);
  assert_referral_draft_refused ("");
  assert_referral_draft_refused ("not a key file at all");
  assert_referral_draft_refused ("[draft]\nformat=other\nversion=1\nkind=referral\nstep=0\n[referral]\nid=0\n");
  assert_referral_draft_refused ("[draft]\nformat=case-reviews-draft\nversion=2\nkind=referral\nstep=0\n[referral]\nid=0\n");
  assert_referral_draft_refused ("[draft]\nformat=case-reviews-draft\nkind=referral\nstep=0\n[referral]\nid=0\n");
  assert_referral_draft_refused (HEAD ("rapid-review", "0") "[referral]\nid=0\n");
  assert_referral_draft_refused (HEAD ("referral", "7") "[referral]\nid=0\n");
  assert_referral_draft_refused (HEAD ("referral", "-1") "[referral]\nid=0\n");
  assert_referral_draft_refused (HEAD ("referral", "two") "[referral]\nid=0\n");
  assert_referral_draft_refused (HEAD ("referral", "0"));
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=abc\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=-4\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\n[surprise]\nx=1\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\n[child-1]\npseudonym=Child B\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\n[child-0]\npseudonym=A\n[child-2]\npseudonym=C\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\n[child-00]\npseudonym=A\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\n[child-0]\nidentity=perhaps\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\n[child-0]\nidentity=true\nname-state=vague\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\n[child-0]\nidentity=true\nname=Real Name\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\n[child-0]\nidentity=true\nname-state=declined\nname=Real Name\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\n[involvement-0]\nagency-id=lots\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\nsummary=bad escape \\q\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\nsummary=bad \xff bytes\n");
  assert_referral_draft_refused (HEAD ("referral", "0") "[referral]\nid=0\n[process-0]\ncase-id=x\n");

  assert_rr_draft_refused (HEAD ("rapid-review", "8") "[rapid-review]\nid=0\n");
  assert_rr_draft_refused (HEAD ("rapid-review", "0") "[rapid-review]\nid=0\n[sign-off-0]\npartner=police\n[sign-off-1]\npartner=icb\n[sign-off-2]\npartner=local-authority\n");
  assert_rr_draft_refused (HEAD ("rapid-review", "0") "[rapid-review]\nid=0\n[sign-off-0]\npartner=local-authority\n");
  assert_rr_draft_refused (HEAD ("rapid-review", "0") "[rapid-review]\nid=0\n[sign-off-0]\npartner=local-authority\n[sign-off-1]\npartner=icb\n[sign-off-2]\npartner=police\n[sign-off-3]\npartner=police\n");

  /* Unknown keys are ignored and long values cut to the field's length. */
  {
    g_autofree char *long_location = g_strnfill (500, 'z');
    g_autofree char *data = g_strconcat (HEAD ("referral", "2"),
                                         "[referral]\nid=0\nfuture-key=1\nlocation=", long_location,
                                         "\nincident-time=half typed\n", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(CrReferral) loaded = cr_referral_new_from_draft (data, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (strlen (cr_record_get (CR_RECORD (loaded), "location")), ==, 200);
    g_assert_cmpstr (cr_record_get (CR_RECORD (loaded), "incident-time"), ==, "half typed");
  }
}

/* Truncations, flipped bytes and random bytes never crash: each either
 * loads or is refused with CR_CASE_ERROR_INVALID. */
static void
fuzz_one (const char *data,
          guint      *n_loaded)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) rr_error = NULL;
  g_autoptr(CrReferral) referral = cr_referral_new_from_draft (data, NULL, &error);
  g_autoptr(CrRapidReview) rr = cr_rapid_review_new_from_draft (data, NULL, &rr_error);

  if (referral == NULL)
    g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  else
    {
      g_autofree char *again = cr_referral_to_draft (referral, 0);

      g_assert_no_error (error);
      g_assert_nonnull (again);
      (*n_loaded)++;
    }

  if (rr == NULL)
    g_assert_error (rr_error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  else
    {
      g_autofree char *again = cr_rapid_review_to_draft (rr, 0);

      g_assert_nonnull (again);
      (*n_loaded)++;
    }
}

static void
test_draft_fuzz (void)
{
  g_autoptr(CrReferral) referral = make_referral ();
  g_autoptr(CrRapidReview) rr = make_rapid_review ();
  g_autoptr(CrChild) child = make_child ("Child B");
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autofree char *referral_draft = NULL;
  g_autofree char *rr_draft = NULL;
  const char *drafts[2];
  guint n_loaded = 0;
  GRand *rand = g_rand_new_with_seed (20260214);

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, "Real Name");
  cr_identity_set_state (identity, CR_IDENTITY_FIELD_SEX, CR_FIELD_STATE_NOT_KNOWN);
  cr_child_set_identity (child, identity);
  g_list_store_append (cr_referral_get_children (referral), child);

  referral_draft = cr_referral_to_draft (referral, 3);
  rr_draft = cr_rapid_review_to_draft (rr, 5);
  drafts[0] = referral_draft;
  drafts[1] = rr_draft;

  for (guint d = 0; d < G_N_ELEMENTS (drafts); d++)
    {
      gsize len = strlen (drafts[d]);

      /* Every truncation. */
      for (gsize cut = 0; cut <= len; cut++)
        {
          g_autofree char *part = g_strndup (drafts[d], cut);

          fuzz_one (part, &n_loaded);
        }

      /* Flipped and replaced bytes. */
      for (guint round = 0; round < 2000; round++)
        {
          g_autofree char *copy = g_strdup (drafts[d]);
          guint n_changes = (guint) g_rand_int_range (rand, 1, 6);

          for (guint c = 0; c < n_changes; c++)
            {
              gsize at = (gsize) g_rand_int_range (rand, 0, (gint32) len);
              char byte = (char) g_rand_int_range (rand, 1, 256);

              copy[at] = byte;
            }
          fuzz_one (copy, &n_loaded);
        }
    }

  /* Random bytes, and random lines that look like a key file. */
  for (guint round = 0; round < 500; round++)
    {
      gsize len = (gsize) g_rand_int_range (rand, 0, 400);
      g_autofree char *noise = g_malloc (len + 1);

      for (gsize i = 0; i < len; i++)
        noise[i] = (char) g_rand_int_range (rand, 1, 256);
      noise[len] = '\0';
      fuzz_one (noise, &n_loaded);
    }

  /* Whole truncations near the end still load (the last line cut). */
  g_assert_cmpuint (n_loaded, >, 0);
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/records/record/properties", test_record_properties);
  g_test_add_func ("/records/record/field-checks", test_field_checks);
  g_test_add_func ("/records/record/required", test_record_required);
  g_test_add_func ("/records/referral/cross-field", test_referral_cross_field);
  g_test_add_func ("/records/referral/steps", test_referral_steps);
  g_test_add_func ("/records/referral/validate-lists", test_referral_validate_lists);
  g_test_add_func ("/records/referral/warnings", test_referral_warnings);
  g_test_add_func ("/records/referral/initial-status", test_referral_initial_status);
  g_test_add_func ("/records/agency-summary", test_agency_summary);
  g_test_add_func ("/records/sign-off-and-attendee", test_sign_off_and_attendee);
  g_test_add_func ("/records/rapid-review/sign-offs", test_rapid_review_sign_offs);
  g_test_add_func ("/records/rapid-review/steps", test_rapid_review_steps);
  g_test_add_func ("/records/rapid-review/status-path", test_status_path_examples);
  g_test_add_func ("/records/rapid-review/status-path-exhaustive", test_status_path_exhaustive);
  g_test_add_func ("/records/rapid-review/review-type", test_review_type);
  g_test_add_func ("/records/rapid-review/summary-due", test_summary_due);
  g_test_add_func ("/records/draft/referral-round-trip", test_referral_draft_round_trip);
  g_test_add_func ("/records/draft/rapid-review-round-trip", test_rapid_review_draft_round_trip);
  g_test_add_func ("/records/draft/malformed", test_draft_malformed);
  g_test_add_func ("/records/draft/fuzz", test_draft_fuzz);

  return g_test_run ();
}
