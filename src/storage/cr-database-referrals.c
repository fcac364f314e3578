/* cr-database-referrals.c: recording a referral (the case, its children
 * with their restricted identity, the agencies involved, the parallel
 * processes and the referral record), and reading it back
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database.h"
#include "cr-database-private.h"

#include "cr-case-status.h"
#include "cr-parallel-process.h"
#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

/* The fields a referral shares with its case: kept in the case row only,
 * and copied into the referral when it is read. */
static const char * const case_level_fields[] = {
  "pseudonym", "summary", "incident-date", "aware-date", "notified-date", NULL
};

static const CrDbRecordTable referrals_table = { "referrals", "case_id", case_level_fields };
static const CrDbRecordTable processes_table = { "parallel_processes", "id", NULL };

/* The highest number a reference may carry ("CR-2026-999999"). */
#define MAX_REFERENCE_NUMBER 999999

typedef struct
{
  CrReferral *referral;   /* the thread's private copy */
  char       *prefix;
  gint64      case_id;
} ReferralData;

static void
referral_data_free (gpointer data)
{
  ReferralData *referral = data;

  g_clear_object (&referral->referral);
  g_free (referral->prefix);
  g_free (referral);
}

/* ---- Copies ------------------------------------------------------------------- */

/* A deep copy for the database thread: the caller may go on editing its
 * referral (and its children's identity) while the request waits. */
static CrReferral *
copy_referral (CrReferral *referral)
{
  g_autoptr(CrReferral) copy = cr_referral_new ();
  GListModel *children = G_LIST_MODEL (cr_referral_get_children (referral));
  GListModel *involvements = G_LIST_MODEL (cr_referral_get_involvements (referral));

  cr_record_copy_from (CR_RECORD (copy), CR_RECORD (referral));

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(CrChild) child = g_list_model_get_item (children, i);
      g_autoptr(CrChild) child_copy = cr_child_new ();
      CrIdentity *identity = cr_child_get_identity (child);

      cr_child_set_id (child_copy, cr_child_get_id (child));
      cr_child_set_case_id (child_copy, cr_child_get_case_id (child));
      cr_child_set_pseudonym (child_copy, cr_child_get_pseudonym (child));
      if (identity != NULL)
        {
          g_autoptr(CrIdentity) identity_copy = cr_identity_copy (identity);

          cr_child_set_identity (child_copy, identity_copy);
        }
      g_list_store_append (cr_referral_get_children (copy), child_copy);
    }

  for (guint i = 0; i < g_list_model_get_n_items (involvements); i++)
    {
      g_autoptr(CrInvolvement) involvement = g_list_model_get_item (involvements, i);
      g_autoptr(CrInvolvement) involvement_copy = cr_involvement_new ();

      cr_involvement_set_id (involvement_copy, cr_involvement_get_id (involvement));
      cr_involvement_set_case_id (involvement_copy, cr_involvement_get_case_id (involvement));
      cr_involvement_set_agency_id (involvement_copy, cr_involvement_get_agency_id (involvement));
      cr_involvement_set_agency_name (involvement_copy, cr_involvement_get_agency_name (involvement));
      cr_involvement_set_role (involvement_copy, cr_involvement_get_role (involvement));
      g_list_store_append (cr_referral_get_involvements (copy), involvement_copy);
    }

  _cr_db_record_copy_list (cr_referral_get_processes (copy), cr_referral_get_processes (referral));

  return g_steal_pointer (&copy);
}

static void
normalise_referral (CrReferral *referral)
{
  _cr_db_record_normalise (CR_RECORD (referral));
  _cr_db_record_normalise_list (cr_referral_get_processes (referral));
}

/* ---- The reference --------------------------------------------------------------- */

/* "PREFIX-YYYY-": LIKE's wildcards in @stem are escaped with '\'. */
static char *
escape_like (const char *stem)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = stem; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (escaped, '\\');
      g_string_append_c (escaped, *p);
    }
  g_string_append_c (escaped, '%');
  return g_string_free (escaped, FALSE);
}

/*
 * The next free "PREFIX-YYYY-NNN": one more than the highest number
 * stored for that prefix and year (as the new case dialog suggests it),
 * read inside the write transaction so that two referrals recorded at
 * once, even by two programs, never get the same one.
 */
static char *
next_reference (CrDbWorker  *worker,
                const char  *prefix,
                int          year,
                GError     **error)
{
  g_autofree char *stem = g_strdup_printf ("%s-%04d-", prefix, year);
  g_autofree char *pattern = escape_like (stem);
  g_autoptr(CrDbStmt) stmt = NULL;
  gsize stem_len = strlen (stem);
  guint64 highest = 0;
  int rc;

  stmt = _cr_db_prepare (worker, "SELECT reference FROM cases WHERE reference LIKE ?1 ESCAPE '\\'", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *reference = _cr_db_column_text (stmt, 0);
      guint64 number;

      if (reference != NULL && strlen (reference) > stem_len &&
          g_ascii_strncasecmp (reference, stem, stem_len) == 0 &&
          g_ascii_string_to_unsigned (reference + stem_len, 10, 0, MAX_REFERENCE_NUMBER, &number, NULL))
        highest = MAX (highest, number);
    }
  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (worker->db, rc, error);
      return NULL;
    }

  if (highest >= MAX_REFERENCE_NUMBER)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %s is the start of a reference, such as "CR-2026-" */
                   _("Every reference starting “%s” is taken. Choose another reference prefix in the preferences."),
                   stem);
      return NULL;
    }

  return g_strdup_printf ("%s%03" G_GUINT64_FORMAT, stem, highest + 1);
}

/* ---- create_referral ----------------------------------------------------------------- */

static gboolean
validate_referral (CrReferral  *referral,
                   const char  *prefix,
                   GError     **error)
{
  if (prefix == NULL || *prefix == '\0' || strlen (prefix) > 20 ||
      strspn (prefix, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-/") != strlen (prefix))
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                           _("The reference prefix must be 1 to 20 letters, digits, “-” or “/”, such as “CR”. Change it in the preferences."));
      return FALSE;
    }

  /* Every step as the assistant checks it, then the record as a whole. */
  for (CrReferralStep step = 0; step < CR_REFERRAL_N_STEPS; step++)
    if (!cr_referral_check_step (referral, step, NULL, error))
      return FALSE;

  return cr_record_validate (CR_RECORD (referral), error);
}

static CrCase *
build_case (CrReferral *referral,
            const char *reference)
{
  CrRecord *record = CR_RECORD (referral);
  CrCase *kase = cr_case_new ();

  cr_case_set_reference (kase, reference);
  cr_case_set_pseudonym (kase, cr_record_get (record, "pseudonym"));
  cr_case_set_summary (kase, cr_record_get (record, "summary"));
  cr_case_set_incident_date (kase, cr_record_get (record, "incident-date"));
  cr_case_set_aware_date (kase, cr_record_get (record, "aware-date"));
  cr_case_set_notified_date (kase, cr_record_get (record, "notified-date"));
  cr_case_set_status (kase, cr_referral_get_initial_status (referral));
  return kase;
}

static gboolean
insert_involvement (CrDbWorker  *worker,
                    gint64       case_id,
                    gint64       agency_id,
                    const char  *role,
                    GError     **error)
{
  g_autoptr(CrDbStmt) insert = NULL;
  g_autofree char *normal = NULL;

  if (!_cr_db_check_agency (worker, agency_id, _("Agency involved"), error) ||
      !_cr_db_normalise_text (role, _("Role of the agency"), 200, FALSE, FALSE, &normal, error))
    return FALSE;

  insert = _cr_db_prepare (worker, "INSERT INTO involvements (case_id, agency_id, role) VALUES (?1, ?2, ?3)",
                           error);
  if (insert == NULL)
    return FALSE;

  sqlite3_bind_int64 (insert, 1, case_id);
  sqlite3_bind_int64 (insert, 2, agency_id);
  sqlite3_bind_text (insert, 3, normal, -1, SQLITE_STATIC);
  return _cr_db_step_done (worker, insert, error);
}

static gboolean
insert_lists (CrDbWorker  *worker,
              CrReferral  *referral,
              gint64       case_id,
              GError     **error)
{
  GListModel *children = G_LIST_MODEL (cr_referral_get_children (referral));
  GListModel *involvements = G_LIST_MODEL (cr_referral_get_involvements (referral));
  const char *referrer_id = cr_record_get (CR_RECORD (referral), "referring-agency-id");
  gint64 referrer = 0;
  gboolean referrer_listed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(CrChild) child = g_list_model_get_item (children, i);

      if (!_cr_db_insert_person (worker, TRUE, case_id, cr_child_get_pseudonym (child), NULL,
                                 cr_child_get_identity (child), NULL, error))
        return FALSE;
    }

  if (referrer_id == NULL || !g_ascii_string_to_signed (referrer_id, 10, 1, G_MAXINT64, &referrer, NULL))
    referrer = 0;

  for (guint i = 0; i < g_list_model_get_n_items (involvements); i++)
    {
      g_autoptr(CrInvolvement) involvement = g_list_model_get_item (involvements, i);

      if (cr_involvement_get_agency_id (involvement) == referrer)
        referrer_listed = TRUE;
      if (!insert_involvement (worker, case_id, cr_involvement_get_agency_id (involvement),
                               cr_involvement_get_role (involvement), error))
        return FALSE;
    }

  /* The referring agency is involved, whether or not it was listed. The
   * role is one of CrInvolvement's suggestions, in the user's language. */
  if (referrer > 0 && !referrer_listed &&
      !insert_involvement (worker, case_id, referrer, _("Referring agency"), error))
    return FALSE;

  return TRUE;
}

static gboolean
insert_processes (CrDbWorker  *worker,
                  CrReferral  *referral,
                  gint64       case_id,
                  GError     **error)
{
  GListModel *processes = G_LIST_MODEL (cr_referral_get_processes (referral));

  for (guint i = 0; i < g_list_model_get_n_items (processes); i++)
    {
      g_autoptr(CrRecord) process = g_list_model_get_item (processes, i);

      if (!_cr_db_record_insert (worker, &processes_table, process, case_id, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_referring_agency (CrDbWorker  *worker,
                        CrReferral  *referral,
                        GError     **error)
{
  const char *value = cr_record_get (CR_RECORD (referral), "referring-agency-id");
  gint64 agency_id;

  if (value == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (value, 10, 1, G_MAXINT64, &agency_id, NULL))
    agency_id = 0;
  return _cr_db_check_agency (worker, agency_id, _("Referring agency"), error);
}

static void
run_create_referral (CrDbWorker *worker,
                     GTask      *task)
{
  ReferralData *data = g_task_get_task_data (task);
  CrReferral *referral = data->referral;
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reference = NULL;
  GDate referral_date;
  gint64 case_id = 0;

  normalise_referral (referral);
  if (!validate_referral (referral, data->prefix, &error))
    goto fail;

  /* check_step made sure the referral date is a real day. */
  cr_date_parse_iso (cr_record_get (CR_RECORD (referral), "referral-date"), &referral_date);

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !check_referring_agency (worker, referral, &error) ||
      (reference = next_reference (worker, data->prefix, g_date_get_year (&referral_date), &error)) == NULL)
    goto fail;

  kase = build_case (referral, reference);
  if (!_cr_db_insert_case (worker, kase, &case_id, &error) ||
      !insert_lists (worker, referral, case_id, &error) ||
      !insert_processes (worker, referral, case_id, &error) ||
      !_cr_db_record_insert (worker, &referrals_table, CR_RECORD (referral), case_id, NULL, &error) ||
      (stored = _cr_db_load_case (worker, case_id, NULL, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    goto fail;

  g_task_return_pointer (task, g_steal_pointer (&stored), g_object_unref);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_create_referral_async (CrDatabase          *self,
                                   CrReferral          *referral,
                                   const char          *reference_prefix,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  ReferralData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (CR_IS_REFERRAL (referral));
  g_return_if_fail (reference_prefix != NULL);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_create_referral_async,
                                "cr_database_create_referral_async");
  data = g_new0 (ReferralData, 1);
  data->referral = copy_referral (referral);
  data->prefix = g_strstrip (g_strdup (reference_prefix));
  g_task_set_task_data (task, data, referral_data_free);
  _cr_database_submit (self, task, run_create_referral, CR_DB_REQUEST_WRITE);
}

CrCase *
cr_database_create_referral_finish (CrDatabase    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_create_referral_async, error);
}

/* ---- The referral record of an existing case (demo data) ------------------------ */

static void
run_add_referral_record (CrDbWorker *worker,
                         GTask      *task)
{
  ReferralData *data = g_task_get_task_data (task);
  CrReferral *referral = data->referral;
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;

  normalise_referral (referral);
  if (!cr_record_validate (CR_RECORD (referral), &error) ||
      (transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !_cr_db_require_case (worker, data->case_id, &error) ||
      !check_referring_agency (worker, referral, &error) ||
      !insert_processes (worker, referral, data->case_id, &error) ||
      !_cr_db_record_insert (worker, &referrals_table, CR_RECORD (referral), data->case_id, NULL, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
_cr_database_add_referral_record_async (CrDatabase          *self,
                                        CrReferral          *referral,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  ReferralData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (CR_IS_REFERRAL (referral));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                _cr_database_add_referral_record_async,
                                "_cr_database_add_referral_record_async");
  data = g_new0 (ReferralData, 1);
  data->referral = copy_referral (referral);
  data->case_id = cr_record_get_case_id (CR_RECORD (referral));
  g_task_set_task_data (task, data, referral_data_free);
  _cr_database_submit (self, task, run_add_referral_record, CR_DB_REQUEST_WRITE);
}

gboolean
_cr_database_add_referral_record_finish (CrDatabase    *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == _cr_database_add_referral_record_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- get_referral / list_processes --------------------------------------------- */

static gboolean
read_children (CrDbWorker  *worker,
               CrReferral  *referral,
               gint64       case_id,
               GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  int rc;

  /* Pseudonyms only: the identity is read by an audited reveal. */
  stmt = _cr_db_prepare (worker, "SELECT id, pseudonym FROM children WHERE case_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CrChild) child = cr_child_new ();

      cr_child_set_id (child, sqlite3_column_int64 (stmt, 0));
      cr_child_set_case_id (child, case_id);
      cr_child_set_pseudonym (child, _cr_db_column_text (stmt, 1));
      g_list_store_append (cr_referral_get_children (referral), child);
    }
  if (rc != SQLITE_DONE)
    return _cr_db_set_error (worker->db, rc, error);
  return TRUE;
}

static gboolean
read_involvements (CrDbWorker  *worker,
                   CrReferral  *referral,
                   gint64       case_id,
                   GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  int rc;

  stmt = _cr_db_prepare (worker,
                         "SELECT i.id, i.agency_id, a.name, i.role"
                         "  FROM involvements i JOIN agencies a ON a.id = i.agency_id"
                         " WHERE i.case_id = ?1 ORDER BY a.name, i.id",
                         error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CrInvolvement) involvement = cr_involvement_new ();

      cr_involvement_set_id (involvement, sqlite3_column_int64 (stmt, 0));
      cr_involvement_set_case_id (involvement, case_id);
      cr_involvement_set_agency_id (involvement, sqlite3_column_int64 (stmt, 1));
      cr_involvement_set_agency_name (involvement, _cr_db_column_text (stmt, 2));
      cr_involvement_set_role (involvement, _cr_db_column_text (stmt, 3));
      g_list_store_append (cr_referral_get_involvements (referral), involvement);
    }
  if (rc != SQLITE_DONE)
    return _cr_db_set_error (worker->db, rc, error);
  return TRUE;
}

static void
run_get_referral (CrDbWorker *worker,
                  GTask      *task)
{
  gint64 case_id = *(gint64 *) g_task_get_task_data (task);
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrReferral) referral = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) processes = NULL;
  g_autoptr(GError) error = NULL;

  if ((kase = _cr_db_load_case (worker, case_id, NULL, &error)) == NULL ||
      (rows = _cr_db_record_list (worker, &referrals_table, CR_TYPE_REFERRAL, case_id, NULL, &error)) == NULL)
    goto fail;

  if (rows->len > 0)
    referral = g_object_ref (g_ptr_array_index (rows, 0));
  else
    {
      /* Recorded without the assistant: only what the case holds. */
      referral = cr_referral_new ();
      cr_record_set_case_id (CR_RECORD (referral), case_id);
    }

  cr_record_set (CR_RECORD (referral), "pseudonym", cr_case_get_pseudonym (kase));
  cr_record_set (CR_RECORD (referral), "summary", cr_case_get_summary (kase));
  cr_record_set (CR_RECORD (referral), "incident-date", cr_case_get_incident_date (kase));
  cr_record_set (CR_RECORD (referral), "aware-date", cr_case_get_aware_date (kase));
  cr_record_set (CR_RECORD (referral), "notified-date", cr_case_get_notified_date (kase));

  if (!read_children (worker, referral, case_id, &error) ||
      !read_involvements (worker, referral, case_id, &error) ||
      (processes = _cr_db_record_list (worker, &processes_table, CR_TYPE_PARALLEL_PROCESS,
                                       case_id, "t.id", &error)) == NULL)
    goto fail;

  g_list_store_splice (cr_referral_get_processes (referral), 0, 0, processes->pdata, processes->len);

  g_task_return_pointer (task, g_steal_pointer (&referral), g_object_unref);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_get_referral_async (CrDatabase          *self,
                                gint64               case_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_get_referral_async, "cr_database_get_referral_async");
  g_task_set_task_data (task, g_memdup2 (&case_id, sizeof case_id), g_free);
  _cr_database_submit (self, task, run_get_referral, CR_DB_REQUEST_READ);
}

CrReferral *
cr_database_get_referral_finish (CrDatabase    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_get_referral_async, error);
}

static void
run_list_processes (CrDbWorker *worker,
                    GTask      *task)
{
  gint64 case_id = *(gint64 *) g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GPtrArray *processes = NULL;

  if (!_cr_db_require_case (worker, case_id, &error) ||
      (processes = _cr_db_record_list (worker, &processes_table, CR_TYPE_PARALLEL_PROCESS,
                                       case_id, "t.id", &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, processes, (GDestroyNotify) g_ptr_array_unref);
}

void
cr_database_list_processes_async (CrDatabase          *self,
                                  gint64               case_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_list_processes_async, "cr_database_list_processes_async");
  g_task_set_task_data (task, g_memdup2 (&case_id, sizeof case_id), g_free);
  _cr_database_submit (self, task, run_list_processes, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_list_processes_finish (CrDatabase    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_list_processes_async, error);
}
