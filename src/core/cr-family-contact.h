/* cr-family-contact.h: a contact with the child's family about the review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * The family involvement log (table "family_contacts").
 *   person [LINE]             required: who, as the report will name them
 *                             ("Mother", "Child A's grandmother")
 *   contact-date [DATE]
 *   method [CHOICE]           letter, phone, visit, video, email, via-advocate, other
 *   contact-made [BOOLEAN]    the contact reached them
 *   consent [CHOICE]          given, declined, not-asked, withdrawn
 *   views-sought [BOOLEAN]
 *   views [TEXT]              their views, as they agreed to record them
 *   draft-shared-date [DATE]  the draft report was shared with them
 *   advocate [LINE]           support or advocate
 *   not-involved-reason [TEXT] why they are not involved (the report must say)
 *   notes [TEXT]
 * Required: person. Rules: consent declined or withdrawn with views-sought
 * true is allowed (views before withdrawal); draft-shared-date only when
 * consent is given. Title: person; subtitle "Visit, 3 March 2026 · consent given
 * · views sought · draft shared 1 June 2026".
 */

#define CR_TYPE_FAMILY_CONTACT (cr_family_contact_get_type())

G_DECLARE_FINAL_TYPE (CrFamilyContact, cr_family_contact, CR, FAMILY_CONTACT, CrRecord)

CrFamilyContact *cr_family_contact_new (void);

G_END_DECLS
