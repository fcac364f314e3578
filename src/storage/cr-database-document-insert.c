/* cr-database-document-insert.c: storing a document's bytes and row
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database.h"
#include "cr-database-private.h"

#include "cr-document.h"

#include <glib/gi18n.h>

/*
 * The bytes of a document live in document_blobs, keyed by their SHA-256,
 * so that the same file attached twice (or received as a chronology and
 * attached again) is stored once. The documents row names its blob by
 * that hash; the code that deletes documents removes blobs no document
 * names any more.
 */

static gboolean
store_blob (CrDbWorker  *worker,
            const char  *sha256,
            GBytes      *contents,
            GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  gsize size = 0;
  gconstpointer data = g_bytes_get_data (contents, &size);

  stmt = _cr_db_prepare (worker,
                         "INSERT INTO document_blobs (sha256, size, contents) VALUES (?1, ?2, ?3)"
                         " ON CONFLICT (sha256) DO NOTHING",
                         error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, (sqlite3_int64) size);
  /* An empty file is a zero-length blob, never NULL. */
  sqlite3_bind_blob64 (stmt, 3, data != NULL ? data : "", size, SQLITE_STATIC);
  return _cr_db_step_done (worker, stmt, error);
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *value)
{
  if (value == NULL || *value == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

gboolean
_cr_db_insert_document (CrDbWorker  *worker,
                        CrRecord    *document,
                        gint64       case_id,
                        GBytes      *contents,
                        gint64      *out_id,
                        GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *size_text = NULL;
  const char *agency = NULL;
  gint64 agency_id = 0;
  gsize size;

  g_return_val_if_fail (CR_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  size = g_bytes_get_size (contents);
  if (size > CR_DOCUMENT_MAX_BYTES)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %s is a file name, %d a number of megabytes */
                   _("“%s” is larger than the %d MB a document may be. Attach a smaller file, or split it."),
                   cr_record_get (document, "filename") != NULL ? cr_record_get (document, "filename") : "",
                   CR_DOCUMENT_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }

  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, contents);
  size_text = g_strdup_printf ("%" G_GSIZE_FORMAT, size);
  cr_record_set (document, "sha256", sha256);
  cr_record_set (document, "size", size_text);
  cr_record_set (document, "media-type",
                 cr_document_sniff_media_type (contents, cr_record_get (document, "filename")));
  cr_record_set_case_id (document, case_id);

  _cr_db_record_normalise (document);
  if (!cr_record_validate (document, error))
    return FALSE;

  agency = cr_record_get (document, "agency-id");
  if (agency != NULL)
    {
      if (!g_ascii_string_to_signed (agency, 10, 1, G_MAXINT64, &agency_id, NULL))
        {
          g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                               _("The document’s agency is not a stored agency. Choose it again from the list."));
          return FALSE;
        }
      if (!_cr_db_check_agency (worker, agency_id, _("Agency of the document"), error))
        return FALSE;
    }

  if (!store_blob (worker, sha256, contents, error))
    return FALSE;

  stmt = _cr_db_prepare (worker,
                         "INSERT INTO documents (case_id, title, filename, doc_type, agency_id,"
                         "                       version, received_date, notes, media_type, size, sha256)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                         error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, case_id);
  bind_text_or_null (stmt, 2, cr_record_get (document, "title"));
  bind_text_or_null (stmt, 3, cr_record_get (document, "filename"));
  bind_text_or_null (stmt, 4, cr_record_get (document, "doc-type"));
  if (agency_id > 0)
    sqlite3_bind_int64 (stmt, 5, agency_id);
  else
    sqlite3_bind_null (stmt, 5);
  bind_text_or_null (stmt, 6, cr_record_get (document, "version"));
  bind_text_or_null (stmt, 7, cr_record_get (document, "received-date"));
  bind_text_or_null (stmt, 8, cr_record_get (document, "notes"));
  bind_text_or_null (stmt, 9, cr_record_get (document, "media-type"));
  sqlite3_bind_int64 (stmt, 10, (sqlite3_int64) size);
  sqlite3_bind_text (stmt, 11, sha256, -1, SQLITE_TRANSIENT);

  if (!_cr_db_step_done (worker, stmt, error))
    return FALSE;

  cr_record_set_id (document, sqlite3_last_insert_rowid (worker->db));
  if (out_id != NULL)
    *out_id = sqlite3_last_insert_rowid (worker->db);
  return TRUE;
}
