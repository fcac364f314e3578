/* cr-pub-page-notice.h: the notice to the Panel and the Secretary of State */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-pub-page.h"

G_BEGIN_DECLS

#define CR_TYPE_PUB_PAGE_NOTICE (cr_pub_page_notice_get_type())

G_DECLARE_FINAL_TYPE (CrPubPageNotice, cr_pub_page_notice, CR, PUB_PAGE_NOTICE, CrPubPage)

/*
 * Step CR_PUBLICATION_STEP_NOTICE: the planned publication date, "Send
 * the copies by <date>" computed live on the working-day engine (bank
 * holidays and the partnership's closure days skipped), to whom the
 * copies went and when, and the earliest publication they allow.
 */
CrAssistantPage *cr_pub_page_notice_new (void);

G_END_DECLS
