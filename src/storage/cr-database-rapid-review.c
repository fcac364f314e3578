/* cr-database-rapid-review.c: the rapid review of a case, its attendees,
 * agency summaries and sign-offs, and the case's moves it implies
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database.h"
#include "cr-database-private.h"

#include "cr-agency-summary.h"
#include "cr-attendee.h"
#include "cr-case-status.h"
#include "cr-enum-types.h"
#include "cr-sign-off.h"

#include <glib/gi18n.h>

static const CrDbRecordTable rapid_reviews_table = { "rapid_reviews", "case_id", NULL };
static const CrDbRecordTable attendees_table = { "rr_attendees", "id", NULL };
static const CrDbRecordTable summaries_table = { "agency_summaries", "id", NULL };
static const CrDbRecordTable sign_offs_table = { "sign_offs", "rowid", NULL };

#define SUMMARIES_ORDER "(SELECT a.name FROM agencies a WHERE a.id = t.agency_id), t.id"

/* ---- Copies ------------------------------------------------------------------- */

/* The sign-off of @partner in @rapid_review (one per partner). */
static CrRecord *
find_sign_off (CrRapidReview *rapid_review,
               const char    *partner)
{
  GListModel *sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (rapid_review));

  for (guint i = 0; i < g_list_model_get_n_items (sign_offs); i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (sign_offs, i);

      if (g_strcmp0 (cr_record_get (sign_off, "partner"), partner) == 0)
        return sign_off;   /* still owned by the list */
    }

  return NULL;
}

/* A deep copy for the database thread, with the three sign-offs in
 * partner order whatever the caller's list holds. */
static CrRapidReview *
copy_rapid_review (CrRapidReview *rapid_review)
{
  g_autoptr(CrRapidReview) copy = cr_rapid_review_new ();
  GListModel *sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (copy));

  cr_record_copy_from (CR_RECORD (copy), CR_RECORD (rapid_review));
  _cr_db_record_copy_list (cr_rapid_review_get_attendees (copy), cr_rapid_review_get_attendees (rapid_review));
  _cr_db_record_copy_list (cr_rapid_review_get_summaries (copy), cr_rapid_review_get_summaries (rapid_review));

  for (guint i = 0; i < g_list_model_get_n_items (sign_offs); i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (sign_offs, i);
      CrRecord *source = find_sign_off (rapid_review, cr_record_get (sign_off, "partner"));

      if (source != NULL)
        cr_record_copy_from (sign_off, source);
    }

  return g_steal_pointer (&copy);
}

static void
normalise_rapid_review (CrRapidReview *rapid_review)
{
  _cr_db_record_normalise (CR_RECORD (rapid_review));
  _cr_db_record_normalise_list (cr_rapid_review_get_attendees (rapid_review));
  _cr_db_record_normalise_list (cr_rapid_review_get_summaries (rapid_review));
  _cr_db_record_normalise_list (cr_rapid_review_get_sign_offs (rapid_review));
}

/* ---- get_rapid_review ---------------------------------------------------------- */

static CrRapidReview *
load_rapid_review (CrDbWorker  *worker,
                   gint64       case_id,
                   GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GPtrArray) sign_offs = NULL;
  g_autoptr(CrRapidReview) rapid_review = NULL;
  GListModel *own_sign_offs;

  if ((rows = _cr_db_record_list (worker, &rapid_reviews_table, CR_TYPE_RAPID_REVIEW,
                                  case_id, NULL, error)) == NULL ||
      (attendees = _cr_db_record_list (worker, &attendees_table, CR_TYPE_ATTENDEE,
                                       case_id, "t.id", error)) == NULL ||
      (summaries = _cr_db_record_list (worker, &summaries_table, CR_TYPE_AGENCY_SUMMARY,
                                       case_id, SUMMARIES_ORDER, error)) == NULL ||
      (sign_offs = _cr_db_record_list (worker, &sign_offs_table, CR_TYPE_SIGN_OFF,
                                       case_id, NULL, error)) == NULL)
    return NULL;

  if (rows->len > 0)
    rapid_review = g_object_ref (g_ptr_array_index (rows, 0));
  else
    {
      rapid_review = cr_rapid_review_new ();
      cr_record_set_case_id (CR_RECORD (rapid_review), case_id);
    }

  g_list_store_splice (cr_rapid_review_get_attendees (rapid_review), 0, 0,
                       attendees->pdata, attendees->len);
  g_list_store_splice (cr_rapid_review_get_summaries (rapid_review), 0, 0,
                       summaries->pdata, summaries->len);

  /* The review's own three sign-offs, in partner order, take what is
   * stored for their partner. */
  own_sign_offs = G_LIST_MODEL (cr_rapid_review_get_sign_offs (rapid_review));
  for (guint i = 0; i < g_list_model_get_n_items (own_sign_offs); i++)
    {
      g_autoptr(CrRecord) sign_off = g_list_model_get_item (own_sign_offs, i);

      cr_record_set_case_id (sign_off, case_id);
      for (guint j = 0; j < sign_offs->len; j++)
        {
          CrRecord *stored = g_ptr_array_index (sign_offs, j);

          if (g_strcmp0 (cr_record_get (stored, "partner"), cr_record_get (sign_off, "partner")) == 0)
            cr_record_copy_from (sign_off, stored);
        }
    }

  return g_steal_pointer (&rapid_review);
}

static void
run_get_rapid_review (CrDbWorker *worker,
                      GTask      *task)
{
  gint64 case_id = *(gint64 *) g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  CrRapidReview *rapid_review = NULL;

  if (!_cr_db_require_case (worker, case_id, &error) ||
      (rapid_review = load_rapid_review (worker, case_id, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, rapid_review, g_object_unref);
}

void
cr_database_get_rapid_review_async (CrDatabase          *self,
                                    gint64               case_id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);

  _cr_database_submit_for_case (self, case_id, cancellable, callback, user_data,
                                cr_database_get_rapid_review_async,
                                "cr_database_get_rapid_review_async",
                                run_get_rapid_review, CR_DB_REQUEST_READ);
}

CrRapidReview *
cr_database_get_rapid_review_finish (CrDatabase    *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_get_rapid_review_async, error);
}

/* ---- save_rapid_review: the lists ----------------------------------------------- */

static gint64
get_agency_id (CrRecord *record)
{
  const char *value = cr_record_get (record, "agency-id");
  gint64 agency_id = 0;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, 1, G_MAXINT64, &agency_id, NULL))
    return 0;
  return agency_id;
}

/* An agency newly chosen must exist and not be archived; one already
 * stored in this list stays valid even if it was archived since. */
static gboolean
check_new_agencies (CrDbWorker  *worker,
                    GListStore  *list,
                    GPtrArray   *stored,
                    const char  *label,
                    GError     **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < stored->len; i++)
    {
      gint64 agency_id = get_agency_id (g_ptr_array_index (stored, i));

      g_hash_table_add (known, g_memdup2 (&agency_id, sizeof agency_id));
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 agency_id = get_agency_id (record);

      if (!g_hash_table_contains (known, &agency_id) &&
          !_cr_db_check_agency (worker, agency_id, label, error))
        return FALSE;
    }

  return TRUE;
}

/* Replaces the stored list of @table by @list: rows are matched by
 * @match (a stored row whose match equals the new record's is updated in
 * place, so unchanged rows add nothing to the audit trail); stored rows
 * left over are deleted first, then new ones inserted. */
typedef gint64 (*MatchFunc) (CrRecord *record);

static gint64
match_id (CrRecord *record)
{
  return cr_record_get_id (record);
}

static gboolean
replace_list (CrDbWorker             *worker,
              const CrDbRecordTable  *table,
              gint64                  case_id,
              GPtrArray              *stored,
              GListStore             *list,
              MatchFunc               match,
              GError                **error)
{
  g_autoptr(GHashTable) by_match = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) kept = g_hash_table_new (NULL, NULL);
  GListModel *model = G_LIST_MODEL (list);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < stored->len; i++)
    {
      CrRecord *row = g_ptr_array_index (stored, i);
      gint64 key = match (row);

      if (key > 0)
        g_hash_table_insert (by_match, g_memdup2 (&key, sizeof key), row);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (model, i);
      gint64 key = match (record);
      CrRecord *row = key > 0 ? g_hash_table_lookup (by_match, &key) : NULL;

      if (row != NULL && !g_hash_table_contains (kept, row))
        g_hash_table_add (kept, row);
    }

  for (guint i = 0; i < stored->len; i++)
    {
      CrRecord *row = g_ptr_array_index (stored, i);

      if (!g_hash_table_contains (kept, row) &&
          !_cr_db_record_delete (worker, table, cr_record_get_id (row), case_id, error))
        return FALSE;
    }

  g_hash_table_remove_all (kept);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (model, i);
      gint64 key = match (record);
      CrRecord *row = key > 0 ? g_hash_table_lookup (by_match, &key) : NULL;

      if (row != NULL && !g_hash_table_contains (kept, row))
        {
          g_hash_table_add (kept, row);
          if (!_cr_db_record_update (worker, table, record, cr_record_get_id (row), case_id, error))
            return FALSE;
        }
      else if (!_cr_db_record_insert (worker, table, record, case_id, NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* Sign-offs match by partner: one row each. */
static gint64
match_partner (CrRecord *record)
{
  static const char * const partners[] = { "local-authority", "icb", "police" };
  const char *partner = cr_record_get (record, "partner");

  for (guint i = 0; i < G_N_ELEMENTS (partners); i++)
    if (g_strcmp0 (partner, partners[i]) == 0)
      return i + 1;
  return 0;
}

static gboolean
save_lists (CrDbWorker     *worker,
            CrRapidReview  *rapid_review,
            gint64          case_id,
            GError        **error)
{
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GPtrArray) sign_offs = NULL;

  if ((attendees = _cr_db_record_list (worker, &attendees_table, CR_TYPE_ATTENDEE,
                                       case_id, NULL, error)) == NULL ||
      (summaries = _cr_db_record_list (worker, &summaries_table, CR_TYPE_AGENCY_SUMMARY,
                                       case_id, NULL, error)) == NULL ||
      (sign_offs = _cr_db_record_list (worker, &sign_offs_table, CR_TYPE_SIGN_OFF,
                                       case_id, NULL, error)) == NULL)
    return FALSE;

  /* Attendees match by their id, summaries by their agency (one each),
   * sign-offs by partner. */
  return check_new_agencies (worker, cr_rapid_review_get_attendees (rapid_review), attendees,
                             _("Agency of an attendee"), error) &&
         check_new_agencies (worker, cr_rapid_review_get_summaries (rapid_review), summaries,
                             _("Agency of a summary"), error) &&
         replace_list (worker, &attendees_table, case_id, attendees,
                       cr_rapid_review_get_attendees (rapid_review), match_id, error) &&
         replace_list (worker, &summaries_table, case_id, summaries,
                       cr_rapid_review_get_summaries (rapid_review), get_agency_id, error) &&
         replace_list (worker, &sign_offs_table, case_id, sign_offs,
                       cr_rapid_review_get_sign_offs (rapid_review), match_partner, error);
}

/* ---- save_rapid_review: the record and the case ------------------------------- */

static gboolean
is_rapid_review_stage (CrCaseStatus status)
{
  return status == CR_CASE_STATUS_NOTIFIED ||
         status == CR_CASE_STATUS_RAPID_REVIEW ||
         status == CR_CASE_STATUS_RAPID_REVIEW_DECISION ||
         status == CR_CASE_STATUS_AWAITING_PANEL;
}

/* Whether the case may take this rapid review: it must have been notified
 * to the Panel; once past the rapid review its record may still be
 * completed, but the decision that led on cannot change. */
static gboolean
check_case_stage (CrCase         *kase,
                  CrRapidReview  *rapid_review,
                  CrRecord       *stored,
                  GError        **error)
{
  CrCaseStatus status = cr_case_get_status (kase);
  const char *decision = cr_record_get (CR_RECORD (rapid_review), "decision");

  if (status == CR_CASE_STATUS_REFERRED ||
      status == CR_CASE_STATUS_NOTIFICATION_DECISION ||
      status == CR_CASE_STATUS_NOT_NOTIFIABLE)
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION,
                   /* Translators: %s is a case status, such as "Referred" */
                   _("A rapid review follows the notification to the Panel, and this case is “%s”. Record the notification first."),
                   cr_case_status_to_label (status));
      return FALSE;
    }

  if (!is_rapid_review_stage (status) && stored != NULL &&
      g_strcmp0 (cr_record_get (stored, "decision"), decision) != 0)
    {
      g_set_error (error, CR_CASE_ERROR, CR_CASE_ERROR_ILLEGAL_TRANSITION,
                   /* Translators: %s is a case status, such as "LCSPR commissioning" */
                   _("The case has moved on from its rapid review (it is now “%s”), so the decision can no longer be changed. Keep the decision as it was."),
                   cr_case_status_to_label (status));
      return FALSE;
    }

  return TRUE;
}

/* The case's dates and review type from the review, then its moves. */
static gboolean
update_case (CrDbWorker     *worker,
             CrCase         *kase,
             CrRapidReview  *rapid_review,
             GError        **error)
{
  CrRecord *record = CR_RECORD (rapid_review);
  CrCaseStatus status = cr_case_get_status (kase);
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (CrCaseStatus));
  g_autoptr(CrDbStmt) update = NULL;
  g_autoptr(GError) local_error = NULL;

  cr_rapid_review_get_status_path (rapid_review, status, path);

  cr_case_set_decision_date (kase, cr_record_get (record, "decision-date"));
  cr_case_set_rr_sent_date (kase, cr_record_get (record, "report-sent-date"));
  /* During the rapid review the case's review type follows the decision;
   * later it is the case's own (set by the moves, or by hand). */
  if (is_rapid_review_stage (status))
    cr_case_set_review_type (kase, cr_rapid_review_get_review_type (rapid_review));

  if (!cr_case_validate (kase, &local_error))
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, local_error->message);
      return FALSE;
    }

  update = _cr_db_prepare (worker,
                           "UPDATE cases SET decision_date = ?2, rr_sent_date = ?3, review_type = ?4"
                           " WHERE id = ?1 AND (decision_date IS NOT ?2 OR rr_sent_date IS NOT ?3"
                           "                    OR review_type IS NOT ?4)",
                           error);
  if (update == NULL)
    return FALSE;

  sqlite3_bind_int64 (update, 1, cr_case_get_id (kase));
  sqlite3_bind_text (update, 2, cr_case_get_decision_date (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 3, cr_case_get_rr_sent_date (kase), -1, SQLITE_STATIC);
  sqlite3_bind_text (update, 4, _cr_db_enum_to_nick (CR_TYPE_REVIEW_TYPE, cr_case_get_review_type (kase)),
                     -1, SQLITE_STATIC);
  if (!_cr_db_step_done (worker, update, error))
    return FALSE;

  /* Each move is checked against the status it starts from, and written
   * on its own so that the audit trail shows every step. */
  for (guint i = 0; i < path->len; i++)
    if (!_cr_db_transition (worker, kase, g_array_index (path, CrCaseStatus, i), error))
      return FALSE;

  return TRUE;
}

static void
run_save_rapid_review (CrDbWorker *worker,
                       GTask      *task)
{
  CrRapidReview *rapid_review = g_task_get_task_data (task);
  gint64 case_id = cr_record_get_case_id (CR_RECORD (rapid_review));
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrCase) result = NULL;
  g_autoptr(GError) error = NULL;
  CrRecord *stored_record;

  normalise_rapid_review (rapid_review);
  if (!cr_record_validate (CR_RECORD (rapid_review), &error) ||
      (transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (kase = _cr_db_load_case (worker, case_id, NULL, &error)) == NULL ||
      (stored = _cr_db_record_list (worker, &rapid_reviews_table, CR_TYPE_RAPID_REVIEW,
                                    case_id, NULL, &error)) == NULL)
    goto fail;

  stored_record = stored->len > 0 ? g_ptr_array_index (stored, 0) : NULL;
  if (!check_case_stage (kase, rapid_review, stored_record, &error))
    goto fail;

  if (stored_record != NULL)
    {
      if (!_cr_db_record_update (worker, &rapid_reviews_table, CR_RECORD (rapid_review),
                                 case_id, case_id, &error))
        goto fail;
    }
  else if (!_cr_db_record_insert (worker, &rapid_reviews_table, CR_RECORD (rapid_review),
                                  case_id, NULL, &error))
    goto fail;

  if (!save_lists (worker, rapid_review, case_id, &error) ||
      !update_case (worker, kase, rapid_review, &error) ||
      (result = _cr_db_load_case (worker, case_id, NULL, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    goto fail;

  g_task_return_pointer (task, g_steal_pointer (&result), g_object_unref);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_save_rapid_review_async (CrDatabase          *self,
                                     CrRapidReview       *rapid_review,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (CR_IS_RAPID_REVIEW (rapid_review));
  g_return_if_fail (cr_record_get_case_id (CR_RECORD (rapid_review)) > 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_save_rapid_review_async,
                                "cr_database_save_rapid_review_async");
  g_task_set_task_data (task, copy_rapid_review (rapid_review), g_object_unref);
  _cr_database_submit (self, task, run_save_rapid_review, CR_DB_REQUEST_WRITE);
}

CrCase *
cr_database_save_rapid_review_finish (CrDatabase    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_save_rapid_review_async, error);
}
