/* cr-pub-page-anonymisation.h: the anonymisation check before publication */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-pub-page.h"

G_BEGIN_DECLS

#define CR_TYPE_PUB_PAGE_ANONYMISATION (cr_pub_page_anonymisation_get_type())

G_DECLARE_FINAL_TYPE (CrPubPageAnonymisation, cr_pub_page_anonymisation, CR, PUB_PAGE_ANONYMISATION, CrPubPage)

/*
 * Step CR_PUBLICATION_STEP_ANONYMISATION: the result of the check of
 * the report (and of the PDF to be published, once added with "Add the
 * PDF to Be Published…"): "No identifying details found", or how many
 * remain with the first few in context, "Open the Check" (the report
 * window's Check page, where each is replaced or dismissed) and "Check
 * Again". A check that passes records anonymisation-date (today).
 */
CrAssistantPage *cr_pub_page_anonymisation_new       (void);
/* Runs the check again (as the button does). */
void             cr_pub_page_anonymisation_check     (CrPubPageAnonymisation *self);
/* TRUE while a check runs. */
gboolean         cr_pub_page_anonymisation_is_checking (CrPubPageAnonymisation *self);
/* The PDF to be published that is checked too (NULL: none). */
void             cr_pub_page_anonymisation_set_pdf   (CrPubPageAnonymisation *self,
                                                      GBytes                 *pdf,
                                                      const char             *name);

G_END_DECLS
