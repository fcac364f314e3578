/* cr-chronology-page.h: the review workspace page of the merged multi-agency chronology */
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

#define CR_TYPE_CHRONOLOGY_PAGE (cr_chronology_page_get_type())

G_DECLARE_FINAL_TYPE (CrChronologyPage, cr_chronology_page, CR, CHRONOLOGY_PAGE, CrReviewPage)

GtkWidget *cr_chronology_page_new (void);

G_END_DECLS
