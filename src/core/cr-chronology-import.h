/* cr-chronology-import.h: reading an agency's chronology into entries */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-chronology-entry.h"
#include "cr-chronology-mapping.h"
#include "cr-chronology-reject.h"
#include "cr-sheet.h"

G_BEGIN_DECLS

/*
 * Turns the rows of @sheet after the mapping's header row into entries
 * (date, minutes, event, author, source, row; the caller sets agency,
 * case, import and document) and rejects. A row is rejected, with a
 * reason that says what to fix, when its date is missing or cannot be
 * read (cr_uk_date_parse), is before 1 January 1900 or in the future, its
 * time cannot be read, its event is empty, or a cell is longer than
 * 20,000 characters. Rows with no text at all are skipped and counted.
 * A time in the date cell is used when the time column is unmapped or
 * empty. Fails only when the mapping does not fit the sheet
 * (cr_chronology_mapping_check) or on cancellation.
 */

typedef struct
{
  GPtrArray *entries;     /* CrChronologyEntry, in file order */
  GPtrArray *rejects;     /* CrChronologyReject, in file order */
  guint      n_blank;     /* rows with no text, skipped */
} CrChronologyImportResult;

void     cr_chronology_import_result_free (CrChronologyImportResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrChronologyImportResult, cr_chronology_import_result_free)

CrChronologyImportResult *
         cr_chronology_import_rows        (CrSheet                   *sheet,
                                           const CrChronologyMapping *mapping,
                                           GCancellable              *cancellable,
                                           GError                   **error);

/* One-line translated summary: "412 entries · 3 rows set aside · 2 blank rows skipped". */
char    *cr_chronology_import_result_dup_summary (CrChronologyImportResult *result);

G_END_DECLS
