/* cr-database-people.c: children and family members of a case, by
 * pseudonym (their identity: cr-database-identity.c)
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
  gboolean    is_child;
  gint64      case_id;
  char       *pseudonym;
  char       *relationship;
  CrIdentity *identity;
} PersonData;

static void
person_data_free (gpointer data)
{
  PersonData *person = data;

  g_free (person->pseudonym);
  g_free (person->relationship);
  g_clear_object (&person->identity);
  g_free (person);
}

static GTask *
new_person_task (CrDatabase          *self,
                 PersonData          *person,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data,
                 gpointer             source_tag,
                 const char          *name)
{
  GTask *task = _cr_database_task_new (self, cancellable, callback, user_data, source_tag, name);

  g_task_set_task_data (task, person, person_data_free);
  return task;
}

gboolean
_cr_db_lookup_person (CrDbWorker  *worker,
                      const char  *entity,
                      gint64       id,
                      gint64      *case_id,
                      GError     **error)
{
  g_autoptr(CrDbStmt) stmt = NULL;
  gboolean is_child = g_strcmp0 (entity, "child") == 0;

  stmt = _cr_db_prepare (worker,
                         is_child ? "SELECT case_id FROM children WHERE id = ?1"
                                  : "SELECT case_id FROM family_members WHERE id = ?1",
                         error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!_cr_db_step_one (worker, stmt, error,
                        is_child ? _("The child was not found. It may have been removed; reload the case.")
                                 : _("The family member was not found. They may have been removed; reload the case.")))
    return FALSE;

  *case_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* ---- Listing ------------------------------------------------------------------ */

static GObject *
read_child_row (sqlite3_stmt  *stmt,
                GError       **error)
{
  CrChild *child = cr_child_new ();

  cr_child_set_id (child, sqlite3_column_int64 (stmt, 0));
  cr_child_set_case_id (child, sqlite3_column_int64 (stmt, 1));
  cr_child_set_pseudonym (child, _cr_db_column_text (stmt, 2));
  return (GObject *) child;
}

static GObject *
read_family_member_row (sqlite3_stmt  *stmt,
                        GError       **error)
{
  CrFamilyMember *member = cr_family_member_new ();

  cr_family_member_set_id (member, sqlite3_column_int64 (stmt, 0));
  cr_family_member_set_case_id (member, sqlite3_column_int64 (stmt, 1));
  cr_family_member_set_pseudonym (member, _cr_db_column_text (stmt, 2));
  cr_family_member_set_relationship (member, _cr_db_column_text (stmt, 3));
  return (GObject *) member;
}

static void
run_list_people (CrDbWorker *worker,
                 GTask      *task)
{
  PersonData *data = g_task_get_task_data (task);
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  /* Pseudonyms only: the identity table is not read here. */
  if (!_cr_db_require_case (worker, data->case_id, &error) ||
      (stmt = _cr_db_prepare (worker,
                              data->is_child
                                ? "SELECT id, case_id, pseudonym, NULL FROM children"
                                  " WHERE case_id = ?1 ORDER BY id"
                                : "SELECT id, case_id, pseudonym, relationship FROM family_members"
                                  " WHERE case_id = ?1 ORDER BY id",
                              &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sqlite3_bind_int64 (stmt, 1, data->case_id);
  _cr_db_return_collected (worker, task, stmt,
                           data->is_child ? read_child_row : read_family_member_row);
}

void
cr_database_list_children_async (CrDatabase          *self,
                                 gint64               case_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  PersonData *data;

  g_return_if_fail (CR_IS_DATABASE (self));

  data = g_new0 (PersonData, 1);
  data->is_child = TRUE;
  data->case_id = case_id;
  _cr_database_submit (self,
                       new_person_task (self, data, cancellable, callback, user_data,
                                        cr_database_list_children_async,
                                        "cr_database_list_children_async"),
                       run_list_people, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_list_children_finish (CrDatabase    *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_list_children_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
cr_database_list_family_async (CrDatabase          *self,
                               gint64               case_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  PersonData *data;

  g_return_if_fail (CR_IS_DATABASE (self));

  data = g_new0 (PersonData, 1);
  data->is_child = FALSE;
  data->case_id = case_id;
  _cr_database_submit (self,
                       new_person_task (self, data, cancellable, callback, user_data,
                                        cr_database_list_family_async,
                                        "cr_database_list_family_async"),
                       run_list_people, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_list_family_finish (CrDatabase    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_list_family_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- Adding ----------------------------------------------------------------- */

gboolean
_cr_db_insert_person (CrDbWorker  *worker,
                      gboolean     is_child,
                      gint64       case_id,
                      const char  *pseudonym,
                      const char  *relationship,
                      CrIdentity  *identity,
                      gint64      *out_id,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CrDbStmt) insert = NULL;
  g_autofree char *normal_pseudonym = NULL;
  g_autofree char *normal_relationship = NULL;
  gint64 id;

  if (!_cr_db_normalise_text (pseudonym, _("Pseudonym"), 60, FALSE, TRUE, &normal_pseudonym, error) ||
      (!is_child &&
       !_cr_db_normalise_text (relationship, _("Relationship"), 200, FALSE, FALSE, &normal_relationship, error)))
    return FALSE;

  if (identity != NULL && !cr_identity_validate (identity, &local_error))
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID, local_error->message);
      return FALSE;
    }

  insert = _cr_db_prepare (worker,
                           is_child
                             ? "INSERT INTO children (case_id, pseudonym) VALUES (?1, ?2)"
                             : "INSERT INTO family_members (case_id, pseudonym, relationship)"
                               " VALUES (?1, ?2, ?3)",
                           error);
  if (insert == NULL)
    return FALSE;

  sqlite3_bind_int64 (insert, 1, case_id);
  sqlite3_bind_text (insert, 2, normal_pseudonym, -1, SQLITE_STATIC);
  if (!is_child)
    sqlite3_bind_text (insert, 3, normal_relationship, -1, SQLITE_STATIC);
  if (!_cr_db_step_done (worker, insert, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (worker->db);

  /* The identity goes to its own table; the audit rows record which
   * fields were set, never their values. */
  for (CrIdentityField field = 0; identity != NULL && field <= CR_IDENTITY_FIELD_LAST; field++)
    {
      CrFieldState state = cr_identity_get_state (identity, field);

      if (state != CR_FIELD_STATE_UNSET &&
          !_cr_db_write_identity_field (worker, is_child, id, field, state,
                                        cr_identity_get_value (identity, field), error))
        return FALSE;
    }

  if (out_id != NULL)
    *out_id = id;
  return TRUE;
}

static void
run_add_person (CrDbWorker *worker,
                GTask      *task)
{
  PersonData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pseudonym = NULL;
  g_autofree char *relationship = NULL;
  gint64 id;

  /* The stored copy carries the normalised text. */
  if (!_cr_db_normalise_text (data->pseudonym, _("Pseudonym"), 60, FALSE, TRUE, &pseudonym, &error) ||
      !_cr_db_normalise_text (data->relationship, _("Relationship"), 200, FALSE, FALSE, &relationship, &error) ||
      (transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !_cr_db_require_case (worker, data->case_id, &error) ||
      !_cr_db_insert_person (worker, data->is_child, data->case_id, pseudonym, relationship,
                             data->identity, &id, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The stored copy carries no identity: that is only read by a reveal. */
  if (data->is_child)
    {
      CrChild *child = cr_child_new ();

      cr_child_set_id (child, id);
      cr_child_set_case_id (child, data->case_id);
      cr_child_set_pseudonym (child, pseudonym);
      g_task_return_pointer (task, child, g_object_unref);
    }
  else
    {
      CrFamilyMember *member = cr_family_member_new ();

      cr_family_member_set_id (member, id);
      cr_family_member_set_case_id (member, data->case_id);
      cr_family_member_set_pseudonym (member, pseudonym);
      cr_family_member_set_relationship (member, relationship);
      g_task_return_pointer (task, member, g_object_unref);
    }
}

void
cr_database_add_child_async (CrDatabase          *self,
                             CrChild             *child,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  PersonData *data;
  CrIdentity *identity;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (CR_IS_CHILD (child));

  /* Copied here: the thread never touches the caller's objects. */
  data = g_new0 (PersonData, 1);
  data->is_child = TRUE;
  data->case_id = cr_child_get_case_id (child);
  data->pseudonym = g_strdup (cr_child_get_pseudonym (child));
  identity = cr_child_get_identity (child);
  data->identity = identity != NULL ? cr_identity_copy (identity) : NULL;

  _cr_database_submit (self,
                       new_person_task (self, data, cancellable, callback, user_data,
                                        cr_database_add_child_async,
                                        "cr_database_add_child_async"),
                       run_add_person, CR_DB_REQUEST_WRITE);
}

CrChild *
cr_database_add_child_finish (CrDatabase    *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_add_child_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
cr_database_add_family_member_async (CrDatabase          *self,
                                     CrFamilyMember      *member,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  PersonData *data;
  CrIdentity *identity;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (CR_IS_FAMILY_MEMBER (member));

  data = g_new0 (PersonData, 1);
  data->is_child = FALSE;
  data->case_id = cr_family_member_get_case_id (member);
  data->pseudonym = g_strdup (cr_family_member_get_pseudonym (member));
  data->relationship = g_strdup (cr_family_member_get_relationship (member));
  identity = cr_family_member_get_identity (member);
  data->identity = identity != NULL ? cr_identity_copy (identity) : NULL;

  _cr_database_submit (self,
                       new_person_task (self, data, cancellable, callback, user_data,
                                        cr_database_add_family_member_async,
                                        "cr_database_add_family_member_async"),
                       run_add_person, CR_DB_REQUEST_WRITE);
}

CrFamilyMember *
cr_database_add_family_member_finish (CrDatabase    *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_add_family_member_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
