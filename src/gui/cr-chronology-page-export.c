/* cr-chronology-page-export.c: the chronology shown, as CSV or PDF */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyPage"

#include "config.h"

#include "cr-chronology-page-private.h"

#include "cr-chronology-report.h"
#include "cr-edit-utils.h"
#include "cr-file-save.h"

#include <glib/gi18n.h>

typedef struct
{
  CrChronologyPage *page;         /* owned once the export starts */
  gboolean          owns_page;
  GListModel       *entries;      /* the entries shown when asked */
  char             *description;  /* of the filter, or NULL */
  char             *path;
  GBytes           *bytes;
  gboolean          pdf;
} Export;

static void
export_free (Export *export)
{
  if (export->owns_page)
    g_clear_object (&export->page);
  g_clear_object (&export->entries);
  g_clear_pointer (&export->bytes, g_bytes_unref);
  g_free (export->description);
  g_free (export->path);
  g_free (export);
}

static void
finish_export (Export       *export,
               const GError *error)
{
  CrChronologyPage *self = export->page;
  g_autofree char *name = g_filename_display_basename (export->path);

  self->exporting = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chronology.export-csv", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chronology.export-pdf", TRUE);

  if (self->toast_overlay == NULL)
    return;   /* the page has gone */

  if (error != NULL)
    {
      /* Translators: %s is a file name; the reason follows */
      g_autofree char *what = g_strdup_printf (_("Could not export “%s”"), name);

      cr_show_error_toast (GTK_WIDGET (self->toast_overlay), what, error);
    }
  else
    {
      /* Translators: %s is a file name */
      g_autofree char *title = g_strdup_printf (_("Exported “%s”"), name);

      cr_show_toast (GTK_WIDGET (self->toast_overlay), title);
    }
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Export *export = task_data;
  GError *error = NULL;
  gsize size;
  const char *contents;

  /* The CSV is written here too: 50,000 entries take a moment. */
  if (export->bytes == NULL)
    export->bytes = cr_chronology_write_csv (export->entries);

  contents = g_bytes_get_data (export->bytes, &size);

  /* A temporary file, synced and renamed over the target: a crash leaves
   * the old file or the new one. Only the user may read it: it is about a
   * child. */
  if (!g_file_set_contents_full (export->path, contents, (gssize) size,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  finish_export (export, error);
}

static void
write_file (Export *export)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, on_written_cb, NULL);

  g_task_set_source_tag (task, write_file);
  g_task_set_name (task, "[case-reviews] export chronology");
  g_task_set_task_data (task, export, (GDestroyNotify) export_free);
  g_task_run_in_thread (task, write_thread);
}

static void
on_rendered_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Export *export = user_data;
  g_autoptr(GError) error = NULL;

  export->bytes = cr_chronology_report_render_finish (result, &error);
  if (export->bytes == NULL)
    {
      finish_export (export, error);
      export_free (export);
      return;
    }

  write_file (export);
}

static void
start_export (Export *export)
{
  CrChronologyPage *self = export->page;
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));

  g_object_ref (self);
  export->owns_page = TRUE;
  self->exporting = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chronology.export-csv", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chronology.export-pdf", FALSE);

  if (export->pdf)
    cr_chronology_report_render_async (kase, export->entries, export->description,
                                       self->work_cancellable, on_rendered_cb, export);
  else
    write_file (export);
}


/*
 * Choosing where
 */

static void on_chooser_response_cb (GtkNativeDialog *dialog,
                                    int              response,
                                    Export          *export);

static void
close_chooser (CrChronologyPage *self)
{
  if (self->chooser == NULL)
    return;

  /* Destroyed, not hidden: GTK 4.8's accessibility bus trips over hidden
   * toplevels that stay alive. An export still waiting goes with it. */
  g_signal_handlers_disconnect_matched (self->chooser, G_SIGNAL_MATCH_FUNC,
                                        0, 0, NULL, on_chooser_response_cb, NULL);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

static void
on_chooser_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        Export          *export)
{
  CrChronologyPage *self = export->page;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  g_object_steal_data (G_OBJECT (dialog), "cr-export");
  close_chooser (self);

  if (file == NULL)
    {
      export_free (export);
      return;
    }

  export->path = g_file_get_path (file);
  if (export->path == NULL)
    {
      cr_show_toast (GTK_WIDGET (self->toast_overlay),
                     _("Could not export there: choose a folder on this computer."));
      export_free (export);
      return;
    }

  start_export (export);
}

void
_cr_chronology_page_export (CrChronologyPage *self,
                            gboolean          pdf)
{
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  g_autofree char *name = NULL;
  Export *export;

  if (self->chooser != NULL || self->exporting || self->chronology == NULL || kase == NULL)
    return;

  /* The entries as shown now, so a filter changed while the chooser is
   * open does not change what is exported. */
  export = g_new0 (Export, 1);
  export->page = self;
  export->pdf = pdf;
  export->entries = _cr_chronology_page_dup_shown (self);
  export->description = cr_chronology_filter_dup_description (self->filter);

  /* Translators: a file name: the case reference, then the file type */
  name = g_strdup_printf (_("%s chronology.%s"), cr_case_get_reference (kase), pdf ? "pdf" : "csv");
  g_strdelimit (name, "/\\", '-');
  if (pdf)
    self->chooser = cr_file_save_chooser_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                              _("Export Chronology as PDF"), _("_Export"), name,
                                              _("PDF documents"), "application/pdf", "pdf");
  else
    self->chooser = cr_file_save_chooser_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                              _("Export Chronology as CSV"), _("_Export"), name,
                                              _("CSV files"), "text/csv", "csv");

  g_object_set_data_full (G_OBJECT (self->chooser), "cr-export", export, (GDestroyNotify) export_free);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_cr_chronology_page_export_dispose (CrChronologyPage *self)
{
  close_chooser (self);
}
