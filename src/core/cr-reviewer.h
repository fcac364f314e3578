/* cr-reviewer.h: an independent reviewer appointed to a practice review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * An independent reviewer (issue 4, commissioning). Table "reviewers".
 *   name [LINE]                 required
 *   organisation [LINE]
 *   role [CHOICE]               lead-reviewer, co-reviewer, report-author
 *                               (N_("Lead reviewer"), N_("Co-reviewer"), N_("Report author"))
 *   email [EMAIL]
 *   phone [PHONE]
 *   appointed-date [DATE]
 *   independent [BOOLEAN]       declared no connection to the case or to
 *                               the agencies reviewed
 *   declaration [TEXT]          the declaration's wording, and any past
 *                               connection considered and why it is not a conflict
 *   declaration-date [DATE]
 * Required: name, role. Rules: independent = true needs declaration-date;
 * declaration-date >= appointed-date is NOT required (declared before appointment is normal).
 * Title: name; subtitle: "Lead reviewer · Organisation · Independence declared 3 March 2026"
 * or "… · No declaration of independence".
 */

#define CR_TYPE_REVIEWER (cr_reviewer_get_type())

G_DECLARE_FINAL_TYPE (CrReviewer, cr_reviewer, CR, REVIEWER, CrRecord)

CrReviewer *cr_reviewer_new (void);

/* A translated warning when the reviewer has no declaration of independence
 * yet ("Record Ann Smith's declaration of independence before the review
 * starts"), or NULL. */
char *cr_reviewer_dup_warning (CrReviewer *self);

G_END_DECLS
