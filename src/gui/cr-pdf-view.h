/* cr-pdf-view.h: a scrolling view of a PDF's pages */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-pdf-document.h"

G_BEGIN_DECLS

/*
 * The pages of a CrPdfDocument stacked vertically in a GtkScrolledWindow.
 * Only the visible pages and a few around them are rendered (off the
 * main thread, through a CrPdfPageCache with a byte budget) at zoom ×
 * the widget's scale factor. "zoom" is the zoom in use; with "fit-width"
 * it follows the width of the view, and setting "zoom" turns fit-width
 * off. "page" is the current page (0-based): the one that fills most of
 * the view, or the one last gone to.
 *
 * Actions (prefix "pdf."): zoom-in, zoom-out, zoom-fit-width, zoom-reset
 * (100 %), next-page, previous-page, first-page, last-page, go-to-page
 * ("u", 0-based), scroll ("(dd)", in steps), copy. Keys when it has the
 * focus: Ctrl+plus/minus/0, Page Up/Down, Home/End, the arrows, Ctrl+C;
 * Ctrl+scroll zooms.
 *
 * Find hits (cr_pdf_view_set_matches) are highlighted on their pages, the
 * current one stronger. Dragging across a page selects its text glyph by
 * glyph (worked out on the document's worker); "has-selection" says
 * whether there is one, and Ctrl+C or the context menu copies it.
 */

#define CR_PDF_VIEW_MIN_ZOOM 0.1
#define CR_PDF_VIEW_MAX_ZOOM 8.0

#define CR_TYPE_PDF_VIEW (cr_pdf_view_get_type())

G_DECLARE_FINAL_TYPE (CrPdfView, cr_pdf_view, CR, PDF_VIEW, GtkWidget)

GtkWidget     *cr_pdf_view_new           (void);

void           cr_pdf_view_set_document  (CrPdfView     *self,
                                          CrPdfDocument *document);
CrPdfDocument *cr_pdf_view_get_document  (CrPdfView     *self);
guint          cr_pdf_view_get_n_pages   (CrPdfView     *self);

double         cr_pdf_view_get_zoom      (CrPdfView     *self);
void           cr_pdf_view_set_zoom      (CrPdfView     *self,
                                          double         zoom);
gboolean       cr_pdf_view_get_fit_width (CrPdfView     *self);
void           cr_pdf_view_set_fit_width (CrPdfView     *self,
                                          gboolean       fit_width);
void           cr_pdf_view_zoom_in       (CrPdfView     *self);
void           cr_pdf_view_zoom_out      (CrPdfView     *self);
gboolean       cr_pdf_view_can_zoom_in   (CrPdfView     *self);
gboolean       cr_pdf_view_can_zoom_out  (CrPdfView     *self);

guint          cr_pdf_view_get_page      (CrPdfView     *self);
/* Scrolls to the top of @page (clamped to the document). */
void           cr_pdf_view_set_page      (CrPdfView     *self,
                                          guint          page);

/* @matches: a GArray of CrPdfMatch (referenced), or NULL; @current: the
 * index of the current hit, or -1. */
void           cr_pdf_view_set_matches   (CrPdfView     *self,
                                          GArray        *matches,
                                          int            current);
/* Scrolls hit @index of the matches into view (about a third down). */
void           cr_pdf_view_show_match    (CrPdfView     *self,
                                          guint          index);

gboolean       cr_pdf_view_get_has_selection (CrPdfView *self);
void           cr_pdf_view_clear_selection   (CrPdfView *self);
/* Selects what a drag from @area's origin to its far corner (points,
 * top-left origin of page @page) would. */
void           cr_pdf_view_select            (CrPdfView             *self,
                                              guint                  page,
                                              const graphene_rect_t *area);
/* Copies the selected text to the clipboard (as pdf.copy). */
void           cr_pdf_view_copy              (CrPdfView *self);

G_END_DECLS
