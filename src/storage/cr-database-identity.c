/* cr-database-identity.c: the restricted identity of children and family
 * members, kept in its own table, read only through an audited reveal
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database.h"
#include "cr-database-private.h"

#include <glib/gi18n.h>

typedef struct
{
  gboolean         is_child;
  gint64           id;
  char            *reason;
  CrIdentityField  field;
  CrFieldState     state;
  char            *value;
} IdentityData;

static void
identity_data_free (gpointer data)
{
  IdentityData *identity = data;

  g_free (identity->reason);
  g_free (identity->value);
  g_free (identity);
}

static GTask *
new_identity_task (CrDatabase          *self,
                   IdentityData        *data,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data,
                   gpointer             source_tag,
                   const char          *name)
{
  GTask *task = _cr_database_task_new (self, cancellable, callback, user_data, source_tag, name);

  g_task_set_task_data (task, data, identity_data_free);
  return task;
}

static void
return_error_now (GTask  *task,
                  GError *error)
{
  g_task_return_error (task, error);
  g_object_unref (task);
}

static gboolean
parse_entity (const char  *entity,
              gboolean    *is_child,
              GError     **error)
{
  if (g_strcmp0 (entity, "child") == 0)
    *is_child = TRUE;
  else if (g_strcmp0 (entity, "family-member") == 0)
    *is_child = FALSE;
  else
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %s is what the program asked for; "child" and "family-member" are not translated */
                   _("“%s” is not a person in a case: use “child” or “family-member”."),
                   entity != NULL ? entity : "");
      return FALSE;
    }
  return TRUE;
}

/* Writes one restricted field (UNSET removes it). The audit triggers
 * record the field and its state, never the value. */
gboolean
_cr_db_write_identity_field (CrDbWorker       *worker,
                             gboolean          is_child,
                             gint64            person_id,
                             CrIdentityField   field,
                             CrFieldState      state,
                             const char       *value,
                             GError          **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  const char *field_nick = cr_identity_field_to_nick (field);

  if (state == CR_FIELD_STATE_UNSET)
    {
      stmt = _cr_db_prepare (worker,
                             is_child ? "DELETE FROM identity_fields WHERE child_id = ?1 AND field = ?2"
                                      : "DELETE FROM identity_fields WHERE family_member_id = ?1 AND field = ?2",
                             error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, person_id);
      sqlite3_bind_text (stmt, 2, field_nick, -1, SQLITE_STATIC);
      return _cr_db_step_done (worker, stmt, error);
    }

  stmt = _cr_db_prepare (worker,
                         is_child ? "UPDATE identity_fields SET state = ?3, value = ?4"
                                    " WHERE child_id = ?1 AND field = ?2"
                                  : "UPDATE identity_fields SET state = ?3, value = ?4"
                                    " WHERE family_member_id = ?1 AND field = ?2",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, field_nick, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, cr_field_state_to_nick (state), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, state == CR_FIELD_STATE_KNOWN ? value : NULL, -1, SQLITE_STATIC);
  if (!_cr_db_step_done (worker, stmt, error))
    return FALSE;
  if (sqlite3_changes (worker->db) > 0)
    return TRUE;
  _cr_db_stmt_release (g_steal_pointer (&stmt));

  stmt = _cr_db_prepare (worker,
                         is_child ? "INSERT INTO identity_fields (child_id, field, state, value)"
                                    " VALUES (?1, ?2, ?3, ?4)"
                                  : "INSERT INTO identity_fields (family_member_id, field, state, value)"
                                    " VALUES (?1, ?2, ?3, ?4)",
                         error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_text (stmt, 2, field_nick, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, cr_field_state_to_nick (state), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, state == CR_FIELD_STATE_KNOWN ? value : NULL, -1, SQLITE_STATIC);
  return _cr_db_step_done (worker, stmt, error);
}

/* ---- Reveal ----------------------------------------------------------------- */

static void
run_reveal_identity (CrDbWorker *worker,
                     GTask      *task)
{
  IdentityData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrDbStmt) select = NULL;
  g_autoptr(CrDbStmt) audit = NULL;
  g_autoptr(CrIdentity) identity = cr_identity_new ();
  g_autoptr(GError) error = NULL;
  gint64 case_id = 0;
  int rc;

  /* The reveal is recorded in the same transaction as the read: if the
   * audit row cannot be written, nothing is revealed. */
  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !_cr_db_lookup_person (worker, data->is_child ? "child" : "family-member",
                             data->id, &case_id, &error) ||
      (select = _cr_db_prepare (worker,
                                data->is_child
                                  ? "SELECT field, state, value FROM identity_fields WHERE child_id = ?1"
                                  : "SELECT field, state, value FROM identity_fields WHERE family_member_id = ?1",
                                &error)) == NULL)
    goto fail;

  sqlite3_bind_int64 (select, 1, data->id);
  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      CrIdentityField field;
      CrFieldState state;

      if (!cr_identity_field_from_nick (_cr_db_column_text (select, 0), &field) ||
          !cr_field_state_from_nick (_cr_db_column_text (select, 1), &state))
        {
          g_set_error_literal (&error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT,
                               _("A restricted field has an unknown name or state. The database may have been changed outside Case Reviews; restore the latest backup."));
          goto fail;
        }

      if (state == CR_FIELD_STATE_KNOWN)
        cr_identity_set_value (identity, field, _cr_db_column_text (select, 2));
      else
        cr_identity_set_state (identity, field, state);
    }
  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (worker->db, rc, &error);
      goto fail;
    }

  audit = _cr_db_prepare (worker,
                          "INSERT INTO audit (os_user, action, entity, entity_id, case_id, field, new_value)"
                          " VALUES (cr_os_user (), 'reveal', ?1, ?2, ?3, NULL, ?4)",
                          &error);
  if (audit == NULL)
    goto fail;
  sqlite3_bind_text (audit, 1, data->is_child ? "child" : "family-member", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (audit, 2, data->id);
  sqlite3_bind_int64 (audit, 3, case_id);
  sqlite3_bind_text (audit, 4, data->reason, -1, SQLITE_STATIC);
  if (!_cr_db_step_done (worker, audit, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    goto fail;

  g_task_return_pointer (task, g_steal_pointer (&identity), g_object_unref);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_reveal_identity_async (CrDatabase          *self,
                                   const char          *entity,
                                   gint64               id,
                                   const char          *reason,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normal = NULL;
  IdentityData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  data = g_new0 (IdentityData, 1);
  data->id = id;
  task = new_identity_task (self, data, cancellable, callback, user_data,
                          cr_database_reveal_identity_async, "cr_database_reveal_identity_async");

  if (!parse_entity (entity, &data->is_child, &error))
    {
      return_error_now (task, g_steal_pointer (&error));
      return;
    }

  if (!_cr_db_normalise_text (reason, _("Reason"), 500, FALSE, FALSE, &normal, &error) || normal == NULL)
    {
      g_clear_error (&error);
      return_error_now (task,
                        g_error_new_literal (CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                                             _("Give a reason for seeing the restricted details, in one line of up to 500 characters. It is recorded in the audit trail.")));
      return;
    }
  data->reason = g_steal_pointer (&normal);

  /* It writes the audit row, so a read-only file cannot reveal. */
  _cr_database_submit (self, task, run_reveal_identity, CR_DB_REQUEST_WRITE);
}

CrIdentity *
cr_database_reveal_identity_finish (CrDatabase    *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_reveal_identity_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- One restricted field ------------------------------------------------------ */

static void
run_set_identity_field (CrDbWorker *worker,
                        GTask      *task)
{
  IdentityData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;
  gint64 case_id;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !_cr_db_lookup_person (worker, data->is_child ? "child" : "family-member",
                             data->id, &case_id, &error) ||
      !_cr_db_write_identity_field (worker, data->is_child, data->id, data->field,
                             data->state, data->value, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
cr_database_set_identity_field_async (CrDatabase          *self,
                                      const char          *entity,
                                      gint64               id,
                                      CrIdentityField      field,
                                      CrFieldState         state,
                                      const char          *value,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  IdentityData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (field <= CR_IDENTITY_FIELD_LAST);
  g_return_if_fail (state <= CR_FIELD_STATE_DECLINED);

  data = g_new0 (IdentityData, 1);
  data->id = id;
  data->field = field;
  data->state = state;
  task = new_identity_task (self, data, cancellable, callback, user_data,
                          cr_database_set_identity_field_async,
                          "cr_database_set_identity_field_async");

  if (!parse_entity (entity, &data->is_child, &error))
    {
      return_error_now (task, g_steal_pointer (&error));
      return;
    }

  if (state == CR_FIELD_STATE_KNOWN)
    {
      g_autoptr(CrIdentity) check = cr_identity_new ();
      g_autofree char *normal = NULL;

      if (!_cr_db_normalise_text (value, cr_identity_field_to_label (field), 2000,
                                  field == CR_IDENTITY_FIELD_ADDRESS, FALSE, &normal, &error))
        {
          return_error_now (task, g_steal_pointer (&error));
          return;
        }
      if (normal == NULL)
        {
          return_error_now (task,
                            g_error_new (CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                                         /* Translators: %s is a field such as "Date of birth" */
                                         _("%s: enter the value, or record it as not known or declined."),
                                         cr_identity_field_to_label (field)));
          return;
        }

      cr_identity_set_value (check, field, normal);
      if (!cr_identity_validate (check, &error))
        {
          g_autofree char *message = g_strdup (error->message);

          g_clear_error (&error);
          return_error_now (task,
                            g_error_new_literal (CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, message));
          return;
        }
      data->value = g_steal_pointer (&normal);
    }

  _cr_database_submit (self, task, run_set_identity_field, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_set_identity_field_finish (CrDatabase    *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_set_identity_field_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
