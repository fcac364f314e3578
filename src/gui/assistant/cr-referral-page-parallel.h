/* cr-referral-page-parallel.h: the referral assistant's page about parallel processes */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-referral-page.h"

G_BEGIN_DECLS

#define CR_TYPE_REFERRAL_PAGE_PARALLEL (cr_referral_page_parallel_get_type())

G_DECLARE_FINAL_TYPE (CrReferralPageParallel, cr_referral_page_parallel, CR, REFERRAL_PAGE_PARALLEL, CrReferralPage)

G_END_DECLS
