/* cr-person-dialog.h: adds a child or a family member to a case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_PERSON_DIALOG (cr_person_dialog_get_type())

G_DECLARE_FINAL_TYPE (CrPersonDialog, cr_person_dialog, CR, PERSON_DIALOG, AdwWindow)

typedef enum
{
  CR_PERSON_KIND_CHILD,
  CR_PERSON_KIND_FAMILY_MEMBER,
} CrPersonKind;

/*
 * A modal window asking for the pseudonym (and relationship) and the
 * restricted details, each with Known / Not known / Declined. "Add" stores
 * the person with cr_database_add_child_async() or
 * cr_database_add_family_member_async() and emits "person-added" with the
 * stored CrChild or CrFamilyMember; Escape cancels.
 */
CrPersonDialog *cr_person_dialog_new (GtkWindow    *parent,
                                      CrDatabase   *db,
                                      gint64        case_id,
                                      CrPersonKind  kind,
                                      const char   *suggested_pseudonym);

G_END_DECLS
