/* cr-rapid-review.h: the rapid review of a case and its decision */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-enums.h"
#include "cr-record.h"

G_BEGIN_DECLS

/*
 * The rapid review (domain.md §1.4, §2.2), a CrRecord with:
 *
 *   meeting-date [PLAN_DATE], meeting-time [TIME], meeting-location [LINE]
 *   chair [LINE]
 *   key-practice-episodes [TEXT]  analysis: what went well, what to improve
 *   lived-experience [TEXT]       the child's lived experience and identity
 *   immediate-actions [TEXT]      safeguarding actions, siblings included
 *   learning [TEXT]               learning already identified, actions taken
 *   criterion-a .. criterion-d [CHOICE] yes, no   (reg 11 (a)-(d))
 *   criterion-a-rationale .. criterion-d-rationale [TEXT]
 *   national-importance [CHOICE] yes, no  (complex or of national importance)
 *   national-rationale [TEXT]
 *   decision [CHOICE] lcspr, no-further-review, other-learning-review,
 *                     national-review, not-notifiable
 *   decision-rationale [TEXT]
 *   decision-date [DATE]
 *   report-sent-date [DATE]       the report went to the Panel
 *   panel-response [CHOICE] agrees, reconsider, more-information,
 *                     national-review
 *   panel-response-date [DATE], panel-response-notes [TEXT]
 *
 * Lists (GListStore, owned, never NULL): attendees (CrAttendee), agency
 * summaries (CrAgencySummary), and the three sign-offs (CrSignOff, always
 * exactly one per partner in the order local-authority, icb, police).
 *
 * Rules: decision-date <= report-sent-date <= panel-response-date; a
 * report cannot be sent before the decision is signed off by all three
 * partners; a Panel response needs a sent report.
 */

#define CR_TYPE_RAPID_REVIEW (cr_rapid_review_get_type())

G_DECLARE_FINAL_TYPE (CrRapidReview, cr_rapid_review, CR, RAPID_REVIEW, CrRecord)

typedef enum
{
  CR_RAPID_REVIEW_STEP_MEETING,     /* date (time, place, chair), attendees */
  CR_RAPID_REVIEW_STEP_SUMMARIES,   /* each agency: requested, due, received */
  CR_RAPID_REVIEW_STEP_EPISODES,    /* key practice episodes, lived experience */
  CR_RAPID_REVIEW_STEP_ACTIONS,     /* immediate actions, learning */
  CR_RAPID_REVIEW_STEP_CRITERIA,    /* reg 11 (a)-(d) each with rationale; national view */
  CR_RAPID_REVIEW_STEP_DECISION,    /* decision, rationale, date */
  CR_RAPID_REVIEW_STEP_SIGN_OFF,    /* three partners; report sent date */
  CR_RAPID_REVIEW_STEP_PANEL,       /* the Panel's response (optional) */
} CrRapidReviewStep;

#define CR_RAPID_REVIEW_N_STEPS (CR_RAPID_REVIEW_STEP_PANEL + 1)

CrRapidReview *cr_rapid_review_new             (void);

GListStore    *cr_rapid_review_get_attendees   (CrRapidReview     *self);
GListStore    *cr_rapid_review_get_summaries   (CrRapidReview     *self);
GListStore    *cr_rapid_review_get_sign_offs   (CrRapidReview     *self);

/*
 * Checks one step for the assistant's Next button (as
 * cr_referral_check_step). Required: MEETING meeting-date and at least one
 * attendee who attended; SUMMARIES every summary valid (none required:
 * agencies may still be sending them); EPISODES key-practice-episodes;
 * ACTIONS immediate-actions; CRITERIA every criterion with its rationale
 * and national-importance; DECISION decision, decision-rationale and
 * decision-date; SIGN_OFF each sign-off valid (all three complete needed
 * only once report-sent-date is set); PANEL valid when set (optional).
 */
gboolean       cr_rapid_review_check_step      (CrRapidReview     *self,
                                                CrRapidReviewStep  step,
                                                const char       **field,
                                                GError           **error);

/* TRUE when all three partners have signed off. */
gboolean       cr_rapid_review_is_signed_off   (CrRapidReview     *self);

/* The default due date of an agency summary: 10 working days after
 * @notified_date (domain.md §1.4: summaries on days 2-10), skipping the
 * partnership's closure days. Returns FALSE when @notified_date is NULL or
 * not a date. */
gboolean       cr_rapid_review_default_summary_due (const char    *notified_date,
                                                    GArray        *closures,
                                                    GDate         *out);

/*
 * The statuses a case in @current passes through to reflect this rapid
 * review, in order, appended to @path (GArray of CrCaseStatus); empty when
 * nothing changes. NOTIFIED moves to RAPID_REVIEW once anything is
 * recorded; a signed-off decision moves to RAPID_REVIEW_DECISION (or to
 * RAPID_REVIEW_NOT_REQUIRED for not-notifiable); a sent report to
 * AWAITING_PANEL; a Panel response "agrees" to the decision's outcome
 * (LCSPR_COMMISSIONING, NO_FURTHER_REVIEW, OTHER_LEARNING_REVIEW,
 * NATIONAL_REVIEW), "national-review" to NATIONAL_REVIEW, "reconsider"
 * or "more-information" back to RAPID_REVIEW_DECISION. Every step is a
 * legal transition of cr-case-status.h.
 */
void           cr_rapid_review_get_status_path (CrRapidReview     *self,
                                                CrCaseStatus       current,
                                                GArray            *path);
/* The review type the decision implies (UNDECIDED when none). */
CrReviewType   cr_rapid_review_get_review_type (CrRapidReview     *self);

/* The draft format, as cr_referral_to_draft(). */
char          *cr_rapid_review_to_draft        (CrRapidReview     *self,
                                                int                step);
CrRapidReview *cr_rapid_review_new_from_draft  (const char        *data,
                                                int               *step,
                                                GError           **error);

G_END_DECLS
