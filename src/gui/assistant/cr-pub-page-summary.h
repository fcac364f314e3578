/* cr-pub-page-summary.h: what was recorded on the way to publication */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-pub-page.h"

G_BEGIN_DECLS

#define CR_TYPE_PUB_PAGE_SUMMARY (cr_pub_page_summary_get_type())

G_DECLARE_FINAL_TYPE (CrPubPageSummary, cr_pub_page_summary, CR, PUB_PAGE_SUMMARY, CrPubPage)

/*
 * The last page: the case's status and each step with what was
 * recorded, done or not yet. Done closes the assistant (each step was
 * stored as it was left).
 */
CrAssistantPage *cr_pub_page_summary_new (void);

G_END_DECLS
