/* cr-milestone.h: a step in the plan of a practice review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * A milestone of the review plan (table "milestones").
 *   title [LINE]              required
 *   kind [CHOICE]             commissioned, terms-agreed, evidence-due,
 *                             panel-meeting, practitioner-event, family-meeting,
 *                             first-draft, family-sees-draft, final-draft,
 *                             partners-sign-off, panel-copy, publication, other
 *   planned-date [PLAN_DATE]  required
 *   done-date [DATE]
 *   notes [TEXT]
 * Required: title, kind, planned-date.
 */

#define CR_TYPE_MILESTONE (cr_milestone_get_type())

G_DECLARE_FINAL_TYPE (CrMilestone, cr_milestone, CR, MILESTONE, CrRecord)

CrMilestone *cr_milestone_new (void);

typedef enum
{
  CR_MILESTONE_PLANNED,        /* in the future, within the target */
  CR_MILESTONE_DUE_SOON,       /* within 7 days */
  CR_MILESTONE_OVERDUE,        /* planned date passed, not done */
  CR_MILESTONE_AFTER_TARGET,   /* planned after the target date, not done */
  CR_MILESTONE_DONE,
  CR_MILESTONE_DONE_LATE,      /* done after its planned date */
} CrMilestoneState;

/* @today NULL: the real today; @target may be NULL (no target known). */
CrMilestoneState cr_milestone_get_state (CrMilestone *self,
                                         const GDate *today,
                                         const GDate *target);
/* A translated label for @state ("Overdue", "After the 6-month target"). */
const char      *cr_milestone_state_to_label (CrMilestoneState state);

/* The default plan of a review commissioned on @start with a 6-month
 * @target: commissioned (@start), terms agreed (+2 weeks), evidence due
 * (+6 weeks), first panel meeting (+8 weeks), practitioner event (+10
 * weeks), family meeting (+12 weeks), first draft (+16 weeks), family
 * sees draft (+18 weeks), final draft (+20 weeks), partners sign off
 * (+22 weeks), copies to the Panel and the Secretary of State (7 working
 * days before @target), publication (@target). Dates on weekends move to
 * the Monday (to the Friday before when the Monday would pass @target);
 * no date is after @target and the dates never go backwards. New
 * CrMilestones (transfer full), titles translated. */
GPtrArray       *cr_milestone_plan_suggest (const GDate *start,
                                            const GDate *target);

G_END_DECLS
