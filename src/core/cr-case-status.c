/* cr-case-status.c: the statutory state machine (domain.md §1.3) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseStatus"

#include "config.h"

#include "cr-case-status.h"

#include <glib/gi18n.h>

G_DEFINE_QUARK (cr-case-error-quark, cr_case_error)

#define N_STATES (CR_CASE_STATUS_LAST + 1)
#define BIT(s)   (1u << (s))
#define END      ((CrCaseStatus) -1)

G_STATIC_ASSERT (N_STATES <= 32);

typedef struct
{
  const char *nick;
  const char *label;
  const char *description;
} StateInfo;

/* The nicks are what the database stores: never change them. They match
 * the nicks glib-mkenums derives for CrCaseStatus (checked by the tests). */
static const StateInfo states[N_STATES] = {
  [CR_CASE_STATUS_REFERRED] = {
    "referred", N_("Referred"),
    N_("An agency has referred the incident to the partnership.") },
  [CR_CASE_STATUS_NOTIFICATION_DECISION] = {
    "notification-decision", N_("Notification decision"),
    N_("The local authority, with the partners, is deciding whether to notify the Panel.") },
  [CR_CASE_STATUS_NOTIFIED] = {
    "notified", N_("Notified"),
    N_("A serious incident notification has been sent to the Panel.") },
  [CR_CASE_STATUS_RAPID_REVIEW] = {
    "rapid-review", N_("Rapid review"),
    N_("The safeguarding partners are carrying out the rapid review.") },
  [CR_CASE_STATUS_RAPID_REVIEW_DECISION] = {
    "rapid-review-decision", N_("Rapid review decision"),
    N_("The rapid review is complete and its report and decision have gone to the Panel.") },
  [CR_CASE_STATUS_AWAITING_PANEL] = {
    "awaiting-panel", N_("Awaiting the Panel"),
    N_("Waiting for the Panel's response to the rapid review.") },
  [CR_CASE_STATUS_LCSPR_COMMISSIONING] = {
    "lcspr-commissioning", N_("LCSPR commissioning"),
    N_("A local review has been decided: terms of reference and the reviewer are being agreed.") },
  [CR_CASE_STATUS_LCSPR_EVIDENCE] = {
    "lcspr-evidence", N_("LCSPR evidence gathering"),
    N_("Chronologies, agency reports, practitioner events and the family's views are being gathered.") },
  [CR_CASE_STATUS_LCSPR_ANALYSIS] = {
    "lcspr-analysis", N_("LCSPR analysis and drafting"),
    N_("The reviewer is analysing the evidence and drafting the report.") },
  [CR_CASE_STATUS_LCSPR_SIGN_OFF] = {
    "lcspr-sign-off", N_("LCSPR sign-off"),
    N_("The report is being quality assured and signed off by the partners.") },
  [CR_CASE_STATUS_PAUSED] = {
    "paused", N_("Paused"),
    N_("The review is paused for parallel proceedings such as a criminal trial or an inquest.") },
  [CR_CASE_STATUS_PRE_PUBLICATION] = {
    "pre-publication", N_("Pre-publication"),
    N_("The report has gone to the Panel and the Secretary of State ahead of publication.") },
  [CR_CASE_STATUS_PUBLISHED] = {
    "published", N_("Published"),
    N_("The report is published and must stay available for at least a year.") },
  [CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS] = {
    "published-improvements", N_("Improvements published"),
    N_("Only information about the improvements to be made has been published.") },
  [CR_CASE_STATUS_ACTION_MONITORING] = {
    "action-monitoring", N_("Action plan monitoring"),
    N_("The partners are monitoring the actions that answer the review's findings.") },
  [CR_CASE_STATUS_DISSEMINATION] = {
    "dissemination", N_("Dissemination"),
    N_("The learning is being shared through briefings and training.") },
  [CR_CASE_STATUS_CLOSED] = {
    "closed", N_("Closed"),
    N_("The case is closed and the impact of its learning reviewed.") },
  [CR_CASE_STATUS_NOT_NOTIFIABLE] = {
    "not-notifiable", N_("Not notifiable"),
    N_("Closed: the incident did not meet the criteria for notifying the Panel.") },
  [CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED] = {
    "rapid-review-not-required", N_("Rapid review not required"),
    N_("Closed: the notification was found not to meet the criteria, so no rapid review is needed.") },
  [CR_CASE_STATUS_NO_FURTHER_REVIEW] = {
    "no-further-review", N_("No further review"),
    N_("The partners decided the rapid review was enough; its learning is being taken forward.") },
  [CR_CASE_STATUS_OTHER_LEARNING_REVIEW] = {
    "other-learning-review", N_("Other learning review"),
    N_("A different kind of learning review is being carried out instead of an LCSPR.") },
  [CR_CASE_STATUS_NATIONAL_REVIEW] = {
    "national-review", N_("National review"),
    N_("The case has been put to the Panel for a national review.") },
};

/*
 * The allowed moves, in menu order (the usual next step first). PAUSED is
 * special: a case may pause from the states for which can_pause() is TRUE
 * and resume only to the state it was paused from.
 */
static const CrCaseStatus next_table[N_STATES][6] = {
  [CR_CASE_STATUS_REFERRED] = {
    CR_CASE_STATUS_NOTIFICATION_DECISION, CR_CASE_STATUS_NOTIFIED,
    CR_CASE_STATUS_NOT_NOTIFIABLE, END },
  [CR_CASE_STATUS_NOTIFICATION_DECISION] = {
    CR_CASE_STATUS_NOTIFIED, CR_CASE_STATUS_NOT_NOTIFIABLE, END },
  [CR_CASE_STATUS_NOTIFIED] = {
    CR_CASE_STATUS_RAPID_REVIEW, CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED, END },
  [CR_CASE_STATUS_RAPID_REVIEW] = {
    CR_CASE_STATUS_RAPID_REVIEW_DECISION, CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED, END },
  [CR_CASE_STATUS_RAPID_REVIEW_DECISION] = {
    CR_CASE_STATUS_AWAITING_PANEL, END },
  /* D1 to D4, and D5: the Panel asks the partners to reconsider. */
  [CR_CASE_STATUS_AWAITING_PANEL] = {
    CR_CASE_STATUS_LCSPR_COMMISSIONING, CR_CASE_STATUS_NO_FURTHER_REVIEW,
    CR_CASE_STATUS_OTHER_LEARNING_REVIEW, CR_CASE_STATUS_NATIONAL_REVIEW,
    CR_CASE_STATUS_RAPID_REVIEW_DECISION, END },
  [CR_CASE_STATUS_LCSPR_COMMISSIONING] = {
    CR_CASE_STATUS_LCSPR_EVIDENCE, CR_CASE_STATUS_PAUSED, END },
  [CR_CASE_STATUS_LCSPR_EVIDENCE] = {
    CR_CASE_STATUS_LCSPR_ANALYSIS, CR_CASE_STATUS_PAUSED, END },
  [CR_CASE_STATUS_LCSPR_ANALYSIS] = {
    CR_CASE_STATUS_LCSPR_SIGN_OFF, CR_CASE_STATUS_LCSPR_EVIDENCE,
    CR_CASE_STATUS_PAUSED, END },
  [CR_CASE_STATUS_LCSPR_SIGN_OFF] = {
    CR_CASE_STATUS_PRE_PUBLICATION, CR_CASE_STATUS_LCSPR_ANALYSIS,
    CR_CASE_STATUS_PAUSED, END },
  [CR_CASE_STATUS_PAUSED] = { END },
  [CR_CASE_STATUS_PRE_PUBLICATION] = {
    CR_CASE_STATUS_PUBLISHED, CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS,
    CR_CASE_STATUS_PAUSED, END },
  [CR_CASE_STATUS_PUBLISHED] = { CR_CASE_STATUS_ACTION_MONITORING, END },
  [CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS] = { CR_CASE_STATUS_ACTION_MONITORING, END },
  [CR_CASE_STATUS_ACTION_MONITORING] = {
    CR_CASE_STATUS_DISSEMINATION, CR_CASE_STATUS_CLOSED, END },
  [CR_CASE_STATUS_DISSEMINATION] = {
    CR_CASE_STATUS_CLOSED, CR_CASE_STATUS_ACTION_MONITORING, END },
  [CR_CASE_STATUS_CLOSED] = { END },
  [CR_CASE_STATUS_NOT_NOTIFIABLE] = { END },
  [CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED] = { END },
  [CR_CASE_STATUS_NO_FURTHER_REVIEW] = {
    CR_CASE_STATUS_DISSEMINATION, CR_CASE_STATUS_CLOSED, END },
  [CR_CASE_STATUS_OTHER_LEARNING_REVIEW] = {
    CR_CASE_STATUS_ACTION_MONITORING, CR_CASE_STATUS_DISSEMINATION,
    CR_CASE_STATUS_CLOSED, END },
  /* The Panel may decline a national review; a local review then follows. */
  [CR_CASE_STATUS_NATIONAL_REVIEW] = {
    CR_CASE_STATUS_LCSPR_COMMISSIONING, CR_CASE_STATUS_DISSEMINATION,
    CR_CASE_STATUS_CLOSED, END },
};

static const guint32 pausable =
  BIT (CR_CASE_STATUS_LCSPR_COMMISSIONING) |
  BIT (CR_CASE_STATUS_LCSPR_EVIDENCE) |
  BIT (CR_CASE_STATUS_LCSPR_ANALYSIS) |
  BIT (CR_CASE_STATUS_LCSPR_SIGN_OFF) |
  BIT (CR_CASE_STATUS_PRE_PUBLICATION);

static const guint32 terminal =
  BIT (CR_CASE_STATUS_CLOSED) |
  BIT (CR_CASE_STATUS_NOT_NOTIFIABLE) |
  BIT (CR_CASE_STATUS_RAPID_REVIEW_NOT_REQUIRED);

static inline gboolean
is_valid (CrCaseStatus status)
{
  return (guint) status < N_STATES;
}

const char *
cr_case_status_to_nick (CrCaseStatus status)
{
  g_return_val_if_fail (is_valid (status), NULL);

  return states[status].nick;
}

gboolean
cr_case_status_from_nick (const char   *nick,
                          CrCaseStatus *status)
{
  if (nick == NULL)
    return FALSE;

  for (guint i = 0; i < N_STATES; i++)
    {
      if (g_str_equal (nick, states[i].nick))
        {
          if (status != NULL)
            *status = (CrCaseStatus) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
cr_case_status_to_label (CrCaseStatus status)
{
  if (!is_valid (status))
    return _("Unknown");

  return _(states[status].label);
}

const char *
cr_case_status_to_description (CrCaseStatus status)
{
  if (!is_valid (status))
    return _("This status is not known to this version of Case Reviews.");

  return _(states[status].description);
}

gboolean
cr_case_status_is_terminal (CrCaseStatus status)
{
  return is_valid (status) && (terminal & BIT (status)) != 0;
}

gboolean
cr_case_status_can_pause (CrCaseStatus status)
{
  return is_valid (status) && (pausable & BIT (status)) != 0;
}

gboolean
cr_case_status_can_transition (CrCaseStatus from,
                               CrCaseStatus to,
                               CrCaseStatus paused_from)
{
  if (!is_valid (from) || !is_valid (to) || from == to)
    return FALSE;

  if (from == CR_CASE_STATUS_PAUSED)
    return to == paused_from && cr_case_status_can_pause (paused_from);

  for (guint i = 0; i < G_N_ELEMENTS (next_table[from]); i++)
    {
      CrCaseStatus next = next_table[from][i];

      if ((int) next < 0)
        break;
      if (next == to)
        return TRUE;
    }

  return FALSE;
}

gboolean
cr_case_status_check_transition (CrCaseStatus   from,
                                 CrCaseStatus   to,
                                 CrCaseStatus   paused_from,
                                 GError       **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (cr_case_status_can_transition (from, to, paused_from))
    return TRUE;

  if (from == to && is_valid (from))
    g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION,
                 /* Translators: %s is a case status such as "Rapid review". */
                 _("A case in “%s” cannot move to “%s”: it is already there."),
                 cr_case_status_to_label (from), cr_case_status_to_label (to));
  else if (from == CR_CASE_STATUS_PAUSED && cr_case_status_can_pause (paused_from))
    g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION,
                 /* Translators: the first %s is "Paused", the second the
                  * status asked for, the third the status the case was
                  * paused from. */
                 _("A case in “%s” cannot move to “%s”: it can only resume to “%s”, the stage it was paused from."),
                 cr_case_status_to_label (from), cr_case_status_to_label (to),
                 cr_case_status_to_label (paused_from));
  else
    g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION,
                 /* Translators: both %s are case statuses, for example
                  * "A case in “Referred” cannot move to “Published”." */
                 _("A case in “%s” cannot move to “%s”."),
                 cr_case_status_to_label (from), cr_case_status_to_label (to));

  return FALSE;
}

CrCaseStatus *
cr_case_status_next_states (CrCaseStatus  from,
                            CrCaseStatus  paused_from,
                            guint        *n_states)
{
  g_autoptr(GArray) result = g_array_new (FALSE, FALSE, sizeof (CrCaseStatus));
  CrCaseStatus end = (CrCaseStatus) -1;
  guint n;

  if (from == CR_CASE_STATUS_PAUSED)
    {
      if (cr_case_status_can_pause (paused_from))
        g_array_append_val (result, paused_from);
    }
  else if (is_valid (from))
    {
      for (guint i = 0; i < G_N_ELEMENTS (next_table[from]); i++)
        {
          CrCaseStatus next = next_table[from][i];

          if ((int) next < 0)
            break;
          g_array_append_val (result, next);
        }
    }

  n = result->len;
  g_array_append_val (result, end);

  if (n_states != NULL)
    *n_states = n;

  return (CrCaseStatus *) (gpointer) g_array_free (g_steal_pointer (&result), FALSE);
}
