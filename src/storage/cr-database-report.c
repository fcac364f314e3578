/* cr-database-report.c: the sections of the review report, and the
 * chronology entries that evidence its findings
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-report.h"
#include "cr-database-report-private.h"

#include "cr-rich-text.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * A section is saved as the reviewer types (the editor saves a second or
 * two after the last key), so its audit rows are coalesced: one "N words"
 * row per section and ten minutes. Nothing is written, and the case does
 * not move, when the text is what is stored.
 */

#define SECTION_AUDIT_SQL \
  "INSERT INTO audit (os_user, action, entity, entity_id, case_id, field, old_value, new_value)" \
  " SELECT cr_os_user (), 'update', 'report-section', ?1, ?1, ?2, NULL, ?3" \
  "  WHERE ?4 OR NOT EXISTS (SELECT 1 FROM audit a" \
  "                 WHERE a.entity = 'report-section' AND a.entity_id = ?1 AND a.field = ?2" \
  "                   AND a.at > strftime ('%Y-%m-%dT%H:%M:%SZ', 'now', '-10 minutes'))"

guint
_cr_db_report_count_words (const char *markup)
{
  g_autoptr(CrRichText) text = NULL;

  if (markup == NULL || *markup == '\0')
    return 0;

  text = cr_rich_text_parse (markup);
  return cr_rich_text_count_words (text);
}

char *
_cr_db_report_normalise_markup (const char       *markup,
                                CrReportSection   section,
                                GError          **error)
{
  g_autofree char *valid = NULL;
  g_autofree char *normal = NULL;
  gsize length;

  if (markup == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (markup, -1);
  normal = g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
  if (normal == NULL)
    normal = g_strdup ("");

  length = strlen (normal);
  if (length > CR_DB_REPORT_SECTION_MAX_BYTES)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (CR_DB_REPORT_SECTION_MAX_BYTES);

      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: the first %s is a section's title ("Analysis"), then sizes ("612.3 kB") */
                   _("The section “%s” is too long to keep (%s; at most %s). Split it: move part of it into another section, or into an appendix document."),
                   cr_report_section_get_title (section), size, limit);
      return NULL;
    }

  return g_steal_pointer (&normal);
}

GPtrArray *
_cr_db_report_read_sections (CrDbWorker  *worker,
                             gint64       case_id,
                             GError     **error)
{
  g_autoptr(GPtrArray) sections = g_ptr_array_new_full (CR_REPORT_N_SECTIONS, g_free);
  g_autoptr(CrDbStmt) stmt = NULL;
  int rc;

  for (guint i = 0; i < CR_REPORT_N_SECTIONS; i++)
    g_ptr_array_add (sections, g_strdup (""));

  stmt = _cr_db_prepare (worker, "SELECT section, body FROM report_sections WHERE case_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrReportSection section;
      const char *body = _cr_db_column_text (stmt, 1);

      /* The schema's CHECK lists the keys; one this build does not know
       * cannot be shown, so it is left as it is. */
      if (!cr_report_section_from_key (_cr_db_column_text (stmt, 0), &section))
        continue;
      g_free (g_ptr_array_index (sections, section));
      g_ptr_array_index (sections, section) = g_strdup (body != NULL ? body : "");
    }

  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (worker->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&sections);
}

/* The stored markup of one section, or NULL (no error) when none is. */
static gboolean
read_section (CrDbWorker       *worker,
              gint64            case_id,
              CrReportSection   section,
              char            **out_body,
              GError          **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  int rc;

  stmt = _cr_db_prepare (worker, "SELECT body FROM report_sections WHERE case_id = ?1 AND section = ?2",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_text (stmt, 2, cr_report_section_to_key (section), -1, SQLITE_STATIC);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_body = g_strdup (_cr_db_column_text (stmt, 0));
  else if (rc == SQLITE_DONE)
    *out_body = NULL;
  else
    return _cr_db_set_error (worker->db, rc, error);
  return TRUE;
}

gboolean
_cr_db_report_write_section (CrDbWorker       *worker,
                             gint64            case_id,
                             CrReportSection   section,
                             const char       *markup,
                             const char       *note,
                             gboolean         *written,
                             GError          **error)
{
  g_autoptr(CrDbStmt) upsert = NULL;
  g_autoptr(CrDbStmt) audit = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *words = NULL;
  guint n_words;

  if (written != NULL)
    *written = FALSE;

  if (!read_section (worker, case_id, section, &stored, error))
    return FALSE;
  if (g_strcmp0 (stored != NULL ? stored : "", markup) == 0)
    return TRUE;

  upsert = _cr_db_prepare (worker,
                           "INSERT INTO report_sections (case_id, section, body) VALUES (?1, ?2, ?3)"
                           " ON CONFLICT (case_id, section) DO UPDATE"
                           "   SET body = excluded.body,"
                           "       updated_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now')",
                           error);
  if (upsert == NULL)
    return FALSE;
  sqlite3_bind_int64 (upsert, 1, case_id);
  sqlite3_bind_text (upsert, 2, cr_report_section_to_key (section), -1, SQLITE_STATIC);
  sqlite3_bind_text (upsert, 3, markup, -1, SQLITE_STATIC);
  if (!_cr_db_step_done (worker, upsert, error))
    return FALSE;

  /* The audit trail keeps the size of the text, never the text. */
  n_words = _cr_db_report_count_words (markup);
  words = g_strdup_printf ("%u %s%s%s", n_words, n_words == 1 ? "word" : "words",
                           note != NULL ? ", " : "", note != NULL ? note : "");
  audit = _cr_db_prepare (worker, SECTION_AUDIT_SQL, error);
  if (audit == NULL)
    return FALSE;
  sqlite3_bind_int64 (audit, 1, case_id);
  sqlite3_bind_text (audit, 2, cr_report_section_to_key (section), -1, SQLITE_STATIC);
  sqlite3_bind_text (audit, 3, words, -1, SQLITE_STATIC);
  sqlite3_bind_int (audit, 4, note != NULL);
  if (!_cr_db_step_done (worker, audit, error))
    return FALSE;

  if (written != NULL)
    *written = TRUE;
  return TRUE;
}

/* ---- load_report_sections ---------------------------------------------------------- */

static void
run_load_sections (CrDbWorker *worker,
                   GTask      *task)
{
  gint64 case_id = *(gint64 *) g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GPtrArray *sections = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!_cr_db_require_case (worker, case_id, &error) ||
      (sections = _cr_db_report_read_sections (worker, case_id, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, sections, (GDestroyNotify) g_ptr_array_unref);
}

void
cr_database_load_report_sections_async (CrDatabase          *self,
                                        gint64               case_id,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);

  _cr_database_submit_for_case (self, case_id, cancellable, callback, user_data,
                                cr_database_load_report_sections_async,
                                "cr_database_load_report_sections_async",
                                run_load_sections, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_load_report_sections_finish (CrDatabase    *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_load_report_sections_async, error);
}

/* ---- save_report_section ----------------------------------------------------------- */

typedef struct
{
  gint64           case_id;
  CrReportSection  section;
  char            *markup;
} SectionData;

static void
section_data_free (SectionData *data)
{
  g_free (data->markup);
  g_free (data);
}

static void
run_save_section (CrDbWorker *worker,
                  GTask      *task)
{
  SectionData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *markup = NULL;

  if ((markup = _cr_db_report_normalise_markup (data->markup, data->section, &error)) == NULL ||
      (transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !_cr_db_require_case (worker, data->case_id, &error) ||
      !_cr_db_report_write_section (worker, data->case_id, data->section, markup, NULL, NULL, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
cr_database_save_report_section_async (CrDatabase          *self,
                                       gint64               case_id,
                                       CrReportSection      section,
                                       const char          *markup,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  SectionData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (case_id > 0);
  g_return_if_fail ((guint) section < CR_REPORT_N_SECTIONS);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_save_report_section_async,
                                "cr_database_save_report_section_async");
  data = g_new0 (SectionData, 1);
  data->case_id = case_id;
  data->section = section;
  data->markup = g_strdup (markup);
  g_task_set_task_data (task, data, (GDestroyNotify) section_data_free);
  _cr_database_submit (self, task, run_save_section, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_save_report_section_finish (CrDatabase    *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_save_report_section_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- finding evidence --------------------------------------------------------------- */

typedef struct
{
  gint64  finding_id;
  GArray *entry_ids;   /* gint64 */
} EvidenceData;

static void
evidence_data_free (EvidenceData *data)
{
  g_clear_pointer (&data->entry_ids, g_array_unref);
  g_free (data);
}

/* The case of finding @finding_id, or NOT_FOUND. */
static gboolean
lookup_finding_case (CrDbWorker  *worker,
                     gint64       finding_id,
                     gint64      *case_id,
                     GError     **error)
{
  g_autoptr(CrDbStmt) stmt = _cr_db_prepare (worker, "SELECT case_id FROM findings WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, finding_id);
  if (!_cr_db_step_one (worker, stmt, error, "%s",
                        _("The finding was not found. It may have been removed; reload the report.")))
    return FALSE;

  *case_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
check_entry (CrDbWorker  *worker,
             gint64       entry_id,
             gint64       case_id,
             GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = _cr_db_prepare (worker, "SELECT 1 FROM chronology_entries WHERE id = ?1 AND case_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  sqlite3_bind_int64 (stmt, 2, case_id);
  if (_cr_db_step_one (worker, stmt, &local_error, "%s", ""))
    return TRUE;

  if (g_error_matches (local_error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND))
    g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                         _("A chronology entry chosen as evidence is not in this case’s chronology. It may have been removed with its import; reload the chronology and choose the entries again."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static GArray *
read_evidence (CrDbWorker  *worker,
               gint64       finding_id,
               GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(CrDbStmt) stmt = NULL;
  int rc;

  stmt = _cr_db_prepare (worker,
                         "SELECT fe.entry_id FROM finding_evidence fe"
                         "  JOIN chronology_entries e ON e.id = fe.entry_id"
                         " WHERE fe.finding_id = ?1"
                         " ORDER BY e.day, e.minutes, e.id",
                         error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, finding_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (worker->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

static gboolean
contains_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static gboolean
set_evidence (CrDbWorker    *worker,
              EvidenceData  *data,
              GError       **error)
{
  g_autoptr(GArray) stored = NULL;
  gint64 case_id = 0;

  if (!lookup_finding_case (worker, data->finding_id, &case_id, error))
    return FALSE;

  for (guint i = 0; i < data->entry_ids->len; i++)
    if (!check_entry (worker, g_array_index (data->entry_ids, gint64, i), case_id, error))
      return FALSE;

  if ((stored = read_evidence (worker, data->finding_id, error)) == NULL)
    return FALSE;

  /* Only the links that change are written, each audited. */
  for (guint i = 0; i < stored->len; i++)
    {
      gint64 id = g_array_index (stored, gint64, i);
      g_autoptr(CrDbStmt) stmt = NULL;

      if (contains_id (data->entry_ids, id))
        continue;
      stmt = _cr_db_prepare (worker, "DELETE FROM finding_evidence WHERE finding_id = ?1 AND entry_id = ?2",
                             error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, data->finding_id);
      sqlite3_bind_int64 (stmt, 2, id);
      if (!_cr_db_step_done (worker, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < data->entry_ids->len; i++)
    {
      gint64 id = g_array_index (data->entry_ids, gint64, i);
      g_autoptr(CrDbStmt) stmt = NULL;

      if (contains_id (stored, id))
        continue;
      stmt = _cr_db_prepare (worker,
                             "INSERT OR IGNORE INTO finding_evidence (finding_id, entry_id, case_id)"
                             " VALUES (?1, ?2, ?3)",
                             error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, data->finding_id);
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_int64 (stmt, 3, case_id);
      if (!_cr_db_step_done (worker, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static void
run_set_evidence (CrDbWorker *worker,
                  GTask      *task)
{
  EvidenceData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !set_evidence (worker, data, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
cr_database_set_finding_evidence_async (CrDatabase          *self,
                                        gint64               finding_id,
                                        const gint64        *entry_ids,
                                        guint                n_entry_ids,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  EvidenceData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (finding_id > 0);
  g_return_if_fail (entry_ids != NULL || n_entry_ids == 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_set_finding_evidence_async,
                                "cr_database_set_finding_evidence_async");
  data = g_new0 (EvidenceData, 1);
  data->finding_id = finding_id;
  data->entry_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* Each entry once. */
  for (guint i = 0; i < n_entry_ids; i++)
    if (!contains_id (data->entry_ids, entry_ids[i]))
      g_array_append_val (data->entry_ids, entry_ids[i]);
  g_task_set_task_data (task, data, (GDestroyNotify) evidence_data_free);
  _cr_database_submit (self, task, run_set_evidence, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_set_finding_evidence_finish (CrDatabase    *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_set_finding_evidence_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
run_list_evidence (CrDbWorker *worker,
                   GTask      *task)
{
  gint64 finding_id = *(gint64 *) g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GArray *ids = NULL;
  gint64 case_id = 0;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!lookup_finding_case (worker, finding_id, &case_id, &error) ||
      (ids = read_evidence (worker, finding_id, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

void
cr_database_list_finding_evidence_async (CrDatabase          *self,
                                         gint64               finding_id,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (finding_id > 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_list_finding_evidence_async,
                                "cr_database_list_finding_evidence_async");
  g_task_set_task_data (task, g_memdup2 (&finding_id, sizeof finding_id), g_free);
  _cr_database_submit (self, task, run_list_evidence, CR_DB_REQUEST_READ);
}

GArray *
cr_database_list_finding_evidence_finish (CrDatabase    *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return _cr_database_propagate_pointer (self, result, cr_database_list_finding_evidence_async, error);
}
