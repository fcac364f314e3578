/* cr-database-drafts.c: what the assistants hold before they are finished,
 * saved as the user types (not audited: a draft may hold restricted
 * identity while it is typed)
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

/* The kinds of draft migration 5 allows, and migration 7 adds. */
static const char * const kinds[] = { "referral", "rapid-review", "publication", NULL };

#define MAX_KEY_LENGTH   200
#define MAX_TITLE_CHARS  500
#define MAX_DATA_BYTES   (8 * 1024 * 1024)

void
cr_draft_free (CrDraft *draft)
{
  if (draft == NULL)
    return;

  g_free (draft->kind);
  g_free (draft->key);
  g_free (draft->title);
  /* The data may hold restricted identity: not left in freed memory. */
  if (draft->data != NULL)
    memset (draft->data, 0, strlen (draft->data));
  g_free (draft->data);
  g_free (draft->updated_at);
  g_free (draft);
}

static gboolean
check_kind_and_key (const char  *kind,
                    const char  *key,
                    GError     **error)
{
  if (kind == NULL || !g_strv_contains (kinds, kind))
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                   /* Translators: %s is what the program asked for; "referral", "rapid-review" and "publication" are not translated */
                   _("“%s” is not a kind of draft: use “referral”, “rapid-review” or “publication”."),
                   kind != NULL ? kind : "");
      return FALSE;
    }

  if (key == NULL || *key == '\0' || strlen (key) > MAX_KEY_LENGTH || !g_utf8_validate (key, -1, NULL))
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                           _("The draft has no usable name, so it was not saved. Close the assistant and start it again."));
      return FALSE;
    }

  return TRUE;
}

static GTask *
new_draft_task (CrDatabase          *self,
                CrDraft             *draft,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data,
                gpointer             source_tag,
                const char          *name)
{
  GTask *task = _cr_database_task_new (self, cancellable, callback, user_data, source_tag, name);

  g_task_set_task_data (task, draft, (GDestroyNotify) cr_draft_free);
  return task;
}

static void
return_error_now (GTask  *task,
                  GError *error)
{
  g_task_return_error (task, error);
  g_object_unref (task);
}

/* ---- save --------------------------------------------------------------------- */

static void
run_save_draft (CrDbWorker *worker,
                GTask      *task)
{
  CrDraft *draft = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrDbStmt) upsert = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) clock = g_date_time_new_now_utc ();
  /* To the microsecond, so that "newest first" holds for quick saves. */
  g_autofree char *now = g_date_time_format (clock, "%Y-%m-%dT%H:%M:%S.%fZ");

  /* Saving replaces the draft of the same kind and key. */
  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (upsert = _cr_db_prepare (worker,
                                "INSERT INTO drafts (kind, key, title, data, updated_at)"
                                " VALUES (?1, ?2, ?3, ?4, ?5)"
                                " ON CONFLICT (kind, key) DO UPDATE SET"
                                "   title = excluded.title, data = excluded.data,"
                                "   updated_at = excluded.updated_at",
                                &error)) == NULL)
    goto fail;

  sqlite3_bind_text (upsert, 1, draft->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (upsert, 2, draft->key, -1, SQLITE_STATIC);
  sqlite3_bind_text (upsert, 3, draft->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (upsert, 4, draft->data, -1, SQLITE_STATIC);
  sqlite3_bind_text (upsert, 5, now, -1, SQLITE_STATIC);

  if (!_cr_db_step_done (worker, upsert, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    goto fail;

  g_task_return_boolean (task, TRUE);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_save_draft_async (CrDatabase          *self,
                              const char          *kind,
                              const char          *key,
                              const char          *title,
                              const char          *data,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normal_title = NULL;
  CrDraft *draft;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  draft = g_new0 (CrDraft, 1);
  task = new_draft_task (self, draft, cancellable, callback, user_data,
                         cr_database_save_draft_async, "cr_database_save_draft_async");

  if (!check_kind_and_key (kind, key, &error))
    {
      return_error_now (task, g_steal_pointer (&error));
      return;
    }

  if (data == NULL || strlen (data) > MAX_DATA_BYTES || !g_utf8_validate (data, -1, NULL))
    {
      return_error_now (task,
                        g_error_new_literal (CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                                             _("The draft is too large or not readable text, so it was not saved. Finish the assistant, or shorten the longest answers.")));
      return;
    }

  /* The title is only shown in the offer to resume: an unusable one is
   * dropped rather than losing the draft. */
  if (!cr_text_normalise (title, MAX_TITLE_CHARS, &normal_title, NULL))
    g_clear_pointer (&normal_title, g_free);

  draft->kind = g_strdup (kind);
  draft->key = g_strdup (key);
  draft->title = g_steal_pointer (&normal_title);
  draft->data = g_strdup (data);

  _cr_database_submit (self, task, run_save_draft, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_save_draft_finish (CrDatabase    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_save_draft_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- list ------------------------------------------------------------------------ */

static void
run_list_drafts (CrDbWorker *worker,
                 GTask      *task)
{
  CrDraft *query = g_task_get_task_data (task);
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) cr_draft_free);
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  int rc;

  stmt = _cr_db_prepare (worker,
                         "SELECT kind, key, title, data, updated_at FROM drafts"
                         " WHERE kind = ?1 ORDER BY updated_at DESC, rowid DESC",
                         &error);
  if (stmt == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  sqlite3_bind_text (stmt, 1, query->kind, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CrDraft *draft = g_new0 (CrDraft, 1);

      draft->kind = g_strdup (_cr_db_column_text (stmt, 0));
      draft->key = g_strdup (_cr_db_column_text (stmt, 1));
      draft->title = g_strdup (_cr_db_column_text (stmt, 2));
      draft->data = g_strdup (_cr_db_column_text (stmt, 3));
      draft->updated_at = g_strdup (_cr_db_column_text (stmt, 4));
      g_ptr_array_add (drafts, draft);
    }

  if (rc != SQLITE_DONE)
    {
      _cr_db_set_error (worker->db, rc, &error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&drafts), (GDestroyNotify) g_ptr_array_unref);
}

void
cr_database_list_drafts_async (CrDatabase          *self,
                               const char          *kind,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  CrDraft *query;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  query = g_new0 (CrDraft, 1);
  task = new_draft_task (self, query, cancellable, callback, user_data,
                         cr_database_list_drafts_async, "cr_database_list_drafts_async");

  if (!check_kind_and_key (kind, "-", &error))
    {
      return_error_now (task, g_steal_pointer (&error));
      return;
    }

  query->kind = g_strdup (kind);
  _cr_database_submit (self, task, run_list_drafts, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_list_drafts_finish (CrDatabase    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_list_drafts_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- delete ------------------------------------------------------------------------ */

static void
run_delete_draft (CrDbWorker *worker,
                  GTask      *task)
{
  CrDraft *draft = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrDbStmt) remove = NULL;
  g_autoptr(GError) error = NULL;

  /* secure_delete is on: the text is overwritten in the file. */
  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (remove = _cr_db_prepare (worker, "DELETE FROM drafts WHERE kind = ?1 AND key = ?2", &error)) == NULL)
    goto fail;

  sqlite3_bind_text (remove, 1, draft->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (remove, 2, draft->key, -1, SQLITE_STATIC);
  if (!_cr_db_step_done (worker, remove, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    goto fail;

  g_task_return_boolean (task, TRUE);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_delete_draft_async (CrDatabase          *self,
                                const char          *kind,
                                const char          *key,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  CrDraft *draft;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  draft = g_new0 (CrDraft, 1);
  task = new_draft_task (self, draft, cancellable, callback, user_data,
                         cr_database_delete_draft_async, "cr_database_delete_draft_async");

  if (!check_kind_and_key (kind, key, &error))
    {
      return_error_now (task, g_steal_pointer (&error));
      return;
    }

  draft->kind = g_strdup (kind);
  draft->key = g_strdup (key);
  _cr_database_submit (self, task, run_delete_draft, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_delete_draft_finish (CrDatabase    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_delete_draft_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
