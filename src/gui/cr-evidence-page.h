/* cr-evidence-page.h: the review workspace page of requests to each agency for its chronology and report, and the case's documents */
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

#define CR_TYPE_EVIDENCE_PAGE (cr_evidence_page_get_type())

G_DECLARE_FINAL_TYPE (CrEvidencePage, cr_evidence_page, CR, EVIDENCE_PAGE, CrReviewPage)

GtkWidget *cr_evidence_page_new (void);

G_END_DECLS
