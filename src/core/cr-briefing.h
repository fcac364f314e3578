/* cr-briefing.h: the 7-minute briefing of a review (domain.md §2.6) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * One per case (table "briefings", keyed by case_id). The seven parts
 * and the three reflective questions, each editable, each TEXT of at most
 * 1500 characters (a briefing fits one or two pages):
 *   title [LINE]             "7-minute briefing: Baby H"
 *   background [TEXT]        1 Background
 *   why-it-matters [TEXT]    2 Why it matters
 *   learning-1 [TEXT]        3 Key learning 1
 *   learning-2 [TEXT]        4 Key learning 2
 *   learning-3 [TEXT]        5 Key learning 3
 *   things-to-note [TEXT]    6 Things to note and remember
 *   what-to-do [TEXT]        7 What to do
 *   question-1 [LINE] question-2 [LINE] question-3 [LINE]
 *                            reflective questions (default: the three of
 *                            domain.md §2.6, Wandsworth)
 *   approved-date [DATE]
 * Required to export: title and the seven parts.
 */

#define CR_TYPE_BRIEFING (cr_briefing_get_type())

G_DECLARE_FINAL_TYPE (CrBriefing, cr_briefing, CR, BRIEFING, CrRecord)

CrBriefing *cr_briefing_new            (void);
/* The translated title of part @part (1…7) and its prompt (what to
 * write). */
const char *cr_briefing_part_get_title (guint       part);
const char *cr_briefing_part_get_hint  (guint       part);
const char *cr_briefing_part_get_field (guint       part);
/* The record is valid and has its title and all seven parts, as an
 * exported briefing must; CR_CASE_ERROR_INVALID naming the first part
 * missing otherwise. */
gboolean    cr_briefing_check_export   (CrBriefing  *self,
                                        GError     **error);

/*
 * A briefing drafted from the review: title from @pseudonym; background
 * from the executive summary's first paragraph (or @summary, the case
 * summary, when that is empty); why-it-matters from the introduction's
 * first paragraph; learning 1–3 from the approved findings (GPtrArray of
 * CrFinding, in position order; draft ones only when fewer than three
 * are approved), each "title — first sentences of its text" cut to fit;
 * things-to-note from the good-practice findings; what-to-do from the
 * recommendations (GPtrArray of CrRecommendation) as "• …" lines; the
 * three default questions. Every part capped to its length.
 * @executive_summary and @introduction are plain text (may be NULL).
 */
CrBriefing *cr_briefing_generate       (const char *pseudonym,
                                        const char *summary,
                                        const char *executive_summary,
                                        const char *introduction,
                                        GPtrArray  *findings,
                                        GPtrArray  *recommendations);

G_END_DECLS
