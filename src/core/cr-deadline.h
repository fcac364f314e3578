/* cr-deadline.h: one deadline of a case, as of a day */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-deadline-rules.h"

G_BEGIN_DECLS

typedef enum
{
  CR_DEADLINE_STATE_WAITING,         /* the date it runs from is not known yet */
  CR_DEADLINE_STATE_OPEN,            /* running; for an "until" rule, the period */
  CR_DEADLINE_STATE_DUE_SOON,        /* 2 (working) days or fewer left */
  CR_DEADLINE_STATE_OVERDUE,
  CR_DEADLINE_STATE_MET,             /* done on time; or the period is over */
  CR_DEADLINE_STATE_MET_LATE,        /* done after the due date */
  CR_DEADLINE_STATE_STOPPED,         /* the case is paused: the clock stands */
  CR_DEADLINE_STATE_NOT_APPLICABLE,  /* not needed at the case's stage */
} CrDeadlineState;

/* Days left at or under which a deadline is "due soon". */
#define CR_DEADLINE_DUE_SOON_DAYS 2

#define CR_TYPE_DEADLINE (cr_deadline_get_type())

G_DECLARE_FINAL_TYPE (CrDeadline, cr_deadline, CR, DEADLINE, GObject)

/*
 * Read-only properties, fixed at construction (cr_case_list_deadlines()
 * makes them; a later day or change means a new list):
 *   rule-id, label (translated), source, edition, kind (CrDeadlineKind)
 *   anchor-date       ISO date the period runs from, or NULL (WAITING)
 *   due-date          ISO date, or NULL when the anchor is not known
 *   done-date         ISO date it was met, or NULL
 *   state             CrDeadlineState
 *   days-left         int, from the day asked about to the due date;
 *                     negative when overdue; working days for working-day
 *                     rules, else calendar days; 0 without a due date
 *   counts-working-days  gboolean
 *   paused-days       int, (working) days the due date moved for pauses
 *   explanation       translated, e.g. "5 working days from the local
 *                     authority becoming aware on 3 November 2026"
 */

const char      *cr_deadline_get_rule_id             (CrDeadline *self);
const char      *cr_deadline_get_label               (CrDeadline *self);
const char      *cr_deadline_get_source              (CrDeadline *self);
const char      *cr_deadline_get_edition             (CrDeadline *self);
CrDeadlineKind   cr_deadline_get_kind                (CrDeadline *self);
const char      *cr_deadline_get_anchor_date         (CrDeadline *self);
const char      *cr_deadline_get_due_date            (CrDeadline *self);
const char      *cr_deadline_get_done_date           (CrDeadline *self);
CrDeadlineState  cr_deadline_get_state               (CrDeadline *self);
int              cr_deadline_get_days_left           (CrDeadline *self);
gboolean         cr_deadline_get_counts_working_days (CrDeadline *self);
int              cr_deadline_get_paused_days         (CrDeadline *self);
const char      *cr_deadline_get_explanation         (CrDeadline *self);

/* A short translated status for a pill or a table cell: "3 working days
 * left", "2 days overdue", "Met on 5 Nov 2026", "Stopped while paused"…
 * (transfer full). */
char            *cr_deadline_format_status           (CrDeadline *self);
/* The stable token of a state for files and scripts: "due-soon". */
const char      *cr_deadline_state_to_nick           (CrDeadlineState state);

/* Long form of an ISO date for sentences: "3 November 2026"
 * (transfer full; a copy of @iso_date when it is not a date). */
char            *cr_deadline_format_long_date        (const char *iso_date);

G_END_DECLS
