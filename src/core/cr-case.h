/* cr-case.h: one case (an incident under review), pseudonymised */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-enums.h"

G_BEGIN_DECLS

#define CR_TYPE_CASE (cr_case_get_type())

G_DECLARE_FINAL_TYPE (CrCase, cr_case, CR, CASE, GObject)

/*
 * Properties (all with notify; dates are ISO 8601 "YYYY-MM-DD" strings or
 * NULL when not yet known):
 *   id                gint64, 0 until stored
 *   reference         "CR-2026-001"
 *   pseudonym         "Child A"
 *   status            CrCaseStatus
 *   paused-from       CrCaseStatus, the state before a pause
 *   review-type       CrReviewType
 *   summary           short pseudonymised summary of the incident
 *   incident-date, aware-date, notified-date, decision-date, publication-date
 *   partners-informed-date  the LA reported the incident to the safeguarding
 *                     partners (the 5-working-day report)
 *   rr-sent-date      the rapid review report was sent to the Panel
 *   planned-publication-date  may be in the future
 *   copies-sent-date  copies of the final report sent to the Panel and the
 *                     Secretary of State
 *   pauses            read-only-for-users summary of the pause periods set by
 *                     storage: "START..END;START.." (END empty while paused),
 *                     oldest first, or NULL; deadlines stop while paused
 *   agencies          read-only summary ("Police, Health visiting") set by storage
 *   themes            read-only summary ("Neglect, Domestic abuse") set by storage
 *   year              gint, the year of the aware date (else incident date), 0 if none
 *   next-deadline     read-only ISO date of the next statutory deadline, or NULL
 *   next-deadline-label  read-only, translated ("Notify the Panel")
 *   days-left         read-only gint, days to next-deadline (negative when overdue):
 *                     working days for the working-day rules, else calendar days
 * String properties store "" as NULL.
 *   created-at, updated-at  ISO 8601 date-time strings (UTC) set by storage
 */

CrCase       *cr_case_new                    (void);
CrCase       *cr_case_copy                   (CrCase       *self);

gint64        cr_case_get_id                 (CrCase       *self);
void          cr_case_set_id                 (CrCase       *self,
                                              gint64        id);
const char   *cr_case_get_reference          (CrCase       *self);
void          cr_case_set_reference          (CrCase       *self,
                                              const char   *reference);
const char   *cr_case_get_pseudonym          (CrCase       *self);
void          cr_case_set_pseudonym          (CrCase       *self,
                                              const char   *pseudonym);
CrCaseStatus  cr_case_get_status             (CrCase       *self);
void          cr_case_set_status             (CrCase       *self,
                                              CrCaseStatus  status);
CrCaseStatus  cr_case_get_paused_from        (CrCase       *self);
void          cr_case_set_paused_from        (CrCase       *self,
                                              CrCaseStatus  status);
CrReviewType  cr_case_get_review_type        (CrCase       *self);
void          cr_case_set_review_type        (CrCase       *self,
                                              CrReviewType  review_type);
const char   *cr_case_get_summary            (CrCase       *self);
void          cr_case_set_summary            (CrCase       *self,
                                              const char   *summary);
const char   *cr_case_get_incident_date      (CrCase       *self);
void          cr_case_set_incident_date      (CrCase       *self,
                                              const char   *date);
const char   *cr_case_get_aware_date         (CrCase       *self);
void          cr_case_set_aware_date         (CrCase       *self,
                                              const char   *date);
const char   *cr_case_get_notified_date      (CrCase       *self);
void          cr_case_set_notified_date      (CrCase       *self,
                                              const char   *date);
const char   *cr_case_get_decision_date      (CrCase       *self);
void          cr_case_set_decision_date      (CrCase       *self,
                                              const char   *date);
const char   *cr_case_get_publication_date   (CrCase       *self);
void          cr_case_set_publication_date   (CrCase       *self,
                                              const char   *date);
const char   *cr_case_get_partners_informed_date (CrCase   *self);
void          cr_case_set_partners_informed_date (CrCase   *self,
                                                  const char *date);
const char   *cr_case_get_rr_sent_date       (CrCase       *self);
void          cr_case_set_rr_sent_date       (CrCase       *self,
                                              const char   *date);
const char   *cr_case_get_planned_publication_date (CrCase *self);
void          cr_case_set_planned_publication_date (CrCase *self,
                                                    const char *date);
const char   *cr_case_get_copies_sent_date   (CrCase       *self);
void          cr_case_set_copies_sent_date   (CrCase       *self,
                                              const char   *date);
const char   *cr_case_get_pauses             (CrCase       *self);
void          cr_case_set_pauses             (CrCase       *self,
                                              const char   *pauses);
const char   *cr_case_get_agencies           (CrCase       *self);
void          cr_case_set_agencies           (CrCase       *self,
                                              const char   *agencies);
const char   *cr_case_get_themes             (CrCase       *self);
void          cr_case_set_themes             (CrCase       *self,
                                              const char   *themes);
const char   *cr_case_get_created_at         (CrCase       *self);
void          cr_case_set_created_at         (CrCase       *self,
                                              const char   *created_at);
const char   *cr_case_get_updated_at         (CrCase       *self);
void          cr_case_set_updated_at         (CrCase       *self,
                                              const char   *updated_at);
int           cr_case_get_year               (CrCase       *self);
const char   *cr_case_get_next_deadline      (CrCase       *self);
const char   *cr_case_get_next_deadline_label(CrCase       *self);
int           cr_case_get_days_left          (CrCase       *self);
/* Recomputes next-deadline, next-deadline-label and days-left from @today
 * (NULL for the real today); the setters already do this on change. */
void          cr_case_refresh_deadline       (CrCase       *self,
                                              const GDate  *today);
/* Casefolded "reference\npseudonym\nagencies\nthemes\nsummary", cached
 * until one of them changes; what the case register searches. */
const char   *cr_case_get_search_key         (CrCase       *self);

/*
 * Moves the case to @to through the state machine (cr-case-status.h).
 * Pausing records paused-from; resuming restores it. Returns FALSE and sets
 * CR_CASE_ERROR_ILLEGAL_TRANSITION, leaving the case untouched, when the
 * transition is not allowed.
 */
gboolean      cr_case_transition             (CrCase       *self,
                                              CrCaseStatus  to,
                                              GError      **error);

/* Validates the record before it is stored: reference of 1..40 letters
 * A-Z, digits, spaces, '-' or '/'; pseudonym of 1..60 characters on one
 * line; summary of at most 4000 characters; dates strict YYYY-MM-DD, real
 * days from 1900, not in the future, and in order (incident <= aware <=
 * notified <= decision <= publication, for those present); a paused case
 * paused from a stage that can pause. Sets CR_CASE_ERROR_INVALID with a
 * translated message naming the field and what to change. */
gboolean      cr_case_validate               (CrCase       *self,
                                              GError      **error);

/* Property names that storage writes through, in column order
 * (NULL-terminated). Not listed: id (the row key) and the derived
 * agencies, themes, year, next-deadline, next-deadline-label, days-left. */
const char * const *cr_case_get_stored_properties (void);

G_END_DECLS
