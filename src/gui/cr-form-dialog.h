/* cr-form-dialog.h: a dialog of one record form whose accept the caller carries out */
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

/*
 * A modal AdwWindow with a header bar (Cancel, and the accept button as
 * the suggested action, enabled while the form is valid) over a
 * CrRecordForm of @record itself (not a copy). Where CrRecordDialog saves
 * with cr_database_save_record, this one leaves the work to the caller:
 * accepting (the button, Ctrl+Return) validates the form and emits
 * "accepted"; the handler starts its work and calls
 * cr_form_dialog_finish() when it ends: with no error the dialog closes,
 * with one the message is shown at the top and nothing typed is lost.
 * Escape cancels (emits "cancelled" and closes).
 */

#define CR_TYPE_FORM_DIALOG (cr_form_dialog_get_type())

G_DECLARE_FINAL_TYPE (CrFormDialog, cr_form_dialog, CR, FORM_DIALOG, AdwWindow)

/* @title and @accept_label ("_Pause") translated by the caller. */
CrFormDialog *cr_form_dialog_new             (GtkWindow          *parent,
                                              CrDatabase         *database,
                                              CrRecord           *record,
                                              const char         *title,
                                              const char         *accept_label,
                                              const char * const *fields,
                                              const char * const *required);
CrRecord     *cr_form_dialog_get_record      (CrFormDialog       *self);
/* A paragraph above the form (NULL: none). */
void          cr_form_dialog_set_description (CrFormDialog       *self,
                                              const char         *description);
/* Accepts as the button does (for the keyboard and the tests). */
void          cr_form_dialog_accept          (CrFormDialog       *self);
/* The accepted work ended: closes the dialog, or shows @error (not a
 * cancellation) and lets the user try again. */
void          cr_form_dialog_finish          (CrFormDialog       *self,
                                              const GError       *error);
/* The message shown at the top, or NULL. */
const char   *cr_form_dialog_get_error       (CrFormDialog       *self);

G_END_DECLS
