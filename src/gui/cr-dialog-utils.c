/* cr-dialog-utils.c: what the record dialogs share
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDialogUtils"

#include "config.h"

#include "cr-dialog-utils.h"

#include "cr-database-review.h"

#include <glib/gi18n.h>

/* Set on a dialog whose user chose to drop the changes. */
#define DISCARDING_KEY "cr-dialog-discarding"

gboolean
cr_dialog_record_changed (CrRecord *record,
                          CrRecord *pristine)
{
  const CrRecordField *fields;
  guint n_fields = 0;

  g_return_val_if_fail (CR_IS_RECORD (record), FALSE);
  g_return_val_if_fail (CR_IS_RECORD (pristine), FALSE);

  fields = cr_record_class_get_fields (CR_RECORD_GET_CLASS (record), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (g_strcmp0 (cr_record_get (record, fields[i].name),
                   cr_record_get (pristine, fields[i].name)) != 0)
      return TRUE;
  return FALSE;
}

void
cr_dialog_show_error (GtkInfoBar   *bar,
                      GtkLabel     *label,
                      const char   *what,
                      const GError *error)
{
  g_autofree char *text = NULL;

  g_return_if_fail (GTK_IS_INFO_BAR (bar));
  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (error != NULL);

  text = g_strdup_printf ("%s: %s", what, error->message);
  gtk_label_set_text (label, text);
  gtk_info_bar_set_revealed (bar, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

GtkWidget *
cr_dialog_confirm (GtkWindow  *parent,
                   const char *heading,
                   const char *body,
                   const char *keep_id,
                   const char *keep_label,
                   const char *act_id,
                   const char *act_label,
                   GCallback   callback,
                   gpointer    object)
{
  GtkWidget *confirm;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  confirm = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (confirm),
                                    keep_id, keep_label,
                                    act_id, act_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (confirm), act_id,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (confirm), keep_id);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (confirm), keep_id);
  g_signal_connect_object (confirm, "response", callback, object, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (confirm));
  return confirm;
}

static gboolean
close_discarding (gpointer data)
{
  GtkWindow *dialog = data;

  g_object_set_data (G_OBJECT (dialog), DISCARDING_KEY, GINT_TO_POINTER (TRUE));
  gtk_window_close (dialog);
  return G_SOURCE_REMOVE;
}

static void
on_discard_response_cb (GtkWindow  *dialog,
                        const char *response)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  /* Once the question has closed: closing now would destroy it (it goes
   * with its parent) while it is still answering. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_discarding, g_object_ref (dialog),
                   g_object_unref);
}

gboolean
cr_dialog_ask_discard (GtkWindow  *dialog,
                       const char *body)
{
  g_return_val_if_fail (GTK_IS_WINDOW (dialog), FALSE);

  if (g_object_get_data (G_OBJECT (dialog), DISCARDING_KEY) != NULL)
    return FALSE;

  cr_dialog_confirm (dialog, _("Discard the changes?"), body,
                     "keep", _("_Keep Editing"),
                     "discard", _("_Discard"),
                     G_CALLBACK (on_discard_response_cb), dialog);
  return TRUE;
}

/*
 * Saving and deleting
 */

typedef struct
{
  GtkWindow           *dialog;
  GtkInfoBar          *error_bar;
  GtkLabel            *error_label;
  const char          *what;
  CrDialogBusyFunc     set_busy;
  CrDialogSavedFunc    saved;
  CrDialogDeletedFunc  deleted;
  CrRecord            *record;      /* the record deleted */
} DialogWork;

static DialogWork *
dialog_work_new (GtkWindow        *dialog,
                 GtkInfoBar       *error_bar,
                 GtkLabel         *error_label,
                 const char       *what,
                 CrDialogBusyFunc  set_busy)
{
  DialogWork *work = g_new0 (DialogWork, 1);

  work->dialog = g_object_ref (dialog);
  work->error_bar = error_bar;
  work->error_label = error_label;
  work->what = what;
  work->set_busy = set_busy;

  gtk_info_bar_set_revealed (error_bar, FALSE);
  set_busy (dialog, TRUE);
  return work;
}

static void
dialog_work_free (DialogWork *work)
{
  g_object_unref (work->dialog);
  g_clear_object (&work->record);
  g_free (work);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DialogWork, dialog_work_free)

/* Ends the work: FALSE (nothing more to do) when it was cancelled or
 * failed, the failure shown. */
static gboolean
dialog_work_end (DialogWork   *work,
                 const GError *error,
                 gboolean      ok)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;

  work->set_busy (work->dialog, FALSE);
  if (!ok)
    cr_dialog_show_error (work->error_bar, work->error_label, work->what, error);
  return ok;
}

static void
on_record_saved_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(DialogWork) work = user_data;
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = cr_database_save_record_finish (CR_DATABASE (source), result, &error);
  if (!dialog_work_end (work, error, stored != NULL))
    return;

  if (work->saved != NULL)
    work->saved (work->dialog, stored);
  else
    g_signal_emit_by_name (work->dialog, "saved", stored);
  gtk_window_destroy (work->dialog);
}

void
cr_dialog_save_record (GtkWindow         *dialog,
                       CrDatabase        *db,
                       CrRecord          *record,
                       GCancellable      *cancellable,
                       GtkInfoBar        *error_bar,
                       GtkLabel          *error_label,
                       const char        *what,
                       CrDialogBusyFunc   set_busy,
                       CrDialogSavedFunc  saved)
{
  DialogWork *work = dialog_work_new (dialog, error_bar, error_label, what, set_busy);

  work->saved = saved;
  cr_database_save_record_async (db, record, cancellable, on_record_saved_cb, work);
}

static void
on_record_deleted_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(DialogWork) work = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = cr_database_delete_record_finish (CR_DATABASE (source), result, &error);
  if (!dialog_work_end (work, error, ok))
    return;

  if (work->deleted != NULL)
    work->deleted (work->dialog);
  else
    g_signal_emit_by_name (work->dialog, "deleted", work->record);
  gtk_window_destroy (work->dialog);
}

void
cr_dialog_delete_record (GtkWindow           *dialog,
                         CrDatabase          *db,
                         CrRecord            *record,
                         GCancellable        *cancellable,
                         GtkInfoBar          *error_bar,
                         GtkLabel            *error_label,
                         CrDialogBusyFunc     set_busy,
                         CrDialogDeletedFunc  deleted)
{
  DialogWork *work = dialog_work_new (dialog, error_bar, error_label, _("Could not delete"),
                                      set_busy);

  work->deleted = deleted;
  work->record = g_object_ref (record);
  cr_database_delete_record_async (db, record, cancellable, on_record_deleted_cb, work);
}

/*
 * The Save button
 */

void
cr_dialog_update_actions (GtkWidget  *dialog,
                          GtkButton  *save_button,
                          GtkSpinner *spinner,
                          gboolean    busy,
                          gboolean    writable,
                          gboolean    ready,
                          gboolean    valid,
                          gboolean    stored)
{
  gboolean can_save = !busy && writable && ready && valid;

  gtk_widget_action_set_enabled (dialog, "dialog.save", can_save);
  gtk_widget_action_set_enabled (dialog, "dialog.delete", !busy && writable && stored);
  gtk_widget_set_visible (GTK_WIDGET (spinner), busy);
  gtk_spinner_set_spinning (spinner, busy);

  if (!writable)
    gtk_widget_set_tooltip_text (GTK_WIDGET (save_button), _("The database is read-only"));
  else if (!can_save && !busy && ready)
    gtk_widget_set_tooltip_text (GTK_WIDGET (save_button),
                                 _("Correct the fields marked in red first"));
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (save_button), NULL);
}

void
cr_dialog_class_add_bindings (GtkWidgetClass *widget_class,
                              const char     *accept_action)
{
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       accept_action, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       accept_action, NULL);
}

static void
on_error_bar_response_cb (gpointer    dialog,
                          int         response,
                          GtkInfoBar *bar)
{
  gtk_info_bar_set_revealed (bar, FALSE);
}

void
cr_dialog_class_bind_error_bar (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response_cb);
}
