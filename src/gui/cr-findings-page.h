/* cr-findings-page.h: the findings with the chronology entries that evidence them, and the recommendations */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-review-page.h"

G_BEGIN_DECLS

#define CR_TYPE_FINDINGS_PAGE (cr_findings_page_get_type())

G_DECLARE_FINAL_TYPE (CrFindingsPage, cr_findings_page, CR, FINDINGS_PAGE, CrReviewPage)

GtkWidget *cr_findings_page_new (void);

G_END_DECLS
