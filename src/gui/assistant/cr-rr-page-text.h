/* cr-rr-page-text.h: a page of two written answers with guidance */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-rr-page.h"

G_BEGIN_DECLS

#define CR_TYPE_RR_PAGE_TEXT (cr_rr_page_text_get_type())

G_DECLARE_FINAL_TYPE (CrRrPageText, cr_rr_page_text, CR, RR_PAGE_TEXT, CrRrPage)

/*
 * Steps CR_RAPID_REVIEW_STEP_EPISODES (key practice episodes; the
 * child's lived experience and identity) and CR_RAPID_REVIEW_STEP_ACTIONS
 * (immediate safeguarding actions, siblings included; learning already
 * identified): each answer a text with guidance from domain.md §2.2.
 */
CrAssistantPage *cr_rr_page_text_new (CrRapidReviewStep step);

G_END_DECLS
