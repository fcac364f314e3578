/* cr-database-cases.c: listing, reading, creating and moving cases
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database.h"
#include "cr-database-private.h"

#include "cr-case-private.h"
#include "cr-case-status.h"
#include "cr-enum-types.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

/* The columns read_case_row() reads. The agencies and themes summaries
 * (migration 4) and the pause periods (migration 5) are kept in the row
 * by triggers, so listing every case is one plain scan. */
#define CASE_SELECT \
  "SELECT c.id, c.reference, c.pseudonym, c.status, c.paused_from, c.review_type," \
  "       c.summary, c.incident_date, c.aware_date, c.notified_date," \
  "       c.decision_date, c.publication_date, c.created_at, c.updated_at," \
  "       c.agencies, c.themes, c.dates_summary" \
  "  FROM cases c "

/* Read as sqlite3_column_text(): these run for every column of every row. */
#define COLUMN_TEXT(stmt, column) ((const char *) sqlite3_column_text ((stmt), (column)))

static gboolean
set_unknown_value_error (const char  *what,
                 const char  *value,
                 const char  *reference,
                 GError     **error)
{
  g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT,
               /* Translators: "The case “CR-2026-001” has an unknown status (“xyz”)..." */
               _("The case “%s” has an unknown %s (“%s”). The database may have been changed outside Case Reviews; restore the latest backup."),
               reference, what, value != NULL ? value : "");
  return FALSE;
}

/* _cr_db_enum_from_nick() for the review type, without looking the enum
 * class up for every row. */
static gboolean
review_type_from_nick (const char *nick,
                       int        *value)
{
  static GEnumClass *klass;
  GEnumValue *enum_value;

  if (nick == NULL)
    return FALSE;

  /* Most cases have not been decided yet. */
  if (strcmp (nick, "undecided") == 0)
    {
      *value = CR_REVIEW_TYPE_UNDECIDED;
      return TRUE;
    }

  if (g_once_init_enter (&klass))
    g_once_init_leave (&klass, g_type_class_ref (CR_TYPE_REVIEW_TYPE));

  enum_value = g_enum_get_value_by_nick (klass, nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;
  return TRUE;
}

/* Builds the case of the current row. The text is copied once, straight
 * from the statement into the new object (no notify, no per-setter work:
 * nothing can be listening yet); its deadline is computed when first read.
 * A CrDbRowReader: list_cases calls it for every row. */
static GObject *
read_case_row (sqlite3_stmt  *stmt,
               GError       **error)
{
  CrCaseRow row = { 0, };
  g_autofree char *dates_copy = NULL;
  const char *dates;
  const char *status_nick = COLUMN_TEXT (stmt, 3);
  const char *paused_nick = COLUMN_TEXT (stmt, 4);
  const char *review_nick = COLUMN_TEXT (stmt, 5);
  int review_type;

  row.reference = COLUMN_TEXT (stmt, 1);
  row.paused_from = CR_CASE_STATUS_REFERRED;

  if (!cr_case_status_from_nick (status_nick, &row.status))
    {
      set_unknown_value_error (_("status"), status_nick, row.reference, error);
      return NULL;
    }
  if (paused_nick != NULL && !cr_case_status_from_nick (paused_nick, &row.paused_from))
    {
      set_unknown_value_error (_("status"), paused_nick, row.reference, error);
      return NULL;
    }
  if (!review_type_from_nick (review_nick, &review_type))
    {
      set_unknown_value_error (_("review type"), review_nick, row.reference, error);
      return NULL;
    }

  row.id = sqlite3_column_int64 (stmt, 0);
  if (row.id < 0)
    {
      set_unknown_value_error (_("id"), COLUMN_TEXT (stmt, 0), row.reference, error);
      return NULL;
    }
  row.review_type = review_type;
  row.pseudonym = COLUMN_TEXT (stmt, 2);
  row.summary = COLUMN_TEXT (stmt, 6);
  row.incident_date = COLUMN_TEXT (stmt, 7);
  row.aware_date = COLUMN_TEXT (stmt, 8);
  row.notified_date = COLUMN_TEXT (stmt, 9);
  row.decision_date = COLUMN_TEXT (stmt, 10);
  row.publication_date = COLUMN_TEXT (stmt, 11);
  row.created_at = COLUMN_TEXT (stmt, 12);
  row.updated_at = COLUMN_TEXT (stmt, 13);
  row.agencies = COLUMN_TEXT (stmt, 14);
  row.themes = COLUMN_TEXT (stmt, 15);
  dates = COLUMN_TEXT (stmt, 16);
  if (dates != NULL)
    {
      /* "PARTNERS\tRR-SENT\tPLANNED\tCOPIES\tPAUSES" (migration 5),
       * split in a copy: the row borrows the pieces. */
      const char **fields[] = { &row.partners_informed_date, &row.rr_sent_date,
                                &row.planned_publication_date, &row.copies_sent_date, &row.pauses };
      char *field;

      dates_copy = g_strdup (dates);
      field = dates_copy;
      for (guint i = 0; i < G_N_ELEMENTS (fields) && field != NULL; i++)
        {
          char *tab = strchr (field, '\t');

          if (tab != NULL)
            *tab = '\0';
          *fields[i] = *field != '\0' ? field : NULL;
          field = tab != NULL ? tab + 1 : NULL;
        }
    }

  return (GObject *) _cr_case_new_from_row (&row);
}

/* Steps @stmt to the row of the case sought by @id, or by @reference when
 * @id is 0; NOT_FOUND names what was sought. */
static gboolean
step_case_row (CrDbWorker  *worker,
               CrDbStmt    *stmt,
               gint64       id,
               const char  *reference,
               GError     **error)
{
  if (id == 0)
    return _cr_db_step_one (worker, stmt, error,
                            /* Translators: %s is a case reference such as CR-2026-001 */
                            _("No case has the reference “%s”. Check the reference and try again."),
                            reference);
  return _cr_db_step_one (worker, stmt, error,
                          _("The case was not found. It may have been removed; reload the list of cases."));
}

CrCase *
_cr_db_load_case (CrDbWorker  *worker,
                  gint64       id,
                  const char  *reference,
                  GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;

  if (id != 0)
    stmt = _cr_db_prepare (worker, CASE_SELECT "WHERE c.id = ?1", error);
  else
    stmt = _cr_db_prepare (worker, CASE_SELECT "WHERE c.reference = ?2", error);
  if (stmt == NULL)
    return NULL;

  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  else
    sqlite3_bind_text (stmt, 2, reference, -1, SQLITE_TRANSIENT);

  if (!step_case_row (worker, stmt, id, reference, error))
    return NULL;

  return CR_CASE (read_case_row (stmt, error));
}

gboolean
_cr_db_require_case (CrDbWorker  *worker,
                     gint64       case_id,
                     GError     **error)
{
  g_autoptr(CrDbStmt) stmt = _cr_db_prepare (worker, "SELECT 1 FROM cases WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, case_id);
  return step_case_row (worker, stmt, case_id, NULL, error);
}

static const char *
get_paused_from_nick (CrCase *kase)
{
  if (cr_case_get_status (kase) != CR_CASE_STATUS_PAUSED)
    return NULL;
  return cr_case_status_to_nick (cr_case_get_paused_from (kase));
}

gboolean
_cr_db_insert_case (CrDbWorker  *worker,
             CrCase      *kase,
             gint64      *out_id,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CrDbStmt) find = NULL;
  g_autoptr(CrDbStmt) insert = NULL;
  const char *reference = cr_case_get_reference (kase);
  int rc;

  if (!cr_case_validate (kase, &local_error))
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, local_error->message);
      return FALSE;
    }

  find = _cr_db_prepare (worker, "SELECT 1 FROM cases WHERE reference = ?1", error);
  if (find == NULL)
    return FALSE;
  sqlite3_bind_text (find, 1, reference, -1, SQLITE_STATIC);
  rc = sqlite3_step (find);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE,
                   /* Translators: %s is a case reference such as CR-2026-001 */
                   _("A case with the reference “%s” already exists. Choose another reference."),
                   reference);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return _cr_db_set_error (worker->db, rc, error);

  insert = _cr_db_prepare (worker,
                           "INSERT INTO cases (reference, pseudonym, status, paused_from,"
                           "  review_type, summary, incident_date, aware_date,"
                           "  notified_date, decision_date, publication_date,"
                           "  partners_informed_date, rr_sent_date, planned_publication_date,"
                           "  copies_sent_date)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                           error);
  if (insert == NULL)
    return FALSE;

  sqlite3_bind_text (insert, 1, reference, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 2, cr_case_get_pseudonym (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 3, cr_case_status_to_nick (cr_case_get_status (kase)), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 4, get_paused_from_nick (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, _cr_db_enum_to_nick (CR_TYPE_REVIEW_TYPE, cr_case_get_review_type (kase)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 6, cr_case_get_summary (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 7, cr_case_get_incident_date (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 8, cr_case_get_aware_date (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 9, cr_case_get_notified_date (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 10, cr_case_get_decision_date (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 11, cr_case_get_publication_date (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 12, cr_case_get_partners_informed_date (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 13, cr_case_get_rr_sent_date (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 14, cr_case_get_planned_publication_date (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 15, cr_case_get_copies_sent_date (kase), -1, SQLITE_STATIC);

  if (!_cr_db_step_done (worker, insert, error))
    return FALSE;

  *out_id = sqlite3_last_insert_rowid (worker->db);
  return TRUE;
}

/* ---- list_cases ------------------------------------------------------------ */

static void
run_list_cases (CrDbWorker *worker,
                GTask      *task)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = _cr_db_prepare (worker, CASE_SELECT "ORDER BY c.reference", &error);
  if (stmt == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    _cr_db_return_collected (worker, task, stmt, read_case_row);
}

void
cr_database_list_cases_async (CrDatabase          *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_list_cases_async, "cr_database_list_cases_async");
  _cr_database_submit (self, task, run_list_cases, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_list_cases_finish (CrDatabase    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_list_cases_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- get_case -------------------------------------------------------------- */

typedef struct
{
  gint64  id;
  char   *reference;
} GetCaseData;

static void
get_case_data_free (gpointer data)
{
  GetCaseData *get = data;

  g_free (get->reference);
  g_free (get);
}

static void
run_get_case (CrDbWorker *worker,
              GTask      *task)
{
  GetCaseData *get = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  CrCase *kase;

  kase = _cr_db_load_case (worker, get->id, get->reference, &error);
  if (kase == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, kase, g_object_unref);
}

void
cr_database_get_case_async (CrDatabase          *self,
                            gint64               id,
                            const char          *reference,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GetCaseData *get;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (id > 0 || (id == 0 && reference != NULL));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_get_case_async, "cr_database_get_case_async");
  get = g_new0 (GetCaseData, 1);
  get->id = id;
  get->reference = g_strdup (reference);
  g_task_set_task_data (task, get, get_case_data_free);
  _cr_database_submit (self, task, run_get_case, CR_DB_REQUEST_READ);
}

CrCase *
cr_database_get_case_finish (CrDatabase    *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_get_case_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- create_case / create_cases ---------------------------------------------- */

static void
run_create_case (CrDbWorker *worker,
                 GTask      *task)
{
  CrCase *kase = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !_cr_db_insert_case (worker, kase, &id, &error) ||
      (stored = _cr_db_load_case (worker, id, NULL, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&stored), g_object_unref);
}

void
cr_database_create_case_async (CrDatabase          *self,
                               CrCase              *kase,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (CR_IS_CASE (kase));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_create_case_async, "cr_database_create_case_async");
  /* The thread works on a private copy: the caller may go on editing. */
  g_task_set_task_data (task, cr_case_copy (kase), g_object_unref);
  _cr_database_submit (self, task, run_create_case, CR_DB_REQUEST_WRITE);
}

CrCase *
cr_database_create_case_finish (CrDatabase    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_create_case_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
run_create_cases (CrDbWorker *worker,
                  GTask      *task)
{
  GPtrArray *cases = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;

  transaction = _cr_db_transaction_begin (worker, &error);
  if (transaction == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  for (guint i = 0; i < cases->len; i++)
    {
      CrCase *kase = g_ptr_array_index (cases, i);
      gint64 id;

      if (!_cr_db_insert_case (worker, kase, &id, &error))
        {
          g_task_return_new_error (task, error->domain, error->code,
                                   /* Translators: "Case 3 of 10 (CR-2026-003): <reason>. Nothing was imported." */
                                   _("Case %u of %u (“%s”): %s Nothing was saved."),
                                   i + 1, cases->len,
                                   cr_case_get_reference (kase) != NULL ? cr_case_get_reference (kase) : "",
                                   error->message);
          return;
        }
    }

  if (!_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
cr_database_create_cases_async (CrDatabase          *self,
                                GPtrArray           *cases,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GPtrArray *copies;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (cases != NULL);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_create_cases_async, "cr_database_create_cases_async");
  copies = g_ptr_array_new_full (cases->len, g_object_unref);
  for (guint i = 0; i < cases->len; i++)
    g_ptr_array_add (copies, cr_case_copy (g_ptr_array_index (cases, i)));
  g_task_set_task_data (task, copies, (GDestroyNotify) g_ptr_array_unref);
  _cr_database_submit (self, task, run_create_cases, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_create_cases_finish (CrDatabase    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_create_cases_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- transition_case --------------------------------------------------------- */

typedef struct
{
  gint64       case_id;
  CrCaseStatus to;
} TransitionData;

/* Keeps case_pauses in step with a move: a pause opens today, resuming
 * ends it today (not before it started, should the clock have gone back). */
static gboolean
record_pause (CrDbWorker    *worker,
              gint64         case_id,
              CrCaseStatus   from,
              CrCaseStatus   to,
              GError       **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autofree char *today = NULL;
  GDate date;

  if (from == to || (from != CR_CASE_STATUS_PAUSED && to != CR_CASE_STATUS_PAUSED))
    return TRUE;

  cr_date_set_today (&date);
  today = cr_date_to_iso (&date);

  if (from == CR_CASE_STATUS_PAUSED)
    stmt = _cr_db_prepare (worker,
                           "UPDATE case_pauses SET ended = max (started, ?2)"
                           " WHERE case_id = ?1 AND ended IS NULL",
                           error);
  else
    stmt = _cr_db_prepare (worker, "INSERT INTO case_pauses (case_id, started) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  return _cr_db_step_done (worker, stmt, error);
}

gboolean
_cr_db_transition (CrDbWorker    *worker,
                   CrCase        *kase,
                   CrCaseStatus   to,
                   GError       **error)
{
  g_autoptr(CrDbStmt) update = NULL;
  CrCaseStatus from = cr_case_get_status (kase);

  if (!cr_case_transition (kase, to, error) ||
      (update = _cr_db_prepare (worker,
                                "UPDATE cases SET status = ?2, paused_from = ?3, review_type = ?4"
                                " WHERE id = ?1",
                                error)) == NULL)
    return FALSE;

  sqlite3_bind_int64 (update, 1, cr_case_get_id (kase));
  sqlite3_bind_text (update, 2, cr_case_status_to_nick (cr_case_get_status (kase)), -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 3, get_paused_from_nick (kase), -1, SQLITE_STATIC);
  /* A decision fixes the kind of review (cr_case_transition sets it). */
  sqlite3_bind_text (update, 4, _cr_db_enum_to_nick (CR_TYPE_REVIEW_TYPE, cr_case_get_review_type (kase)),
                     -1, SQLITE_STATIC);

  return _cr_db_step_done (worker, update, error) &&
         record_pause (worker, cr_case_get_id (kase), from, to, error);
}

static void
run_transition_case (CrDbWorker *worker,
                     GTask      *task)
{
  TransitionData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GError) error = NULL;

  /* The stored status is read inside the write transaction, so the check
   * is against what is really there, not what a view last showed. */
  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (kase = _cr_db_load_case (worker, data->case_id, NULL, &error)) == NULL ||
      !_cr_db_transition (worker, kase, data->to, &error) ||
      (stored = _cr_db_load_case (worker, data->case_id, NULL, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&stored), g_object_unref);
}

void
cr_database_transition_case_async (CrDatabase          *self,
                                   gint64               case_id,
                                   CrCaseStatus         to,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  TransitionData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);
  g_return_if_fail (to <= CR_CASE_STATUS_LAST);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_transition_case_async, "cr_database_transition_case_async");
  data = g_new0 (TransitionData, 1);
  data->case_id = case_id;
  data->to = to;
  g_task_set_task_data (task, data, g_free);
  _cr_database_submit (self, task, run_transition_case, CR_DB_REQUEST_WRITE);
}

CrCase *
cr_database_transition_case_finish (CrDatabase    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_transition_case_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
