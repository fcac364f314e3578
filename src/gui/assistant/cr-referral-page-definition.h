/* cr-referral-page-definition.h: the referral assistant's page about the statutory definition */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-referral-page.h"

G_BEGIN_DECLS

#define CR_TYPE_REFERRAL_PAGE_DEFINITION (cr_referral_page_definition_get_type())

G_DECLARE_FINAL_TYPE (CrReferralPageDefinition, cr_referral_page_definition, CR, REFERRAL_PAGE_DEFINITION, CrReferralPage)

G_END_DECLS
