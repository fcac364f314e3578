/* cr-family-page.h: the review workspace page of the family involvement log */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-review-page.h"

G_BEGIN_DECLS

/*
 * A page of CrReviewWindow. Properties: "database" (CrDatabase) and
 * "case" (CrCase): setting the case (re)loads the page. The page saves
 * every change as it is made.
 */

#define CR_TYPE_FAMILY_PAGE (cr_family_page_get_type())

G_DECLARE_FINAL_TYPE (CrFamilyPage, cr_family_page, CR, FAMILY_PAGE, CrReviewPage)

GtkWidget *cr_family_page_new (void);

G_END_DECLS
