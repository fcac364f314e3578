/* cr-database-review-private.h: internals shared by the files of the
 * review workspace's storage (cr-database-review*.c). Not API. */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-database-private.h"
#include "cr-database-review.h"

G_BEGIN_DECLS

/* The table of the records of @type, and the SQL that orders a case's
 * list of them (t.column); NULL (no error set) for a type the review
 * workspace does not store. */
const CrDbRecordTable *_cr_db_review_table          (GType                type,
                                                     const char         **order_by);

/* The records of @type of @case_id in the order of their list, derived
 * fields filled (a recommendation's agency-names too). */
GPtrArray             *_cr_db_review_list           (CrDbWorker          *worker,
                                                     GType                type,
                                                     gint64               case_id,
                                                     GError             **error);

/* The stored record of @type with id @id (for the terms of reference: of
 * the case) in @case_id, derived fields filled; NOT_FOUND when there is
 * none. */
CrRecord              *_cr_db_review_load           (CrDbWorker          *worker,
                                                     GType                type,
                                                     gint64               case_id,
                                                     gint64               id,
                                                     GError             **error);

/* cr-database-review-documents.c: inside the caller's transaction,
 * deletes document @id of @case_id unless an evidence request, a meeting
 * or a chronology import names it (CR_STORAGE_ERROR_CONSTRAINT naming
 * what does), then the bytes no document names any more. */
gboolean               _cr_db_delete_document       (CrDbWorker          *worker,
                                                     CrRecord            *stored,
                                                     GError             **error);

/* Document @document_id is one of @case_id's; @label (translated) is the
 * field that names it, for the message. */
gboolean               _cr_db_check_case_document   (CrDbWorker          *worker,
                                                     gint64               document_id,
                                                     gint64               case_id,
                                                     const char          *label,
                                                     GError             **error);

/* cr-database-report-records.c: finding @finding_id is one of
 * @case_id's (CR_STORAGE_ERROR_INVALID naming @label otherwise). */
gboolean               _cr_db_check_case_finding    (CrDbWorker          *worker,
                                                     gint64               finding_id,
                                                     gint64               case_id,
                                                     const char          *label,
                                                     GError             **error);
/* A recommendation's agency-ids: each agency newly named (not in
 * @stored's) exists and is not archived. */
gboolean               _cr_db_check_agency_list     (CrDbWorker          *worker,
                                                     CrRecord            *record,
                                                     CrRecord            *stored,
                                                     GError             **error);
/* Fills the agency-names of each recommendation of @records. */
gboolean               _cr_db_fill_agency_names     (CrDbWorker          *worker,
                                                     GPtrArray           *records,
                                                     GError             **error);

G_END_DECLS
