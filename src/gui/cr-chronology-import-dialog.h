/* cr-chronology-import-dialog.h: importing one agency's chronology file */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-case.h"
#include "cr-database.h"

G_BEGIN_DECLS

/*
 * A modal AdwWindow: choose the agency (AdwComboRow of the case's
 * involved agencies first, then all) and the file (GtkFileChooserNative,
 * CSV and XLSX filters); the file is read off the main thread
 * (cr_sheet_read in a GTask); then one AdwComboRow per role (Date, Time,
 * Event, Author or role, Source) listing the columns by header name and
 * letter, preset from the agency's remembered mapping
 * (cr_database_get_chronology_mapping) or the guess, a "First row names
 * the columns" switch, and a live preview of the first rows as they will
 * be read (a GtkColumnView) with a line "412 entries · 3 rows set aside"
 * and the first reasons. Import stores it (cr_database_import_chronology)
 * and emits "imported" (gint64 import id) then closes; errors show in the
 * dialog and nothing is stored. Every control has an accessible name.
 * cr_chronology_import_dialog_set_file() preselects a file (tests, drag
 * and drop).
 */

#define CR_TYPE_CHRONOLOGY_IMPORT_DIALOG (cr_chronology_import_dialog_get_type())

G_DECLARE_FINAL_TYPE (CrChronologyImportDialog, cr_chronology_import_dialog, CR, CHRONOLOGY_IMPORT_DIALOG, AdwWindow)

CrChronologyImportDialog *cr_chronology_import_dialog_new      (GtkWindow                *parent,
                                                                CrDatabase               *database,
                                                                CrCase                   *kase);
void                      cr_chronology_import_dialog_set_file (CrChronologyImportDialog *self,
                                                                GFile                    *file);

G_END_DECLS
