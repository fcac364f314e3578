/* cr-database-records.c: storing CrRecords column by column, driven by
 * their field tables (the referral, the rapid review and their parts)
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database.h"
#include "cr-database-private.h"

#include "cr-util.h"

#include <glib/gi18n.h>
#include <string.h>

/*
 * The column of a field is its name with '-' turned to '_' (cr-record.h).
 * Derived fields are not columns: a derived "X-name" beside an id field
 * "X-id" is the name of that agency, read by a join. Fields the table
 * leaves to the case row (CrDbRecordTable.case_fields) are not columns
 * either. Adding a field to a record is adding its column in a migration.
 */

static gboolean
is_case_field (const CrDbRecordTable *table,
               const char            *name)
{
  return table->case_fields != NULL && g_strv_contains (table->case_fields, name);
}

static gboolean
is_column (const CrDbRecordTable *table,
           const CrRecordField   *field)
{
  return !(field->flags & CR_RECORD_FIELD_FLAG_DERIVED) && !is_case_field (table, field->name);
}

static gboolean
is_updated_column (const CrDbRecordTable *table,
                   const CrRecordField   *field)
{
  return is_column (table, field) && !(field->flags & CR_RECORD_FIELD_FLAG_READ_ONLY);
}

static char *
column_of (const char *name)
{
  return g_strdelimit (g_strdup (name), "-", '_');
}

static const CrRecordField *
get_fields (GType  type,
            guint *n_fields)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  /* The table is static: it outlives the class reference. */
  return cr_record_class_get_fields (CR_RECORD_CLASS (klass), n_fields);
}

/* The SQL that gives a derived field, or NULL when storage cannot. */
static char *
derived_expression (const CrDbRecordTable *table,
                    const CrRecordField   *fields,
                    guint                  n_fields,
                    const CrRecordField   *field)
{
  g_autofree char *id_name = NULL;
  g_autofree char *column = NULL;
  gsize len = strlen (field->name);

  for (const CrDbDerivedField *derived = table->derived;
       derived != NULL && derived->field != NULL; derived++)
    if (g_str_equal (derived->field, field->name))
      return g_strdup (derived->sql);

  if (len <= 5 || !g_str_has_suffix (field->name, "-name"))
    return NULL;

  id_name = g_strdup_printf ("%.*s-id", (int) (len - 5), field->name);
  for (guint i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].name, id_name) && fields[i].kind == CR_RECORD_FIELD_ID)
      {
        column = column_of (id_name);
        return g_strdup_printf ("(SELECT a.name FROM agencies a WHERE a.id = t.%s)", column);
      }

  return NULL;
}

static gboolean
bind_value (sqlite3_stmt         *stmt,
            int                   index,
            const CrRecordField  *field,
            const char           *value,
            GError              **error)
{
  gint64 id;

  if (value == NULL)
    {
      sqlite3_bind_null (stmt, index);
      return TRUE;
    }

  if (field->kind != CR_RECORD_FIELD_ID)
    {
      sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
      return TRUE;
    }

  if (!g_ascii_string_to_signed (value, 10, 1, G_MAXINT64, &id, NULL))
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %s is a field's label, such as "Referring agency" */
                   _("“%s” does not name a stored record. Choose it again from the list."),
                   _(field->label));
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, index, id);
  return TRUE;
}

void
_cr_db_record_normalise (CrRecord *record)
{
  const CrRecordField *fields;
  guint n_fields = 0;

  g_return_if_fail (CR_IS_RECORD (record));

  fields = get_fields (G_OBJECT_TYPE (record), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normal = NULL;
      const char *value = cr_record_get (record, fields[i].name);

      /* Text that cannot be normalised is left for validation to refuse
       * with a message naming the field. */
      if (value != NULL && cr_text_normalise (value, 0, &normal, &error))
        cr_record_set (record, fields[i].name, normal);
    }
}

CrRecord *
_cr_db_record_copy (CrRecord *record)
{
  CrRecord *copy;

  g_return_val_if_fail (CR_IS_RECORD (record), NULL);

  copy = g_object_new (G_OBJECT_TYPE (record), NULL);
  cr_record_copy_from (copy, record);
  return copy;
}

void
_cr_db_record_copy_list (GListStore *to,
                         GListStore *from)
{
  GListModel *model = G_LIST_MODEL (from);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (model, i);
      g_autoptr(CrRecord) copy = _cr_db_record_copy (record);

      g_list_store_append (to, copy);
    }
}

void
_cr_db_record_normalise_list (GListStore *store)
{
  GListModel *model = G_LIST_MODEL (store);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CrRecord) record = g_list_model_get_item (model, i);

      _cr_db_record_normalise (record);
    }
}

/* ---- Writing ----------------------------------------------------------------- */

gboolean
_cr_db_record_insert (CrDbWorker             *worker,
                      const CrDbRecordTable  *table,
                      CrRecord               *record,
                      gint64                  case_id,
                      gint64                 *out_id,
                      GError                **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  g_autoptr(CrDbStmt) stmt = NULL;
  const CrRecordField *fields;
  guint n_fields = 0;
  int index = 1;

  fields = get_fields (G_OBJECT_TYPE (record), &n_fields);

  g_string_printf (sql, "INSERT INTO %s (case_id", table->table);
  g_string_append (values, "?1");
  for (guint i = 0; i < n_fields; i++)
    if (is_column (table, &fields[i]))
      {
        g_autofree char *column = column_of (fields[i].name);

        g_string_append_printf (sql, ", %s", column);
        g_string_append_printf (values, ", ?%d", ++index);
      }
  g_string_append_printf (sql, ") VALUES (%s)", values->str);

  stmt = _cr_db_prepare (worker, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, case_id);
  index = 1;
  for (guint i = 0; i < n_fields; i++)
    if (is_column (table, &fields[i]) &&
        !bind_value (stmt, ++index, &fields[i], cr_record_get (record, fields[i].name), error))
      return FALSE;

  if (!_cr_db_step_done (worker, stmt, error))
    return FALSE;

  if (out_id != NULL)
    *out_id = g_str_equal (table->key, "case_id") ? case_id : sqlite3_last_insert_rowid (worker->db);
  return TRUE;
}

gboolean
_cr_db_record_update (CrDbWorker             *worker,
                      const CrDbRecordTable  *table,
                      CrRecord               *record,
                      gint64                  key,
                      gint64                  case_id,
                      GError                **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) changed = g_string_new (NULL);
  g_autoptr(CrDbStmt) stmt = NULL;
  const CrRecordField *fields;
  guint n_fields = 0;
  int index = 2;

  fields = get_fields (G_OBJECT_TYPE (record), &n_fields);

  /* Only a row that really changes is written, so that saving the same
   * record again adds nothing to the audit trail. Read-only fields (a
   * document's hash, size) are storage's own: an update leaves them. */
  g_string_printf (sql, "UPDATE %s SET ", table->table);
  for (guint i = 0; i < n_fields; i++)
    if (is_updated_column (table, &fields[i]))
      {
        g_autofree char *column = column_of (fields[i].name);

        index++;
        g_string_append_printf (sql, "%s%s = ?%d", index > 3 ? ", " : "", column, index);
        g_string_append_printf (changed, "%s%s IS NOT ?%d", index > 3 ? " OR " : "", column, index);
      }
  if (index == 2)
    return TRUE;
  g_string_append_printf (sql, " WHERE %s = ?1 AND case_id = ?2 AND (%s)", table->key, changed->str);

  stmt = _cr_db_prepare (worker, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, key);
  sqlite3_bind_int64 (stmt, 2, case_id);
  index = 2;
  for (guint i = 0; i < n_fields; i++)
    if (is_updated_column (table, &fields[i]) &&
        !bind_value (stmt, ++index, &fields[i], cr_record_get (record, fields[i].name), error))
      return FALSE;

  return _cr_db_step_done (worker, stmt, error);
}

gboolean
_cr_db_record_delete (CrDbWorker             *worker,
                      const CrDbRecordTable  *table,
                      gint64                  key,
                      gint64                  case_id,
                      GError                **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE %s = ?1 AND case_id = ?2",
                                          table->table, table->key);
  g_autoptr(CrDbStmt) stmt = _cr_db_prepare (worker, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, key);
  sqlite3_bind_int64 (stmt, 2, case_id);
  return _cr_db_step_done (worker, stmt, error);
}

/* ---- Reading ------------------------------------------------------------------ */

GPtrArray *
_cr_db_record_list (CrDbWorker             *worker,
                    const CrDbRecordTable  *table,
                    GType                   type,
                    gint64                  case_id,
                    const char             *order_by,
                    GError                **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) read = g_ptr_array_new ();   /* the field of each column from 2 on */
  g_autoptr(CrDbStmt) stmt = NULL;
  const CrRecordField *fields;
  guint n_fields = 0;
  int rc;

  g_return_val_if_fail (g_type_is_a (type, CR_TYPE_RECORD), NULL);

  fields = get_fields (type, &n_fields);

  g_string_printf (sql, "SELECT t.%s, t.case_id", table->key);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *expression = NULL;

      if (is_case_field (table, fields[i].name))
        continue;

      if (fields[i].flags & CR_RECORD_FIELD_FLAG_DERIVED)
        {
          expression = derived_expression (table, fields, n_fields, &fields[i]);
          if (expression == NULL)
            continue;
          g_string_append_printf (sql, ", %s", expression);
        }
      else
        {
          g_autofree char *column = column_of (fields[i].name);

          g_string_append_printf (sql, ", t.%s", column);
        }
      g_ptr_array_add (read, (gpointer) &fields[i]);
    }
  g_string_append_printf (sql, " FROM %s t WHERE t.case_id = ?1 ORDER BY %s",
                          table->table, order_by != NULL ? order_by : "t.rowid");

  stmt = _cr_db_prepare (worker, sql->str, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrRecord *record = g_object_new (type, NULL);

      cr_record_set_id (record, sqlite3_column_int64 (stmt, 0));
      cr_record_set_case_id (record, sqlite3_column_int64 (stmt, 1));
      for (guint i = 0; i < read->len; i++)
        {
          const CrRecordField *field = g_ptr_array_index (read, i);

          cr_record_set (record, field->name, _cr_db_column_text (stmt, (int) i + 2));
        }
      g_ptr_array_add (records, record);
    }

  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (worker->db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&records);
}

CrRecord *
_cr_db_record_load (CrDbWorker             *worker,
                    const CrDbRecordTable  *table,
                    GType                   type,
                    gint64                  case_id,
                    GError                **error)
{
  g_autoptr(GPtrArray) records = _cr_db_record_list (worker, table, type, case_id, NULL, error);

  if (records == NULL)
    return NULL;

  if (records->len == 0)
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND,
                           _("The record was not found. It may have been removed; reload the case."));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (records, 0));
}

/* ---- Checks --------------------------------------------------------------------- */

gboolean
_cr_db_check_agency (CrDbWorker  *worker,
                     gint64       agency_id,
                     const char  *label,
                     GError     **error)
{
  g_autoptr(CrAgency) agency = NULL;
  g_autoptr(GError) local_error = NULL;

  agency = _cr_db_load_agency (worker, agency_id, &local_error);
  if (agency == NULL)
    {
      if (g_error_matches (local_error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND))
        g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND,
                     /* Translators: %s says what the agency is for, such as "Referring agency" */
                     _("%s: the agency was not found. It may have been removed; choose the agency again."),
                     label);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (cr_agency_get_archived (agency))
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: the first %s says what the agency is for, the second is its name */
                   _("%s: the agency “%s” is archived. Restore it in the agencies register, or choose another agency."),
                   label, cr_agency_get_name (agency));
      return FALSE;
    }

  return TRUE;
}
