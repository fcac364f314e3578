/* cr-pdf-view-page.c: one page of a CrPdfView */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdfView"

#include "config.h"

#include "cr-pdf-view-page.h"

#include "cr-pdf-snapshot.h"

#include <glib/gi18n.h>
#include <math.h>

#define SPINNER_SIZE 32
#define ERROR_MARGIN 24

/* The page is paper whatever the style, so what is drawn on it keeps a
 * dark ink in the dark style too. */
static const char paper_css[] =
  "spinner { color: rgba(0, 0, 0, 0.45); }\n"
  "label { color: rgba(0, 0, 0, 0.7); }\n";

struct _CrPdfViewPage
{
  GtkWidget   parent_instance;

  GtkWidget  *spinner;
  GtkWidget  *error_label;

  GdkTexture *texture;
  GArray     *matches;    /* graphene_rect_t, points */
  GArray     *selection;  /* graphene_rect_t, points */
  int         current_match;
  guint       index;
  double      page_width;
  double      page_height;
  double      zoom;
};

G_DEFINE_FINAL_TYPE (CrPdfViewPage, cr_pdf_view_page, GTK_TYPE_WIDGET)


/*
 * Helpers
 */

static void
use_paper_style (GtkWidget *widget)
{
  static GtkCssProvider *provider;

  if (provider == NULL)
    {
      provider = gtk_css_provider_new ();
      gtk_css_provider_load_from_data (provider, paper_css, -1);
    }

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_add_provider (gtk_widget_get_style_context (widget),
                                  GTK_STYLE_PROVIDER (provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  G_GNUC_END_IGNORE_DEPRECATIONS
}


/* A named colour of the theme (libadwaita's palette), else @fallback. */
static GdkRGBA
theme_color (GtkWidget  *widget,
             const char *name,
             const char *fallback,
             double      alpha)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color))
    gdk_rgba_parse (&color, fallback);
  G_GNUC_END_IGNORE_DEPRECATIONS

  color.alpha = alpha;
  return color;
}

static void
append_rects (CrPdfViewPage *self,
              GtkSnapshot   *snapshot,
              GArray        *rects,
              int            strong,
              const GdkRGBA *color,
              const GdkRGBA *strong_color)
{
  if (rects == NULL)
    return;

  for (guint i = 0; i < rects->len; i++)
    {
      const graphene_rect_t *r = &g_array_index (rects, graphene_rect_t, i);
      graphene_rect_t scaled;

      graphene_rect_init (&scaled,
                          r->origin.x * self->zoom, r->origin.y * self->zoom,
                          r->size.width * self->zoom, r->size.height * self->zoom);
      gtk_snapshot_append_color (snapshot, (int) i == strong ? strong_color : color, &scaled);
    }
}


/*
 * GtkWidget overrides
 */

static void
cr_pdf_view_page_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  CrPdfViewPage *self = CR_PDF_VIEW_PAGE (widget);
  int size;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    size = cr_pdf_view_page_get_width (self);
  else
    size = cr_pdf_view_page_get_height (self);

  *minimum = *natural = size;
}

static void
cr_pdf_view_page_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  CrPdfViewPage *self = CR_PDF_VIEW_PAGE (widget);

  if (gtk_widget_should_layout (self->spinner))
    {
      int size = MIN (SPINNER_SIZE, MIN (width, height));

      gtk_widget_allocate (self->spinner, size, size, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((width - size) / 2.0,
                                                                                (height - size) / 2.0)));
    }

  if (gtk_widget_should_layout (self->error_label))
    {
      int label_width = MAX (width - 2 * ERROR_MARGIN, 1);
      int label_height, unused;

      gtk_widget_measure (self->error_label, GTK_ORIENTATION_VERTICAL, label_width,
                          &unused, &label_height, NULL, NULL);
      label_height = MIN (label_height, height);
      gtk_widget_allocate (self->error_label, label_width, label_height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((width - label_width) / 2.0,
                                                                                (height - label_height) / 2.0)));
    }
}

static void
cr_pdf_view_page_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  CrPdfViewPage *self = CR_PDF_VIEW_PAGE (widget);
  const GdkRGBA white = { 1.0, 1.0, 1.0, 1.0 };
  const GdkRGBA shadow = { 0.0, 0.0, 0.0, 0.3 };
  graphene_rect_t bounds;
  GskRoundedRect outline;

  graphene_rect_init (&bounds, 0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);

  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 1, 3);
  gtk_snapshot_append_color (snapshot, &white, &bounds);
  if (self->texture != NULL)
    cr_pdf_snapshot_append_texture (snapshot, widget, self->texture, &bounds);

  /* Hits as a highlighter pen would mark them, the current one in the
   * accent colour; the selection as the theme selects text. */
  if (self->matches != NULL && self->matches->len > 0)
    {
      GdkRGBA hit = theme_color (widget, "yellow_3", "#f6d32d", 0.45);
      GdkRGBA current = theme_color (widget, "accent_bg_color", "#3584e4", 0.55);

      append_rects (self, snapshot, self->matches, self->current_match, &hit, &current);
    }
  if (self->selection != NULL && self->selection->len > 0)
    {
      GdkRGBA selected = theme_color (widget, "accent_bg_color", "#3584e4", 0.35);

      append_rects (self, snapshot, self->selection, -1, &selected, &selected);
    }

  gtk_widget_snapshot_child (widget, self->spinner, snapshot);
  gtk_widget_snapshot_child (widget, self->error_label, snapshot);
}


/*
 * GObject overrides
 */

static void
cr_pdf_view_page_dispose (GObject *object)
{
  CrPdfViewPage *self = CR_PDF_VIEW_PAGE (object);

  g_clear_pointer (&self->spinner, gtk_widget_unparent);
  g_clear_pointer (&self->error_label, gtk_widget_unparent);
  g_clear_object (&self->texture);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->selection, g_array_unref);

  G_OBJECT_CLASS (cr_pdf_view_page_parent_class)->dispose (object);
}

static void
cr_pdf_view_page_class_init (CrPdfViewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_pdf_view_page_dispose;

  widget_class->measure = cr_pdf_view_page_measure;
  widget_class->size_allocate = cr_pdf_view_page_size_allocate;
  widget_class->snapshot = cr_pdf_view_page_snapshot;

  gtk_widget_class_set_css_name (widget_class, "crpdfpage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cr_pdf_view_page_init (CrPdfViewPage *self)
{
  self->zoom = 1.0;
  self->current_match = -1;

  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  use_paper_style (self->spinner);
  gtk_widget_set_parent (self->spinner, GTK_WIDGET (self));

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->error_label), GTK_JUSTIFY_CENTER);
  gtk_widget_set_visible (self->error_label, FALSE);
  use_paper_style (self->error_label);
  gtk_widget_set_parent (self->error_label, GTK_WIDGET (self));
}


/*
 * Public API
 */

GtkWidget *
cr_pdf_view_page_new (guint  index,
                      double width,
                      double height)
{
  CrPdfViewPage *self = g_object_new (CR_TYPE_PDF_VIEW_PAGE, NULL);
  g_autofree char *label = NULL;

  self->index = index;
  self->page_width = width;
  self->page_height = height;

  /* Translators: the accessible name of a page in the PDF preview */
  label = g_strdup_printf (_("Page %u"), index + 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return GTK_WIDGET (self);
}

guint
cr_pdf_view_page_get_index (CrPdfViewPage *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW_PAGE (self), 0);

  return self->index;
}

void
cr_pdf_view_page_set_zoom (CrPdfViewPage *self,
                           double         zoom)
{
  g_return_if_fail (CR_IS_PDF_VIEW_PAGE (self));

  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

int
cr_pdf_view_page_get_width (CrPdfViewPage *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW_PAGE (self), 0);

  return MAX (1, (int) round (self->page_width * self->zoom));
}

int
cr_pdf_view_page_get_height (CrPdfViewPage *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW_PAGE (self), 0);

  return MAX (1, (int) round (self->page_height * self->zoom));
}

void
cr_pdf_view_page_set_state (CrPdfViewPage *self,
                            GdkTexture    *texture,
                            gboolean       rendering,
                            const char    *error_message)
{
  gboolean show_spinner;

  g_return_if_fail (CR_IS_PDF_VIEW_PAGE (self));

  if (g_set_object (&self->texture, texture))
    gtk_widget_queue_draw (GTK_WIDGET (self));

  /* An old texture stretched beats an empty page while a new one comes. */
  show_spinner = rendering && texture == NULL;
  gtk_widget_set_visible (self->spinner, show_spinner);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), show_spinner);

  gtk_label_set_text (GTK_LABEL (self->error_label), error_message != NULL ? error_message : "");
  gtk_widget_set_visible (self->error_label, error_message != NULL && texture == NULL && !rendering);
}

GdkTexture *
cr_pdf_view_page_get_texture (CrPdfViewPage *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW_PAGE (self), NULL);

  return self->texture;
}

void
cr_pdf_view_page_set_matches (CrPdfViewPage *self,
                              GArray        *rects,
                              int            current)
{
  g_return_if_fail (CR_IS_PDF_VIEW_PAGE (self));

  if (self->matches == NULL && rects == NULL)
    return;

  g_clear_pointer (&self->matches, g_array_unref);
  self->matches = rects != NULL ? g_array_ref (rects) : NULL;
  self->current_match = current;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
cr_pdf_view_page_set_selection (CrPdfViewPage *self,
                                GArray        *rects)
{
  g_return_if_fail (CR_IS_PDF_VIEW_PAGE (self));

  if (self->selection == NULL && rects == NULL)
    return;

  g_clear_pointer (&self->selection, g_array_unref);
  self->selection = rects != NULL ? g_array_ref (rects) : NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
cr_pdf_view_page_get_n_matches (CrPdfViewPage *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW_PAGE (self), 0);

  return self->matches != NULL ? self->matches->len : 0;
}

double
cr_pdf_view_page_get_zoom (CrPdfViewPage *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEW_PAGE (self), 1.0);

  return self->zoom;
}
