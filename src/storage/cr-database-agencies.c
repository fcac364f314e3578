/* cr-database-agencies.c: agencies and their involvement in cases
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database.h"
#include "cr-database-private.h"

#include "cr-util.h"

#include <glib/gi18n.h>

#define AGENCY_SELECT \
  "SELECT a.id, a.name, a.sector, a.contact_name, a.contact_email, a.contact_phone," \
  "       a.archived, (SELECT count(*) FROM involvements i WHERE i.agency_id = a.id)" \
  "  FROM agencies a "

static GObject *
read_agency_row (sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(CrAgency) agency = cr_agency_new ();
  const char *sector_nick = _cr_db_column_text (stmt, 2);
  CrAgencySector sector;

  if (!cr_agency_sector_from_nick (sector_nick, &sector))
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT,
                   /* Translators: the first %s is an agency name, the second the unknown stored value */
                   _("The agency “%s” has an unknown sector (“%s”). The database may have been changed outside Case Reviews; restore the latest backup."),
                   _cr_db_column_text (stmt, 1), sector_nick != NULL ? sector_nick : "");
      return NULL;
    }

  cr_agency_set_id (agency, sqlite3_column_int64 (stmt, 0));
  cr_agency_set_name (agency, _cr_db_column_text (stmt, 1));
  cr_agency_set_sector (agency, sector);
  cr_agency_set_contact_name (agency, _cr_db_column_text (stmt, 3));
  cr_agency_set_contact_email (agency, _cr_db_column_text (stmt, 4));
  cr_agency_set_contact_phone (agency, _cr_db_column_text (stmt, 5));
  cr_agency_set_archived (agency, sqlite3_column_int (stmt, 6) != 0);
  cr_agency_set_case_count (agency, sqlite3_column_int (stmt, 7));

  return (GObject *) g_steal_pointer (&agency);
}

CrAgency *
_cr_db_load_agency (CrDbWorker  *worker,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(CrDbStmt) stmt = _cr_db_prepare (worker, AGENCY_SELECT "WHERE a.id = ?1", error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!_cr_db_step_one (worker, stmt, error,
                        _("The agency was not found. It may have been removed; reload the list of agencies.")))
    return NULL;

  return CR_AGENCY (read_agency_row (stmt, error));
}

/* ---- Agencies --------------------------------------------------------------- */

static void
run_list_agencies (CrDbWorker *worker,
                   GTask      *task)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = _cr_db_prepare (worker, AGENCY_SELECT "ORDER BY a.name, a.id", &error);
  if (stmt == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    _cr_db_return_collected (worker, task, stmt, read_agency_row);
}

void
cr_database_list_agencies_async (CrDatabase          *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_list_agencies_async, "cr_database_list_agencies_async");
  _cr_database_submit (self, task, run_list_agencies, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_list_agencies_finish (CrDatabase    *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_list_agencies_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
run_create_agency (CrDbWorker *worker,
                   GTask      *task)
{
  CrAgency *agency = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrDbStmt) find = NULL;
  g_autoptr(CrDbStmt) insert = NULL;
  g_autoptr(CrAgency) stored = NULL;
  g_autoptr(GError) error = NULL;
  int rc;

  if (!cr_agency_validate (agency, &error))
    {
      g_task_return_new_error (task, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, "%s", error->message);
      return;
    }

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (find = _cr_db_prepare (worker, "SELECT 1 FROM agencies WHERE name = ?1", &error)) == NULL)
    goto fail;

  sqlite3_bind_text (find, 1, cr_agency_get_name (agency), -1, SQLITE_STATIC);
  rc = sqlite3_step (find);
  if (rc == SQLITE_ROW)
    {
      g_set_error (&error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE,
                   /* Translators: %s is an agency's name */
                   _("An agency called “%s” already exists. Choose another name, or use the existing agency."),
                   cr_agency_get_name (agency));
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (worker->db, rc, &error);
      goto fail;
    }

  insert = _cr_db_prepare (worker,
                           "INSERT INTO agencies (name, sector, contact_name, contact_email,"
                           "  contact_phone, archived) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                           &error);
  if (insert == NULL)
    goto fail;

  sqlite3_bind_text (insert, 1, cr_agency_get_name (agency), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 2, cr_agency_sector_to_nick (cr_agency_get_sector (agency)), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 3, cr_agency_get_contact_name (agency), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 4, cr_agency_get_contact_email (agency), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, cr_agency_get_contact_phone (agency), -1, SQLITE_STATIC);
  sqlite3_bind_int (insert, 6, cr_agency_get_archived (agency) ? 1 : 0);

  if (!_cr_db_step_done (worker, insert, &error) ||
      (stored = _cr_db_load_agency (worker, sqlite3_last_insert_rowid (worker->db), &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    goto fail;

  g_task_return_pointer (task, g_steal_pointer (&stored), g_object_unref);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_create_agency_async (CrDatabase          *self,
                                 CrAgency            *agency,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (CR_IS_AGENCY (agency));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_create_agency_async, "cr_database_create_agency_async");
  g_task_set_task_data (task, cr_agency_copy (agency), g_object_unref);
  _cr_database_submit (self, task, run_create_agency, CR_DB_REQUEST_WRITE);
}

CrAgency *
cr_database_create_agency_finish (CrDatabase    *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_create_agency_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- Involvement ---------------------------------------------------------- */

typedef struct
{
  gint64  case_id;
  gint64  agency_id;
  gint64  involvement_id;
  char   *role;
} InvolvementData;

static void
involvement_data_free (gpointer data)
{
  InvolvementData *involvement = data;

  g_free (involvement->role);
  g_free (involvement);
}

static GTask *
new_involvement_task (CrDatabase          *self,
                      gint64               case_id,
                      gint64               agency_id,
                      gint64               involvement_id,
                      char                *role,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data,
                      gpointer             source_tag,
                      const char          *name)
{
  GTask *task = _cr_database_task_new (self, cancellable, callback, user_data, source_tag, name);
  InvolvementData *data = g_new0 (InvolvementData, 1);

  data->case_id = case_id;
  data->agency_id = agency_id;
  data->involvement_id = involvement_id;
  data->role = role;
  g_task_set_task_data (task, data, involvement_data_free);
  return task;
}

static GObject *
read_involvement_row (sqlite3_stmt  *stmt,
                      GError       **error)
{
  CrInvolvement *involvement = cr_involvement_new ();

  cr_involvement_set_id (involvement, sqlite3_column_int64 (stmt, 0));
  cr_involvement_set_case_id (involvement, sqlite3_column_int64 (stmt, 1));
  cr_involvement_set_agency_id (involvement, sqlite3_column_int64 (stmt, 2));
  cr_involvement_set_agency_name (involvement, _cr_db_column_text (stmt, 3));
  cr_involvement_set_role (involvement, _cr_db_column_text (stmt, 4));
  return (GObject *) involvement;
}

static void
run_list_involvements (CrDbWorker *worker,
                       GTask      *task)
{
  InvolvementData *data = g_task_get_task_data (task);
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  if (!_cr_db_require_case (worker, data->case_id, &error) ||
      (stmt = _cr_db_prepare (worker,
                              "SELECT i.id, i.case_id, i.agency_id, a.name, i.role"
                              "  FROM involvements i JOIN agencies a ON a.id = i.agency_id"
                              " WHERE i.case_id = ?1 ORDER BY a.name, i.id",
                              &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sqlite3_bind_int64 (stmt, 1, data->case_id);
  _cr_db_return_collected (worker, task, stmt, read_involvement_row);
}

void
cr_database_list_involvements_async (CrDatabase          *self,
                                     gint64               case_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  task = new_involvement_task (self, case_id, 0, 0, NULL, cancellable, callback, user_data,
                               cr_database_list_involvements_async,
                               "cr_database_list_involvements_async");
  _cr_database_submit (self, task, run_list_involvements, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_list_involvements_finish (CrDatabase    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_list_involvements_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
run_add_involvement (CrDbWorker *worker,
                     GTask      *task)
{
  InvolvementData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrDbStmt) find = NULL;
  g_autoptr(CrDbStmt) insert = NULL;
  g_autoptr(CrAgency) agency = NULL;
  g_autoptr(GError) error = NULL;
  CrInvolvement *involvement;
  int rc;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !_cr_db_require_case (worker, data->case_id, &error) ||
      (agency = _cr_db_load_agency (worker, data->agency_id, &error)) == NULL)
    goto fail;

  if (cr_agency_get_archived (agency))
    {
      g_set_error (&error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %s is an agency name */
                   _("The agency “%s” is archived. Restore it in the agencies register before adding it to a case."),
                   cr_agency_get_name (agency));
      goto fail;
    }

  find = _cr_db_prepare (worker, "SELECT 1 FROM involvements WHERE case_id = ?1 AND agency_id = ?2", &error);
  if (find == NULL)
    goto fail;
  sqlite3_bind_int64 (find, 1, data->case_id);
  sqlite3_bind_int64 (find, 2, data->agency_id);
  rc = sqlite3_step (find);
  if (rc == SQLITE_ROW)
    {
      g_set_error (&error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE,
                   /* Translators: %s is an agency name */
                   _("“%s” is already involved in this case. Change its role instead of adding it again."),
                   cr_agency_get_name (agency));
      goto fail;
    }
  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (worker->db, rc, &error);
      goto fail;
    }

  insert = _cr_db_prepare (worker, "INSERT INTO involvements (case_id, agency_id, role) VALUES (?1, ?2, ?3)",
                           &error);
  if (insert == NULL)
    goto fail;
  sqlite3_bind_int64 (insert, 1, data->case_id);
  sqlite3_bind_int64 (insert, 2, data->agency_id);
  sqlite3_bind_text (insert, 3, data->role, -1, SQLITE_STATIC);
  if (!_cr_db_step_done (worker, insert, &error))
    goto fail;

  involvement = cr_involvement_new ();
  cr_involvement_set_id (involvement, sqlite3_last_insert_rowid (worker->db));
  cr_involvement_set_case_id (involvement, data->case_id);
  cr_involvement_set_agency_id (involvement, data->agency_id);
  cr_involvement_set_agency_name (involvement, cr_agency_get_name (agency));
  cr_involvement_set_role (involvement, data->role);

  if (!_cr_db_transaction_commit (transaction, &error))
    {
      g_object_unref (involvement);
      goto fail;
    }

  g_task_return_pointer (task, involvement, g_object_unref);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_add_involvement_async (CrDatabase          *self,
                                   gint64               case_id,
                                   gint64               agency_id,
                                   const char          *role,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *normal = NULL;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  if (!_cr_db_normalise_text (role, _("Role"), 200, FALSE, FALSE, &normal, &local_error))
    {
      task = _cr_database_task_new (self, cancellable, callback, user_data,
                                    cr_database_add_involvement_async,
                                    "cr_database_add_involvement_async");
      g_task_return_error (task, g_steal_pointer (&local_error));
      g_object_unref (task);
      return;
    }

  task = new_involvement_task (self, case_id, agency_id, 0, g_steal_pointer (&normal),
                               cancellable, callback, user_data,
                               cr_database_add_involvement_async,
                               "cr_database_add_involvement_async");
  _cr_database_submit (self, task, run_add_involvement, CR_DB_REQUEST_WRITE);
}

CrInvolvement *
cr_database_add_involvement_finish (CrDatabase    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_add_involvement_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
run_remove_involvement (CrDbWorker *worker,
                        GTask      *task)
{
  InvolvementData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrDbStmt) remove = NULL;
  g_autoptr(GError) error = NULL;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (remove = _cr_db_prepare (worker, "DELETE FROM involvements WHERE id = ?1", &error)) == NULL)
    goto fail;

  sqlite3_bind_int64 (remove, 1, data->involvement_id);
  if (!_cr_db_step_done (worker, remove, &error))
    goto fail;

  if (sqlite3_changes (worker->db) == 0)
    {
      g_set_error_literal (&error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND,
                           _("The agency’s involvement was not found. It may already have been removed; reload the case."));
      goto fail;
    }

  if (!_cr_db_transaction_commit (transaction, &error))
    goto fail;

  g_task_return_boolean (task, TRUE);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_remove_involvement_async (CrDatabase          *self,
                                      gint64               involvement_id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  task = new_involvement_task (self, 0, 0, involvement_id, NULL, cancellable, callback, user_data,
                               cr_database_remove_involvement_async,
                               "cr_database_remove_involvement_async");
  _cr_database_submit (self, task, run_remove_involvement, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_remove_involvement_finish (CrDatabase    *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_remove_involvement_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
