/* cr-final-report-private.h: what the final report's files share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-final-report.h"
#include "cr-report.h"

G_BEGIN_DECLS

/* cr-final-report-pdf.c: the report as a CrReport, ready to render. */
CrReport *_cr_final_report_build (CrReviewReport *report);

G_END_DECLS
