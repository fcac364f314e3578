/* cr-report-preview-window.h: preview a PDF the app wrote, then save it */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * An AdwWindow (transient for @parent, not modal) with an AdwHeaderBar:
 * title @title, subtitle "Preview"; a "Save As…" suggested button
 * (Ctrl+S) that asks where with GtkFileChooserNative (suggesting
 * @suggested_name, PDF filter) and writes the bytes atomically with mode
 * 0600, then shows a toast; and under it a CrPdfViewer of @pdf (its page
 * and zoom controls in the header bar, thumbnails on F9, Find on Ctrl+F,
 * text selection and copy). Rendering runs off the main thread
 * (CrPdfDocument).
 */

#define CR_TYPE_REPORT_PREVIEW_WINDOW (cr_report_preview_window_get_type())

G_DECLARE_FINAL_TYPE (CrReportPreviewWindow, cr_report_preview_window, CR, REPORT_PREVIEW_WINDOW, AdwWindow)

CrReportPreviewWindow *cr_report_preview_window_new (GtkWindow  *parent,
                                                     const char *title,
                                                     GBytes     *pdf,
                                                     const char *suggested_name);

G_END_DECLS
