/* cr-database-fields.c: writing one field of a stored record
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database.h"
#include "cr-database-private.h"

#include "cr-enum-types.h"
#include "cr-util.h"

#include <glib/gi18n.h>

typedef enum
{
  KIND_TEXT,         /* one line */
  KIND_LONG_TEXT,    /* may hold new lines and tabs */
  KIND_DATE,         /* YYYY-MM-DD */
  KIND_REVIEW_TYPE,  /* CrReviewType nick */
  KIND_SECTOR,       /* CrAgencySector nick */
  KIND_BOOLEAN,      /* "true" or "false" */
} FieldKind;

typedef struct
{
  const char *field;   /* the model's property name */
  const char *column;
  FieldKind   kind;
  gboolean    required;
  guint       max_chars;
  const char *label;   /* for messages, translated at use */
} FieldSpec;

typedef struct
{
  const char      *entity;
  const char      *table;
  const FieldSpec *fields;
  guint            n_fields;
} EntitySpec;

/* The whitelist: nothing else can be written through update_field. */
static const FieldSpec case_fields[] = {
  { "reference", "reference", KIND_TEXT, TRUE, 40, N_("Reference") },
  { "pseudonym", "pseudonym", KIND_TEXT, TRUE, 60, N_("Pseudonym") },
  { "review-type", "review_type", KIND_REVIEW_TYPE, TRUE, 0, N_("Review type") },
  { "summary", "summary", KIND_LONG_TEXT, FALSE, 4000, N_("Summary") },
  { "incident-date", "incident_date", KIND_DATE, FALSE, 0, N_("Incident date") },
  { "aware-date", "aware_date", KIND_DATE, FALSE, 0, N_("Date the local authority became aware") },
  { "notified-date", "notified_date", KIND_DATE, FALSE, 0, N_("Notification date") },
  { "decision-date", "decision_date", KIND_DATE, FALSE, 0, N_("Decision date") },
  { "publication-date", "publication_date", KIND_DATE, FALSE, 0, N_("Publication date") },
  { "partners-informed-date", "partners_informed_date", KIND_DATE, FALSE, 0,
    N_("Date the safeguarding partners were informed") },
  { "rr-sent-date", "rr_sent_date", KIND_DATE, FALSE, 0, N_("Date the rapid review was sent to the Panel") },
  { "planned-publication-date", "planned_publication_date", KIND_DATE, FALSE, 0,
    N_("Planned publication date") },
  { "copies-sent-date", "copies_sent_date", KIND_DATE, FALSE, 0,
    N_("Date copies of the report were sent") },
};

static const FieldSpec agency_fields[] = {
  { "name", "name", KIND_TEXT, TRUE, 200, N_("Name") },
  { "sector", "sector", KIND_SECTOR, TRUE, 0, N_("Sector") },
  { "contact-name", "contact_name", KIND_TEXT, FALSE, 200, N_("Contact name") },
  { "contact-email", "contact_email", KIND_TEXT, FALSE, 254, N_("Contact email") },
  { "contact-phone", "contact_phone", KIND_TEXT, FALSE, 40, N_("Contact phone") },
  { "archived", "archived", KIND_BOOLEAN, TRUE, 0, N_("Archived") },
};

static const FieldSpec child_fields[] = {
  { "pseudonym", "pseudonym", KIND_TEXT, TRUE, 60, N_("Pseudonym") },
};

static const FieldSpec family_member_fields[] = {
  { "pseudonym", "pseudonym", KIND_TEXT, TRUE, 60, N_("Pseudonym") },
  { "relationship", "relationship", KIND_TEXT, FALSE, 200, N_("Relationship") },
};

static const FieldSpec involvement_fields[] = {
  { "role", "role", KIND_TEXT, FALSE, 200, N_("Role") },
};

static const EntitySpec entities[] = {
  { "case", "cases", case_fields, G_N_ELEMENTS (case_fields) },
  { "agency", "agencies", agency_fields, G_N_ELEMENTS (agency_fields) },
  { "child", "children", child_fields, G_N_ELEMENTS (child_fields) },
  { "family-member", "family_members", family_member_fields, G_N_ELEMENTS (family_member_fields) },
  { "involvement", "involvements", involvement_fields, G_N_ELEMENTS (involvement_fields) },
};

typedef struct
{
  const EntitySpec *entity;
  const FieldSpec  *spec;
  gint64            id;
  char             *value;   /* normalised; NULL to clear */
} UpdateData;

static void
update_data_free (gpointer data)
{
  UpdateData *update = data;

  g_free (update->value);
  g_free (update);
}

static gboolean
find_spec (const char        *entity,
           const char        *field,
           const EntitySpec **out_entity,
           const FieldSpec  **out_spec,
           GError           **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      if (g_strcmp0 (entities[i].entity, entity) != 0)
        continue;

      for (guint j = 0; j < entities[i].n_fields; j++)
        {
          if (g_strcmp0 (entities[i].fields[j].field, field) == 0)
            {
              *out_entity = &entities[i];
              *out_spec = &entities[i].fields[j];
              return TRUE;
            }
        }

      if (g_strcmp0 (entity, "case") == 0 && g_strcmp0 (field, "status") == 0)
        g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                             _("The status of a case changes only through its next step, so that the review process is followed. Use “Move to” instead."));
      else
        g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                     /* Translators: "The field “id” of a case cannot be changed." */
                     _("The field “%s” of a %s cannot be changed."),
                     field, entity);
      return FALSE;
    }

  g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
               /* Translators: %s is a kind of record as the program names it, e.g. "case" */
               _("“%s” is not a kind of record that can be changed."), entity);
  return FALSE;
}

/* Checks @value for @spec, giving its stored form in *@out. */
static gboolean
normalise_value (const FieldSpec  *spec,
                 const char       *value,
                 char            **out,
                 GError          **error)
{
  g_autofree char *normal = NULL;
  int enum_value;

  if (value != NULL && !g_utf8_validate (value, -1, NULL))
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %s is the name of a field, such as "Pseudonym" */
                   _("%s: the text is not valid UTF-8. Type it again."), _(spec->label));
      return FALSE;
    }

  switch (spec->kind)
    {
    case KIND_TEXT:
    case KIND_LONG_TEXT:
      if (!_cr_db_normalise_text (value, _(spec->label), spec->max_chars,
                                  spec->kind == KIND_LONG_TEXT, spec->required,
                                  &normal, error))
        return FALSE;
      break;

    case KIND_DATE:
      if (value != NULL && *value != '\0')
        {
          GDate date;

          if (!cr_date_parse_iso (value, &date))
            {
              g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                           /* Translators: "Incident date: “31/01/2026” is not a date. Enter it as..." */
                           _("%s: “%s” is not a date. Enter it as year-month-day, for example 2026-02-03."),
                           _(spec->label), value);
              return FALSE;
            }
          normal = cr_date_to_iso (&date);
        }
      break;

    case KIND_REVIEW_TYPE:
    case KIND_SECTOR:
      if (value == NULL ||
          (spec->kind == KIND_REVIEW_TYPE && !_cr_db_enum_from_nick (CR_TYPE_REVIEW_TYPE, value, &enum_value)) ||
          (spec->kind == KIND_SECTOR && !_cr_db_enum_from_nick (CR_TYPE_AGENCY_SECTOR, value, &enum_value)))
        {
          g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                       /* Translators: "Review type: “xyz” is not one of the choices..." */
                       _("%s: “%s” is not one of the choices. Pick a value from the list."),
                       _(spec->label), value != NULL ? value : "");
          return FALSE;
        }
      normal = g_strdup (value);
      break;

    case KIND_BOOLEAN:
      if (g_strcmp0 (value, "true") != 0 && g_strcmp0 (value, "false") != 0)
        {
          g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                       /* Translators: %s is the name of a field, such as "Archived" */
                       _("%s: the value must be “true” or “false”."), _(spec->label));
          return FALSE;
        }
      normal = g_strdup (value);
      break;

    default:
      g_assert_not_reached ();
    }

  if (spec->required && normal == NULL)
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %s is the name of a field, such as "Pseudonym" */
                   _("“%s” cannot be empty: enter a value."), _(spec->label));
      return FALSE;
    }

  *out = g_steal_pointer (&normal);
  return TRUE;
}

/* Applies the new value to a GObject property of @object. */
static void
apply_to_object (GObject         *object,
                 const FieldSpec *spec,
                 const char      *value)
{
  int enum_value = 0;

  switch (spec->kind)
    {
    case KIND_REVIEW_TYPE:
      _cr_db_enum_from_nick (CR_TYPE_REVIEW_TYPE, value, &enum_value);
      g_object_set (object, spec->field, enum_value, NULL);
      break;

    case KIND_SECTOR:
      _cr_db_enum_from_nick (CR_TYPE_AGENCY_SECTOR, value, &enum_value);
      g_object_set (object, spec->field, enum_value, NULL);
      break;

    case KIND_BOOLEAN:
      g_object_set (object, spec->field, g_strcmp0 (value, "true") == 0, NULL);
      break;

    case KIND_TEXT:
    case KIND_LONG_TEXT:
    case KIND_DATE:
    default:
      g_object_set (object, spec->field, value, NULL);
      break;
    }
}

static gboolean
check_unique (CrDbWorker       *worker,
              const UpdateData *update,
              GError          **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(CrDbStmt) stmt = NULL;
  int rc;

  sql = g_strdup_printf ("SELECT 1 FROM %s WHERE %s = ?1 AND id <> ?2",
                         update->entity->table, update->spec->column);
  stmt = _cr_db_prepare (worker, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, update->value, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, update->id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return _cr_db_set_error (worker->db, rc, error);

  if (g_str_equal (update->entity->entity, "case"))
    g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE,
                 /* Translators: %s is a case reference such as CR-2026-001 */
                 _("A case with the reference “%s” already exists. Choose another reference."),
                 update->value);
  else
    g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_DUPLICATE,
                 /* Translators: %s is an agency's name */
                 _("An agency called “%s” already exists. Choose another name, or use the existing agency."),
                 update->value);
  return FALSE;
}

/* Re-validates the whole record with the new value applied. */
static gboolean
validate_record (CrDbWorker       *worker,
                 const UpdateData *update,
                 GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *entity = update->entity->entity;

  if (g_str_equal (entity, "case"))
    {
      g_autoptr(CrCase) kase = _cr_db_load_case (worker, update->id, NULL, error);

      if (kase == NULL)
        return FALSE;
      apply_to_object (G_OBJECT (kase), update->spec, update->value);
      if (!cr_case_validate (kase, &local_error))
        {
          g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, local_error->message);
          return FALSE;
        }
      if (g_str_equal (update->spec->field, "reference"))
        return check_unique (worker, update, error);
    }
  else if (g_str_equal (entity, "agency"))
    {
      g_autoptr(CrAgency) agency = _cr_db_load_agency (worker, update->id, error);

      if (agency == NULL)
        return FALSE;
      apply_to_object (G_OBJECT (agency), update->spec, update->value);
      if (!cr_agency_validate (agency, &local_error))
        {
          g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, local_error->message);
          return FALSE;
        }
      if (g_str_equal (update->spec->field, "name"))
        return check_unique (worker, update, error);
    }

  return TRUE;
}

static void
run_update_field (CrDbWorker *worker,
                  GTask      *task)
{
  UpdateData *update = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrDbStmt) select = NULL;
  g_autoptr(CrDbStmt) write = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *select_sql = NULL;
  g_autofree char *update_sql = NULL;
  g_autofree char *old_value = NULL;

  select_sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1",
                                update->spec->column, update->entity->table);
  update_sql = g_strdup_printf ("UPDATE %s SET %s = ?2 WHERE id = ?1",
                                update->entity->table, update->spec->column);

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (select = _cr_db_prepare (worker, select_sql, &error)) == NULL)
    goto fail;

  sqlite3_bind_int64 (select, 1, update->id);
  if (!_cr_db_step_one (worker, select, &error,
                        /* Translators: %s is a kind of record: case, agency, child... */
                        _("The %s to change was not found. It may have been removed; reload and try again."),
                        update->entity->entity))
    goto fail;

  if (update->spec->kind == KIND_BOOLEAN)
    old_value = g_strdup (sqlite3_column_int (select, 0) ? "true" : "false");
  else
    old_value = g_strdup (_cr_db_column_text (select, 0));
  sqlite3_reset (select);

  if (!validate_record (worker, update, &error) ||
      (write = _cr_db_prepare (worker, update_sql, &error)) == NULL)
    goto fail;

  sqlite3_bind_int64 (write, 1, update->id);
  if (update->spec->kind == KIND_BOOLEAN)
    sqlite3_bind_int (write, 2, g_strcmp0 (update->value, "true") == 0);
  else
    sqlite3_bind_text (write, 2, update->value, -1, SQLITE_STATIC);

  if (!_cr_db_step_done (worker, write, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    goto fail;

  g_task_return_pointer (task, g_steal_pointer (&old_value), g_free);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_update_field_async (CrDatabase          *self,
                                const char          *entity,
                                gint64               id,
                                const char          *field,
                                const char          *value,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  const EntitySpec *entity_spec = NULL;
  const FieldSpec *spec = NULL;
  g_autofree char *normal = NULL;
  UpdateData *update;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (entity != NULL);
  g_return_if_fail (field != NULL);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_update_field_async, "cr_database_update_field_async");

  /* The whitelist and the value's type are checked at once, on the
   * caller's side; the record-wide checks run in the transaction. */
  if (!find_spec (entity, field, &entity_spec, &spec, &error) ||
      !normalise_value (spec, value, &normal, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  update = g_new0 (UpdateData, 1);
  update->entity = entity_spec;
  update->spec = spec;
  update->id = id;
  update->value = g_steal_pointer (&normal);
  g_task_set_task_data (task, update, update_data_free);
  _cr_database_submit (self, task, run_update_field, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_update_field_finish (CrDatabase    *self,
                                 GAsyncResult  *result,
                                 char         **old_value,
                                 GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *old = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_update_field_async, FALSE);

  old = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (old_value != NULL)
    *old_value = g_steal_pointer (&old);
  return TRUE;
}
