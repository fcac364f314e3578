/* cr-new-case-dialog.h: records a new referral */
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

#define CR_TYPE_NEW_CASE_DIALOG (cr_new_case_dialog_get_type())

G_DECLARE_FINAL_TYPE (CrNewCaseDialog, cr_new_case_dialog, CR, NEW_CASE_DIALOG, AdwWindow)

/*
 * A modal window (transient for @parent, destroyed with it) asking for the
 * reference (prefilled with the next free "<prefix>-<year>-<NNN>"), the
 * pseudonym (first unused "Child A", "Child B"...), the review type, the
 * incident and aware dates and a short summary. It validates as the user
 * types, enables Create only when everything is valid, stores the case in
 * the "referred" state and emits "case-created" (CrCase *stored). Escape
 * cancels.
 */
CrNewCaseDialog *cr_new_case_dialog_new (GtkWindow  *parent,
                                         CrDatabase *db);

/* The next free reference for @prefix and @year given the existing
 * @references (NULL-terminated), e.g. "CR-2026-004". */
char            *cr_new_case_dialog_next_reference (const char * const *references,
                                                    const char         *prefix,
                                                    int                 year);

G_END_DECLS
