/* cr-database-review-documents.c: documents of a case, their bytes kept in
 * the database once per content
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-review.h"
#include "cr-database-review-private.h"

#include <glib/gi18n.h>

/*
 * A document row names its bytes by their SHA-256 (document_blobs): the
 * same file added twice, or received as a chronology and attached again,
 * is stored once. Reading checks the bytes against the hash, so damage is
 * reported rather than shown. Deleting a document removes bytes no other
 * document names, in the same transaction.
 */

gboolean
_cr_db_check_case_document (CrDbWorker  *worker,
                            gint64       document_id,
                            gint64       case_id,
                            const char  *label,
                            GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = _cr_db_prepare (worker, "SELECT 1 FROM documents WHERE id = ?1 AND case_id = ?2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, document_id);
  sqlite3_bind_int64 (stmt, 2, case_id);
  if (_cr_db_step_one (worker, stmt, &local_error, "%s", ""))
    return TRUE;

  if (g_error_matches (local_error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND))
    g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                 /* Translators: %s is a field's label, such as "Minutes" */
                 _("“%s”: the document is not one of this case’s documents. It may have been removed; choose it again from the case’s documents."),
                 label);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* ---- add_document -------------------------------------------------------------- */

typedef struct
{
  CrRecord *document;
  GBytes   *contents;
  gint64    document_id;
} DocumentData;

static void
document_data_free (DocumentData *data)
{
  g_clear_object (&data->document);
  g_clear_pointer (&data->contents, g_bytes_unref);
  g_free (data);
}

static void
run_add_document (CrDbWorker *worker,
                  GTask      *task)
{
  DocumentData *data = g_task_get_task_data (task);
  gint64 case_id = cr_record_get_case_id (data->document);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (g_bytes_get_size (data->contents) == 0)
    {
      const char *filename = cr_record_get (data->document, "filename");

      g_task_return_new_error (task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                               /* Translators: %s is a file name */
                               _("“%s” is empty, so there is nothing to add. Check that it is the right file, and that it was saved completely."),
                               filename != NULL ? filename : "");
      return;
    }

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !_cr_db_require_case (worker, case_id, &error) ||
      !_cr_db_insert_document (worker, data->document, case_id, data->contents, &id, &error) ||
      (stored = _cr_db_review_load (worker, CR_TYPE_DOCUMENT, case_id, id, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&stored), g_object_unref);
}

void
cr_database_add_document_async (CrDatabase          *self,
                                CrDocument          *document,
                                GBytes              *contents,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  DocumentData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (CR_IS_DOCUMENT (document));
  g_return_if_fail (cr_record_get_case_id (CR_RECORD (document)) > 0);
  g_return_if_fail (contents != NULL);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_add_document_async, "cr_database_add_document_async");
  data = g_new0 (DocumentData, 1);
  data->document = _cr_db_record_copy (CR_RECORD (document));
  cr_record_set_id (data->document, 0);
  data->contents = g_bytes_ref (contents);
  g_task_set_task_data (task, data, (GDestroyNotify) document_data_free);
  _cr_database_submit (self, task, run_add_document, CR_DB_REQUEST_WRITE);
}

CrDocument *
cr_database_add_document_finish (CrDatabase    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_add_document_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- read_document ------------------------------------------------------------- */

static GBytes *
read_document (CrDbWorker  *worker,
               gint64       document_id,
               GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  const char *filename;
  const char *sha256;
  const void *contents;
  sqlite3_int64 size;
  int n_bytes;

  stmt = _cr_db_prepare (worker,
                         "SELECT d.filename, d.sha256, d.size, b.size, b.contents"
                         "  FROM documents d LEFT JOIN document_blobs b ON b.sha256 = d.sha256"
                         " WHERE d.id = ?1",
                         error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, document_id);
  if (!_cr_db_step_one (worker, stmt, error, "%s",
                        _("The document was not found. It may have been removed; reload the case.")))
    return NULL;

  filename = _cr_db_column_text (stmt, 0);
  sha256 = _cr_db_column_text (stmt, 1);
  size = sqlite3_column_int64 (stmt, 2);
  contents = sqlite3_column_blob (stmt, 4);
  n_bytes = sqlite3_column_bytes (stmt, 4);

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  if (contents != NULL)
    g_checksum_update (checksum, contents, n_bytes);

  if (sqlite3_column_type (stmt, 4) == SQLITE_NULL ||
      n_bytes != size ||
      g_strcmp0 (g_checksum_get_string (checksum), sha256) != 0)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT,
                   /* Translators: %s is a file name */
                   _("The stored copy of “%s” is damaged, so it was not opened. Restore the latest backup, or delete the document and add it again from the original file."),
                   filename != NULL ? filename : "");
      return NULL;
    }

  return g_bytes_new (contents != NULL ? contents : "", n_bytes);
}

static void
run_read_document (CrDbWorker *worker,
                   GTask      *task)
{
  DocumentData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  if ((bytes = read_document (worker, data->document_id, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
cr_database_read_document_async (CrDatabase          *self,
                                 gint64               document_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  DocumentData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (document_id > 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_read_document_async, "cr_database_read_document_async");
  data = g_new0 (DocumentData, 1);
  data->document_id = document_id;
  g_task_set_task_data (task, data, (GDestroyNotify) document_data_free);
  _cr_database_submit (self, task, run_read_document, CR_DB_REQUEST_READ);
}

GBytes *
cr_database_read_document_finish (CrDatabase    *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_read_document_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- deleting ------------------------------------------------------------------- */

/* FALSE, with CR_STORAGE_ERROR_CONSTRAINT saying what, when an evidence
 * request, a meeting or a chronology import still names @document. */
static gboolean
check_unused (CrDbWorker  *worker,
              CrRecord    *document,
              GError     **error)
{
  gint64 case_id = cr_record_get_case_id (document);
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *title = NULL;
  g_autofree char *user_title = NULL;
  g_autoptr(CrRecord) user = NULL;
  gint64 user_id;
  int rc;

  stmt = _cr_db_prepare (worker,
                         "SELECT 'evidence-request', id, NULL FROM evidence_requests WHERE document_id = ?1"
                         " UNION ALL SELECT 'meeting', id, NULL FROM meetings WHERE minutes_document_id = ?1"
                         " UNION ALL SELECT 'chronology-import', i.id, a.name"
                         "   FROM chronology_imports i JOIN agencies a ON a.id = i.agency_id"
                         "  WHERE i.document_id = ?1"
                         " LIMIT 1",
                         error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cr_record_get_id (document));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return _cr_db_set_error (worker->db, rc, error);

  kind = g_strdup (_cr_db_column_text (stmt, 0));
  user_id = sqlite3_column_int64 (stmt, 1);
  agency = g_strdup (_cr_db_column_text (stmt, 2));
  sqlite3_reset (stmt);
  title = cr_record_dup_title (document);

  if (g_str_equal (kind, "chronology-import"))
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CONSTRAINT,
                   /* Translators: the first %s is a document's title, the second an agency's name */
                   _("“%s” is the file the chronology from %s was imported from, so it was not deleted. Remove that import first."),
                   title, agency != NULL ? agency : "");
      return FALSE;
    }

  user = _cr_db_review_load (worker,
                             g_str_equal (kind, "meeting") ? CR_TYPE_MEETING : CR_TYPE_EVIDENCE_REQUEST,
                             case_id, user_id, error);
  if (user == NULL)
    return FALSE;
  user_title = cr_record_dup_title (user);

  if (g_str_equal (kind, "meeting"))
    g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CONSTRAINT,
                 /* Translators: the first %s is a document's title, the second
                  * names a meeting, "Review panel, 3 March 2026" */
                 _("“%s” holds the minutes of the meeting “%s”, so it was not deleted. Clear the minutes of that meeting first."),
                 title, user_title);
  else
    g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CONSTRAINT,
                 /* Translators: the first %s is a document's title, the second
                  * names an evidence request, "Chronology from Police" */
                 _("“%s” is the document received for the evidence request “%s”, so it was not deleted. Clear it from that request first."),
                 title, user_title);
  return FALSE;
}

gboolean
_cr_db_delete_document (CrDbWorker  *worker,
                        CrRecord    *stored,
                        GError     **error)
{
  static const CrDbRecordTable documents_table = { "documents", "id", NULL };
  g_autoptr(CrDbStmt) orphan = NULL;

  if (!check_unused (worker, stored, error) ||
      !_cr_db_record_delete (worker, &documents_table, cr_record_get_id (stored),
                             cr_record_get_case_id (stored), error))
    return FALSE;

  orphan = _cr_db_prepare (worker,
                           "DELETE FROM document_blobs WHERE sha256 = ?1"
                           " AND NOT EXISTS (SELECT 1 FROM documents WHERE sha256 = ?1)",
                           error);
  if (orphan == NULL)
    return FALSE;

  sqlite3_bind_text (orphan, 1, cr_record_get (stored, "sha256"), -1, SQLITE_TRANSIENT);
  return _cr_db_step_done (worker, orphan, error);
}
