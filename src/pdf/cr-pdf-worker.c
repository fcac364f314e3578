/* cr-pdf-worker.c: the thread that alone owns a PopplerDocument */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdf"

#include "config.h"

#include "cr-pdf-worker.h"

#include "cr-pdf-texture.h"

#include <cairo.h>
#include <glib/gi18n.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#ifdef __linux__
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#define N_PRIORITIES (CR_PDF_PRIORITY_PRELOAD + 1)

/* The PDF limit on a page side (ISO 32000, annex C) and what is too
 * small or too large to be anything but damage. */
#define MAX_PAGE_SIDE    14400.0
#define MIN_SANE_SIDE    0.01
#define MAX_SANE_SIDE    1.0e7
#define A4_WIDTH         595.276
#define A4_HEIGHT        841.89
#define MAX_TITLE_CHARS  1000

struct _CrPdfWorker
{
  GMutex           mutex;
  GCond            cond;
  GQueue           queues[N_PRIORITIES];
  gboolean         stopping;
  gboolean         busy;      /* a request is running */
  gboolean         detached;  /* freed by the thread when it ends */
  GThread         *thread;

  /* Touched only on the worker thread. */
  PopplerDocument *document;
  double          *sizes;     /* as given to the owner at load */
};

/* Held around every Poppler call, on every worker. */
static GMutex poppler_lock;

void
cr_pdf_poppler_lock (void)
{
  g_mutex_lock (&poppler_lock);
}

void
cr_pdf_poppler_unlock (void)
{
  g_mutex_unlock (&poppler_lock);
}


/*
 * Requests
 */

CrPdfRequest *
cr_pdf_request_new (CrPdfRequestKind   kind,
                    CrPdfPriority      priority,
                    GTask             *task,
                    CrPdfCompleteFunc  complete)
{
  CrPdfRequest *request = g_new0 (CrPdfRequest, 1);

  request->kind = kind;
  request->priority = CLAMP (priority, CR_PDF_PRIORITY_VISIBLE, CR_PDF_PRIORITY_PRELOAD);
  request->task = g_object_ref (task);
  request->complete = complete;
  request->text_page = -1;
  return request;
}

void
cr_pdf_request_free (CrPdfRequest *request)
{
  if (request == NULL)
    return;

  g_clear_object (&request->task);
  g_clear_pointer (&request->bytes, g_bytes_unref);
  g_clear_object (&request->file);
  if (request->password != NULL)
    {
      memset (request->password, 0, strlen (request->password));
      g_free (request->password);
    }
  g_clear_error (&request->error);
  g_clear_pointer (&request->info, cr_pdf_load_info_free);
  g_clear_object (&request->texture);
  g_free (request->text);
  g_free (request->find_text);
  g_clear_pointer (&request->matches, g_array_unref);
  g_clear_pointer (&request->rects, g_array_unref);
  if (request->timeout_source != NULL)
    {
      g_source_destroy (request->timeout_source);
      g_source_unref (request->timeout_source);
    }
  g_free (request);
}

void
cr_pdf_load_info_free (CrPdfLoadInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->sizes);
  g_free (info->title);
  g_free (info);
}

static gboolean
complete_request_cb (gpointer data)
{
  CrPdfRequest *request = data;

  if (request->timeout_source != NULL)
    {
      g_source_destroy (request->timeout_source);
      g_clear_pointer (&request->timeout_source, g_source_unref);
    }

  /* A render answered by its time-out: its task is done already. */
  if (!request->timed_out)
    request->complete (request);
  cr_pdf_request_free (request);
  return G_SOURCE_REMOVE;
}

/* On the requester's context, while the worker is still in Poppler. */
static gboolean
render_timed_out_cb (gpointer data)
{
  CrPdfRequest *request = data;

  request->timed_out = TRUE;
  g_task_return_new_error (request->task, CR_PDF_ERROR, CR_PDF_ERROR_TIMEOUT,
                           "%s", _("This page took too long to draw."));
  return G_SOURCE_REMOVE;
}

/* Worker thread: arms the time-out of @request on its task's context.
 * The source is destroyed there, before the request is freed. */
static void
arm_timeout (CrPdfRequest *request)
{
  GSource *source;

  if (request->timeout_ms == 0)
    return;

  source = g_timeout_source_new (request->timeout_ms);
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, render_timed_out_cb, request, NULL);
  g_source_set_static_name (source, "[case-reviews] pdf render time-out");
  request->timeout_source = source;
  g_source_attach (source, g_task_get_context (request->task));
}

/* Hands @request to its complete function on its task's context; the
 * request, its task and whatever the task holds are freed there. */
static void
schedule_completion (CrPdfRequest *request)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, complete_request_cb, request, NULL);
  g_source_set_static_name (source, "[case-reviews] pdf request done");
  g_source_attach (source, g_task_get_context (request->task));
}


/*
 * Page sizes and textures
 */

static gboolean
is_sane_side (double side)
{
  return isfinite (side) && side >= MIN_SANE_SIDE && side <= MAX_SANE_SIDE;
}

void
cr_pdf_clamp_page_size (double *width,
                        double *height)
{
  double w = *width;
  double h = *height;

  if (!is_sane_side (w) || !is_sane_side (h))
    {
      w = A4_WIDTH;
      h = A4_HEIGHT;
    }
  else if (MAX (w, h) > MAX_PAGE_SIDE)
    {
      double factor = MAX_PAGE_SIDE / MAX (w, h);

      w *= factor;
      h *= factor;
    }

  *width = MAX (w, 1.0);
  *height = MAX (h, 1.0);
}


/*
 * Jobs (worker thread, poppler_lock held)
 */

static void
set_too_large_error (GError  **error,
                     goffset   size)
{
  g_autofree char *size_text = g_format_size ((guint64) size);
  g_autofree char *limit_text = g_format_size ((guint64) CR_PDF_MAX_FILE_BYTES);

  g_set_error (error, CR_PDF_ERROR, CR_PDF_ERROR_TOO_LARGE,
               /* Translators: two sizes, as in "600 MB" and "536.9 MB" */
               _("The file is too large to open (%s; the limit is %s)."),
               size_text, limit_text);
}

static GBytes *
read_input (CrPdfRequest  *request,
            GError       **error)
{
  GCancellable *cancellable = g_task_get_cancellable (request->task);

  if (request->file != NULL)
    {
      g_autoptr(GFileInfo) info = NULL;
      GBytes *bytes;

      /* Before reading: a huge file is refused without filling memory. */
      info = g_file_query_info (request->file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                G_FILE_QUERY_INFO_NONE, cancellable, error);
      if (info == NULL)
        return NULL;
      if (g_file_info_get_size (info) > CR_PDF_MAX_FILE_BYTES)
        {
          set_too_large_error (error, g_file_info_get_size (info));
          return NULL;
        }

      bytes = g_file_load_bytes (request->file, cancellable, NULL, error);
      /* It may have grown in between. */
      if (bytes != NULL && (goffset) g_bytes_get_size (bytes) > CR_PDF_MAX_FILE_BYTES)
        {
          set_too_large_error (error, (goffset) g_bytes_get_size (bytes));
          g_bytes_unref (bytes);
          return NULL;
        }
      return bytes;
    }

  if ((goffset) g_bytes_get_size (request->bytes) > CR_PDF_MAX_FILE_BYTES)
    {
      set_too_large_error (error, (goffset) g_bytes_get_size (request->bytes));
      return NULL;
    }

  /* A private copy: Poppler keeps the bytes for the document's life, and
   * the caller's buffer is not ours to pin. */
  return g_bytes_new (g_bytes_get_data (request->bytes, NULL),
                      g_bytes_get_size (request->bytes));
}

static char *
dup_clean_title (PopplerDocument *document)
{
  g_autofree char *title = poppler_document_get_title (document);
  g_autofree char *valid = NULL;

  if (title == NULL)
    return NULL;

  valid = g_utf8_make_valid (title, -1);
  g_strstrip (valid);
  if (valid[0] == '\0')
    return NULL;

  if (g_utf8_strlen (valid, -1) > MAX_TITLE_CHARS)
    *g_utf8_offset_to_pointer (valid, MAX_TITLE_CHARS) = '\0';

  return g_steal_pointer (&valid);
}

static void
run_load (CrPdfWorker  *self,
          CrPdfRequest *request)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;
  CrPdfLoadInfo *info;
  int n_pages;

  bytes = read_input (request, &request->error);
  if (bytes == NULL)
    return;

  if (g_bytes_get_size (bytes) == 0)
    {
      g_set_error_literal (&request->error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED,
                           _("The file could not be opened as a PDF: it is empty."));
      return;
    }

  /* Poppler 22.12's new_from_bytes crashes on a wrong password (its retry
   * with the UTF-8 password copies the stream into a NULL cast); its
   * stream variant retries safely, so a password goes that way. */
  if (request->password == NULL)
    {
      document = poppler_document_new_from_bytes (bytes, NULL, &error);
    }
  else
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

      document = poppler_document_new_from_stream (stream, (goffset) g_bytes_get_size (bytes),
                                                   request->password, NULL, &error);
    }

  if (document == NULL)
    {
      if (g_error_matches (error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        {
          if (request->password != NULL)
            g_set_error_literal (&request->error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED,
                                 _("The password is not correct for this PDF. Check it and try again."));
          else
            g_set_error_literal (&request->error, CR_PDF_ERROR, CR_PDF_ERROR_ENCRYPTED,
                                 _("This PDF is protected by a password. Enter the password to open it."));
        }
      else
        {
          g_debug ("Poppler refused the document: %s", error ? error->message : "?");
          g_set_error_literal (&request->error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED,
                               _("The file could not be opened as a PDF: it is damaged or not a PDF document."));
        }
      return;
    }

  n_pages = poppler_document_get_n_pages (document);
  if (n_pages <= 0)
    {
      g_object_unref (document);
      g_set_error_literal (&request->error, CR_PDF_ERROR, CR_PDF_ERROR_DAMAGED,
                           _("The file could not be opened as a PDF: it has no pages, so it is damaged or incomplete."));
      return;
    }

  info = g_new0 (CrPdfLoadInfo, 1);
  info->n_pages = (guint) n_pages;
  info->sizes = g_new (double, 2 * (gsize) n_pages);
  info->title = dup_clean_title (document);

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      double width = 0.0;
      double height = 0.0;

      if (page != NULL)
        {
          poppler_page_get_size (page, &width, &height);
          g_object_unref (page);
        }
      cr_pdf_clamp_page_size (&width, &height);
      info->sizes[2 * i] = width;
      info->sizes[2 * i + 1] = height;
    }

  g_clear_object (&self->document);
  self->document = document;
  g_free (self->sizes);
  self->sizes = g_memdup2 (info->sizes, 2 * (gsize) n_pages * sizeof (double));
  request->info = info;
}

/* Poppler 22.12 declares no autoptr for its pages. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static void
run_render (CrPdfWorker  *self,
            CrPdfRequest *request)
{
  g_autoptr(PopplerPage) page = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double real_width = 0.0;
  double real_height = 0.0;
  double sx, sy;

  page = poppler_document_get_page (self->document, (int) request->page);
  if (page == NULL)
    {
      g_set_error (&request->error, CR_PDF_ERROR, CR_PDF_ERROR_FAILED,
                   _("Page %u could not be read: the PDF is damaged."), request->page + 1);
      return;
    }

  /* Scale to what Poppler draws in; when its size was replaced at load
   * (damaged), draw at the size the caller was told. */
  poppler_page_get_size (page, &real_width, &real_height);
  if (!is_sane_side (real_width) || !is_sane_side (real_height))
    {
      real_width = request->page_width;
      real_height = request->page_height;
    }
  sx = request->width / real_width;
  sy = request->height / real_height;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, request->width, request->height);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_set_error (&request->error, CR_PDF_ERROR, CR_PDF_ERROR_FAILED,
                   _("Page %u could not be shown: there is not enough memory for it at this zoom."),
                   request->page + 1);
      return;
    }

  cr = cairo_create (surface);
  cairo_scale (cr, sx, sy);
  poppler_page_render (page, cr);
  /* Paper under the page, as evince does. */
  cairo_set_operator (cr, CAIRO_OPERATOR_DEST_OVER);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_paint (cr);

  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    {
      g_debug ("Rendering page %u failed: %s", request->page, cairo_status_to_string (cairo_status (cr)));
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      g_set_error (&request->error, CR_PDF_ERROR, CR_PDF_ERROR_FAILED,
                   _("Page %u could not be shown: the PDF is damaged."), request->page + 1);
      return;
    }

  cairo_destroy (cr);
  cairo_surface_flush (surface);
  request->texture = cr_pdf_texture_new_for_surface (surface);
  cairo_surface_destroy (surface);
}

static char *
dup_page_text (PopplerDocument *document,
               int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  g_autofree char *text = NULL;

  if (page == NULL)
    return g_strdup ("");

  text = poppler_page_get_text (page);
  return g_utf8_make_valid (text != NULL ? text : "", -1);
}

static void
run_text (CrPdfWorker  *self,
          CrPdfRequest *request)
{
  GCancellable *cancellable = g_task_get_cancellable (request->task);
  g_autoptr(GString) all = NULL;
  int n_pages;

  if (request->text_page >= 0)
    {
      request->text = dup_page_text (self->document, request->text_page);
      return;
    }

  n_pages = poppler_document_get_n_pages (self->document);
  all = g_string_new (NULL);
  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *text = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, &request->error))
        return;

      text = dup_page_text (self->document, i);
      if (i > 0)
        g_string_append_c (all, '\f');
      g_string_append (all, text);
    }

  request->text = g_string_free (g_steal_pointer (&all), FALSE);
}

/* The factors from Poppler's points for page @index to the points the
 * owner was given at load (they differ for pages clamped at load). */
static void
get_page_factors (CrPdfWorker *self,
                  PopplerPage *page,
                  int          index,
                  double      *real_height,
                  double      *fx,
                  double      *fy)
{
  double width = 0.0;
  double height = 0.0;

  poppler_page_get_size (page, &width, &height);
  if (!is_sane_side (width) || !is_sane_side (height))
    {
      *real_height = self->sizes[2 * index + 1];
      *fx = *fy = 1.0;
      return;
    }

  *real_height = height;
  *fx = self->sizes[2 * index] / width;
  *fy = self->sizes[2 * index + 1] / height;
}

static void
run_find (CrPdfWorker  *self,
          CrPdfRequest *request)
{
  GCancellable *cancellable = g_task_get_cancellable (request->task);
  int n_pages = poppler_document_get_n_pages (self->document);

  request->matches = g_array_new (FALSE, FALSE, sizeof (CrPdfMatch));

  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = NULL;
      GList *found;
      double height, fx, fy;

      if (g_cancellable_set_error_if_cancelled (cancellable, &request->error))
        return;

      page = poppler_document_get_page (self->document, i);
      if (page == NULL)
        continue;

      get_page_factors (self, page, i, &height, &fx, &fy);
      found = poppler_page_find_text_with_options (page, request->find_text, POPPLER_FIND_DEFAULT);
      for (GList *l = found; l != NULL; l = l->next)
        {
          PopplerRectangle *r = l->data;
          CrPdfMatch match = { .page = (guint) i };

          /* Poppler's hits have their origin at the bottom left. */
          graphene_rect_init (&match.rect,
                              MIN (r->x1, r->x2) * fx,
                              (height - MAX (r->y1, r->y2)) * fy,
                              fabs (r->x2 - r->x1) * fx,
                              fabs (r->y2 - r->y1) * fy);
          g_array_append_val (request->matches, match);
        }
      g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
    }
}

/* Region rectangles come as whole pixels: ask at this scale, then divide. */
#define SELECTION_REGION_SCALE 8.0

static void
run_selection (CrPdfWorker  *self,
               CrPdfRequest *request)
{
  g_autoptr(PopplerPage) page = NULL;
  PopplerRectangle area;
  cairo_region_t *region;
  double height, fx, fy;

  page = poppler_document_get_page (self->document, (int) request->page);
  if (page == NULL)
    {
      g_set_error (&request->error, CR_PDF_ERROR, CR_PDF_ERROR_FAILED,
                   _("Page %u could not be read: the PDF is damaged."), request->page + 1);
      return;
    }

  /* The area comes in the owner's points, top-left origin, as Poppler's
   * selection wants it (but in Poppler's own points). */
  get_page_factors (self, page, (int) request->page, &height, &fx, &fy);
  area.x1 = request->area.origin.x / fx;
  area.y1 = request->area.origin.y / fy;
  area.x2 = (request->area.origin.x + request->area.size.width) / fx;
  area.y2 = (request->area.origin.y + request->area.size.height) / fy;

  if (request->with_text)
    {
      g_autofree char *text = poppler_page_get_selected_text (page, POPPLER_SELECTION_GLYPH, &area);

      request->text = g_utf8_make_valid (text != NULL ? text : "", -1);
    }

  request->rects = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  region = poppler_page_get_selected_region (page, SELECTION_REGION_SCALE, POPPLER_SELECTION_GLYPH, &area);
  if (region == NULL)
    return;

  for (int i = 0; i < cairo_region_num_rectangles (region); i++)
    {
      cairo_rectangle_int_t r;
      graphene_rect_t rect;

      cairo_region_get_rectangle (region, i, &r);
      graphene_rect_init (&rect,
                          r.x / SELECTION_REGION_SCALE * fx,
                          r.y / SELECTION_REGION_SCALE * fy,
                          r.width / SELECTION_REGION_SCALE * fx,
                          r.height / SELECTION_REGION_SCALE * fy);
      g_array_append_val (request->rects, rect);
    }
  cairo_region_destroy (region);
}

static void
run_request (CrPdfWorker  *self,
             CrPdfRequest *request)
{
  if (g_cancellable_set_error_if_cancelled (g_task_get_cancellable (request->task), &request->error))
    return;

  if (request->kind != CR_PDF_REQUEST_LOAD && self->document == NULL)
    {
      g_set_error_literal (&request->error, CR_PDF_ERROR, CR_PDF_ERROR_FAILED,
                           _("The PDF is not open."));
      return;
    }

  g_mutex_lock (&poppler_lock);
  switch (request->kind)
    {
    case CR_PDF_REQUEST_LOAD:
      run_load (self, request);
      break;
    case CR_PDF_REQUEST_RENDER:
      arm_timeout (request);
      run_render (self, request);
      break;
    case CR_PDF_REQUEST_TEXT:
      run_text (self, request);
      break;
    case CR_PDF_REQUEST_FIND:
      run_find (self, request);
      break;
    case CR_PDF_REQUEST_SELECTION:
      run_selection (self, request);
      break;
    default:
      g_assert_not_reached ();
    }
  g_mutex_unlock (&poppler_lock);
}


/*
 * Thread and queue
 */

static CrPdfRequest *
pop_next_locked (CrPdfWorker *self)
{
  for (guint i = 0; i < N_PRIORITIES; i++)
    {
      CrPdfRequest *request = g_queue_pop_head (&self->queues[i]);

      if (request != NULL)
        return request;
    }

  return NULL;
}

/* Rendering gives way to the main loop and the display server on a busy
 * machine (two cores: a page render would otherwise take the core the
 * main loop needs for the next frame). On Linux, nice applies to the
 * calling thread alone. */
static void
lower_thread_priority (void)
{
#ifdef __linux__
  if (setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 10) != 0)
    g_debug ("The PDF worker keeps its priority: %s", g_strerror (errno));
#endif
}

static gpointer
worker_thread (gpointer data)
{
  CrPdfWorker *self = data;

  lower_thread_priority ();

  for (;;)
    {
      CrPdfRequest *request = NULL;

      g_mutex_lock (&self->mutex);
      self->busy = FALSE;
      while (!self->stopping && (request = pop_next_locked (self)) == NULL)
        g_cond_wait (&self->cond, &self->mutex);
      if (self->stopping)
        {
          g_mutex_unlock (&self->mutex);
          break;
        }
      self->busy = TRUE;
      g_mutex_unlock (&self->mutex);

      run_request (self, request);
      /* No longer busy before the owner can hear of the result: an owner
       * that then lets go (the CLI, about to exit) joins this thread
       * rather than leaving it to tear Poppler down during exit(). */
      g_mutex_lock (&self->mutex);
      self->busy = FALSE;
      g_mutex_unlock (&self->mutex);
      schedule_completion (request);
    }

  if (self->document != NULL)
    {
      g_mutex_lock (&poppler_lock);
      g_clear_object (&self->document);
      g_mutex_unlock (&poppler_lock);
    }
  g_clear_pointer (&self->sizes, g_free);

  /* The owner let go while a request ran (perhaps a page Poppler takes
   * ages over): nobody waits for this thread, so it frees the worker. */
  g_mutex_lock (&self->mutex);
  if (self->detached)
    {
      g_mutex_unlock (&self->mutex);
      g_cond_clear (&self->cond);
      g_mutex_clear (&self->mutex);
      g_free (self);
      return NULL;
    }
  g_mutex_unlock (&self->mutex);

  return NULL;
}

CrPdfWorker *
cr_pdf_worker_new (void)
{
  CrPdfWorker *self = g_new0 (CrPdfWorker, 1);

  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  for (guint i = 0; i < N_PRIORITIES; i++)
    g_queue_init (&self->queues[i]);
  self->thread = g_thread_new ("CrPdfWorker", worker_thread, self);

  return self;
}

gboolean
cr_pdf_worker_push (CrPdfWorker  *self,
                    CrPdfRequest *request)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  g_mutex_lock (&self->mutex);
  if (self->stopping)
    {
      g_mutex_unlock (&self->mutex);
      return FALSE;
    }
  g_queue_push_tail (&self->queues[request->priority], request);
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);

  return TRUE;
}

void
cr_pdf_worker_free (CrPdfWorker *self)
{
  GQueue pending = G_QUEUE_INIT;
  CrPdfRequest *request;
  gboolean busy;

  if (self == NULL)
    return;

  g_mutex_lock (&self->mutex);
  self->stopping = TRUE;
  while ((request = pop_next_locked (self)) != NULL)
    g_queue_push_tail (&pending, request);
  busy = self->busy;
  self->detached = busy;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);

  while ((request = g_queue_pop_head (&pending)) != NULL)
    {
      g_set_error_literal (&request->error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("The PDF was closed."));
      schedule_completion (request);
    }

  /* Never waits for Poppler: a running request finishes on its own, and
   * the thread then frees the worker. */
  if (busy)
    {
      g_thread_unref (self->thread);
      return;
    }

  g_thread_join (self->thread);

  g_cond_clear (&self->cond);
  g_mutex_clear (&self->mutex);
  g_free (self);
}
