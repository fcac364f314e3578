/* cr-database-report-publication.c: the publication record, with the
 * case's dates and status moving with it
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-report.h"
#include "cr-database-report-private.h"
#include "cr-database-review-private.h"

#include "cr-case-status.h"


/*
 * The record, the three dates it shares with the case (the deadlines
 * read them from the case) and the moves of the case's status are
 * written in one transaction: a refused move leaves all three as they
 * were. Each move goes through _cr_db_transition(), as
 * cr_database_transition_case_async() does, so it is checked against the
 * stored status and audited by the case's triggers.
 */

static const CrDbRecordTable *
publications_table (void)
{
  const CrDbRecordTable *table = _cr_db_review_table (CR_TYPE_PUBLICATION, NULL);

  g_assert (table != NULL);
  return table;
}

/* The stored record of @case_id, or NULL (no error) when none is. */
static CrRecord *
find_publication (CrDbWorker  *worker,
                  gint64       case_id,
                  GError     **error)
{
  g_autoptr(GPtrArray) records = _cr_db_record_list (worker, publications_table (), CR_TYPE_PUBLICATION,
                                                     case_id, NULL, error);

  if (records == NULL || records->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (records, 0));
}

/* Copies the record's dates that are set to the case (a date is never
 * cleared from the case here: the case may have had it from before). */
static gboolean
copy_dates (CrDbWorker     *worker,
            CrCase         *kase,
            CrPublication  *publication,
            GError        **error)
{
  CrRecord *record = CR_RECORD (publication);
  g_autoptr(CrCase) changed = cr_case_copy (kase);
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  if (cr_record_has (record, "planned-date"))
    cr_case_set_planned_publication_date (changed, cr_record_get (record, "planned-date"));
  if (cr_record_has (record, "copies-date"))
    cr_case_set_copies_sent_date (changed, cr_record_get (record, "copies-date"));
  if (cr_record_has (record, "published-date"))
    cr_case_set_publication_date (changed, cr_record_get (record, "published-date"));

  if (!cr_case_validate (changed, &local_error))
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, local_error->message);
      return FALSE;
    }

  stmt = _cr_db_prepare (worker,
                         "UPDATE cases SET planned_publication_date = ?2, copies_sent_date = ?3,"
                         "  publication_date = ?4"
                         " WHERE id = ?1 AND (planned_publication_date IS NOT ?2"
                         "   OR copies_sent_date IS NOT ?3 OR publication_date IS NOT ?4)",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, cr_case_get_id (changed));
  sqlite3_bind_text (stmt, 2, cr_case_get_planned_publication_date (changed), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, cr_case_get_copies_sent_date (changed), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, cr_case_get_publication_date (changed), -1, SQLITE_TRANSIENT);
  return _cr_db_step_done (worker, stmt, error);
}

/* How far along the way to publication @kase is (a paused case counts
 * where it was paused from): -1 before sign-off, 0 signed off, 1 copies
 * sent, 2 published, 3 after. */
static int
publication_stage (CrCase *kase)
{
  CrCaseStatus status = cr_case_get_status (kase);

  if (status == CR_CASE_STATUS_PAUSED)
    status = cr_case_get_paused_from (kase);

  if (status == CR_CASE_STATUS_LCSPR_SIGN_OFF)
    return 0;
  if (status == CR_CASE_STATUS_PRE_PUBLICATION)
    return 1;
  if (status == CR_CASE_STATUS_PUBLISHED || status == CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS)
    return 2;
  if (status == CR_CASE_STATUS_ACTION_MONITORING || status == CR_CASE_STATUS_DISSEMINATION ||
      status == CR_CASE_STATUS_CLOSED)
    return 3;
  return -1;
}

/* Moves @kase on to where the record says it is: through pre-publication
 * when it is published straight from sign-off. A record that says the
 * copies were sent, or the report published, for a case that cannot be
 * there (still in analysis, or paused) is refused by the state machine's
 * own message. */
static gboolean
move_case (CrDbWorker     *worker,
           CrCase         *kase,
           CrPublication  *publication,
           GError        **error)
{
  CrRecord *record = CR_RECORD (publication);
  CrCaseStatus target = cr_publication_get_target_status (publication, cr_case_get_status (kase));
  gboolean published = cr_record_has (record, "published-date");
  int needed = published ? 2 : cr_record_has (record, "copies-date") ? 1 : -1;

  /* Two moves at most: sign-off, pre-publication, published. */
  for (guint n = 0; n < 2 && cr_case_get_status (kase) != target; n++)
    {
      CrCaseStatus next = target;

      if (cr_case_get_status (kase) == CR_CASE_STATUS_LCSPR_SIGN_OFF &&
          (target == CR_CASE_STATUS_PUBLISHED || target == CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS))
        next = CR_CASE_STATUS_PRE_PUBLICATION;

      if (!_cr_db_transition (worker, kase, next, error))
        return FALSE;
    }

  if (publication_stage (kase) >= needed)
    return TRUE;

  /* Not a move the way to publication allows: cr_case_transition() says
   * why. */
  return _cr_db_transition (worker, kase,
                            !published ? CR_CASE_STATUS_PRE_PUBLICATION
                            : g_strcmp0 (cr_record_get (record, "mode"), "improvements") == 0
                            ? CR_CASE_STATUS_PUBLISHED_IMPROVEMENTS : CR_CASE_STATUS_PUBLISHED,
                            error);
}

static CrCase *
save_publication (CrDbWorker     *worker,
                  CrPublication  *publication,
                  GError        **error)
{
  CrRecord *record = CR_RECORD (publication);
  gint64 case_id = cr_record_get_case_id (record);
  const CrDbRecordTable *table = publications_table ();
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!cr_record_validate (record, error) ||
      (kase = _cr_db_load_case (worker, case_id, NULL, error)) == NULL)
    return NULL;

  stored = find_publication (worker, case_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (stored != NULL)
    {
      if (!_cr_db_record_update (worker, table, record, case_id, case_id, error))
        return NULL;
    }
  else if (!_cr_db_record_insert (worker, table, record, case_id, NULL, error))
    return NULL;

  if (!copy_dates (worker, kase, publication, error) ||
      !move_case (worker, kase, publication, error))
    return NULL;

  return _cr_db_load_case (worker, case_id, NULL, error);
}

static void
run_save_publication (CrDbWorker *worker,
                      GTask      *task)
{
  CrPublication *publication = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GError) error = NULL;

  _cr_db_record_normalise (CR_RECORD (publication));
  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (stored = save_publication (worker, publication, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&stored), g_object_unref);
}

void
cr_database_save_publication_async (CrDatabase          *self,
                                    CrPublication       *publication,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (CR_IS_PUBLICATION (publication));
  g_return_if_fail (cr_record_get_case_id (CR_RECORD (publication)) > 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_save_publication_async,
                                "cr_database_save_publication_async");
  /* The database thread works on its own copy. */
  g_task_set_task_data (task, _cr_db_record_copy (CR_RECORD (publication)), g_object_unref);
  _cr_database_submit (self, task, run_save_publication, CR_DB_REQUEST_WRITE);
}

CrCase *
cr_database_save_publication_finish (CrDatabase    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_save_publication_async, error);
}

/* ---- load_publication --------------------------------------------------------------- */

static void
run_load_publication (CrDbWorker *worker,
                      GTask      *task)
{
  gint64 case_id = *(gint64 *) g_task_get_task_data (task);
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!_cr_db_require_case (worker, case_id, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  stored = find_publication (worker, case_id, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (stored == NULL)
    {
      stored = CR_RECORD (cr_publication_new ());
      cr_record_set_case_id (stored, case_id);
    }

  g_task_return_pointer (task, g_steal_pointer (&stored), g_object_unref);
}

void
cr_database_load_publication_async (CrDatabase          *self,
                                    gint64               case_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);

  _cr_database_submit_for_case (self, case_id, cancellable, callback, user_data,
                                cr_database_load_publication_async,
                                "cr_database_load_publication_async",
                                run_load_publication, CR_DB_REQUEST_READ);
}

CrPublication *
cr_database_load_publication_finish (CrDatabase    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_load_publication_async, error);
}
