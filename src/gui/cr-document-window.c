/* cr-document-window.c: a window reading one stored document */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDocumentWindow"

#include "config.h"

#include "cr-document-window.h"

#include "cr-database-review.h"
#include "cr-edit-utils.h"
#include "cr-pdf-viewer.h"

#include <glib/gi18n.h>

struct _CrDocumentWindow
{
  AdwWindow             parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwBin               *controls_bin;
  GtkStack             *stack;
  CrPdfViewer          *viewer;
  AdwStatusPage        *not_pdf_page;
  AdwStatusPage        *error_page;

  /* Owned references */
  CrDatabase           *database;
  CrDocument           *document;
  GBytes               *bytes;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  char                 *filename;

  guint                 saving : 1;
};

G_DEFINE_FINAL_TYPE (CrDocumentWindow, cr_document_window, ADW_TYPE_WINDOW)

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
update_actions (CrDocumentWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.save-copy", self->bytes != NULL && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.find",
                                 g_strcmp0 (cr_pdf_viewer_get_state (self->viewer), "ready") == 0);
}

/* A file name without folder separators or control characters. */
static char *
sanitize_file_name (const char *name)
{
  g_autoptr(GString) clean = g_string_new (NULL);

  for (const char *p = name; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (clean, c == '/' || c == '\\' || g_unichar_iscntrl (c) ? '-' : c);
    }

  g_strstrip (clean->str);
  if (clean->str[0] == '\0' || clean->str[0] == '.')
    /* Translators: the file name suggested when saving a document */
    return g_strdup (_("document.pdf"));

  return g_string_free (g_steal_pointer (&clean), FALSE);
}


/*
 * Reading
 */

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CrDocumentWindow) self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = cr_database_read_document_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (bytes == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  self->bytes = g_steal_pointer (&bytes);
  update_actions (self);

  if (cr_document_is_pdf (self->document) ||
      g_strcmp0 (cr_document_sniff_media_type (self->bytes, self->filename), "application/pdf") == 0)
    {
      cr_pdf_viewer_load_bytes (self->viewer, self->bytes, self->filename);
      gtk_stack_set_visible_child_name (self->stack, "viewer");
    }
  else
    {
      g_autofree char *name = g_markup_escape_text (self->filename, -1);
      g_autofree char *description = NULL;

      /* Translators: a file name */
      description = g_strdup_printf (_("“%s” is not a PDF. Save a copy to open it with another application."),
                                     name);
      adw_status_page_set_description (self->not_pdf_page, description);
      gtk_stack_set_visible_child_name (self->stack, "not-pdf");
    }
}


/*
 * Saving a copy
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

  /* Whole or not at all, and for the user's eyes only. */
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
  CrDocumentWindow *self = CR_DOCUMENT_WINDOW (source);
  SaveData *data = g_task_get_task_data (G_TASK (result));
  g_autofree char *name = g_filename_display_basename (data->path);
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  update_actions (self);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Translators: %s is a file name; the reason follows */
      title = g_strdup_printf (_("Could not save “%s”"), name);
      cr_show_error_toast (GTK_WIDGET (self->toast_overlay), title, error);
      return;
    }

  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Saved “%s”"), name);
  cr_show_toast (GTK_WIDGET (self->toast_overlay), title);
}

static void
close_chooser (CrDocumentWindow *self)
{
  if (self->chooser == NULL)
    return;

  /* Destroyed, not hidden (testing-gui.md). */
  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

static void
on_chooser_response_cb (GtkNativeDialog  *dialog,
                        int               response,
                        CrDocumentWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  SaveData *data;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  close_chooser (self);
  if (file == NULL || self->bytes == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      cr_show_toast (GTK_WIDGET (self->toast_overlay),
                     _("Could not save there: choose a folder on this computer."));
      return;
    }

  data = g_new0 (SaveData, 1);
  data->path = g_steal_pointer (&path);
  data->bytes = g_bytes_ref (self->bytes);
  self->saving = TRUE;
  update_actions (self);

  task = g_task_new (self, NULL, on_saved_cb, NULL);
  g_task_set_source_tag (task, on_chooser_response_cb);
  g_task_set_name (task, "[case-reviews] save document copy");
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CrDocumentWindow *self = CR_DOCUMENT_WINDOW (widget);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;

  if (self->chooser != NULL || self->saving || self->bytes == NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save a Copy"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    folder = g_file_new_for_path (documents);
  else
    folder = g_file_new_for_path (g_get_home_dir ());
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  name = sanitize_file_name (self->filename);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gtk_widget_activate_action (GTK_WIDGET (CR_DOCUMENT_WINDOW (widget)->viewer), "viewer.find", NULL);
}


/*
 * GObject overrides
 */

static void
cr_document_window_dispose (GObject *object)
{
  CrDocumentWindow *self = CR_DOCUMENT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  close_chooser (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_DOCUMENT_WINDOW);

  g_clear_object (&self->database);
  g_clear_object (&self->document);
  g_clear_pointer (&self->bytes, g_bytes_unref);

  G_OBJECT_CLASS (cr_document_window_parent_class)->dispose (object);
}

static void
cr_document_window_finalize (GObject *object)
{
  CrDocumentWindow *self = CR_DOCUMENT_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_free (self->filename);

  G_OBJECT_CLASS (cr_document_window_parent_class)->finalize (object);
}

static void
cr_document_window_class_init (CrDocumentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_document_window_dispose;
  object_class->finalize = cr_document_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APP_RESOURCE_PATH "/ui/cr-document-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CrDocumentWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrDocumentWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CrDocumentWindow, controls_bin);
  gtk_widget_class_bind_template_child (widget_class, CrDocumentWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CrDocumentWindow, viewer);
  gtk_widget_class_bind_template_child (widget_class, CrDocumentWindow, not_pdf_page);
  gtk_widget_class_bind_template_child (widget_class, CrDocumentWindow, error_page);

  gtk_widget_class_install_action (widget_class, "document.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "document.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "document.save-copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "document.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "viewer.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);

  g_type_ensure (CR_TYPE_PDF_VIEWER);
}

static void
cr_document_window_init (CrDocumentWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  adw_bin_set_child (self->controls_bin, cr_pdf_viewer_get_header_controls (self->viewer));
  g_signal_connect_object (self->viewer, "notify::state",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  update_actions (self);
}


/*
 * Public API
 */

static CrDocumentWindow *
find_open_window (CrDatabase *database,
                  gint64      document_id)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (CR_IS_DOCUMENT_WINDOW (toplevel))
        {
          CrDocumentWindow *window = CR_DOCUMENT_WINDOW (toplevel);

          if (window->database == database && window->document != NULL &&
              cr_record_get_id (CR_RECORD (window->document)) == document_id)
            return window;
        }
    }

  return NULL;
}

CrDocumentWindow *
cr_document_window_open (GtkWindow  *parent,
                         CrDatabase *database,
                         CrDocument *document)
{
  CrDocumentWindow *self;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_DOCUMENT (document), NULL);

  self = find_open_window (database, cr_record_get_id (CR_RECORD (document)));
  if (self != NULL)
    {
      gtk_window_present (GTK_WINDOW (self));
      return self;
    }

  title = cr_record_dup_title (CR_RECORD (document));
  subtitle = cr_record_dup_subtitle (CR_RECORD (document));
  self = g_object_new (CR_TYPE_DOCUMENT_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "title", title,
                       NULL);
  self->database = g_object_ref (database);
  self->document = g_object_ref (document);
  g_object_get (document, "filename", &self->filename, NULL);
  if (self->filename == NULL || self->filename[0] == '\0')
    {
      g_free (self->filename);
      self->filename = g_strdup (title != NULL && title[0] != '\0' ? title : _("document"));
    }
  adw_window_title_set_title (self->window_title, title != NULL ? title : "");
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");

  cr_database_read_document_async (database, cr_record_get_id (CR_RECORD (document)),
                                   self->cancellable, on_read_cb, g_object_ref (self));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
