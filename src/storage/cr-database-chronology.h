/* cr-database-chronology.h: storing the agencies' chronologies */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-database.h"
#include "cr-chronology.h"
#include "cr-chronology-import.h"
#include "cr-chronology-mapping.h"
#include "cr-document.h"

G_BEGIN_DECLS

/*
 * An import stores, in one transaction: the agency's file as a CrDocument
 * of the case (doc-type chronology, its bytes in document_blobs), a row of
 * chronology_imports (agency, document, mapping, counts, when, who), the
 * entries and the rejected rows of @result, and @mapping as the agency's
 * remembered mapping (chronology_mappings, per agency for the whole
 * partnership). Returns the import's id.
 */
void          cr_database_import_chronology_async  (CrDatabase               *self,
                                                    gint64                    case_id,
                                                    gint64                    agency_id,
                                                    const char               *filename,
                                                    GBytes                   *contents,
                                                    const CrChronologyMapping *mapping,
                                                    CrChronologyImportResult *result,
                                                    GCancellable             *cancellable,
                                                    GAsyncReadyCallback       callback,
                                                    gpointer                  user_data);
gint64        cr_database_import_chronology_finish (CrDatabase               *self,
                                                    GAsyncResult             *result,
                                                    GError                  **error);

/* The remembered mapping of @agency_id, or NULL (no error) when there is
 * none. */
void          cr_database_get_chronology_mapping_async  (CrDatabase          *self,
                                                         gint64               agency_id,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
CrChronologyMapping *
              cr_database_get_chronology_mapping_finish (CrDatabase          *self,
                                                         GAsyncResult        *result,
                                                         GError             **error);

/* The case's chronology: entries (agency names and source file names
 * filled) in merge order with the stored duplicate decisions applied,
 * and the rows set aside that are not yet resolved. */
void          cr_database_load_chronology_async    (CrDatabase          *self,
                                                    gint64               case_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
CrChronology *cr_database_load_chronology_finish   (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* How much of a chronology the case holds, without loading it (for the
 * case page): its entries, the agencies they come from, and the rows set
 * aside that are not yet resolved. NOT_FOUND when there is no such case.
 * Any of the out arguments may be NULL. */
void          cr_database_count_chronology_async   (CrDatabase          *self,
                                                    gint64               case_id,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean      cr_database_count_chronology_finish  (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    guint               *n_entries,
                                                    guint               *n_agencies,
                                                    guint               *n_rejects,
                                                    GError             **error);

/* Marks entry @entry_id a key practice episode, or not. */
void          cr_database_set_key_practice_episode_async  (CrDatabase          *self,
                                                           gint64               entry_id,
                                                           gboolean             kpe,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
gboolean      cr_database_set_key_practice_episode_finish (CrDatabase          *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);

/* Stores the decision on the pair (@entry_a, @entry_b) of @case_id (NONE
 * forgets it). */
void          cr_database_decide_duplicate_async   (CrDatabase          *self,
                                                    gint64               case_id,
                                                    gint64               entry_a,
                                                    gint64               entry_b,
                                                    CrDuplicateDecision  decision,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean      cr_database_decide_duplicate_finish  (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Resolves the rejected row @reject_id: with @corrected (an entry whose
 * date and event are set; agency, import and row are taken from the
 * reject) it becomes an entry; with NULL it is discarded. Either way the
 * audit trail keeps the row as it was. Returns the new entry's id (0 when
 * discarded). */
void          cr_database_resolve_reject_async     (CrDatabase          *self,
                                                    gint64               reject_id,
                                                    CrChronologyEntry   *corrected,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gint64        cr_database_resolve_reject_finish    (CrDatabase          *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/* Removes import @import_id: its entries, rejects and decisions (the
 * source document stays, as evidence received). */
void          cr_database_delete_chronology_import_async  (CrDatabase          *self,
                                                           gint64               import_id,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
gboolean      cr_database_delete_chronology_import_finish (CrDatabase          *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);

G_END_DECLS
