/* cr-case-window-util.c: what the windows of one case share
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrCaseWindow"

#include "config.h"

#include "cr-case-window-util.h"

#include <glib/gi18n.h>

/*
 * One window per case
 */

static gboolean
shows_database (gpointer    window,
                CrDatabase *database)
{
  g_autoptr(CrDatabase) db = NULL;

  g_object_get (window, "database", &db, NULL);
  return db == database;
}

GtkWindow *
cr_case_window_find (GtkApplication *application,
                     GType           type,
                     CrDatabase     *database,
                     gint64          case_id)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  if (application == NULL)
    return NULL;

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      g_autoptr(CrCase) kase = NULL;

      if (!G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) || !shows_database (l->data, database))
        continue;

      g_object_get (l->data, "case", &kase, NULL);
      if (kase != NULL && cr_case_get_id (kase) == case_id)
        return l->data;
    }

  return NULL;
}

void
cr_case_window_close_all (GtkApplication *application,
                          GType           type,
                          CrDatabase     *database)
{
  g_autoptr(GPtrArray) closing = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (application == NULL || GTK_IS_APPLICATION (application));

  if (application == NULL)
    return;

  /* Collected first: closing changes the list. */
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && shows_database (l->data, database))
      g_ptr_array_add (closing, g_object_ref (l->data));

  for (guint i = 0; i < closing->len; i++)
    gtk_window_close (g_ptr_array_index (closing, i));
}

/*
 * The case shown
 */

gboolean
cr_case_window_same_case (CrCase *current,
                          CrCase *kase)
{
  return current != NULL && kase != NULL &&
         cr_case_get_id (current) == cr_case_get_id (kase) &&
         cr_case_get_status (current) == cr_case_get_status (kase) &&
         g_strcmp0 (cr_case_get_updated_at (current), cr_case_get_updated_at (kase)) == 0 &&
         g_strcmp0 (cr_case_get_pseudonym (current), cr_case_get_pseudonym (kase)) == 0 &&
         g_strcmp0 (cr_case_get_reference (current), cr_case_get_reference (kase)) == 0;
}

void
cr_case_window_show_title (GtkWindow            *window,
                           AdwViewSwitcherTitle *switcher_title,
                           GtkLabel             *reference_label,
                           GtkLabel             *pseudonym_label,
                           CrCase               *kase,
                           const char           *what)
{
  const char *reference = kase != NULL ? cr_case_get_reference (kase) : NULL;
  const char *pseudonym = kase != NULL ? cr_case_get_pseudonym (kase) : NULL;
  g_autofree char *title = NULL;

  if (reference == NULL)
    reference = "";

  adw_view_switcher_title_set_title (switcher_title, reference);
  adw_view_switcher_title_set_subtitle (switcher_title, pseudonym != NULL ? pseudonym : "");
  /* Beside the page switcher when it leaves no room for the title. */
  gtk_label_set_text (reference_label, reference);
  gtk_label_set_text (pseudonym_label, pseudonym != NULL ? pseudonym : "");

  if (pseudonym != NULL)
    /* Translators: a window title: the case reference, its pseudonym and
     * what the window holds, "NB-2026-004 · Child A — Report". */
    title = g_strdup_printf (_("%s · %s — %s"), reference, pseudonym, what);
  else
    /* Translators: a window title: the case reference and what the window
     * holds, "NB-2026-004 — Report". */
    title = g_strdup_printf (_("%s — %s"), reference, what);
  gtk_window_set_title (window, title);
}

/*
 * Size and pages
 */

/* The keys "@prefix-width", "-height" and "-maximized", or NULL when
 * @settings has none. */
static GStrv
dup_size_keys (GSettings  *settings,
               const char *prefix)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  if (settings == NULL)
    return NULL;

  keys = g_new0 (char *, 4);
  keys[0] = g_strconcat (prefix, "-width", NULL);
  keys[1] = g_strconcat (prefix, "-height", NULL);
  keys[2] = g_strconcat (prefix, "-maximized", NULL);
  g_object_get (settings, "settings-schema", &schema, NULL);
  return schema != NULL && g_settings_schema_has_key (schema, keys[0]) ? g_steal_pointer (&keys) : NULL;
}

void
cr_case_window_restore_size (GtkWindow  *window,
                             GSettings  *settings,
                             const char *prefix)
{
  g_auto(GStrv) keys = dup_size_keys (settings, prefix);
  int width, height;

  if (keys == NULL)
    return;

  width = g_settings_get_int (settings, keys[0]);
  height = g_settings_get_int (settings, keys[1]);
  gtk_window_set_default_size (window, MAX (width, 360), MAX (height, 320));
  if (g_settings_get_boolean (settings, keys[2]))
    gtk_window_maximize (window);
}

void
cr_case_window_save_size (GtkWindow  *window,
                          GSettings  *settings,
                          const char *prefix)
{
  g_auto(GStrv) keys = dup_size_keys (settings, prefix);
  int width, height;

  if (keys == NULL)
    return;

  gtk_window_get_default_size (window, &width, &height);
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (settings, keys[0], width);
      g_settings_set_int (settings, keys[1], height);
    }
  g_settings_set_boolean (settings, keys[2], gtk_window_is_maximized (window));
}

gboolean
cr_case_window_show_page (GtkWindow    *window,
                          AdwViewStack *stack,
                          const char   *name)
{
  if (adw_view_stack_get_child_by_name (stack, name) == NULL)
    {
      g_warning ("%s has no page “%s”", G_OBJECT_TYPE_NAME (window), name);
      return FALSE;
    }

  adw_view_stack_set_visible_child_name (stack, name);
  return TRUE;
}
