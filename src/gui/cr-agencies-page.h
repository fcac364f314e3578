/* cr-agencies-page.h: the partnership's agencies register */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_AGENCIES_PAGE (cr_agencies_page_get_type())

G_DECLARE_FINAL_TYPE (CrAgenciesPage, cr_agencies_page, CR, AGENCIES_PAGE, AdwBin)

/*
 * Loads and manages the agencies register of the database given in the
 * "database" property: a searchable list (name, sector, contact, number
 * of cases), "Show Archived", "Add Agency", editing an agency by
 * activating its row, and Archive / Restore (archived agencies keep their
 * history but are not offered for new involvements). Shows "No Agencies
 * Yet" while the register is empty.
 */
GtkWidget  *cr_agencies_page_new          (void);
CrDatabase *cr_agencies_page_get_database (CrAgenciesPage *self);
void        cr_agencies_page_set_database (CrAgenciesPage *self,
                                           CrDatabase     *db);
/* Reads the register again from the database. */
void        cr_agencies_page_reload       (CrAgenciesPage *self);

G_END_DECLS
