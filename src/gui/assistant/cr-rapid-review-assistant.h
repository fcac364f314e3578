/* cr-rapid-review-assistant.h: take a rapid review to its decision */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-assistant.h"
#include "cr-database.h"

G_BEGIN_DECLS

/*
 * Pages follow CrRapidReviewStep (meeting and attendance; agency
 * summaries; key practice episodes; immediate actions and learning; the
 * regulation 11 criteria; the decision; sign-off and sending the report;
 * the Panel's response), then a summary that saves with
 * cr_database_save_rapid_review_async() (one transaction; the case moves
 * through the state machine) and deletes the draft. Opened on a case that
 * already has a rapid review, it starts from the stored record (or the
 * draft, which is newer) at the first step not yet done. After
 * "finished", the updated case is the "case" property.
 */

#define CR_TYPE_RAPID_REVIEW_ASSISTANT (cr_rapid_review_assistant_get_type())

G_DECLARE_FINAL_TYPE (CrRapidReviewAssistant, cr_rapid_review_assistant, CR, RAPID_REVIEW_ASSISTANT, CrAssistant)

CrRapidReviewAssistant *cr_rapid_review_assistant_new      (GtkWindow              *parent,
                                                            CrDatabase             *database,
                                                            CrCase                 *kase);
CrCase                 *cr_rapid_review_assistant_get_case (CrRapidReviewAssistant *self);

G_END_DECLS
