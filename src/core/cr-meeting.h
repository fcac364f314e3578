/* cr-meeting.h: a review panel meeting */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * A meeting of the review (table "meetings").
 *   meeting-date [PLAN_DATE]  required (planned meetings may be ahead)
 *   meeting-time [TIME]
 *   kind [CHOICE]             panel, practitioner-event, family, partners, other
 *                             (N_("Review panel"), N_("Practitioner learning event"),
 *                             N_("Family meeting"), N_("Safeguarding partners"), N_("Other"))
 *   location [LINE]
 *   chair [LINE]
 *   attendees [TEXT]          one per line: "Name, role, agency"
 *   apologies [TEXT]
 *   decisions [TEXT]
 *   actions [TEXT]            one per line: "Action — owner — due"
 *   minutes-document-id [ID]  the minutes as a document of the case
 * Required: meeting-date, kind. Title "Review panel, 3 March 2026";
 * subtitle "6 attendees · 2 decisions · 3 actions".
 */

#define CR_TYPE_MEETING (cr_meeting_get_type())

G_DECLARE_FINAL_TYPE (CrMeeting, cr_meeting, CR, MEETING, CrRecord)

CrMeeting *cr_meeting_new (void);

/* Non-blank lines of @field ("attendees", "decisions", "actions"). */
guint cr_meeting_count_lines (CrMeeting  *self,
                              const char *field);

G_END_DECLS
