/* cr-report-preview-window.c: preview a PDF the app wrote, then save it */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReportPreview"

#include "config.h"

#include "cr-report-preview-window.h"

#include "cr-file-save.h"
#include "cr-pdf-viewer.h"

#include <glib/gi18n.h>

struct _CrReportPreviewWindow
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  AdwBin               *controls_bin;
  CrPdfViewer          *viewer;

  /* Owned references */
  GBytes               *pdf;
  char                 *suggested_name;
  GtkFileChooserNative *chooser;

  guint                 saving : 1;
};

G_DEFINE_FINAL_TYPE (CrReportPreviewWindow, cr_report_preview_window, ADW_TYPE_WINDOW)


/*
 * Helpers
 */

static void
update_controls (CrReportPreviewWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.save-as", !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.find",
                                 g_strcmp0 (cr_pdf_viewer_get_state (self->viewer), "ready") == 0);
}

static void
on_viewer_state_cb (CrReportPreviewWindow *self)
{
  update_controls (self);
}


/*
 * Saving
 */

static void
saved_cb (GtkWidget *owner)
{
  CrReportPreviewWindow *self = CR_REPORT_PREVIEW_WINDOW (owner);

  self->saving = FALSE;
  update_controls (self);
}

static void
save_to_file (CrReportPreviewWindow *self,
              GFile                 *file)
{
  if (!cr_file_save_bytes (GTK_WIDGET (self), self->toast_overlay, file, self->pdf, saved_cb))
    return;

  self->saving = TRUE;
  update_controls (self);
}

static void
close_chooser (CrReportPreviewWindow *self)
{
  cr_file_save_chooser_clear (&self->chooser, self);
}

static void
on_chooser_response_cb (GtkNativeDialog       *dialog,
                        int                    response,
                        CrReportPreviewWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  close_chooser (self);

  if (file != NULL)
    save_to_file (self, file);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CrReportPreviewWindow *self = CR_REPORT_PREVIEW_WINDOW (widget);

  if (self->chooser != NULL || self->saving)
    return;

  self->chooser = cr_file_save_chooser_new (GTK_WINDOW (self), _("Save Report"), _("_Save"),
                                            self->suggested_name,
                                            _("PDF documents"), "application/pdf", "pdf");
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}


static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrReportPreviewWindow *self = CR_REPORT_PREVIEW_WINDOW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->viewer), "viewer.find", NULL);
}


/*
 * GObject overrides
 */

static void
cr_report_preview_window_dispose (GObject *object)
{
  CrReportPreviewWindow *self = CR_REPORT_PREVIEW_WINDOW (object);

  close_chooser (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REPORT_PREVIEW_WINDOW);

  G_OBJECT_CLASS (cr_report_preview_window_parent_class)->dispose (object);
}

static void
cr_report_preview_window_finalize (GObject *object)
{
  CrReportPreviewWindow *self = CR_REPORT_PREVIEW_WINDOW (object);

  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_free (self->suggested_name);

  G_OBJECT_CLASS (cr_report_preview_window_parent_class)->finalize (object);
}

static void
add_bindings (GtkWidgetClass *widget_class)
{
  const struct { guint key; GdkModifierType mods; const char *action; } bindings[] = {
    { GDK_KEY_s, GDK_CONTROL_MASK, "preview.save-as" },
    { GDK_KEY_w, GDK_CONTROL_MASK, "window.close" },
    { GDK_KEY_f, GDK_CONTROL_MASK, "preview.find" },
    { GDK_KEY_F9, 0, "viewer.toggle-sidebar" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    gtk_widget_class_add_binding_action (widget_class, bindings[i].key, bindings[i].mods,
                                         bindings[i].action, NULL);
}

static void
cr_report_preview_window_class_init (CrReportPreviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_report_preview_window_dispose;
  object_class->finalize = cr_report_preview_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APP_RESOURCE_PATH "/ui/cr-report-preview-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrReportPreviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrReportPreviewWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrReportPreviewWindow, controls_bin);
  gtk_widget_class_bind_template_child (widget_class, CrReportPreviewWindow, viewer);

  gtk_widget_class_install_action (widget_class, "preview.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "preview.find", NULL, find_action);
  add_bindings (widget_class);

  g_type_ensure (CR_TYPE_PDF_VIEWER);
}

static void
cr_report_preview_window_init (CrReportPreviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  adw_bin_set_child (self->controls_bin, cr_pdf_viewer_get_header_controls (self->viewer));
  g_signal_connect_object (self->viewer, "notify::state",
                           G_CALLBACK (on_viewer_state_cb), self, G_CONNECT_SWAPPED);
  update_controls (self);
}


/*
 * Public API
 */

CrReportPreviewWindow *
cr_report_preview_window_new (GtkWindow  *parent,
                              const char *title,
                              GBytes     *pdf,
                              const char *suggested_name)
{
  CrReportPreviewWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (pdf != NULL, NULL);

  self = g_object_new (CR_TYPE_REPORT_PREVIEW_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "title", title,
                       NULL);

  self->pdf = g_bytes_ref (pdf);
  /* Translators: the file name suggested when saving a report */
  self->suggested_name = cr_file_save_sanitize_name (suggested_name, _("report.pdf"));
  adw_window_title_set_title (self->window_title, title != NULL ? title : "");

  cr_pdf_viewer_load_bytes (self->viewer, pdf, self->suggested_name);

  return self;
}
