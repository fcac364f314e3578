/* cr-case-agencies-group.h: the agencies involved in one case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_CASE_AGENCIES_GROUP (cr_case_agencies_group_get_type())

G_DECLARE_FINAL_TYPE (CrCaseAgenciesGroup, cr_case_agencies_group, CR, CASE_AGENCIES_GROUP, AdwBin)

/*
 * Lists the involvements of the case (agency, role, Remove) and adds new
 * ones from the active agencies of the register. Properties "database"
 * and "case-id"; signal "changed" (gint64 case_id) after an involvement
 * of that case was stored or removed.
 */
GtkWidget  *cr_case_agencies_group_new          (void);
CrDatabase *cr_case_agencies_group_get_database (CrCaseAgenciesGroup *self);
void        cr_case_agencies_group_set_database (CrCaseAgenciesGroup *self,
                                                 CrDatabase          *db);
gint64      cr_case_agencies_group_get_case_id  (CrCaseAgenciesGroup *self);
/* Shows the involvements of @case_id (0 for none), reloading them. */
void        cr_case_agencies_group_set_case_id  (CrCaseAgenciesGroup *self,
                                                 gint64               case_id);
/* Reloads the involvements of the current case. */
void        cr_case_agencies_group_reload       (CrCaseAgenciesGroup *self);

G_END_DECLS
