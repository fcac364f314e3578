/* cr-deadline-clock.c: where a deadline's clock stands */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDeadlines"

#include "config.h"

#include "cr-deadline-clock-private.h"

#include "cr-util.h"
#include "cr-working-days.h"

#include <string.h>

/*
 * The stage a case is at, its pauses and the due dates that follow from
 * them; cr-deadlines.c turns them into deadlines.
 */

#define BIT(s) (1u << (s))

/*
 * The case's stage
 */

/* The order of the stages in the process (domain.md §1.3), so that a rule
 * can tell whether the case has moved past the stages it is live in. The
 * outcomes of a decision rank with the decision; closed cases last. */
static int
get_rank (CrCaseStatus status)
{
  switch (status)
    {
    case CR_CASE_STATUS_REFERRED: return 0;
    case CR_CASE_STATUS_NOTIFICATION_DECISION: return 1;
    case CR_CASE_STATUS_NOTIFIED: return 2;
    case CR_CASE_STATUS_RAPID_REVIEW: return 3;
    case CR_CASE_STATUS_RAPID_REVIEW_DECISION: return 4;
    case CR_CASE_STATUS_AWAITING_PANEL: return 5;
    case CR_CASE_STATUS_NO_FURTHER_REVIEW:
    case CR_CASE_STATUS_OTHER_LEARNING_REVIEW:
    case CR_CASE_STATUS_NATIONAL_REVIEW:
    case CR_CASE_STATUS_LCSPR_COMMISSIONING: return 6;
    case CR_CASE_STATUS_LCSPR_EVIDENCE: return 7;
    case CR_CASE_STATUS_PAUSED:
    case CR_CASE_STATUS_LCSPR_ANALYSIS: return 8;
    case CR_CASE_STATUS_LCSPR_SIGN_OFF: return 9;
    case CR_CASE_STATUS_PRE_PUBLICATION: return 10;
    case CR_CASE_STATUS_PUBLISHED:
    case CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS: return 11;
    case CR_CASE_STATUS_ACTION_MONITORING: return 12;
    case CR_CASE_STATUS_DISSEMINATION: return 13;
    case CR_CASE_STATUS_NOT_NOTIFIABLE:
    case CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED:
    case CR_CASE_STATUS_CLOSED: return 14;
    default: return 0;
    }
}

gboolean
_cr_deadline_clock_has_moved_past (const CrDeadlineClock *context,
                                   const CrDeadlineRule  *rule)
{
  int last = -1;

  if (rule->statuses == 0 || (rule->statuses & BIT (context->stage)) != 0)
    return FALSE;

  for (guint s = 0; s <= CR_CASE_STATUS_LAST; s++)
    if ((rule->statuses & BIT (s)) != 0)
      last = MAX (last, get_rank (s));

  return context->rank > last;
}

/* "2026-01-05..2026-02-01;2026-03-02.." → periods, oldest first; what
 * cannot be read is left out (storage writes this, users never type it). */
static GArray *
parse_pauses (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ";", -1);
  GArray *periods = g_array_new (FALSE, FALSE, sizeof (CrPausePeriod));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) ends = NULL;
      CrPausePeriod period = { 0, 0 };
      GDate date;

      if (g_strstrip (parts[i])[0] == '\0')
        continue;
      ends = g_strsplit (parts[i], "..", 2);
      if (g_strv_length (ends) != 2 || !cr_date_parse_iso (g_strstrip (ends[0]), &date))
        {
          g_debug ("Ignoring the pause “%s”", parts[i]);
          continue;
        }
      period.start = g_date_get_julian (&date);

      if (g_strstrip (ends[1])[0] != '\0')
        {
          if (!cr_date_parse_iso (ends[1], &date) || g_date_get_julian (&date) < period.start)
            {
              g_debug ("Ignoring the pause “%s”", parts[i]);
              continue;
            }
          period.end = g_date_get_julian (&date);
        }

      g_array_append_val (periods, period);
    }

  return periods;
}

void
_cr_deadline_clock_init (CrDeadlineClock  *context,
                         CrCase           *kase,
                         const GDate      *today,
                         GArray           *closures,
                         CrDeadlinePolicy *policy)
{
  CrCaseStatus status = cr_case_get_status (kase);
  guint32 today_jd;

  memset (context, 0, sizeof *context);
  if (today != NULL)
    context->today = *today;
  else
    cr_date_set_today (&context->today);
  today_jd = g_date_get_julian (&context->today);

  context->closures = closures != NULL ? g_array_ref (closures) : NULL;
  context->clock = cr_deadline_policy_get_rapid_review_clock_start (policy);
  context->pauses = parse_pauses (cr_case_get_pauses (kase));
  context->status = status;
  context->stage = status == CR_CASE_STATUS_PAUSED ? cr_case_get_paused_from (kase) : status;
  context->rank = get_rank (context->stage);

  context->paused_now = status == CR_CASE_STATUS_PAUSED;
  for (guint i = 0; i < context->pauses->len; i++)
    {
      const CrPausePeriod *period = &g_array_index (context->pauses, CrPausePeriod, i);

      if (period->start <= today_jd && (period->end == 0 || period->end > today_jd))
        context->paused_now = context->pause_known = TRUE;
    }
}

void
_cr_deadline_clock_clear (CrDeadlineClock *context)
{
  g_clear_pointer (&context->closures, g_array_unref);
  g_clear_pointer (&context->pauses, g_array_unref);
}

/*
 * Due dates
 */

static int
compare_julian (gconstpointer a,
                gconstpointer b)
{
  guint32 x = *(const guint32 *) a;
  guint32 y = *(const guint32 *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* The paused days after @anchor, up to @clock_end (inclusive), added to
 * the closures. An open pause runs to @clock_end. */
static GArray *
merge_paused_days (const CrDeadlineClock *context,
                   guint32        anchor,
                   guint32        clock_end)
{
  GArray *merged = g_array_new (FALSE, FALSE, sizeof (guint32));

  if (context->closures != NULL)
    g_array_append_vals (merged, context->closures->data, context->closures->len);

  for (guint i = 0; i < context->pauses->len; i++)
    {
      const CrPausePeriod *period = &g_array_index (context->pauses, CrPausePeriod, i);
      guint32 last = period->end != 0 ? period->end - 1 : clock_end;

      last = MIN (last, clock_end);
      for (guint32 jd = MAX (period->start, anchor + 1); jd <= last; jd++)
        g_array_append_val (merged, jd);
    }

  g_array_sort (merged, compare_julian);
  return merged;
}

/* Calendar days of the pauses in (@anchor, @due], up to @clock_end. */
static guint
count_paused_days (const CrDeadlineClock *context,
                   guint32        anchor,
                   guint32        due,
                   guint32        clock_end)
{
  guint count = 0;

  for (guint i = 0; i < context->pauses->len; i++)
    {
      const CrPausePeriod *period = &g_array_index (context->pauses, CrPausePeriod, i);
      guint32 first = MAX (period->start, anchor + 1);
      guint32 last = MIN (MIN (period->end != 0 ? period->end - 1 : clock_end, clock_end), due);

      if (first <= last)
        count += last - first + 1;
    }

  return count;
}

static void
add_units (GDate          *date,
           CrDeadlineUnit  unit,
           int             count)
{
  guint n = (guint) ABS (count);

  switch (unit)
    {
    case CR_DEADLINE_UNIT_DAYS:
      count > 0 ? g_date_add_days (date, n) : g_date_subtract_days (date, n);
      break;
    case CR_DEADLINE_UNIT_MONTHS:
      /* GDate clamps to the end of a shorter month (31 Aug + 6 months
       * = 28 or 29 Feb). */
      count > 0 ? g_date_add_months (date, n) : g_date_subtract_months (date, n);
      break;
    case CR_DEADLINE_UNIT_YEARS:
      count > 0 ? g_date_add_years (date, n) : g_date_subtract_years (date, n);
      break;
    case CR_DEADLINE_UNIT_WORKING_DAYS:
    default:
      g_assert_not_reached ();
    }
}

void
_cr_deadline_clock_compute_due (const CrDeadlineClock *context,
                                const CrDeadlineRule  *rule,
                                const GDate           *anchor,
                                guint32                clock_end,
                                GDate                 *out_due,
                                int                   *out_days_left,
                                int                   *out_paused_days)
{
  gboolean pauses_count = rule->kind == CR_DEADLINE_KIND_BY && rule->count > 0 &&
                          context->pauses->len > 0;
  guint32 anchor_jd = g_date_get_julian (anchor);

  *out_paused_days = 0;

  if (rule->unit == CR_DEADLINE_UNIT_WORKING_DAYS)
    {
      g_autoptr(GArray) merged = NULL;
      GDate unpaused;

      cr_working_days_add (anchor, rule->count, context->closures, out_due);
      if (pauses_count)
        {
          unpaused = *out_due;
          merged = merge_paused_days (context, anchor_jd, clock_end);
          cr_working_days_add (anchor, rule->count, merged, out_due);
          *out_paused_days = cr_working_days_between (&unpaused, out_due, context->closures);
        }
      *out_days_left = cr_working_days_between (&context->today, out_due,
                                                merged != NULL ? merged : context->closures);
      return;
    }

  *out_due = *anchor;
  add_units (out_due, rule->unit, rule->count);

  if (pauses_count)
    {
      guint32 base = g_date_get_julian (out_due);
      guint extra = 0;

      /* Extending may bring more paused days in: repeat until stable. The
       * count only grows, and never past the paused days, so it ends. */
      for (;;)
        {
          guint more = count_paused_days (context, anchor_jd, base + extra, clock_end);

          if (more == extra)
            break;
          extra = more;
        }
      g_date_add_days (out_due, extra);
      *out_paused_days = (int) extra;
    }

  *out_days_left = g_date_days_between (&context->today, out_due);
}
