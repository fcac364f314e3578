/* cr-database-report-versions.c: saved versions of the review report
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-report.h"
#include "cr-database-report-private.h"

#include "cr-util.h"

#include <glib/gi18n.h>

/*
 * A version is the text of every section as it was, numbered 1, 2, … per
 * case, kept whole (a GKeyFile, cr-report-version.h) and never changed:
 * the schema refuses an update. Going back to a version first saves the
 * text as it is, so going back can itself be undone.
 */

#define VERSION_COLUMNS "id, number, label, saved_by, saved_at, n_words"

static CrReportVersion *
read_version_row (sqlite3_stmt *stmt)
{
  CrReportVersion *version = cr_report_version_new ();
  sqlite3_int64 number = sqlite3_column_int64 (stmt, 1);
  sqlite3_int64 n_words = sqlite3_column_int64 (stmt, 5);

  cr_report_version_set_id (version, sqlite3_column_int64 (stmt, 0));
  cr_report_version_set_number (version, (guint) CLAMP (number, 0, G_MAXUINT));
  cr_report_version_set_label (version, _cr_db_column_text (stmt, 2));
  cr_report_version_set_saved_by (version, _cr_db_column_text (stmt, 3));
  cr_report_version_set_saved_at (version, _cr_db_column_text (stmt, 4));
  cr_report_version_set_n_words (version, (guint) CLAMP (n_words, 0, G_MAXUINT));
  return version;
}

static GObject *
read_version (sqlite3_stmt  *stmt,
              GError       **error)
{
  return G_OBJECT (read_version_row (stmt));
}

CrReportVersion *
_cr_db_report_save_version (CrDbWorker  *worker,
                            gint64       case_id,
                            const char  *label,
                            GError     **error)
{
  g_autoptr(CrReportVersion) version = cr_report_version_new ();
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(CrDbStmt) next = NULL;
  g_autoptr(CrDbStmt) insert = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *content = NULL;
  g_autofree char *saved_at = cr_now_iso8601 ();
  guint n_words = 0;
  gint64 number;

  if (!_cr_db_normalise_text (label, _("Label of the version"), 200, FALSE, TRUE, &normal, error) ||
      (sections = _cr_db_report_read_sections (worker, case_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    {
      const char *markup = g_ptr_array_index (sections, i);

      cr_report_version_set_markup (version, (CrReportSection) i, markup);
      n_words += _cr_db_report_count_words (markup);
    }

  next = _cr_db_prepare (worker,
                         "SELECT coalesce (max (number), 0) + 1 FROM report_versions WHERE case_id = ?1",
                         error);
  if (next == NULL)
    return NULL;
  sqlite3_bind_int64 (next, 1, case_id);
  if (!_cr_db_step_one (worker, next, error, "%s", ""))
    return NULL;
  number = sqlite3_column_int64 (next, 0);

  cr_report_version_set_number (version, (guint) number);
  cr_report_version_set_label (version, normal);
  cr_report_version_set_saved_by (version, cr_os_user ());
  cr_report_version_set_saved_at (version, saved_at);
  cr_report_version_set_n_words (version, n_words);
  content = cr_report_version_to_data (version);

  insert = _cr_db_prepare (worker,
                           "INSERT INTO report_versions"
                           "  (case_id, number, label, saved_by, saved_at, n_words, content)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                           error);
  if (insert == NULL)
    return NULL;
  sqlite3_bind_int64 (insert, 1, case_id);
  sqlite3_bind_int64 (insert, 2, number);
  sqlite3_bind_text (insert, 3, normal, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 4, cr_os_user (), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, saved_at, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 6, n_words);
  sqlite3_bind_text (insert, 7, content, -1, SQLITE_STATIC);
  if (!_cr_db_step_done (worker, insert, error))
    return NULL;

  cr_report_version_set_id (version, sqlite3_last_insert_rowid (worker->db));
  return g_steal_pointer (&version);
}

/* Version @version_id with its content; *@case_id gets its case. */
static CrReportVersion *
load_version (CrDbWorker  *worker,
              gint64       version_id,
              gint64      *case_id,
              GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(CrReportVersion) version = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = _cr_db_prepare (worker,
                         "SELECT " VERSION_COLUMNS ", content, case_id FROM report_versions WHERE id = ?1",
                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, version_id);
  if (!_cr_db_step_one (worker, stmt, error, "%s",
                        _("The version was not found. Reload the list of versions.")))
    return NULL;

  version = read_version_row (stmt);
  if (!cr_report_version_load_data (version, _cr_db_column_text (stmt, 6), &local_error))
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT,
                   /* Translators: %u is a version number; the second %s is the reason, for support staff */
                   _("Version %u of the report cannot be read. The database may have been changed outside Case Reviews; restore the latest backup. (%s)"),
                   cr_report_version_get_number (version), local_error->message);
      return NULL;
    }

  if (case_id != NULL)
    *case_id = sqlite3_column_int64 (stmt, 7);
  return g_steal_pointer (&version);
}

/* ---- save_report_version ------------------------------------------------------------ */

typedef struct
{
  gint64  case_id;
  gint64  version_id;
  char   *label;
} VersionData;

static void
version_data_free (VersionData *data)
{
  g_free (data->label);
  g_free (data);
}

static GTask *
new_version_task (CrDatabase          *self,
                  gint64               case_id,
                  gint64               version_id,
                  const char          *label,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data,
                  gpointer             source_tag,
                  const char          *name)
{
  GTask *task = _cr_database_task_new (self, cancellable, callback, user_data, source_tag, name);
  VersionData *data = g_new0 (VersionData, 1);

  data->case_id = case_id;
  data->version_id = version_id;
  data->label = g_strdup (label);
  g_task_set_task_data (task, data, (GDestroyNotify) version_data_free);
  return task;
}

static void
run_save_version (CrDbWorker *worker,
                  GTask      *task)
{
  VersionData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrReportVersion) version = NULL;
  g_autoptr(GError) error = NULL;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !_cr_db_require_case (worker, data->case_id, &error) ||
      (version = _cr_db_report_save_version (worker, data->case_id, data->label, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&version), g_object_unref);
}

void
cr_database_save_report_version_async (CrDatabase          *self,
                                       gint64               case_id,
                                       const char          *label,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);

  task = new_version_task (self, case_id, 0, label, cancellable, callback, user_data,
                           cr_database_save_report_version_async,
                           "cr_database_save_report_version_async");
  _cr_database_submit (self, task, run_save_version, CR_DB_REQUEST_WRITE);
}

CrReportVersion *
cr_database_save_report_version_finish (CrDatabase    *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_save_report_version_async, error);
}

/* ---- list_report_versions ----------------------------------------------------------- */

static void
run_list_versions (CrDbWorker *worker,
                   GTask      *task)
{
  VersionData *data = g_task_get_task_data (task);
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!_cr_db_require_case (worker, data->case_id, &error) ||
      (stmt = _cr_db_prepare (worker,
                              "SELECT " VERSION_COLUMNS " FROM report_versions"
                              " WHERE case_id = ?1 ORDER BY number DESC",
                              &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sqlite3_bind_int64 (stmt, 1, data->case_id);
  _cr_db_return_collected (worker, task, stmt, read_version);
}

void
cr_database_list_report_versions_async (CrDatabase          *self,
                                        gint64               case_id,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);

  task = new_version_task (self, case_id, 0, NULL, cancellable, callback, user_data,
                           cr_database_list_report_versions_async,
                           "cr_database_list_report_versions_async");
  _cr_database_submit (self, task, run_list_versions, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_list_report_versions_finish (CrDatabase    *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_list_report_versions_async, error);
}

/* ---- load_report_version ------------------------------------------------------------ */

static void
run_load_version (CrDbWorker *worker,
                  GTask      *task)
{
  VersionData *data = g_task_get_task_data (task);
  g_autoptr(CrReportVersion) version = NULL;
  g_autoptr(GError) error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  version = load_version (worker, data->version_id, NULL, &error);
  if (version == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&version), g_object_unref);
}

void
cr_database_load_report_version_async (CrDatabase          *self,
                                       gint64               version_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (version_id > 0);

  task = new_version_task (self, 0, version_id, NULL, cancellable, callback, user_data,
                           cr_database_load_report_version_async,
                           "cr_database_load_report_version_async");
  _cr_database_submit (self, task, run_load_version, CR_DB_REQUEST_READ);
}

CrReportVersion *
cr_database_load_report_version_finish (CrDatabase    *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_load_report_version_async, error);
}

/* ---- restore_report_version --------------------------------------------------------- */

static CrReportVersion *
restore_version (CrDbWorker   *worker,
                 VersionData  *data,
                 GError      **error)
{
  g_autoptr(CrReportVersion) target = NULL;
  g_autoptr(CrReportVersion) before = NULL;
  g_autofree char *label = NULL;
  g_autofree char *note = NULL;
  gint64 case_id = 0;

  if (!_cr_db_require_case (worker, data->case_id, error) ||
      (target = load_version (worker, data->version_id, &case_id, error)) == NULL)
    return NULL;

  if (case_id != data->case_id)
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND,
                           _("The version was not found. Reload the list of versions."));
      return NULL;
    }

  /* Translators: the label of the version saved before going back; %u is a version number */
  label = g_strdup_printf (_("Before going back to version %u"), cr_report_version_get_number (target));
  if ((before = _cr_db_report_save_version (worker, data->case_id, label, error)) == NULL)
    return NULL;

  /* Each section that changes gets an audit row of its own, not
   * coalesced: the audit trail says where the text came from. */
  note = g_strdup_printf ("from version %u", cr_report_version_get_number (target));
  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    {
      g_autofree char *markup = NULL;

      markup = _cr_db_report_normalise_markup (cr_report_version_get_markup (target, (CrReportSection) i),
                                               (CrReportSection) i, error);
      if (markup == NULL ||
          !_cr_db_report_write_section (worker, data->case_id, (CrReportSection) i, markup, note, NULL, error))
        return NULL;
    }

  return g_steal_pointer (&before);
}

static void
run_restore_version (CrDbWorker *worker,
                     GTask      *task)
{
  VersionData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrReportVersion) before = NULL;
  g_autoptr(GError) error = NULL;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (before = restore_version (worker, data, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&before), g_object_unref);
}

void
cr_database_restore_report_version_async (CrDatabase          *self,
                                          gint64               case_id,
                                          gint64               version_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);
  g_return_if_fail (version_id > 0);

  task = new_version_task (self, case_id, version_id, NULL, cancellable, callback, user_data,
                           cr_database_restore_report_version_async,
                           "cr_database_restore_report_version_async");
  _cr_database_submit (self, task, run_restore_version, CR_DB_REQUEST_WRITE);
}

CrReportVersion *
cr_database_restore_report_version_finish (CrDatabase    *self,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_restore_report_version_async, error);
}
