/* cr-report-data.h: loading and checking a case's report for the report
 * window's pages */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-anonymisation.h"
#include "cr-database.h"
#include "cr-review-report.h"

G_BEGIN_DECLS

/*
 * Loads everything the report of @case_id is made from
 * (cr_database_load_review_report_async) and sets the partnership's name
 * from the settings ("partnership-name", when set).
 */
void            cr_report_data_load_async   (CrDatabase          *db,
                                             gint64               case_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
CrReviewReport *cr_report_data_load_finish  (GAsyncResult        *result,
                                             GError             **error);

/*
 * Runs the anonymisation check of the report of @case_id: loads the
 * report (as above), the case's terms and its dismissals, checks the
 * report (cr_anonymisation_check_report) and, when @pdf is not NULL, that
 * PDF too (cr_pdf_check_anonymisation) in a worker thread, and marks the
 * dismissed hits. Returns a GPtrArray of CrAnonymisationHit (report hits
 * first, then the PDF's) and, in @out_report when not NULL, the report
 * that was checked.
 */
void            cr_report_data_check_async  (CrDatabase          *db,
                                             gint64               case_id,
                                             GBytes              *pdf,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GPtrArray      *cr_report_data_check_finish (GAsyncResult        *result,
                                             CrReviewReport     **out_report,
                                             GError             **error);
/*
 * The terms a finished check looked for (loading them writes an audit
 * row, so a caller that shows them takes these rather than loading them
 * again), or NULL when the check failed before they were loaded. Call it
 * after cr_report_data_check_finish(). Transfer full.
 */
CrAnonymisationTerms *cr_report_data_check_dup_terms (GAsyncResult *result);

G_END_DECLS
