/* cr-briefing-delivery.h: a team that was given the 7-minute briefing */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * The record that the briefing was delivered (table
 * "briefing_deliveries"; the "7MB action plan" proforma of domain.md §2.6).
 *   delivered-date [DATE]   required
 *   team [LINE]             required ("Northbridge health visiting, east")
 *   agency-id [ID]          the team's agency
 *   agency-name [LINE]      DERIVED
 *   delivered-by [LINE]     required
 *   attendees [LINE]        decimal 1…999
 *   notes [TEXT]            discussion, actions agreed
 * Title: the team; subtitle "3 March 2027 · by Sam Patel · 12 attended".
 */

#define CR_TYPE_BRIEFING_DELIVERY (cr_briefing_delivery_get_type())

G_DECLARE_FINAL_TYPE (CrBriefingDelivery, cr_briefing_delivery, CR, BRIEFING_DELIVERY, CrRecord)

CrBriefingDelivery *cr_briefing_delivery_new (void);

G_END_DECLS
