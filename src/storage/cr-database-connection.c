/* cr-database-connection.c: opening, checking and closing the SQLite
 * connection (database thread only)
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-private.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/types.h>

static int
progress_cb (void *data)
{
  CrDbWorker *worker = data;

  /* Non-zero interrupts the running read (SQLITE_INTERRUPT). */
  return worker->cancellable != NULL && g_cancellable_is_cancelled (worker->cancellable);
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

/* ---- Opening -------------------------------------------------------------- */

/* Creates the folder (0700) when missing; tells whether the file exists. */
static gboolean
prepare_location (const char  *path,
                  gboolean    *exists,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      /* umask is process-wide; while it is tightened another thread can
       * only create files that are more private than it asked for. */
      mode_t old_mask = umask (0077);
      int ret = g_mkdir_with_parents (dir, 0700);
      int saved_errno = errno;

      umask (old_mask);
      if (ret != 0)
        {
          g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_IO,
                       /* Translators: the first %s is a folder, the second the system's reason */
                       _("The folder “%s” for the database could not be created. Check that you may write to its parent folder. (%s)"),
                       dir, g_strerror (saved_errno));
          return FALSE;
        }
      g_chmod (dir, 0700);
    }

  *exists = g_file_test (path, G_FILE_TEST_EXISTS);
  return TRUE;
}

static void
configure_connection (CrDbWorker *worker,
                      sqlite3    *db)
{
  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, CR_DATABASE_BUSY_TIMEOUT_MS);
  /* Hostile files: https://sqlite.org/security.html */
  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
  sqlite3_progress_handler (db, 4096, progress_cb, worker);
  _cr_db_register_functions (db);

  /* None of these reads or writes the file. */
  sqlite3_exec (db,
                "PRAGMA trusted_schema = OFF;"
                "PRAGMA cell_size_check = ON;"
                "PRAGMA mmap_size = 0;"
                "PRAGMA temp_store = MEMORY;",
                NULL, NULL, NULL);
}

/* The first statement that reads the file when its clean close was
 * recorded: cheap, but it meets a missing -shm or a foreign file just as
 * quick_check would. *@out_rc is SQLite's code. */
static gboolean
first_read (sqlite3  *db,
            int      *out_rc,
            GError  **error)
{
  int rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);

  *out_rc = rc;
  if (rc != SQLITE_OK)
    return _cr_db_set_error (db, rc, error);
  return TRUE;
}

/* The first statement that reads the file otherwise. *@out_rc is
 * SQLite's code. */
static gboolean
quick_check (sqlite3  *db,
             int      *out_rc,
             GError  **error)
{
  g_autoptr(GString) report = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(20)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          if (report->len > 0)
            g_string_append (report, "; ");
          g_string_append (report, _cr_db_column_text (stmt, 0));
        }
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }

  *out_rc = rc;
  if (rc != SQLITE_OK)
    {
      _cr_db_set_error (db, rc, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);

  if (g_strcmp0 (report->str, "ok") != 0)
    {
      *out_rc = SQLITE_CORRUPT;
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT,
                   "%s (%s)",
                   _("The database file is damaged, so it was not opened. It has not been changed. Restore the latest backup."),
                   report->str);
      return FALSE;
    }

  return TRUE;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
      return TRUE;
    }

  if (rc == SQLITE_OK || rc == SQLITE_DONE)
    rc = SQLITE_ERROR;
  _cr_db_set_error (db, rc, error);
  sqlite3_finalize (stmt);
  return FALSE;
}

/* Whether the file is ours and at a version this build can use. */
static gboolean
check_identity (sqlite3   *db,
                gboolean   read_only,
                int       *out_version,
                GError   **error)
{
  int application_id, version, n_objects;
  int latest = _cr_migrations_get_latest ();

  if (!query_int (db, "PRAGMA application_id", &application_id, error) ||
      !query_int (db, "PRAGMA user_version", &version, error) ||
      !query_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return FALSE;

  if ((application_id != 0 && application_id != CR_DATABASE_APPLICATION_ID) ||
      (version > 0 && application_id != CR_DATABASE_APPLICATION_ID) ||
      (version == 0 && n_objects > 0))
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_A_DATABASE,
                           _("This file is an SQLite database of another program, not a Case Reviews database. It has not been changed. Choose another file."));
      return FALSE;
    }

  if (version > latest)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_TOO_NEW,
                   /* Translators: both %d are database format version numbers */
                   _("This database was written by a newer version of Case Reviews (format %d; this version reads up to format %d). It has not been changed. Update Case Reviews to open it."),
                   version, latest);
      return FALSE;
    }

  if (version < latest && read_only)
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_READ_ONLY,
                           _("The database file is read-only, but it must be upgraded before this version of Case Reviews can use it. Copy it to a folder you can write to and open the copy, or ask for write permission."));
      return FALSE;
    }

  *out_version = version;
  return TRUE;
}

static gboolean
wal_has_content (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf buf;

  return g_stat (wal, &buf) == 0 && buf.st_size > 0;
}

/*
 * A WAL database in a folder we cannot write has no -shm file and cannot
 * get one, so SQLite refuses even to read it. When nothing is waiting in a
 * -wal file the main file holds everything, and it can be read as
 * immutable (no locks, no shared memory, no writes at all).
 */
static sqlite3 *
open_immutable (CrDbWorker  *worker,
                GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *uri_immutable = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db = NULL;
  int rc;

  if (wal_has_content (worker->path))
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_READ_ONLY,
                           _("The database file is read-only and was not closed properly, so it cannot be read safely. Copy it together with its “-wal” file to a folder you can write to, then open the copy."));
      return NULL;
    }

  uri = g_filename_to_uri (worker->path, NULL, &local_error);
  if (uri == NULL)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_IO, "%s (%s)",
                   _("The database file could not be opened. Check that its folder exists and that you may read and write it."),
                   local_error->message);
      return NULL;
    }
  uri_immutable = g_strconcat (uri, "?immutable=1", NULL);

  rc = sqlite3_open_v2 (uri_immutable, &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI |
                        SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                        NULL);
  if (rc != SQLITE_OK)
    {
      _cr_db_set_error (db, rc, error);
      sqlite3_close (db);
      return NULL;
    }

  worker->immutable = TRUE;
  return db;
}

static gboolean
set_journal_mode (sqlite3  *db,
                  GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _cr_db_set_error (db, rc, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  if (g_ascii_strcasecmp (_cr_db_column_text (stmt, 0), "wal") != 0)
    g_warning ("The database could not use write-ahead logging (journal mode %s)",
               _cr_db_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
open_checked (CrDbWorker  *worker,
              sqlite3    **out_db,
              GError     **error)
{
  sqlite3 *db = NULL;
  gboolean exists = FALSE;
  gboolean read_only;
  gboolean check;
  int version = 0;
  int rc;

  if (!prepare_location (worker->path, &exists, error))
    return FALSE;

  /* reliability.md §1.7 and §1.4: a full check unless the file is exactly
   * as Case Reviews left it at a clean close (cr-database-clean-close.c).
   * Decided before SQLite opens it, so nothing of ours has touched it. */
  check = !exists || !_cr_db_clean_close_matches (worker->path);
  worker->quick_checked = check;

  if (!exists)
    {
      mode_t old_mask = umask (0077);

      rc = sqlite3_open_v2 (worker->path, &db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                            SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE,
                            NULL);
      umask (old_mask);
      g_chmod (worker->path, 0600);
    }
  else
    {
      /* SQLite falls back to read-only when it may not write the file. */
      rc = sqlite3_open_v2 (worker->path, &db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                            SQLITE_OPEN_EXRESCODE,
                            NULL);
    }

  *out_db = db;
  if (rc != SQLITE_OK)
    return _cr_db_set_error (db, rc, error);

  read_only = sqlite3_db_readonly (db, "main") == 1;
  configure_connection (worker, db);

  /* quick_check before anything that could write. */
  if (!(check ? quick_check (db, &rc, error) : first_read (db, &rc, error)))
    {
      int primary = rc & 0xff;

      if (!read_only || (primary != SQLITE_READONLY && primary != SQLITE_CANTOPEN))
        return FALSE;

      g_clear_error (error);
      sqlite3_close (db);
      *out_db = db = open_immutable (worker, error);
      if (db == NULL)
        return FALSE;
      configure_connection (worker, db);
      if (!(check ? quick_check (db, &rc, error) : first_read (db, &rc, error)))
        return FALSE;
    }

  /* The version is checked before the journal mode is touched, so a file
   * from a newer version is left exactly as it was. */
  if (!check_identity (db, read_only, &version, error))
    return FALSE;

  if (!_cr_migrations_verify_schema (db, version, error))
    return FALSE;

  if (!read_only)
    {
      /* From here on the file may change: until a clean close records it
       * again, a crash must bring the check back. */
      _cr_db_clean_close_forget (worker->path);

      if (!set_journal_mode (db, error) ||
          !_cr_db_exec (db,
                        "PRAGMA synchronous = FULL;"
                        "PRAGMA foreign_keys = ON;"
                        "PRAGMA secure_delete = ON;",
                        error))
        return FALSE;

      if (!_cr_migrations_apply (db, _cr_migrations_get_latest (), error))
        return FALSE;

      /* Take the write lock once: another program holding it, or a file
       * that cannot be written after all, shows up now, not at the first
       * edit. */
      if (!_cr_db_exec (db, "BEGIN IMMEDIATE; COMMIT;", error))
        return FALSE;
    }
  else
    {
      if (!_cr_db_exec (db, "PRAGMA foreign_keys = ON;", error))
        return FALSE;
    }

  g_atomic_int_set (&worker->read_only, read_only);
  return TRUE;
}

gboolean
_cr_db_open (CrDbWorker  *worker,
             GError     **error)
{
  sqlite3 *db = NULL;

  if (worker->db != NULL)
    return TRUE;

  worker->immutable = FALSE;
  _cr_db_take_trouble ();
  if (!open_checked (worker, &db, error))
    {
      if (db != NULL && !sqlite3_get_autocommit (db))
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      sqlite3_close (db);
      return FALSE;
    }

  worker->db = db;
  worker->statements = g_hash_table_new_full (g_str_hash, g_str_equal,
                                              g_free, finalize_statement);
  g_debug ("Opened %s%s%s", worker->path,
           g_atomic_int_get (&worker->read_only) ? " read-only" : "",
           worker->immutable ? " (immutable: no -wal, no shared memory)" : "");
  return TRUE;
}

void
_cr_db_close (CrDbWorker *worker)
{
  gboolean writable;
  gboolean clean;
  int rc;

  if (worker->db == NULL)
    return;

  g_clear_pointer (&worker->statements, g_hash_table_unref);

  writable = !g_atomic_int_get (&worker->read_only);
  /* Only a session without I/O errors or damage counts as clean. */
  clean = writable && !_cr_db_take_trouble ();

  if (writable)
    {
      rc = sqlite3_wal_checkpoint_v2 (worker->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          g_debug ("Checkpoint at close failed: %s", sqlite3_errmsg (worker->db));
          clean = FALSE;
        }
    }

  rc = sqlite3_close (worker->db);
  if (rc != SQLITE_OK)
    {
      g_warning ("Closing the database failed: %s", sqlite3_errmsg (worker->db));
      clean = FALSE;
    }
  worker->db = NULL;

  /* Read-only sessions leave the record as it was: they cannot have
   * changed the file, and opening it read-write removed any record. */
  if (clean)
    _cr_db_clean_close_record (worker->path);
}
