/* cr-final-report.h: the LCSPR report as a PDF and as an OpenDocument text */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-review-report.h"

G_BEGIN_DECLS

/*
 * The final report laid out with CrReport (cr-report.h), A4 portrait:
 *  - a title page: the report's title (cr_review_report_dup_title), the
 *    child's pseudonym large, the partnership, "Independent reviewer:
 *    Dr Alex Morgan" (all reviewers), the date written out, the title
 *    page section's subtitle line when written;
 *  - a contents page: each section that has text (and Findings /
 *    Recommendations when there are some) with its number and page;
 *  - the foreword and executive summary unnumbered, then the numbered
 *    sections of cr-report-section.h, each paragraph numbered "N.1",
 *    "N.2"… in the margin; headings, bulleted and numbered lists, bold
 *    and italic as written;
 *  - the findings as a table (No., Finding, Priority, Evidence: the
 *    dates and agencies of the linked entries, "KPE" for key practice
 *    episodes) after the findings section's text, each finding's
 *    explanation as numbered paragraphs; the recommendations as a table
 *    (No., Recommendation, Addressed to, Finding);
 *  - a running header (the title) and footer (partnership, "Page N of
 *    M") from page 2; no protective marking on a final report, and
 *    "DRAFT — NOT FOR PUBLICATION" as the marking of a draft
 *    (cr_review_report_get_draft);
 *  - PDF metadata: title, author (the partnership), creator "Case
 *    Reviews"; never a real name anywhere (only what the report holds).
 * Empty sections are left out of a final report and shown with a
 * placeholder ("Not written yet") in a draft.
 */

typedef enum
{
  CR_FINAL_REPORT_PDF,
  CR_FINAL_REPORT_ODT,
} CrFinalReportFormat;

/* Format from a file name's extension (.pdf, .odt, any case); FALSE when
 * neither. */
gboolean  cr_final_report_format_from_path (const char          *path,
                                            CrFinalReportFormat *format);

/* Thread-safe (no GTK): for a worker thread or the CLI. */
GBytes   *cr_final_report_render           (CrReviewReport      *report,
                                            CrFinalReportFormat  format,
                                            GError             **error);
/* Writes atomically (temporary file, fsync, rename), mode 0600. */
gboolean  cr_final_report_write            (CrReviewReport      *report,
                                            CrFinalReportFormat  format,
                                            const char          *path,
                                            GError             **error);
/* cr_final_report_render in a worker thread. */
void      cr_final_report_render_async     (CrReviewReport      *report,
                                            CrFinalReportFormat  format,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GBytes   *cr_final_report_render_finish    (GAsyncResult        *result,
                                            GError             **error);

G_END_DECLS
