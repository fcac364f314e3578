/* cr-rr-format.h: words and sentences about a rapid review, for the
 * assistant, its summary and the case page */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-case.h"
#include "cr-rapid-review.h"

G_BEGIN_DECLS

/* The working days a rapid review has (domain.md §1.3, S4). */
#define CR_RR_WORKING_DAYS 15

/* "Fri 14 Nov" (the year added when it is not this year); "" for NULL. */
char       *cr_rr_format_day            (const char    *iso_date);
/* "14 Nov 2026" style (cr_date_format_display); "" for NULL. */
char       *cr_rr_format_date           (const char    *iso_date);

/* The translated label of a choice of @record's @field, or NULL. */
const char *cr_rr_choice_label          (CrRecord      *record,
                                         const char    *field);

/* Short decision names for status lines ("LCSPR"), one-line
 * explanations, and what happens next; NULL for an unknown nick. */
const char *cr_rr_decision_short_label  (const char    *decision);
const char *cr_rr_decision_explanation  (const char    *decision);
const char *cr_rr_decision_next_step    (const char    *decision);

/* Regulation 11 criteria: @letter 'a' to 'd'. */
const char *cr_rr_criterion_title       (char           letter);
const char *cr_rr_criterion_wording     (char           letter);

/* "Meeting on 12 Nov · 3 of 5 agency summaries received · Decision:
 * LCSPR · Sent to the Panel on 20 Nov"; NULL when nothing is recorded. */
char       *cr_rr_status_line           (CrRapidReview *rr);

/* "Rapid review → Decision made → Awaiting the Panel": the statuses a
 * case in @current passes through when @rr is saved; NULL when none. */
char       *cr_rr_describe_status_path  (CrRapidReview *rr,
                                         CrCaseStatus   current);

/* The partners who have not signed off yet, "Police and Integrated care
 * board"; NULL when all have. */
char       *cr_rr_missing_sign_offs     (CrRapidReview *rr);

/* The working day of the rapid review that @iso_date falls on, counting
 * from @notified_date (day 0); FALSE when either is not a date. */
gboolean    cr_rr_working_day_number    (const char    *notified_date,
                                         const char    *iso_date,
                                         GArray        *closures,
                                         int           *out_day);

G_END_DECLS
