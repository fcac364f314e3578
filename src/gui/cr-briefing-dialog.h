/* cr-briefing-dialog.h: edit the 7-minute briefing of a review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-briefing.h"
#include "cr-database.h"
#include "cr-review-report.h"

G_BEGIN_DECLS

/*
 * A modal AdwWindow (like CrRecordDialog): Cancel and Save in the header
 * bar; the briefing's title; the seven parts (domain.md §2.6), each its
 * title and hint over a multi-line text with a live count ("420 / 1500");
 * the three reflective questions; "Regenerate From Findings" (asks before
 * replacing what is written). Save stores the briefing
 * (cr_database_save_record_async) and emits "saved" with it; an error is
 * shown in the dialog and nothing typed is lost. Closing with changes not
 * saved asks "Discard the changes?". Escape closes, Ctrl+Return saves.
 */

#define CR_TYPE_BRIEFING_DIALOG (cr_briefing_dialog_get_type())

G_DECLARE_FINAL_TYPE (CrBriefingDialog, cr_briefing_dialog, CR, BRIEFING_DIALOG, AdwWindow)

/* @briefing: what to edit (a copy is edited); when not stored yet (id 0)
 * everything in it counts as a change. @report (may be NULL) is what
 * "Regenerate From Findings" drafts from. */
CrBriefingDialog *cr_briefing_dialog_new      (GtkWindow        *parent,
                                               CrDatabase       *database,
                                               CrBriefing       *briefing,
                                               CrReviewReport   *report);
/* The briefing as edited so far. */
CrBriefing       *cr_briefing_dialog_get_briefing (CrBriefingDialog *self);

/* A briefing drafted from @report (cr_briefing_generate on its
 * executive summary, introduction, findings and recommendations), with
 * @report's case id. */
CrBriefing       *cr_briefing_draft_from_report (CrReviewReport *report);

G_END_DECLS
