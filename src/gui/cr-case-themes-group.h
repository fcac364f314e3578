/* cr-case-themes-group.h: the theme tags of one case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_CASE_THEMES_GROUP (cr_case_themes_group_get_type())

G_DECLARE_FINAL_TYPE (CrCaseThemesGroup, cr_case_themes_group, CR, CASE_THEMES_GROUP, AdwBin)

/*
 * The seeded themes grouped by facet in expander rows, with a check button
 * each; the chosen ones are listed in the expander's subtitle. Properties
 * "database" and "case-id"; signal "changed" (gint64 case_id) after a
 * theme of that case was set or cleared.
 */
GtkWidget  *cr_case_themes_group_new          (void);
CrDatabase *cr_case_themes_group_get_database (CrCaseThemesGroup *self);
void        cr_case_themes_group_set_database (CrCaseThemesGroup *self,
                                               CrDatabase        *db);
gint64      cr_case_themes_group_get_case_id  (CrCaseThemesGroup *self);
void        cr_case_themes_group_set_case_id  (CrCaseThemesGroup *self,
                                               gint64             case_id);

G_END_DECLS
