/* cr-referral-page-summary.h: the referral assistant's last page: read back and record */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-referral-page.h"

G_BEGIN_DECLS

#define CR_TYPE_REFERRAL_PAGE_SUMMARY (cr_referral_page_summary_get_type())

G_DECLARE_FINAL_TYPE (CrReferralPageSummary, cr_referral_page_summary, CR, REFERRAL_PAGE_SUMMARY, CrReferralPage)

/*
 * Reads the whole referral back, a group per step with an Edit button that
 * goes to that step. Applying records it with
 * cr_database_create_referral_async(); on success the page emits
 * "recorded" (CrCase *stored) before it completes, on failure it says why
 * at the top of the page and the user stays.
 */

G_END_DECLS
