/* cr-report-window-export.c: the report window's Preview Report and
 * Export Report…
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReportWindow"

#include "config.h"

#include "cr-report-window-private.h"

#include "cr-anonymisation.h"
#include "cr-edit-utils.h"
#include "cr-file-save.h"
#include "cr-final-report.h"
#include "cr-report-data.h"
#include "cr-report-preview-window.h"

#include <glib/gi18n.h>

#define ODT_MIME_TYPE "application/vnd.oasis.opendocument.text"

static void
show_error (CrReportWindow *self,
            const char     *what,
            const GError   *error)
{
  cr_show_error_toast (GTK_WIDGET (self->toast_overlay), what, error);
}

static void
set_busy (CrReportWindow *self,
          gboolean        busy)
{
  if (busy)
    self->busy++;
  else
    self->busy--;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.preview", self->busy == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.export", self->busy == 0);
}

static char *
report_file_name (CrReportWindow *self,
                  gboolean        draft,
                  const char     *suffix)
{
  const char *reference = self->kase != NULL ? cr_case_get_reference (self->kase) : NULL;
  g_autofree char *name = NULL;

  if (draft)
    /* Translators: a file name: the case reference, then the type. */
    name = g_strdup_printf (_("%s report (draft).%s"), reference != NULL ? reference : "", suffix);
  else
    /* Translators: a file name: the case reference, then the type. */
    name = g_strdup_printf (_("%s report.%s"), reference != NULL ? reference : "", suffix);
  return cr_file_save_sanitize_name (name, draft ? "report-draft.pdf" : "report.pdf");
}

/*
 * Preview Report
 */

static void
on_preview_rendered_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(CrReportWindow) self = user_data;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  CrReportPreviewWindow *preview;

  set_busy (self, FALSE);
  pdf = cr_final_report_render_finish (result, &error);
  if (pdf == NULL)
    {
      show_error (self, _("Could not make the report"), error);
      return;
    }
  if (gtk_widget_get_root (GTK_WIDGET (self->toast_overlay)) == NULL)
    return;

  /* Translators: the preview window's title; %s is a case reference. */
  title = g_strdup_printf (_("Report (Draft) — %s"),
                           self->kase != NULL && cr_case_get_reference (self->kase) != NULL
                           ? cr_case_get_reference (self->kase) : "");
  name = report_file_name (self, TRUE, "pdf");
  preview = cr_report_preview_window_new (GTK_WINDOW (self), title, pdf, name);
  gtk_window_present (GTK_WINDOW (preview));
}

static void
on_preview_loaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CrReportWindow) self = user_data;
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = cr_report_data_load_finish (result, &error);
  if (report == NULL)
    {
      set_busy (self, FALSE);
      show_error (self, _("Could not read the report"), error);
      return;
    }

  cr_review_report_set_draft (report, TRUE);
  cr_final_report_render_async (report, CR_FINAL_REPORT_PDF, self->cancellable,
                                on_preview_rendered_cb, g_object_ref (self));
}

void
_cr_report_window_preview (CrReportWindow *self)
{
  if (self->db == NULL || self->kase == NULL || self->busy > 0)
    return;

  _cr_report_window_save_typing (self);
  set_busy (self, TRUE);
  cr_report_data_load_async (self->db, cr_case_get_id (self->kase), self->cancellable,
                             on_preview_loaded_cb, g_object_ref (self));
}

/*
 * Export Report…
 */

typedef struct
{
  CrReportWindow *self;
  CrReviewReport *report;
  GtkFileFilter  *odt_filter;
  GFile          *file;
} ExportOp;

static void
export_op_free (ExportOp *op)
{
  g_object_unref (op->self);
  g_clear_object (&op->report);
  g_clear_object (&op->odt_filter);
  g_clear_object (&op->file);
  g_free (op);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportOp, export_op_free)

static void
on_export_rendered_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(ExportOp) op = user_data;
  CrReportWindow *self = op->self;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);
  bytes = cr_final_report_render_finish (result, &error);
  if (bytes == NULL)
    {
      show_error (self, _("Could not make the report"), error);
      return;
    }
  if (gtk_widget_get_root (GTK_WIDGET (self->toast_overlay)) == NULL)
    return;

  cr_file_save_bytes (GTK_WIDGET (self), self->toast_overlay, op->file, bytes, NULL);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        CrReportWindow  *self)
{
  ExportOp *op = g_object_get_data (G_OBJECT (chooser), "cr-export");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  CrFinalReportFormat format;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL)
    path = g_file_get_path (file);

  if (file != NULL && path == NULL)
    cr_show_toast (GTK_WIDGET (self->toast_overlay),
                   _("Could not export there: choose a folder on this computer."));

  if (path != NULL)
    {
      /* The type the name says, else the one of the filter chosen. */
      if (!cr_final_report_format_from_path (path, &format))
        {
          gboolean odt = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser)) == op->odt_filter;
          g_autofree char *with_suffix = g_strconcat (path, odt ? ".odt" : ".pdf", NULL);

          format = odt ? CR_FINAL_REPORT_ODT : CR_FINAL_REPORT_PDF;
          g_clear_object (&file);
          file = g_file_new_for_path (with_suffix);
        }

      /* The export goes on after the chooser. */
      op = g_object_steal_data (G_OBJECT (chooser), "cr-export");
      op->file = g_steal_pointer (&file);
      set_busy (self, TRUE);
      cr_final_report_render_async (op->report, format, self->cancellable,
                                    on_export_rendered_cb, op);
    }

  cr_file_save_chooser_clear (&self->chooser, self);
}

static void
choose_file (CrReportWindow *self,
             CrReviewReport *report,
             gboolean        draft)
{
  g_autofree char *name = report_file_name (self, draft, "pdf");
  ExportOp *op;

  cr_file_save_chooser_clear (&self->chooser, self);

  op = g_new0 (ExportOp, 1);
  op->self = g_object_ref (self);
  op->report = g_object_ref (report);
  cr_review_report_set_draft (op->report, draft);

  self->chooser = cr_file_save_chooser_new (GTK_WINDOW (self),
                                            draft ? _("Export a Draft of the Report") : _("Export Report"),
                                            _("_Export"), name,
                                            _("PDF documents"), "application/pdf", "pdf");
  op->odt_filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (op->odt_filter, _("OpenDocument texts (LibreOffice, Word)"));
  gtk_file_filter_add_mime_type (op->odt_filter, ODT_MIME_TYPE);
  gtk_file_filter_add_suffix (op->odt_filter, "odt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), op->odt_filter);

  g_object_set_data_full (G_OBJECT (self->chooser), "cr-export", op, (GDestroyNotify) export_op_free);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_refused_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        CrReportWindow   *self)
{
  CrReviewReport *report = g_object_get_data (G_OBJECT (dialog), "cr-report");

  if (g_strcmp0 (response, "check") == 0)
    cr_report_window_show_page (self, "check");
  else if (g_strcmp0 (response, "draft") == 0 && report != NULL)
    choose_file (self, report, TRUE);
}

static void
refuse (CrReportWindow *self,
        CrReviewReport *report,
        guint           n_unresolved)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u thing in the report may still identify the child or family. "
                                       "Replace it or say why it may stay on the Check page, then export again. "
                                       "A draft can be exported meanwhile: it is marked DRAFT on every page.",
                                       "%u things in the report may still identify the child or family. "
                                       "Replace them or say why they may stay on the Check page, then export again. "
                                       "A draft can be exported meanwhile: it is marked DRAFT on every page.",
                                       n_unresolved),
                          n_unresolved);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Report Is Not Ready to Publish"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("Cancel"),
                                    "draft", _("Export a Draft"),
                                    "check", _("Show the Check"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "check",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "check");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "cr-report", g_object_ref (report), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_refused_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_checked_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CrReportWindow) self = user_data;
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  guint n_unresolved;

  set_busy (self, FALSE);
  hits = cr_report_data_check_finish (result, &report, &error);
  if (hits == NULL)
    {
      show_error (self, _("Could not check the report"), error);
      return;
    }
  if (gtk_widget_get_root (GTK_WIDGET (self->toast_overlay)) == NULL)
    return;

  /* Nothing goes out for publication while a hit is unresolved. */
  n_unresolved = cr_anonymisation_count_unresolved (hits);
  if (n_unresolved > 0)
    refuse (self, report, n_unresolved);
  else
    choose_file (self, report, FALSE);
}

void
_cr_report_window_export (CrReportWindow *self)
{
  if (self->db == NULL || self->kase == NULL || self->busy > 0 || self->chooser != NULL)
    return;

  _cr_report_window_save_typing (self);
  set_busy (self, TRUE);
  cr_report_data_check_async (self->db, cr_case_get_id (self->kase), NULL, self->cancellable,
                              on_export_checked_cb, g_object_ref (self));
}

void
_cr_report_window_export_dispose (CrReportWindow *self)
{
  cr_file_save_chooser_clear (&self->chooser, self);
}
