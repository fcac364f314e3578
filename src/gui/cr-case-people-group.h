/* cr-case-people-group.h: the children and family of one case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_CASE_PEOPLE_GROUP (cr_case_people_group_get_type())

G_DECLARE_FINAL_TYPE (CrCasePeopleGroup, cr_case_people_group, CR, CASE_PEOPLE_GROUP, AdwBin)

/*
 * Lists the children and family members of the case by pseudonym, adds
 * new ones, and reveals their restricted identity on request: revealing
 * asks for a reason (setting reveal-requires-reason), is audited by
 * cr_database_reveal_identity_async(), and shows each field with its state
 * for editing; hiding drops the identity objects again. Changing the case
 * always hides. Properties "database", "case-id" and "revealed"
 * (read-only).
 */
GtkWidget  *cr_case_people_group_new          (void);
CrDatabase *cr_case_people_group_get_database (CrCasePeopleGroup *self);
void        cr_case_people_group_set_database (CrCasePeopleGroup *self,
                                               CrDatabase        *db);
gint64      cr_case_people_group_get_case_id  (CrCasePeopleGroup *self);
void        cr_case_people_group_set_case_id  (CrCasePeopleGroup *self,
                                               gint64             case_id);
gboolean    cr_case_people_group_get_revealed (CrCasePeopleGroup *self);
/* Reveals the restricted details with @reason (no dialog), or hides them
 * when @reason is NULL. */
void        cr_case_people_group_reveal       (CrCasePeopleGroup *self,
                                               const char        *reason);

G_END_DECLS
