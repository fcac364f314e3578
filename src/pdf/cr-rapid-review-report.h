/* cr-rapid-review-report.h: the rapid review report to the Panel */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-case.h"
#include "cr-database.h"
#include "cr-rapid-review.h"
#include "cr-referral.h"
#include "cr-report.h"

G_BEGIN_DECLS

/*
 * Builds the report in the sections of domain.md §2.2: 1 partnership,
 * references and dates; 2 the child(ren) and family (pseudonyms only);
 * 3 the incident; 4 agencies involved and each agency's summary;
 * 5 key practice episodes; 6 lived experience and identity; 7 immediate
 * safeguarding actions; 8 learning already identified; 9 parallel
 * processes; 10 the regulation 11 criteria, each with its rationale, and
 * the national-importance view; 11 the decision and recommended next step;
 * 12 sign-off by the three safeguarding partners; then the Panel's
 * response when recorded. It reads only pseudonymised fields: never a
 * CrIdentity. Missing answers show as "Not recorded".
 *
 * @family: GPtrArray of CrFamilyMember (pseudonyms) or NULL.
 */
CrReport  *cr_rapid_review_report_build           (CrCase         *kase,
                                                   CrReferral     *referral,
                                                   CrRapidReview  *rapid_review,
                                                   GPtrArray      *family,
                                                   const char     *partnership,
                                                   const char     *local_authority);

/* Reads the case, its referral, rapid review and family from @database,
 * builds the report and renders it to PDF off the calling thread.
 * Result: the PDF as GBytes. */
void       cr_rapid_review_report_generate_async  (CrDatabase          *database,
                                                   gint64               case_id,
                                                   const char          *partnership,
                                                   const char          *local_authority,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GBytes    *cr_rapid_review_report_generate_finish (GAsyncResult        *result,
                                                   GError             **error);

G_END_DECLS
