/* cr-report-draft-page.h: the report's sections in a rich text editor, saved as the reviewer types, with versions to compare and go back to */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-review-page.h"

G_BEGIN_DECLS

#define CR_TYPE_REPORT_DRAFT_PAGE (cr_report_draft_page_get_type())

G_DECLARE_FINAL_TYPE (CrReportDraftPage, cr_report_draft_page, CR, REPORT_DRAFT_PAGE, CrReviewPage)

GtkWidget *cr_report_draft_page_new       (void);
/* Saves what is being typed now rather than after the pause (the window
 * calls it before it closes, previews or exports). */
void       cr_report_draft_page_save_now  (CrReportDraftPage *self);
/* Whether a save is waiting or under way. */
gboolean   cr_report_draft_page_is_saving (CrReportDraftPage *self);

G_END_DECLS
