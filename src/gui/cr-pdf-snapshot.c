/* cr-pdf-snapshot.c: drawing rendered pages cheaply on every renderer */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdfSnapshot"

#include "config.h"

#include "cr-pdf-snapshot.h"

#include "cr-pdf-texture.h"

static gboolean
drawn_by_cairo (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  return renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer);
}

void
cr_pdf_snapshot_append_texture (GtkSnapshot           *snapshot,
                                GtkWidget             *widget,
                                GdkTexture            *texture,
                                const graphene_rect_t *bounds)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;

  g_return_if_fail (GTK_IS_SNAPSHOT (snapshot));
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (GDK_IS_TEXTURE (texture));
  g_return_if_fail (bounds != NULL);

  surface = cr_pdf_texture_get_surface (texture);
  if (surface == NULL || !drawn_by_cairo (widget))
    {
      gtk_snapshot_append_texture (snapshot, texture, bounds);
      return;
    }

  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  if (width <= 0 || height <= 0 || bounds->size.width <= 0 || bounds->size.height <= 0)
    return;

  /* What the cairo renderer does for a texture node, minus the copy. */
  cr = gtk_snapshot_append_cairo (snapshot, bounds);
  cairo_translate (cr, bounds->origin.x, bounds->origin.y);
  cairo_scale (cr, bounds->size.width / width, bounds->size.height / height);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_destroy (cr);
}
