/* cr-pdf-page-cache.c: rendered pages of a document around the visible range */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdf"

#include "config.h"

#include "cr-pdf-page-cache.h"

#include <math.h>

/* The preload window: one page before the visible range, the rest after
 * (reading goes down). */
#define PRELOAD_BEFORE 1
#define PRELOAD_AFTER  (CR_PDF_PAGE_CACHE_MAX_PRELOAD - PRELOAD_BEFORE)

typedef struct
{
  GdkTexture    *texture;
  double         texture_scale;
  gsize          texture_bytes;

  GError        *error;
  double         error_scale;

  GCancellable  *pending;
  double         pending_scale;
  CrPdfPriority  pending_priority;
} Entry;

struct _CrPdfPageCache
{
  GObject        parent_instance;

  CrPdfDocument *document;
  Entry         *entries;
  guint          n_entries;

  double         scale;
  guint          first;
  guint          last;
  gboolean       have_range;

  gsize          max_bytes;
  gsize          size;
};

typedef struct
{
  CrPdfPageCache *self;
  GCancellable   *cancellable;
  guint           page;
  double          scale;
} RenderData;

G_DEFINE_FINAL_TYPE (CrPdfPageCache, cr_pdf_page_cache, G_TYPE_OBJECT)

enum {
  PAGE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


/*
 * Helpers
 */

static gboolean
same_scale (double a,
            double b)
{
  return fabs (a - b) <= 1e-6 * MAX (fabs (a), fabs (b));
}

static void
render_data_free (RenderData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->cancellable);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RenderData, render_data_free)

static void
emit_page_changed (CrPdfPageCache *self,
                   guint           page)
{
  g_signal_emit (self, signals[PAGE_CHANGED], 0, page);
}

static void
cancel_pending (Entry *entry)
{
  if (entry->pending == NULL)
    return;

  g_cancellable_cancel (entry->pending);
  g_clear_object (&entry->pending);
}

static void
drop_texture (CrPdfPageCache *self,
              Entry          *entry)
{
  if (entry->texture == NULL)
    return;

  self->size -= entry->texture_bytes;
  entry->texture_bytes = 0;
  g_clear_object (&entry->texture);
}

static void
clear_entries (CrPdfPageCache *self)
{
  for (guint i = 0; i < self->n_entries; i++)
    {
      cancel_pending (&self->entries[i]);
      drop_texture (self, &self->entries[i]);
      g_clear_error (&self->entries[i].error);
    }

  g_clear_pointer (&self->entries, g_free);
  self->n_entries = 0;
  self->size = 0;
  self->have_range = FALSE;
}

static gboolean
is_visible (CrPdfPageCache *self,
            guint           page)
{
  return self->have_range && page >= self->first && page <= self->last;
}

static guint
distance_to_range (CrPdfPageCache *self,
                   guint           page)
{
  if (page < self->first)
    return self->first - page;
  if (page > self->last)
    return page - self->last;
  return 0;
}

/* Drops the textures of the pages farthest from the visible range until
 * the cache fits its budget; visible pages stay. */
static void
evict_over_budget (CrPdfPageCache *self)
{
  while (self->size > self->max_bytes)
    {
      guint victim = G_MAXUINT;
      guint victim_distance = 0;

      for (guint i = 0; i < self->n_entries; i++)
        {
          guint distance;

          if (self->entries[i].texture == NULL || is_visible (self, i))
            continue;

          distance = self->have_range ? distance_to_range (self, i) : G_MAXUINT;
          if (victim == G_MAXUINT || distance > victim_distance)
            {
              victim = i;
              victim_distance = distance;
            }
        }

      if (victim == G_MAXUINT)
        break;

      drop_texture (self, &self->entries[victim]);
      emit_page_changed (self, victim);
    }
}

static void
on_render_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(RenderData) data = user_data;
  CrPdfPageCache *self = data->self;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  Entry *entry;

  texture = cr_pdf_document_render_finish (CR_PDF_DOCUMENT (source), result, &error);

  /* Dropped, replaced by a newer request, or for an older document. */
  if (CR_PDF_DOCUMENT (source) != self->document ||
      data->page >= self->n_entries ||
      self->entries[data->page].pending != data->cancellable)
    return;

  entry = &self->entries[data->page];
  g_clear_object (&entry->pending);

  if (texture != NULL)
    {
      drop_texture (self, entry);
      entry->texture_bytes = (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture) * 4;
      entry->texture = g_steal_pointer (&texture);
      entry->texture_scale = data->scale;
      self->size += entry->texture_bytes;
      g_clear_error (&entry->error);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Page %u: %s", data->page, error->message);
      g_clear_error (&entry->error);
      entry->error = g_steal_pointer (&error);
      entry->error_scale = data->scale;
    }

  emit_page_changed (self, data->page);
  evict_over_budget (self);
}

static void
request_page (CrPdfPageCache *self,
              guint           page,
              CrPdfPriority   priority)
{
  Entry *entry = &self->entries[page];
  RenderData *data;

  cancel_pending (entry);
  entry->pending = g_cancellable_new ();
  entry->pending_scale = self->scale;
  entry->pending_priority = priority;

  data = g_new0 (RenderData, 1);
  data->self = g_object_ref (self);
  data->cancellable = g_object_ref (entry->pending);
  data->page = page;
  data->scale = self->scale;

  cr_pdf_document_render_async (self->document, page, self->scale, priority,
                                entry->pending, on_render_done_cb, data);
}

/* Brings the requests in line with the range and scale (evince's
 * set_page_range): cull what left the preload window, drop renders at
 * the wrong scale, ask for what is missing. */
static void
update_requests (CrPdfPageCache *self)
{
  guint lo, hi;

  if (self->document == NULL || !self->have_range || self->scale <= 0.0 || self->n_entries == 0)
    return;

  lo = self->first > PRELOAD_BEFORE ? self->first - PRELOAD_BEFORE : 0;
  hi = MIN (self->last + PRELOAD_AFTER, self->n_entries - 1);

  for (guint i = 0; i < self->n_entries; i++)
    {
      Entry *entry = &self->entries[i];
      gboolean was_pending = entry->pending != NULL;
      CrPdfPriority priority;

      if (i < lo || i > hi)
        {
          cancel_pending (entry);
          if (entry->texture != NULL && !same_scale (entry->texture_scale, self->scale))
            drop_texture (self, entry);
          if (was_pending)
            emit_page_changed (self, i);
          continue;
        }

      priority = is_visible (self, i) ? CR_PDF_PRIORITY_VISIBLE : CR_PDF_PRIORITY_PRELOAD;

      if (entry->texture != NULL && same_scale (entry->texture_scale, self->scale))
        continue;
      if (entry->error != NULL && same_scale (entry->error_scale, self->scale))
        continue;
      /* Already asked for at this scale, at least this urgently. */
      if (entry->pending != NULL && same_scale (entry->pending_scale, self->scale) &&
          entry->pending_priority <= priority)
        continue;

      request_page (self, i, priority);
      emit_page_changed (self, i);
    }

  evict_over_budget (self);
}


/*
 * GObject overrides
 */

static void
cr_pdf_page_cache_dispose (GObject *object)
{
  CrPdfPageCache *self = CR_PDF_PAGE_CACHE (object);

  clear_entries (self);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (cr_pdf_page_cache_parent_class)->dispose (object);
}

static void
cr_pdf_page_cache_class_init (CrPdfPageCacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_pdf_page_cache_dispose;

  /**
   * CrPdfPageCache::page-changed:
   * @page: the page (0-based)
   *
   * The texture, error or rendering state of @page changed.
   */
  signals[PAGE_CHANGED] =
    g_signal_new ("page-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
cr_pdf_page_cache_init (CrPdfPageCache *self)
{
  self->scale = 1.0;
  self->max_bytes = CR_PDF_PAGE_CACHE_DEFAULT_BUDGET;
}


/*
 * Public API
 */

CrPdfPageCache *
cr_pdf_page_cache_new (gsize max_bytes)
{
  CrPdfPageCache *self = g_object_new (CR_TYPE_PDF_PAGE_CACHE, NULL);

  if (max_bytes > 0)
    self->max_bytes = max_bytes;
  return self;
}

void
cr_pdf_page_cache_set_document (CrPdfPageCache *self,
                                CrPdfDocument  *document)
{
  g_return_if_fail (CR_IS_PDF_PAGE_CACHE (self));
  g_return_if_fail (document == NULL || CR_IS_PDF_DOCUMENT (document));

  if (self->document == document)
    return;

  clear_entries (self);
  g_set_object (&self->document, document);

  if (document != NULL)
    {
      self->n_entries = cr_pdf_document_get_n_pages (document);
      self->entries = g_new0 (Entry, self->n_entries);
    }
}

CrPdfDocument *
cr_pdf_page_cache_get_document (CrPdfPageCache *self)
{
  g_return_val_if_fail (CR_IS_PDF_PAGE_CACHE (self), NULL);

  return self->document;
}

void
cr_pdf_page_cache_set_scale (CrPdfPageCache *self,
                             double          scale)
{
  g_return_if_fail (CR_IS_PDF_PAGE_CACHE (self));
  g_return_if_fail (isfinite (scale) && scale > 0.0);

  if (same_scale (self->scale, scale))
    return;

  self->scale = scale;
  update_requests (self);
}

double
cr_pdf_page_cache_get_scale (CrPdfPageCache *self)
{
  g_return_val_if_fail (CR_IS_PDF_PAGE_CACHE (self), 1.0);

  return self->scale;
}

void
cr_pdf_page_cache_set_page_range (CrPdfPageCache *self,
                                  guint           first,
                                  guint           last)
{
  g_return_if_fail (CR_IS_PDF_PAGE_CACHE (self));
  g_return_if_fail (first <= last);

  if (self->n_entries == 0)
    return;

  last = MIN (last, self->n_entries - 1);
  first = MIN (first, last);

  if (self->have_range && self->first == first && self->last == last)
    return;

  self->first = first;
  self->last = last;
  self->have_range = TRUE;
  update_requests (self);
}

GdkTexture *
cr_pdf_page_cache_get_texture (CrPdfPageCache *self,
                               guint           page,
                               double         *texture_scale)
{
  g_return_val_if_fail (CR_IS_PDF_PAGE_CACHE (self), NULL);

  if (page >= self->n_entries || self->entries[page].texture == NULL)
    return NULL;

  if (texture_scale != NULL)
    *texture_scale = self->entries[page].texture_scale;
  return self->entries[page].texture;
}

gboolean
cr_pdf_page_cache_is_rendering (CrPdfPageCache *self,
                                guint           page)
{
  g_return_val_if_fail (CR_IS_PDF_PAGE_CACHE (self), FALSE);

  return page < self->n_entries && self->entries[page].pending != NULL;
}

const GError *
cr_pdf_page_cache_get_error (CrPdfPageCache *self,
                             guint           page)
{
  g_return_val_if_fail (CR_IS_PDF_PAGE_CACHE (self), NULL);

  if (page >= self->n_entries || self->entries[page].error == NULL ||
      !same_scale (self->entries[page].error_scale, self->scale))
    return NULL;

  return self->entries[page].error;
}

gsize
cr_pdf_page_cache_get_size (CrPdfPageCache *self)
{
  g_return_val_if_fail (CR_IS_PDF_PAGE_CACHE (self), 0);

  return self->size;
}

guint
cr_pdf_page_cache_get_n_pending (CrPdfPageCache *self)
{
  guint n = 0;

  g_return_val_if_fail (CR_IS_PDF_PAGE_CACHE (self), 0);

  for (guint i = 0; i < self->n_entries; i++)
    if (self->entries[i].pending != NULL)
      n++;

  return n;
}
