/* cr-database-report-private.h: internals shared by the files of the
 * report's storage (cr-database-report*.c). Not API. */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-database-private.h"
#include "cr-database-report.h"

G_BEGIN_DECLS

/* The most a section's markup may take, in bytes (the schema's CHECK). */
#define CR_DB_REPORT_SECTION_MAX_BYTES 500000

/* Words in @markup, for the audit trail and the versions. */
guint            _cr_db_report_count_words      (const char          *markup);

/* @markup repaired (invalid UTF-8) and normalised to NFC ("" for NULL);
 * NULL with CR_STORAGE_ERROR_INVALID when it is too long to keep. */
char            *_cr_db_report_normalise_markup (const char          *markup,
                                                 CrReportSection      section,
                                                 GError             **error);

/* The markup of each section of @case_id: CR_REPORT_N_SECTIONS strings,
 * "" where nothing is written. */
GPtrArray       *_cr_db_report_read_sections    (CrDbWorker          *worker,
                                                 gint64               case_id,
                                                 GError             **error);

/*
 * Inside the caller's transaction: writes @markup (normalised) as
 * @section of @case_id unless it is what is stored. The audit row
 * "N words" is written when the last one for the section is more than
 * 10 minutes old, or always when @note is given (it is appended:
 * "N words, from version 2"). *@written (may be NULL) says whether
 * anything changed.
 */
gboolean         _cr_db_report_write_section    (CrDbWorker          *worker,
                                                 gint64               case_id,
                                                 CrReportSection      section,
                                                 const char          *markup,
                                                 const char          *note,
                                                 gboolean            *written,
                                                 GError             **error);

/* Inside the caller's transaction: saves the sections as they are as
 * the next version of @case_id with @label (normalised and checked
 * here). */
CrReportVersion *_cr_db_report_save_version     (CrDbWorker          *worker,
                                                 gint64               case_id,
                                                 const char          *label,
                                                 GError             **error);

G_END_DECLS
