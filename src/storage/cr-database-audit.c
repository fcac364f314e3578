/* cr-database-audit.c: the audit trail, integrity checks and bulk writers
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database.h"
#include "cr-database-private.h"

#include <glib/gi18n.h>

/* ---- list_audit ------------------------------------------------------------- */

static GObject *
read_audit_row (sqlite3_stmt  *stmt,
                GError       **error)
{
  return (GObject *) cr_audit_entry_new (sqlite3_column_int64 (stmt, 0),
                                         _cr_db_column_text (stmt, 1),
                                         _cr_db_column_text (stmt, 2),
                                         _cr_db_column_text (stmt, 3),
                                         _cr_db_column_text (stmt, 4),
                                         sqlite3_column_int64 (stmt, 5),
                                         sqlite3_column_int64 (stmt, 6),
                                         _cr_db_column_text (stmt, 7),
                                         _cr_db_column_text (stmt, 8),
                                         _cr_db_column_text (stmt, 9));
}

static void
run_list_audit (CrDbWorker *worker,
                GTask      *task)
{
  gint64 *case_id = g_task_get_task_data (task);
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  /* case_id is set on every row about the case or anything under it
   * (children, family, involvement, themes, reveals). */
  stmt = _cr_db_prepare (worker,
                         "SELECT id, at, os_user, action, entity, entity_id, case_id,"
                         "       field, old_value, new_value"
                         "  FROM audit WHERE case_id = ?1 ORDER BY id",
                         &error);
  if (stmt == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sqlite3_bind_int64 (stmt, 1, *case_id);
  _cr_db_return_collected (worker, task, stmt, read_audit_row);
}

void
cr_database_list_audit_async (CrDatabase          *self,
                              gint64               case_id,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_list_audit_async, "cr_database_list_audit_async");
  g_task_set_task_data (task, g_memdup2 (&case_id, sizeof case_id), g_free);
  _cr_database_submit (self, task, run_list_audit, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_list_audit_finish (CrDatabase    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_list_audit_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- check ------------------------------------------------------------------ */

typedef struct
{
  gboolean  healthy;
  int       schema_version;
  char     *report;
} CheckResult;

static void
check_result_free (gpointer data)
{
  CheckResult *result = data;

  g_free (result->report);
  g_free (result);
}

static gboolean
collect_rows (CrDbWorker  *worker,
              const char  *sql,
              GString     *report,
              guint       *n_rows,
              GError     **error)
{
  g_autoptr(CrDbStmt) stmt = _cr_db_prepare (worker, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n_columns = sqlite3_column_count (stmt);

      for (int i = 0; i < n_columns; i++)
        {
          const char *text = _cr_db_column_text (stmt, i);

          g_string_append (report, i == 0 ? "" : " ");
          g_string_append (report, text != NULL ? text : "-");
        }
      g_string_append_c (report, '\n');
      (*n_rows)++;
    }

  if (rc != SQLITE_DONE)
    return _cr_db_set_error (worker->db, rc, error);
  return TRUE;
}

static void
run_check (CrDbWorker *worker,
           GTask      *task)
{
  g_autoptr(GString) integrity = g_string_new (NULL);
  g_autoptr(GString) foreign = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  CheckResult *result;
  guint n_integrity = 0, n_foreign = 0;
  int version;

  if (!collect_rows (worker, "PRAGMA integrity_check", integrity, &n_integrity, &error) ||
      !collect_rows (worker, "PRAGMA foreign_key_check", foreign, &n_foreign, &error) ||
      !_cr_migrations_get_version (worker->db, &version, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = g_new0 (CheckResult, 1);
  result->schema_version = version;
  result->healthy = (n_integrity == 1 && g_str_equal (integrity->str, "ok\n") && n_foreign == 0 &&
                     version == _cr_migrations_get_latest ());

  if (result->healthy)
    result->report = g_strdup ("ok");
  else
    {
      if (n_foreign > 0)
        {
          /* Translators: a heading in the database check report */
          g_string_append_printf (integrity, "%s\n%s", _("Broken links between records (table, row, parent table, link):"),
                                  foreign->str);
        }
      if (version != _cr_migrations_get_latest ())
        /* Translators: both %d are database format version numbers */
        g_string_append_printf (integrity, _("Database format %d, expected %d\n"),
                                version, _cr_migrations_get_latest ());
      g_strchomp (integrity->str);
      result->report = g_strdup (integrity->str);
    }

  g_task_return_pointer (task, result, check_result_free);
}

void
cr_database_check_async (CrDatabase          *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_check_async, "cr_database_check_async");
  _cr_database_submit (self, task, run_check, CR_DB_REQUEST_READ);
}

gboolean
cr_database_check_finish (CrDatabase    *self,
                          GAsyncResult  *result,
                          int           *schema_version,
                          char         **report,
                          GError       **error)
{
  CheckResult *check;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_check_async, FALSE);

  check = g_task_propagate_pointer (G_TASK (result), error);
  if (check == NULL)
    return FALSE;

  if (schema_version != NULL)
    *schema_version = check->schema_version;
  if (report != NULL)
    *report = g_strdup (check->report);

  if (!check->healthy)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT, "%s (%s)",
                   _("The database check found problems. Stop using this file and restore the latest backup; keep the damaged file for support."),
                   check->report);
      check_result_free (check);
      return FALSE;
    }

  check_result_free (check);
  return TRUE;
}

/* ---- run_in_transaction -------------------------------------------------------- */

typedef struct
{
  CrDatabaseFunc  func;
  gpointer        user_data;
  GDestroyNotify  user_data_free;
} TransactionData;

static void
transaction_data_free (gpointer data)
{
  TransactionData *transaction = data;

  if (transaction->user_data_free != NULL)
    transaction->user_data_free (transaction->user_data);
  g_free (transaction);
}

static void
run_in_transaction (CrDbWorker *worker,
                    GTask      *task)
{
  TransactionData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;

  transaction = _cr_db_transaction_begin (worker, &error);
  if (transaction == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!data->func (worker->db, data->user_data, &error))
    {
      if (error == NULL)
        g_set_error_literal (&error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_FAILED,
                             _("The changes could not be made, so none were saved."));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The function may have ended the transaction itself (it must not). */
  if (sqlite3_get_autocommit (worker->db))
    {
      g_critical ("A CrDatabaseFunc ended its transaction itself");
      g_task_return_new_error (task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_FAILED, "%s",
                               _("The changes could not be made, so none were saved."));
      transaction->finished = TRUE;
      return;
    }

  if (!_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
cr_database_run_in_transaction_async (CrDatabase          *self,
                                      CrDatabaseFunc       func,
                                      gpointer             user_data,
                                      GDestroyNotify       user_data_free,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data_cb)
{
  TransactionData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (func != NULL);

  task = _cr_database_task_new (self, cancellable, callback, user_data_cb,
                                cr_database_run_in_transaction_async,
                                "cr_database_run_in_transaction_async");
  data = g_new0 (TransactionData, 1);
  data->func = func;
  data->user_data = user_data;
  data->user_data_free = user_data_free;
  g_task_set_task_data (task, data, transaction_data_free);
  _cr_database_submit (self, task, run_in_transaction, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_run_in_transaction_finish (CrDatabase    *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_run_in_transaction_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
