/* cr-rr-page-meeting.h: the rapid review meeting and who attended */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-rr-page.h"

G_BEGIN_DECLS

#define CR_TYPE_RR_PAGE_MEETING (cr_rr_page_meeting_get_type())

G_DECLARE_FINAL_TYPE (CrRrPageMeeting, cr_rr_page_meeting, CR, RR_PAGE_MEETING, CrRrPage)

/*
 * Step CR_RAPID_REVIEW_STEP_MEETING: date (may be in the future while the
 * meeting is arranged), time, place and chair; then one row per agency
 * involved in the case to record who attended for it (name, role,
 * attended or sent apologies), and "Add Attendee" for anyone else. Only
 * rows with a name or role become attendees of the rapid review.
 */
CrAssistantPage *cr_rr_page_meeting_new (void);

G_END_DECLS
