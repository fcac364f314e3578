/* cr-pdf-document.h: a PDF opened with Poppler, used only on its own thread */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>
#include <gio/gio.h>

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

G_END_DECLS
