/* cr-pub-page-decision.h: the decision to publish in full or only the improvements */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-pub-page.h"

G_BEGIN_DECLS

#define CR_TYPE_PUB_PAGE_DECISION (cr_pub_page_decision_get_type())

G_DECLARE_FINAL_TYPE (CrPubPageDecision, cr_pub_page_decision, CR, PUB_PAGE_DECISION, CrPubPage)

/*
 * Step CR_PUBLICATION_STEP_DECISION: publish the report in full or only
 * the information about improvements (then the exceptional
 * circumstances are required), who decided and when.
 */
CrAssistantPage *cr_pub_page_decision_new (void);

G_END_DECLS
