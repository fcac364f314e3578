/* cr-referral-page-children.h: the referral assistant's page about the children */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-referral-page.h"

G_BEGIN_DECLS

#define CR_TYPE_REFERRAL_PAGE_CHILDREN (cr_referral_page_children_get_type())

G_DECLARE_FINAL_TYPE (CrReferralPageChildren, cr_referral_page_children, CR, REFERRAL_PAGE_CHILDREN, CrReferralPage)

G_END_DECLS
