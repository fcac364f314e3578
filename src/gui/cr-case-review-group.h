/* cr-case-review-group.h: the practice review of one case, on its page */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-case.h"
#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_CASE_REVIEW_GROUP (cr_case_review_group_get_type())

G_DECLARE_FINAL_TYPE (CrCaseReviewGroup, cr_case_review_group, CR, CASE_REVIEW_GROUP, AdwBin)

/*
 * A "Practice Review" group: one line of progress ("Lead reviewer: Ann
 * Smith · Terms agreed 3 March 2026 · 3 of 8 evidence items received, 2
 * overdue · 412 chronology entries") and "Open Review Workspace", which
 * opens the case's CrReviewWindow. Visible only for cases for which a
 * local child safeguarding practice review is relevant
 * (cr_case_review_group_is_relevant).
 *
 * Properties "database" and "case" (CrCase). A newer copy of the case
 * set here is passed on to the case's open review window.
 */
GtkWidget  *cr_case_review_group_new          (void);
void        cr_case_review_group_set_database (CrCaseReviewGroup *self,
                                               CrDatabase        *db);
void        cr_case_review_group_set_case     (CrCaseReviewGroup *self,
                                               CrCase            *kase);
/* The progress line shown (for tests), or NULL while loading. */
const char *cr_case_review_group_get_progress (CrCaseReviewGroup *self);
/* Opens (or presents) the review window of the case shown. */
void        cr_case_review_group_open         (CrCaseReviewGroup *self);
/* Opens (or presents) the report window of the case shown ("Open Report"). */
void        cr_case_review_group_open_report  (CrCaseReviewGroup *self);

/* Whether the case is, or has been, in a local practice review: the
 * LCSPR stages, a pause, publication and after, or review type LCSPR
 * once the rapid review is done. */
gboolean    cr_case_review_group_is_relevant  (CrCase            *kase);

G_END_DECLS
