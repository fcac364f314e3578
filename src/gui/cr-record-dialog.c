/* cr-record-dialog.c: add or edit one record in a dialog
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRecordDialog"

#include "config.h"

#include "cr-record-dialog.h"

#include "cr-database-review.h"
#include "cr-dialog-utils.h"
#include "cr-edit-utils.h"
#include "cr-record-form.h"

#include <glib/gi18n.h>

struct _CrRecordDialog
{
  AdwWindow     parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkButton    *save_button;
  GtkSpinner   *spinner;
  GtkInfoBar   *error_bar;
  GtkLabel     *error_label;
  AdwBin       *form_bin;
  GtkButton    *delete_button;

  /* Owned references */
  CrDatabase   *db;
  CrRecord     *original;       /* as given: what Delete removes */
  CrRecord     *record;         /* the copy the form edits */
  CrRecord     *pristine;       /* the copy as the form first showed it */
  CrRecordForm *form;
  GCancellable *cancellable;

  guint         busy : 1;
};

G_DEFINE_FINAL_TYPE (CrRecordDialog, cr_record_dialog, ADW_TYPE_WINDOW)

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
is_stored (CrRecordDialog *self)
{
  return self->original != NULL && cr_record_get_id (self->original) != 0;
}

static gboolean
is_writable (CrRecordDialog *self)
{
  return self->db != NULL && cr_database_is_writable (self->db);
}

static void
update_actions (CrRecordDialog *self)
{
  cr_dialog_update_actions (GTK_WIDGET (self), self->save_button, self->spinner,
                            self->busy, is_writable (self), TRUE,
                            self->form != NULL && cr_record_form_get_valid (self->form),
                            is_stored (self));
}

/*
 * Saving
 */

static void
set_busy (GtkWindow *window,
          gboolean   busy)
{
  CrRecordDialog *self = CR_RECORD_DIALOG (window);

  self->busy = busy;
  update_actions (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CrRecordDialog *self = CR_RECORD_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (self->busy || !is_writable (self))
    return;

  if (!cr_record_form_validate (self->form, &error))
    return;

  /* On failure the form keeps everything typed: correct and try again. */
  cr_dialog_save_record (GTK_WINDOW (self), self->db, self->record, self->cancellable,
                         self->error_bar, self->error_label, _("Could not save"),
                         set_busy, NULL);
}

/*
 * Deleting
 */

static void
on_delete_response_cb (CrRecordDialog *self,
                       const char     *response)
{
  if (g_strcmp0 (response, "delete") != 0 || self->busy || !is_stored (self))
    return;

  cr_dialog_delete_record (GTK_WINDOW (self), self->db, self->original, self->cancellable,
                           self->error_bar, self->error_label, set_busy, NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrRecordDialog *self = CR_RECORD_DIALOG (widget);
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;

  if (self->busy || !is_stored (self) || !is_writable (self))
    return;

  title = cr_record_dup_title (self->original);
  /* Translators: %s names the record, "Review panel, 3 March 2026". */
  heading = title != NULL ? g_strdup_printf (_("Delete “%s”?"), title)
                          : g_strdup (_("Delete this record?"));

  cr_dialog_confirm (GTK_WINDOW (self), heading,
                     _("It is removed from the case. The audit trail keeps a record of what it said."),
                     "cancel", _("_Cancel"),
                     "delete", _("_Delete"),
                     G_CALLBACK (on_delete_response_cb), self);
}

/*
 * Closing with changes not saved
 */

static gboolean
is_dirty (CrRecordDialog *self)
{
  return self->record != NULL && self->pristine != NULL &&
         cr_dialog_record_changed (self->record, self->pristine);
}

static gboolean
cr_record_dialog_close_request (GtkWindow *window)
{
  CrRecordDialog *self = CR_RECORD_DIALOG (window);

  if (!self->busy && is_writable (self) && is_dirty (self) &&
      cr_dialog_ask_discard (window, _("What was typed in this form has not been saved.")))
    return TRUE;

  return GTK_WINDOW_CLASS (cr_record_dialog_parent_class)->close_request (window);
}

/*
 * GObject overrides
 */

static void
on_map_cb (CrRecordDialog *self)
{
  /* Start typing in the first field. */
  if (self->form != NULL)
    gtk_widget_child_focus (GTK_WIDGET (self->form), GTK_DIR_TAB_FORWARD);
}

static void
cr_record_dialog_dispose (GObject *object)
{
  CrRecordDialog *self = CR_RECORD_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_RECORD_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->record);
  g_clear_object (&self->pristine);
  g_clear_object (&self->original);
  g_clear_object (&self->db);
  self->form = NULL;

  G_OBJECT_CLASS (cr_record_dialog_parent_class)->dispose (object);
}

static void
cr_record_dialog_class_init (CrRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cr_record_dialog_dispose;
  window_class->close_request = cr_record_dialog_close_request;

  /**
   * CrRecordDialog::saved:
   * @record: the record as stored
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_RECORD);
  /**
   * CrRecordDialog::deleted:
   * @record: the record deleted
   */
  signals[DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CR_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrRecordDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CrRecordDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CrRecordDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrRecordDialog, error_bar);
  gtk_widget_class_bind_template_child (widget_class, CrRecordDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrRecordDialog, form_bin);
  gtk_widget_class_bind_template_child (widget_class, CrRecordDialog, delete_button);
  cr_dialog_class_bind_error_bar (widget_class);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.delete", NULL, delete_action);
  cr_dialog_class_add_bindings (widget_class, "dialog.save");
}

static void
cr_record_dialog_init (CrRecordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

/*
 * Public API
 */

CrRecordDialog *
cr_record_dialog_new (GtkWindow          *parent,
                      CrDatabase         *database,
                      CrRecord           *record,
                      const char         *title,
                      const char * const *fields,
                      const char * const *required)
{
  CrRecordDialog *self;
  const char *kind;
  g_autofree char *delete_label = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_RECORD (record), NULL);

  self = g_object_new (CR_TYPE_RECORD_DIALOG,
                       "transient-for", parent,
                       "title", title,
                       NULL);

  self->db = g_object_ref (database);
  self->original = g_object_ref (record);
  self->record = g_object_new (G_OBJECT_TYPE (record), NULL);
  cr_record_copy_from (self->record, record);

  self->form = CR_RECORD_FORM (cr_record_form_new (self->record, database, fields, required));
  adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form));
  g_signal_connect_object (self->form, "notify::valid",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  /* With the form's defaults: closing asks only about what the user typed. */
  self->pristine = g_object_new (G_OBJECT_TYPE (record), NULL);
  cr_record_copy_from (self->pristine, self->record);

  gtk_button_set_label (self->save_button, is_stored (self) ? _("_Save") : _("_Add"));

  kind = cr_record_get_kind_label (record);
  if (kind != NULL)
    {
      /* Translators: a button, %s is the kind of record ("Meeting"). */
      delete_label = g_strdup_printf (_("_Delete %s"), kind);
      gtk_button_set_label (self->delete_button, delete_label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), is_stored (self) && is_writable (self));

  update_actions (self);
  return self;
}
