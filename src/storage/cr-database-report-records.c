/* cr-database-report-records.c: the checks and derived fields of the
 * report's records in the review workspace's generic record storage
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-report.h"
#include "cr-database-review-private.h"

#include <glib/gi18n.h>

/* Finding @finding_id is one of @case_id's. */
gboolean
_cr_db_check_case_finding (CrDbWorker  *worker,
                           gint64       finding_id,
                           gint64       case_id,
                           const char  *label,
                           GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  stmt = _cr_db_prepare (worker, "SELECT 1 FROM findings WHERE id = ?1 AND case_id = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, finding_id);
  sqlite3_bind_int64 (stmt, 2, case_id);
  if (_cr_db_step_one (worker, stmt, &local_error, "%s", ""))
    return TRUE;

  if (g_error_matches (local_error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND))
    g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                 /* Translators: %s is a field's label, such as "Finding" */
                 _("%s: the finding is not one of this review’s. It may have been removed; choose it again."),
                 label);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* The ids of a ';'-joined list (agency-ids); 0 for one that is not a
 * number. */
static GArray *
split_ids (const char *value)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) parts = NULL;

  if (value == NULL)
    return g_steal_pointer (&ids);

  parts = g_strsplit (value, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 id = 0;

      if (!g_ascii_string_to_signed (parts[i], 10, 1, G_MAXINT64, &id, NULL))
        id = 0;
      g_array_append_val (ids, id);
    }
  return g_steal_pointer (&ids);
}

static gboolean
has_id (GArray *ids,
        gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* A recommendation's named agencies: each newly named exists and is not
 * archived (as for an agency id field). */
gboolean
_cr_db_check_agency_list (CrDbWorker  *worker,
                          CrRecord    *record,
                          CrRecord    *stored,
                          GError     **error)
{
  const CrRecordField *field = cr_record_find_field (record, "agency-ids");
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) stored_ids = NULL;

  if (field == NULL || cr_record_get (record, "agency-ids") == NULL)
    return TRUE;

  ids = split_ids (cr_record_get (record, "agency-ids"));
  stored_ids = split_ids (stored != NULL ? cr_record_get (stored, "agency-ids") : NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (id == 0)
        {
          g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                       /* Translators: %s is a field's label, such as "Named agencies" */
                       _("“%s” does not name a stored record. Choose it again from the list."),
                       _(field->label));
          return FALSE;
        }
      if (!has_id (stored_ids, id) && !_cr_db_check_agency (worker, id, _(field->label), error))
        return FALSE;
    }

  return TRUE;
}

/* A recommendation's agency-names: the names of the agencies agency-ids
 * lists, in its order (SQLite 3.40's group_concat() cannot be given one). */
gboolean
_cr_db_fill_agency_names (CrDbWorker  *worker,
                          GPtrArray   *records,
                          GError     **error)
{
  for (guint i = 0; i < records->len; i++)
    {
      CrRecord *record = g_ptr_array_index (records, i);
      g_autoptr(GString) names = g_string_new (NULL);
      g_auto(GStrv) ids = NULL;

      if (!cr_record_has (record, "agency-ids"))
        continue;

      ids = g_strsplit (cr_record_get (record, "agency-ids"), ";", -1);
      for (guint j = 0; ids[j] != NULL; j++)
        {
          g_autoptr(CrDbStmt) stmt = _cr_db_prepare (worker, "SELECT name FROM agencies WHERE id = ?1", error);
          int rc;

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, g_ascii_strtoll (ids[j], NULL, 10));
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW)
            g_string_append_printf (names, "%s%s", names->len > 0 ? "; " : "", _cr_db_column_text (stmt, 0));
          else if (rc != SQLITE_DONE)
            return _cr_db_set_error (worker->db, rc, error);
        }
      cr_record_set (record, "agency-names", names->str);
    }

  return TRUE;
}
