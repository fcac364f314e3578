/* cr-proceedings-page.h: the review workspace page of parallel proceedings and the pause of the review */
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
 *
 * Signals: "case-changed" (CrCase) after the review was paused or resumed,
 * with the case as stored; the page also hands it to the CrReviewWindow it
 * is in (cr_review_window_set_case) and to the main window's register.
 */

#define CR_TYPE_PROCEEDINGS_PAGE (cr_proceedings_page_get_type())

G_DECLARE_FINAL_TYPE (CrProceedingsPage, cr_proceedings_page, CR, PROCEEDINGS_PAGE, CrReviewPage)

GtkWidget *cr_proceedings_page_new (void);

G_END_DECLS
