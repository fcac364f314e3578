/* cr-identity.h: the restricted identity of a child or family member */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-enums.h"

G_BEGIN_DECLS

#define CR_TYPE_IDENTITY (cr_identity_get_type())

G_DECLARE_FINAL_TYPE (CrIdentity, cr_identity, CR, IDENTITY, GObject)

/*
 * Each CrIdentityField has a value (string, or NULL) and a CrFieldState.
 * Properties: for each field, "<nick>" (string) and "<nick>-state"
 * (CrFieldState), where nick is cr_identity_field_to_nick(), for example
 * "name", "name-state", "date-of-birth", "date-of-birth-state".
 * Setting a non-empty value sets the state to KNOWN; setting the state to
 * NOT_KNOWN, DECLINED or UNSET clears the value.
 */

CrIdentity   *cr_identity_new                  (void);
CrIdentity   *cr_identity_copy                 (CrIdentity      *self);

const char   *cr_identity_get_value            (CrIdentity      *self,
                                                CrIdentityField  field);
CrFieldState  cr_identity_get_state            (CrIdentity      *self,
                                                CrIdentityField  field);
void          cr_identity_set_value            (CrIdentity      *self,
                                                CrIdentityField  field,
                                                const char      *value);
void          cr_identity_set_state            (CrIdentity      *self,
                                                CrIdentityField  field,
                                                CrFieldState     state);
/* What a user sees: the value, or "Not known", "Declined", "Not recorded". */
char         *cr_identity_dup_display          (CrIdentity      *self,
                                                CrIdentityField  field);
/* Checks the values: a date of birth is a valid past date, an age is
 * 0..24 (care leavers included), and so on. */
gboolean      cr_identity_validate             (CrIdentity      *self,
                                                GError         **error);

const char   *cr_identity_field_to_nick        (CrIdentityField  field);
gboolean      cr_identity_field_from_nick      (const char      *nick,
                                                CrIdentityField *field);
const char   *cr_identity_field_to_label       (CrIdentityField  field);
const char   *cr_field_state_to_nick           (CrFieldState     state);
gboolean      cr_field_state_from_nick         (const char      *nick,
                                                CrFieldState    *state);
const char   *cr_field_state_to_label          (CrFieldState     state);

G_END_DECLS
