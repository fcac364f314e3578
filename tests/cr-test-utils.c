/* cr-test-utils.c */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#include "cr-test-utils.h"

#include "cr-case-status.h"
#include "cr-database-review.h"

#include <adwaita.h>

char *
cr_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("case-reviews-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

void
cr_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path == NULL)
    return;

  dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            cr_test_remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

CrDatabase *
cr_test_open_database (const char *path)
{
  g_autoptr(CrDatabase) db = cr_database_new (path);
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;

  cr_database_open_async (db, NULL, cr_database_sync_cb, &res);
  cr_database_open_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return g_steal_pointer (&db);
}

static gboolean
on_timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
cr_test_wait_for_flag (gboolean *flag,
                       guint     timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, on_timeout_cb, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out after %u ms waiting for an asynchronous operation", timeout_ms);
  g_source_remove (id);
}

void
cr_test_wait_until (CrTestPredicate  predicate,
                    gpointer         data,
                    const char      *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (CR_TEST_WAIT_MS, on_timeout_cb, &timed_out);

  while (!predicate (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s", what);
  g_source_remove (id);
}

void
cr_test_wait_count (guint      *counter,
                    guint       target,
                    const char *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (CR_TEST_WAIT_MS, on_timeout_cb, &timed_out);

  while (*counter < target && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s (%u of %u)", what, *counter, target);
  g_source_remove (id);
}

void
cr_test_spin (guint ms)
{
  gboolean timed_out = FALSE;

  g_timeout_add (ms, on_timeout_cb, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
}

void
cr_test_database_set_up (const char  *file_name,
                         char       **out_dir,
                         char       **out_path,
                         CrDatabase **out_db)
{
  g_autofree char *path = NULL;

  *out_dir = cr_test_make_tmpdir ();
  path = g_build_filename (*out_dir, file_name, NULL);
  *out_db = cr_test_open_database (path);
  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);
}

void
cr_test_database_tear_down (char       **dir,
                            char       **path,
                            CrDatabase **db)
{
  /* Explicitly: close() joins the thread, so nothing is open any more
   * when the folder is removed. */
  if (*db != NULL)
    cr_database_close (*db);
  g_clear_object (db);
  cr_test_remove_tree (*dir);
  g_clear_pointer (dir, g_free);
  if (path != NULL)
    g_clear_pointer (path, g_free);
}

void
cr_test_collect_widgets (GtkWidget *widget,
                         GType      type,
                         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    cr_test_collect_widgets (child, type, found);
}

guint
cr_test_read_committed (int      fd,
                        GString *buffer,
                        gint64   deadline)
{
  guint last = 0;
  char chunk[4096];

  for (;;)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      int timeout = deadline < 0 ? -1 : (int) MAX (0, (deadline - g_get_monotonic_time ()) / 1000);
      int ret = poll (&pfd, 1, timeout);
      gssize n;

      if (ret == 0)
        break;
      if (ret < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (ret, >, 0);

      n = read (fd, chunk, sizeof chunk);
      if (n <= 0)
        break;
      g_string_append_len (buffer, chunk, n);
    }

  /* The last complete line is the last commit the child saw succeed. */
  {
    g_auto(GStrv) lines = g_strsplit (buffer->str, "\n", -1);
    guint n_lines = g_strv_length (lines);

    for (guint i = 0; i + 1 < n_lines; i++)
      last = MAX (last, (guint) g_ascii_strtoull (lines[i], NULL, 10));
  }
  return last;
}

CrCase *
cr_test_db_get_case (CrDatabase *db,
                     gint64      id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  CrCase *kase;

  cr_database_get_case_async (db, id, NULL, NULL, cr_database_sync_cb, &res);
  kase = cr_database_get_case_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return kase;
}

CrAgency *
cr_test_db_create_agency (CrDatabase     *db,
                          const char     *name,
                          CrAgencySector  sector)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CrAgency) agency = cr_agency_new ();
  CrAgency *stored;

  cr_agency_set_name (agency, name);
  cr_agency_set_sector (agency, sector);
  cr_database_create_agency_async (db, agency, NULL, cr_database_sync_cb, &res);
  stored = cr_database_create_agency_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return stored;
}

GPtrArray *
cr_test_db_list_records (CrDatabase *db,
                         GType       type,
                         gint64      case_id)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *records;

  cr_database_list_records_async (db, type, case_id, NULL, cr_database_sync_cb, &res);
  records = cr_database_list_records_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return records;
}

CrRecord *
cr_test_db_save_record (CrDatabase *db,
                        CrRecord   *record)
{
  g_autoptr(GAsyncResult) res = NULL;
  g_autoptr(GError) error = NULL;
  CrRecord *stored;

  cr_database_save_record_async (db, record, NULL, cr_database_sync_cb, &res);
  stored = cr_database_save_record_finish (db, cr_database_wait (&res), &error);
  g_assert_no_error (error);
  return stored;
}

void
cr_test_assert_contains (const char *text,
                         const char *fragment)
{
  g_assert_nonnull (text);
  if (strstr (text, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", text, fragment);
}

void
cr_test_assert_valid (CrRecord *record)
{
  g_autoptr(GError) error = NULL;

  if (!cr_record_validate (record, &error))
    g_error ("%s refused: %s", G_OBJECT_TYPE_NAME (record), error->message);
}

void
cr_test_assert_invalid (CrRecord   *record,
                        const char *fragment,
                        const char *fragment2)
{
  g_autoptr(GError) error = NULL;

  if (cr_record_validate (record, &error))
    g_error ("%s accepted, expected “%s”", G_OBJECT_TYPE_NAME (record), fragment);
  g_assert_error (error, CR_CASE_ERROR, CR_CASE_ERROR_INVALID);
  cr_test_assert_contains (error->message, fragment);
  if (fragment2 != NULL)
    cr_test_assert_contains (error->message, fragment2);
}

gpointer
cr_test_find_toplevel (GType    type,
                       gboolean visible_only)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          (!visible_only || gtk_widget_get_visible (GTK_WIDGET (window))))
        return window;
    }
  return NULL;
}

typedef struct
{
  GType    type;
  gboolean visible_only;
} ToplevelWait;

static gboolean
toplevel_shown (gpointer data)
{
  ToplevelWait *wait = data;

  return cr_test_find_toplevel (wait->type, wait->visible_only) != NULL;
}

static gboolean
toplevel_gone (gpointer data)
{
  ToplevelWait *wait = data;

  return cr_test_find_toplevel (wait->type, wait->visible_only) == NULL;
}

gpointer
cr_test_wait_for_toplevel (GType       type,
                           gboolean    visible_only,
                           const char *what)
{
  ToplevelWait wait = { type, visible_only };

  cr_test_wait_until (toplevel_shown, &wait, what != NULL ? what : g_type_name (type));
  return cr_test_find_toplevel (type, visible_only);
}

void
cr_test_wait_toplevel_gone (GType       type,
                            gboolean    visible_only,
                            const char *what)
{
  ToplevelWait wait = { type, visible_only };

  cr_test_wait_until (toplevel_gone, &wait, what != NULL ? what : g_type_name (type));
}

void
cr_test_destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  cr_test_spin (50);
}

gpointer
cr_test_find_row (gpointer    root,
                  GType       type,
                  const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  cr_test_collect_widgets (GTK_WIDGET (root), type, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), title) == 0)
      return rows->pdata[i];
  return NULL;
}
