/* test-case-status.c: the statutory state machine */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cr-case.h"
#include "cr-case-status.h"
#include "cr-enum-types.h"

#include <string.h>

#define N_STATES (CR_CASE_STATUS_LAST + 1)

/*
 * The allowed moves, written out independently of the implementation
 * from domain.md §1.3 and the task's table, by nick.
 */
static const char *allowed_pairs[][2] = {
  { "referred", "notification-decision" },
  { "referred", "notified" },
  { "referred", "not-notifiable" },
  { "notification-decision", "notified" },
  { "notification-decision", "not-notifiable" },
  { "notified", "rapid-review" },
  { "notified", "rapid-review-not-required" },
  { "rapid-review", "rapid-review-decision" },
  { "rapid-review", "rapid-review-not-required" },
  { "rapid-review-decision", "awaiting-panel" },
  { "awaiting-panel", "lcspr-commissioning" },
  { "awaiting-panel", "no-further-review" },
  { "awaiting-panel", "other-learning-review" },
  { "awaiting-panel", "national-review" },
  { "awaiting-panel", "rapid-review-decision" },
  { "lcspr-commissioning", "lcspr-evidence" },
  { "lcspr-commissioning", "paused" },
  { "lcspr-evidence", "lcspr-analysis" },
  { "lcspr-evidence", "paused" },
  { "lcspr-analysis", "lcspr-sign-off" },
  { "lcspr-analysis", "lcspr-evidence" },
  { "lcspr-analysis", "paused" },
  { "lcspr-sign-off", "pre-publication" },
  { "lcspr-sign-off", "lcspr-analysis" },
  { "lcspr-sign-off", "paused" },
  { "pre-publication", "published" },
  { "pre-publication", "published-improvements" },
  { "pre-publication", "paused" },
  { "published", "action-monitoring" },
  { "published-improvements", "action-monitoring" },
  { "action-monitoring", "dissemination" },
  { "action-monitoring", "closed" },
  { "dissemination", "closed" },
  { "dissemination", "action-monitoring" },
  { "no-further-review", "dissemination" },
  { "no-further-review", "closed" },
  { "other-learning-review", "action-monitoring" },
  { "other-learning-review", "dissemination" },
  { "other-learning-review", "closed" },
  { "national-review", "lcspr-commissioning" },
  { "national-review", "dissemination" },
  { "national-review", "closed" },
};

static const char *pausable_nicks[] = {
  "lcspr-commissioning", "lcspr-evidence", "lcspr-analysis",
  "lcspr-sign-off", "pre-publication",
};

static const char *terminal_nicks[] = {
  "closed", "not-notifiable", "rapid-review-not-required",
};

static CrCaseStatus
status_from_nick (const char *nick)
{
  CrCaseStatus status = 0;

  g_assert_true (cr_case_status_from_nick (nick, &status));
  return status;
}

static gboolean
expected_allowed (CrCaseStatus from,
                  CrCaseStatus to)
{
  const char *from_nick = cr_case_status_to_nick (from);
  const char *to_nick = cr_case_status_to_nick (to);

  for (guint i = 0; i < G_N_ELEMENTS (allowed_pairs); i++)
    {
      if (g_str_equal (allowed_pairs[i][0], from_nick) &&
          g_str_equal (allowed_pairs[i][1], to_nick))
        return TRUE;
    }

  return FALSE;
}

static gboolean
in_list (const char  *nick,
         const char **list,
         guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      if (g_str_equal (list[i], nick))
        return TRUE;
    }

  return FALSE;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Every nick in the table names a real state. */
static void
test_table_nicks (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (allowed_pairs); i++)
    {
      status_from_nick (allowed_pairs[i][0]);
      status_from_nick (allowed_pairs[i][1]);
    }
}

/* Every (from, to) pair of non-paused states against the table. */
static void
test_every_pair (void)
{
  guint n_allowed = 0;

  for (guint from = 0; from < N_STATES; from++)
    {
      if (from == CR_CASE_STATUS_PAUSED)
        continue;

      for (guint to = 0; to < N_STATES; to++)
        {
          gboolean expected = expected_allowed (from, to);

          /* paused_from must not matter unless from is PAUSED */
          for (guint paused_from = 0; paused_from < N_STATES; paused_from++)
            {
              if (cr_case_status_can_transition (from, to, paused_from) != expected)
                g_error ("%s -> %s (paused from %s): expected %s",
                         cr_case_status_to_nick (from), cr_case_status_to_nick (to),
                         cr_case_status_to_nick (paused_from),
                         expected ? "allowed" : "refused");
            }

          if (expected)
            n_allowed++;
        }
    }

  g_assert_cmpuint (n_allowed, ==, G_N_ELEMENTS (allowed_pairs));
}

/* From PAUSED only the state it was paused from, and only if that state
 * can pause at all. */
static void
test_paused_pairs (void)
{
  for (guint paused_from = 0; paused_from < N_STATES; paused_from++)
    {
      gboolean pausable = in_list (cr_case_status_to_nick (paused_from),
                                   pausable_nicks, G_N_ELEMENTS (pausable_nicks));

      g_assert_cmpint (cr_case_status_can_pause (paused_from), ==, pausable);

      for (guint to = 0; to < N_STATES; to++)
        {
          gboolean expected = pausable && to == paused_from;

          g_assert_cmpint (cr_case_status_can_transition (CR_CASE_STATUS_PAUSED, to, paused_from),
                           ==, expected);
        }
    }
}

static void
test_same_state_refused (void)
{
  for (guint s = 0; s < N_STATES; s++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (cr_case_status_can_transition (s, s, s));
      g_assert_false (cr_case_status_check_transition (s, s, s, &error));
      g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);
    }
}

static void
test_out_of_range (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cr_case_status_can_transition (N_STATES, CR_CASE_STATUS_REFERRED, 0));
  g_assert_false (cr_case_status_can_transition (CR_CASE_STATUS_REFERRED, N_STATES, 0));
  g_assert_false (cr_case_status_check_transition (CR_CASE_STATUS_REFERRED, 99, 0, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);
}

/* cr_case_transition() on every pair: allowed ones move the case, refused
 * ones leave it exactly as it was, without a single notify. */
static void
test_case_transition_every_pair (void)
{
  for (guint from = 0; from < N_STATES; from++)
    {
      for (guint to = 0; to < N_STATES; to++)
        {
          g_autoptr(CrCase) kase = cr_case_new ();
          g_autoptr(GError) error = NULL;
          CrCaseStatus paused_from = CR_CASE_STATUS_LCSPR_ANALYSIS;
          gboolean expected;
          guint notifies = 0;

          cr_case_set_reference (kase, "CR-2024-001");
          cr_case_set_pseudonym (kase, "Child A");
          cr_case_set_review_type (kase, CR_REVIEW_TYPE_LEGACY_SCR);
          cr_case_set_status (kase, from);
          cr_case_set_paused_from (kase, paused_from);

          expected = from == CR_CASE_STATUS_PAUSED ? to == paused_from
                                                   : expected_allowed (from, to);

          g_signal_connect (kase, "notify", G_CALLBACK (count_notify_cb), &notifies);

          if (expected)
            {
              g_assert_true (cr_case_transition (kase, to, &error));
              g_assert_no_error (error);
              g_assert_cmpint (cr_case_get_status (kase), ==, to);
              g_assert_cmpuint (notifies, >, 0);
            }
          else
            {
              g_autofree char *from_label = g_strdup_printf ("“%s”", cr_case_status_to_label (from));
              g_autofree char *to_label = g_strdup_printf ("“%s”", cr_case_status_to_label (to));

              g_assert_false (cr_case_transition (kase, to, &error));
              g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);
              g_assert_nonnull (strstr (error->message, from_label));
              g_assert_nonnull (strstr (error->message, to_label));
              g_assert_cmpint (cr_case_get_status (kase), ==, from);
              g_assert_cmpint (cr_case_get_paused_from (kase), ==, paused_from);
              g_assert_cmpint (cr_case_get_review_type (kase), ==, CR_REVIEW_TYPE_LEGACY_SCR);
              g_assert_cmpuint (notifies, ==, 0);
            }
        }
    }
}

static void
test_error_message (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cr_case_status_check_transition (CR_CASE_STATUS_REFERRED,
                                                   CR_CASE_STATUS_PUBLISHED,
                                                   CR_CASE_STATUS_REFERRED,
                                                   &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);
  g_assert_cmpstr (error->message, ==, "A case in “Referred” cannot move to “Published”.");
}

static void
test_next_states (void)
{
  for (guint from = 0; from < N_STATES; from++)
    {
      for (guint paused_from = 0; paused_from < N_STATES; paused_from++)
        {
          g_autofree CrCaseStatus *next = NULL;
          guint n = G_MAXUINT;
          guint expected_n = 0;

          next = cr_case_status_next_states (from, paused_from, &n);
          g_assert_nonnull (next);
          g_assert_cmpint ((int) next[n], ==, -1);

          for (guint i = 0; i < n; i++)
            {
              g_assert_true (cr_case_status_can_transition (from, next[i], paused_from));
              for (guint j = 0; j < i; j++)
                g_assert_cmpint (next[i], !=, next[j]);
            }

          for (guint to = 0; to < N_STATES; to++)
            expected_n += cr_case_status_can_transition (from, to, paused_from) ? 1 : 0;

          g_assert_cmpuint (n, ==, expected_n);

          if (from != CR_CASE_STATUS_PAUSED)
            break;   /* paused_from does not matter: once is enough */
        }
    }

  /* n_states is optional */
  g_free (cr_case_status_next_states (CR_CASE_STATUS_REFERRED, 0, NULL));
}

static void
test_terminal (void)
{
  for (guint s = 0; s < N_STATES; s++)
    {
      gboolean expected = in_list (cr_case_status_to_nick (s), terminal_nicks,
                                   G_N_ELEMENTS (terminal_nicks));
      guint n = 0;
      g_autofree CrCaseStatus *next = cr_case_status_next_states (s, 0, &n);

      g_assert_cmpint (cr_case_status_is_terminal (s), ==, expected);
      if (expected)
        g_assert_cmpuint (n, ==, 0);
    }
}

static void
test_pause_resume (void)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(GError) error = NULL;

  cr_case_set_status (kase, CR_CASE_STATUS_LCSPR_ANALYSIS);
  cr_case_set_review_type (kase, CR_REVIEW_TYPE_LCSPR);

  g_assert_true (cr_case_transition (kase, CR_CASE_STATUS_PAUSED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_PAUSED);
  g_assert_cmpint (cr_case_get_paused_from (kase), ==, CR_CASE_STATUS_LCSPR_ANALYSIS);

  /* Only back to where it was */
  g_assert_false (cr_case_transition (kase, CR_CASE_STATUS_LCSPR_EVIDENCE, &error));
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION);
  g_assert_nonnull (strstr (error->message, "“LCSPR analysis and drafting”"));
  g_clear_error (&error);
  g_assert_cmpint (cr_case_get_paused_from (kase), ==, CR_CASE_STATUS_LCSPR_ANALYSIS);

  g_assert_true (cr_case_transition (kase, CR_CASE_STATUS_LCSPR_ANALYSIS, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_LCSPR_ANALYSIS);
  g_assert_cmpint (cr_case_get_paused_from (kase), ==, CR_CASE_STATUS_REFERRED);
  g_assert_cmpint (cr_case_get_review_type (kase), ==, CR_REVIEW_TYPE_LCSPR);

  /* Every pausable stage round-trips */
  for (guint i = 0; i < G_N_ELEMENTS (pausable_nicks); i++)
    {
      CrCaseStatus stage = status_from_nick (pausable_nicks[i]);

      cr_case_set_status (kase, stage);
      g_assert_true (cr_case_transition (kase, CR_CASE_STATUS_PAUSED, NULL));
      g_assert_cmpint (cr_case_get_paused_from (kase), ==, stage);
      g_assert_true (cr_case_transition (kase, stage, NULL));
      g_assert_cmpint (cr_case_get_status (kase), ==, stage);
    }

  /* A paused case cannot pause again */
  g_assert_true (cr_case_transition (kase, CR_CASE_STATUS_PAUSED, NULL));
  g_assert_false (cr_case_transition (kase, CR_CASE_STATUS_PAUSED, NULL));
}

static void
check_review_type_after (const char   *from,
                         const char   *to,
                         CrReviewType  expected)
{
  g_autoptr(CrCase) kase = cr_case_new ();
  g_autoptr(GError) error = NULL;

  cr_case_set_status (kase, status_from_nick (from));
  g_assert_true (cr_case_transition (kase, status_from_nick (to), &error));
  g_assert_no_error (error);
  g_assert_cmpint (cr_case_get_review_type (kase), ==, expected);
}

static void
test_review_type_follows (void)
{
  check_review_type_after ("awaiting-panel", "lcspr-commissioning", CR_REVIEW_TYPE_LCSPR);
  check_review_type_after ("awaiting-panel", "no-further-review", CR_REVIEW_TYPE_RAPID_REVIEW_ONLY);
  check_review_type_after ("awaiting-panel", "other-learning-review", CR_REVIEW_TYPE_OTHER_LEARNING_REVIEW);
  check_review_type_after ("awaiting-panel", "national-review", CR_REVIEW_TYPE_NATIONAL);
  check_review_type_after ("national-review", "lcspr-commissioning", CR_REVIEW_TYPE_LCSPR);
  /* Other moves leave it alone */
  check_review_type_after ("referred", "notified", CR_REVIEW_TYPE_UNDECIDED);
  check_review_type_after ("awaiting-panel", "rapid-review-decision", CR_REVIEW_TYPE_UNDECIDED);
}

static void
test_full_journey (void)
{
  static const char *journey[] = {
    "notification-decision", "notified", "rapid-review", "rapid-review-decision",
    "awaiting-panel", "rapid-review-decision", "awaiting-panel",
    "lcspr-commissioning", "lcspr-evidence", "lcspr-analysis", "paused",
    "lcspr-analysis", "lcspr-sign-off", "pre-publication", "published",
    "action-monitoring", "dissemination", "closed",
  };
  g_autoptr(CrCase) kase = cr_case_new ();

  for (guint i = 0; i < G_N_ELEMENTS (journey); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!cr_case_transition (kase, status_from_nick (journey[i]), &error))
        g_error ("step %u (%s): %s", i, journey[i], error->message);
    }

  g_assert_cmpint (cr_case_get_status (kase), ==, CR_CASE_STATUS_CLOSED);
  g_assert_true (cr_case_status_is_terminal (cr_case_get_status (kase)));
}

/* Nicks match glib-mkenums' and round-trip; labels and descriptions exist
 * and labels are unique. */
static void
test_nicks_and_labels (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CR_TYPE_CASE_STATUS);
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  CrCaseStatus parsed;

  g_assert_cmpuint (klass->n_values, ==, N_STATES);

  for (guint s = 0; s < N_STATES; s++)
    {
      GEnumValue *value = g_enum_get_value (klass, s);
      const char *nick = cr_case_status_to_nick (s);
      const char *label = cr_case_status_to_label (s);
      const char *description = cr_case_status_to_description (s);

      g_assert_nonnull (value);
      g_assert_cmpstr (nick, ==, value->value_nick);
      g_assert_true (cr_case_status_from_nick (nick, &parsed));
      g_assert_cmpint (parsed, ==, s);

      g_assert_nonnull (label);
      g_assert_cmpuint (strlen (label), >, 0);
      g_assert_true (g_hash_table_add (labels, (gpointer) label));
      g_assert_nonnull (description);
      g_assert_cmpuint (strlen (description), >, 10);
    }

  g_assert_false (cr_case_status_from_nick ("publish", &parsed));
  g_assert_false (cr_case_status_from_nick ("", &parsed));
  g_assert_false (cr_case_status_from_nick (NULL, &parsed));
  g_assert_false (cr_case_status_from_nick ("Referred", &parsed));
  g_assert_cmpstr (cr_case_status_to_label (CR_CASE_STATUS_RAPID_REVIEW), ==, "Rapid review");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-status/table-nicks", test_table_nicks);
  g_test_add_func ("/case-status/every-pair", test_every_pair);
  g_test_add_func ("/case-status/paused-pairs", test_paused_pairs);
  g_test_add_func ("/case-status/same-state-refused", test_same_state_refused);
  g_test_add_func ("/case-status/out-of-range", test_out_of_range);
  g_test_add_func ("/case-status/case-transition-every-pair", test_case_transition_every_pair);
  g_test_add_func ("/case-status/error-message", test_error_message);
  g_test_add_func ("/case-status/next-states", test_next_states);
  g_test_add_func ("/case-status/terminal", test_terminal);
  g_test_add_func ("/case-status/pause-resume", test_pause_resume);
  g_test_add_func ("/case-status/review-type-follows", test_review_type_follows);
  g_test_add_func ("/case-status/full-journey", test_full_journey);
  g_test_add_func ("/case-status/nicks-and-labels", test_nicks_and_labels);

  return g_test_run ();
}
