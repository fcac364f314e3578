/* cr-database-review-pauses.c: pausing a review for parallel proceedings,
 * and resuming it
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-review.h"
#include "cr-database-review-private.h"

#include "cr-case-status.h"
#include "cr-util.h"

#include <glib/gi18n.h>

/*
 * The move of the case (_cr_db_transition: status, paused-from, and a
 * pause period opened or ended today) and the details of the period (its
 * real dates, the reason, when to look again, the process that caused
 * it) are written in one transaction, so the clocks, which stop for the
 * periods in case_pauses, never see one without the other.
 */

typedef struct
{
  gint64  case_id;
  char   *started;   /* or ended, for a resume */
  char   *reason;
  char   *look_again;
  gint64  process_id;
} PauseData;

static void
pause_data_free (PauseData *data)
{
  g_free (data->started);
  g_free (data->reason);
  g_free (data->look_again);
  g_free (data);
}

static const CrDbRecordTable pauses_table = { "case_pauses", "id", NULL };

/* The open pause of @case_id, or NULL (no error) when there is none. */
static CrRecord *
find_open_pause (CrDbWorker  *worker,
                 gint64       case_id,
                 GError     **error)
{
  g_autoptr(GPtrArray) pauses = _cr_db_record_list (worker, &pauses_table, CR_TYPE_CASE_PAUSE,
                                                    case_id, NULL, error);

  if (pauses == NULL)
    return NULL;

  for (guint i = 0; i < pauses->len; i++)
    if (cr_case_pause_is_open (g_ptr_array_index (pauses, i)))
      return g_object_ref (g_ptr_array_index (pauses, i));

  return NULL;
}

/* The latest end of the case's earlier pauses, or NULL. */
static char *
dup_last_ended (CrDbWorker  *worker,
                gint64       case_id,
                GError     **error)
{
  g_autoptr(CrDbStmt) stmt = _cr_db_prepare (worker,
                                             "SELECT max (ended) FROM case_pauses WHERE case_id = ?1",
                                             error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, case_id);
  if (!_cr_db_step_one (worker, stmt, error, "%s", ""))
    return NULL;
  return g_strdup (_cr_db_column_text (stmt, 0));
}

static gboolean
check_process (CrDbWorker  *worker,
               gint64       process_id,
               gint64       case_id,
               GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = _cr_db_prepare (worker, "SELECT 1 FROM parallel_processes WHERE id = ?1 AND case_id = ?2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, process_id);
  sqlite3_bind_int64 (stmt, 2, case_id);
  if (_cr_db_step_one (worker, stmt, &local_error, "%s", ""))
    return TRUE;

  if (g_error_matches (local_error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND))
    g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                         _("The parallel process chosen for the pause is not one of this case’s. It may have been removed; choose it again."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
write_pause_details (CrDbWorker  *worker,
                     gint64       pause_id,
                     CrRecord    *pause,
                     GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  const char *process = cr_record_get (pause, "process-id");

  stmt = _cr_db_prepare (worker,
                         "UPDATE case_pauses SET started = ?2, ended = ?3, reason = ?4,"
                         "  look_again = ?5, process_id = ?6"
                         " WHERE id = ?1",
                         error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pause_id);
  sqlite3_bind_text (stmt, 2, cr_record_get (pause, "started"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, cr_record_get (pause, "ended"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, cr_record_get (pause, "reason"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, cr_record_get (pause, "look-again"), -1, SQLITE_TRANSIENT);
  if (process != NULL)
    sqlite3_bind_int64 (stmt, 6, g_ascii_strtoll (process, NULL, 10));
  else
    sqlite3_bind_null (stmt, 6);
  return _cr_db_step_done (worker, stmt, error);
}

/* ---- pause ---------------------------------------------------------------------- */

static CrCase *
pause_case (CrDbWorker  *worker,
            PauseData   *data,
            GError     **error)
{
  g_autoptr(CrCasePause) pause = cr_case_pause_new ();
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrRecord) open = NULL;
  g_autofree char *last_ended = NULL;
  g_autofree char *process = NULL;
  g_autoptr(GError) local_error = NULL;

  cr_record_set_case_id (CR_RECORD (pause), data->case_id);
  cr_record_set (CR_RECORD (pause), "started", data->started);
  cr_record_set (CR_RECORD (pause), "reason", data->reason);
  cr_record_set (CR_RECORD (pause), "look-again", data->look_again);
  if (data->process_id > 0)
    {
      process = g_strdup_printf ("%" G_GINT64_FORMAT, data->process_id);
      cr_record_set (CR_RECORD (pause), "process-id", process);
    }
  _cr_db_record_normalise (CR_RECORD (pause));

  /* A new pause needs its start and its reason (cr_case_pause_validate). */
  if (!cr_record_validate (CR_RECORD (pause), error) ||
      (kase = _cr_db_load_case (worker, data->case_id, NULL, error)) == NULL)
    return NULL;

  if (data->process_id > 0 && !check_process (worker, data->process_id, data->case_id, error))
    return NULL;

  last_ended = dup_last_ended (worker, data->case_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (last_ended != NULL && g_strcmp0 (cr_record_get (CR_RECORD (pause), "started"), last_ended) < 0)
    {
      g_autofree char *ended_label = cr_date_format_display (last_ended);

      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %s is a date */
                   _("The review was last paused until %s. Enter a start for this pause on or after that day."),
                   ended_label);
      return NULL;
    }

  /* Opens a pause today, as the workflow allows; it gets its details. */
  if (!_cr_db_transition (worker, kase, CR_CASE_STATUS_PAUSED, error))
    return NULL;

  open = find_open_pause (worker, data->case_id, &local_error);
  if (open == NULL)
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_FAILED,
                             _("The pause could not be recorded. Try again; if it happens again, restart Case Reviews."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!write_pause_details (worker, cr_record_get_id (open), CR_RECORD (pause), error))
    return NULL;

  return _cr_db_load_case (worker, data->case_id, NULL, error);
}

static void
run_pause_case (CrDbWorker *worker,
                GTask      *task)
{
  PauseData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GError) error = NULL;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (stored = pause_case (worker, data, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&stored), g_object_unref);
}

void
cr_database_pause_case_async (CrDatabase          *self,
                              gint64               case_id,
                              const char          *started,
                              const char          *reason,
                              const char          *look_again,
                              gint64               process_id,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  PauseData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);
  g_return_if_fail (process_id >= 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_pause_case_async, "cr_database_pause_case_async");
  data = g_new0 (PauseData, 1);
  data->case_id = case_id;
  data->started = g_strdup (started);
  data->reason = g_strdup (reason);
  data->look_again = g_strdup (look_again);
  data->process_id = process_id;
  g_task_set_task_data (task, data, (GDestroyNotify) pause_data_free);
  _cr_database_submit (self, task, run_pause_case, CR_DB_REQUEST_WRITE);
}

CrCase *
cr_database_pause_case_finish (CrDatabase    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_pause_case_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- resume --------------------------------------------------------------------- */

static CrCase *
resume_case (CrDbWorker  *worker,
             PauseData   *data,
             GError     **error)
{
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrRecord) open = NULL;
  g_autoptr(GError) local_error = NULL;

  if ((kase = _cr_db_load_case (worker, data->case_id, NULL, error)) == NULL)
    return NULL;

  open = find_open_pause (worker, data->case_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (cr_case_get_status (kase) != CR_CASE_STATUS_PAUSED || open == NULL)
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION,
                   /* Translators: %s is a case status, such as "LCSPR: evidence" */
                   _("The review is not paused (the case is “%s”), so there is nothing to resume."),
                   cr_case_status_to_label (cr_case_get_status (kase)));
      return NULL;
    }

  /* The end, checked as the pause's own field: a real day, not in the
   * future, not before the pause started. */
  cr_record_set (open, "ended", data->started);
  _cr_db_record_normalise (open);
  /* The period is ended first, on its real day, so that the move (which
   * ends an open period today) finds none left open. */
  if (!cr_record_check_required (open, "ended", error) ||
      !cr_record_validate (open, error) ||
      !write_pause_details (worker, cr_record_get_id (open), open, error) ||
      !_cr_db_transition (worker, kase, cr_case_get_paused_from (kase), error))
    return NULL;

  return _cr_db_load_case (worker, data->case_id, NULL, error);
}

static void
run_resume_case (CrDbWorker *worker,
                 GTask      *task)
{
  PauseData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GError) error = NULL;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (stored = resume_case (worker, data, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&stored), g_object_unref);
}

void
cr_database_resume_case_async (CrDatabase          *self,
                               gint64               case_id,
                               const char          *ended,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  PauseData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_resume_case_async, "cr_database_resume_case_async");
  data = g_new0 (PauseData, 1);
  data->case_id = case_id;
  data->started = g_strdup (ended);
  g_task_set_task_data (task, data, (GDestroyNotify) pause_data_free);
  _cr_database_submit (self, task, run_resume_case, CR_DB_REQUEST_WRITE);
}

CrCase *
cr_database_resume_case_finish (CrDatabase    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_resume_case_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
