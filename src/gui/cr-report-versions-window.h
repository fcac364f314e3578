/* cr-report-versions-window.h: the saved versions of a case's report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-case.h"
#include "cr-database.h"

G_BEGIN_DECLS

/*
 * A modal AdwWindow listing the versions of the report of @kase, newest
 * first (number, label, who saved it and when, words), with "Compare
 * with Previous" and "Compare with Current Text" (a CrReportCompareWindow)
 * and "Go Back to This Version…", which asks first, saves the text as it
 * is as a new version, writes the chosen version's text back, emits
 * "restored" (the number gone back to, the number of the version the
 * previous text was saved as) and closes.
 */

#define CR_TYPE_REPORT_VERSIONS_WINDOW (cr_report_versions_window_get_type())

G_DECLARE_FINAL_TYPE (CrReportVersionsWindow, cr_report_versions_window, CR, REPORT_VERSIONS_WINDOW, AdwWindow)

CrReportVersionsWindow *cr_report_versions_window_new (GtkWindow  *parent,
                                                       CrDatabase *database,
                                                       CrCase     *kase);

G_END_DECLS
