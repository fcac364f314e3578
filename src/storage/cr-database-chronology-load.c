/* cr-database-chronology-load.c: a case's merged chronology as stored
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-chronology.h"
#include "cr-database-chronology-private.h"

#include <glib/gi18n.h>

/*
 * Entries come sorted by day and time from the index, so the merge sort
 * of cr_chronology_set_entries() has little left to do; the agency's name
 * and the source file's name are read by joins, once per entry.
 */

#define ENTRIES_SQL \
  "SELECT " CR_DB_CHRONOLOGY_ENTRY_COLUMNS \
  "  FROM chronology_entries e" \
  CR_DB_CHRONOLOGY_ENTRY_JOINS \
  " WHERE e.case_id = ?1" \
  " ORDER BY e.day, e.minutes, e.id"

#define REJECTS_SQL \
  "SELECT r.id, r.import_id, r.agency_id, a.name, d.filename, r.row, r.reason, r.cells" \
  "  FROM chronology_rejects r" \
  "  JOIN agencies a ON a.id = r.agency_id" \
  "  JOIN chronology_imports i ON i.id = r.import_id" \
  "  JOIN documents d ON d.id = i.document_id" \
  " WHERE r.case_id = ?1 AND r.resolved IS NULL" \
  " ORDER BY a.name, r.row, r.id"

/* One statement, so that the three counts agree. */
#define COUNTS_SQL \
  "SELECT (SELECT count(*) FROM chronology_entries WHERE case_id = ?1)," \
  "       (SELECT count(DISTINCT agency_id) FROM chronology_entries WHERE case_id = ?1)," \
  "       (SELECT count(*) FROM chronology_rejects WHERE case_id = ?1 AND resolved IS NULL)"

#define DECISIONS_SQL \
  "SELECT entry_a, entry_b, decision FROM chronology_duplicates WHERE case_id = ?1"

CrChronologyEntry *
_cr_db_chronology_read_entry (sqlite3_stmt *stmt,
                              int           first,
                              gint64        case_id)
{
  CrChronologyEntry *entry = cr_chronology_entry_new ();

  cr_chronology_entry_set_id (entry, sqlite3_column_int64 (stmt, first));
  cr_chronology_entry_set_case_id (entry, case_id);
  cr_chronology_entry_set_import_id (entry, sqlite3_column_int64 (stmt, first + 1));
  cr_chronology_entry_set_agency_id (entry, sqlite3_column_int64 (stmt, first + 2));
  cr_chronology_entry_set_agency_name (entry, _cr_db_column_text (stmt, first + 3));
  cr_chronology_entry_set_document_id (entry, sqlite3_column_int64 (stmt, first + 4));
  cr_chronology_entry_set_source_file (entry, _cr_db_column_text (stmt, first + 5));
  cr_chronology_entry_set_row (entry, (guint) sqlite3_column_int64 (stmt, first + 6));
  cr_chronology_entry_set_iso_date (entry, _cr_db_column_text (stmt, first + 7));
  cr_chronology_entry_set_minutes (entry, sqlite3_column_type (stmt, first + 8) == SQLITE_NULL
                                          ? -1 : sqlite3_column_int (stmt, first + 8));
  cr_chronology_entry_set_event (entry, _cr_db_column_text (stmt, first + 9));
  cr_chronology_entry_set_author (entry, _cr_db_column_text (stmt, first + 10));
  cr_chronology_entry_set_source (entry, _cr_db_column_text (stmt, first + 11));
  cr_chronology_entry_set_key_practice_episode (entry, sqlite3_column_int (stmt, first + 12) != 0);
  return entry;
}

static GPtrArray *
load_entries (CrDbWorker  *worker,
              gint64       case_id,
              GError     **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CrDbStmt) stmt = NULL;
  int rc;

  stmt = _cr_db_prepare (worker, ENTRIES_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (entries, _cr_db_chronology_read_entry (stmt, 0, case_id));
    }

  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (worker->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

static GObject *
read_reject (sqlite3_stmt  *stmt,
             GError       **error)
{
  g_auto(GStrv) cells = _cr_db_chronology_split_cells (_cr_db_column_text (stmt, 7));
  CrChronologyReject *reject;

  reject = cr_chronology_reject_new ((guint) sqlite3_column_int64 (stmt, 5),
                                     _cr_db_column_text (stmt, 6),
                                     (const char * const *) cells);
  cr_chronology_reject_set_id (reject, sqlite3_column_int64 (stmt, 0));
  cr_chronology_reject_set_import_id (reject, sqlite3_column_int64 (stmt, 1));
  cr_chronology_reject_set_agency_id (reject, sqlite3_column_int64 (stmt, 2));
  cr_chronology_reject_set_agency_name (reject, _cr_db_column_text (stmt, 3));
  cr_chronology_reject_set_source_file (reject, _cr_db_column_text (stmt, 4));
  return G_OBJECT (reject);
}

static GPtrArray *
load_rejects (CrDbWorker  *worker,
              gint64       case_id,
              GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;

  stmt = _cr_db_prepare (worker, REJECTS_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return _cr_db_collect (worker, stmt, read_reject, error);
}

static GHashTable *
load_decisions (CrDbWorker  *worker,
                gint64       case_id,
                GError     **error)
{
  g_autoptr(GHashTable) decisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(CrDbStmt) stmt = NULL;
  int rc;

  stmt = _cr_db_prepare (worker, DECISIONS_SQL, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int decision = cr_duplicate_decision_from_nick (_cr_db_column_text (stmt, 2));

      if (decision <= CR_DUPLICATE_DECISION_NONE)
        continue;
      g_hash_table_insert (decisions,
                           cr_chronology_pair_key (sqlite3_column_int64 (stmt, 0),
                                                   sqlite3_column_int64 (stmt, 1)),
                           GINT_TO_POINTER (decision));
    }

  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (worker->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&decisions);
}

static void
run_load_chronology (CrDbWorker *worker,
                     GTask      *task)
{
  gint64 case_id = *(gint64 *) g_task_get_task_data (task);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) rejects = NULL;
  g_autoptr(GHashTable) decisions = NULL;
  g_autoptr(GError) error = NULL;
  CrChronology *chronology;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* One read transaction, so that the three lists agree. */
  if (!_cr_db_exec (worker->db, "BEGIN", &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!_cr_db_require_case (worker, case_id, &error) ||
      (entries = load_entries (worker, case_id, &error)) == NULL ||
      (rejects = load_rejects (worker, case_id, &error)) == NULL ||
      (decisions = load_decisions (worker, case_id, &error)) == NULL)
    {
      sqlite3_exec (worker->db, "ROLLBACK", NULL, NULL, NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  sqlite3_exec (worker->db, "COMMIT", NULL, NULL, NULL);

  chronology = cr_chronology_new ();
  cr_chronology_set_entries (chronology, entries, decisions);
  cr_chronology_set_rejects (chronology, rejects);
  g_task_return_pointer (task, chronology, g_object_unref);
}

void
cr_database_load_chronology_async (CrDatabase          *self,
                                   gint64               case_id,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);

  _cr_database_submit_for_case (self, case_id, cancellable, callback, user_data,
                                cr_database_load_chronology_async,
                                "cr_database_load_chronology_async",
                                run_load_chronology, CR_DB_REQUEST_READ);
}

CrChronology *
cr_database_load_chronology_finish (CrDatabase    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_load_chronology_async, error);
}

/* ---- Counting ------------------------------------------------------------ */

typedef struct
{
  guint n_entries;
  guint n_agencies;
  guint n_rejects;
} Counts;

static guint
column_count (sqlite3_stmt *stmt,
              int           column)
{
  sqlite3_int64 value = sqlite3_column_int64 (stmt, column);

  return (guint) CLAMP (value, 0, G_MAXUINT);
}

static void
run_count_chronology (CrDbWorker *worker,
                      GTask      *task)
{
  gint64 case_id = *(gint64 *) g_task_get_task_data (task);
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  Counts *counts;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!_cr_db_require_case (worker, case_id, &error) ||
      (stmt = _cr_db_prepare (worker, COUNTS_SQL, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (!_cr_db_step_one (worker, stmt, &error, "%s",
                        _("The case was not found. It may have been removed; reload the list of cases.")))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  counts = g_new (Counts, 1);
  counts->n_entries = column_count (stmt, 0);
  counts->n_agencies = column_count (stmt, 1);
  counts->n_rejects = column_count (stmt, 2);
  g_task_return_pointer (task, counts, g_free);
}

void
cr_database_count_chronology_async (CrDatabase          *self,
                                    gint64               case_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);

  _cr_database_submit_for_case (self, case_id, cancellable, callback, user_data,
                                cr_database_count_chronology_async,
                                "cr_database_count_chronology_async",
                                run_count_chronology, CR_DB_REQUEST_READ);
}

gboolean
cr_database_count_chronology_finish (CrDatabase    *self,
                                     GAsyncResult  *result,
                                     guint         *n_entries,
                                     guint         *n_agencies,
                                     guint         *n_rejects,
                                     GError       **error)
{
  g_autofree Counts *counts = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_count_chronology_async, FALSE);

  counts = g_task_propagate_pointer (G_TASK (result), error);
  if (counts == NULL)
    return FALSE;

  if (n_entries != NULL)
    *n_entries = counts->n_entries;
  if (n_agencies != NULL)
    *n_agencies = counts->n_agencies;
  if (n_rejects != NULL)
    *n_rejects = counts->n_rejects;
  return TRUE;
}
