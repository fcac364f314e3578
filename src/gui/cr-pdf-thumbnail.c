/* cr-pdf-thumbnail.c: one page's thumbnail in a CrPdfThumbnails list */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdfThumbnail"

#include "config.h"

#include "cr-pdf-thumbnail.h"

#include <math.h>

struct _CrPdfThumbnail
{
  GObject        parent_instance;

  CrPdfDocument *document;
  GdkTexture    *texture;
  GCancellable  *pending;
  char          *label;
  guint          page;
  int            texture_width;
};

G_DEFINE_FINAL_TYPE (CrPdfThumbnail, cr_pdf_thumbnail, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PAGE,
  PROP_LABEL,
  PROP_TEXTURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/*
 * Rendering
 */

static void
on_rendered_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrPdfThumbnail) self = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;

  texture = cr_pdf_document_render_finish (CR_PDF_DOCUMENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->pending);
  if (texture == NULL)
    {
      /* The big view says why; a thumbnail stays blank paper. */
      g_debug ("No thumbnail for page %u: %s", self->page + 1, error->message);
      return;
    }

  g_set_object (&self->texture, texture);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXTURE]);
}


/*
 * GObject overrides
 */

static void
cr_pdf_thumbnail_dispose (GObject *object)
{
  CrPdfThumbnail *self = CR_PDF_THUMBNAIL (object);

  cr_pdf_thumbnail_cancel (self);
  g_clear_object (&self->texture);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (cr_pdf_thumbnail_parent_class)->dispose (object);
}

static void
cr_pdf_thumbnail_finalize (GObject *object)
{
  CrPdfThumbnail *self = CR_PDF_THUMBNAIL (object);

  g_free (self->label);

  G_OBJECT_CLASS (cr_pdf_thumbnail_parent_class)->finalize (object);
}

static void
cr_pdf_thumbnail_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CrPdfThumbnail *self = CR_PDF_THUMBNAIL (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_TEXTURE:
      g_value_set_object (value, self->texture);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cr_pdf_thumbnail_class_init (CrPdfThumbnailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cr_pdf_thumbnail_dispose;
  object_class->finalize = cr_pdf_thumbnail_finalize;
  object_class->get_property = cr_pdf_thumbnail_get_property;

  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXTURE] =
    g_param_spec_object ("texture", NULL, NULL, GDK_TYPE_TEXTURE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cr_pdf_thumbnail_init (CrPdfThumbnail *self)
{
}


/*
 * Public API
 */

CrPdfThumbnail *
cr_pdf_thumbnail_new (CrPdfDocument *document,
                      guint          page)
{
  CrPdfThumbnail *self;

  g_return_val_if_fail (CR_IS_PDF_DOCUMENT (document), NULL);

  self = g_object_new (CR_TYPE_PDF_THUMBNAIL, NULL);
  self->document = g_object_ref (document);
  self->page = page;
  self->label = g_strdup_printf ("%u", page + 1);
  return self;
}

guint
cr_pdf_thumbnail_get_page (CrPdfThumbnail *self)
{
  g_return_val_if_fail (CR_IS_PDF_THUMBNAIL (self), 0);

  return self->page;
}

const char *
cr_pdf_thumbnail_get_label (CrPdfThumbnail *self)
{
  g_return_val_if_fail (CR_IS_PDF_THUMBNAIL (self), NULL);

  return self->label;
}

GdkTexture *
cr_pdf_thumbnail_get_texture (CrPdfThumbnail *self)
{
  g_return_val_if_fail (CR_IS_PDF_THUMBNAIL (self), NULL);

  return self->texture;
}

int
cr_pdf_thumbnail_get_height_for_width (CrPdfThumbnail *self,
                                       int             width)
{
  double page_width, page_height;

  g_return_val_if_fail (CR_IS_PDF_THUMBNAIL (self), width);

  cr_pdf_document_get_page_size (self->document, self->page, &page_width, &page_height);
  return CLAMP ((int) round (width * page_height / page_width), width / 4, width * 4);
}

void
cr_pdf_thumbnail_ensure (CrPdfThumbnail *self,
                         int             pixel_width)
{
  double page_width;

  g_return_if_fail (CR_IS_PDF_THUMBNAIL (self));
  g_return_if_fail (pixel_width > 0);

  if (self->pending != NULL || (self->texture != NULL && self->texture_width == pixel_width))
    return;

  cr_pdf_document_get_page_size (self->document, self->page, &page_width, NULL);
  self->texture_width = pixel_width;
  self->pending = g_cancellable_new ();
  cr_pdf_document_render_async (self->document, self->page, pixel_width / page_width,
                                CR_PDF_PRIORITY_THUMBNAIL, self->pending,
                                on_rendered_cb, g_object_ref (self));
}

void
cr_pdf_thumbnail_cancel (CrPdfThumbnail *self)
{
  g_return_if_fail (CR_IS_PDF_THUMBNAIL (self));

  if (self->pending == NULL)
    return;

  g_cancellable_cancel (self->pending);
  g_clear_object (&self->pending);
}

void
cr_pdf_thumbnail_drop (CrPdfThumbnail *self)
{
  g_return_if_fail (CR_IS_PDF_THUMBNAIL (self));

  if (self->texture == NULL)
    return;

  g_clear_object (&self->texture);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXTURE]);
}

gboolean
cr_pdf_thumbnail_is_pending (CrPdfThumbnail *self)
{
  g_return_val_if_fail (CR_IS_PDF_THUMBNAIL (self), FALSE);

  return self->pending != NULL;
}
