/* cr-document.h: a file attached to a case, stored in the database */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record.h"

G_BEGIN_DECLS

/*
 * A document attached to a case (table "documents"). The bytes live in
 * the database (table "document_blobs", keyed by their SHA-256), so nothing
 * is lost when files move; storage fills sha256, size and media-type.
 *   title [LINE]              required (default: the file name without extension)
 *   filename [LINE]           required: the name it was imported from
 *   doc-type [CHOICE]         agency-report, chronology, terms-of-reference,
 *                             minutes, rapid-review-report, review-report,
 *                             family-contribution, correspondence, other
 *   agency-id [ID], agency-name [LINE, derived]  the agency it came from
 *   version [LINE]            "1", "Draft 2", "Final"
 *   received-date [DATE]
 *   notes [TEXT]
 *   media-type [LINE, READ_ONLY]  "application/pdf", "text/csv", …
 *   size [LINE, READ_ONLY]        bytes, decimal
 *   sha256 [LINE, READ_ONLY]      64 lowercase hex digits
 *   added-at [LINE, READ_ONLY]    "YYYY-MM-DDTHH:MM:SSZ"
 * Required: title, filename, doc-type. Title: title; subtitle
 * "Agency report · Police · version 2 · received 3 March 2026 · 1.2 MB".
 */

#define CR_TYPE_DOCUMENT (cr_document_get_type())

G_DECLARE_FINAL_TYPE (CrDocument, cr_document, CR, DOCUMENT, CrRecord)

CrDocument *cr_document_new (void);

/* At most this many bytes are stored for one document. */
#define CR_DOCUMENT_MAX_BYTES (256 * 1024 * 1024)

/* What the bytes are, by their content: "application/pdf",
 * "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
 * "text/csv" (text that reads as CSV), "text/plain", or
 * "application/octet-stream". */
const char *cr_document_sniff_media_type (GBytes      *contents,
                                          const char  *filename);
gboolean    cr_document_is_pdf           (CrDocument  *self);
/* A new document for @filename: title from the name, doc-type guessed
 * from it ("chronology" when the name says so, "agency-report" for a
 * PDF, else "other"), received today. */
CrDocument *cr_document_new_for_file     (const char  *filename);

G_END_DECLS
