/* cr-status-row.h: the status of a case and its allowed next states */
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

#define CR_TYPE_STATUS_ROW (cr_status_row_get_type())

G_DECLARE_FINAL_TYPE (CrStatusRow, cr_status_row, CR, STATUS_ROW, AdwActionRow)

/*
 * A row showing the status of a case (label and description) with a
 * "Change Status" menu of the states it may move to next
 * (cr_case_status_next_states). Outcomes are confirmed in an
 * AdwMessageDialog first; the move goes through
 * cr_database_transition_case_async() and a refusal is shown in a toast.
 * The action "status.transition" (string: the state's nick) does the move.
 *
 * Signal "transitioned" (CrCase *updated): the stored case after a move.
 */
GtkWidget *cr_status_row_new  (void);
void       cr_status_row_show (CrStatusRow *self,
                               CrDatabase  *db,
                               CrCase      *kase);

G_END_DECLS
