/* cr-referral-page-incident.h: the referral assistant's page about the incident */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-referral-page.h"

G_BEGIN_DECLS

#define CR_TYPE_REFERRAL_PAGE_INCIDENT (cr_referral_page_incident_get_type())

G_DECLARE_FINAL_TYPE (CrReferralPageIncident, cr_referral_page_incident, CR, REFERRAL_PAGE_INCIDENT, CrReferralPage)

G_END_DECLS
