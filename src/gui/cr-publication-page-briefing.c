/* cr-publication-page-briefing.c: drafting, editing, previewing and
 * exporting the 7-minute briefing from the publication page
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPublicationPage"

#include "config.h"

#include "cr-publication-page-private.h"

#include "cr-briefing-dialog.h"
#include "cr-briefing-report.h"
#include "cr-edit-utils.h"
#include "cr-file-save.h"
#include "cr-report-preview-window.h"

#include <glib/gi18n.h>

/* "CR-2026-004-7-minute-briefing.pdf" */
static char *
dup_file_name (CrPublicationPage *self)
{
  CrCase *kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  const char *reference = kase != NULL ? cr_case_get_reference (kase) : NULL;
  g_autofree char *name = NULL;

  /* Translators: the file name of an exported briefing; %s is the case reference */
  name = g_strdup_printf (_("%s-7-minute-briefing.pdf"), reference != NULL ? reference : "case");
  return cr_file_save_sanitize_name (name, "7-minute-briefing.pdf");
}

/*
 * Editing
 */

static void
on_briefing_saved_cb (CrBriefingDialog  *dialog,
                      CrBriefing        *stored,
                      CrPublicationPage *self)
{
  cr_show_toast (GTK_WIDGET (self), _("Briefing saved"));
  _cr_publication_page_load (self);
}

static void
open_dialog (CrPublicationPage *self,
             CrBriefing        *briefing)
{
  CrBriefingDialog *dialog;

  dialog = cr_briefing_dialog_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                   cr_review_page_get_database (CR_REVIEW_PAGE (self)),
                                   briefing, self->report);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_briefing_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
draft_briefing_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CrPublicationPage *self = CR_PUBLICATION_PAGE (widget);
  g_autoptr(CrBriefing) draft = NULL;

  if (self->report == NULL || !cr_review_page_is_writable (CR_REVIEW_PAGE (self)))
    return;

  draft = cr_briefing_draft_from_report (self->report);
  open_dialog (self, draft);
}

static void
edit_briefing_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CrPublicationPage *self = CR_PUBLICATION_PAGE (widget);
  CrBriefing *briefing = self->report != NULL ? cr_review_report_get_briefing (self->report) : NULL;

  if (briefing == NULL || !cr_review_page_is_writable (CR_REVIEW_PAGE (self)))
    return;

  open_dialog (self, briefing);
}

/*
 * The PDF, made and written off the main thread
 */

static void
render_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  GBytes *pdf = cr_briefing_report_render (CR_REVIEW_REPORT (task_data), &error);

  if (pdf == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, pdf, (GDestroyNotify) g_bytes_unref);
}

static void
on_rendered_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CrPublicationPage *self = CR_PUBLICATION_PAGE (source);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  CrCase *kase;
  CrReportPreviewWindow *window;

  pdf = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->rendering = FALSE;
  _cr_publication_page_show_briefing (self);
  if (pdf == NULL)
    {
      cr_show_error_toast (GTK_WIDGET (self), _("Could not make the briefing"), error);
      return;
    }
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;

  kase = cr_review_page_get_case (CR_REVIEW_PAGE (self));
  name = dup_file_name (self);
  /* Translators: the preview window's title; %s is a case reference */
  title = g_strdup_printf (_("7-Minute Briefing — %s"),
                           kase != NULL && cr_case_get_reference (kase) != NULL ? cr_case_get_reference (kase) : "");
  window = cr_report_preview_window_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                         title, pdf, name);
  gtk_window_present (GTK_WINDOW (window));
}

static void
preview_briefing_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CrPublicationPage *self = CR_PUBLICATION_PAGE (widget);
  g_autoptr(GTask) task = NULL;

  if (self->report == NULL || self->rendering)
    return;

  self->rendering = TRUE;
  _cr_publication_page_show_briefing (self);
  task = g_task_new (self, self->briefing_cancellable, on_rendered_cb, NULL);
  g_task_set_source_tag (task, preview_briefing_action);
  g_task_set_task_data (task, g_object_ref (self->report), g_object_unref);
  g_task_run_in_thread (task, render_thread);
}

typedef struct
{
  CrReviewReport *report;
  char           *path;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_clear_object (&data->report);
  g_free (data->path);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;

  if (!cr_briefing_report_write (data->report, data->path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CrPublicationPage *self = CR_PUBLICATION_PAGE (source);
  WriteData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      self->rendering = FALSE;
      _cr_publication_page_show_briefing (self);
      cr_show_error_toast (GTK_WIDGET (self), _("Could not export the briefing"), error);
      return;
    }

  self->rendering = FALSE;
  _cr_publication_page_show_briefing (self);
  name = g_path_get_basename (data->path);
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Saved “%s”"), name);
  cr_show_toast (GTK_WIDGET (self), title);
}

static void
on_export_response_cb (GtkNativeDialog   *dialog,
                       int                response,
                       CrPublicationPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  WriteData *data;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  cr_file_save_chooser_clear (&self->chooser, self);

  if (file == NULL || self->report == NULL)
    return;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      cr_show_toast (GTK_WIDGET (self), _("The briefing can only be saved to a folder on this computer"));
      return;
    }

  self->rendering = TRUE;
  _cr_publication_page_show_briefing (self);
  data = g_new0 (WriteData, 1);
  data->report = g_object_ref (self->report);
  data->path = g_steal_pointer (&path);
  task = g_task_new (self, self->briefing_cancellable, on_written_cb, NULL);
  g_task_set_source_tag (task, on_export_response_cb);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

static void
export_briefing_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CrPublicationPage *self = CR_PUBLICATION_PAGE (widget);
  g_autofree char *name = NULL;

  if (self->report == NULL || self->rendering)
    return;

  cr_file_save_chooser_clear (&self->chooser, self);
  name = dup_file_name (self);
  self->chooser = cr_file_save_chooser_new (cr_review_page_get_window (CR_REVIEW_PAGE (self)),
                                            _("Export Briefing"), _("_Export"), name,
                                            _("PDF documents"), "application/pdf", "pdf");
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/*
 * Set-up
 */

void
_cr_publication_page_briefing_dispose (CrPublicationPage *self)
{
  g_cancellable_cancel (self->briefing_cancellable);
  g_clear_object (&self->briefing_cancellable);
  cr_file_save_chooser_clear (&self->chooser, self);
}

void
_cr_publication_page_class_init_briefing (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "publication.draft-briefing", NULL,
                                   draft_briefing_action);
  gtk_widget_class_install_action (widget_class, "publication.edit-briefing", NULL,
                                   edit_briefing_action);
  gtk_widget_class_install_action (widget_class, "publication.preview-briefing", NULL,
                                   preview_briefing_action);
  gtk_widget_class_install_action (widget_class, "publication.export-briefing", NULL,
                                   export_briefing_action);
}
