/* cr-rr-page-panel.h: the Panel's response to the rapid review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-rr-page.h"

G_BEGIN_DECLS

#define CR_TYPE_RR_PAGE_PANEL (cr_rr_page_panel_get_type())

G_DECLARE_FINAL_TYPE (CrRrPagePanel, cr_rr_page_panel, CR, RR_PAGE_PANEL, CrRrPage)

/*
 * Step CR_RAPID_REVIEW_STEP_PANEL: the Panel's response (or none yet),
 * its date and notes, and where that takes the case. Skippable while no
 * report has been sent.
 */
CrAssistantPage *cr_rr_page_panel_new (void);

G_END_DECLS
