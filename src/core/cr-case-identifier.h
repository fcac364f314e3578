/* cr-case-identifier.h: a detail that identifies the family, to look for */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * Restricted, like the identities of the children and family: a name,
 * place or number that would identify the family if published, recorded
 * so that the anonymisation check looks for it (table
 * "case_identifiers"). The real names, dates of birth and addresses in
 * the identities are looked for as well; this register adds what they do
 * not hold.
 *   kind [CHOICE]        alias, school, street, place, nhs-number, phone,
 *                        email, other (N_("Alias or other name"),
 *                        N_("School or nursery"), N_("Street"),
 *                        N_("Place"), N_("NHS number"), N_("Telephone number"),
 *                        N_("Email address"), N_("Other")); required
 *   value [LINE]         what to look for; required; an nhs-number must
 *                        have a valid check digit, a phone and an email
 *                        must look like one (the usual field rules)
 *   person [LINE]        whose it is, by pseudonym ("Mother")
 *   replacement [LINE]   the neutral phrase to put instead ("a local
 *                        primary school"); when empty the check
 *                        suggests one for the kind
 * Title: the kind's label; subtitle: the person. The value is shown only
 * where the user asked to see restricted details.
 */

#define CR_TYPE_CASE_IDENTIFIER (cr_case_identifier_get_type())

G_DECLARE_FINAL_TYPE (CrCaseIdentifier, cr_case_identifier, CR, CASE_IDENTIFIER, CrRecord)

CrCaseIdentifier *cr_case_identifier_new (void);

G_END_DECLS
