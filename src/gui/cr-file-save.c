/* cr-file-save.c: saving a file the user chooses: the chooser and the write
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFileSave"

#include "config.h"

#include "cr-file-save.h"

#include "cr-edit-utils.h"

#include <glib/gi18n.h>

typedef struct
{
  char            *path;
  GBytes          *bytes;
  AdwToastOverlay *toast_overlay;
  CrFileSavedFunc  done;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_free (data->path);
  g_bytes_unref (data->bytes);
  g_object_unref (data->toast_overlay);
  g_free (data);
}

/*
 * The chooser
 */

GtkFileChooserNative *
cr_file_save_chooser_new (GtkWindow  *parent,
                          const char *title,
                          const char *accept_label,
                          const char *name,
                          const char *filter_name,
                          const char *mime_type,
                          const char *suffix)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = NULL;
  GtkFileChooserNative *chooser;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  if (filter_name != NULL)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, filter_name);
      gtk_file_filter_add_mime_type (filter, mime_type);
      gtk_file_filter_add_suffix (filter, suffix);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    folder = g_file_new_for_path (documents);
  else
    folder = g_file_new_for_path (g_get_home_dir ());
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  return chooser;
}

void
cr_file_save_chooser_clear (GtkFileChooserNative **chooser,
                            gpointer               data)
{
  g_return_if_fail (chooser != NULL);

  if (*chooser == NULL)
    return;

  g_signal_handlers_disconnect_by_data (*chooser, data);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (*chooser));
  g_clear_object (chooser);
}

char *
cr_file_save_sanitize_name (const char *name,
                            const char *fallback)
{
  g_autoptr(GString) clean = g_string_new (NULL);

  for (const char *p = name; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (clean, c == '/' || c == '\\' || g_unichar_iscntrl (c) ? '-' : c);
    }

  g_strstrip (clean->str);
  if (clean->str[0] == '\0' || clean->str[0] == '.')
    return g_strdup (fallback);

  return g_string_free (g_steal_pointer (&clean), FALSE);
}

/*
 * The write
 */

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *contents = g_bytes_get_data (data->bytes, &size);

  /* Written to a temporary file, synced and renamed over the target: a
   * crash leaves the old file or the new one, never half of it. Only the
   * user may read it: it is about a child. */
  if (!g_file_set_contents_full (data->path, contents, (gssize) size,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  SaveData *data = g_task_get_task_data (G_TASK (result));
  g_autofree char *name = g_filename_display_basename (data->path);
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  if (data->done != NULL)
    data->done (GTK_WIDGET (source));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Translators: %s is a file name; the reason follows */
      title = g_strdup_printf (_("Could not save “%s”"), name);
      cr_show_error_toast (GTK_WIDGET (data->toast_overlay), title, error);
      return;
    }

  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Saved “%s”"), name);
  cr_show_toast (GTK_WIDGET (data->toast_overlay), title);
}

gboolean
cr_file_save_bytes (GtkWidget       *owner,
                    AdwToastOverlay *toast_overlay,
                    GFile           *file,
                    GBytes          *bytes,
                    CrFileSavedFunc  done)
{
  g_autoptr(GTask) task = NULL;
  char *path;
  SaveData *data;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), FALSE);
  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (toast_overlay), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      cr_show_toast (GTK_WIDGET (toast_overlay),
                     _("Could not save there: choose a folder on this computer."));
      return FALSE;
    }

  data = g_new0 (SaveData, 1);
  data->path = path;
  data->bytes = g_bytes_ref (bytes);
  data->toast_overlay = g_object_ref (toast_overlay);
  data->done = done;

  task = g_task_new (owner, NULL, on_saved_cb, NULL);
  g_task_set_source_tag (task, cr_file_save_bytes);
  g_task_set_name (task, "[case-reviews] save file");
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
  return TRUE;
}
