/* cr-agency-dialog.h: adds an agency to the register, or edits one */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-agency.h"
#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_AGENCY_DIALOG (cr_agency_dialog_get_type())

G_DECLARE_FINAL_TYPE (CrAgencyDialog, cr_agency_dialog, CR, AGENCY_DIALOG, AdwWindow)

/*
 * A modal window for one agency: name (with the common agencies of the
 * domain pick-list to choose from), sector, and contact name, email and
 * phone, validated as typed with cr_agency_validate().
 *
 * With @agency NULL it adds: "Add" stores a new agency and closes.
 * With a stored @agency it edits: every field is written through at once
 * with an Undo toast.
 *
 * Signal "agency-saved" (CrAgency *agency): a new agency was stored, or
 * a field of the edited one was written (or undone).
 */
CrAgencyDialog *cr_agency_dialog_new (GtkWindow  *parent,
                                      CrDatabase *db,
                                      CrAgency   *agency);

G_END_DECLS
