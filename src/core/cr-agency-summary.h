/* cr-agency-summary.h: one agency's summary of its involvement */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * The "Individual Agency Summary" of a rapid review. A CrRecord with:
 *   agency-id [ID], agency-name [LINE, derived]
 *   requested-date [DATE]   the request was sent
 *   due-date [PLAN_DATE]    default: cr_rapid_review_default_summary_due()
 *   received-date [DATE]
 *   summary [TEXT]          the agency's involvement, pseudonymised
 * Required: agency-id. Rules: requested <= due; requested <= received.
 */

#define CR_TYPE_AGENCY_SUMMARY (cr_agency_summary_get_type())

G_DECLARE_FINAL_TYPE (CrAgencySummary, cr_agency_summary, CR, AGENCY_SUMMARY, CrRecord)

CrAgencySummary *cr_agency_summary_new        (void);
/* TRUE when due, not received, and @today (NULL: the real today) is after
 * the due date. */
gboolean         cr_agency_summary_is_overdue (CrAgencySummary *self,
                                               const GDate     *today);

G_END_DECLS
