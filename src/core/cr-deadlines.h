/* cr-deadlines.h: the next statutory deadline of a case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cr-case.h"

G_BEGIN_DECLS

/*
 * Computes the case's next open deadline from its status and key dates
 * (domain.md §1.3): notify the Panel 5 working days after the LA became
 * aware; rapid review 15 working days after notification; LCSPR 6 calendar
 * months after the decision; published report available 1 year after
 * publication. Returns FALSE when the case has no open deadline (closed,
 * paused, or the anchoring date is not known).
 */
gboolean  cr_case_compute_next_deadline (CrCase      *kase,
                                         const GDate *today,
                                         GDate       *out_due,
                                         const char **out_label,
                                         int         *out_days_left);
/* The same, counting @closures (sorted GDate julian days on which the
 * partnership is closed, or NULL) as non-working days. @out_days_left is
 * in working days for the working-day rules, calendar days otherwise. */
gboolean  cr_case_compute_next_deadline_full (CrCase      *kase,
                                              const GDate *today,
                                              GArray      *closures,
                                              GDate       *out_due,
                                              const char **out_label,
                                              int         *out_days_left);

/* TRUE when the deadline of a case in @status counts working days; FALSE
 * for calendar-day rules and for statuses with no deadline. */
gboolean  cr_deadline_counts_working_days (CrCaseStatus status);

G_END_DECLS
