/* cr-rr-page-summaries.h: each agency's summary of its involvement */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-rr-page.h"

G_BEGIN_DECLS

#define CR_TYPE_RR_PAGE_SUMMARIES (cr_rr_page_summaries_get_type())

G_DECLARE_FINAL_TYPE (CrRrPageSummaries, cr_rr_page_summaries, CR, RR_PAGE_SUMMARIES, CrRrPage)

/*
 * Step CR_RAPID_REVIEW_STEP_SUMMARIES: one row per agency involved (and
 * any other added): requested, due (default: day 10 of the rapid review,
 * cr_rapid_review_default_summary_due) and received dates, and the
 * summary text. Overdue summaries are marked. "Request All" records
 * today as the request date, with the default due date, for every agency
 * not asked yet.
 */
CrAssistantPage *cr_rr_page_summaries_new         (void);
/* What "Request All" does; returns how many summaries it requested. */
guint            cr_rr_page_summaries_request_all (CrRrPageSummaries *self);

G_END_DECLS
