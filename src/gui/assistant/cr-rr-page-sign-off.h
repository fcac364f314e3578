/* cr-rr-page-sign-off.h: the partners' sign-off and sending the report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-rr-page.h"

G_BEGIN_DECLS

#define CR_TYPE_RR_PAGE_SIGN_OFF (cr_rr_page_sign_off_get_type())

G_DECLARE_FINAL_TYPE (CrRrPageSignOff, cr_rr_page_sign_off, CR, RR_PAGE_SIGN_OFF, CrRrPage)

/*
 * Step CR_RAPID_REVIEW_STEP_SIGN_OFF: the three safeguarding partners
 * (local authority, integrated care board, police) each with the name and
 * role of who signed and the date; then the date the report was sent to
 * the Panel, open only once all three have signed (the page says who is
 * still to sign); and "Preview Report…", which shows the report as last
 * saved.
 */
CrAssistantPage *cr_rr_page_sign_off_new (void);

G_END_DECLS
