/* cr-attendee.h: who attended the rapid review meeting for an agency */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * A CrRecord with the fields:
 *   agency-id [ID], agency-name [LINE, derived]
 *   name [LINE], role [LINE]
 *   attended [BOOLEAN]   false: invited, sent apologies
 * Required: agency-id and name.
 */

#define CR_TYPE_ATTENDEE (cr_attendee_get_type())

G_DECLARE_FINAL_TYPE (CrAttendee, cr_attendee, CR, ATTENDEE, CrRecord)

CrAttendee *cr_attendee_new (void);

G_END_DECLS
