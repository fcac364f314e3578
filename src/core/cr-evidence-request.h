/* cr-evidence-request.h: a request to an agency for its chronology or report */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * A request to an agency for evidence (table "evidence_requests").
 *   agency-id [ID]            required; agency-name [LINE, derived]
 *   kind [CHOICE]             chronology, agency-report, other
 *                             (N_("Chronology"), N_("Agency report"), N_("Other evidence"))
 *   description [LINE]        what was asked for (kind other: required)
 *   contact [LINE]            who at the agency is providing it
 *   contact-email [EMAIL]
 *   requested-date [DATE]
 *   due-date [PLAN_DATE]
 *   reminded-date [DATE]      the last reminder sent
 *   received-date [DATE]
 *   document-id [ID]          the document received (a CrDocument of the case)
 *   notes [TEXT]
 * Required: agency-id, kind. Rules: due >= requested; received >= requested;
 * reminded >= requested. Title "Chronology from Children's Social Care";
 * subtitle "Due 3 April 2026 · Overdue by 4 days" and the like.
 */

#define CR_TYPE_EVIDENCE_REQUEST (cr_evidence_request_get_type())

G_DECLARE_FINAL_TYPE (CrEvidenceRequest, cr_evidence_request, CR, EVIDENCE_REQUEST, CrRecord)

CrEvidenceRequest *cr_evidence_request_new (void);

typedef enum
{
  CR_EVIDENCE_NOT_REQUESTED,
  CR_EVIDENCE_REQUESTED,      /* requested, due date in the future or none */
  CR_EVIDENCE_DUE_SOON,       /* due within 3 working days */
  CR_EVIDENCE_OVERDUE,
  CR_EVIDENCE_RECEIVED,
  CR_EVIDENCE_RECEIVED_LATE,
} CrEvidenceState;

/* @today NULL: the real today. */
CrEvidenceState cr_evidence_request_get_state (CrEvidenceRequest *self,
                                               const GDate       *today);
const char     *cr_evidence_state_to_label    (CrEvidenceState    state);
/* Days past due (0 when not overdue). */
int             cr_evidence_request_days_overdue (CrEvidenceRequest *self,
                                                  const GDate       *today);
/* A reminder to send (translated, plain text: subject line, blank line,
 * body) naming the agency, the evidence, the case's @reference and the due
 * date. Never names the child. */
char           *cr_evidence_request_dup_reminder (CrEvidenceRequest *self,
                                                  const char        *reference);

G_END_DECLS
