/* cr-pdf-view-actions.c: the actions and keys of CrPdfView */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdfView"

#include "config.h"

#include "cr-pdf-view.h"
#include "cr-pdf-view-private.h"


/*
 * Actions
 */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  cr_pdf_view_zoom_in (CR_PDF_VIEW (widget));
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  cr_pdf_view_zoom_out (CR_PDF_VIEW (widget));
}

static void
zoom_fit_width_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  cr_pdf_view_set_fit_width (CR_PDF_VIEW (widget), TRUE);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  cr_pdf_view_set_zoom (CR_PDF_VIEW (widget), 1.0);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CrPdfView *self = CR_PDF_VIEW (widget);

  cr_pdf_view_set_page (self, cr_pdf_view_get_page (self) + 1);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CrPdfView *self = CR_PDF_VIEW (widget);
  guint page = cr_pdf_view_get_page (self);

  if (page > 0)
    cr_pdf_view_set_page (self, page - 1);
}

static void
first_page_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  cr_pdf_view_set_page (CR_PDF_VIEW (widget), 0);
}

static void
last_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cr_pdf_view_set_page (CR_PDF_VIEW (widget), G_MAXUINT);
}

static void
go_to_page_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  cr_pdf_view_set_page (CR_PDF_VIEW (widget), g_variant_get_uint32 (parameter));
}

static void
scroll_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  double dx, dy;

  g_variant_get (parameter, "(dd)", &dx, &dy);
  _cr_pdf_view_scroll_by (CR_PDF_VIEW (widget), dx, dy);
}


static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cr_pdf_view_copy (CR_PDF_VIEW (widget));
}


/*
 * Keys
 */

static void
add_zoom_bindings (GtkWidgetClass *widget_class)
{
  const guint in_keys[] = { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add };
  const guint out_keys[] = { GDK_KEY_minus, GDK_KEY_KP_Subtract };
  const guint reset_keys[] = { GDK_KEY_0, GDK_KEY_KP_0 };

  for (guint i = 0; i < G_N_ELEMENTS (in_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, in_keys[i], GDK_CONTROL_MASK, "pdf.zoom-in", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (out_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, out_keys[i], GDK_CONTROL_MASK, "pdf.zoom-out", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (reset_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, reset_keys[i], GDK_CONTROL_MASK, "pdf.zoom-reset", NULL);
}

void
_cr_pdf_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "pdf.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "pdf.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "pdf.zoom-fit-width", NULL, zoom_fit_width_action);
  gtk_widget_class_install_action (widget_class, "pdf.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "pdf.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "pdf.previous-page", NULL, previous_page_action);
  gtk_widget_class_install_action (widget_class, "pdf.first-page", NULL, first_page_action);
  gtk_widget_class_install_action (widget_class, "pdf.last-page", NULL, last_page_action);
  gtk_widget_class_install_action (widget_class, "pdf.go-to-page", "u", go_to_page_action);
  gtk_widget_class_install_action (widget_class, "pdf.scroll", "(dd)", scroll_action);
  gtk_widget_class_install_action (widget_class, "pdf.copy", NULL, copy_action);

  add_zoom_bindings (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "pdf.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Down, 0, "pdf.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "pdf.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Page_Up, 0, "pdf.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "pdf.first-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "pdf.last-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "pdf.scroll", "(dd)", 0.0, 1.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "pdf.scroll", "(dd)", 0.0, -1.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "pdf.scroll", "(dd)", 1.0, 0.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "pdf.scroll", "(dd)", -1.0, 0.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "pdf.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "pdf.copy", NULL);
}

void
_cr_pdf_view_update_actions (CrPdfView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n_pages = cr_pdf_view_get_n_pages (self);
  guint page = cr_pdf_view_get_page (self);
  gboolean have_pages = n_pages > 0;

  gtk_widget_action_set_enabled (widget, "pdf.zoom-in", have_pages && cr_pdf_view_can_zoom_in (self));
  gtk_widget_action_set_enabled (widget, "pdf.zoom-out", have_pages && cr_pdf_view_can_zoom_out (self));
  gtk_widget_action_set_enabled (widget, "pdf.zoom-fit-width", have_pages);
  gtk_widget_action_set_enabled (widget, "pdf.zoom-reset", have_pages);
  gtk_widget_action_set_enabled (widget, "pdf.previous-page", have_pages && page > 0);
  gtk_widget_action_set_enabled (widget, "pdf.first-page", have_pages && page > 0);
  gtk_widget_action_set_enabled (widget, "pdf.next-page", have_pages && page + 1 < n_pages);
  gtk_widget_action_set_enabled (widget, "pdf.last-page", have_pages && page + 1 < n_pages);
  gtk_widget_action_set_enabled (widget, "pdf.go-to-page", have_pages);
  gtk_widget_action_set_enabled (widget, "pdf.scroll", have_pages);
  gtk_widget_action_set_enabled (widget, "pdf.copy", have_pages && cr_pdf_view_get_has_selection (self));
}
