/* cr-pdf-document.c: a PDF opened with Poppler, used only on its own thread */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdf"

#include "config.h"

#include "cr-pdf-document.h"
#include "cr-pdf-worker.h"

#include <glib/gi18n.h>
#include <math.h>

/* Cairo image surfaces are limited to 32767 pixels a side. */
#define MAX_TEXTURE_SIDE 32767

struct _CrPdfDocument
{
  GObject      parent_instance;

  /* NULL before the load and after dispose. */
  CrPdfWorker *worker;

  /* Read on the worker at load, then only read here. */
  guint        n_pages;
  double      *sizes;
  char        *title;

  guint        render_timeout_ms;
};

/* What a selection request gives back. */
typedef struct
{
  char   *text;
  GArray *rects;
} SelectionResult;

G_DEFINE_FINAL_TYPE (CrPdfDocument, cr_pdf_document, G_TYPE_OBJECT)


/*
 * Completion (on the requester's main context)
 */

static void
selection_result_free (SelectionResult *selection)
{
  g_free (selection->text);
  g_clear_pointer (&selection->rects, g_array_unref);
  g_free (selection);
}

static void
complete_request (CrPdfRequest *request)
{
  GTask *task = request->task;

  if (request->error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&request->error));
      return;
    }

  switch (request->kind)
    {
    case CR_PDF_REQUEST_LOAD:
      {
        CrPdfDocument *self = g_task_get_task_data (task);
        CrPdfLoadInfo *info = request->info;

        self->n_pages = info->n_pages;
        self->sizes = g_steal_pointer (&info->sizes);
        self->title = g_steal_pointer (&info->title);
        g_task_return_pointer (task, g_object_ref (self), g_object_unref);
      }
      break;

    case CR_PDF_REQUEST_RENDER:
      g_task_return_pointer (task, g_steal_pointer (&request->texture), g_object_unref);
      break;

    case CR_PDF_REQUEST_TEXT:
      g_task_return_pointer (task, g_steal_pointer (&request->text), g_free);
      break;

    case CR_PDF_REQUEST_FIND:
      g_task_return_pointer (task, g_steal_pointer (&request->matches), (GDestroyNotify) g_array_unref);
      break;

    case CR_PDF_REQUEST_SELECTION:
      {
        SelectionResult *selection = g_new0 (SelectionResult, 1);

        selection->text = g_steal_pointer (&request->text);
        selection->rects = g_steal_pointer (&request->rects);
        g_task_return_pointer (task, selection, (GDestroyNotify) selection_result_free);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Queues @request on @self's worker, or fails its task when the document
 * is not (or no longer) open. Takes @request. */
static void
push_request (CrPdfDocument *self,
              CrPdfRequest  *request)
{
  if (self->worker != NULL && cr_pdf_worker_push (self->worker, request))
    return;

  g_task_return_new_error (request->task, CR_PDF_ERROR, CR_PDF_ERROR_FAILED,
                           "%s", _("The PDF is closed."));
  cr_pdf_request_free (request);
}


/*
 * GObject overrides
 */

static void
cr_pdf_document_dispose (GObject *object)
{
  CrPdfDocument *self = CR_PDF_DOCUMENT (object);

  /* Queued requests come back as cancelled; the thread frees the
   * PopplerDocument and is joined. */
  g_clear_pointer (&self->worker, cr_pdf_worker_free);

  G_OBJECT_CLASS (cr_pdf_document_parent_class)->dispose (object);
}

static void
cr_pdf_document_finalize (GObject *object)
{
  CrPdfDocument *self = CR_PDF_DOCUMENT (object);

  g_free (self->sizes);
  g_free (self->title);

  G_OBJECT_CLASS (cr_pdf_document_parent_class)->finalize (object);
}

static void
cr_pdf_document_class_init (CrPdfDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_pdf_document_dispose;
  object_class->finalize = cr_pdf_document_finalize;
}

static void
cr_pdf_document_init (CrPdfDocument *self)
{
  self->render_timeout_ms = CR_PDF_RENDER_TIMEOUT_MS;
}


/*
 * Loading
 */

static void
start_load (GBytes              *bytes,
            GFile               *file,
            const char          *password,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(CrPdfDocument) self = g_object_new (CR_TYPE_PDF_DOCUMENT, NULL);
  g_autoptr(GTask) task = NULL;
  CrPdfRequest *request;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_pdf_document_load_bytes_async);
  g_task_set_name (task, "[case-reviews] load pdf");
  g_task_set_task_data (task, g_object_ref (self), g_object_unref);

  self->worker = cr_pdf_worker_new ();

  request = cr_pdf_request_new (CR_PDF_REQUEST_LOAD, CR_PDF_PRIORITY_VISIBLE, task, complete_request);
  request->bytes = bytes != NULL ? g_bytes_ref (bytes) : NULL;
  request->file = file != NULL ? g_object_ref (file) : NULL;
  request->password = g_strdup (password);
  push_request (self, request);
}

/**
 * cr_pdf_document_load_bytes_async:
 * @bytes: the PDF; copied, so the caller may drop it at once
 * @password: (nullable): the password, for an encrypted PDF
 *
 * Opens @bytes on a new worker thread. Fails with CR_PDF_ERROR_ENCRYPTED
 * when a password is needed or wrong, CR_PDF_ERROR_DAMAGED when Poppler
 * cannot open the bytes or they have no pages.
 */
void
cr_pdf_document_load_bytes_async (GBytes              *bytes,
                                  const char          *password,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (bytes != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  start_load (bytes, NULL, password, cancellable, callback, user_data);
}

/**
 * cr_pdf_document_load_file_async:
 *
 * As cr_pdf_document_load_bytes_async(), reading @file on the worker;
 * errors reading it are G_IO_ERRORs.
 */
void
cr_pdf_document_load_file_async (GFile               *file,
                                 const char          *password,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  start_load (NULL, file, password, cancellable, callback, user_data);
}

/**
 * cr_pdf_document_load_finish:
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
CrPdfDocument *
cr_pdf_document_load_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_pdf_document_load_bytes_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}


/*
 * Properties read at load
 */

guint
cr_pdf_document_get_n_pages (CrPdfDocument *self)
{
  g_return_val_if_fail (CR_IS_PDF_DOCUMENT (self), 0);

  return self->n_pages;
}

void
cr_pdf_document_get_page_size (CrPdfDocument *self,
                               guint          page,
                               double        *width,
                               double        *height)
{
  g_return_if_fail (CR_IS_PDF_DOCUMENT (self));
  g_return_if_fail (page < self->n_pages);

  if (width != NULL)
    *width = self->sizes[2 * page];
  if (height != NULL)
    *height = self->sizes[2 * page + 1];
}

const char *
cr_pdf_document_get_title (CrPdfDocument *self)
{
  g_return_val_if_fail (CR_IS_PDF_DOCUMENT (self), NULL);

  return self->title;
}


/*
 * Rendering and text
 */

/* The texture size for @page at @scale: page size × scale, scaled down
 * to stay within CR_PDF_MAX_PIXELS and cairo's side limit. */
static void
compute_texture_size (CrPdfDocument *self,
                      guint          page,
                      double         scale,
                      int           *width,
                      int           *height)
{
  double page_width = self->sizes[2 * page];
  double page_height = self->sizes[2 * page + 1];
  double w = page_width * scale;
  double h = page_height * scale;
  gboolean capped = FALSE;

  if (w * h > CR_PDF_MAX_PIXELS)
    {
      double factor = sqrt (CR_PDF_MAX_PIXELS / (w * h));

      w *= factor;
      h *= factor;
      capped = TRUE;
    }
  if (MAX (w, h) > MAX_TEXTURE_SIDE)
    {
      double factor = MAX_TEXTURE_SIDE / MAX (w, h);

      w *= factor;
      h *= factor;
      capped = TRUE;
    }

  /* Rounding up a capped size could pass the cap again. */
  *width = (int) CLAMP (capped ? floor (w) : round (w), 1, MAX_TEXTURE_SIDE);
  *height = (int) CLAMP (capped ? floor (h) : round (h), 1, MAX_TEXTURE_SIDE);
}

/**
 * cr_pdf_document_render_async:
 *
 * Renders @page at @scale on the worker. A request cancelled before the
 * worker reaches it returns G_IO_ERROR_CANCELLED without rendering. A page
 * Poppler cannot draw gives CR_PDF_ERROR_FAILED.
 */
void
cr_pdf_document_render_async (CrPdfDocument       *self,
                              guint                page,
                              double               scale,
                              CrPdfPriority        priority,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CrPdfRequest *request;

  g_return_if_fail (CR_IS_PDF_DOCUMENT (self));
  g_return_if_fail (isfinite (scale) && scale > 0.0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_pdf_document_render_async);
  g_task_set_name (task, "[case-reviews] render pdf page");

  if (page >= self->n_pages)
    {
      g_task_return_new_error (task, CR_PDF_ERROR, CR_PDF_ERROR_FAILED,
                               /* Translators: a page number, then the number of pages */
                               _("There is no page %u: the PDF has %u pages."),
                               page + 1, self->n_pages);
      return;
    }

  request = cr_pdf_request_new (CR_PDF_REQUEST_RENDER, priority, task, complete_request);
  request->page = page;
  request->page_width = self->sizes[2 * page];
  request->page_height = self->sizes[2 * page + 1];
  compute_texture_size (self, page, scale, &request->width, &request->height);
  request->timeout_ms = self->render_timeout_ms;
  push_request (self, request);
}

/**
 * cr_pdf_document_render_finish:
 *
 * Returns: (transfer full): the page, or %NULL with @error set
 */
GdkTexture *
cr_pdf_document_render_finish (CrPdfDocument  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (CR_IS_PDF_DOCUMENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_pdf_document_render_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
cr_pdf_document_get_text_async (CrPdfDocument       *self,
                                int                  page,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CrPdfRequest *request;

  g_return_if_fail (CR_IS_PDF_DOCUMENT (self));
  g_return_if_fail (page >= -1);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_pdf_document_get_text_async);
  g_task_set_name (task, "[case-reviews] pdf text");

  if (page >= 0 && (guint) page >= self->n_pages)
    {
      g_task_return_new_error (task, CR_PDF_ERROR, CR_PDF_ERROR_FAILED,
                               _("There is no page %u: the PDF has %u pages."),
                               (guint) page + 1, self->n_pages);
      return;
    }

  request = cr_pdf_request_new (CR_PDF_REQUEST_TEXT, CR_PDF_PRIORITY_VISIBLE, task, complete_request);
  request->text_page = page;
  push_request (self, request);
}

/**
 * cr_pdf_document_get_text_finish:
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
char *
cr_pdf_document_get_text_finish (CrPdfDocument  *self,
                                 GAsyncResult   *result,
                                 GError        **error)
{
  g_return_val_if_fail (CR_IS_PDF_DOCUMENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_pdf_document_get_text_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}


/*
 * Find and selection
 */

/**
 * cr_pdf_document_find_async:
 *
 * Finds @text on every page on the worker. An empty @text (after
 * stripping) finds nothing.
 */
void
cr_pdf_document_find_async (CrPdfDocument       *self,
                            const char          *text,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *stripped = NULL;
  CrPdfRequest *request;

  g_return_if_fail (CR_IS_PDF_DOCUMENT (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_pdf_document_find_async);
  g_task_set_name (task, "[case-reviews] pdf find");

  stripped = g_strstrip (g_utf8_make_valid (text, -1));
  if (stripped[0] == '\0')
    {
      g_task_return_pointer (task, g_array_new (FALSE, FALSE, sizeof (CrPdfMatch)),
                             (GDestroyNotify) g_array_unref);
      return;
    }

  request = cr_pdf_request_new (CR_PDF_REQUEST_FIND, CR_PDF_PRIORITY_VISIBLE, task, complete_request);
  request->find_text = g_steal_pointer (&stripped);
  push_request (self, request);
}

/**
 * cr_pdf_document_find_finish:
 *
 * Returns: (transfer full): a GArray of CrPdfMatch, or %NULL with @error set
 */
GArray *
cr_pdf_document_find_finish (CrPdfDocument  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (CR_IS_PDF_DOCUMENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_pdf_document_find_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * cr_pdf_document_get_selection_async:
 *
 * Works out on the worker what dragging across @area of page @page
 * selects: the rectangles to highlight, and the text when @with_text.
 */
void
cr_pdf_document_get_selection_async (CrPdfDocument         *self,
                                     guint                  page,
                                     const graphene_rect_t *area,
                                     gboolean               with_text,
                                     GCancellable          *cancellable,
                                     GAsyncReadyCallback    callback,
                                     gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  CrPdfRequest *request;

  g_return_if_fail (CR_IS_PDF_DOCUMENT (self));
  g_return_if_fail (area != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_pdf_document_get_selection_async);
  g_task_set_name (task, "[case-reviews] pdf selection");

  if (page >= self->n_pages)
    {
      g_task_return_new_error (task, CR_PDF_ERROR, CR_PDF_ERROR_FAILED,
                               _("There is no page %u: the PDF has %u pages."),
                               page + 1, self->n_pages);
      return;
    }

  request = cr_pdf_request_new (CR_PDF_REQUEST_SELECTION, CR_PDF_PRIORITY_VISIBLE, task, complete_request);
  request->page = page;
  request->area = *area;
  request->with_text = with_text;
  push_request (self, request);
}

/**
 * cr_pdf_document_get_selection_finish:
 * @text: (out) (optional): the selected text ("" when none was asked for)
 * @rects: (out) (optional): a GArray of graphene_rect_t in points
 */
gboolean
cr_pdf_document_get_selection_finish (CrPdfDocument  *self,
                                      GAsyncResult   *result,
                                      char          **text,
                                      GArray        **rects,
                                      GError        **error)
{
  SelectionResult *selection;

  g_return_val_if_fail (CR_IS_PDF_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_pdf_document_get_selection_async, FALSE);

  selection = g_task_propagate_pointer (G_TASK (result), error);
  if (selection == NULL)
    return FALSE;

  if (text != NULL)
    *text = selection->text != NULL ? g_steal_pointer (&selection->text) : g_strdup ("");
  if (rects != NULL)
    *rects = g_steal_pointer (&selection->rects);
  selection_result_free (selection);
  return TRUE;
}

void
cr_pdf_document_set_render_timeout (CrPdfDocument *self,
                                    guint          timeout_ms)
{
  g_return_if_fail (CR_IS_PDF_DOCUMENT (self));

  self->render_timeout_ms = timeout_ms > 0 ? timeout_ms : CR_PDF_RENDER_TIMEOUT_MS;
}
