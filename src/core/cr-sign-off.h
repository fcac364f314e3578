/* cr-sign-off.h: one safeguarding partner's sign-off of a decision */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * A CrRecord with:
 *   partner [CHOICE] local-authority, icb, police
 *   name [LINE], role [LINE]   the (delegated) safeguarding partner
 *   signed-date [DATE]
 * Required: partner; a sign-off counts when name and signed-date are set.
 */

#define CR_TYPE_SIGN_OFF (cr_sign_off_get_type())

G_DECLARE_FINAL_TYPE (CrSignOff, cr_sign_off, CR, SIGN_OFF, CrRecord)

CrSignOff *cr_sign_off_new          (const char *partner);
gboolean   cr_sign_off_is_complete  (CrSignOff  *self);

G_END_DECLS
