/* cr-deadline-timeline.h: the deadlines of a case, one row each */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-case.h"

G_BEGIN_DECLS

#define CR_TYPE_DEADLINE_TIMELINE (cr_deadline_timeline_get_type())

G_DECLARE_FINAL_TYPE (CrDeadlineTimeline, cr_deadline_timeline, CR, DEADLINE_TIMELINE, AdwPreferencesGroup)

/*
 * The "Deadlines" group of the case page: one row per deadline of the case
 * (cr_case_list_deadlines()), in due order. The title is the deadline, the
 * subtitle its due date and how it is counted, the suffix a status pill
 * ("3 working days left", "2 days overdue", "Met on 5 Nov 2026"…) styled
 * success, warning, error or dim-label, and the icon says the state too.
 * Rows follow the case: any change of its dates, status or pauses, and any
 * change of the deadline policy, lists them again.
 *
 * Properties:
 *   case   CrCase, or NULL (no rows)
 *   today  ISO date to count from, or NULL for the real today
 */
GtkWidget  *cr_deadline_timeline_new       (void);
CrCase     *cr_deadline_timeline_get_case  (CrDeadlineTimeline *self);
void        cr_deadline_timeline_set_case  (CrDeadlineTimeline *self,
                                            CrCase             *kase);
const char *cr_deadline_timeline_get_today (CrDeadlineTimeline *self);
void        cr_deadline_timeline_set_today (CrDeadlineTimeline *self,
                                            const char         *today);
/* The rows shown, in order (transfer none), for tests and tools. */
guint       cr_deadline_timeline_get_n_rows (CrDeadlineTimeline *self);
AdwActionRow *cr_deadline_timeline_get_row (CrDeadlineTimeline *self,
                                            guint               index);

G_END_DECLS
