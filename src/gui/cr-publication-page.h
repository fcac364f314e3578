/* cr-publication-page.h: the final report, the publication assistant's progress, the 7-minute briefing and its deliveries */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-review-page.h"

G_BEGIN_DECLS

#define CR_TYPE_PUBLICATION_PAGE (cr_publication_page_get_type())

G_DECLARE_FINAL_TYPE (CrPublicationPage, cr_publication_page, CR, PUBLICATION_PAGE, CrReviewPage)

GtkWidget *cr_publication_page_new (void);

G_END_DECLS
