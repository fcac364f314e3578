/* cr-parallel-process.h: a process running alongside the review */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * A CrRecord with the fields:
 *   kind [CHOICE] police-investigation, criminal-trial, inquest,
 *        child-death-review, safeguarding-adult-review,
 *        domestic-homicide-review, iopc, family-proceedings, other
 *   status [CHOICE] not-started, ongoing, concluded
 *   reference [LINE]   the other process's reference
 *   contact [LINE]     lead officer or coroner's officer
 *   notes [TEXT]
 *   review-date [PLAN_DATE]  when to look at it again
 * Required: kind and status.
 * Title: the kind's label ("Criminal trial"); subtitle: "Ongoing · ref
 * T20260001 · look again on 3 March 2026". Kind label "Parallel process".
 */

#define CR_TYPE_PARALLEL_PROCESS (cr_parallel_process_get_type())

G_DECLARE_FINAL_TYPE (CrParallelProcess, cr_parallel_process, CR, PARALLEL_PROCESS, CrRecord)

CrParallelProcess *cr_parallel_process_new (void);

G_END_DECLS
