/* cr-pdf-texture.c: page textures that keep their cairo surface */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdf"

#include "config.h"

#include "cr-pdf-texture.h"

static GQuark cr_pdf_texture_surface_quark (void);
G_DEFINE_QUARK (cr-pdf-texture-surface, cr_pdf_texture_surface)

/* After gdk_texture_new_for_surface (GTK, copied by evince): wraps the
 * surface's pixels without copying them. */
GdkTexture *
cr_pdf_texture_new_for_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  g_return_val_if_fail (surface != NULL, NULL);
  g_return_val_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE, NULL);
  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32, NULL);

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_height (surface)
                                      * cairo_image_surface_get_stride (surface),
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                    cairo_image_surface_get_height (surface),
                                    GDK_MEMORY_DEFAULT,
                                    bytes,
                                    cairo_image_surface_get_stride (surface));
  g_object_set_qdata_full (G_OBJECT (texture), cr_pdf_texture_surface_quark (),
                           cairo_surface_reference (surface),
                           (GDestroyNotify) cairo_surface_destroy);
  return texture;
}

cairo_surface_t *
cr_pdf_texture_get_surface (GdkTexture *texture)
{
  g_return_val_if_fail (GDK_IS_TEXTURE (texture), NULL);

  return g_object_get_qdata (G_OBJECT (texture), cr_pdf_texture_surface_quark ());
}
