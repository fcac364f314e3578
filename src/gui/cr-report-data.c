/* cr-report-data.c: loading and checking a case's report for the report
 * window's pages
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrReportData"

#include "config.h"

#include "cr-report-data.h"

#include "cr-anonymisation.h"
#include "cr-anonymisation-dismissal.h"
#include "cr-database-report.h"
#include "cr-database-review.h"
#include "cr-edit-utils.h"
#include "cr-pdf-check.h"

/*
 * Loading
 */

static void
on_review_report_loaded_cb (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(CrReviewReport) report = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;

  report = cr_database_load_review_report_finish (CR_DATABASE (source), result, &error);
  if (report == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  settings = cr_dup_settings ();
  if (settings != NULL)
    {
      g_autofree char *partnership = g_settings_get_string (settings, "partnership-name");

      g_strstrip (partnership);
      if (partnership[0] != '\0')
        cr_review_report_set_partnership (report, partnership);
    }

  g_task_return_pointer (task, g_steal_pointer (&report), g_object_unref);
}

void
cr_report_data_load_async (CrDatabase          *db,
                           gint64               case_id,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CR_IS_DATABASE (db));
  g_return_if_fail (case_id > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_report_data_load_async);
  cr_database_load_review_report_async (db, case_id, cancellable,
                                        on_review_report_loaded_cb, g_steal_pointer (&task));
}

CrReviewReport *
cr_report_data_load_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_report_data_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/*
 * Checking
 */

typedef struct
{
  gint64                case_id;
  GBytes               *pdf;
  CrReviewReport       *report;
  CrAnonymisationTerms *terms;
  GPtrArray            *dismissals;
} CheckData;

static void
check_data_free (CheckData *data)
{
  g_clear_pointer (&data->pdf, g_bytes_unref);
  g_clear_object (&data->report);
  g_clear_object (&data->terms);
  g_clear_pointer (&data->dismissals, g_ptr_array_unref);
  g_free (data);
}

/* The pure check, in a worker thread: the report and the PDF are not
 * touched by anyone else meanwhile (the report is immutable once built). */
static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckData *data = task_data;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;

  hits = cr_anonymisation_check_report (data->terms, data->report);

  if (data->pdf != NULL)
    {
      g_autoptr(GPtrArray) pdf_hits = NULL;

      pdf_hits = cr_pdf_check_anonymisation (data->pdf, NULL, data->terms, cancellable, &error);
      if (pdf_hits == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      for (guint i = 0; i < pdf_hits->len; i++)
        g_ptr_array_add (hits, g_object_ref (g_ptr_array_index (pdf_hits, i)));
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  cr_anonymisation_apply_dismissals (hits, data->dismissals);
  g_task_return_pointer (task, g_steal_pointer (&hits), (GDestroyNotify) g_ptr_array_unref);
}

static void
on_dismissals_listed_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CheckData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  data->dismissals = cr_database_list_records_finish (CR_DATABASE (source), result, &error);
  if (data->dismissals == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_run_in_thread (task, check_thread);
}

static void
on_terms_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CheckData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  data->terms = cr_database_load_anonymisation_terms_finish (CR_DATABASE (source), result, &error);
  if (data->terms == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  cr_database_list_records_async (CR_DATABASE (source), CR_TYPE_ANONYMISATION_DISMISSAL,
                                  data->case_id, g_task_get_cancellable (task),
                                  on_dismissals_listed_cb, g_object_ref (task));
}

static void
on_check_report_loaded_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CheckData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  data->report = cr_report_data_load_finish (result, &error);
  if (data->report == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  cr_database_load_anonymisation_terms_async (CR_DATABASE (source), data->case_id,
                                              g_task_get_cancellable (task),
                                              on_terms_loaded_cb, g_object_ref (task));
}

void
cr_report_data_check_async (CrDatabase          *db,
                            gint64               case_id,
                            GBytes              *pdf,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CheckData *data;

  g_return_if_fail (CR_IS_DATABASE (db));
  g_return_if_fail (case_id > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (CheckData, 1);
  data->case_id = case_id;
  data->pdf = pdf != NULL ? g_bytes_ref (pdf) : NULL;

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_report_data_check_async);
  g_task_set_task_data (task, data, (GDestroyNotify) check_data_free);
  /* Reading a PDF: lower than what the user waits for on screen. */
  g_task_set_priority (task, G_PRIORITY_DEFAULT_IDLE);

  cr_report_data_load_async (db, case_id, cancellable,
                             on_check_report_loaded_cb, g_object_ref (task));
}

GPtrArray *
cr_report_data_check_finish (GAsyncResult    *result,
                             CrReviewReport **out_report,
                             GError         **error)
{
  GPtrArray *hits;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_report_data_check_async, NULL);

  hits = g_task_propagate_pointer (G_TASK (result), error);
  if (out_report != NULL)
    {
      CheckData *data = g_task_get_task_data (G_TASK (result));

      *out_report = hits != NULL && data->report != NULL ? g_object_ref (data->report) : NULL;
    }

  return hits;
}

CrAnonymisationTerms *
cr_report_data_check_dup_terms (GAsyncResult *result)
{
  CheckData *data;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_report_data_check_async, NULL);

  data = g_task_get_task_data (G_TASK (result));
  return data->terms != NULL ? g_object_ref (data->terms) : NULL;
}
