/* cr-referral-page-referrer.h: the referral assistant's first page: referral and notifier */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-referral-page.h"

G_BEGIN_DECLS

#define CR_TYPE_REFERRAL_PAGE_REFERRER (cr_referral_page_referrer_get_type())

G_DECLARE_FINAL_TYPE (CrReferralPageReferrer, cr_referral_page_referrer, CR, REFERRAL_PAGE_REFERRER, CrReferralPage)

G_END_DECLS
