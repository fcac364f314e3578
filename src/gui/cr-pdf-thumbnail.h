/* cr-pdf-thumbnail.h: one page's thumbnail in a CrPdfThumbnails list */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>

#include "cr-pdf-document.h"

G_BEGIN_DECLS

/*
 * An item of the thumbnails model: page "page" (0-based) of "document",
 * its "label" ("1", "2" …) and its "texture" once rendered (NULL until
 * then). cr_pdf_thumbnail_ensure() asks the document for it at THUMBNAIL
 * priority, at most once at a time; cr_pdf_thumbnail_cancel() gives up
 * a request (the row scrolled away); cr_pdf_thumbnail_drop() frees the
 * texture (memory cap).
 */

#define CR_TYPE_PDF_THUMBNAIL (cr_pdf_thumbnail_get_type())

G_DECLARE_FINAL_TYPE (CrPdfThumbnail, cr_pdf_thumbnail, CR, PDF_THUMBNAIL, GObject)

CrPdfThumbnail *cr_pdf_thumbnail_new          (CrPdfDocument  *document,
                                               guint           page);
guint           cr_pdf_thumbnail_get_page     (CrPdfThumbnail *self);
const char     *cr_pdf_thumbnail_get_label    (CrPdfThumbnail *self);
GdkTexture     *cr_pdf_thumbnail_get_texture  (CrPdfThumbnail *self);
/* The height for @width, from the page's proportions. */
int             cr_pdf_thumbnail_get_height_for_width (CrPdfThumbnail *self,
                                                       int             width);

/* Renders the page @pixel_width pixels wide unless it is there or on
 * its way. */
void            cr_pdf_thumbnail_ensure       (CrPdfThumbnail *self,
                                               int             pixel_width);
void            cr_pdf_thumbnail_cancel       (CrPdfThumbnail *self);
void            cr_pdf_thumbnail_drop         (CrPdfThumbnail *self);
gboolean        cr_pdf_thumbnail_is_pending   (CrPdfThumbnail *self);

G_END_DECLS
