/* cr-rr-page-summary.h: the rapid review read back, then saved */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-rr-page.h"

G_BEGIN_DECLS

#define CR_TYPE_RR_PAGE_SUMMARY (cr_rr_page_summary_get_type())

G_DECLARE_FINAL_TYPE (CrRrPageSummary, cr_rr_page_summary, CR, RR_PAGE_SUMMARY, CrRrPage)

/*
 * The last page: every step read back in a group with an "Edit" button
 * that goes to its page, the statuses the case will pass through, and
 * "Save Rapid Review", which saves with cr_database_save_rapid_review_async
 * (one transaction). Complete when every step is. Signal "saved" (CrCase
 * *updated) is emitted before the page reports its apply done; a failure
 * is shown on the page, which stays.
 */
CrAssistantPage *cr_rr_page_summary_new       (void);
/* The message of the last failed save, or NULL. */
const char      *cr_rr_page_summary_get_error (CrRrPageSummary *self);

G_END_DECLS
