/* cr-referral-page-area.h: the referral assistant's page about areas and agencies */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-referral-page.h"

G_BEGIN_DECLS

#define CR_TYPE_REFERRAL_PAGE_AREA (cr_referral_page_area_get_type())

G_DECLARE_FINAL_TYPE (CrReferralPageArea, cr_referral_page_area, CR, REFERRAL_PAGE_AREA, CrReferralPage)

G_END_DECLS
