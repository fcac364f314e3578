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
#include "cr-file-save.h"
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


/*
 * Helpers
 */

static void
update_actions (CrDocumentWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.save-copy", self->bytes != NULL && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.find",
                                 g_strcmp0 (cr_pdf_viewer_get_state (self->viewer), "ready") == 0);
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
saved_cb (GtkWidget *owner)
{
  CrDocumentWindow *self = CR_DOCUMENT_WINDOW (owner);

  self->saving = FALSE;
  update_actions (self);
}

static void
close_chooser (CrDocumentWindow *self)
{
  cr_file_save_chooser_clear (&self->chooser, self);
}

static void
on_chooser_response_cb (GtkNativeDialog  *dialog,
                        int               response,
                        CrDocumentWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  close_chooser (self);
  if (file == NULL || self->bytes == NULL)
    return;

  if (!cr_file_save_bytes (GTK_WIDGET (self), self->toast_overlay, file, self->bytes, saved_cb))
    return;

  self->saving = TRUE;
  update_actions (self);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CrDocumentWindow *self = CR_DOCUMENT_WINDOW (widget);
  g_autofree char *name = NULL;

  if (self->chooser != NULL || self->saving || self->bytes == NULL)
    return;

  /* Translators: the file name suggested when saving a document */
  name = cr_file_save_sanitize_name (self->filename, _("document.pdf"));
  self->chooser = cr_file_save_chooser_new (GTK_WINDOW (self), _("Save a Copy"), _("_Save"),
                                            name, NULL, NULL, NULL);

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
