/* cr-pdf-texture.h: page textures that keep their cairo surface */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gdk/gdk.h>

G_BEGIN_DECLS

/*
 * A rendered page is a cairo ARGB32 image surface. It becomes a
 * GdkMemoryTexture over the same pixels (no copy, made on the worker
 * thread), and the texture keeps the surface so that a widget can paint
 * the pixels straight with cairo: GTK 4.8's cairo renderer otherwise
 * converts every texture of a frame pixel by pixel through floats on
 * each frame it draws (about 10 ms for an A4 page at 100 %), even where
 * nothing changed. See cr_pdf_snapshot_append_texture().
 */

/* The surface must be a finished ARGB32 image surface nobody draws on
 * any more; the texture holds a reference to it. */
GdkTexture      *cr_pdf_texture_new_for_surface (cairo_surface_t *surface);
/* The surface of a texture made by cr_pdf_texture_new_for_surface(),
 * or NULL for any other texture. */
cairo_surface_t *cr_pdf_texture_get_surface     (GdkTexture      *texture);

G_END_DECLS
