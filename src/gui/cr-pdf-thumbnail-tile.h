/* cr-pdf-thumbnail-tile.h: the row of one page in a CrPdfThumbnails list */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-pdf-thumbnail.h"

G_BEGIN_DECLS

/*
 * One light widget per list row (a label its only child): it draws the
 * page's texture, or blank paper of the page's proportions until the
 * texture comes, @width pixels wide, with the page number under it, and
 * is named "Page N" for assistive technologies. Its height is known from
 * the page size before anything is rendered, so the list's scrollbar is
 * right from the start.
 */

#define CR_TYPE_PDF_THUMBNAIL_TILE (cr_pdf_thumbnail_tile_get_type())

G_DECLARE_FINAL_TYPE (CrPdfThumbnailTile, cr_pdf_thumbnail_tile, CR, PDF_THUMBNAIL_TILE, GtkWidget)

GtkWidget      *cr_pdf_thumbnail_tile_new           (int                 width);
/* Shows @thumbnail (NULL: nothing, e.g. the row was unbound). */
void            cr_pdf_thumbnail_tile_set_thumbnail (CrPdfThumbnailTile *self,
                                                     CrPdfThumbnail     *thumbnail);
CrPdfThumbnail *cr_pdf_thumbnail_tile_get_thumbnail (CrPdfThumbnailTile *self);

G_END_DECLS
