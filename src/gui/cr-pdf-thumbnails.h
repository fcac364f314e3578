/* cr-pdf-thumbnails.h: a sidebar of page thumbnails */
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
 * A GtkListView of a document's pages (CrPdfThumbnail items): only the
 * rows within a screenful of the visible ones are rendered, at THUMBNAIL
 * priority; a row scrolled away cancels its request, and
 * no more than CR_PDF_THUMBNAILS_MAX_TEXTURES thumbnails are kept.
 * Clicking a thumbnail, or Enter on it, emits "page-activated" (0-based
 * page); cr_pdf_thumbnails_set_current() selects the page being read
 * and scrolls its thumbnail into view (when next shown, if hidden).
 */

#define CR_PDF_THUMBNAILS_WIDTH        120
#define CR_PDF_THUMBNAILS_MAX_TEXTURES 200

#define CR_TYPE_PDF_THUMBNAILS (cr_pdf_thumbnails_get_type())

G_DECLARE_FINAL_TYPE (CrPdfThumbnails, cr_pdf_thumbnails, CR, PDF_THUMBNAILS, GtkWidget)

GtkWidget  *cr_pdf_thumbnails_new          (void);
void        cr_pdf_thumbnails_set_document (CrPdfThumbnails *self,
                                            CrPdfDocument   *document);
/* The CrPdfThumbnail items, one per page. */
GListModel *cr_pdf_thumbnails_get_model    (CrPdfThumbnails *self);
void        cr_pdf_thumbnails_set_current  (CrPdfThumbnails *self,
                                            guint            page);
/* How many thumbnails hold a texture, and how many are on their way. */
guint       cr_pdf_thumbnails_get_n_rendered (CrPdfThumbnails *self);
guint       cr_pdf_thumbnails_get_n_pending  (CrPdfThumbnails *self);

G_END_DECLS
