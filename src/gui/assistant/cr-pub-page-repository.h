/* cr-pub-page-repository.h: the NSPCC national case review repository */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-pub-page.h"

G_BEGIN_DECLS

#define CR_TYPE_PUB_PAGE_REPOSITORY (cr_pub_page_repository_get_type())

G_DECLARE_FINAL_TYPE (CrPubPageRepository, cr_pub_page_repository, CR, PUB_PAGE_REPOSITORY, CrPubPage)

/*
 * Step CR_PUBLICATION_STEP_REPOSITORY: the date the report was sent to
 * the NSPCC national case review repository, and a note.
 */
CrAssistantPage *cr_pub_page_repository_new (void);

G_END_DECLS
