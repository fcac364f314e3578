/* cr-referral-page-decision.h: the referral assistant's page about the decision to notify */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-referral-page.h"

G_BEGIN_DECLS

#define CR_TYPE_REFERRAL_PAGE_DECISION (cr_referral_page_decision_get_type())

G_DECLARE_FINAL_TYPE (CrReferralPageDecision, cr_referral_page_decision, CR, REFERRAL_PAGE_DECISION, CrReferralPage)

G_END_DECLS
