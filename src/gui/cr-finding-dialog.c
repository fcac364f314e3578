/* cr-finding-dialog.c: add or edit a finding and the chronology entries that evidence it
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFindingDialog"

#include "config.h"

#include "cr-finding-dialog-private.h"

#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-dialog-utils.h"
#include "cr-edit-utils.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/* The fields of a finding the form shows: the position follows the list. */
static const char * const form_fields[] = {
  "title", "text", "theme", "priority", "good-practice", "status", "approved-date", NULL
};

G_DEFINE_FINAL_TYPE (CrFindingDialog, cr_finding_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * State
 */

static gboolean
is_stored (CrFindingDialog *self)
{
  return cr_record_get_id (CR_RECORD (self->original)) != 0;
}

static gboolean
is_writable (CrFindingDialog *self)
{
  return cr_database_is_writable (self->db);
}

void
_cr_finding_dialog_update_actions (CrFindingDialog *self)
{
  cr_dialog_update_actions (GTK_WIDGET (self), self->save_button, self->spinner,
                            self->busy, is_writable (self), self->links_loaded,
                            self->form != NULL && cr_record_form_get_valid (self->form),
                            is_stored (self));
}

void
_cr_finding_dialog_show_error (CrFindingDialog *self,
                               const char      *what,
                               const GError    *error)
{
  cr_dialog_show_error (self->error_bar, self->error_label, what, error);
}

/* An approved finding carries the day it was approved; a draft none. */
static void
on_status_notify_cb (CrFindingDialog *self)
{
  CrRecord *record = CR_RECORD (self->record);

  if (g_strcmp0 (cr_record_get (record, "status"), "approved") == 0)
    {
      if (!cr_record_has (record, "approved-date"))
        {
          GDate today;
          g_autofree char *iso = NULL;

          cr_date_set_today (&today);
          iso = cr_date_to_iso (&today);
          cr_record_set (record, "approved-date", iso);
        }
    }
  else
    cr_record_set (record, "approved-date", NULL);
}

/*
 * Saving
 */

typedef struct
{
  CrFindingDialog *self;
  CrRecord        *stored;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_object_unref (data->self);
  g_clear_object (&data->stored);
  g_free (data);
}

static void
on_evidence_saved_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  SaveData *data = user_data;
  CrFindingDialog *self = data->self;
  g_autoptr(GError) error = NULL;

  if (!cr_database_set_finding_evidence_finish (CR_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->busy = FALSE;
          _cr_finding_dialog_update_actions (self);
          /* The finding itself is stored: Save again links the evidence. */
          _cr_finding_dialog_show_error (self, _("The finding was saved but its evidence was not"), error);
        }
      save_data_free (data);
      return;
    }

  self->busy = FALSE;
  g_signal_emit (self, signals[SAVED], 0, data->stored);
  save_data_free (data);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_finding_saved_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  SaveData *data = user_data;
  CrFindingDialog *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  data->stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  if (data->stored == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->busy = FALSE;
          _cr_finding_dialog_update_actions (self);
          _cr_finding_dialog_show_error (self, _("Could not save"), error);
        }
      save_data_free (data);
      return;
    }

  /* Saving again (after an error below) updates rather than adds. */
  cr_record_set_id (CR_RECORD (self->record), cr_record_get_id (data->stored));

  ids = _cr_finding_dialog_dup_ids (self->linked);
  cr_database_set_finding_evidence_async (self->db, cr_record_get_id (data->stored),
                                          (const gint64 *) (gpointer) ids->data, ids->len,
                                          self->cancellable, on_evidence_saved_cb, data);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (widget);
  SaveData *data;

  if (self->busy || !is_writable (self) || !self->links_loaded)
    return;
  if (!cr_record_form_validate (self->form, NULL))
    return;

  gtk_info_bar_set_revealed (self->error_bar, FALSE);
  self->busy = TRUE;
  _cr_finding_dialog_update_actions (self);

  data = g_new0 (SaveData, 1);
  data->self = g_object_ref (self);
  cr_database_save_record_async (self->db, CR_RECORD (self->record), self->cancellable,
                                 on_finding_saved_cb, data);
}

/*
 * Deleting
 */

static void
set_busy (GtkWindow *window,
          gboolean   busy)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (window);

  self->busy = busy;
  _cr_finding_dialog_update_actions (self);
}

static void
emit_deleted (GtkWindow *window)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (window);
  g_autoptr(GArray) ids = _cr_finding_dialog_dup_ids (self->stored_links);

  g_signal_emit (self, signals[DELETED], 0, self->original, ids);
}

static void
on_delete_response_cb (CrFindingDialog *self,
                       const char      *response)
{
  if (g_strcmp0 (response, "delete") != 0 || self->busy || !is_stored (self))
    return;

  cr_dialog_delete_record (GTK_WINDOW (self), self->db, CR_RECORD (self->original),
                           self->cancellable, self->error_bar, self->error_label,
                           set_busy, emit_deleted);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (widget);
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;

  if (self->busy || !is_stored (self) || !is_writable (self))
    return;

  title = cr_record_dup_title (CR_RECORD (self->original));
  heading = g_strdup_printf (_("Delete “%s”?"), title != NULL ? title : "");
  cr_dialog_confirm (GTK_WINDOW (self), heading,
                     _("Its links to the chronology go with it, and recommendations that answer it no longer name a finding. The audit trail keeps a record of what it said."),
                     "cancel", _("_Cancel"),
                     "delete", _("_Delete"),
                     G_CALLBACK (on_delete_response_cb), self);
}

/*
 * Closing with changes not saved
 */

static gboolean
cr_finding_dialog_close_request (GtkWindow *window)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (window);

  if (!self->busy && is_writable (self) &&
      (_cr_finding_dialog_links_changed (self) ||
       cr_dialog_record_changed (CR_RECORD (self->record), CR_RECORD (self->pristine))) &&
      cr_dialog_ask_discard (window, _("What was typed and ticked in this finding has not been saved.")))
    return TRUE;

  return GTK_WINDOW_CLASS (cr_finding_dialog_parent_class)->close_request (window);
}

/*
 * GObject overrides
 */

static void
on_map_cb (CrFindingDialog *self)
{
  if (self->form != NULL)
    gtk_widget_child_focus (GTK_WIDGET (self->form), GTK_DIR_TAB_FORWARD);
}

static void
cr_finding_dialog_dispose (GObject *object)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_FINDING_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->chronology);
  g_clear_object (&self->record);
  g_clear_object (&self->pristine);
  g_clear_object (&self->original);
  g_clear_object (&self->db);
  self->form = NULL;

  G_OBJECT_CLASS (cr_finding_dialog_parent_class)->dispose (object);
}

static void
cr_finding_dialog_finalize (GObject *object)
{
  CrFindingDialog *self = CR_FINDING_DIALOG (object);

  g_hash_table_unref (self->linked);
  g_hash_table_unref (self->stored_links);
  g_free (self->search);

  G_OBJECT_CLASS (cr_finding_dialog_parent_class)->finalize (object);
}

static void
cr_finding_dialog_class_init (CrFindingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_finding_dialog_dispose;
  object_class->finalize = cr_finding_dialog_finalize;
  window_class->close_request = cr_finding_dialog_close_request;

  /**
   * CrFindingDialog::saved:
   * @finding: the finding as stored
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_RECORD);
  /**
   * CrFindingDialog::deleted:
   * @finding: the finding deleted
   * @entry_ids: (element-type gint64): the entries it was linked to
   */
  signals[DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, CR_TYPE_RECORD, G_TYPE_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-finding-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, error_bar);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, form_bin);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, evidence_stack);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, evidence_view);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, evidence_message);
  gtk_widget_class_bind_template_child (widget_class, CrFindingDialog, delete_button);
  cr_dialog_class_bind_error_bar (widget_class);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_search_changed_cb",
                                                G_CALLBACK (_cr_finding_dialog_search_changed));

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.delete", NULL, delete_action);
  cr_dialog_class_add_bindings (widget_class, "dialog.save");
}

static void
cr_finding_dialog_init (CrFindingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->linked = _cr_finding_dialog_new_id_set ();
  self->stored_links = _cr_finding_dialog_new_id_set ();
  gtk_label_set_text (self->evidence_message, _("Reading the chronology…"));
  gtk_stack_set_visible_child_name (self->evidence_stack, "message");
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

/*
 * Public API
 */

CrFindingDialog *
cr_finding_dialog_new (GtkWindow  *parent,
                       CrDatabase *database,
                       CrFinding  *finding)
{
  CrFindingDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_FINDING (finding), NULL);

  self = g_object_new (CR_TYPE_FINDING_DIALOG,
                       "transient-for", parent,
                       "title", cr_record_get_id (CR_RECORD (finding)) != 0 ? _("Edit Finding")
                                                                          : _("Add Finding"),
                       NULL);

  self->db = g_object_ref (database);
  self->original = g_object_ref (finding);
  self->record = cr_finding_new ();
  cr_record_copy_from (CR_RECORD (self->record), CR_RECORD (finding));

  self->form = CR_RECORD_FORM (cr_record_form_new (CR_RECORD (self->record), database,
                                                   form_fields, NULL));
  adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form));
  g_signal_connect_object (self->form, "notify::valid",
                           G_CALLBACK (_cr_finding_dialog_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->record, "notify::status",
                           G_CALLBACK (on_status_notify_cb), self, G_CONNECT_SWAPPED);
  self->pristine = cr_finding_new ();
  cr_record_copy_from (CR_RECORD (self->pristine), CR_RECORD (self->record));

  gtk_button_set_label (self->save_button, is_stored (self) ? _("_Save") : _("_Add"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), is_stored (self) && is_writable (self));

  _cr_finding_dialog_load_evidence (self);
  _cr_finding_dialog_update_count (self);
  _cr_finding_dialog_update_actions (self);
  return self;
}

CrFinding *
cr_finding_dialog_get_finding (CrFindingDialog *self)
{
  g_return_val_if_fail (CR_IS_FINDING_DIALOG (self), NULL);

  return self->record;
}

gboolean
cr_finding_dialog_get_loaded (CrFindingDialog *self)
{
  g_return_val_if_fail (CR_IS_FINDING_DIALOG (self), FALSE);

  return self->chronology_loaded && self->links_loaded;
}
