/* cr-window-loading.c: opening the database and loading the register */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrWindow"

#include "config.h"

#include "cr-window-private.h"

#include "cr-demo-data.h"
#include "cr-demo-documents.h"
#include "cr-report-window.h"
#include "cr-review-window.h"

#include <glib/gi18n.h>


/*
 * State
 */

void
_cr_window_update_switcher_bar (CrWindow *self)
{
  gboolean ready = g_strcmp0 (self->state, "ready") == 0;

  /* Notifications can arrive while the template is still being built. */
  if (self->switcher_bar == NULL || self->switcher_title == NULL)
    return;

  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    ready && adw_view_switcher_title_get_title_visible (self->switcher_title));
}

void
_cr_window_set_state (CrWindow   *self,
                      const char *state)
{
  gboolean ready = g_str_equal (state, "ready");

  if (g_strcmp0 (self->state, state) == 0)
    return;

  self->state = state;
  gtk_stack_set_visible_child_name (self->state_stack, state);
  gtk_spinner_set_spinning (self->loading_spinner, g_str_equal (state, "loading"));
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, ready);
  _cr_window_update_switcher_bar (self);
  _cr_window_update_actions (self);

  _cr_window_notify (self, PROP_STATE);
}

static void
show_error (CrWindow     *self,
            const GError *error)
{
  g_autofree char *message = g_markup_escape_text (error->message, -1);
  g_autofree char *path = g_markup_escape_text (self->path ? self->path : "", -1);
  g_autofree char *description = NULL;

  g_debug ("Could not open %s: %s", self->path, error->message);

  /* Translators: first %s is the storage error, second the database file path */
  description = g_strdup_printf (_("%s\n\n<small>Database file: %s</small>"), message, path);
  adw_status_page_set_description (self->error_page, description);
  _cr_window_set_state (self, "error");
}


/*
 * Loading
 */

static void
on_list_cases_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data);

static void
list_cases (CrWindow *self)
{
  cr_database_list_cases_async (self->database, self->cancellable,
                                on_list_cases_cb, g_object_ref (self));
}

static void
on_demo_documents_written_cb (GObject      *source,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  g_autoptr(CrWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (CR_DATABASE (source) != self->database)
    return;

  if (!cr_demo_documents_write_finish (CR_DATABASE (source), result, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  self->demo = FALSE;
  list_cases (self);
}

static void
on_demo_data_written_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(CrWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (CR_DATABASE (source) != self->database)
    return;

  if (!cr_demo_data_write_finish (CR_DATABASE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  /* Then the chronologies and PDF documents of two reviews under way. */
  cr_demo_documents_write_async (self->database, self->cancellable,
                                 on_demo_documents_written_cb, g_object_ref (self));
}

static void
on_list_cases_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrWindow) self = user_data;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  /* A result for a database this window has since let go of. */
  if (CR_DATABASE (source) != self->database)
    return;

  cases = cr_database_list_cases_finish (CR_DATABASE (source), result, &error);
  if (cases == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  if (self->demo && cases->len == 0 && !cr_database_get_read_only (self->database))
    {
      cr_demo_data_write_async (self->database, self->cancellable,
                                on_demo_data_written_cb, g_object_ref (self));
      return;
    }

  start = g_get_monotonic_time ();
  cr_case_register_set_cases (self->reg, cases);
  g_debug ("Register of %u cases filled in %.1f ms",
           cases->len, (g_get_monotonic_time () - start) / 1000.0);
  _cr_window_show_detail (self, NULL);
  _cr_window_update_cases_stack (self);

  g_object_set (self->case_page, "database", self->database, NULL);
  g_object_set (self->agencies_page, "database", self->database, NULL);

  _cr_window_set_state (self, "ready");

  /* Start where the work is: the register, or the way to fill it. */
  if (cr_case_register_get_n_cases (self->reg) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->register_view));
  else if (gtk_widget_get_sensitive (self->empty_new_case_button))
    gtk_widget_grab_focus (self->empty_new_case_button);
}

static void
on_open_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CrWindow) self = user_data;
  g_autoptr(CrDatabase) db = g_object_ref (CR_DATABASE (source));
  g_autoptr(GError) error = NULL;
  gboolean current = db == self->opening;

  if (current)
    g_clear_object (&self->opening);

  if (!cr_database_open_finish (db, result, &error))
    {
      cr_database_close (db);
      if (current && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error);
      return;
    }

  /* Another database was asked for, or the window closed, meanwhile. */
  if (!current || g_cancellable_is_cancelled (self->cancellable))
    {
      cr_database_close (db);
      return;
    }

  g_debug ("Opened %s; loading the register", self->path);
  g_set_object (&self->database, db);
  gtk_info_bar_set_revealed (self->read_only_bar, cr_database_get_read_only (db));
  _cr_window_notify (self, PROP_DATABASE);

  list_cases (self);
}

void
_cr_window_close_database (CrWindow *self)
{
  g_autoptr(CrDatabase) db = g_steal_pointer (&self->database);

  if (db == NULL)
    return;

  if (self->case_page != NULL)
    {
      _cr_window_show_detail (self, NULL);
      g_object_set (self->case_page, "database", NULL, NULL);
      g_object_set (self->agencies_page, "database", NULL, NULL);
    }

  /* The review workspaces of its cases go with it. */
  cr_review_window_close_all (gtk_window_get_application (GTK_WINDOW (self)), db);
  cr_report_window_close_all (gtk_window_get_application (GTK_WINDOW (self)), db);

  cr_database_close (db);
  _cr_window_notify (self, PROP_DATABASE);
}



/*
 * Private and public API
 */

void
_cr_window_retry (CrWindow *self)
{
  if (self->path != NULL)
    cr_window_open (self, self->path, self->demo);
}


void
cr_window_open (CrWindow   *self,
                const char *path,
                gboolean    demo)
{
  g_autoptr(CrDatabase) db = NULL;
  g_autofree char *new_path = NULL;

  g_return_if_fail (CR_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  /* Stop whatever the previous database was doing, then start again. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  _cr_window_close_database (self);
  gtk_info_bar_set_revealed (self->read_only_bar, FALSE);

  new_path = g_strdup (path);
  g_free (self->path);
  self->path = g_steal_pointer (&new_path);
  self->demo = demo;
  _cr_window_notify (self, PROP_PATH);

  _cr_window_set_state (self, "loading");
  g_debug ("Opening %s", self->path);

  db = cr_database_new (self->path);
  g_set_object (&self->opening, db);
  cr_database_open_async (db, self->cancellable, on_open_cb, g_object_ref (self));
}
