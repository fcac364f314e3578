/* cr-dialog-utils.h: what the record dialogs share (the error bar, the
 * questions before deleting or discarding, the Save button's state) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"
#include "cr-record.h"

G_BEGIN_DECLS

/* Whether any field of @record holds another value than in @pristine
 * (a record of the same class). */
gboolean   cr_dialog_record_changed     (CrRecord           *record,
                                         CrRecord           *pristine);

/* Shows "@what: <message of @error>" in @label inside @bar, reveals the
 * bar and gives it that text as its accessible name. */
void       cr_dialog_show_error         (GtkInfoBar         *bar,
                                         GtkLabel           *label,
                                         const char         *what,
                                         const GError       *error);

/*
 * Presents an AdwMessageDialog over @parent with the responses @keep_id
 * (@keep_label: the default, also what closing it answers) and @act_id
 * (@act_label, destructive). @callback (void (*) (gpointer object, const
 * char *response)) is connected to "response", swapped, for as long as
 * @object lives. Returns the dialog (transfer none).
 */
GtkWidget *cr_dialog_confirm            (GtkWindow          *parent,
                                         const char         *heading,
                                         const char         *body,
                                         const char         *keep_id,
                                         const char         *keep_label,
                                         const char         *act_id,
                                         const char         *act_label,
                                         GCallback           callback,
                                         gpointer            object);

/*
 * For a close-request handler whose dialog has unsaved changes: asks
 * "Discard the changes?" (@body says what is lost) and returns TRUE, so
 * the close waits; when the user chooses Discard the dialog is closed
 * again (once the question has gone) and this returns FALSE.
 */
gboolean   cr_dialog_ask_discard        (GtkWindow          *dialog,
                                         const char         *body);

/*
 * Enables the "dialog.save" and "dialog.delete" actions of @dialog, shows
 * @spinner while @busy and says on @save_button why it cannot save (the
 * database is read-only; the fields marked in red, once @ready). Save
 * needs @ready and @valid, Delete a @stored record.
 */
void       cr_dialog_update_actions     (GtkWidget          *dialog,
                                         GtkButton          *save_button,
                                         GtkSpinner         *spinner,
                                         gboolean            busy,
                                         gboolean            writable,
                                         gboolean            ready,
                                         gboolean            valid,
                                         gboolean            stored);

/*
 * Saving and deleting the record of a dialog: @set_busy (TRUE) as the
 * work starts (with @error_bar hidden), @set_busy (FALSE) when it ends;
 * then, on success, @saved with the record as stored (or @deleted) and
 * the dialog is destroyed; on failure the error is shown in @error_bar as
 * "@what: <message>" and nothing typed is lost. Nothing is called once
 * @cancellable (the dialog's, cancelled in its dispose) is cancelled.
 * A NULL @saved emits the dialog's "saved" signal with the stored record,
 * a NULL @deleted its "deleted" signal with the record deleted.
 */
typedef void (*CrDialogBusyFunc)    (GtkWindow *dialog,
                                     gboolean   busy);
typedef void (*CrDialogSavedFunc)   (GtkWindow *dialog,
                                     CrRecord  *stored);
typedef void (*CrDialogDeletedFunc) (GtkWindow *dialog);

void       cr_dialog_save_record        (GtkWindow           *dialog,
                                         CrDatabase          *db,
                                         CrRecord            *record,
                                         GCancellable        *cancellable,
                                         GtkInfoBar          *error_bar,
                                         GtkLabel            *error_label,
                                         const char          *what,
                                         CrDialogBusyFunc     set_busy,
                                         CrDialogSavedFunc    saved);
void       cr_dialog_delete_record      (GtkWindow           *dialog,
                                         CrDatabase          *db,
                                         CrRecord            *record,
                                         GCancellable        *cancellable,
                                         GtkInfoBar          *error_bar,
                                         GtkLabel            *error_label,
                                         CrDialogBusyFunc     set_busy,
                                         CrDialogDeletedFunc  deleted);

/* Escape closes the window; Ctrl+Return and Ctrl+Enter (keypad) activate
 * @accept_action ("dialog.save"). */
void       cr_dialog_class_add_bindings (GtkWidgetClass     *widget_class,
                                         const char         *accept_action);

/* Binds "on_error_bar_response_cb", which hides the error bar; the
 * template connects the bar's "response" to it swapped, with the dialog
 * as object. */
void       cr_dialog_class_bind_error_bar (GtkWidgetClass   *widget_class);

G_END_DECLS
