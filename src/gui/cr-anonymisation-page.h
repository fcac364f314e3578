/* cr-anonymisation-page.h: the anonymisation check: hits in context, one-click replacement, dismissals with reasons, the identifier register, checking a PDF */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-review-page.h"

G_BEGIN_DECLS

#define CR_TYPE_ANONYMISATION_PAGE (cr_anonymisation_page_get_type())

G_DECLARE_FINAL_TYPE (CrAnonymisationPage, cr_anonymisation_page, CR, ANONYMISATION_PAGE, CrReviewPage)

GtkWidget *cr_anonymisation_page_new       (void);
/* Checks @file (a PDF, at most 100 MB) with the report, as "Check a PDF…"
 * does once a file is chosen; its hits are listed by page. */
void       cr_anonymisation_page_check_pdf (CrAnonymisationPage *self,
                                            GFile               *file);

G_END_DECLS
