/* cr-finding.h: a finding of the review, with the evidence behind it */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * A finding of the review (table "findings"). Findings are system-level
 * and explanatory (domain.md §2.4); the final report lists them in
 * "position" order as "Finding 1", "Finding 2"…
 *   position [LINE]          decimal 1…999, order in the report; required
 *   title [LINE]             a one-line statement; required
 *   text [TEXT]              the explanation (plain paragraphs; blank
 *                            lines separate them; max 20000)
 *   theme [LINE]             free text ("Information sharing")
 *   priority [CHOICE]        high, medium, low (N_("High"), N_("Medium"), N_("Low"))
 *   good-practice [BOOLEAN]  the finding is about good practice
 *   status [CHOICE]          draft, approved (N_("Draft"), N_("Approved")); required
 *   approved-date [DATE]     required when status is approved, else empty
 *   evidence-count [LINE]    DERIVED: how many chronology entries are linked
 * Title "Finding 2: Information about the father was not shared";
 * subtitle "Approved · High priority · 4 chronology entries".
 *
 * The chronology entries (and so the key practice episodes, which are
 * entries flagged as such) that evidence a finding are linked in
 * storage: cr_database_set_finding_evidence_async (cr-database-report.h).
 */

#define CR_TYPE_FINDING (cr_finding_get_type())

G_DECLARE_FINAL_TYPE (CrFinding, cr_finding, CR, FINDING, CrRecord)

CrFinding *cr_finding_new          (void);
/* The position as a number (0 when not set or not a number). */
guint      cr_finding_get_position (CrFinding *self);
gboolean   cr_finding_is_approved  (CrFinding *self);

G_END_DECLS
