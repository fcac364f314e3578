/* cr-case-pause.h: a period in which a review is paused */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * A pause of the review's clocks (table "case_pauses", read through
 * cr_database_list_records(); written only by cr_database_pause_case()
 * and cr_database_resume_case()).
 *   started [DATE]            required
 *   ended [DATE]              NULL while paused
 *   reason [TEXT]             required for new pauses
 *   look-again [PLAN_DATE]    the date to look at it again
 *   process-id [ID]           the parallel process that caused it, if any
 * Rules: ended >= started; look-again >= started.
 * Title "Paused since 3 March 2026" or "Paused 3 March – 1 June 2026";
 * subtitle: the reason.
 */

#define CR_TYPE_CASE_PAUSE (cr_case_pause_get_type())

G_DECLARE_FINAL_TYPE (CrCasePause, cr_case_pause, CR, CASE_PAUSE, CrRecord)

CrCasePause *cr_case_pause_new (void);

gboolean cr_case_pause_is_open (CrCasePause *self);

G_END_DECLS
