/* cr-final-report.c: the LCSPR report as a PDF and as an OpenDocument text */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrFinalReport"

#include "config.h"

#include "cr-final-report.h"

#include "cr-final-report-private.h"
#include "cr-odt-report.h"
#include "cr-pdf-error.h"
#include "cr-report-private.h"


/*
 * The format is chosen here: the PDF is laid out by
 * cr-final-report-pdf.c with CrReport, the ODT written by
 * cr-odt-report.c. Both read an immutable CrReviewReport, so either can
 * run on a worker thread; the file is written atomically with mode 0600
 * (it may hold a draft not yet anonymised).
 */

gboolean
cr_final_report_format_from_path (const char          *path,
                                  CrFinalReportFormat *format)
{
  g_autofree char *lower = NULL;
  CrFinalReportFormat found;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_utf8_strdown (path, -1);
  if (g_str_has_suffix (lower, ".pdf"))
    found = CR_FINAL_REPORT_PDF;
  else if (g_str_has_suffix (lower, ".odt"))
    found = CR_FINAL_REPORT_ODT;
  else
    return FALSE;

  if (format != NULL)
    *format = found;
  return TRUE;
}

GBytes *
cr_final_report_render (CrReviewReport       *report,
                        CrFinalReportFormat   format,
                        GError              **error)
{
  g_autoptr(CrReport) pdf = NULL;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (report), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case CR_FINAL_REPORT_ODT:
      return cr_odt_report_render (report, error);

    case CR_FINAL_REPORT_PDF:
      pdf = _cr_final_report_build (report);
      return cr_report_render_pdf (pdf, error);

    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
cr_final_report_write (CrReviewReport       *report,
                       CrFinalReportFormat   format,
                       const char           *path,
                       GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CR_IS_REVIEW_REPORT (report), FALSE);
  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = cr_final_report_render (report, format, error);
  if (bytes == NULL)
    return FALSE;

  return _cr_report_write_file (bytes, path, error);
}

typedef struct
{
  CrReviewReport      *report;
  CrFinalReportFormat  format;
} RenderData;

static void
render_data_free (RenderData *data)
{
  g_clear_object (&data->report);
  g_free (data);
}

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  RenderData *data = task_data;
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  if (g_task_return_error_if_cancelled (task))
    return;

  bytes = cr_final_report_render (data->report, data->format, &error);
  if (bytes == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
cr_final_report_render_async (CrReviewReport      *report,
                              CrFinalReportFormat  format,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RenderData *data;

  g_return_if_fail (CR_IS_REVIEW_REPORT (report));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_final_report_render_async);
  g_task_set_name (task, "cr_final_report_render_async");
  data = g_new0 (RenderData, 1);
  data->report = g_object_ref (report);
  data->format = format;
  g_task_set_task_data (task, data, (GDestroyNotify) render_data_free);
  g_task_run_in_thread (task, render_in_thread);
}

GBytes *
cr_final_report_render_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_final_report_render_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
