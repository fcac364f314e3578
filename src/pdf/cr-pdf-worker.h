/* cr-pdf-worker.h: the thread that alone owns a PopplerDocument (private to src/pdf) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>
#include <gio/gio.h>

#include "cr-pdf-document.h"

G_BEGIN_DECLS

/*
 * After evince's job scheduler (style.md §3.6): one thread per document
 * takes requests from three FIFO queues (VISIBLE, THUMBNAIL, PRELOAD),
 * the first non-empty one first. A request cancelled before it runs is
 * answered with G_IO_ERROR_CANCELLED without touching Poppler. Results
 * are stored in the request, which is then handed to its complete
 * function from an idle on its task's main context: the worker never
 * completes a GTask nor drops a reference to one itself, so nothing the
 * tasks own is ever finalized on the worker.
 *
 * Every Poppler call, on any worker, holds one process-wide lock: Poppler
 * and fontconfig are not reliably thread-safe across documents, and evince
 * serialises them the same way.
 */

typedef struct _CrPdfWorker  CrPdfWorker;
typedef struct _CrPdfRequest CrPdfRequest;

typedef enum
{
  CR_PDF_REQUEST_LOAD,
  CR_PDF_REQUEST_RENDER,
  CR_PDF_REQUEST_TEXT,
  CR_PDF_REQUEST_FIND,
  CR_PDF_REQUEST_SELECTION,
} CrPdfRequestKind;

/* What a load reads on the worker; afterwards only read by the owner. */
typedef struct
{
  guint   n_pages;
  double *sizes;   /* width, height per page, in points, clamped */
  char   *title;   /* or NULL */
} CrPdfLoadInfo;

typedef void (*CrPdfCompleteFunc) (CrPdfRequest *request);

struct _CrPdfRequest
{
  CrPdfRequestKind   kind;
  CrPdfPriority      priority;
  GTask             *task;
  CrPdfCompleteFunc  complete;

  /* Load: the caller's bytes (copied on the worker) or a file to read. */
  GBytes            *bytes;
  GFile             *file;
  char              *password;

  /* Render: the page, the texture size in pixels and the page size in
   * points the sizes were computed from. */
  guint              page;
  int                width;
  int                height;
  double             page_width;
  double             page_height;

  /* Text: a page or -1 for all. */
  int                text_page;

  /* Find: the text. Selection: the page (above), the area in points and
   * whether the text is wanted too. */
  char              *find_text;
  graphene_rect_t    area;
  gboolean           with_text;

  /* Render: the time-out in ms (0: none). On the requester's context,
   * a timer armed when the worker starts the render; when it fires the
   * task is answered with CR_PDF_ERROR_TIMEOUT and timed_out is set, so
   * the late result is dropped. */
  guint              timeout_ms;
  GSource           *timeout_source;
  gboolean           timed_out;

  /* Results, written on the worker before completion. */
  GError            *error;
  CrPdfLoadInfo     *info;
  GdkTexture        *texture;
  char              *text;
  GArray            *matches;  /* CrPdfMatch */
  GArray            *rects;    /* graphene_rect_t */
};

CrPdfRequest *cr_pdf_request_new          (CrPdfRequestKind   kind,
                                           CrPdfPriority      priority,
                                           GTask             *task,
                                           CrPdfCompleteFunc  complete);
void          cr_pdf_request_free         (CrPdfRequest      *request);

void          cr_pdf_load_info_free       (CrPdfLoadInfo     *info);

/* Sane display size for a page Poppler reports as @width × @height
 * points: non-finite, tiny or enormous sizes become A4, and very large
 * pages are scaled down uniformly to the PDF maximum of 14400 points. */
void          cr_pdf_clamp_page_size      (double            *width,
                                           double            *height);

/* The process-wide lock every Poppler call holds (above), for Poppler
 * used outside a worker (cr-pdf-check.c). Not recursive. */
void          cr_pdf_poppler_lock         (void);
void          cr_pdf_poppler_unlock       (void);

CrPdfWorker  *cr_pdf_worker_new           (void);
/* Queues @request (transfer full). Returns FALSE, leaving @request to the
 * caller, when the worker is stopping. */
gboolean      cr_pdf_worker_push          (CrPdfWorker       *self,
                                           CrPdfRequest      *request);
/* Stops the thread after its current request, answers every queued
 * request with G_IO_ERROR_CANCELLED and frees @self: at once, joining
 * the idle thread, or, when a request is running, by the thread itself
 * once Poppler returns (it frees the PopplerDocument either way). */
void          cr_pdf_worker_free          (CrPdfWorker       *self);

G_END_DECLS
