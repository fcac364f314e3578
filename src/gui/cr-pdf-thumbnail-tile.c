/* cr-pdf-thumbnail-tile.c: the row of one page in a CrPdfThumbnails list */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdfThumbnails"

#include "config.h"

#include "cr-pdf-thumbnail-tile.h"

#include "cr-pdf-snapshot.h"

#include <glib/gi18n.h>

#define LABEL_SPACING 4

struct _CrPdfThumbnailTile
{
  GtkWidget       parent_instance;

  GtkWidget      *label;
  CrPdfThumbnail *thumbnail;
  int             width;
  int             picture_height;
};

G_DEFINE_FINAL_TYPE (CrPdfThumbnailTile, cr_pdf_thumbnail_tile, GTK_TYPE_WIDGET)


/*
 * GtkWidget overrides
 */

static void
cr_pdf_thumbnail_tile_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  CrPdfThumbnailTile *self = CR_PDF_THUMBNAIL_TILE (widget);
  int label_minimum, label_natural;

  gtk_widget_measure (self->label, orientation, -1, &label_minimum, &label_natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (self->width, label_minimum);
      *natural = MAX (self->width, label_natural);
    }
  else
    {
      *minimum = self->picture_height + LABEL_SPACING + label_minimum;
      *natural = self->picture_height + LABEL_SPACING + label_natural;
    }
}

static void
cr_pdf_thumbnail_tile_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  CrPdfThumbnailTile *self = CR_PDF_THUMBNAIL_TILE (widget);
  int label_y = self->picture_height + LABEL_SPACING;

  gtk_widget_allocate (self->label, width, MAX (height - label_y, 0), -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, label_y)));
}

static void
cr_pdf_thumbnail_tile_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  CrPdfThumbnailTile *self = CR_PDF_THUMBNAIL_TILE (widget);
  const GdkRGBA paper = { 1.0, 1.0, 1.0, 1.0 };
  GdkTexture *texture = NULL;
  graphene_rect_t bounds;
  GskRoundedRect outline;
  GdkRGBA edge;

  if (self->thumbnail != NULL && self->picture_height > 0)
    {
      /* An edge that shows on a light and on a dark sidebar: the text
       * colour, faint. */
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &edge);
      G_GNUC_END_IGNORE_DEPRECATIONS
      edge.alpha *= 0.2f;

      graphene_rect_init (&bounds, (gtk_widget_get_width (widget) - self->width) / 2,
                          0, self->width, self->picture_height);
      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (bounds.origin.x - 1, bounds.origin.y - 1,
                                                                      bounds.size.width + 2, bounds.size.height + 2), 0);
      gtk_snapshot_append_border (snapshot, &outline,
                                  (const float[4]) { 1, 1, 1, 1 },
                                  (const GdkRGBA[4]) { edge, edge, edge, edge });
      gtk_snapshot_append_color (snapshot, &paper, &bounds);

      texture = cr_pdf_thumbnail_get_texture (self->thumbnail);
      if (texture != NULL)
        cr_pdf_snapshot_append_texture (snapshot, widget, texture, &bounds);
    }

  gtk_widget_snapshot_child (widget, self->label, snapshot);
}


/*
 * GObject overrides
 */

static void
cr_pdf_thumbnail_tile_dispose (GObject *object)
{
  CrPdfThumbnailTile *self = CR_PDF_THUMBNAIL_TILE (object);

  cr_pdf_thumbnail_tile_set_thumbnail (self, NULL);
  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (cr_pdf_thumbnail_tile_parent_class)->dispose (object);
}

static void
cr_pdf_thumbnail_tile_class_init (CrPdfThumbnailTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_pdf_thumbnail_tile_dispose;

  widget_class->measure = cr_pdf_thumbnail_tile_measure;
  widget_class->size_allocate = cr_pdf_thumbnail_tile_size_allocate;
  widget_class->snapshot = cr_pdf_thumbnail_tile_snapshot;

  gtk_widget_class_set_css_name (widget_class, "crpdfthumbnail");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cr_pdf_thumbnail_tile_init (CrPdfThumbnailTile *self)
{
  self->label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->label, "caption");
  gtk_widget_add_css_class (self->label, "numeric");
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);
}


/*
 * Public API
 */

GtkWidget *
cr_pdf_thumbnail_tile_new (int width)
{
  CrPdfThumbnailTile *self;

  g_return_val_if_fail (width > 0, NULL);

  self = g_object_new (CR_TYPE_PDF_THUMBNAIL_TILE, NULL);
  self->width = width;
  return GTK_WIDGET (self);
}

void
cr_pdf_thumbnail_tile_set_thumbnail (CrPdfThumbnailTile *self,
                                     CrPdfThumbnail     *thumbnail)
{
  g_autofree char *name = NULL;
  int picture_height;

  g_return_if_fail (CR_IS_PDF_THUMBNAIL_TILE (self));
  g_return_if_fail (thumbnail == NULL || CR_IS_PDF_THUMBNAIL (thumbnail));

  if (self->thumbnail == thumbnail)
    return;

  if (self->thumbnail != NULL)
    g_signal_handlers_disconnect_by_func (self->thumbnail, gtk_widget_queue_draw, self);
  g_set_object (&self->thumbnail, thumbnail);

  if (thumbnail == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->label), "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  g_signal_connect_swapped (thumbnail, "notify::texture", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_label_set_text (GTK_LABEL (self->label), cr_pdf_thumbnail_get_label (thumbnail));
  /* Translators: the accessible name of a page's thumbnail */
  name = g_strdup_printf (_("Page %s"), cr_pdf_thumbnail_get_label (thumbnail));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  picture_height = cr_pdf_thumbnail_get_height_for_width (thumbnail, self->width);
  if (picture_height != self->picture_height)
    {
      self->picture_height = picture_height;
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

CrPdfThumbnail *
cr_pdf_thumbnail_tile_get_thumbnail (CrPdfThumbnailTile *self)
{
  g_return_val_if_fail (CR_IS_PDF_THUMBNAIL_TILE (self), NULL);

  return self->thumbnail;
}
