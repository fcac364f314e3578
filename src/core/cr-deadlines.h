/* cr-deadlines.h: the deadlines of a case, from the rules */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-case.h"
#include "cr-deadline.h"
#include "cr-deadline-policy.h"

G_BEGIN_DECLS

/*
 * The deadlines of a case follow the rules of cr-deadline-rules.ini (the
 * default CrDeadlineRules) and a CrDeadlinePolicy (closure days, where the
 * rapid review clock starts):
 *
 *  - a rule restricted to review types does not apply to a case of
 *    another (decided) type; in a status its data lists as
 *    "not-applicable" it is NOT_APPLICABLE;
 *  - its due date is count units from the anchor date (working days skip
 *    weekends, bank holidays and closure days; months clamp to the end of
 *    a shorter month);
 *  - pauses stop the clock: for a rule counting forward, the days of a
 *    pause period after the anchor do not count (they are closures for
 *    working-day rules; calendar rules are extended by the paused
 *    calendar days), and while the case is paused an open deadline is
 *    STOPPED;
 *  - when the case has moved past the stages in which a rule is live and
 *    its due date has passed without a recorded done date, it is taken as
 *    done (MET, done-date NULL) rather than reported overdue for ever.
 */

/* Every deadline that applies to the case, in due order (those without a
 * due date last, in rule order), as of @today (NULL: today), with the
 * default policy. GPtrArray of CrDeadline (transfer full). */
GPtrArray *cr_case_list_deadlines        (CrCase           *kase,
                                          const GDate      *today);
/* The same with @policy (NULL: the default). */
GPtrArray *cr_case_list_deadlines_full   (CrCase           *kase,
                                          const GDate      *today,
                                          CrDeadlinePolicy *policy);

/*
 * The case's next deadline: the earliest open (OPEN, DUE_SOON, OVERDUE)
 * deadline whose rule lists the case's status, with the default policy.
 * Returns FALSE when there is none (closed, paused, the anchoring date not
 * known, nothing due at this stage). @out_days_left is negative when
 * overdue: working days for the working-day rules, calendar days
 * otherwise; @out_label is translated and static.
 */
gboolean  cr_case_compute_next_deadline (CrCase      *kase,
                                         const GDate *today,
                                         GDate       *out_due,
                                         const char **out_label,
                                         int         *out_days_left);
/* The same, counting @closures (sorted GDate julian days on which the
 * partnership is closed, or NULL for none) instead of the default
 * policy's closure days. */
gboolean  cr_case_compute_next_deadline_full (CrCase      *kase,
                                              const GDate *today,
                                              GArray      *closures,
                                              GDate       *out_due,
                                              const char **out_label,
                                              int         *out_days_left);

/* Whether the case's next deadline (next-deadline, days-left) counts
 * working days; FALSE when it counts calendar days or there is none. */
gboolean  cr_case_next_deadline_counts_working_days (CrCase *kase);

/* TRUE when the first rule live in @status counts working days; FALSE for
 * calendar-day rules and for statuses with no deadline. A status may have
 * rules of both kinds: prefer cr_case_next_deadline_counts_working_days(). */
gboolean  cr_deadline_counts_working_days (CrCaseStatus status);

G_END_DECLS
