/* cr-evidence-page-documents.c: the case's documents: add, open, edit, remove
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrEvidencePage"

#include "config.h"

#include "cr-evidence-page-private.h"

#include "cr-document-window.h"
#include "cr-edit-utils.h"
#include "cr-form-dialog.h"
#include "cr-record-dialog.h"
#include "cr-storage-error.h"

#include <glib/gi18n.h>

/* What the Add dialog asks (filename last: it is only wrong for odd names). */
static const char * const add_fields[] = {
  "title", "doc-type", "agency-id", "version", "received-date", "notes", "filename", NULL
};
static const char * const edit_fields[] = {
  "title", "doc-type", "agency-id", "version", "received-date", "notes", "filename",
  "media-type", "size", "sha256", "added-at", NULL
};

static void next_file (CrEvidencePage *self);
static void on_offer_destroy_cb (CrEvidencePage *self);

static CrDocument *
find_document (CrEvidencePage *self,
               gint64          id)
{
  for (guint i = 0; self->documents != NULL && i < self->documents->len; i++)
    if (cr_record_get_id (g_ptr_array_index (self->documents, i)) == id)
      return g_ptr_array_index (self->documents, i);
  return NULL;
}

/*
 * The list
 */

static GtkWidget *
new_document_row (CrDocument *document)
{
  CrRecord *record = CR_RECORD (document);
  gint64 id = cr_record_get_id (record);
  g_autofree char *title = cr_record_dup_title (record);
  g_autofree char *subtitle = cr_record_dup_subtitle (record);
  g_autofree char *accessible = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  GtkWidget *row, *icon, *button;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "document-id", GSIZE_TO_POINTER ((gsize) id));
  gtk_widget_set_tooltip_text (row, cr_document_is_pdf (document)
                               ? _("Open the document to read it")
                               : _("Open the document"));

  icon = gtk_image_new_from_icon_name (cr_document_is_pdf (document)
                                       ? "x-office-document-symbolic"
                                       : "text-x-generic-symbolic");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  item = g_menu_item_new (_("_Open"), NULL);
  g_menu_item_set_action_and_target_value (item, "evidence.open-document", g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
  g_clear_object (&item);
  item = g_menu_item_new (_("_Edit Details…"), NULL);
  g_menu_item_set_action_and_target_value (item, "evidence.edit-document", g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
  g_clear_object (&item);
  item = g_menu_item_new (_("_Remove"), NULL);
  g_menu_item_set_action_and_target_value (item, "evidence.remove-document", g_variant_new_int64 (id));
  g_menu_append_item (menu, item);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the accessible name of a row's menu button, "Document Menu: Police report" */
  accessible = g_strdup_printf (_("Document Menu: %s"), title != NULL ? title : "");
  gtk_widget_set_tooltip_text (button, _("Document menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

void
_cr_evidence_page_show_documents (CrEvidencePage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->documents_list))) != NULL)
    gtk_list_box_remove (self->documents_list, child);

  if (self->documents == NULL || self->documents->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No documents yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Add the agencies’ reports and chronologies, or drop the files here."));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->documents_list, row);
      return;
    }

  for (guint i = 0; i < self->documents->len; i++)
    gtk_list_box_append (self->documents_list, new_document_row (g_ptr_array_index (self->documents, i)));
}

/*
 * Open, edit, remove
 */

void
_cr_evidence_page_open_document (CrEvidencePage *self,
                                 gint64          document_id)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  CrDocument *document = find_document (self, document_id);

  if (document == NULL || db == NULL)
    return;

  cr_document_window_open (cr_review_page_get_window (CR_REVIEW_PAGE (self)), db, document);
}

static void
on_document_edited_cb (CrEvidencePage *self)
{
  _cr_evidence_page_reload (self);
  cr_record_list_group_reload (self->requests_group);
}

void
_cr_evidence_page_edit_document (CrEvidencePage *self,
                                 gint64          document_id)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  CrDocument *document = find_document (self, document_id);
  CrRecordDialog *dialog;

  if (document == NULL || db == NULL)
    return;

  dialog = cr_record_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)), db,
                                 CR_RECORD (document), _("Edit Document"), edit_fields, NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_document_edited_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "deleted", G_CALLBACK (on_document_edited_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_delete_document_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CrEvidencePage) self = user_data;
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (!cr_database_delete_record_finish (CR_DATABASE (source), result, &error))
    {
      GtkWidget *dialog;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || kase == NULL)
        return;

      /* The message says what still uses it: a dialog, so it can be read. */
      dialog = adw_message_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                       _("The Document Was Not Removed"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (kase == NULL)
    return;
  _cr_evidence_page_tell (self, _("Document removed"), NULL);
  on_document_edited_cb (self);
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       CrEvidencePage   *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  CrRecord *document = g_object_get_data (G_OBJECT (dialog), "document");

  if (g_strcmp0 (response, "remove") != 0 || db == NULL)
    return;

  cr_database_delete_record_async (db, document, NULL, on_delete_document_cb,
                                   g_object_ref (self));
}

void
_cr_evidence_page_remove_document (CrEvidencePage *self,
                                   gint64          document_id)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  CrDocument *document = find_document (self, document_id);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (document == NULL || !cr_database_is_writable (db))
    return;

  heading = g_strdup_printf (_("Remove “%s”?"), cr_record_get (CR_RECORD (document), "title"));
  dialog = adw_message_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)), heading,
                                   _("The copy stored with the case is deleted. The file it was added from is not touched."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "document", g_object_ref (document), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Adding files: read off the main thread, then a dialog to describe each
 */

static void
file_failed (CrEvidencePage *self,
             GFile          *file,
             const char     *message)
{
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: "Could not add “report.pdf”" */
  g_autofree char *heading = g_strdup_printf (_("Could not add “%s”"), name);

  _cr_evidence_page_tell (self, heading, message);
}

static void
on_add_document_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CrFormDialog) dialog = user_data;
  CrEvidencePage *self = g_object_get_data (G_OBJECT (dialog), "page");
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  g_autoptr(CrDocument) stored = NULL;
  g_autoptr(GError) error = NULL;
  CrEvidenceRequest *request;

  stored = cr_database_add_document_finish (CR_DATABASE (source), result, &error);
  if (stored == NULL)
    {
      /* Shown in the dialog; the user may change the details and retry. */
      cr_form_dialog_finish (dialog, error);
      return;
    }

  request = kase != NULL ? _cr_evidence_page_find_open_request (self, stored) : NULL;
  /* The next file waits until the offer below is answered. */
  self->offering = request != NULL;
  cr_form_dialog_finish (dialog, NULL);
  if (kase == NULL)
    return;

  _cr_evidence_page_reload (self);
  cr_record_list_group_reload (self->requests_group);

  if (request != NULL)
    {
      GtkWidget *offer = _cr_evidence_page_offer_received (self, request, stored);

      g_signal_connect_object (offer, "destroy", G_CALLBACK (on_offer_destroy_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
on_offer_destroy_cb (CrEvidencePage *self)
{
  self->offering = FALSE;
  next_file (self);
}

static void
on_add_accepted_cb (CrFormDialog   *dialog,
                    CrEvidencePage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  GBytes *contents = g_object_get_data (G_OBJECT (dialog), "contents");

  if (db == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CLOSED,
                                                     _("The case file is closed."));
      cr_form_dialog_finish (dialog, error);
      return;
    }

  cr_database_add_document_async (db, CR_DOCUMENT (cr_form_dialog_get_record (dialog)),
                                  contents, NULL, on_add_document_cb, g_object_ref (dialog));
}

static void
on_add_dialog_destroy_cb (CrEvidencePage *self)
{
  /* Added or cancelled: on to the next file (after any offer to mark a
   * request received). */
  g_clear_object (&self->adding);
  if (!self->offering)
    next_file (self);
}

static void
show_add_dialog (CrEvidencePage *self,
                 const char     *name,
                 GBytes         *contents)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  g_autoptr(CrDocument) document = cr_document_new_for_file (name);
  g_autofree char *size = g_format_size (g_bytes_get_size (contents));
  g_autofree char *description = NULL;
  g_autofree char *title = NULL;
  guint n_waiting = g_queue_get_length (&self->pending_files);
  CrFormDialog *dialog;

  cr_record_set_case_id (CR_RECORD (document), cr_review_page_get_case_id (CR_REVIEW_PAGE (self)));

  title = n_waiting > 0
    /* Translators: the title of the dialog when several files are added, "Add Document (2 more)" */
    ? g_strdup_printf (ngettext ("Add Document (%u more)", "Add Document (%u more)", n_waiting), n_waiting)
    : g_strdup (_("Add Document"));
  dialog = cr_form_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)), db,
                               CR_RECORD (document), title, _("_Add"), add_fields, NULL);
  /* Translators: "“report.pdf”, 1.2 MB. Say what it is and where it came from; it is stored inside the case file." */
  description = g_strdup_printf (_("“%s”, %s. Say what it is and which agency sent it; a copy is stored with the case."),
                                 name, size);
  cr_form_dialog_set_description (dialog, description);

  g_object_set_data_full (G_OBJECT (dialog), "contents", g_bytes_ref (contents),
                          (GDestroyNotify) g_bytes_unref);
  g_object_set_data_full (G_OBJECT (dialog), "page", g_object_ref (self), g_object_unref);
  g_signal_connect_object (dialog, "accepted", G_CALLBACK (on_add_accepted_cb), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_add_dialog_destroy_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_load_contents_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrEvidencePage *self = CR_EVIDENCE_PAGE (tag->owner);
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  GFile *file = G_FILE (source);
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  char *data = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (file, result, &data, &length, NULL, &error))
    {
      if (kase != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        file_failed (self, file, error->message);
      g_clear_object (&self->adding);
      if (kase != NULL)
        next_file (self);
      return;
    }

  contents = g_bytes_new_take (data, length);
  if (kase == NULL || tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    {
      g_clear_object (&self->adding);
      return;
    }

  if (length > CR_DOCUMENT_MAX_BYTES)
    {
      g_autofree char *limit = g_format_size (CR_DOCUMENT_MAX_BYTES);
      g_autofree char *message = g_strdup_printf (_("it is larger than %s, the most a case can store in one document"),
                                                  limit);
      file_failed (self, file, message);
      g_clear_object (&self->adding);
      next_file (self);
      return;
    }

  name = g_file_get_basename (file);
  show_add_dialog (self, name, contents);
}

static void
on_query_info_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrLoadTag) tag = user_data;
  CrEvidencePage *self = CR_EVIDENCE_PAGE (tag->owner);
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  GFile *file = G_FILE (source);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  const char *message = NULL;
  g_autofree char *owned = NULL;

  info = g_file_query_info_finish (file, result, &error);
  if (kase == NULL || tag->id != cr_review_page_get_case_id (CR_REVIEW_PAGE (self)))
    {
      g_clear_object (&self->adding);
      return;
    }

  if (info == NULL)
    message = error->message;
  else if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    message = _("it is not a file: choose the files inside a folder");
  else if (g_file_info_get_size (info) > CR_DOCUMENT_MAX_BYTES)
    {
      g_autofree char *limit = g_format_size (CR_DOCUMENT_MAX_BYTES);

      message = owned = g_strdup_printf (_("it is larger than %s, the most a case can store in one document"),
                                         limit);
    }

  if (message != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        file_failed (self, file, message);
      g_clear_object (&self->adding);
      next_file (self);
      return;
    }

  g_file_load_contents_async (file, cr_review_page_get_cancellable (CR_REVIEW_PAGE (self)),
                              on_load_contents_cb, cr_load_tag_new (self, tag->id));
}

static void
next_file (CrEvidencePage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  gint64 id = cr_review_page_get_case_id (CR_REVIEW_PAGE (self));

  if (self->adding != NULL || self->offering)
    return;
  if (db == NULL || id == 0)
    {
      g_queue_clear_full (&self->pending_files, g_object_unref);
      return;
    }

  self->adding = g_queue_pop_head (&self->pending_files);
  if (self->adding == NULL)
    return;

  g_file_query_info_async (self->adding,
                           G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT,
                           cr_review_page_get_cancellable (CR_REVIEW_PAGE (self)), on_query_info_cb, cr_load_tag_new (self, id));
}

void
_cr_evidence_page_add_files (CrEvidencePage  *self,
                             GFile          **files,
                             guint            n_files)
{
  g_return_if_fail (CR_IS_EVIDENCE_PAGE (self));

  if (!cr_review_page_is_writable (CR_REVIEW_PAGE (self)))
    return;

  for (guint i = 0; i < n_files; i++)
    g_queue_push_tail (&self->pending_files, g_object_ref (files[i]));
  next_file (self);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        CrEvidencePage  *self)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      _cr_evidence_page_add_files (self, (GFile **) array->pdata, array->len);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
_cr_evidence_page_choose_files (CrEvidencePage *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (!cr_review_page_is_writable (CR_REVIEW_PAGE (self)))
    return;

  chooser = gtk_file_chooser_native_new (_("Add Documents"),
                                         cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);

  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), pdf);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/*
 * Drag and drop
 */

static gboolean
on_drop_cb (GtkDropTarget  *target,
            const GValue   *value,
            double          x,
            double          y,
            CrEvidencePage *self)
{
  CrDatabase *db = cr_review_page_get_database (CR_REVIEW_PAGE (self));
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) || !cr_database_is_writable (db))
    return FALSE;

  list = g_value_get_boxed (value);
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0)
    return FALSE;

  _cr_evidence_page_add_files (self, (GFile **) files->pdata, files->len);
  return TRUE;
}

GtkDropTarget *
_cr_evidence_page_new_drop_target (CrEvidencePage *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  return target;
}
