/* cr-database-chronology.c: importing an agency's chronology, its
 * remembered mapping, and loading a case's merged chronology
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-chronology.h"
#include "cr-database-chronology-private.h"
#include "cr-database-private.h"

#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * Storage of the chronology tables of migration 6 (schema6.md).
 *
 * An import is one transaction: the source file as a document of the
 * case, one chronology_imports row (whose insert trigger writes the one
 * audit row of the import, with its counts), every entry through one
 * prepared statement, the rejected rows, and the agency's mapping. The
 * entries are copied into plain structs on the caller's thread, so the
 * caller's objects are never touched by the database thread.
 *
 * A rejected row's cells are stored as one text, the cells joined by
 * U+001F (INFORMATION SEPARATOR ONE): a sheet's cells never hold control
 * characters other than '\n' and '\t' (cr-sheet.h), so the separator
 * cannot occur inside a cell.
 */

#define LINE_MAX_CHARS    1000   /* LINE_COLUMN of the migrations */
#define REASON_MAX_CHARS  2000   /* chronology_rejects.reason */

/* ---- Import: the data copied for the database thread -------------------- */

typedef struct
{
  guint  row;
  char  *day;       /* YYYY-MM-DD */
  int    minutes;   /* -1: no time */
  char  *event;
  char  *author;
  char  *source;
  gboolean kpe;
} EntryRow;

typedef struct
{
  guint  row;
  char  *reason;
  char  *cells;     /* joined by CR_DB_CHRONOLOGY_CELL_SEPARATOR */
} RejectRow;

typedef struct
{
  gint64  case_id;
  gint64  agency_id;
  char   *filename;
  GBytes *contents;
  char   *mapping;
  GArray *entries;   /* EntryRow */
  GArray *rejects;   /* RejectRow */
  guint   n_blank;
} ImportData;

static void
entry_row_clear (gpointer data)
{
  EntryRow *row = data;

  g_free (row->day);
  g_free (row->event);
  g_free (row->author);
  g_free (row->source);
}

static void
reject_row_clear (gpointer data)
{
  RejectRow *row = data;

  g_free (row->reason);
  g_free (row->cells);
}

static void
import_data_free (ImportData *data)
{
  g_free (data->filename);
  g_clear_pointer (&data->contents, g_bytes_unref);
  g_free (data->mapping);
  g_clear_pointer (&data->entries, g_array_unref);
  g_clear_pointer (&data->rejects, g_array_unref);
  g_free (data);
}

/* At most LINE_MAX_CHARS characters: a longer author or source cell is
 * cut rather than failing the whole import (the row keeps its event). */
static char *
dup_line (const char *text)
{
  if (text == NULL || *text == '\0')
    return NULL;
  if (g_utf8_strlen (text, -1) <= LINE_MAX_CHARS)
    return g_strdup (text);
  return g_utf8_substring (text, 0, LINE_MAX_CHARS);
}

char *
_cr_db_chronology_join_cells (const char * const *cells)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; cells != NULL && cells[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (text, CR_DB_CHRONOLOGY_CELL_SEPARATOR);
      g_string_append (text, cells[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char **
_cr_db_chronology_split_cells (const char *text)
{
  const char separator[] = { CR_DB_CHRONOLOGY_CELL_SEPARATOR, '\0' };

  if (text == NULL || *text == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (text, separator, -1);
}

/* ---- Import: on the database thread ------------------------------------- */

/* "CSV" or "XLSX", and the text encoding, from the bytes (the sheet is not
 * at hand here; the same tests cr_sheet_read() makes). */
static void
describe_file (GBytes      *contents,
               const char **format,
               const char **encoding)
{
  gsize size = 0;
  const guchar *data = g_bytes_get_data (contents, &size);

  if (size >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    {
      *format = "XLSX";
      *encoding = "UTF-8";
      return;
    }

  *format = "CSV";
  if (size >= 2 && data[0] == 0xff && data[1] == 0xfe)
    *encoding = "UTF-16LE";
  else if (size >= 2 && data[0] == 0xfe && data[1] == 0xff)
    *encoding = "UTF-16BE";
  else if (g_utf8_validate ((const char *) data, (gssize) size, NULL))
    *encoding = "UTF-8";
  else
    *encoding = "Windows-1252";
}

static gboolean
insert_import_row (CrDbWorker  *worker,
                   ImportData  *data,
                   gint64       document_id,
                   gint64      *out_id,
                   GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  const char *format, *encoding;

  describe_file (data->contents, &format, &encoding);

  stmt = _cr_db_prepare (worker,
                         "INSERT INTO chronology_imports (case_id, agency_id, document_id, mapping,"
                         "  os_user, n_entries, n_rejected, n_blank, format, encoding)"
                         " VALUES (?1, ?2, ?3, ?4, cr_os_user (), ?5, ?6, ?7, ?8, ?9)",
                         error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, data->case_id);
  sqlite3_bind_int64 (stmt, 2, data->agency_id);
  sqlite3_bind_int64 (stmt, 3, document_id);
  sqlite3_bind_text (stmt, 4, data->mapping, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, data->entries->len);
  sqlite3_bind_int64 (stmt, 6, data->rejects->len);
  sqlite3_bind_int64 (stmt, 7, data->n_blank);
  sqlite3_bind_text (stmt, 8, format, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, encoding, -1, SQLITE_STATIC);

  if (!_cr_db_step_done (worker, stmt, error))
    return FALSE;

  *out_id = sqlite3_last_insert_rowid (worker->db);
  return TRUE;
}

gboolean
_cr_db_chronology_insert_entry (CrDbWorker  *worker,
                                gint64       case_id,
                                gint64       import_id,
                                gint64       agency_id,
                                guint        row,
                                const char  *day,
                                int          minutes,
                                const char  *event,
                                const char  *author,
                                const char  *source,
                                gboolean     kpe,
                                gboolean     corrected,
                                GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  int rc;

  stmt = _cr_db_prepare (worker,
                         "INSERT INTO chronology_entries (case_id, import_id, agency_id, row, day,"
                         "  minutes, event, author, source, key_practice_episode, corrected)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                         error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_int64 (stmt, 2, import_id);
  sqlite3_bind_int64 (stmt, 3, agency_id);
  sqlite3_bind_int64 (stmt, 4, row);
  sqlite3_bind_text (stmt, 5, day, -1, SQLITE_STATIC);
  if (minutes >= 0)
    sqlite3_bind_int (stmt, 6, minutes);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_text (stmt, 7, event, -1, SQLITE_STATIC);
  if (author != NULL)
    sqlite3_bind_text (stmt, 8, author, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 8);
  if (source != NULL)
    sqlite3_bind_text (stmt, 9, source, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 9);
  sqlite3_bind_int (stmt, 10, kpe ? 1 : 0);
  sqlite3_bind_int (stmt, 11, corrected ? 1 : 0);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;

  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    {
      /* Only a value the importer should have refused gets here: say
       * which row, so that the file can be corrected. */
      g_autoptr(GError) local_error = NULL;

      _cr_db_set_error (worker->db, rc, &local_error);
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %u is a row number of the agency's file, %s the database's reason */
                   _("Row %u could not be stored: %s"), row, local_error->message);
      return FALSE;
    }

  return _cr_db_set_error (worker->db, rc, error);
}

static gboolean
insert_entries (CrDbWorker  *worker,
                ImportData  *data,
                gint64       import_id,
                GError     **error)
{
  for (guint i = 0; i < data->entries->len; i++)
    {
      EntryRow *row = &g_array_index (data->entries, EntryRow, i);

      if (!_cr_db_chronology_insert_entry (worker, data->case_id, import_id, data->agency_id,
                                           row->row, row->day, row->minutes, row->event,
                                           row->author, row->source, row->kpe, FALSE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_rejects (CrDbWorker  *worker,
                ImportData  *data,
                gint64       import_id,
                GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;

  if (data->rejects->len == 0)
    return TRUE;

  stmt = _cr_db_prepare (worker,
                         "INSERT INTO chronology_rejects (case_id, import_id, agency_id, row, reason, cells)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                         error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < data->rejects->len; i++)
    {
      RejectRow *row = &g_array_index (data->rejects, RejectRow, i);

      sqlite3_bind_int64 (stmt, 1, data->case_id);
      sqlite3_bind_int64 (stmt, 2, import_id);
      sqlite3_bind_int64 (stmt, 3, data->agency_id);
      sqlite3_bind_int64 (stmt, 4, MAX (row->row, 1));
      sqlite3_bind_text (stmt, 5, row->reason, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, row->cells, -1, SQLITE_STATIC);
      if (!_cr_db_step_done (worker, stmt, error))
        return FALSE;
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/* Remembers @mapping for the agency; an unchanged mapping is left alone,
 * so that importing again audits nothing. */
static gboolean
remember_mapping (CrDbWorker  *worker,
                  gint64       agency_id,
                  const char  *mapping,
                  GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;

  stmt = _cr_db_prepare (worker,
                         "INSERT INTO chronology_mappings (agency_id, mapping, updated_at)"
                         " VALUES (?1, ?2, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))"
                         " ON CONFLICT (agency_id) DO UPDATE"
                         "   SET mapping = excluded.mapping, updated_at = excluded.updated_at"
                         "   WHERE mapping IS NOT excluded.mapping",
                         error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, agency_id);
  sqlite3_bind_text (stmt, 2, mapping, -1, SQLITE_STATIC);
  return _cr_db_step_done (worker, stmt, error);
}

static void
run_import (CrDbWorker *worker,
            GTask      *task)
{
  ImportData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrRecord) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *title = NULL;
  g_autofree char *agency = NULL;
  gint64 document_id = 0;
  gint64 import_id = 0;
  GDate date;

  if (g_task_return_error_if_cancelled (task))
    return;

  cr_date_set_today (&date);
  today = cr_date_to_iso (&date);
  agency = g_strdup_printf ("%" G_GINT64_FORMAT, data->agency_id);

  document = CR_RECORD (cr_document_new_for_file (data->filename));
  cr_record_set (document, "doc-type", "chronology");
  cr_record_set (document, "agency-id", agency);
  if (!cr_record_has (document, "received-date"))
    cr_record_set (document, "received-date", today);

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !_cr_db_require_case (worker, data->case_id, &error) ||
      !_cr_db_check_agency (worker, data->agency_id, _("Agency of the chronology"), &error) ||
      !_cr_db_insert_document (worker, document, data->case_id, data->contents, &document_id, &error) ||
      !insert_import_row (worker, data, document_id, &import_id, &error) ||
      !insert_entries (worker, data, import_id, &error) ||
      !insert_rejects (worker, data, import_id, &error) ||
      !remember_mapping (worker, data->agency_id, data->mapping, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_debug ("Imported %u entries and %u rejects of %s as import %" G_GINT64_FORMAT,
           data->entries->len, data->rejects->len, data->filename, import_id);
  g_task_return_int (task, import_id);
}

void
cr_database_import_chronology_async (CrDatabase                *self,
                                     gint64                     case_id,
                                     gint64                     agency_id,
                                     const char                *filename,
                                     GBytes                    *contents,
                                     const CrChronologyMapping *mapping,
                                     CrChronologyImportResult  *result,
                                     GCancellable              *cancellable,
                                     GAsyncReadyCallback        callback,
                                     gpointer                   user_data)
{
  g_autofree char *basename = NULL;
  ImportData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);
  g_return_if_fail (agency_id > 0);
  g_return_if_fail (filename != NULL);
  g_return_if_fail (contents != NULL);
  g_return_if_fail (mapping != NULL);
  g_return_if_fail (result != NULL && result->entries != NULL && result->rejects != NULL);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_import_chronology_async,
                                "cr_database_import_chronology_async");

  basename = g_path_get_basename (filename);
  data = g_new0 (ImportData, 1);
  data->case_id = case_id;
  data->agency_id = agency_id;
  data->filename = g_filename_display_name (basename);
  data->contents = g_bytes_ref (contents);
  data->mapping = cr_chronology_mapping_to_string (mapping);
  data->n_blank = result->n_blank;
  data->entries = g_array_sized_new (FALSE, TRUE, sizeof (EntryRow), result->entries->len);
  g_array_set_clear_func (data->entries, entry_row_clear);
  data->rejects = g_array_sized_new (FALSE, TRUE, sizeof (RejectRow), result->rejects->len);
  g_array_set_clear_func (data->rejects, reject_row_clear);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);

  for (guint i = 0; i < result->entries->len; i++)
    {
      CrChronologyEntry *entry = g_ptr_array_index (result->entries, i);
      EntryRow row = { 0 };

      row.row = MAX (cr_chronology_entry_get_row (entry), 1);
      row.day = cr_chronology_entry_dup_iso_date (entry);
      row.minutes = cr_chronology_entry_get_minutes (entry);
      row.event = g_strdup (cr_chronology_entry_get_event (entry));
      row.author = dup_line (cr_chronology_entry_get_author (entry));
      row.source = dup_line (cr_chronology_entry_get_source (entry));
      row.kpe = cr_chronology_entry_get_key_practice_episode (entry);

      if (row.day == NULL || row.event == NULL || *row.event == '\0')
        {
          guint row_number = row.row;

          entry_row_clear (&row);
          g_task_return_new_error (task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                                   /* Translators: %u is a row number of the agency's file */
                                   _("Row %u has no date or no event, so the chronology was not imported. Set the row aside or correct it."),
                                   row_number);
          g_object_unref (task);
          return;
        }
      g_array_append_val (data->entries, row);
    }

  for (guint i = 0; i < result->rejects->len; i++)
    {
      CrChronologyReject *reject = g_ptr_array_index (result->rejects, i);
      RejectRow row = { 0 };

      row.row = cr_chronology_reject_get_row (reject);
      row.reason = g_strdup (cr_chronology_reject_get_reason (reject));
      if (row.reason == NULL || *row.reason == '\0')
        {
          g_free (row.reason);
          row.reason = g_strdup (_("The row could not be read"));
        }
      else if (g_utf8_strlen (row.reason, -1) > REASON_MAX_CHARS)
        {
          g_autofree char *cut = g_utf8_substring (row.reason, 0, REASON_MAX_CHARS - 1);

          g_free (row.reason);
          row.reason = g_strconcat (cut, "…", NULL);
        }
      row.cells = _cr_db_chronology_join_cells (cr_chronology_reject_get_cells (reject));
      g_array_append_val (data->rejects, row);
    }

  _cr_database_submit (self, task, run_import, CR_DB_REQUEST_WRITE);
}

gint64
cr_database_import_chronology_finish (CrDatabase    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  gssize id;

  g_return_val_if_fail (g_task_is_valid (result, self), 0);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_import_chronology_async, 0);

  id = g_task_propagate_int (G_TASK (result), error);
  return id > 0 ? id : 0;   /* 0, not -1, on error */
}

/* ---- The remembered mapping ---------------------------------------------- */

static void
run_get_mapping (CrDbWorker *worker,
                 GTask      *task)
{
  gint64 agency_id = *(gint64 *) g_task_get_task_data (task);
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) parse_error = NULL;
  CrChronologyMapping *mapping;
  int rc;

  stmt = _cr_db_prepare (worker, "SELECT mapping FROM chronology_mappings WHERE agency_id = ?1", &error);
  if (stmt == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sqlite3_bind_int64 (stmt, 1, agency_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }
  if (rc != SQLITE_ROW)
    {
      _cr_db_set_error (worker->db, rc, &error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  mapping = cr_chronology_mapping_from_string (_cr_db_column_text (stmt, 0), &parse_error);
  if (mapping == NULL)
    {
      /* Only a hint for the next import: guessing again loses nothing. */
      g_warning ("The remembered chronology mapping of agency %" G_GINT64_FORMAT
                 " cannot be read, so it is ignored: %s", agency_id, parse_error->message);
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  g_task_return_pointer (task, mapping, (GDestroyNotify) cr_chronology_mapping_free);
}

void
cr_database_get_chronology_mapping_async (CrDatabase          *self,
                                          gint64               agency_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (agency_id > 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_get_chronology_mapping_async,
                                "cr_database_get_chronology_mapping_async");
  g_task_set_task_data (task, g_memdup2 (&agency_id, sizeof agency_id), g_free);
  _cr_database_submit (self, task, run_get_mapping, CR_DB_REQUEST_READ);
}

CrChronologyMapping *
cr_database_get_chronology_mapping_finish (CrDatabase    *self,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_get_chronology_mapping_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
