/* cr-pdf-snapshot.h: drawing rendered pages cheaply on every renderer */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Appends @texture stretched over @bounds, as gtk_snapshot_append_texture()
 * does. When @widget is drawn by GTK 4.8's cairo renderer (no GL: a
 * virtual machine, Xvfb) and the texture came from the PDF worker
 * (cr_pdf_texture_new_for_surface()), it appends a cairo node painting
 * the texture's own surface instead: that renderer would otherwise
 * convert the whole texture pixel by pixel on every frame, whatever part
 * of the window changed, and a few pages of a PDF cost 40–60 ms a frame.
 * The GL renderers upload a texture once and keep it, so they get the
 * texture node.
 */
void cr_pdf_snapshot_append_texture (GtkSnapshot           *snapshot,
                                     GtkWidget             *widget,
                                     GdkTexture            *texture,
                                     const graphene_rect_t *bounds);

G_END_DECLS
