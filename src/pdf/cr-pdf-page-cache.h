/* cr-pdf-page-cache.h: rendered pages of a document around the visible range */
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
 * After evince's EvPixbufCache: a view tells the cache its visible page
 * range and render scale; the cache asks the document for the visible
 * pages (VISIBLE priority) and up to CR_PDF_PAGE_CACHE_MAX_PRELOAD pages
 * around them (PRELOAD), cancels requests for pages that left that window
 * or were asked at another scale, and keeps the textures within a byte
 * budget, evicting the pages farthest from the visible range first.
 * Visible pages are never evicted, even over budget. When the scale
 * changes, a visible page keeps its old texture (to show stretched) until
 * the new one arrives. "page-changed" is emitted whenever a page's
 * texture, error or rendering state changes.
 */

#define CR_PDF_PAGE_CACHE_DEFAULT_BUDGET (64 * 1024 * 1024)
#define CR_PDF_PAGE_CACHE_MAX_PRELOAD    3

#define CR_TYPE_PDF_PAGE_CACHE (cr_pdf_page_cache_get_type())

G_DECLARE_FINAL_TYPE (CrPdfPageCache, cr_pdf_page_cache, CR, PDF_PAGE_CACHE, GObject)

CrPdfPageCache *cr_pdf_page_cache_new            (gsize            max_bytes);

void            cr_pdf_page_cache_set_document   (CrPdfPageCache  *self,
                                                  CrPdfDocument   *document);
CrPdfDocument  *cr_pdf_page_cache_get_document   (CrPdfPageCache  *self);

/* Pixels per point: zoom × the widget's scale factor. */
void            cr_pdf_page_cache_set_scale      (CrPdfPageCache  *self,
                                                  double           scale);
double          cr_pdf_page_cache_get_scale      (CrPdfPageCache  *self);

/* @first and @last (inclusive, 0-based) are the pages on screen. */
void            cr_pdf_page_cache_set_page_range (CrPdfPageCache  *self,
                                                  guint            first,
                                                  guint            last);

/* The latest texture of @page, possibly at an older scale (then
 * *@texture_scale differs from the cache's scale), or NULL. */
GdkTexture     *cr_pdf_page_cache_get_texture    (CrPdfPageCache  *self,
                                                  guint            page,
                                                  double          *texture_scale);
/* Whether a render of @page at the current scale is on its way. */
gboolean        cr_pdf_page_cache_is_rendering   (CrPdfPageCache  *self,
                                                  guint            page);
/* Why @page could not be rendered at the current scale, or NULL. */
const GError   *cr_pdf_page_cache_get_error      (CrPdfPageCache  *self,
                                                  guint            page);

/* The bytes of texture memory held. */
gsize           cr_pdf_page_cache_get_size       (CrPdfPageCache  *self);
/* How many renders are on their way. */
guint           cr_pdf_page_cache_get_n_pending  (CrPdfPageCache  *self);

G_END_DECLS
