/* cr-deadlines.c: the next statutory deadline of a case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDeadlines"

#include "config.h"

#include "cr-deadlines.h"

#include "cr-case-status.h"
#include "cr-util.h"
#include "cr-working-days.h"

#include <glib/gi18n.h>

/*
 * The rules are a table so that a later version can load them from data
 * (domain.md §6: each deadline keeps its rule, anchor, unit and source).
 * A rule applies to the statuses in its mask; the first rule that applies
 * wins. Statuses no rule names (paused, awaiting the Panel, the closed
 * and learning outcomes) have no statutory deadline.
 */

typedef enum
{
  ANCHOR_AWARE_DATE,
  ANCHOR_NOTIFIED_DATE,
  ANCHOR_DECISION_DATE,
  ANCHOR_PUBLICATION_DATE,
} Anchor;

typedef enum
{
  UNIT_WORKING_DAYS,
  UNIT_MONTHS,
  UNIT_YEARS,
} Unit;

typedef struct
{
  const char *id;
  guint32     statuses;   /* bit mask of CrCaseStatus */
  Anchor      anchor;
  Unit        unit;
  int         amount;
  const char *label;      /* N_() */
  const char *source;     /* for the record; not shown */
} DeadlineRule;

#define BIT(s) (1u << (s))

static const DeadlineRule rules[] = {
  {
    "notify-panel",
    BIT (CR_CASE_STATUS_REFERRED) | BIT (CR_CASE_STATUS_NOTIFICATION_DECISION),
    ANCHOR_AWARE_DATE, UNIT_WORKING_DAYS, 5,
    N_("Notify the Panel"),
    /* GOV.UK "Report a serious child safeguarding incident": "You must do
     * this within 5 working days of becoming aware of the incident"
     * (Children Act 2004 s.16C; domain.md §1.3 S3). */
    "GOV.UK report-a-serious-child-safeguarding-incident; CA 2004 s.16C",
  },
  {
    "rapid-review",
    BIT (CR_CASE_STATUS_NOTIFIED) | BIT (CR_CASE_STATUS_RAPID_REVIEW),
    ANCHOR_NOTIFIED_DATE, UNIT_WORKING_DAYS, 15,
    N_("Complete the rapid review"),
    /* Panel guidance (non-statutory): 15 working days; the clock starts
     * when the notification was sent to the Panel (Panel guidance June
     * 2025 as cited by Cambridgeshire; domain.md §1.3 S4). */
    "Panel Guidance for safeguarding partners (June 2025), rapid review",
  },
  {
    "lcspr-publish",
    BIT (CR_CASE_STATUS_LCSPR_COMMISSIONING) | BIT (CR_CASE_STATUS_LCSPR_EVIDENCE) |
    BIT (CR_CASE_STATUS_LCSPR_ANALYSIS) | BIT (CR_CASE_STATUS_LCSPR_SIGN_OFF) |
    BIT (CR_CASE_STATUS_PRE_PUBLICATION),
    ANCHOR_DECISION_DATE, UNIT_MONTHS, 6,
    N_("Complete and publish the review"),
    /* Working Together: complete and publish within 6 months of the
     * decision to initiate the review (domain.md §1.3 S7-S12). */
    "Working Together to Safeguard Children, ch.4 (2018) / ch.5 (2023)",
  },
  {
    "keep-published",
    BIT (CR_CASE_STATUS_PUBLISHED) | BIT (CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS),
    ANCHOR_PUBLICATION_DATE, UNIT_YEARS, 1,
    N_("Keep the report available until"),
    /* Published reports stay available for at least one year (domain.md
     * §2.5, partnership publication pages). */
    "Working Together; partnership publication practice (domain.md 2.5)",
  },
};

static const char *
get_anchor (CrCase *kase,
            Anchor  anchor)
{
  switch (anchor)
    {
    case ANCHOR_AWARE_DATE:
      return cr_case_get_aware_date (kase);
    case ANCHOR_NOTIFIED_DATE:
      return cr_case_get_notified_date (kase);
    case ANCHOR_DECISION_DATE:
      return cr_case_get_decision_date (kase);
    case ANCHOR_PUBLICATION_DATE:
      return cr_case_get_publication_date (kase);
    default:
      g_assert_not_reached ();
    }
}

static const DeadlineRule *
find_rule (CrCaseStatus status)
{
  if (status > CR_CASE_STATUS_LAST)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      if (rules[i].statuses & BIT (status))
        return &rules[i];
    }

  return NULL;
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
 * As cr_case_compute_next_deadline(), counting @closures as non-working
 * days too.
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
  const DeadlineRule *rule;
  GDate anchor;
  GDate due;
  int days_left;

  g_return_val_if_fail (CR_IS_CASE (kase), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  rule = find_rule (cr_case_get_status (kase));
  if (rule == NULL)
    return FALSE;

  if (!cr_date_parse_iso (get_anchor (kase, rule->anchor), &anchor))
    return FALSE;

  switch (rule->unit)
    {
    case UNIT_WORKING_DAYS:
      cr_working_days_add (&anchor, rule->amount, closures, &due);
      days_left = cr_working_days_between (today, &due, closures);
      break;

    case UNIT_MONTHS:
      /* GDate clamps to the end of a shorter month (31 Aug + 6 months
       * = 28 or 29 Feb). */
      due = anchor;
      g_date_add_months (&due, (guint) rule->amount);
      days_left = g_date_days_between (today, &due);
      break;

    case UNIT_YEARS:
      due = anchor;
      g_date_add_years (&due, (guint) rule->amount);
      days_left = g_date_days_between (today, &due);
      break;

    default:
      g_assert_not_reached ();
    }

  if (out_due != NULL)
    *out_due = due;
  if (out_label != NULL)
    *out_label = _(rule->label);
  if (out_days_left != NULL)
    *out_days_left = days_left;

  return TRUE;
}

gboolean
cr_case_compute_next_deadline (CrCase       *kase,
                               const GDate  *today,
                               GDate        *out_due,
                               const char  **out_label,
                               int          *out_days_left)
{
  return cr_case_compute_next_deadline_full (kase, today, NULL,
                                             out_due, out_label, out_days_left);
}

/**
 * cr_deadline_counts_working_days:
 * @status: a case status
 *
 * Whether the days-left of a case in @status count working days (the
 * 5- and 15-working-day rules) rather than calendar days (the 6-month and
 * 1-year rules). Views use it to say "working days" or "days".
 */
gboolean
cr_deadline_counts_working_days (CrCaseStatus status)
{
  const DeadlineRule *rule = find_rule (status);

  return rule != NULL && rule->unit == UNIT_WORKING_DAYS;
}
