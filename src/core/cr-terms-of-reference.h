/* cr-terms-of-reference.h: the terms of reference of a practice review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * The terms of reference of a local review (one per case, table
 * "terms_of_reference", key case_id).
 *   period-start [DATE]          start of the period under review
 *   period-end [DATE]            end of it (often the incident)
 *   scope [TEXT]                 who and what is in scope
 *   lines-of-enquiry [TEXT]      key lines of enquiry, one per line
 *   methodology [CHOICE]         learning-together, silp, appreciative-inquiry,
 *                                hybrid, other (N_("Learning Together (SCIE)"),
 *                                N_("SILP"), N_("Appreciative inquiry"),
 *                                N_("Hybrid"), N_("Other"))
 *   methodology-other [LINE]     required when methodology is other
 *   parallel-processes [TEXT]    how parallel proceedings are handled (S24)
 *   family-involvement [TEXT]    how the family will be involved
 *   agreed-date [DATE]           the partners agreed the terms
 *   target-date [PLAN_DATE]      target for completion (default: the
 *                                lcspr-publish deadline of the case)
 * Rules: period-end >= period-start; methodology-other when other.
 * Title: N_("Terms of Reference"); subtitle: the methodology and period.
 */

#define CR_TYPE_TERMS_OF_REFERENCE (cr_terms_of_reference_get_type())

G_DECLARE_FINAL_TYPE (CrTermsOfReference, cr_terms_of_reference, CR, TERMS_OF_REFERENCE, CrRecord)

CrTermsOfReference *cr_terms_of_reference_new (void);

/* The key lines of enquiry, one per non-blank line, trimmed (free with
 * g_strfreev). */
char **cr_terms_of_reference_dup_lines_of_enquiry (CrTermsOfReference *self);

G_END_DECLS
