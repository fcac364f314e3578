/* cr-deadlines.c: the deadlines of a case, from the rules */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDeadlines"

#include "config.h"

#include "cr-deadlines.h"

#include "cr-deadline-clock-private.h"
#include "cr-deadline-private.h"
#include "cr-deadline-rules.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

#define BIT(s) (1u << (s))

/* One rule worked out. */
typedef struct
{
  CrDeadlineValues  values;
  GDate             due;
  char             *anchor_iso;
  char             *due_iso;
  char             *done_iso;
} Evaluation;

static const struct
{
  const char  *property;
  const char *(*get) (CrCase *kase);
} date_getters[] = {
  { "incident-date", cr_case_get_incident_date },
  { "aware-date", cr_case_get_aware_date },
  { "notified-date", cr_case_get_notified_date },
  { "decision-date", cr_case_get_decision_date },
  { "publication-date", cr_case_get_publication_date },
  { "partners-informed-date", cr_case_get_partners_informed_date },
  { "rr-sent-date", cr_case_get_rr_sent_date },
  { "planned-publication-date", cr_case_get_planned_publication_date },
  { "copies-sent-date", cr_case_get_copies_sent_date },
};

/*
 * Rules
 */

static const char *
get_case_date (CrCase     *kase,
               const char *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (date_getters); i++)
    if (g_str_equal (date_getters[i].property, property))
      return date_getters[i].get (kase);

  g_return_val_if_reached (NULL);
}

static gboolean
rule_applies (const CrDeadlineRule *rule,
              CrCase               *kase)
{
  CrReviewType type = cr_case_get_review_type (kase);

  /* A case whose kind of review is not decided yet may still need it. */
  return rule->review_types == 0 || type == CR_REVIEW_TYPE_UNDECIDED ||
         (rule->review_types & BIT (type)) != 0;
}

static void
evaluation_clear (Evaluation *ev)
{
  g_clear_pointer (&ev->anchor_iso, g_free);
  g_clear_pointer (&ev->due_iso, g_free);
  g_clear_pointer (&ev->done_iso, g_free);
}

static void
evaluate (const CrDeadlineRule *rule,
          CrCase               *kase,
          const CrDeadlineClock *context,
          Evaluation           *ev)
{
  const char *anchor_property = rule->anchor;
  gboolean has_anchor, has_done, moved_past;
  GDate anchor, done;
  guint32 clock_end;

  memset (ev, 0, sizeof *ev);
  ev->values.rule = rule;

  if (g_str_equal (anchor_property, CR_DEADLINE_ANCHOR_RAPID_REVIEW_CLOCK))
    anchor_property = context->clock == CR_RAPID_REVIEW_CLOCK_AWARENESS ? "aware-date" : "notified-date";
  ev->values.anchor_property = anchor_property;

  has_anchor = cr_date_parse_iso (get_case_date (kase, anchor_property), &anchor);
  has_done = rule->done != NULL && cr_date_parse_iso (get_case_date (kase, rule->done), &done);
  moved_past = _cr_deadline_clock_has_moved_past (context, rule);

  if (has_anchor)
    {
      ev->anchor_iso = cr_date_to_iso (&anchor);
      clock_end = has_done ? g_date_get_julian (&done) : g_date_get_julian (&context->today);
      _cr_deadline_clock_compute_due (context, rule, &anchor, clock_end, &ev->due,
                                      &ev->values.days_left, &ev->values.paused_days);
      ev->due_iso = cr_date_to_iso (&ev->due);
    }
  if (has_done)
    ev->done_iso = cr_date_to_iso (&done);

  ev->values.anchor_date = ev->anchor_iso;
  ev->values.due_date = ev->due_iso;
  ev->values.done_date = ev->done_iso;

  if (has_done)
    {
      gboolean on_time = TRUE;

      if (has_anchor && rule->kind == CR_DEADLINE_KIND_BY)
        on_time = g_date_compare (&done, &ev->due) <= 0;
      else if (has_anchor)
        on_time = g_date_compare (&done, &ev->due) >= 0;
      ev->values.state = on_time ? CR_DEADLINE_STATE_MET : CR_DEADLINE_STATE_MET_LATE;
      ev->values.days_left = 0;
    }
  else if ((rule->not_applicable & BIT (context->status)) != 0)
    {
      ev->values.state = CR_DEADLINE_STATE_NOT_APPLICABLE;
      ev->values.days_left = 0;
    }
  else if (!has_anchor)
    {
      ev->values.state = moved_past ? CR_DEADLINE_STATE_MET : CR_DEADLINE_STATE_WAITING;
      ev->values.done_unrecorded = moved_past;
    }
  else if (rule->kind == CR_DEADLINE_KIND_UNTIL)
    {
      ev->values.state = ev->values.days_left > 0 ? CR_DEADLINE_STATE_OPEN : CR_DEADLINE_STATE_MET;
    }
  else if (moved_past && ev->values.days_left < 0)
    {
      ev->values.state = CR_DEADLINE_STATE_MET;
      ev->values.done_unrecorded = TRUE;
      ev->values.days_left = 0;
    }
  else if (context->paused_now && rule->count > 0 &&
           (ev->values.days_left >= 0 || !context->pause_known))
    {
      /* A deadline missed before the pause began stays overdue; when the
       * pause's start is not known, the clock is taken to stand. */
      ev->values.state = CR_DEADLINE_STATE_STOPPED;
    }
  else if (ev->values.days_left < 0)
    ev->values.state = CR_DEADLINE_STATE_OVERDUE;
  else if (ev->values.days_left <= CR_DEADLINE_DUE_SOON_DAYS)
    ev->values.state = CR_DEADLINE_STATE_DUE_SOON;
  else
    ev->values.state = CR_DEADLINE_STATE_OPEN;
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  CrDeadline *x = *(CrDeadline * const *) a;
  CrDeadline *y = *(CrDeadline * const *) b;
  gboolean x_na = cr_deadline_get_state (x) == CR_DEADLINE_STATE_NOT_APPLICABLE;
  gboolean y_na = cr_deadline_get_state (y) == CR_DEADLINE_STATE_NOT_APPLICABLE;
  const char *x_due = cr_deadline_get_due_date (x);
  const char *y_due = cr_deadline_get_due_date (y);

  if (x_na != y_na)
    return x_na ? 1 : -1;
  if ((x_due == NULL) != (y_due == NULL))
    return x_due == NULL ? 1 : -1;
  /* ISO dates sort as strings; equal ones keep the rule order (the sort
   * is stable). */
  return g_strcmp0 (x_due, y_due);
}

/*
 * Public API
 */

GPtrArray *
cr_case_list_deadlines_full (CrCase           *kase,
                             const GDate      *today,
                             CrDeadlinePolicy *policy)
{
  CrDeadlineRules *rules = cr_deadline_rules_get_default ();
  g_autoptr(GArray) closures = NULL;
  GPtrArray *list;
  CrDeadlineClock context;

  g_return_val_if_fail (CR_IS_CASE (kase), NULL);
  g_return_val_if_fail (today == NULL || g_date_valid (today), NULL);
  g_return_val_if_fail (policy == NULL || CR_IS_DEADLINE_POLICY (policy), NULL);

  if (policy == NULL)
    policy = cr_deadline_policy_get_default ();
  closures = cr_deadline_policy_get_closures (policy);
  _cr_deadline_clock_init (&context, kase, today, closures, policy);

  list = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < cr_deadline_rules_get_n_rules (rules); i++)
    {
      const CrDeadlineRule *rule = cr_deadline_rules_get_rule (rules, i);
      Evaluation ev;

      if (!rule_applies (rule, kase))
        continue;

      evaluate (rule, kase, &context, &ev);
      g_ptr_array_add (list, _cr_deadline_new (&ev.values));
      evaluation_clear (&ev);
    }
  _cr_deadline_clock_clear (&context);

  /* A stable sort (GLib's merge sort): equal due dates keep the rule
   * order. */
  g_ptr_array_sort (list, compare_deadlines);

  return list;
}

GPtrArray *
cr_case_list_deadlines (CrCase      *kase,
                        const GDate *today)
{
  return cr_case_list_deadlines_full (kase, today, NULL);
}

static gboolean
find_next (CrCase       *kase,
           const GDate  *today,
           GArray       *closures,
           GDate        *out_due,
           const char  **out_label,
           int          *out_days_left,
           gboolean     *out_working)
{
  CrDeadlineRules *rules = cr_deadline_rules_get_default ();
  CrDeadlinePolicy *policy = cr_deadline_policy_get_default ();
  const CrDeadlineRule *best_rule = NULL;
  GDate best_due;
  int best_days_left = 0;
  CrDeadlineClock context;

  _cr_deadline_clock_init (&context, kase, today, closures, policy);

  for (guint i = 0; i < cr_deadline_rules_get_n_rules (rules); i++)
    {
      const CrDeadlineRule *rule = cr_deadline_rules_get_rule (rules, i);
      Evaluation ev;

      if (!rule_applies (rule, kase) ||
          (rule->statuses != 0 && (rule->statuses & BIT (context.status)) == 0))
        continue;

      evaluate (rule, kase, &context, &ev);
      if ((ev.values.state == CR_DEADLINE_STATE_OPEN ||
           ev.values.state == CR_DEADLINE_STATE_DUE_SOON ||
           ev.values.state == CR_DEADLINE_STATE_OVERDUE) &&
          (best_rule == NULL || g_date_compare (&ev.due, &best_due) < 0))
        {
          best_rule = rule;
          best_due = ev.due;
          best_days_left = ev.values.days_left;
        }
      evaluation_clear (&ev);
    }
  _cr_deadline_clock_clear (&context);

  if (best_rule == NULL)
    return FALSE;

  if (out_due != NULL)
    *out_due = best_due;
  if (out_label != NULL)
    *out_label = _(best_rule->label);
  if (out_days_left != NULL)
    *out_days_left = best_days_left;
  if (out_working != NULL)
    *out_working = best_rule->unit == CR_DEADLINE_UNIT_WORKING_DAYS;

  return TRUE;
}

gboolean
_cr_case_find_next_deadline (CrCase       *kase,
                             const GDate  *today,
                             GDate        *out_due,
                             const char  **out_label,
                             int          *out_days_left,
                             gboolean     *out_working)
{
  g_autoptr(GArray) closures = cr_deadline_policy_get_closures (cr_deadline_policy_get_default ());

  return find_next (kase, today, closures, out_due, out_label, out_days_left, out_working);
}

/**
 * cr_case_compute_next_deadline_full:
 * @kase: a case
 * @today: the date to count from
 * @closures: (nullable): sorted julian days the partnership is closed
 * @out_due: (out) (optional): the due date
 * @out_label: (out) (optional) (transfer none): the translated label
 * @out_days_left: (out) (optional): days from @today to the due date:
 *   working days for the working-day rules, calendar days for the others;
 *   negative when overdue
 *
 * As cr_case_compute_next_deadline(), with @closures instead of the
 * default policy's closure days.
 *
 * Returns: %FALSE when the case has no open deadline
 */
gboolean
cr_case_compute_next_deadline_full (CrCase       *kase,
                                    const GDate  *today,
                                    GArray       *closures,
                                    GDate        *out_due,
                                    const char  **out_label,
                                    int          *out_days_left)
{
  g_return_val_if_fail (CR_IS_CASE (kase), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  return find_next (kase, today, closures, out_due, out_label, out_days_left, NULL);
}

gboolean
cr_case_compute_next_deadline (CrCase       *kase,
                               const GDate  *today,
                               GDate        *out_due,
                               const char  **out_label,
                               int          *out_days_left)
{
  g_return_val_if_fail (CR_IS_CASE (kase), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  return _cr_case_find_next_deadline (kase, today, out_due, out_label, out_days_left, NULL);
}

/**
 * cr_deadline_counts_working_days:
 * @status: a case status
 *
 * Whether the first rule live in @status counts working days (the 5- and
 * 15-working-day rules) rather than calendar days (the 6-month and 1-year
 * rules).
 */
gboolean
cr_deadline_counts_working_days (CrCaseStatus status)
{
  CrDeadlineRules *rules = cr_deadline_rules_get_default ();

  if (status > CR_CASE_STATUS_LAST)
    return FALSE;

  for (guint i = 0; i < cr_deadline_rules_get_n_rules (rules); i++)
    {
      const CrDeadlineRule *rule = cr_deadline_rules_get_rule (rules, i);

      if ((rule->statuses & BIT (status)) != 0)
        return rule->unit == CR_DEADLINE_UNIT_WORKING_DAYS;
    }

  return FALSE;
}
