/* cr-pdf-viewer-controls.c: page and zoom controls for a header bar */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdfViewer"

#include "config.h"

#include "cr-pdf-viewer-controls.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

struct _CrPdfViewerControls
{
  GtkBox     parent_instance;

  /* Template widgets */
  GtkEntry  *page_entry;
  GtkLabel  *n_pages_label;
  GtkLabel  *zoom_label;

  /* Owned references */
  CrPdfView *view;
};

G_DEFINE_FINAL_TYPE (CrPdfViewerControls, cr_pdf_viewer_controls, GTK_TYPE_BOX)


/*
 * Helpers
 */

static void
update_page_entry (CrPdfViewerControls *self)
{
  g_autofree char *text = NULL;

  if (cr_pdf_view_get_n_pages (self->view) == 0)
    text = g_strdup ("");
  else
    text = g_strdup_printf ("%u", cr_pdf_view_get_page (self->view) + 1);

  gtk_editable_set_text (GTK_EDITABLE (self->page_entry), text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->page_entry), "error");
}

static void
update_controls (CrPdfViewerControls *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n_pages = cr_pdf_view_get_n_pages (self->view);
  guint page = cr_pdf_view_get_page (self->view);
  gboolean have_pages = n_pages > 0;
  g_autofree char *of_pages = NULL;
  g_autofree char *zoom = NULL;

  if (have_pages)
    /* Translators: after the page number entry, as in "3 of 12" */
    of_pages = g_strdup_printf (_("of %u"), n_pages);
  gtk_label_set_text (self->n_pages_label, of_pages != NULL ? of_pages : "");

  /* Translators: the zoom level, as in "125%" */
  zoom = g_strdup_printf (_("%.0f%%"), round (cr_pdf_view_get_zoom (self->view) * 100.0));
  gtk_label_set_text (self->zoom_label, have_pages ? zoom : "");

  if (!gtk_widget_has_focus (GTK_WIDGET (self->page_entry)) || !have_pages)
    update_page_entry (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page_entry), have_pages);

  gtk_widget_action_set_enabled (widget, "controls.previous-page", have_pages && page > 0);
  gtk_widget_action_set_enabled (widget, "controls.next-page", have_pages && page + 1 < n_pages);
  gtk_widget_action_set_enabled (widget, "controls.zoom-in", have_pages && cr_pdf_view_can_zoom_in (self->view));
  gtk_widget_action_set_enabled (widget, "controls.zoom-out", have_pages && cr_pdf_view_can_zoom_out (self->view));
  gtk_widget_action_set_enabled (widget, "controls.zoom-reset", have_pages);
  gtk_widget_action_set_enabled (widget, "controls.zoom-fit-width",
                                 have_pages && !cr_pdf_view_get_fit_width (self->view));
}


/*
 * Callbacks and actions
 */

static void
on_page_entry_activate_cb (CrPdfViewerControls *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->page_entry)));
  guint n_pages = cr_pdf_view_get_n_pages (self->view);
  guint64 number = 0;

  if (n_pages == 0)
    return;

  if (!g_ascii_string_to_unsigned (g_strstrip (text), 10, 1, n_pages, &number, NULL))
    {
      g_autofree char *message = NULL;

      /* Translators: the number of pages of the document */
      message = g_strdup_printf (ngettext ("Enter a page number from 1 to %u.",
                                           "Enter a page number from 1 to %u.", n_pages), n_pages);
      gtk_widget_add_css_class (GTK_WIDGET (self->page_entry), "error");
      cr_show_toast (GTK_WIDGET (self), message);
      return;
    }

  cr_pdf_view_set_page (self->view, (guint) number - 1);
  update_page_entry (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
on_page_entry_leave_cb (CrPdfViewerControls *self)
{
  update_page_entry (self);
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CrPdfViewerControls *self = CR_PDF_VIEWER_CONTROLS (widget);
  g_autofree char *view_action = NULL;

  /* "controls.zoom-in" → the view's "pdf.zoom-in". */
  view_action = g_strconcat ("pdf.", strchr (action_name, '.') + 1, NULL);
  gtk_widget_activate_action_variant (GTK_WIDGET (self->view), view_action, parameter);
}


/*
 * GObject overrides
 */

static void
cr_pdf_viewer_controls_dispose (GObject *object)
{
  CrPdfViewerControls *self = CR_PDF_VIEWER_CONTROLS (object);

  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  g_clear_object (&self->view);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_PDF_VIEWER_CONTROLS);

  G_OBJECT_CLASS (cr_pdf_viewer_controls_parent_class)->dispose (object);
}

static void
cr_pdf_viewer_controls_class_init (CrPdfViewerControlsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const char *actions[] = {
    "controls.previous-page", "controls.next-page", "controls.zoom-in", "controls.zoom-out",
    "controls.zoom-reset", "controls.zoom-fit-width",
  };

  object_class->dispose = cr_pdf_viewer_controls_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_RESOURCE_PATH "/ui/cr-pdf-viewer-controls.ui");
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewerControls, page_entry);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewerControls, n_pages_label);
  gtk_widget_class_bind_template_child (widget_class, CrPdfViewerControls, zoom_label);
  gtk_widget_class_bind_template_callback (widget_class, on_page_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_entry_leave_cb);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, forward_action);
}

static void
cr_pdf_viewer_controls_init (CrPdfViewerControls *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}


/*
 * Public API
 */

GtkWidget *
cr_pdf_viewer_controls_new (CrPdfView *view)
{
  CrPdfViewerControls *self;
  const char *signals[] = { "notify::page", "notify::n-pages", "notify::zoom", "notify::fit-width" };

  g_return_val_if_fail (CR_IS_PDF_VIEW (view), NULL);

  self = g_object_new (CR_TYPE_PDF_VIEWER_CONTROLS, NULL);
  self->view = g_object_ref (view);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_connect_object (view, signals[i], G_CALLBACK (update_controls), self, G_CONNECT_SWAPPED);
  update_controls (self);

  return GTK_WIDGET (self);
}

CrPdfView *
cr_pdf_viewer_controls_get_view (CrPdfViewerControls *self)
{
  g_return_val_if_fail (CR_IS_PDF_VIEWER_CONTROLS (self), NULL);

  return self->view;
}
