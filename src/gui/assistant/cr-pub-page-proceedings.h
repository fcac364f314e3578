/* cr-pub-page-proceedings.h: parallel proceedings before publication */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-pub-page.h"

G_BEGIN_DECLS

#define CR_TYPE_PUB_PAGE_PROCEEDINGS (cr_pub_page_proceedings_get_type())

G_DECLARE_FINAL_TYPE (CrPubPageProceedings, cr_pub_page_proceedings, CR, PUB_PAGE_PROCEEDINGS, CrPubPage)

/*
 * Step CR_PUBLICATION_STEP_PROCEEDINGS: the case's parallel processes
 * with their state, then whether there are none, they have concluded, or
 * publication will not prejudice them (with who confirmed it and when).
 */
CrAssistantPage *cr_pub_page_proceedings_new (void);

G_END_DECLS
