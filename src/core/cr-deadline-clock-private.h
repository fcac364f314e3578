/* cr-deadline-clock-private.h: where a deadline's clock stands (cr-deadlines.c) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-case.h"
#include "cr-deadline-policy.h"
#include "cr-deadline-rules.h"

G_BEGIN_DECLS

/* What one computation of a case's deadlines works from. */
typedef struct
{
  GDate                    today;
  GArray                  *closures;   /* sorted julian days, or NULL */
  CrRapidReviewClockStart  clock;
  GArray                  *pauses;     /* of CrPausePeriod */
  gboolean                 paused_now;
  gboolean                 pause_known;  /* a period covers today */
  CrCaseStatus             status;
  CrCaseStatus             stage;      /* the status, or paused-from while paused */
  int                      rank;       /* of the stage */
} CrDeadlineClock;

/* A pause: [start, end) in julian days; end 0 while it goes on. */
typedef struct
{
  guint32 start;
  guint32 end;
} CrPausePeriod;

/* @today NULL: today; @closures: sorted julian days (a reference is
 * taken), or NULL. */
void     _cr_deadline_clock_init       (CrDeadlineClock      *clock,
                                        CrCase               *kase,
                                        const GDate          *today,
                                        GArray               *closures,
                                        CrDeadlinePolicy     *policy);
void     _cr_deadline_clock_clear      (CrDeadlineClock      *clock);
/* Whether the case is past every stage in which @rule is live. */
gboolean _cr_deadline_clock_has_moved_past (const CrDeadlineClock *clock,
                                        const CrDeadlineRule  *rule);
/* The due date of @rule from @anchor, the (working) days from today to it
 * and the (working) days pauses added. @clock_end is the last day the
 * clock may have stood still: the done date, else today for a pause that
 * goes on. */
void     _cr_deadline_clock_compute_due (const CrDeadlineClock *clock,
                                        const CrDeadlineRule  *rule,
                                        const GDate           *anchor,
                                        guint32                clock_end,
                                        GDate                 *out_due,
                                        int                   *out_days_left,
                                        int                   *out_paused_days);

G_END_DECLS
