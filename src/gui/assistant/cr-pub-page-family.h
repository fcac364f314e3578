/* cr-pub-page-family.h: telling the family before publication */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-pub-page.h"

G_BEGIN_DECLS

#define CR_TYPE_PUB_PAGE_FAMILY (cr_pub_page_family_get_type())

G_DECLARE_FINAL_TYPE (CrPubPageFamily, cr_pub_page_family, CR, PUB_PAGE_FAMILY, CrPubPage)

/*
 * Step CR_PUBLICATION_STEP_FAMILY: the date the family was told of the
 * publication, whether they were shown the report (shown, declined, not
 * agreed, not possible) and a note.
 */
CrAssistantPage *cr_pub_page_family_new (void);

G_END_DECLS
