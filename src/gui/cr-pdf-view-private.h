/* cr-pdf-view-private.h: what CrPdfView's files share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-pdf-view.h"

G_BEGIN_DECLS

/* cr-pdf-view-actions.c */
void _cr_pdf_view_class_init_actions (GtkWidgetClass *widget_class);
void _cr_pdf_view_update_actions     (CrPdfView      *self);

/* cr-pdf-view.c */
void _cr_pdf_view_scroll_by          (CrPdfView      *self,
                                      double          dx,
                                      double          dy);

G_END_DECLS
