/* cr-identity-row.h: one restricted identity field, value and state */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-enums.h"

G_BEGIN_DECLS

#define CR_TYPE_IDENTITY_ROW (cr_identity_row_get_type())

G_DECLARE_FINAL_TYPE (CrIdentityRow, cr_identity_row, CR, IDENTITY_ROW, AdwEntryRow)

/*
 * An entry row for one CrIdentityField with a state drop-down (Not
 * recorded / Known / Not known / Declined). Typing a value makes the state
 * Known; choosing Not known or Declined clears the value.
 *
 * Signal "edited" (gboolean state_changed): the user changed the text
 * (FALSE) or the state (TRUE). Programmatic changes through
 * cr_identity_row_set_data() do not emit it.
 */
GtkWidget       *cr_identity_row_new       (CrIdentityField  field);
CrIdentityField  cr_identity_row_get_field (CrIdentityRow   *self);
CrFieldState     cr_identity_row_get_state (CrIdentityRow   *self);
/* The trimmed value, or NULL when empty (transfer full). */
char            *cr_identity_row_dup_value (CrIdentityRow   *self);
void             cr_identity_row_set_data  (CrIdentityRow   *self,
                                            CrFieldState     state,
                                            const char      *value);
/* Checks the row alone: a Known state needs a value. Shows the message
 * beside the field and returns FALSE when something must be fixed. */
gboolean         cr_identity_row_check     (CrIdentityRow   *self);
/* Shows @message (e.g. a storage error) beside the field; NULL clears it. */
void             cr_identity_row_set_error (CrIdentityRow   *self,
                                            const char      *message);

G_END_DECLS
