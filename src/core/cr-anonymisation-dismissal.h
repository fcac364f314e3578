/* cr-anonymisation-dismissal.h: a hit someone decided to leave, and why */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * Table "anonymisation_dismissals": insert and delete only (audited).
 *   hit-key [LINE]       the hit's key (64 hex digits); required
 *   kind [LINE]          the hit's kind nick; required
 *   source [LINE]        the hit's source label ("Analysis"); required
 *   reason [TEXT]        why it may stay; required, at least 10
 *                        characters ("Say why this does not identify the
 *                        family, in a sentence.")
 *   decided-by [LINE]    who decided (the name of the user of the
 *                        computer); required
 *   decided-at [LINE]    READ_ONLY, set by storage (UTC)
 * The matched text itself is not stored. Title: the reason; subtitle
 * "Analysis · Sam Patel · 3 March 2027".
 */

#define CR_TYPE_ANONYMISATION_DISMISSAL (cr_anonymisation_dismissal_get_type())

G_DECLARE_FINAL_TYPE (CrAnonymisationDismissal, cr_anonymisation_dismissal, CR, ANONYMISATION_DISMISSAL, CrRecord)

CrAnonymisationDismissal *cr_anonymisation_dismissal_new (void);

G_END_DECLS
