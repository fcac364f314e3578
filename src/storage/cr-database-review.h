/* cr-database-review.h: the review workspace's records, documents and pauses */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-database.h"
#include "cr-case-pause.h"
#include "cr-document.h"
#include "cr-evidence-request.h"
#include "cr-family-contact.h"
#include "cr-meeting.h"
#include "cr-milestone.h"
#include "cr-panel-member.h"
#include "cr-parallel-process.h"
#include "cr-reviewer.h"
#include "cr-terms-of-reference.h"

G_BEGIN_DECLS

/*
 * Records of a case's review, by type: CR_TYPE_REVIEWER,
 * CR_TYPE_TERMS_OF_REFERENCE (one per case), CR_TYPE_PANEL_MEMBER,
 * CR_TYPE_MILESTONE, CR_TYPE_EVIDENCE_REQUEST, CR_TYPE_MEETING,
 * CR_TYPE_FAMILY_CONTACT, CR_TYPE_PARALLEL_PROCESS, CR_TYPE_DOCUMENT
 * (list, save of the editable fields, delete; add with
 * cr_database_add_document) and CR_TYPE_CASE_PAUSE (list only). Another
 * type fails with CR_STORAGE_ERROR_INVALID.
 *
 * Every write is validated (cr_record_validate, then the agency and
 * document ids must belong to this partnership and this case), audited
 * by triggers, and moves the case's updated_at.
 */

/* In a stable order: reviewers and panel members as added, milestones and
 * meetings by date, requests by agency then kind, documents by received
 * date then title, family contacts by date, pauses by start. Derived
 * fields (agency-name) filled. */
void       cr_database_list_records_async  (CrDatabase          *self,
                                            GType                type,
                                            gint64               case_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GPtrArray *cr_database_list_records_finish (CrDatabase          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Inserts @record (its id 0) or updates the stored one (by id; the terms
 * of reference by case). Returns the record as stored, a new object with
 * its id and derived fields. */
void       cr_database_save_record_async   (CrDatabase          *self,
                                            CrRecord            *record,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
CrRecord  *cr_database_save_record_finish  (CrDatabase          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Deletes the stored record with @record's id and case. A document still
 * named by an evidence request, a meeting or a chronology import is
 * refused with CR_STORAGE_ERROR_CONSTRAINT and a message naming what uses
 * it. A document's bytes go when no document uses them. */
void       cr_database_delete_record_async (CrDatabase          *self,
                                            CrRecord            *record,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean   cr_database_delete_record_finish(CrDatabase          *self,
                                            GAsyncResult        *result,
                                            GError             **error);

/* Stores @contents (at most CR_DOCUMENT_MAX_BYTES) with @document's
 * fields for @document's case-id: sha256, size, media-type and added-at
 * are set here. The same bytes are stored once (document_blobs by hash).
 * Returns the stored document. */
void        cr_database_add_document_async  (CrDatabase          *self,
                                             CrDocument          *document,
                                             GBytes              *contents,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
CrDocument *cr_database_add_document_finish (CrDatabase          *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* The bytes of document @document_id, checked against their SHA-256
 * (CR_STORAGE_ERROR_CORRUPT when they differ: "The stored copy of
 * “report.pdf” is damaged…"). */
void        cr_database_read_document_async (CrDatabase          *self,
                                             gint64               document_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
GBytes     *cr_database_read_document_finish(CrDatabase          *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* Pauses the review of @case_id from @started ("YYYY-MM-DD", not in the
 * future, not before an earlier pause ended) for @reason (required), to
 * be looked at again on @look_again (may be NULL), because of parallel
 * process @process_id (0: none): moves the case to PAUSED (as
 * cr_case_transition allows; the clocks stop, see cr-deadlines.h) and
 * opens a pause period with these details. Returns the case as stored. */
void        cr_database_pause_case_async    (CrDatabase          *self,
                                             gint64               case_id,
                                             const char          *started,
                                             const char          *reason,
                                             const char          *look_again,
                                             gint64               process_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
CrCase     *cr_database_pause_case_finish   (CrDatabase          *self,
                                             GAsyncResult        *result,
                                             GError             **error);
/* Ends the open pause on @ended ("YYYY-MM-DD", not in the future, not
 * before it started) and moves the case back to the status it was paused
 * from. */
void        cr_database_resume_case_async   (CrDatabase          *self,
                                             gint64               case_id,
                                             const char          *ended,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
CrCase     *cr_database_resume_case_finish  (CrDatabase          *self,
                                             GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
