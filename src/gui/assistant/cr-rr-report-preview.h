/* cr-rr-report-preview.h: generate the rapid review report and preview it */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"

G_BEGIN_DECLS

/*
 * Generates the Rapid Review report of @kase as stored in @db
 * (cr_rapid_review_report_generate_async, with the partnership and local
 * authority from the settings) and opens it in a CrReportPreviewWindow
 * transient for @button's window, suggesting "REFERENCE-rapid-review.pdf".
 * @button is insensitive (and says "Preparing Report…" to assistive
 * technology) meanwhile. A failure is shown in a toast over @button, or
 * a message dialog when there is no toast overlay.
 */
void   cr_rr_report_preview_open          (GtkWidget    *button,
                                           CrDatabase   *db,
                                           CrCase       *kase,
                                           GCancellable *cancellable);

/* "CR-2026-001-rapid-review.pdf": the reference made safe for a file
 * name (newly allocated). */
char  *cr_rr_report_preview_file_name     (CrCase       *kase);

G_END_DECLS
