/* cr-pdf-viewer-controls.h: page and zoom controls for a header bar */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-pdf-view.h"

G_BEGIN_DECLS

/*
 * Previous and next page, a page entry with "of M", and zoom out, the
 * zoom level (Original Size), zoom in and fit width, for "view". Its
 * actions (prefix "controls.") forward to the view, so they work from a
 * header bar outside the view; they are off when they would do nothing.
 */

#define CR_TYPE_PDF_VIEWER_CONTROLS (cr_pdf_viewer_controls_get_type())

G_DECLARE_FINAL_TYPE (CrPdfViewerControls, cr_pdf_viewer_controls, CR, PDF_VIEWER_CONTROLS, GtkBox)

GtkWidget *cr_pdf_viewer_controls_new      (CrPdfView           *view);
CrPdfView *cr_pdf_viewer_controls_get_view (CrPdfViewerControls *self);

G_END_DECLS
