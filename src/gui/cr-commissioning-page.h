/* cr-commissioning-page.h: the review workspace page of reviewers (independence declarations), terms of reference, review panel, milestone plan against the 6-month target */
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

#define CR_TYPE_COMMISSIONING_PAGE (cr_commissioning_page_get_type())

G_DECLARE_FINAL_TYPE (CrCommissioningPage, cr_commissioning_page, CR, COMMISSIONING_PAGE, CrReviewPage)

GtkWidget *cr_commissioning_page_new (void);

G_END_DECLS
