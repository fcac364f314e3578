/* cr-database-themes.c: the theme tags and the themes of a case
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

/* ---- Themes ------------------------------------------------------------------ */

typedef struct
{
  gint64   case_id;
  gint64   theme_id;
  gboolean selected;
} ThemeData;

static int
compare_themes (gconstpointer a,
                gconstpointer b)
{
  CrTheme *theme_a = *(CrTheme * const *) a;
  CrTheme *theme_b = *(CrTheme * const *) b;

  if (cr_theme_get_facet (theme_a) != cr_theme_get_facet (theme_b))
    return cr_theme_get_facet (theme_a) < cr_theme_get_facet (theme_b) ? -1 : 1;
  return g_utf8_collate (cr_theme_get_label (theme_a), cr_theme_get_label (theme_b));
}

static GObject *
read_theme_row (sqlite3_stmt  *stmt,
                GError       **error)
{
  const char *facet_nick = _cr_db_column_text (stmt, 1);
  CrThemeFacet facet;
  CrTheme *theme;

  if (!cr_theme_facet_from_nick (facet_nick, &facet))
    {
      g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_CORRUPT,
                   /* Translators: the first %s is a theme label, the second the unknown stored value */
                   _("The theme “%s” has an unknown facet (“%s”). The database may have been changed outside Case Reviews; restore the latest backup."),
                   _cr_db_column_text (stmt, 2), facet_nick != NULL ? facet_nick : "");
      return NULL;
    }

  theme = cr_theme_new ();
  cr_theme_set_id (theme, sqlite3_column_int64 (stmt, 0));
  cr_theme_set_facet (theme, facet);
  cr_theme_set_label (theme, _cr_db_column_text (stmt, 2));
  cr_theme_set_selected (theme, sqlite3_column_int (stmt, 3) != 0);
  return (GObject *) theme;
}

static void
run_list_themes (CrDbWorker *worker,
                 GTask      *task)
{
  ThemeData *data = g_task_get_task_data (task);
  g_autoptr(GPtrArray) themes = NULL;
  g_autoptr(CrDbStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  if ((data->case_id != 0 && !_cr_db_require_case (worker, data->case_id, &error)) ||
      (stmt = _cr_db_prepare (worker,
                              "SELECT t.id, t.facet, t.label,"
                              "       EXISTS (SELECT 1 FROM case_themes ct"
                              "                WHERE ct.case_id = ?1 AND ct.theme_id = t.id)"
                              "  FROM themes t",
                              &error)) == NULL)
    goto fail;

  sqlite3_bind_int64 (stmt, 1, data->case_id);
  if ((themes = _cr_db_collect (worker, stmt, read_theme_row, &error)) == NULL)
    goto fail;

  g_ptr_array_sort (themes, compare_themes);
  g_task_return_pointer (task, g_steal_pointer (&themes), (GDestroyNotify) g_ptr_array_unref);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_list_themes_async (CrDatabase          *self,
                               gint64               case_id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  ThemeData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_list_themes_async, "cr_database_list_themes_async");
  data = g_new0 (ThemeData, 1);
  data->case_id = case_id;
  g_task_set_task_data (task, data, g_free);
  _cr_database_submit (self, task, run_list_themes, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_list_themes_finish (CrDatabase    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_list_themes_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
run_set_case_theme (CrDbWorker *worker,
                    GTask      *task)
{
  ThemeData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrDbStmt) find = NULL;
  g_autoptr(CrDbStmt) write = NULL;
  g_autoptr(GError) error = NULL;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !_cr_db_require_case (worker, data->case_id, &error) ||
      (find = _cr_db_prepare (worker, "SELECT 1 FROM themes WHERE id = ?1", &error)) == NULL)
    goto fail;

  sqlite3_bind_int64 (find, 1, data->theme_id);
  if (!_cr_db_step_one (worker, find, &error, _("The theme was not found. Reload the list of themes.")))
    goto fail;

  /* Idempotent: selecting a selected theme changes (and audits) nothing. */
  if (data->selected)
    write = _cr_db_prepare (worker, "INSERT OR IGNORE INTO case_themes (case_id, theme_id) VALUES (?1, ?2)", &error);
  else
    write = _cr_db_prepare (worker, "DELETE FROM case_themes WHERE case_id = ?1 AND theme_id = ?2", &error);
  if (write == NULL)
    goto fail;

  sqlite3_bind_int64 (write, 1, data->case_id);
  sqlite3_bind_int64 (write, 2, data->theme_id);
  if (!_cr_db_step_done (worker, write, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    goto fail;

  g_task_return_boolean (task, TRUE);
  return;

fail:
  g_task_return_error (task, g_steal_pointer (&error));
}

void
cr_database_set_case_theme_async (CrDatabase          *self,
                                  gint64               case_id,
                                  gint64               theme_id,
                                  gboolean             selected,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  ThemeData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_set_case_theme_async, "cr_database_set_case_theme_async");
  data = g_new0 (ThemeData, 1);
  data->case_id = case_id;
  data->theme_id = theme_id;
  data->selected = !!selected;
  g_task_set_task_data (task, data, g_free);
  _cr_database_submit (self, task, run_set_case_theme, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_set_case_theme_finish (CrDatabase    *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_set_case_theme_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
