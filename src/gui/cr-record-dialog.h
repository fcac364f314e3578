/* cr-record-dialog.h: add or edit one record in a dialog */
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
 * A modal AdwWindow (style.md §4: no AdwDialog on libadwaita 1.2) with a
 * header bar (Cancel, and Add or Save as the suggested action, enabled
 * when the form is valid), a CrRecordForm of a copy of @record, and for a
 * stored record a destructive Delete button at the bottom that asks first.
 * Save runs cr_database_save_record_async; an error is shown in a banner
 * (GtkInfoBar / AdwBanner is 1.3+) inside the dialog and nothing is lost.
 * Escape cancels (asking first when something typed would be lost);
 * Ctrl+Return saves. "saved" is emitted with the stored
 * record, "deleted" with the record deleted, then the dialog closes.
 */

#define CR_TYPE_RECORD_DIALOG (cr_record_dialog_get_type())

G_DECLARE_FINAL_TYPE (CrRecordDialog, cr_record_dialog, CR, RECORD_DIALOG, AdwWindow)

/* @title: "Add Reviewer" / "Edit Reviewer" style, translated by the caller. */
CrRecordDialog *cr_record_dialog_new (GtkWindow          *parent,
                                      CrDatabase         *database,
                                      CrRecord           *record,
                                      const char         *title,
                                      const char * const *fields,
                                      const char * const *required);

G_END_DECLS
