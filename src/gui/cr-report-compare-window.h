/* cr-report-compare-window.h: what changed between two texts of a report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-report-section.h"

G_BEGIN_DECLS

/*
 * An AdwWindow comparing two texts of the report ("Version 2" and
 * "Current Text"), each given as the markup of every section
 * (CR_REPORT_N_SECTIONS strings, NULL read as ""). A summary at the top
 * ("3 sections changed: 120 words added, 14 removed"), then each section
 * written on either side: the sections with changes open, their text
 * with deletions struck through in the error colour and insertions
 * underlined in the success colour (following the dark style), under a
 * line such as "Analysis: 120 words added, 14 removed"; the unchanged
 * ones closed.
 */

#define CR_TYPE_REPORT_COMPARE_WINDOW (cr_report_compare_window_get_type())

G_DECLARE_FINAL_TYPE (CrReportCompareWindow, cr_report_compare_window, CR, REPORT_COMPARE_WINDOW, AdwWindow)

CrReportCompareWindow *cr_report_compare_window_new         (GtkWindow          *parent,
                                                             const char         *old_name,
                                                             const char * const *old_markups,
                                                             const char         *new_name,
                                                             const char * const *new_markups);
/* The summary line shown at the top. */
const char            *cr_report_compare_window_get_summary (CrReportCompareWindow *self);
/* The compared text of @section (tags "deleted" and "inserted"), or NULL
 * when the section is written on neither side. */
GtkTextBuffer         *cr_report_compare_window_get_buffer  (CrReportCompareWindow *self,
                                                             CrReportSection        section);

G_END_DECLS
