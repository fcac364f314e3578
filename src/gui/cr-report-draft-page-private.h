/* cr-report-draft-page-private.h: the versions side of the Draft page */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-report-draft-page.h"

G_BEGIN_DECLS

/* "Save Version…": asks a label, then saves the sections as a version. */
void _cr_report_draft_page_save_version  (CrReportDraftPage *self);
/* "Versions": the list of versions, to compare and go back to. */
void _cr_report_draft_page_show_versions (CrReportDraftPage *self);
/* The stored text changed under the page (a version gone back to): the
 * report window's pages, or this page alone, load it again. */
void _cr_report_draft_page_text_replaced (CrReportDraftPage *self);

G_END_DECLS
