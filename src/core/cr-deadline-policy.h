/* cr-deadline-policy.h: the partnership's choices that deadlines follow */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where the 15 working days of the rapid review run from (domain.md §1.3
 * S4: sources differ; the default is the notification). The nicks match
 * the GSettings enum org.casereviews.CaseReviews.ClockStart. */
typedef enum
{
  CR_RAPID_REVIEW_CLOCK_NOTIFICATION,  /* the notification to the Panel */
  CR_RAPID_REVIEW_CLOCK_AWARENESS,     /* the local authority becoming aware */
} CrRapidReviewClockStart;

#define CR_TYPE_DEADLINE_POLICY (cr_deadline_policy_get_type())

G_DECLARE_FINAL_TYPE (CrDeadlinePolicy, cr_deadline_policy, CR, DEADLINE_POLICY, GObject)

/*
 * Properties:
 *   closures                  GStrv of ISO dates on which the partnership
 *                             is closed (extra non-working days); set it
 *                             with any dates, it keeps the valid ones,
 *                             sorted, without duplicates
 *   rapid-review-clock-start  CrRapidReviewClockStart
 * Signals:
 *   changed                   after either property changes; every
 *                             deadline computed from the policy is stale
 *
 * The GUI binds both to GSettings (cr_deadline_policy_bind_settings); the
 * command line tool reads them once. Cases compute their deadlines with
 * the default policy.
 */

CrDeadlinePolicy        *cr_deadline_policy_get_default    (void);
CrDeadlinePolicy        *cr_deadline_policy_new            (void);

const char * const      *cr_deadline_policy_get_closure_dates (CrDeadlinePolicy *self);
void                     cr_deadline_policy_set_closure_dates (CrDeadlinePolicy *self,
                                                               const char * const *dates);
/* The closures as sorted GDate julian days (guint32), for
 * cr-working-days.h (transfer full: a reference to an array that is
 * never changed; thread-safe). */
GArray                  *cr_deadline_policy_get_closures   (CrDeadlinePolicy *self);
CrRapidReviewClockStart  cr_deadline_policy_get_rapid_review_clock_start (CrDeadlinePolicy *self);
void                     cr_deadline_policy_set_rapid_review_clock_start (CrDeadlinePolicy *self,
                                                                          CrRapidReviewClockStart start);

/* A new day began: emits "changed", so that every deadline's days left
 * and state are counted again from the new today. */
void                     cr_deadline_policy_day_changed    (CrDeadlinePolicy *self);

/* Follows the keys closure-days and rapid-review-clock-start of
 * @settings (org.casereviews.CaseReviews) from now on. Keys the installed
 * schema lacks are skipped. */
void                     cr_deadline_policy_bind_settings  (CrDeadlinePolicy *self,
                                                            GSettings        *settings);
/* Reads those keys once from the installed org.casereviews.CaseReviews
 * schema; returns FALSE, leaving the policy as it is, when the schema is
 * not installed (never aborts). */
gboolean                 cr_deadline_policy_load_settings  (CrDeadlinePolicy *self);

/* Parses a date typed by a user: YYYY-MM-DD or DD/MM/YYYY, a real day
 * from 1900 on. On failure sets CR_CASE_ERROR_INVALID with a translated
 * message that says what to type. */
gboolean                 cr_deadline_parse_date_input      (const char       *text,
                                                            GDate            *out_date,
                                                            GError          **error);
/* Normalises closure dates: valid ISO dates only, sorted, no duplicates
 * (transfer full). */
GStrv                    cr_deadline_normalise_closure_dates (const char * const *dates);

G_END_DECLS
