/* cr-family-member.h: a family member or carer in a case, by pseudonym */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cr-identity.h"

G_BEGIN_DECLS

#define CR_TYPE_FAMILY_MEMBER (cr_family_member_get_type())

G_DECLARE_FINAL_TYPE (CrFamilyMember, cr_family_member, CR, FAMILY_MEMBER, GObject)

/* Properties: id, case-id, pseudonym ("Mother of Child A", "Adult B"),
 * relationship ("Mother", "Mother's partner", "Sibling"), identity. */

CrFamilyMember *cr_family_member_new               (void);
gint64          cr_family_member_get_id            (CrFamilyMember *self);
void            cr_family_member_set_id            (CrFamilyMember *self,
                                                    gint64          id);
gint64          cr_family_member_get_case_id       (CrFamilyMember *self);
void            cr_family_member_set_case_id       (CrFamilyMember *self,
                                                    gint64          case_id);
const char     *cr_family_member_get_pseudonym     (CrFamilyMember *self);
void            cr_family_member_set_pseudonym     (CrFamilyMember *self,
                                                    const char     *pseudonym);
const char     *cr_family_member_get_relationship  (CrFamilyMember *self);
void            cr_family_member_set_relationship  (CrFamilyMember *self,
                                                    const char     *relationship);
CrIdentity     *cr_family_member_get_identity      (CrFamilyMember *self);
void            cr_family_member_set_identity      (CrFamilyMember *self,
                                                    CrIdentity     *identity);
/* Pseudonym required (1..60 characters, one line), relationship at most
 * 100 characters; identity valid when set. CR_CASE_ERROR_INVALID. */
gboolean        cr_family_member_validate          (CrFamilyMember *self,
                                                    GError        **error);

G_END_DECLS
