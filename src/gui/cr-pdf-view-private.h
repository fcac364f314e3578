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
GtkWidget *_cr_pdf_view_get_page_widget (CrPdfView   *self,
                                         guint        index);
GtkWidget *_cr_pdf_view_get_pages_box   (CrPdfView   *self);
void       _cr_pdf_view_notify_has_selection (CrPdfView *self);

/* cr-pdf-view-selection.c: text selection by dragging */
typedef struct _CrPdfViewSelection CrPdfViewSelection;

CrPdfViewSelection *_cr_pdf_view_selection_new   (CrPdfView          *view);
void                _cr_pdf_view_selection_free  (CrPdfViewSelection *selection);
/* Forgets the selection (a new document, or a click). */
void                _cr_pdf_view_selection_clear (CrPdfViewSelection *selection);
gboolean            _cr_pdf_view_selection_is_set (CrPdfViewSelection *selection);
void                _cr_pdf_view_selection_set   (CrPdfViewSelection    *selection,
                                                  guint                  page,
                                                  const graphene_rect_t *area);
void                _cr_pdf_view_selection_copy  (CrPdfViewSelection *selection);

G_END_DECLS
