/* test-model.c: the core model classes, validation, catalogs, deadlines */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-agency.h"
#include "cr-agency-catalog.h"
#include "cr-audit-entry.h"
#include "cr-case.h"
#include "cr-case-status.h"
#include "cr-child.h"
#include "cr-deadlines.h"
#include "cr-enum-types.h"
#include "cr-family-member.h"
#include "cr-identity.h"
#include "cr-involvement.h"
#include "cr-theme.h"
#include "cr-theme-catalog.h"
#include "cr-util.h"

#include <string.h>

/*
 * Helpers
 */

typedef struct
{
  GHashTable *counts;   /* property name -> count */
} NotifyLog;

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              NotifyLog  *log)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, pspec->name));

  g_hash_table_insert (log->counts, (gpointer) pspec->name, GUINT_TO_POINTER (n + 1));
}

static void
notify_log_init (NotifyLog *log,
                 gpointer   object)
{
  log->counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_signal_connect (object, "notify", G_CALLBACK (on_notify_cb), log);
}

static guint
notify_count (NotifyLog  *log,
              const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, name));
}

static guint
notify_total (NotifyLog *log)
{
  GHashTableIter iter;
  gpointer value;
  guint total = 0;

  g_hash_table_iter_init (&iter, log->counts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    total += GPOINTER_TO_UINT (value);

  return total;
}

static void
notify_log_reset (NotifyLog *log)
{
  g_hash_table_remove_all (log->counts);
}

static void
notify_log_clear (NotifyLog *log)
{
  g_clear_pointer (&log->counts, g_hash_table_unref);
}

static void
date_from (const char *iso,
           GDate      *date)
{
  if (!cr_date_parse_iso (iso, date))
    g_error ("bad test date %s", iso);
}

static char *
iso_days_from_today (int days)
{
  GDate date;

  cr_date_set_today (&date);
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);

  return cr_date_to_iso (&date);
}

static CrCase *
make_valid_case (void)
{
  CrCase *kase = cr_case_new ();

  cr_case_set_reference (kase, "CR-2024-017");
  cr_case_set_pseudonym (kase, "Child A");
  cr_case_set_summary (kase, "Infant admitted with unexplained injuries.\nSiblings safeguarded.");
  cr_case_set_incident_date (kase, "2024-01-10");
  cr_case_set_aware_date (kase, "2024-01-11");
  cr_case_set_notified_date (kase, "2024-01-15");
  cr_case_set_decision_date (kase, "2024-03-01");
  cr_case_set_publication_date (kase, "2024-11-20");

  return kase;
}

static void
assert_invalid (CrCase     *kase,
                const char *fragment1,
                const char *fragment2)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cr_case_validate (kase, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  if (strstr (error->message, fragment1) == NULL ||
      (fragment2 != NULL && strstr (error->message, fragment2) == NULL))
    g_error ("message “%s” lacks “%s” / “%s”", error->message, fragment1,
             fragment2 ? fragment2 : "");
}

/*
 * Utilities
 */

static void
test_util_dates (void)
{
  g_autofree char *display = NULL;
  g_autofree char *display_null = NULL;
  g_autofree char *display_bad = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *now = NULL;
  GDate date;

  g_assert_true (cr_date_parse_iso ("2026-02-03", &date));
  g_assert_cmpint (g_date_get_year (&date), ==, 2026);
  g_assert_cmpint (g_date_get_month (&date), ==, 2);
  g_assert_cmpint (g_date_get_day (&date), ==, 3);
  iso = cr_date_to_iso (&date);
  g_assert_cmpstr (iso, ==, "2026-02-03");

  g_assert_false (cr_date_parse_iso (NULL, NULL));
  g_assert_false (cr_date_parse_iso ("", NULL));
  g_assert_false (cr_date_parse_iso ("2026-2-3", NULL));
  g_assert_false (cr_date_parse_iso ("2026-02-03 ", NULL));
  g_assert_false (cr_date_parse_iso (" 2026-02-03", NULL));
  g_assert_false (cr_date_parse_iso ("2026-02-03T10:00", NULL));
  g_assert_false (cr_date_parse_iso ("2026/02/03", NULL));
  g_assert_false (cr_date_parse_iso ("+026-02-03", NULL));
  g_assert_false (cr_date_parse_iso ("2026-13-01", NULL));
  g_assert_false (cr_date_parse_iso ("2026-00-01", NULL));
  g_assert_false (cr_date_parse_iso ("2026-04-31", NULL));
  g_assert_false (cr_date_parse_iso ("2023-02-30", NULL));
  g_assert_false (cr_date_parse_iso ("0000-01-01", NULL));
  g_assert_true (cr_date_parse_iso ("2024-02-29", NULL));

  display = cr_date_format_display ("2026-02-03");
  g_assert_cmpstr (display, ==, "3 Feb 2026");
  display_null = cr_date_format_display (NULL);
  g_assert_cmpstr (display_null, ==, "");
  display_bad = cr_date_format_display ("next week");
  g_assert_cmpstr (display_bad, ==, "next week");

  now = cr_now_iso8601 ();
  g_assert_cmpuint (strlen (now), ==, 20);
  g_assert_true (now[10] == 'T' && now[19] == 'Z');
  g_assert_nonnull (cr_os_user ());
}

static void
test_util_text (void)
{
  g_autoptr(GError) error = NULL;
  char *out = (char *) "sentinel";

  g_assert_true (cr_text_normalise (NULL, 10, &out, &error));
  g_assert_no_error (error);
  g_assert_null (out);

  g_assert_true (cr_text_normalise ("   ", 10, &out, &error));
  g_assert_null (out);

  g_assert_true (cr_text_normalise ("  Child A \n", 10, &out, &error));
  g_assert_cmpstr (out, ==, "Child A");
  g_free (out);

  /* NFC: e + combining acute becomes one character */
  g_assert_true (cr_text_normalise ("Re\xcc\x81mi", 4, &out, &error));
  g_assert_cmpstr (out, ==, "R\xc3\xa9mi");
  g_free (out);

  g_assert_false (cr_text_normalise ("abcdefghijk", 10, &out, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "at most 10"));
  g_clear_error (&error);

  g_assert_false (cr_text_normalise ("bad\x01text", 0, &out, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (cr_text_normalise ("bad \xff utf8", 0, &out, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (cr_text_check ("Line one\nLine two", "Summary", 100, TRUE, NULL));
  g_assert_false (cr_text_check ("Line one\nLine two", "Pseudonym", 100, FALSE, &error));
  g_assert_nonnull (strstr (error->message, "“Pseudonym”"));
  g_assert_nonnull (strstr (error->message, "one line"));
  g_clear_error (&error);
  g_assert_false (cr_text_check ("Child A ", "Pseudonym", 100, FALSE, &error));
  g_assert_nonnull (strstr (error->message, "space"));
  g_clear_error (&error);
}

/*
 * CrCase
 */

static void
test_case_properties (void)
{
  static const char *strings[] = {
    "reference", "pseudonym", "summary", "incident-date", "aware-date",
    "notified-date", "decision-date", "publication-date", "created-at",
    "updated-at",
  };
  g_autoptr(CrCase) kase = cr_case_new ();
  NotifyLog log;

  notify_log_init (&log, kase);

  g_assert_cmpint (cr_case_get_id (kase), ==, 0);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_REFERRED);
  g_assert_cmpint (cr_case_get_review_type (kase), ==, CR_REVIEW_TYPE_UNDECIDED);
  g_assert_cmpint (cr_case_get_year (kase), ==, 0);
  g_assert_null (cr_case_get_next_deadline (kase));

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      const char *value = strstr (strings[i], "date") ? "2020-05-06" : "Some text";
      g_autofree char *read = NULL;

      notify_log_reset (&log);
      g_object_set (kase, strings[i], value, NULL);
      g_object_get (kase, strings[i], &read, NULL);
      g_assert_cmpstr (read, ==, value);
      g_assert_cmpuint (notify_count (&log, strings[i]), ==, 1);

      /* The same value again: no notification at all */
      notify_log_reset (&log);
      g_object_set (kase, strings[i], value, NULL);
      g_assert_cmpuint (notify_total (&log), ==, 0);

      /* "" is stored as NULL */
      g_object_set (kase, strings[i], "", NULL);
      g_clear_pointer (&read, g_free);
      g_object_get (kase, strings[i], &read, NULL);
      g_assert_null (read);
      g_assert_cmpuint (notify_count (&log, strings[i]), ==, 1);
    }

  notify_log_reset (&log);
  g_object_set (kase, "id", (gint64) 42, "status", CR_CASE_STATUS_NOTIFIED,
                "review-type", CR_REVIEW_TYPE_LCSPR,
                "paused-from", CR_CASE_STATUS_LCSPR_EVIDENCE, NULL);
  g_assert_cmpint (cr_case_get_id (kase), ==, 42);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_NOTIFIED);
  g_assert_cmpint (cr_case_get_review_type (kase), ==, CR_REVIEW_TYPE_LCSPR);
  g_assert_cmpint (cr_case_get_paused_from (kase), ==, CR_CASE_STATUS_LCSPR_EVIDENCE);
  g_assert_cmpuint (notify_count (&log, "id"), ==, 1);
  g_assert_cmpuint (notify_count (&log, "status"), ==, 1);
  g_assert_cmpuint (notify_count (&log, "review-type"), ==, 1);
  g_assert_cmpuint (notify_count (&log, "paused-from"), ==, 1);

  notify_log_reset (&log);
  cr_case_set_id (kase, 42);
  cr_case_set_status (kase, CR_CASE_STATUS_NOTIFIED);
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);
  cr_case_set_paused_from (kase, CR_CASE_STATUS_LCSPR_EVIDENCE);
  g_assert_cmpuint (notify_total (&log), ==, 0);

  /* Agencies and themes are read-only properties with setters for storage */
  notify_log_reset (&log);
  cr_case_set_agencies (kase, "Police, Health visiting");
  cr_case_set_themes (kase, "Neglect");
  cr_case_set_agencies (kase, "Police, Health visiting");
  g_assert_cmpuint (notify_count (&log, "agencies"), ==, 1);
  g_assert_cmpuint (notify_count (&log, "themes"), ==, 1);
  g_assert_cmpstr (cr_case_get_agencies (kase), ==, "Police, Health visiting");
  g_assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (kase), "agencies")->flags & G_PARAM_WRITABLE);

  notify_log_clear (&log);
}

static void
test_case_year (void)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  NotifyLog log;

  notify_log_init (&log, kase);

  cr_case_set_incident_date (kase, "2019-12-30");
  g_assert_cmpint (cr_case_get_year (kase), ==, 2019);
  g_assert_cmpuint (notify_count (&log, "year"), ==, 1);

  cr_case_set_aware_date (kase, "2020-01-02");
  g_assert_cmpint (cr_case_get_year (kase), ==, 2020);
  g_assert_cmpuint (notify_count (&log, "year"), ==, 2);

  /* Another aware date in the same year: no notify for year */
  cr_case_set_aware_date (kase, "2020-03-02");
  g_assert_cmpuint (notify_count (&log, "year"), ==, 2);

  cr_case_set_aware_date (kase, NULL);
  g_assert_cmpint (cr_case_get_year (kase), ==, 2019);
  cr_case_set_incident_date (kase, "not a date");
  g_assert_cmpint (cr_case_get_year (kase), ==, 0);

  notify_log_clear (&log);
}

static void
check_deadline (CrCaseStatus  status,
                const char   *anchor_property,
                const char   *anchor,
                const char   *today_iso,
                const char   *expected_due,
                const char   *expected_label,
                int           expected_days_left)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autofree char *due_iso = NULL;
  const char *label = NULL;
  int days_left = 12345;
  GDate today, due;
  gboolean has;

  cr_case_set_status (kase, status);
  g_object_set (kase, anchor_property, anchor, NULL);
  date_from (today_iso, &today);

  has = cr_case_compute_next_deadline (kase, &today, &due, &label, &days_left);
  if (expected_due == NULL)
    {
      g_assert_false (has);
      return;
    }

  g_assert_true (has);
  due_iso = cr_date_to_iso (&due);
  if (g_strcmp0 (due_iso, expected_due) != 0)
    g_error ("%s from %s %s: due %s, expected %s", cr_case_status_to_nick (status),
             anchor_property, anchor, due_iso, expected_due);
  g_assert_cmpstr (label, ==, expected_label);
  g_assert_cmpint (days_left, ==, expected_days_left);

  /* The case's own properties follow when refreshed with the same day */
  cr_case_refresh_deadline (kase, &today);
  g_assert_cmpstr (cr_case_get_next_deadline (kase), ==, expected_due);
  g_assert_cmpstr (cr_case_get_next_deadline_label (kase), ==, expected_label);
  g_assert_cmpint (cr_case_get_days_left (kase), ==, expected_days_left);
}

static void
test_deadlines (void)
{
  /* Thursday 22 Dec 2022 + 5 working days: 23 Dec, then 26 and 27 are
   * the Christmas bank holidays, 28, 29, 30 Dec, then Monday 2 Jan 2023
   * is the New Year substitute: Tuesday 3 Jan 2023. */
  check_deadline (CR_CASE_STATUS_REFERRED, "aware-date", "2022-12-22",
                  "2022-12-22", "2023-01-03", "Notify the Panel", 5);
  check_deadline (CR_CASE_STATUS_NOTIFICATION_DECISION, "aware-date", "2022-12-22",
                  "2022-12-29", "2023-01-03", "Notify the Panel", 2);
  check_deadline (CR_CASE_STATUS_REFERRED, "aware-date", "2022-12-22",
                  "2023-01-03", "2023-01-03", "Notify the Panel", 0);
  /* Overdue: negative */
  check_deadline (CR_CASE_STATUS_REFERRED, "aware-date", "2022-12-22",
                  "2023-01-05", "2023-01-03", "Notify the Panel", -2);

  /* Monday 3 April 2023 + 15 working days over Easter (7 and 10 April) */
  check_deadline (CR_CASE_STATUS_NOTIFIED, "notified-date", "2023-04-03",
                  "2023-04-03", "2023-04-26", "Complete the rapid review", 15);
  check_deadline (CR_CASE_STATUS_RAPID_REVIEW, "notified-date", "2023-04-03",
                  "2023-04-14", "2023-04-26", "Complete the rapid review", 8);

  /* Six calendar months, clamped to the month end; calendar days left */
  check_deadline (CR_CASE_STATUS_LCSPR_COMMISSIONING, "decision-date", "2023-08-31",
                  "2024-02-01", "2024-02-29", "Complete and publish the review", 28);
  check_deadline (CR_CASE_STATUS_LCSPR_ANALYSIS, "decision-date", "2022-08-31",
                  "2023-03-01", "2023-02-28", "Complete and publish the review", -1);
  check_deadline (CR_CASE_STATUS_PRE_PUBLICATION, "decision-date", "2024-01-15",
                  "2024-01-15", "2024-07-15", "Complete and publish the review", 182);
  check_deadline (CR_CASE_STATUS_LCSPR_EVIDENCE, "decision-date", "2024-01-15",
                  "2024-01-15", "2024-07-15", "Complete and publish the review", 182);
  check_deadline (CR_CASE_STATUS_LCSPR_SIGN_OFF, "decision-date", "2024-01-15",
                  "2024-01-15", "2024-07-15", "Complete and publish the review", 182);

  /* One year of availability after publication */
  check_deadline (CR_CASE_STATUS_PUBLISHED, "publication-date", "2024-02-29",
                  "2024-03-01", "2025-02-28", "Keep the report available until", 364);
  check_deadline (CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS, "publication-date", "2023-06-01",
                  "2023-06-01", "2024-06-01", "Keep the report available until", 366);

  /* No deadline: paused, awaiting the Panel, closed outcomes, no anchor */
  check_deadline (CR_CASE_STATUS_PAUSED, "decision-date", "2024-01-15",
                  "2024-01-15", NULL, NULL, 0);
  check_deadline (CR_CASE_STATUS_AWAITING_PANEL, "notified-date", "2024-01-15",
                  "2024-01-15", NULL, NULL, 0);
  check_deadline (CR_CASE_STATUS_CLOSED, "publication-date", "2024-01-15",
                  "2024-01-15", NULL, NULL, 0);
  check_deadline (CR_CASE_STATUS_NOT_NOTIFIABLE, "aware-date", "2024-01-15",
                  "2024-01-15", NULL, NULL, 0);
  check_deadline (CR_CASE_STATUS_REFERRED, "notified-date", "2024-01-15",
                  "2024-01-15", NULL, NULL, 0);
  check_deadline (CR_CASE_STATUS_REFERRED, "aware-date", "2024-02-30",
                  "2024-01-15", NULL, NULL, 0);
}

static void
test_deadline_closures (void)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(GArray) closures = g_array_new (FALSE, FALSE, sizeof (guint32));
  const char *label = NULL;
  GDate today, due, closed;
  int days_left = 0;
  guint32 jd;

  /* Closed on Friday 23 Dec 2022: the due date moves a working day */
  date_from ("2022-12-23", &closed);
  jd = g_date_get_julian (&closed);
  g_array_append_val (closures, jd);

  cr_case_set_aware_date (kase, "2022-12-22");
  date_from ("2022-12-22", &today);
  g_assert_true (cr_case_compute_next_deadline_full (kase, &today, closures,
                                                     &due, &label, &days_left));
  g_assert_cmpint (g_date_get_day (&due), ==, 4);
  g_assert_cmpint (g_date_get_month (&due), ==, 1);
  g_assert_cmpint (days_left, ==, 5);
}

/* next-deadline, its label and days-left are recomputed, with notify,
 * whenever the status or a key date changes. */
static void
test_case_deadline_notify (void)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autofree char *yesterday = iso_days_from_today (-1);
  NotifyLog log;

  notify_log_init (&log, kase);

  cr_case_set_aware_date (kase, yesterday);
  g_assert_nonnull (cr_case_get_next_deadline (kase));
  g_assert_cmpstr (cr_case_get_next_deadline_label (kase), ==, "Notify the Panel");
  g_assert_cmpint (cr_case_get_days_left (kase), >=, 1);
  g_assert_cmpint (cr_case_get_days_left (kase), <=, 5);
  g_assert_cmpuint (notify_count (&log, "next-deadline"), ==, 1);
  g_assert_cmpuint (notify_count (&log, "next-deadline-label"), ==, 1);
  g_assert_cmpuint (notify_count (&log, "days-left"), ==, 1);

  /* Notified without a notified date: the deadline disappears */
  notify_log_reset (&log);
  cr_case_set_status (kase, CR_CASE_STATUS_NOTIFIED);
  g_assert_null (cr_case_get_next_deadline (kase));
  g_assert_null (cr_case_get_next_deadline_label (kase));
  g_assert_cmpint (cr_case_get_days_left (kase), ==, 0);
  g_assert_cmpuint (notify_count (&log, "next-deadline"), ==, 1);
  g_assert_cmpuint (notify_count (&log, "next-deadline-label"), ==, 1);

  notify_log_reset (&log);
  cr_case_set_notified_date (kase, yesterday);
  g_assert_cmpstr (cr_case_get_next_deadline_label (kase), ==, "Complete the rapid review");
  g_assert_cmpint (cr_case_get_days_left (kase), >=, 11);
  g_assert_cmpuint (notify_count (&log, "next-deadline"), ==, 1);

  /* A date that does not anchor this status changes nothing derived */
  notify_log_reset (&log);
  cr_case_set_publication_date (kase, yesterday);
  g_assert_cmpuint (notify_count (&log, "next-deadline"), ==, 0);
  g_assert_cmpuint (notify_count (&log, "days-left"), ==, 0);

  notify_log_clear (&log);
}

static void
test_case_copy (void)
{
  g_autoptr(CrCase) kase = make_valid_case ();
  g_autoptr(CrCase) copy = NULL;
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  cr_case_set_id (kase, 7);
  cr_case_set_status (kase, CR_CASE_STATUS_PAUSED);
  cr_case_set_paused_from (kase, CR_CASE_STATUS_LCSPR_SIGN_OFF);
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);
  cr_case_set_agencies (kase, "Police");
  cr_case_set_themes (kase, "Neglect, Domestic abuse");
  cr_case_set_created_at (kase, "2024-01-11T09:00:00Z");
  cr_case_set_updated_at (kase, "2024-02-11T09:00:00Z");
  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_SIGN_OFF);
  cr_case_set_partners_informed_date (kase, "2024-01-12");
  cr_case_set_rr_sent_date (kase, "2024-01-25");
  cr_case_set_planned_publication_date (kase, "2024-09-02");
  cr_case_set_copies_sent_date (kase, "2024-08-20");
  cr_case_set_pauses (kase, "2024-03-01..2024-04-01");

  copy = cr_case_copy (kase);
  g_assert_true (copy != kase);

  /* 20 properties, and the 5 of schema 5 */
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (kase), &n_pspecs);
  g_assert_cmpuint (n_pspecs, ==, 25);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      g_value_init (&a, pspecs[i]->value_type);
      g_value_init (&b, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (kase), pspecs[i]->name, &a);
      g_object_get_property (G_OBJECT (copy), pspecs[i]->name, &b);
      if (g_param_values_cmp (pspecs[i], &a, &b) != 0)
        g_error ("property %s differs in the copy", pspecs[i]->name);
    }

  /* The copy is independent */
  cr_case_set_pseudonym (copy, "Child B");
  g_assert_cmpstr (cr_case_get_pseudonym (kase), ==, "Child A");
}

static void
test_case_stored_properties (void)
{
  const char * const *names = cr_case_get_stored_properties ();
  GObjectClass *klass = g_type_class_ref (CR_TYPE_CASE);
  guint n = 0;

  for (; names[n] != NULL; n++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, names[n]);

      g_assert_nonnull (pspec);
      g_assert_true (pspec->flags & G_PARAM_WRITABLE);
      g_assert_false (g_str_equal (names[n], "id"));
    }

  /* 13, and the 4 dates of schema 5 (pauses is derived) */
  g_assert_cmpuint (n, ==, 17);
  g_type_class_unref (klass);
}

static void
test_case_search_key (void)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  const char *key;

  cr_case_set_reference (kase, "CR-2024-001");
  cr_case_set_pseudonym (kase, "Child ÉLODIE");
  cr_case_set_themes (kase, "Neglect");
  key = cr_case_get_search_key (kase);
  g_assert_nonnull (strstr (key, "cr-2024-001"));
  g_assert_nonnull (strstr (key, "child élodie"));
  g_assert_nonnull (strstr (key, "neglect"));

  /* Invalidated on change */
  cr_case_set_themes (kase, "Domestic abuse");
  key = cr_case_get_search_key (kase);
  g_assert_null (strstr (key, "neglect"));
  g_assert_nonnull (strstr (key, "domestic abuse"));
}

/*
 * Validation
 */

static void
test_validate_ok (void)
{
  g_autoptr(CrCase) kase = make_valid_case ();
  g_autoptr(CrCase) minimal = cr_case_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *today = iso_days_from_today (0);

  g_assert_true (cr_case_validate (kase, &error));
  g_assert_no_error (error);

  /* Only reference and pseudonym are required */
  cr_case_set_reference (minimal, "LCSPR/2019 07");
  cr_case_set_pseudonym (minimal, "Baby B");
  g_assert_true (cr_case_validate (minimal, &error));

  /* Today counts as not in the future; equal dates are in order */
  cr_case_set_incident_date (minimal, today);
  cr_case_set_aware_date (minimal, today);
  g_assert_true (cr_case_validate (minimal, &error));
  g_assert_no_error (error);

  /* 40 characters is the limit */
  cr_case_set_reference (minimal, "CR-0123456789-0123456789-0123456789-1234");
  g_assert_cmpuint (strlen (cr_case_get_reference (minimal)), ==, 40);
  g_assert_true (cr_case_validate (minimal, &error));
  g_assert_no_error (error);
}

static void
test_validate_reference_pseudonym (void)
{
  g_autoptr(CrCase) kase = make_valid_case ();

  cr_case_set_reference (kase, NULL);
  assert_invalid (kase, "Enter a reference", NULL);
  cr_case_set_reference (kase, "CR-0123456789-0123456789-0123456789-12345");
  assert_invalid (kase, "too long", "40");
  cr_case_set_reference (kase, "CR_2024_001");
  assert_invalid (kase, "remove “_”", NULL);
  cr_case_set_reference (kase, "CR-2024-é");
  assert_invalid (kase, "letters A to Z", NULL);
  cr_case_set_reference (kase, "CR-2024\n001");
  assert_invalid (kase, "“Reference”", "one line");
  cr_case_set_reference (kase, " CR-2024-001");
  assert_invalid (kase, "“Reference”", "space");
  cr_case_set_reference (kase, "CR-2024-001");

  cr_case_set_pseudonym (kase, NULL);
  assert_invalid (kase, "Enter a pseudonym", NULL);
  cr_case_set_pseudonym (kase, "Child\tA");
  assert_invalid (kase, "“Pseudonym”", "one line");
  cr_case_set_pseudonym (kase, "Child \x07" "A");
  assert_invalid (kase, "“Pseudonym”", "control characters");
  cr_case_set_pseudonym (kase, "Child \xc0" "A");
  assert_invalid (kase, "“Pseudonym”", "not valid text");
  {
    g_autofree char *long_name = g_strnfill (61, 'x');
    cr_case_set_pseudonym (kase, long_name);
    assert_invalid (kase, "“Pseudonym” is too long", "60");
  }
  cr_case_set_pseudonym (kase, "Child A");

  {
    g_autofree char *long_summary = g_strnfill (4001, 's');
    cr_case_set_summary (kase, long_summary);
    assert_invalid (kase, "“Summary” is too long", NULL);
  }
}

static void
test_validate_dates (void)
{
  g_autoptr(CrCase) kase = make_valid_case ();
  g_autofree char *tomorrow = iso_days_from_today (1);

  /* Bad form */
  cr_case_set_aware_date (kase, "2024-1-11");
  assert_invalid (kase, "“Aware date”", "YYYY-MM-DD");
  cr_case_set_aware_date (kase, "11/01/2024");
  assert_invalid (kase, "“Aware date”", "YYYY-MM-DD");
  /* Not a real day */
  cr_case_set_aware_date (kase, "2023-02-30");
  assert_invalid (kase, "2023-02-30", "not a real calendar date");
  cr_case_set_aware_date (kase, "2023-02-29");
  assert_invalid (kase, "“Aware date”", "not a real calendar date");
  /* Too long ago */
  cr_case_set_aware_date (kase, "1024-01-11");
  assert_invalid (kase, "“Aware date”", "before 1900");
  cr_case_set_aware_date (kase, "2024-01-11");

  /* In the future */
  cr_case_set_publication_date (kase, tomorrow);
  assert_invalid (kase, "“Publication date”", "in the future");
  cr_case_set_publication_date (kase, "2024-11-20");

  /* Out of order: names both fields */
  cr_case_set_aware_date (kase, "2024-01-09");
  assert_invalid (kase, "“Incident date” (10 Jan 2024)", "“Aware date” (9 Jan 2024)");
  cr_case_set_aware_date (kase, "2024-01-11");

  cr_case_set_decision_date (kase, "2024-12-01");
  assert_invalid (kase, "“Decision date”", "“Publication date”");
  cr_case_set_decision_date (kase, "2024-03-01");

  /* An inversion across a missing middle date is still caught */
  cr_case_set_aware_date (kase, NULL);
  cr_case_set_notified_date (kase, "2024-01-05");
  assert_invalid (kase, "“Incident date”", "“Notification date”");
}

static void
test_validate_paused_from (void)
{
  g_autoptr(CrCase) kase = make_valid_case ();
  g_autoptr(GError) error = NULL;

  cr_case_set_status (kase, CR_CASE_STATUS_PAUSED);
  cr_case_set_paused_from (kase, CR_CASE_STATUS_REFERRED);
  assert_invalid (kase, "“Referred”", "cannot be paused");

  cr_case_set_paused_from (kase, CR_CASE_STATUS_LCSPR_EVIDENCE);
  g_assert_true (cr_case_validate (kase, &error));
  g_assert_no_error (error);
}

/*
 * Identity, child, family member
 */

static void
test_identity_states (void)
{
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autofree char *display = NULL;
  CrFieldState state;
  NotifyLog log;

  notify_log_init (&log, identity);

  for (guint f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
    {
      g_assert_cmpint (cr_identity_get_state (identity, f), ==, CR_FIELD_STATE_UNSET);
      g_assert_null (cr_identity_get_value (identity, f));
    }

  /* A value makes the field KNOWN */
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_ETHNICITY, "White British");
  g_assert_cmpint (cr_identity_get_state (identity, CR_IDENTITY_FIELD_ETHNICITY), ==, CR_FIELD_STATE_KNOWN);
  g_assert_cmpuint (notify_count (&log, "ethnicity"), ==, 1);
  g_assert_cmpuint (notify_count (&log, "ethnicity-state"), ==, 1);

  /* Same value: nothing */
  notify_log_reset (&log);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_ETHNICITY, "White British");
  g_assert_cmpuint (notify_total (&log), ==, 0);

  /* NOT_KNOWN clears the value */
  cr_identity_set_state (identity, CR_IDENTITY_FIELD_ETHNICITY, CR_FIELD_STATE_NOT_KNOWN);
  g_assert_null (cr_identity_get_value (identity, CR_IDENTITY_FIELD_ETHNICITY));
  g_assert_cmpuint (notify_count (&log, "ethnicity"), ==, 1);
  g_assert_cmpuint (notify_count (&log, "ethnicity-state"), ==, 1);
  display = cr_identity_dup_display (identity, CR_IDENTITY_FIELD_ETHNICITY);
  g_assert_cmpstr (display, ==, "Not known");
  g_clear_pointer (&display, g_free);

  /* Clearing an empty value keeps NOT_KNOWN */
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_ETHNICITY, NULL);
  g_assert_cmpint (cr_identity_get_state (identity, CR_IDENTITY_FIELD_ETHNICITY), ==, CR_FIELD_STATE_NOT_KNOWN);

  /* DECLINED through the property, and its display */
  g_object_set (identity, "sex-state", CR_FIELD_STATE_DECLINED, NULL);
  display = cr_identity_dup_display (identity, CR_IDENTITY_FIELD_SEX);
  g_assert_cmpstr (display, ==, "Declined");
  g_clear_pointer (&display, g_free);

  /* Value through the property; clearing a KNOWN value gives UNSET */
  g_object_set (identity, "date-of-birth", "2016-02-03", NULL);
  g_object_get (identity, "date-of-birth-state", &state, NULL);
  g_assert_cmpint (state, ==, CR_FIELD_STATE_KNOWN);
  display = cr_identity_dup_display (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH);
  g_assert_cmpstr (display, ==, "3 Feb 2016");
  g_clear_pointer (&display, g_free);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "");
  g_assert_cmpint (cr_identity_get_state (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH), ==, CR_FIELD_STATE_UNSET);

  display = cr_identity_dup_display (identity, CR_IDENTITY_FIELD_ADDRESS);
  g_assert_cmpstr (display, ==, "Not recorded");
  g_clear_pointer (&display, g_free);

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, "Jane Doe");
  display = cr_identity_dup_display (identity, CR_IDENTITY_FIELD_NAME);
  g_assert_cmpstr (display, ==, "Jane Doe");

  notify_log_clear (&log);
}

static void
test_identity_validate_copy (void)
{
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autoptr(CrIdentity) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tomorrow = iso_days_from_today (1);

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_AGE, "17");
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2008-05-01");
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_ADDRESS, "1 High Street\nTown");
  cr_identity_set_state (identity, CR_IDENTITY_FIELD_DISABILITY, CR_FIELD_STATE_DECLINED);
  g_assert_true (cr_identity_validate (identity, &error));
  g_assert_no_error (error);

  copy = cr_identity_copy (identity);
  for (guint f = 0; f <= CR_IDENTITY_FIELD_LAST; f++)
    {
      g_assert_cmpstr (cr_identity_get_value (copy, f), ==, cr_identity_get_value (identity, f));
      g_assert_cmpint (cr_identity_get_state (copy, f), ==, cr_identity_get_state (identity, f));
    }

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_AGE, "25");
  g_assert_false (cr_identity_validate (identity, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "0 to 24"));
  g_clear_error (&error);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_AGE, "seven");
  g_assert_false (cr_identity_validate (identity, &error));
  g_clear_error (&error);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_AGE, "0");
  g_assert_true (cr_identity_validate (identity, NULL));

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, tomorrow);
  g_assert_false (cr_identity_validate (identity, &error));
  g_assert_nonnull (strstr (error->message, "“Date of birth”"));
  g_assert_nonnull (strstr (error->message, "future"));
  g_clear_error (&error);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, "2010-02-30");
  g_assert_false (cr_identity_validate (identity, &error));
  g_clear_error (&error);
  cr_identity_set_value (identity, CR_IDENTITY_FIELD_DATE_OF_BIRTH, NULL);

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_NAME, "Jane\nDoe");
  g_assert_false (cr_identity_validate (identity, &error));
  g_assert_nonnull (strstr (error->message, "“Name”"));
}

static void
test_child_family (void)
{
  g_autoptr(CrChild) child = cr_child_new ();
  g_autoptr(CrFamilyMember) member = cr_family_member_new ();
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autoptr(GError) error = NULL;
  NotifyLog log;

  notify_log_init (&log, child);
  g_assert_false (cr_child_validate (child, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (child, "id", (gint64) 3, "case-id", (gint64) 9, "pseudonym", "Child A", NULL);
  cr_child_set_pseudonym (child, "Child A");
  g_assert_cmpuint (notify_count (&log, "pseudonym"), ==, 1);
  g_assert_cmpint (cr_child_get_case_id (child), ==, 9);
  g_assert_null (cr_child_get_identity (child));
  g_assert_true (cr_child_validate (child, &error));

  cr_identity_set_value (identity, CR_IDENTITY_FIELD_AGE, "99");
  cr_child_set_identity (child, identity);
  cr_child_set_identity (child, identity);
  g_assert_cmpuint (notify_count (&log, "identity"), ==, 1);
  g_assert_false (cr_child_validate (child, &error));
  g_clear_error (&error);

  cr_family_member_set_pseudonym (member, "Mother of Child A");
  cr_family_member_set_relationship (member, "Mother");
  g_assert_true (cr_family_member_validate (member, &error));
  g_assert_no_error (error);
  cr_family_member_set_relationship (member, "Mother\nFather");
  g_assert_false (cr_family_member_validate (member, &error));
  g_assert_nonnull (strstr (error->message, "“Relationship”"));

  notify_log_clear (&log);
}

/*
 * Agencies, involvement, themes, audit
 */

static void
test_agency (void)
{
  g_autoptr(CrAgency) agency = cr_agency_new ();
  g_autoptr(CrAgency) copy = NULL;
  g_autoptr(GError) error = NULL;
  NotifyLog log;

  notify_log_init (&log, agency);

  g_assert_false (cr_agency_validate (agency, &error));
  g_assert_nonnull (strstr (error->message, "Enter the agency's name"));
  g_clear_error (&error);

  g_object_set (agency, "name", "Police", "sector", CR_AGENCY_SECTOR_POLICE,
                "archived", TRUE, "case-count", 4, NULL);
  cr_agency_set_archived (agency, TRUE);
  cr_agency_set_sector (agency, CR_AGENCY_SECTOR_POLICE);
  g_assert_cmpuint (notify_count (&log, "archived"), ==, 1);
  g_assert_cmpuint (notify_count (&log, "sector"), ==, 1);
  g_assert_true (cr_agency_validate (agency, &error));

  cr_agency_set_contact_email (agency, "safeguarding@example.org");
  cr_agency_set_contact_phone (agency, "+44 (0)1632 960-000");
  g_assert_true (cr_agency_validate (agency, &error));
  g_assert_no_error (error);

  copy = cr_agency_copy (agency);
  g_assert_cmpstr (cr_agency_get_contact_email (copy), ==, "safeguarding@example.org");
  g_assert_cmpint (cr_agency_get_case_count (copy), ==, 4);
  g_assert_true (cr_agency_get_archived (copy));

  cr_agency_set_contact_email (agency, "safeguarding at example.org");
  g_assert_false (cr_agency_validate (agency, &error));
  g_assert_nonnull (strstr (error->message, "email"));
  g_clear_error (&error);
  cr_agency_set_contact_email (agency, "a@b");
  g_assert_false (cr_agency_validate (agency, &error));
  g_clear_error (&error);
  cr_agency_set_contact_email (agency, NULL);

  cr_agency_set_contact_phone (agency, "call 999");
  g_assert_false (cr_agency_validate (agency, &error));
  g_assert_nonnull (strstr (error->message, "phone"));
  g_clear_error (&error);
  cr_agency_set_contact_phone (agency, NULL);

  cr_agency_set_name (agency, "Police\x1b");
  g_assert_false (cr_agency_validate (agency, &error));
  g_clear_error (&error);

  notify_log_clear (&log);
}

static void
test_involvement_theme_audit (void)
{
  g_autoptr(CrInvolvement) involvement = cr_involvement_new ();
  g_autoptr(CrTheme) theme = cr_theme_new ();
  g_autoptr(CrAuditEntry) entry = NULL;
  const char * const *roles = cr_involvement_get_role_suggestions ();
  NotifyLog log;

  g_assert_cmpuint (g_strv_length ((char **) roles), ==, 5);
  g_assert_cmpstr (roles[0], ==, "Referring agency");

  notify_log_init (&log, involvement);
  g_object_set (involvement, "case-id", (gint64) 1, "agency-id", (gint64) 2,
                "agency-name", "Police", "role", "Lead agency", NULL);
  cr_involvement_set_role (involvement, "Lead agency");
  g_assert_cmpuint (notify_count (&log, "role"), ==, 1);
  g_assert_cmpint (cr_involvement_get_agency_id (involvement), ==, 2);
  notify_log_clear (&log);

  notify_log_init (&log, theme);
  cr_theme_set_label (theme, "Neglect");
  cr_theme_set_facet (theme, CR_THEME_FACET_INCIDENT);   /* the default */
  cr_theme_set_selected (theme, TRUE);
  cr_theme_set_selected (theme, TRUE);
  g_assert_cmpuint (notify_count (&log, "label"), ==, 1);
  g_assert_cmpuint (notify_count (&log, "facet"), ==, 0);
  g_assert_cmpuint (notify_count (&log, "selected"), ==, 1);
  notify_log_clear (&log);

  entry = cr_audit_entry_new (5, "2024-01-01T10:00:00Z", "alice", "update", "case",
                              9, 9, "pseudonym", "Child A", "Child B");
  g_assert_cmpint (cr_audit_entry_get_id (entry), ==, 5);
  g_assert_cmpstr (cr_audit_entry_get_os_user (entry), ==, "alice");
  g_assert_cmpstr (cr_audit_entry_get_action (entry), ==, "update");
  g_assert_cmpstr (cr_audit_entry_get_field (entry), ==, "pseudonym");
  g_assert_cmpstr (cr_audit_entry_get_old_value (entry), ==, "Child A");
  g_assert_cmpstr (cr_audit_entry_get_new_value (entry), ==, "Child B");
  g_assert_cmpint (cr_audit_entry_get_case_id (entry), ==, 9);
  /* Audit rows never change after construction */
  g_assert_true (g_object_class_find_property (G_OBJECT_GET_CLASS (entry), "field")->flags & G_PARAM_CONSTRUCT_ONLY);
}

/*
 * Catalogs and enums
 */

static void
test_agency_catalog (void)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  guint per_sector[CR_AGENCY_SECTOR_OTHER + 1] = { 0 };
  const CrAgencyCatalogEntry *entries;
  guint n = 0, i;

  entries = cr_agency_catalog_get_entries (&n);
  g_assert_cmpuint (n, >=, 30);

  for (i = 0; entries[i].name != NULL; i++)
    {
      g_assert_cmpuint (strlen (entries[i].name), >, 0);
      g_assert_true (g_hash_table_add (names, (gpointer) entries[i].name));
      g_assert_cmpint (entries[i].sector, <=, CR_AGENCY_SECTOR_OTHER);
      per_sector[entries[i].sector]++;
    }

  g_assert_cmpuint (i, ==, n);
  for (guint s = 0; s <= CR_AGENCY_SECTOR_OTHER; s++)
    g_assert_cmpuint (per_sector[s], >, 0);

  g_assert_true (g_hash_table_contains (names, "Children's social care"));
  g_assert_true (g_hash_table_contains (names, "Health visiting"));
  g_assert_true (g_hash_table_contains (names, "Cafcass"));
}

static void
test_theme_catalog (void)
{
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint per_facet[CR_THEME_FACET_REVIEW + 1] = { 0 };
  const CrThemeCatalogEntry *entries;
  guint n = 0, i;

  entries = cr_theme_catalog_get_entries (&n);
  g_assert_cmpuint (n, >=, 50);
  g_assert_cmpuint (n, <=, 70);

  for (i = 0; entries[i].label != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (entries[i].label, -1);

      g_assert_cmpuint (strlen (entries[i].label), <=, 40);
      g_assert_true (g_hash_table_add (labels, g_steal_pointer (&folded)));
      per_facet[entries[i].facet]++;
    }

  g_assert_cmpuint (i, ==, n);
  for (guint f = 0; f <= CR_THEME_FACET_REVIEW; f++)
    g_assert_cmpuint (per_facet[f], >, 0);
}

/* Nicks match glib-mkenums', round-trip, and every value has a label. */
#define CHECK_ENUM_NICKS(type, ctype, to_nick, from_nick, to_label)        \
  G_STMT_START {                                                         \
    g_autoptr(GEnumClass) klass = g_type_class_ref (type);               \
    for (guint i = 0; i < klass->n_values; i++)                          \
      {                                                                  \
        GEnumValue *value = &klass->values[i];                           \
        ctype parsed;                                                    \
        g_assert_cmpstr (to_nick ((ctype) value->value), ==,             \
                         value->value_nick);                             \
        g_assert_true (from_nick (value->value_nick, &parsed));          \
        g_assert_cmpint (parsed, ==, value->value);                      \
        g_assert_cmpuint (strlen (to_label ((ctype) value->value)), >, 0); \
      }                                                                  \
    g_assert_false (from_nick ("no-such-nick", NULL));                   \
    g_assert_false (from_nick (NULL, NULL));                             \
  } G_STMT_END

static void
test_enum_nicks (void)
{
  CHECK_ENUM_NICKS (CR_TYPE_IDENTITY_FIELD, CrIdentityField, cr_identity_field_to_nick,
                    cr_identity_field_from_nick, cr_identity_field_to_label);
  CHECK_ENUM_NICKS (CR_TYPE_FIELD_STATE, CrFieldState, cr_field_state_to_nick,
                    cr_field_state_from_nick, cr_field_state_to_label);
  CHECK_ENUM_NICKS (CR_TYPE_AGENCY_SECTOR, CrAgencySector, cr_agency_sector_to_nick,
                    cr_agency_sector_from_nick, cr_agency_sector_to_label);
  CHECK_ENUM_NICKS (CR_TYPE_THEME_FACET, CrThemeFacet, cr_theme_facet_to_nick,
                    cr_theme_facet_from_nick, cr_theme_facet_to_label);

  g_assert_cmpstr (cr_identity_field_to_nick (CR_IDENTITY_FIELD_CIN_CP_PLAN), ==, "cin-cp-plan");
  g_assert_cmpstr (cr_field_state_to_label (CR_FIELD_STATE_NOT_KNOWN), ==, "Not known");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/util/dates", test_util_dates);
  g_test_add_func ("/model/util/text", test_util_text);
  g_test_add_func ("/model/case/properties", test_case_properties);
  g_test_add_func ("/model/case/year", test_case_year);
  g_test_add_func ("/model/case/deadlines", test_deadlines);
  g_test_add_func ("/model/case/deadline-closures", test_deadline_closures);
  g_test_add_func ("/model/case/deadline-notify", test_case_deadline_notify);
  g_test_add_func ("/model/case/copy", test_case_copy);
  g_test_add_func ("/model/case/stored-properties", test_case_stored_properties);
  g_test_add_func ("/model/case/search-key", test_case_search_key);
  g_test_add_func ("/model/validate/ok", test_validate_ok);
  g_test_add_func ("/model/validate/reference-pseudonym", test_validate_reference_pseudonym);
  g_test_add_func ("/model/validate/dates", test_validate_dates);
  g_test_add_func ("/model/validate/paused-from", test_validate_paused_from);
  g_test_add_func ("/model/identity/states", test_identity_states);
  g_test_add_func ("/model/identity/validate-copy", test_identity_validate_copy);
  g_test_add_func ("/model/child-family", test_child_family);
  g_test_add_func ("/model/agency", test_agency);
  g_test_add_func ("/model/involvement-theme-audit", test_involvement_theme_audit);
  g_test_add_func ("/model/catalog/agencies", test_agency_catalog);
  g_test_add_func ("/model/catalog/themes", test_theme_catalog);
  g_test_add_func ("/model/enum-nicks", test_enum_nicks);

  return g_test_run ();
}
