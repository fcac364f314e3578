/* cr-rapid-review-status.c: what a rapid review means for its case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRapidReview"

#include "config.h"

#include "cr-rapid-review.h"

#include "cr-case-status.h"
#include "cr-record-private.h"
#include "cr-util.h"
#include "cr-working-days.h"

/* Agency summaries are due on working day 10 after the notification. */
#define SUMMARY_WORKING_DAYS 10

/* ---- Dates, status and review type ------------------------------------- */

/**
 * cr_rapid_review_default_summary_due:
 * @notified_date: (nullable): the date the Panel was notified, ISO
 * @closures: (nullable): the partnership's closure days (see cr-working-days.h)
 * @out: (out): the due date
 *
 * Returns: %TRUE when @notified_date is a date and @out was set
 */
gboolean
cr_rapid_review_default_summary_due (const char *notified_date,
                                     GArray     *closures,
                                     GDate      *out)
{
  GDate notified;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!cr_date_parse_iso (notified_date, &notified))
    return FALSE;

  cr_working_days_add (&notified, SUMMARY_WORKING_DAYS, closures, out);
  return TRUE;
}

static gboolean
anything_recorded (CrRapidReview *self)
{
  GListModel *sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (self));

  if (_cr_record_has_any (CR_RECORD (self)) ||
      g_list_model_get_n_items (G_LIST_MODEL (cr_rapid_review_get_attendees (self))) > 0 ||
      g_list_model_get_n_items (G_LIST_MODEL (cr_rapid_review_get_summaries (self))) > 0)
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (sign_offs); i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (sign_offs, i);

      if (cr_record_has (sign_off, "name") || cr_record_has (sign_off, "role") ||
          cr_record_has (sign_off, "signed-date"))
        return TRUE;
    }

  return FALSE;
}

/* The state the decision leads to once the Panel agrees. */
static gboolean
decision_outcome (CrRecord     *record,
                  CrCaseStatus *out)
{
  const char *decision = cr_record_get (record, "decision");

  if (g_strcmp0 (decision, "lcspr") == 0)
    *out = CR_CASE_STATUS_LCSPR_COMMISSIONING;
  else if (g_strcmp0 (decision, "no-further-review") == 0)
    *out = CR_CASE_STATUS_NO_FURTHER_REVIEW;
  else if (g_strcmp0 (decision, "other-learning-review") == 0)
    *out = CR_CASE_STATUS_OTHER_LEARNING_REVIEW;
  else if (g_strcmp0 (decision, "national-review") == 0)
    *out = CR_CASE_STATUS_NATIONAL_REVIEW;
  else
    return FALSE;

  return TRUE;
}

static void
append (GArray       *path,
        CrCaseStatus *at,
        CrCaseStatus  to)
{
  g_array_append_val (path, to);
  *at = to;
}

/**
 * cr_rapid_review_get_status_path:
 * @self: a rapid review
 * @current: the case's status
 * @path: (element-type CrCaseStatus): where to append the statuses
 *
 * Appends the statuses a case in @current moves through to reflect what
 * the review records, each a legal move from the one before. Only moves
 * forward along NOTIFIED → RAPID_REVIEW → RAPID_REVIEW_DECISION →
 * AWAITING_PANEL → outcome, except for the Panel asking the partners to
 * reconsider (or for more information), which leads back to
 * RAPID_REVIEW_DECISION once: computing the path again from the end of a
 * path gives nothing.
 */
void
cr_rapid_review_get_status_path (CrRapidReview *self,
                                 CrCaseStatus   current,
                                 GArray        *path)
{
  static const CrCaseStatus chain[] = {
    CR_CASE_STATUS_NOTIFIED,
    CR_CASE_STATUS_RAPID_REVIEW,
    CR_CASE_STATUS_RAPID_REVIEW_DECISION,
    CR_CASE_STATUS_AWAITING_PANEL,
  };
  CrRecord *record = (CrRecord *) self;
  CrCaseStatus at = current;
  CrCaseStatus outcome = CR_CASE_STATUS_NOTIFIED;
  gboolean has_outcome = FALSE;
  gboolean back = FALSE;
  guint stage, from = G_N_ELEMENTS (chain);

  g_return_if_fail (CR_IS_RAPID_REVIEW (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (g_array_get_element_size (path) == sizeof (CrCaseStatus));

  for (guint i = 0; i < G_N_ELEMENTS (chain); i++)
    if (chain[i] == current)
      from = i;

  /* Before the notification or past the Panel's response, the rapid
   * review moves nothing. */
  if (from == G_N_ELEMENTS (chain) || !anything_recorded (self))
    return;

  /* Not notifiable: the rapid review ends without a review. */
  if (_cr_record_is (record, "decision", "not-notifiable") &&
      cr_rapid_review_is_signed_off (self))
    {
      if (at == CR_CASE_STATUS_NOTIFIED)
        append (path, &at, CR_CASE_STATUS_RAPID_REVIEW);
      if (at == CR_CASE_STATUS_RAPID_REVIEW)
        append (path, &at, CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED);
      return;
    }

  /* How far the record says the case has gone. */
  stage = 1;
  if (cr_record_has (record, "decision") && cr_rapid_review_is_signed_off (self))
    {
      stage = 2;
      if (cr_record_has (record, "report-sent-date"))
        stage = 3;
    }

  if (stage == 3)
    {
      if (_cr_record_is (record, "panel-response", "agrees"))
        has_outcome = decision_outcome (record, &outcome);
      else if (_cr_record_is (record, "panel-response", "national-review"))
        {
          outcome = CR_CASE_STATUS_NATIONAL_REVIEW;
          has_outcome = TRUE;
        }
      else if (_cr_record_is (record, "panel-response", "reconsider") ||
               _cr_record_is (record, "panel-response", "more-information"))
        back = TRUE;
    }

  /* Sent back to the decision, and there already. */
  if (back && current == CR_CASE_STATUS_RAPID_REVIEW_DECISION)
    return;

  for (guint i = from + 1; i <= stage; i++)
    append (path, &at, chain[i]);

  if (at == CR_CASE_STATUS_AWAITING_PANEL)
    {
      if (has_outcome)
        append (path, &at, outcome);
      else if (back)
        append (path, &at, CR_CASE_STATUS_RAPID_REVIEW_DECISION);
    }
}

CrReviewType
cr_rapid_review_get_review_type (CrRapidReview *self)
{
  const char *decision;

  g_return_val_if_fail (CR_IS_RAPID_REVIEW (self), CR_REVIEW_TYPE_UNDECIDED);

  decision = cr_record_get (CR_RECORD (self), "decision");

  if (g_strcmp0 (decision, "lcspr") == 0)
    return CR_REVIEW_TYPE_LCSPR;
  if (g_strcmp0 (decision, "no-further-review") == 0 ||
      g_strcmp0 (decision, "not-notifiable") == 0)
    return CR_REVIEW_TYPE_RAPID_REVIEW_ONLY;
  if (g_strcmp0 (decision, "other-learning-review") == 0)
    return CR_REVIEW_TYPE_OTHER_LEARNING_REVIEW;
  if (g_strcmp0 (decision, "national-review") == 0)
    return CR_REVIEW_TYPE_NATIONAL;

  return CR_REVIEW_TYPE_UNDECIDED;
}
