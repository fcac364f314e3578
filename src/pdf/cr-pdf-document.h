/* cr-pdf-document.h: a PDF opened with Poppler, used only on its own thread */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>
#include <gio/gio.h>
#include <graphene.h>

#include "cr-pdf-error.h"

G_BEGIN_DECLS

/*
 * After evince (style.md §3.6): each CrPdfDocument owns one worker thread
 * that alone opens and touches the PopplerDocument. Requests go to it
 * through a priority queue (VISIBLE first, then THUMBNAIL, then
 * PRELOAD); each has a GCancellable, and a request cancelled before it
 * runs is dropped. Results complete on the caller's thread-default main
 * context. A page is rendered to a cairo ARGB32 surface (white
 * background) and wrapped without copying in a GdkMemoryTexture.
 *
 * Hostile files: loading copies the bytes; a file that Poppler refuses
 * gives CR_PDF_ERROR_DAMAGED, one that needs a password
 * CR_PDF_ERROR_ENCRYPTED (retry with the password; a wrong one gives
 * ENCRYPTED again). Page sizes are read at load and clamped to sane
 * bounds; renders are capped at CR_PDF_MAX_PIXELS pixels.
 */

#define CR_PDF_MAX_PIXELS (40 * 1000 * 1000)

/* Larger files are refused (CR_PDF_ERROR_TOO_LARGE) before being read. */
#define CR_PDF_MAX_FILE_BYTES ((goffset) 512 * 1024 * 1024)

/* A page render still running after this long is answered with
 * CR_PDF_ERROR_TIMEOUT ("This page took too long to draw."). Poppler
 * cannot be interrupted: the worker takes the next request when it
 * returns, and the late texture is dropped. */
#define CR_PDF_RENDER_TIMEOUT_MS 10000

/* A find hit: the page (0-based) and the rectangle in points, origin at
 * the top left of the page. */
typedef struct
{
  guint           page;
  graphene_rect_t rect;
} CrPdfMatch;

typedef enum
{
  CR_PDF_PRIORITY_VISIBLE,
  CR_PDF_PRIORITY_THUMBNAIL,
  CR_PDF_PRIORITY_PRELOAD,
} CrPdfPriority;

#define CR_TYPE_PDF_DOCUMENT (cr_pdf_document_get_type())

G_DECLARE_FINAL_TYPE (CrPdfDocument, cr_pdf_document, CR, PDF_DOCUMENT, GObject)

/* @password may be NULL. */
void           cr_pdf_document_load_bytes_async (GBytes              *bytes,
                                                 const char          *password,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
void           cr_pdf_document_load_file_async  (GFile               *file,
                                                 const char          *password,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
CrPdfDocument *cr_pdf_document_load_finish      (GAsyncResult        *result,
                                                 GError             **error);

guint          cr_pdf_document_get_n_pages      (CrPdfDocument       *self);
/* In points, as read at load (no Poppler call). */
void           cr_pdf_document_get_page_size    (CrPdfDocument       *self,
                                                 guint                page,
                                                 double              *width,
                                                 double              *height);
/* The document's title from its metadata, or NULL. */
const char    *cr_pdf_document_get_title        (CrPdfDocument       *self);

/* Renders page @page (0-based) at @scale (1.0 = 72 dpi, times the
 * widget's scale factor as the caller sees fit). */
void           cr_pdf_document_render_async     (CrPdfDocument       *self,
                                                 guint                page,
                                                 double               scale,
                                                 CrPdfPriority        priority,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
GdkTexture    *cr_pdf_document_render_finish    (CrPdfDocument       *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

/* The text of page @page, or of every page (form feed between) when
 * @page is -1. */
void           cr_pdf_document_get_text_async   (CrPdfDocument       *self,
                                                 int                  page,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
char          *cr_pdf_document_get_text_finish  (CrPdfDocument       *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

/* Finds @text (case-insensitive; whitespace as in the page's text) on
 * every page, in page order, on the worker (cancellable between pages).
 * Returns a GArray of CrPdfMatch, page by page and in reading order
 * within a page; empty when nothing matched. */
void           cr_pdf_document_find_async       (CrPdfDocument       *self,
                                                 const char          *text,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
GArray        *cr_pdf_document_find_finish      (CrPdfDocument       *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

/* The text selected by dragging from one corner of @area to the other
 * on page @page (points, top-left origin; glyph by glyph, as evince's
 * POPPLER_SELECTION_GLYPH), and the rectangles (points) covering it:
 * a GArray of graphene_rect_t. Either out may be NULL in the finish. */
void           cr_pdf_document_get_selection_async (CrPdfDocument          *self,
                                                    guint                   page,
                                                    const graphene_rect_t  *area,
                                                    gboolean                with_text,
                                                    GCancellable           *cancellable,
                                                    GAsyncReadyCallback     callback,
                                                    gpointer                user_data);
gboolean       cr_pdf_document_get_selection_finish (CrPdfDocument         *self,
                                                     GAsyncResult          *result,
                                                     char                 **text,
                                                     GArray               **rects,
                                                     GError               **error);

/* For tests: the render time-out in milliseconds (0: the default). */
void           cr_pdf_document_set_render_timeout (CrPdfDocument     *self,
                                                   guint              timeout_ms);

G_END_DECLS
