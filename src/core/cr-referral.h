/* cr-referral.h: the referral and notification record of a case */
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
 * What the referral assistant gathers (domain.md §2.1), a CrRecord with
 * these fields (kind in brackets):
 *
 *   referral-date [DATE]          the day the partnership received it
 *   referring-agency-id [ID]      the agency that referred
 *   referring-agency-name [LINE, derived]
 *   referrer-name, referrer-role [LINE]
 *   notifier-name, notifier-role [LINE]   the LA's notifier
 *   notifier-phone [PHONE], notifier-email [EMAIL]
 *   pseudonym [LINE, max 60]      the case's name, "Child A"
 *   incident-date [DATE], incident-time [TIME]
 *   aware-date [DATE]             the LA became aware (deadline anchor)
 *   location [LINE]               where, pseudonymised ("the family home")
 *   nature [CHOICE] death, serious-harm, other, looked-after-death,
 *                   care-leaver-death
 *   abuse-kinds [CHOICES] physical-abuse, emotional-abuse, sexual-abuse,
 *                   neglect, exploitation, domestic-abuse, other
 *   perpetrator [CHOICE] parent, step-parent, other-family, known-adult,
 *                   professional, child, unknown, not-applicable
 *   summary [TEXT, max 4000]      what happened, pseudonymised
 *   incident-la, residence-la [LINE]  LA where it happened / where the
 *                   child normally lives
 *   limb-abuse [BOOLEAN]          abuse or neglect known or suspected
 *   limb-harm [BOOLEAN]           the child died or was seriously harmed
 *   definition-rationale [TEXT]
 *   notify-decision [CHOICE] notify, do-not-notify, pending
 *   notify-rationale [TEXT]
 *   notified-date [DATE]          the notification was sent to the Panel
 *   panel-reference [LINE, max 60]
 *   media-interest [BOOLEAN]
 *
 * Besides its fields a referral holds three lists (GListStore, owned by
 * the referral, never NULL): the children (CrChild, at least one, each
 * with its pseudonym and restricted CrIdentity), the agencies involved
 * (CrInvolvement: agency-id, agency-name, role) and the parallel processes
 * (CrParallelProcess).
 *
 * Cross-field rules (cr_record_validate): incident <= aware <= notified,
 * incident <= referral; a notified date needs the decision "notify"; the
 * decision "notify" is not refused when a limb is not met (the LA has the
 * final say) but cr_referral_get_warnings() says so.
 */

#define CR_TYPE_REFERRAL (cr_referral_get_type())

G_DECLARE_FINAL_TYPE (CrReferral, cr_referral, CR, REFERRAL, CrRecord)

/* The assistant's steps, in order; each is checked on its own. */
typedef enum
{
  CR_REFERRAL_STEP_REFERRER,    /* referral date, agency, referrer, notifier */
  CR_REFERRAL_STEP_CHILDREN,    /* pseudonym, 1..n children */
  CR_REFERRAL_STEP_INCIDENT,    /* dates, time, location, nature, abuse kinds, summary */
  CR_REFERRAL_STEP_AREA,        /* LAs, agencies involved */
  CR_REFERRAL_STEP_PARALLEL,    /* parallel processes (may be none) */
  CR_REFERRAL_STEP_DEFINITION,  /* both limbs and the rationale */
  CR_REFERRAL_STEP_DECISION,    /* decision, rationale, notified date, Panel ref */
} CrReferralStep;

#define CR_REFERRAL_N_STEPS (CR_REFERRAL_STEP_DECISION + 1)

CrReferral   *cr_referral_new              (void);

GListStore   *cr_referral_get_children     (CrReferral     *self);
GListStore   *cr_referral_get_involvements (CrReferral     *self);
GListStore   *cr_referral_get_processes    (CrReferral     *self);

/*
 * Checks one step as the assistant's Next button needs it: every required
 * field of the step recorded and valid, and the step's cross-field rules,
 * against @today (NULL for the real today). Required: STEP_REFERRER
 * referral-date, referring-agency-id, referrer-name; STEP_CHILDREN
 * pseudonym and at least one child, each valid; STEP_INCIDENT
 * incident-date, aware-date, nature, summary (and the dates in order);
 * STEP_AREA incident-la, residence-la; STEP_PARALLEL each process valid;
 * STEP_DEFINITION limb-abuse, limb-harm, definition-rationale;
 * STEP_DECISION notify-decision, notify-rationale, and with "notify" the
 * notified-date. On failure sets CR_CASE_ERROR_INVALID; when @field is
 * not NULL it receives the name of the offending field ("children" for
 * the list) so the form can put the message beside it.
 */
gboolean      cr_referral_check_step       (CrReferral     *self,
                                            CrReferralStep  step,
                                            const char    **field,
                                            GError        **error);

/* Things worth a second look that do not stop the referral (translated,
 * NULL-terminated; never NULL): a limb not met but the decision is to
 * notify; the notification later than 5 working days after awareness. */
char        **cr_referral_get_warnings     (CrReferral     *self);

/* The status the new case starts in: NOTIFIED when notified, NOT_NOTIFIABLE
 * when the decision is not to notify, NOTIFICATION_DECISION when pending,
 * REFERRED otherwise. */
CrCaseStatus  cr_referral_get_initial_status (CrReferral   *self);

/* The draft format: a GKeyFile text with the fields, every child (with its
 * identity: drafts live in the database beside the restricted identity
 * table, never in a file), involvement and process, and @step, the page
 * the user was on. new_from_draft accepts what to_draft wrote and refuses
 * anything else with CR_CASE_ERROR_INVALID. */
char         *cr_referral_to_draft         (CrReferral     *self,
                                            int             step);
CrReferral   *cr_referral_new_from_draft   (const char     *data,
                                            int            *step,
                                            GError        **error);

G_END_DECLS
