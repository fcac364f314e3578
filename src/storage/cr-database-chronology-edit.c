/* cr-database-chronology-edit.c: key practice episodes, duplicate
 * decisions, rows set aside and removing an import
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
 * Each change is one transaction; the triggers of migration 6 write the
 * audit trail (a key practice episode flag, a decision on a pair, a
 * rejected row resolved with its text, an import removed).
 */

typedef struct
{
  gint64              id;          /* entry, reject or import */
  gint64              case_id;
  gint64              entry_a;
  gint64              entry_b;
  gboolean            flag;
  CrDuplicateDecision decision;
  /* resolve_reject: the corrected entry's values, or day NULL to discard */
  char               *day;
  int                 minutes;
  char               *event;
  char               *author;
  char               *source;
} EditData;

static void
edit_data_free (EditData *data)
{
  g_free (data->day);
  g_free (data->event);
  g_free (data->author);
  g_free (data->source);
  g_free (data);
}

static GTask *
new_edit_task (CrDatabase          *self,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data,
               gpointer             source_tag,
               const char          *name,
               EditData           **out_data)
{
  GTask *task = _cr_database_task_new (self, cancellable, callback, user_data, source_tag, name);
  EditData *data = g_new0 (EditData, 1);

  g_task_set_task_data (task, data, (GDestroyNotify) edit_data_free);
  *out_data = data;
  return task;
}

/* The case of entry @entry_id, or NOT_FOUND. */
static gboolean
lookup_entry_case (CrDbWorker  *worker,
                   gint64       entry_id,
                   gint64      *case_id,
                   GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;

  stmt = _cr_db_prepare (worker, "SELECT case_id FROM chronology_entries WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  if (!_cr_db_step_one (worker, stmt, error, "%s",
                        _("The chronology entry was not found. It may have been removed with its import; reload the chronology.")))
    return FALSE;
  *case_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
exec_by_id (CrDbWorker  *worker,
            const char  *sql,
            gint64       id,
            GError     **error)
{
  g_autoptr(CrDbStmt) stmt = _cr_db_prepare (worker, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return _cr_db_step_done (worker, stmt, error);
}

/* Steps @stmt (when not NULL) to its end and commits @transaction. */
static gboolean
step_and_commit (CrDbWorker       *worker,
                 CrDbStmt         *stmt,
                 CrDbTransaction  *transaction,
                 GError          **error)
{
  return (stmt == NULL || _cr_db_step_done (worker, stmt, error)) &&
         _cr_db_transaction_commit (transaction, error);
}

/* Ends @task on the worker: TRUE, or @error when it is set. */
static void
return_edit (GTask  *task,
             GError *error)
{
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* The _finish() of the edits that return a boolean. */
static gboolean
propagate_edit (CrDatabase    *self,
                GAsyncResult  *result,
                gpointer       source_tag,
                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- Key practice episodes -------------------------------------------------- */

static void
run_set_kpe (CrDbWorker *worker,
             GTask      *task)
{
  EditData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gint64 case_id = 0;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) != NULL &&
      lookup_entry_case (worker, data->id, &case_id, &error) &&
      (stmt = _cr_db_prepare (worker,
                              "UPDATE chronology_entries SET key_practice_episode = ?2"
                              " WHERE id = ?1 AND key_practice_episode IS NOT ?2",
                              &error)) != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, data->id);
      sqlite3_bind_int (stmt, 2, data->flag ? 1 : 0);
      step_and_commit (worker, stmt, transaction, &error);
    }

  return_edit (task, g_steal_pointer (&error));
}

void
cr_database_set_key_practice_episode_async (CrDatabase          *self,
                                            gint64               entry_id,
                                            gboolean             kpe,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  EditData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (entry_id > 0);

  task = new_edit_task (self, cancellable, callback, user_data,
                        cr_database_set_key_practice_episode_async,
                        "cr_database_set_key_practice_episode_async", &data);
  data->id = entry_id;
  data->flag = kpe;
  _cr_database_submit (self, task, run_set_kpe, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_set_key_practice_episode_finish (CrDatabase    *self,
                                             GAsyncResult  *result,
                                             GError       **error)
{
  return propagate_edit (self, result, cr_database_set_key_practice_episode_async, error);
}

/* ---- Duplicate decisions ---------------------------------------------------- */

static void
run_decide_duplicate (CrDbWorker *worker,
                      GTask      *task)
{
  EditData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gint64 case_a = 0, case_b = 0;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !lookup_entry_case (worker, data->entry_a, &case_a, &error) ||
      !lookup_entry_case (worker, data->entry_b, &case_b, &error))
    goto fail;

  if (case_a != data->case_id || case_b != data->case_id)
    {
      g_set_error_literal (&error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                           _("The two entries are not in this case’s chronology. Reload the chronology and try again."));
      goto fail;
    }

  if (data->decision == CR_DUPLICATE_DECISION_NONE)
    {
      stmt = _cr_db_prepare (worker,
                             "DELETE FROM chronology_duplicates WHERE entry_a = ?1 AND entry_b = ?2",
                             &error);
      if (stmt == NULL)
        goto fail;
    }
  else
    {
      stmt = _cr_db_prepare (worker,
                             "INSERT INTO chronology_duplicates (case_id, entry_a, entry_b, decision)"
                             " VALUES (?3, ?1, ?2, ?4)"
                             " ON CONFLICT (entry_a, entry_b) DO UPDATE SET decision = excluded.decision"
                             "   WHERE decision IS NOT excluded.decision",
                             &error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 3, data->case_id);
      sqlite3_bind_text (stmt, 4, cr_duplicate_decision_to_nick (data->decision), -1, SQLITE_STATIC);
    }
  sqlite3_bind_int64 (stmt, 1, data->entry_a);
  sqlite3_bind_int64 (stmt, 2, data->entry_b);

  step_and_commit (worker, stmt, transaction, &error);

fail:
  return_edit (task, g_steal_pointer (&error));
}

void
cr_database_decide_duplicate_async (CrDatabase          *self,
                                    gint64               case_id,
                                    gint64               entry_a,
                                    gint64               entry_b,
                                    CrDuplicateDecision  decision,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  EditData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);
  g_return_if_fail (entry_a > 0 && entry_b > 0);
  g_return_if_fail (decision >= CR_DUPLICATE_DECISION_NONE &&
                    decision <= CR_DUPLICATE_DECISION_DISMISSED);

  task = new_edit_task (self, cancellable, callback, user_data,
                        cr_database_decide_duplicate_async,
                        "cr_database_decide_duplicate_async", &data);

  if (entry_a == entry_b)
    {
      g_task_return_new_error (task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, "%s",
                               _("An entry cannot be a duplicate of itself."));
      g_object_unref (task);
      return;
    }

  data->case_id = case_id;
  data->entry_a = MIN (entry_a, entry_b);
  data->entry_b = MAX (entry_a, entry_b);
  data->decision = decision;
  _cr_database_submit (self, task, run_decide_duplicate, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_decide_duplicate_finish (CrDatabase    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return propagate_edit (self, result, cr_database_decide_duplicate_async, error);
}

/* ---- Rows set aside ------------------------------------------------------- */

static gboolean
normalise_corrected (EditData  *data,
                     GError   **error)
{
  g_autofree char *event = NULL;
  g_autofree char *author = NULL;
  g_autofree char *source = NULL;

  if (!_cr_db_normalise_text (data->event, _("Event"), 20000, TRUE, TRUE, &event, error) ||
      !_cr_db_normalise_text (data->author, _("Author or role"), 1000, FALSE, FALSE, &author, error) ||
      !_cr_db_normalise_text (data->source, _("Source"), 1000, FALSE, FALSE, &source, error))
    return FALSE;

  g_free (data->event);
  g_free (data->author);
  g_free (data->source);
  data->event = g_steal_pointer (&event);
  data->author = g_steal_pointer (&author);
  data->source = g_steal_pointer (&source);
  return TRUE;
}

static void
run_resolve_reject (CrDbWorker *worker,
                    GTask      *task)
{
  EditData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(CrDbStmt) update = NULL;
  g_autoptr(GError) error = NULL;
  gint64 case_id, import_id, agency_id, entry_id = 0;
  guint row;

  if (data->day != NULL && !normalise_corrected (data, &error))
    goto fail;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (stmt = _cr_db_prepare (worker,
                              "SELECT case_id, import_id, agency_id, row, resolved"
                              "  FROM chronology_rejects WHERE id = ?1",
                              &error)) == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, data->id);
  if (!_cr_db_step_one (worker, stmt, &error, "%s",
                        _("The row set aside was not found. It may have been removed with its import; reload the chronology.")))
    goto fail;

  case_id = sqlite3_column_int64 (stmt, 0);
  import_id = sqlite3_column_int64 (stmt, 1);
  agency_id = sqlite3_column_int64 (stmt, 2);
  row = (guint) sqlite3_column_int64 (stmt, 3);
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
    {
      g_set_error (&error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %u is a row number of the agency's file */
                   _("Row %u has already been corrected or discarded. Reload the chronology."), row);
      goto fail;
    }
  g_clear_pointer (&stmt, _cr_db_stmt_release);

  if (data->day != NULL &&
      !_cr_db_chronology_insert_entry (worker, case_id, import_id, agency_id, row, data->day,
                                       data->minutes, data->event, data->author, data->source,
                                       FALSE, TRUE, &error))
    goto fail;
  if (data->day != NULL)
    entry_id = sqlite3_last_insert_rowid (worker->db);

  update = _cr_db_prepare (worker,
                           "UPDATE chronology_rejects SET resolved = ?2,"
                           "  resolved_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')"
                           " WHERE id = ?1",
                           &error);
  if (update == NULL)
    goto fail;
  sqlite3_bind_int64 (update, 1, data->id);
  sqlite3_bind_text (update, 2, data->day != NULL ? "corrected" : "discarded", -1, SQLITE_STATIC);
  if (!step_and_commit (worker, update, transaction, &error))
    goto fail;

  g_task_return_int (task, entry_id);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_resolve_reject_async (CrDatabase          *self,
                                  gint64               reject_id,
                                  CrChronologyEntry   *corrected,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  EditData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (reject_id > 0);
  g_return_if_fail (corrected == NULL || CR_IS_CHRONOLOGY_ENTRY (corrected));

  task = new_edit_task (self, cancellable, callback, user_data,
                        cr_database_resolve_reject_async,
                        "cr_database_resolve_reject_async", &data);
  data->id = reject_id;

  if (corrected != NULL)
    {
      const char *event = cr_chronology_entry_get_event (corrected);

      data->day = cr_chronology_entry_dup_iso_date (corrected);
      data->minutes = cr_chronology_entry_get_minutes (corrected);
      data->event = g_strdup (event);
      data->author = g_strdup (cr_chronology_entry_get_author (corrected));
      data->source = g_strdup (cr_chronology_entry_get_source (corrected));

      if (data->day == NULL)
        {
          g_task_return_new_error (task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, "%s",
                                   _("Enter the date of the corrected entry."));
          g_object_unref (task);
          return;
        }
      if (data->minutes < -1 || data->minutes > 1439)
        data->minutes = -1;
    }

  _cr_database_submit (self, task, run_resolve_reject, CR_DB_REQUEST_WRITE);
}

gint64
cr_database_resolve_reject_finish (CrDatabase    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  gssize id;

  g_return_val_if_fail (g_task_is_valid (result, self), 0);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_resolve_reject_async, 0);

  id = g_task_propagate_int (G_TASK (result), error);
  return id > 0 ? id : 0;   /* 0, not -1, on error */
}

/* ---- Removing an import -------------------------------------------------- */

static void
run_delete_import (CrDbWorker *worker,
                   GTask      *task)
{
  EditData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;

  /* The decisions go with their entries (ON DELETE CASCADE), the
   * entries and rejects with their import; the document stays. */
  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !exec_by_id (worker, "DELETE FROM chronology_imports WHERE id = ?1", data->id, &error))
    goto fail;

  if (sqlite3_changes (worker->db) == 0)
    {
      g_set_error_literal (&error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND,
                           _("The import was not found. It may already have been removed; reload the chronology."));
      goto fail;
    }

  step_and_commit (worker, NULL, transaction, &error);

fail:
  return_edit (task, g_steal_pointer (&error));
}

void
cr_database_delete_chronology_import_async (CrDatabase          *self,
                                            gint64               import_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  EditData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (import_id > 0);

  task = new_edit_task (self, cancellable, callback, user_data,
                        cr_database_delete_chronology_import_async,
                        "cr_database_delete_chronology_import_async", &data);
  data->id = import_id;
  _cr_database_submit (self, task, run_delete_import, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_delete_chronology_import_finish (CrDatabase    *self,
                                             GAsyncResult  *result,
                                             GError       **error)
{
  return propagate_edit (self, result, cr_database_delete_chronology_import_async, error);
}
