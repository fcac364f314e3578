/* cr-finding-dialog.h: add or edit a finding and the chronology entries that evidence it */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"
#include "cr-finding.h"

G_BEGIN_DECLS

/*
 * A modal AdwWindow like CrRecordDialog: Cancel and Add/Save in the header
 * bar, a CrRecordForm of a copy of @finding, then "Evidence": the case's
 * chronology entries (key practice episodes first and marked so),
 * searchable, each with a check button. Saving stores the finding
 * (cr_database_save_record_async) and then links exactly the ticked
 * entries (cr_database_set_finding_evidence_async); an error is shown in
 * the dialog and nothing typed is lost. A stored finding has a Delete
 * button that asks first. "saved" is emitted with the stored finding,
 * "deleted" with the finding deleted and the entry ids it was linked to
 * (a GArray of gint64, for Undo), then the dialog closes.
 */

#define CR_TYPE_FINDING_DIALOG (cr_finding_dialog_get_type())

G_DECLARE_FINAL_TYPE (CrFindingDialog, cr_finding_dialog, CR, FINDING_DIALOG, AdwWindow)

CrFindingDialog *cr_finding_dialog_new             (GtkWindow       *parent,
                                                    CrDatabase      *database,
                                                    CrFinding       *finding);
/* The finding the form edits (a copy of the one given). */
CrFinding       *cr_finding_dialog_get_finding     (CrFindingDialog *self);
/* Ticks or unticks entry @entry_id as its check button does. */
void             cr_finding_dialog_set_linked      (CrFindingDialog *self,
                                                    gint64           entry_id,
                                                    gboolean         linked);
/* TRUE once the chronology and the stored links are shown. */
gboolean         cr_finding_dialog_get_loaded      (CrFindingDialog *self);

G_END_DECLS
