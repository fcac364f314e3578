/* cr-case-rapid-review-group.h: the rapid review of one case, on its page */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_CASE_RAPID_REVIEW_GROUP (cr_case_rapid_review_group_get_type())

G_DECLARE_FINAL_TYPE (CrCaseRapidReviewGroup, cr_case_rapid_review_group, CR, CASE_RAPID_REVIEW_GROUP, AdwBin)

/*
 * A "Rapid Review" group: a status line ("Meeting on 12 Nov · 3 of 5
 * agency summaries received · Decision: LCSPR · Sent to the Panel on
 * 20 Nov"), "Rapid Review…" (opens CrRapidReviewAssistant; available from
 * the notification on, not for a case closed as not notifiable; the
 * tooltip says why otherwise) and "Rapid Review Report…" (the report as
 * stored, in a preview window).
 *
 * Properties "database" and "case" (CrCase). Signal "case-changed"
 * (CrCase *updated) after the assistant saved the rapid review.
 */
GtkWidget  *cr_case_rapid_review_group_new          (void);
void        cr_case_rapid_review_group_set_database (CrCaseRapidReviewGroup *self,
                                                     CrDatabase             *db);
void        cr_case_rapid_review_group_set_case     (CrCaseRapidReviewGroup *self,
                                                     CrCase                 *kase);
/* The status line shown (for tests). */
const char *cr_case_rapid_review_group_get_status   (CrCaseRapidReviewGroup *self);

G_END_DECLS
