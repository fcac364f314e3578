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
#include "cr-pdf-document.h"
#include "cr-pdf-view.h"

#include <glib/gi18n.h>
#include <math.h>

struct _CrReportPreviewWindow
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  CrPdfView            *view;
  AdwStatusPage        *error_page;
  GtkEntry             *page_entry;
  GtkLabel             *n_pages_label;
  GtkLabel             *zoom_label;

  /* Owned references */
  GBytes               *pdf;
  char                 *suggested_name;
  GCancellable         *cancellable;
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
update_page_entry (CrReportPreviewWindow *self)
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
update_controls (CrReportPreviewWindow *self)
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

  if (!gtk_widget_has_focus (GTK_WIDGET (self->page_entry)) ||
      cr_pdf_view_get_n_pages (self->view) == 0)
    update_page_entry (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page_entry), have_pages);

  gtk_widget_action_set_enabled (widget, "preview.previous-page", have_pages && page > 0);
  gtk_widget_action_set_enabled (widget, "preview.first-page", have_pages && page > 0);
  gtk_widget_action_set_enabled (widget, "preview.next-page", have_pages && page + 1 < n_pages);
  gtk_widget_action_set_enabled (widget, "preview.last-page", have_pages && page + 1 < n_pages);
  gtk_widget_action_set_enabled (widget, "preview.zoom-in", have_pages && cr_pdf_view_can_zoom_in (self->view));
  gtk_widget_action_set_enabled (widget, "preview.zoom-out", have_pages && cr_pdf_view_can_zoom_out (self->view));
  gtk_widget_action_set_enabled (widget, "preview.zoom-reset", have_pages);
  gtk_widget_action_set_enabled (widget, "preview.zoom-fit-width",
                                 have_pages && !cr_pdf_view_get_fit_width (self->view));
  gtk_widget_action_set_enabled (widget, "preview.save-as", !self->saving);
}

static void
show_error (CrReportPreviewWindow *self,
            const GError          *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  g_autofree char *description = NULL;

  /* Translators: %s says why the preview failed */
  description = g_strdup_printf (_("%s\n\nThe report itself can still be saved with Save As."), escaped);
  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->stack, "error");
}


/*
 * Loading
 */

static void
on_document_loaded_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CrReportPreviewWindow) self = user_data;
  g_autoptr(CrPdfDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = cr_pdf_document_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (document == NULL)
    {
      g_debug ("Could not preview the report: %s", error->message);
      show_error (self, error);
      return;
    }

  cr_pdf_view_set_document (self->view, document);
  gtk_stack_set_visible_child_name (self->stack, "view");
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
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
      cr_show_error_toast (GTK_WIDGET (self->stack), what, error);
      return;
    }

  {
    /* Translators: %s is a file name */
    g_autofree char *title = g_strdup_printf (_("Saved “%s”"), name);

    cr_show_toast (GTK_WIDGET (self->stack), title);
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
      cr_show_toast (GTK_WIDGET (self->stack),
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


/*
 * Navigation and zoom
 */

static void
on_view_changed_cb (CrReportPreviewWindow *self)
{
  update_controls (self);
}

static void
on_page_entry_activate_cb (CrReportPreviewWindow *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->page_entry)));
  guint n_pages = cr_pdf_view_get_n_pages (self->view);
  guint64 number = 0;

  if (n_pages == 0)
    return;

  if (!g_ascii_string_to_unsigned (g_strstrip (text), 10, 1, n_pages, &number, NULL))
    {
      g_autofree char *message = NULL;

      /* Translators: the number of pages of the report */
      message = g_strdup_printf (ngettext ("Enter a page number from 1 to %u.",
                                           "Enter a page number from 1 to %u.", n_pages), n_pages);
      gtk_widget_add_css_class (GTK_WIDGET (self->page_entry), "error");
      cr_show_toast (GTK_WIDGET (self->stack), message);
      return;
    }

  cr_pdf_view_set_page (self->view, (guint) number - 1);
  update_page_entry (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
on_page_entry_leave_cb (CrReportPreviewWindow *self)
{
  update_page_entry (self);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  cr_pdf_view_zoom_in (CR_REPORT_PREVIEW_WINDOW (widget)->view);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  cr_pdf_view_zoom_out (CR_REPORT_PREVIEW_WINDOW (widget)->view);
}

static void
zoom_fit_width_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  cr_pdf_view_set_fit_width (CR_REPORT_PREVIEW_WINDOW (widget)->view, TRUE);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  cr_pdf_view_set_zoom (CR_REPORT_PREVIEW_WINDOW (widget)->view, 1.0);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CrPdfView *view = CR_REPORT_PREVIEW_WINDOW (widget)->view;

  cr_pdf_view_set_page (view, cr_pdf_view_get_page (view) + 1);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CrPdfView *view = CR_REPORT_PREVIEW_WINDOW (widget)->view;
  guint page = cr_pdf_view_get_page (view);

  if (page > 0)
    cr_pdf_view_set_page (view, page - 1);
}

static void
first_page_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  cr_pdf_view_set_page (CR_REPORT_PREVIEW_WINDOW (widget)->view, 0);
}

static void
last_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  cr_pdf_view_set_page (CR_REPORT_PREVIEW_WINDOW (widget)->view, G_MAXUINT);
}


/*
 * GObject overrides
 */

static void
cr_report_preview_window_dispose (GObject *object)
{
  CrReportPreviewWindow *self = CR_REPORT_PREVIEW_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  close_chooser (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_REPORT_PREVIEW_WINDOW);

  G_OBJECT_CLASS (cr_report_preview_window_parent_class)->dispose (object);
}

static void
cr_report_preview_window_finalize (GObject *object)
{
  CrReportPreviewWindow *self = CR_REPORT_PREVIEW_WINDOW (object);

  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_object (&self->cancellable);
  g_free (self->suggested_name);

  G_OBJECT_CLASS (cr_report_preview_window_parent_class)->finalize (object);
}

static void
add_bindings (GtkWidgetClass *widget_class)
{
  const struct { guint key; GdkModifierType mods; const char *action; } bindings[] = {
    { GDK_KEY_s, GDK_CONTROL_MASK, "preview.save-as" },
    { GDK_KEY_w, GDK_CONTROL_MASK, "window.close" },
    { GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in" },
    { GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in" },
    { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom-in" },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out" },
    { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom-out" },
    { GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-reset" },
    { GDK_KEY_KP_0, GDK_CONTROL_MASK, "preview.zoom-reset" },
    { GDK_KEY_Page_Down, 0, "preview.next-page" },
    { GDK_KEY_KP_Page_Down, 0, "preview.next-page" },
    { GDK_KEY_Page_Up, 0, "preview.previous-page" },
    { GDK_KEY_KP_Page_Up, 0, "preview.previous-page" },
    { GDK_KEY_Home, GDK_CONTROL_MASK, "preview.first-page" },
    { GDK_KEY_End, GDK_CONTROL_MASK, "preview.last-page" },
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
  gtk_widget_class_bind_template_child (widget_class, CrReportPreviewWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CrReportPreviewWindow, view);
  gtk_widget_class_bind_template_child (widget_class, CrReportPreviewWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CrReportPreviewWindow, page_entry);
  gtk_widget_class_bind_template_child (widget_class, CrReportPreviewWindow, n_pages_label);
  gtk_widget_class_bind_template_child (widget_class, CrReportPreviewWindow, zoom_label);
  gtk_widget_class_bind_template_callback (widget_class, on_view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_entry_leave_cb);

  gtk_widget_class_install_action (widget_class, "preview.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit-width", NULL, zoom_fit_width_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, previous_page_action);
  gtk_widget_class_install_action (widget_class, "preview.first-page", NULL, first_page_action);
  gtk_widget_class_install_action (widget_class, "preview.last-page", NULL, last_page_action);
  add_bindings (widget_class);

  g_type_ensure (CR_TYPE_PDF_VIEW);
}

static void
cr_report_preview_window_init (CrReportPreviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
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

  gtk_stack_set_visible_child_name (self->stack, "loading");
  cr_pdf_document_load_bytes_async (pdf, NULL, self->cancellable,
                                    on_document_loaded_cb, g_object_ref (self));

  return self;
}
