/* cr-pdf-view-page.h: one page of a CrPdfView */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * A sheet of paper sized from the page size in points × the zoom. It
 * draws its texture (stretched when it was rendered at another zoom), or
 * white paper with a spinner while it renders, or a message when the page
 * could not be rendered. Accessible as an image labelled "Page N".
 */

#define CR_TYPE_PDF_VIEW_PAGE (cr_pdf_view_page_get_type())

G_DECLARE_FINAL_TYPE (CrPdfViewPage, cr_pdf_view_page, CR, PDF_VIEW_PAGE, GtkWidget)

GtkWidget *cr_pdf_view_page_new         (guint          index,
                                         double         width,
                                         double         height);
guint      cr_pdf_view_page_get_index   (CrPdfViewPage *self);

void       cr_pdf_view_page_set_zoom    (CrPdfViewPage *self,
                                         double         zoom);
/* The size at the current zoom, in logical pixels (rounded). */
int        cr_pdf_view_page_get_width   (CrPdfViewPage *self);
int        cr_pdf_view_page_get_height  (CrPdfViewPage *self);

/* What to show: @texture (or NULL), whether a render is on its way, and
 * why the page could not be rendered (or NULL). */
void       cr_pdf_view_page_set_state   (CrPdfViewPage *self,
                                         GdkTexture    *texture,
                                         gboolean       rendering,
                                         const char    *error_message);
GdkTexture *cr_pdf_view_page_get_texture (CrPdfViewPage *self);

/* Find hits on this page (graphene_rect_t in points, or NULL), the one
 * at @current (or -1) drawn stronger; and the selected text's rectangles
 * (points, or NULL). The arrays are referenced. */
void       cr_pdf_view_page_set_matches   (CrPdfViewPage *self,
                                           GArray        *rects,
                                           int            current);
void       cr_pdf_view_page_set_selection (CrPdfViewPage *self,
                                           GArray        *rects);
guint      cr_pdf_view_page_get_n_matches (CrPdfViewPage *self);
double     cr_pdf_view_page_get_zoom      (CrPdfViewPage *self);

G_END_DECLS
