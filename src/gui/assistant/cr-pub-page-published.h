/* cr-pub-page-published.h: the publication itself */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-pub-page.h"

G_BEGIN_DECLS

#define CR_TYPE_PUB_PAGE_PUBLISHED (cr_pub_page_published_get_type())

G_DECLARE_FINAL_TYPE (CrPubPagePublished, cr_pub_page_published, CR, PUB_PAGE_PUBLISHED, CrPubPage)

/*
 * Step CR_PUBLICATION_STEP_PUBLISHED: the date published and where;
 * "Keep available until <date>" (a year later) shown as the deadline.
 */
CrAssistantPage *cr_pub_page_published_new (void);

G_END_DECLS
