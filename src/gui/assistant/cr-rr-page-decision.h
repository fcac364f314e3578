/* cr-rr-page-decision.h: the partners' decision after the rapid review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-rr-page.h"

G_BEGIN_DECLS

#define CR_TYPE_RR_PAGE_DECISION (cr_rr_page_decision_get_type())

G_DECLARE_FINAL_TYPE (CrRrPageDecision, cr_rr_page_decision, CR, RR_PAGE_DECISION, CrRrPage)

/*
 * Step CR_RAPID_REVIEW_STEP_DECISION: one of the five decisions (D1-D4
 * and "not notifiable", domain.md §1.3) with a line explaining each, the
 * reasons, the date of the decision (today when a decision is first
 * chosen) and what happens next.
 */
CrAssistantPage *cr_rr_page_decision_new (void);

G_END_DECLS
