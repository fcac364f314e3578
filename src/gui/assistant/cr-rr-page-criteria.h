/* cr-rr-page-criteria.h: the regulation 11 criteria and the national view */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-rr-page.h"

G_BEGIN_DECLS

#define CR_TYPE_RR_PAGE_CRITERIA (cr_rr_page_criteria_get_type())

G_DECLARE_FINAL_TYPE (CrRrPageCriteria, cr_rr_page_criteria, CR, RR_PAGE_CRITERIA, CrRrPage)

/*
 * Step CR_RAPID_REVIEW_STEP_CRITERIA: regulation 11 (a) to (d), each with
 * the regulation's wording, Yes or No and the reasons; then whether the
 * case may be complex or of national importance, with the reasons.
 */
CrAssistantPage *cr_rr_page_criteria_new (void);

G_END_DECLS
