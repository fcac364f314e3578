/* cr-database-sql.c: SQLite helpers for the database thread: error
 * mapping, cached statements, transactions, values and SQL functions
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-private.h"

#include "cr-util.h"

#include <glib/gi18n.h>

/* ---- Errors -------------------------------------------------------------- */

/* Set on the database thread that met the error (one thread per
 * connection), read and cleared by the same thread. */
static GPrivate trouble = G_PRIVATE_INIT (NULL);

gboolean
_cr_db_take_trouble (void)
{
  gboolean seen = g_private_get (&trouble) != NULL;

  g_private_set (&trouble, NULL);
  return seen;
}

gboolean
_cr_db_set_error (sqlite3  *db,
                  int       rc,
                  GError  **error)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  const char *message;
  GQuark domain = CR_STORAGE_ERROR;
  int code;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_private_set (&trouble, GINT_TO_POINTER (1));
      break;
    default:
      break;
    }

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = CR_STORAGE_ERROR_FULL;
      message = _("The disk is full, so the change was not saved. Free some space, then try again.");
      break;

    case SQLITE_IOERR:
      code = CR_STORAGE_ERROR_IO;
      message = _("The database file could not be read or written. Check that the disk is still connected and working, then try again.");
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      code = CR_STORAGE_ERROR_READ_ONLY;
      message = _("The database file is read-only, so the change was not saved. Check the permissions of the file and its folder, or open a copy you can write to.");
      break;

    case SQLITE_CORRUPT:
      code = CR_STORAGE_ERROR_CORRUPT;
      message = _("The database file is damaged. Stop using it and restore the latest backup.");
      break;

    case SQLITE_NOTADB:
      code = CR_STORAGE_ERROR_NOT_A_DATABASE;
      message = _("This file is not a Case Reviews database, or it is encrypted. Choose another file.");
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = CR_STORAGE_ERROR_LOCKED;
      message = _("The database is in use by another program. Close the other program or wait a moment, then try again.");
      break;

    case SQLITE_CANTOPEN:
      code = CR_STORAGE_ERROR_IO;
      message = _("The database file could not be opened. Check that its folder exists and that you may read and write it.");
      break;

    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        {
          code = CR_STORAGE_ERROR_DUPLICATE;
          message = _("A record with the same name or reference already exists. Choose another one.");
        }
      else if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          code = CR_STORAGE_ERROR_NOT_FOUND;
          message = _("The change refers to a record that no longer exists. Reload and try again.");
        }
      else
        {
          code = CR_STORAGE_ERROR_INVALID;
          message = _("A value is not allowed by the database, so the change was not saved. Correct it and try again.");
        }
      break;

    case SQLITE_INTERRUPT:
      domain = G_IO_ERROR;
      code = G_IO_ERROR_CANCELLED;
      message = _("The operation was cancelled.");
      break;

    default:
      code = CR_STORAGE_ERROR_FAILED;
      message = _("The database reported an unexpected error. Try again; if it happens again, restart Case Reviews.");
      break;
    }

  g_set_error (error, domain, code, "%s (%s)", message, detail);
  return FALSE;
}

/* ---- Statements and transactions ---------------------------------------- */

gboolean
_cr_db_exec (sqlite3     *db,
             const char  *sql,
             GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _cr_db_set_error (db, rc, error);
  return TRUE;
}

sqlite3_stmt *
_cr_db_prepare (CrDbWorker  *worker,
                const char  *sql,
                GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_assert (worker->db != NULL);

  stmt = g_hash_table_lookup (worker->statements, sql);
  if (stmt != NULL)
    {
      /* A cached statement must not be used twice at once. */
      g_warn_if_fail (!sqlite3_stmt_busy (stmt));
      return stmt;
    }

  rc = sqlite3_prepare_v3 (worker->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _cr_db_set_error (worker->db, rc, error);
      return NULL;
    }

  g_hash_table_insert (worker->statements, g_strdup (sql), stmt);
  return stmt;
}

void
_cr_db_stmt_release (CrDbStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

gboolean
_cr_db_step_done (CrDbWorker    *worker,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return _cr_db_set_error (worker->db, rc, error);
  return TRUE;
}

const char *
_cr_db_column_text (sqlite3_stmt *stmt,
                    int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

GPtrArray *
_cr_db_collect (CrDbWorker     *worker,
                CrDbStmt       *stmt,
                CrDbRowReader   read,
                GError        **error)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GObject *object = read (stmt, error);

      if (object == NULL)
        return NULL;
      g_ptr_array_add (objects, object);
    }

  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (worker->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&objects);
}

void
_cr_db_return_collected (CrDbWorker    *worker,
                         GTask         *task,
                         CrDbStmt      *stmt,
                         CrDbRowReader  read)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *objects = _cr_db_collect (worker, stmt, read, &error);

  if (objects == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, objects, (GDestroyNotify) g_ptr_array_unref);
}

gboolean
_cr_db_step_one (CrDbWorker  *worker,
                 CrDbStmt    *stmt,
                 GError     **error,
                 const char  *not_found,
                 ...)
{
  int rc = sqlite3_step (stmt);
  va_list args;

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    return _cr_db_set_error (worker->db, rc, error);

  if (error != NULL)
    {
      va_start (args, not_found);
      g_propagate_error (error, g_error_new_valist (CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND,
                                                    not_found, args));
      va_end (args);
    }
  return FALSE;
}

CrDbTransaction *
_cr_db_transaction_begin (CrDbWorker  *worker,
                          GError     **error)
{
  CrDbTransaction *transaction;

  if (!_cr_db_exec (worker->db, "BEGIN IMMEDIATE", error))
    return NULL;

  transaction = g_new0 (CrDbTransaction, 1);
  transaction->worker = worker;
  return transaction;
}

gboolean
_cr_db_transaction_commit (CrDbTransaction  *transaction,
                           GError          **error)
{
  g_return_val_if_fail (!transaction->finished, FALSE);

  if (!_cr_db_exec (transaction->worker->db, "COMMIT", error))
    return FALSE;

  transaction->finished = TRUE;
  return TRUE;
}

void
_cr_db_transaction_free (CrDbTransaction *transaction)
{
  sqlite3 *db = transaction->worker->db;

  /* SQLite may already have rolled back (disk full, I/O error). */
  if (!transaction->finished && db != NULL && !sqlite3_get_autocommit (db))
    {
      int rc = sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

      if (rc != SQLITE_OK)
        g_warning ("Could not roll back a transaction: %s", sqlite3_errmsg (db));
    }

  g_free (transaction);
}

/* ---- Values ----------------------------------------------------------------- */

gboolean
_cr_db_normalise_text (const char  *text,
                       const char  *label,
                       gsize        max_chars,
                       gboolean     multiline,
                       gboolean     required,
                       char       **out,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *normal = NULL;

  if (!cr_text_normalise (text, 0, &normal, &local_error))
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   "%s: %s", label, local_error->message);
      return FALSE;
    }

  if (!cr_text_check (normal, label, max_chars, multiline, &local_error))
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, local_error->message);
      return FALSE;
    }

  if (normal == NULL && required)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %s is the name of a field, such as "Pseudonym" */
                   _("“%s” cannot be empty: enter a value."), label);
      return FALSE;
    }

  *out = g_steal_pointer (&normal);
  return TRUE;
}

/* ---- Enums ---------------------------------------------------------------- */

const char *
_cr_db_enum_to_nick (GType type,
                     int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* Nicks are static strings in the generated type. */
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

gboolean
_cr_db_enum_from_nick (GType       type,
                       const char *nick,
                       int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value;

  if (nick == NULL)
    return FALSE;

  enum_value = g_enum_get_value_by_nick (klass, nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}

/* ---- SQL functions ------------------------------------------------------- */

static void
os_user_func (sqlite3_context  *context,
              int               argc,
              sqlite3_value   **argv)
{
  const char *user = cr_os_user ();

  sqlite3_result_text (context, user != NULL ? user : "unknown", -1, SQLITE_TRANSIENT);
}

void
_cr_db_register_functions (sqlite3 *db)
{
  int rc;

  /* Not deterministic, but innocuous: it has no side effects and reveals
   * nothing a trigger could misuse, so triggers may call it with
   * trusted_schema=OFF. */
  rc = sqlite3_create_function_v2 (db, "cr_os_user", 0,
                                   SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                   NULL, os_user_func, NULL, NULL, NULL);
  g_assert (rc == SQLITE_OK);
}
