/* cr-report-preview-window.c: preview a PDF the app wrote, then save it */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReportPreview"

#include "config.h"

#include "cr-report-preview-window.h"

#include "cr-edit-utils.h"
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

typedef struct
{
  char   *path;
  GBytes *bytes;
} SaveData;


/*
 * Helpers
 */

static void
save_data_free (SaveData *data)
{
  g_free (data->path);
  g_bytes_unref (data->bytes);
  g_free (data);
}

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
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *contents = g_bytes_get_data (data->bytes, &size);

  /* Written to a temporary file, synced and renamed over the target: a
   * crash leaves the old file or the new one, never half of it. Only the
   * user may read it: it is about a child. */
  if (!g_file_set_contents_full (data->path, contents, (gssize) size,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  CrReportPreviewWindow *self = CR_REPORT_PREVIEW_WINDOW (source);
  SaveData *data = g_task_get_task_data (G_TASK (result));
  g_autofree char *name = g_filename_display_basename (data->path);
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  update_controls (self);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *what = NULL;

      /* Translators: %s is a file name; the reason follows */
      what = g_strdup_printf (_("Could not save “%s”"), name);
      cr_show_error_toast (GTK_WIDGET (self->toast_overlay), what, error);
      return;
    }

  {
    /* Translators: %s is a file name */
    g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);

    cr_show_toast (GTK_WIDGET (self->toast_overlay), title);
  }
}

static void
save_to_file (CrReportPreviewWindow *self,
              GFile                 *file)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      cr_show_toast (GTK_WIDGET (self->toast_overlay),
                     _("Could not save there: choose a folder on this computer."));
      return;
    }

  data = g_new0 (SaveData, 1);
  data->path = path;
  data->bytes = g_bytes_ref (self->pdf);

  self->saving = TRUE;
  update_controls (self);

  task = g_task_new (self, NULL, on_saved_cb, NULL);
  g_task_set_source_tag (task, save_to_file);
  g_task_set_name (task, "[case-reviews] save report");
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

static void
close_chooser (CrReportPreviewWindow *self)
{
  if (self->chooser == NULL)
    return;

  /* Destroyed, not hidden: GTK 4.8's accessibility bus trips over hidden
   * toplevels that stay alive (testing-gui.md). */
  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
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
  g_autoptr(GtkFileFilter) pdf_filter = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (self->chooser != NULL || self->saving)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save Report"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (pdf_filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf_filter, "application/pdf");
  gtk_file_filter_add_suffix (pdf_filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), pdf_filter);

  /* The Documents folder, else the home folder: never the process's
   * working directory, where the chooser would otherwise start. */
  {
    g_autoptr(GFile) folder = NULL;

    if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
      folder = g_file_new_for_path (documents);
    else
      folder = g_file_new_for_path (g_get_home_dir ());
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), self->suggested_name);

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

/* A file name without folder separators or control characters. */
static char *
sanitize_file_name (const char *name)
{
  g_autoptr(GString) clean = g_string_new (NULL);

  for (const char *p = name; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || g_unichar_iscntrl (c))
        g_string_append_c (clean, '-');
      else
        g_string_append_unichar (clean, c);
    }

  g_strstrip (clean->str);
  if (clean->str[0] == '\0' || clean->str[0] == '.')
    /* Translators: the file name suggested when saving a report */
    return g_strdup (_("report.pdf"));

  return g_string_free (g_steal_pointer (&clean), FALSE);
}

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
  self->suggested_name = sanitize_file_name (suggested_name);
  adw_window_title_set_title (self->window_title, title != NULL ? title : "");

  cr_pdf_viewer_load_bytes (self->viewer, pdf, self->suggested_name);

  return self;
}
