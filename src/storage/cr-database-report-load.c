/* cr-database-report-load.c: everything the report is made from, and what
 * the anonymisation check looks for, each read in one transaction
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-chronology-private.h"
#include "cr-database-report.h"
#include "cr-database-report-private.h"
#include "cr-database-review-private.h"


#define EVIDENCE_SQL \
  "SELECT fe.finding_id, " CR_DB_CHRONOLOGY_ENTRY_COLUMNS \
  "  FROM finding_evidence fe" \
  "  JOIN chronology_entries e ON e.id = fe.entry_id" \
  CR_DB_CHRONOLOGY_ENTRY_JOINS \
  " WHERE fe.case_id = ?1" \
  " ORDER BY e.day, e.minutes, e.id"

/* The lead reviewer first, then as added. */
#define REVIEWERS_SQL \
  "SELECT name FROM reviewers WHERE case_id = ?1" \
  " ORDER BY CASE role WHEN 'lead-reviewer' THEN 0 WHEN 'co-reviewer' THEN 1 ELSE 2 END, id"

#define PEOPLE_SQL \
  "SELECT id, pseudonym, 1 FROM children WHERE case_id = ?1" \
  " UNION ALL SELECT id, pseudonym, 0 FROM family_members WHERE case_id = ?1" \
  " ORDER BY 3 DESC, 1"

static GPtrArray *
list_records (CrDbWorker  *worker,
              GType        type,
              gint64       case_id,
              GError     **error)
{
  return _cr_db_review_list (worker, type, case_id, error);
}

static gboolean
read_sections (CrDbWorker      *worker,
               CrReviewReport  *report,
               gint64           case_id,
               GError         **error)
{
  g_autoptr(GPtrArray) sections = _cr_db_report_read_sections (worker, case_id, error);

  if (sections == NULL)
    return FALSE;

  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    {
      g_autoptr(CrRichText) text = cr_rich_text_parse (g_ptr_array_index (sections, i));

      cr_review_report_set_section (report, (CrReportSection) i, text);
    }
  return TRUE;
}

static gboolean
read_evidence (CrDbWorker      *worker,
               CrReviewReport  *report,
               gint64           case_id,
               GError         **error)
{
  g_autoptr(CrDbStmt) stmt = _cr_db_prepare (worker, EVIDENCE_SQL, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CrChronologyEntry) entry = _cr_db_chronology_read_entry (stmt, 1, case_id);

      cr_review_report_add_evidence (report, sqlite3_column_int64 (stmt, 0), entry);
    }

  if (rc != SQLITE_DONE)
    return _cr_db_set_error (worker->db, rc, error);
  return TRUE;
}

static gboolean
read_reviewers (CrDbWorker      *worker,
                CrReviewReport  *report,
                gint64           case_id,
                GError         **error)
{
  g_autoptr(CrDbStmt) stmt = _cr_db_prepare (worker, REVIEWERS_SQL, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    cr_review_report_add_reviewer (report, _cr_db_column_text (stmt, 0));

  if (rc != SQLITE_DONE)
    return _cr_db_set_error (worker->db, rc, error);
  return TRUE;
}

static CrReviewReport *
load_report (CrDbWorker  *worker,
             gint64       case_id,
             GError     **error)
{
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) recommendations = NULL;
  g_autoptr(GPtrArray) briefings = NULL;

  if ((kase = _cr_db_load_case (worker, case_id, NULL, error)) == NULL)
    return NULL;

  report = cr_review_report_new (kase);
  if (!read_sections (worker, report, case_id, error) ||
      (findings = list_records (worker, CR_TYPE_FINDING, case_id, error)) == NULL ||
      !read_evidence (worker, report, case_id, error) ||
      (recommendations = list_records (worker, CR_TYPE_RECOMMENDATION, case_id, error)) == NULL ||
      !read_reviewers (worker, report, case_id, error) ||
      (briefings = list_records (worker, CR_TYPE_BRIEFING, case_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < findings->len; i++)
    cr_review_report_add_finding (report, g_ptr_array_index (findings, i));
  for (guint i = 0; i < recommendations->len; i++)
    cr_review_report_add_recommendation (report, g_ptr_array_index (recommendations, i));
  if (briefings->len > 0)
    cr_review_report_set_briefing (report, g_ptr_array_index (briefings, 0));

  return g_steal_pointer (&report);
}

static void
run_load_review_report (CrDbWorker *worker,
                        GTask      *task)
{
  gint64 case_id = *(gint64 *) g_task_get_task_data (task);
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  /* One read transaction, so that the parts agree. */
  if (!_cr_db_exec (worker->db, "BEGIN", &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  report = load_report (worker, case_id, &error);
  if (report == NULL)
    {
      sqlite3_exec (worker->db, "ROLLBACK", NULL, NULL, NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  sqlite3_exec (worker->db, "COMMIT", NULL, NULL, NULL);

  g_task_return_pointer (task, g_steal_pointer (&report), g_object_unref);
}

void
cr_database_load_review_report_async (CrDatabase          *self,
                                      gint64               case_id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);

  _cr_database_submit_for_case (self, case_id, cancellable, callback, user_data,
                                cr_database_load_review_report_async,
                                "cr_database_load_review_report_async",
                                run_load_review_report, CR_DB_REQUEST_READ);
}

CrReviewReport *
cr_database_load_review_report_finish (CrDatabase    *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_load_review_report_async, error);
}

/* ---- load_anonymisation_terms ------------------------------------------------------- */

/* The real name, date of birth and address of one person, as known. */
static gboolean
add_person (CrDbWorker            *worker,
            CrAnonymisationTerms  *terms,
            gint64                 person_id,
            const char            *pseudonym,
            gboolean               is_child,
            GError               **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autofree char *name = NULL;
  g_autofree char *date_of_birth = NULL;
  g_autofree char *address = NULL;
  int rc;

  stmt = _cr_db_prepare (worker,
                         is_child
                           ? "SELECT field, value FROM identity_fields WHERE child_id = ?1 AND state = 'known'"
                           : "SELECT field, value FROM identity_fields WHERE family_member_id = ?1 AND state = 'known'",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *field = _cr_db_column_text (stmt, 0);
      char **target = NULL;

      if (g_strcmp0 (field, "name") == 0)
        target = &name;
      else if (g_strcmp0 (field, "date-of-birth") == 0)
        target = &date_of_birth;
      else if (g_strcmp0 (field, "address") == 0)
        target = &address;

      if (target != NULL)
        {
          g_free (*target);
          *target = g_strdup (_cr_db_column_text (stmt, 1));
        }
    }
  if (rc != SQLITE_DONE)
    return _cr_db_set_error (worker->db, rc, error);

  cr_anonymisation_terms_add_person (terms, pseudonym, is_child, name, date_of_birth, address);
  return TRUE;
}

static gboolean
add_people (CrDbWorker            *worker,
            CrAnonymisationTerms  *terms,
            gint64                 case_id,
            GError               **error)
{
  g_autoptr(CrDbStmt) stmt = _cr_db_prepare (worker, PEOPLE_SQL, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) pseudonyms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) children = g_array_new (FALSE, FALSE, sizeof (gboolean));
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);

  /* Read first: the cached statement of each person's fields is another. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gboolean is_child = sqlite3_column_int (stmt, 2) != 0;

      g_array_append_val (ids, id);
      g_ptr_array_add (pseudonyms, g_strdup (_cr_db_column_text (stmt, 1)));
      g_array_append_val (children, is_child);
    }
  if (rc != SQLITE_DONE)
    return _cr_db_set_error (worker->db, rc, error);

  for (guint i = 0; i < ids->len; i++)
    if (!add_person (worker, terms, g_array_index (ids, gint64, i), g_ptr_array_index (pseudonyms, i),
                     g_array_index (children, gboolean, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
write_check_audit (CrDbWorker  *worker,
                   gint64       case_id,
                   GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;

  stmt = _cr_db_prepare (worker,
                         "INSERT INTO audit (os_user, action, entity, entity_id, case_id, field)"
                         " VALUES (cr_os_user (), 'reveal', 'case', ?1, ?1, 'anonymisation-check')",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return _cr_db_step_done (worker, stmt, error);
}

static CrAnonymisationTerms *
load_terms (CrDbWorker  *worker,
            gint64       case_id,
            GError     **error)
{
  g_autoptr(CrAnonymisationTerms) terms = cr_anonymisation_terms_new ();
  g_autoptr(CrCase) kase = NULL;
  g_autoptr(GPtrArray) identifiers = NULL;

  if ((kase = _cr_db_load_case (worker, case_id, NULL, error)) == NULL ||
      !add_people (worker, terms, case_id, error) ||
      (identifiers = list_records (worker, CR_TYPE_CASE_IDENTIFIER, case_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < identifiers->len; i++)
    cr_anonymisation_terms_add_identifier (terms, g_ptr_array_index (identifiers, i));
  if (cr_case_get_incident_date (kase) != NULL)
    cr_anonymisation_terms_set_incident_date (terms, cr_case_get_incident_date (kase));

  /* The restricted details are read with a record of it, as a reveal is:
   * if the audit row cannot be written, nothing is read. */
  if (!write_check_audit (worker, case_id, error))
    return NULL;

  return g_steal_pointer (&terms);
}

static void
run_load_terms (CrDbWorker *worker,
                GTask      *task)
{
  gint64 case_id = *(gint64 *) g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrAnonymisationTerms) terms = NULL;
  g_autoptr(GError) error = NULL;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (terms = load_terms (worker, case_id, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&terms), g_object_unref);
}

void
cr_database_load_anonymisation_terms_async (CrDatabase          *self,
                                            gint64               case_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);

  _cr_database_submit_for_case (self, case_id, cancellable, callback, user_data,
                                cr_database_load_anonymisation_terms_async,
                                "cr_database_load_anonymisation_terms_async",
                                run_load_terms, CR_DB_REQUEST_WRITE);
}

CrAnonymisationTerms *
cr_database_load_anonymisation_terms_finish (CrDatabase    *self,
                                             GAsyncResult  *result,
                                             GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_load_anonymisation_terms_async, error);
}
