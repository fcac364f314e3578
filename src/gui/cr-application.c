/* cr-application.c: the Case Reviews application */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrApplication"

#include "config.h"

#include "cr-application.h"

#include "cr-database.h"
#include "cr-deadline-policy.h"
#include "cr-edit-utils.h"
#include "cr-preferences-window.h"
#include "cr-report-preview-window.h"
#include "cr-window.h"

#include <glib/gi18n.h>
#include <time.h>

struct _CrApplication
{
  AdwApplication parent_instance;

  gboolean       developer_preview_done;
  guint32        today;          /* julian day the deadlines were counted on */
  guint          day_check_id;
};

G_DEFINE_FINAL_TYPE (CrApplication, cr_application, ADW_TYPE_APPLICATION)

static guint32
today_julian (void)
{
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  return g_date_get_julian (&today);
}

static gboolean
check_day_cb (gpointer user_data)
{
  CrApplication *self = user_data;
  guint32 today = today_julian ();

  if (today != self->today)
    {
      self->today = today;
      cr_deadline_policy_day_changed (cr_deadline_policy_get_default ());
    }
  return G_SOURCE_CONTINUE;
}

static const GOptionEntry option_entries[] = {
  { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the case database in FILE"), N_("FILE") },
  { "demo", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Open the demonstration database, filled with fictional cases"), NULL },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};


/*
 * Helpers
 */

static CrWindow *
find_window_for_path (CrApplication *self,
                      const char    *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (CR_IS_WINDOW (l->data) && g_strcmp0 (cr_window_get_path (l->data), path) == 0)
        return l->data;
    }

  return NULL;
}

static void
open_database_window (CrApplication *self,
                      const char    *path,
                      gboolean       demo)
{
  CrWindow *window = find_window_for_path (self, path);

  if (window == NULL)
    {
      window = cr_window_new (GTK_APPLICATION (self));
      cr_window_open (window, path, demo);
    }

  gtk_window_present (GTK_WINDOW (window));
}


/* A hidden developer entry point, for headless screenshots and tests:
 * CR_PREVIEW_PDF=/path/file.pdf opens the report preview on that file
 * once, at startup. */
static void
open_developer_preview (CrApplication *self,
                        GtkWindow     *parent)
{
  const char *path = g_getenv ("CR_PREVIEW_PDF");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  CrReportPreviewWindow *preview;
  gsize length = 0;

  if (self->developer_preview_done || path == NULL || path[0] == '\0')
    return;
  self->developer_preview_done = TRUE;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_warning ("CR_PREVIEW_PDF: %s", error->message);
      return;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  name = g_path_get_basename (path);
  preview = cr_report_preview_window_new (parent, name, bytes, name);
  gtk_window_present (GTK_WINDOW (preview));
}


/*
 * Actions
 */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  CrApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing each window saves its size and closes its database cleanly;
   * the application ends with the last one. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *preferences = cr_preferences_window_new (parent);

  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CrApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Case Reviews authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Case Reviews"),
                        "application-icon", CR_APP_ICON_NAME,
                        "version", PACKAGE_VERSION,
                        "developer-name", "The Case Reviews authors",
                        "developers", developers,
                        "copyright", "© 2026 The Case Reviews authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://casereviews.org",
                        "issue-url", "https://casereviews.org/issues",
                        "comments", _("Follow child safeguarding cases from referral through notification, "
                                      "rapid review and local practice review to publication and learning."),
                        /* Translators: replace with your names, one name per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "about", about_action },
};


/*
 * GApplication overrides
 */

static int
cr_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "demo") && g_variant_dict_contains (options, "database"))
    {
      g_printerr ("%s\n", _("Use either --database or --demo, not both."));
      return 1;
    }

  return G_APPLICATION_CLASS (cr_application_parent_class)->handle_local_options (application, options);
}

static int
cr_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  CrApplication *self = CR_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *database = NULL;
  g_autofree char *path = NULL;
  gboolean demo = FALSE;

  g_variant_dict_lookup (options, "database", "^ay", &database);
  g_variant_dict_lookup (options, "demo", "b", &demo);

  if (database != NULL && database[0] != '\0')
    {
      /* Relative to where the command ran, which may not be our folder
       * when an instance is already running. */
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, database);

      path = g_file_get_path (file);
    }
  else if (demo)
    path = cr_database_dup_demo_path ();
  else
    path = cr_database_dup_default_path ();

  if (path == NULL)
    {
      g_application_command_line_printerr (command_line, "%s\n",
                                           _("The database path is not a local file."));
      return 1;
    }

  open_database_window (self, path, demo);
  open_developer_preview (self, gtk_application_get_active_window (GTK_APPLICATION (self)));
  return 0;
}

static void
cr_application_activate (GApplication *application)
{
  CrApplication *self = CR_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = cr_database_dup_default_path ();
  open_database_window (self, path, FALSE);
}

static void
cr_application_startup (GApplication *application)
{
  CrApplication *self = CR_APPLICATION (application);
  static const char *quit_accels[] = { "<Primary>q", NULL };
  static const char *preferences_accels[] = { "<Primary>comma", NULL };

  G_APPLICATION_CLASS (cr_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences", preferences_accels);

  gtk_window_set_default_icon_name (CR_APP_ICON_NAME);

  /* Deadlines follow the closure days and the rapid review clock start
   * of the preferences; each change refreshes the cases' deadlines. */
  {
    g_autoptr(GSettings) settings = cr_dup_settings ();

    if (settings != NULL)
      cr_deadline_policy_bind_settings (cr_deadline_policy_get_default (), settings);
  }

  /* Days left count from today: look each minute whether the date has
   * changed (past midnight, or after a suspend), and count again if so. */
  self->today = today_julian ();
  self->day_check_id = g_timeout_add_seconds (60, check_day_cb, self);
}

static void
cr_application_shutdown (GApplication *application)
{
  CrApplication *self = CR_APPLICATION (application);

  g_clear_handle_id (&self->day_check_id, g_source_remove);

  G_APPLICATION_CLASS (cr_application_parent_class)->shutdown (application);
}

static void
cr_application_class_init (CrApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = cr_application_handle_local_options;
  app_class->command_line = cr_application_command_line;
  app_class->activate = cr_application_activate;
  app_class->startup = cr_application_startup;
  app_class->shutdown = cr_application_shutdown;
}

static void
cr_application_init (CrApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Manage child safeguarding practice reviews."));
}


/*
 * Public API
 */

CrApplication *
cr_application_new (void)
{
  return g_object_new (CR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       /* The same resources serve the .Devel profile. */
                       "resource-base-path", APP_RESOURCE_PATH,
                       NULL);
}
