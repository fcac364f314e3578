/* cr-rapid-review-report-generate.c: the rapid review report from the database */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrRapidReviewReport"

#include "config.h"

#include "cr-rapid-review-report.h"

/*
 * Reads the case, its referral, its rapid review and its family (by
 * pseudonym) from the database, one request after the other on the
 * caller's main context; then builds the report there and renders the PDF
 * in a worker thread, which alone touches the report from then on.
 */

typedef struct
{
  CrDatabase    *database;
  gint64         case_id;
  char          *partnership;
  char          *local_authority;
  CrCase        *kase;
  CrReferral    *referral;
  CrRapidReview *rapid_review;
  GPtrArray     *family;
  CrReport      *report;
} Generate;

static void
generate_free (Generate *generate)
{
  g_clear_object (&generate->database);
  g_free (generate->partnership);
  g_free (generate->local_authority);
  g_clear_object (&generate->kase);
  g_clear_object (&generate->referral);
  g_clear_object (&generate->rapid_review);
  g_clear_pointer (&generate->family, g_ptr_array_unref);
  g_clear_object (&generate->report);
  g_free (generate);
}

static void
render_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Generate *generate = task_data;
  GError *error = NULL;
  GBytes *bytes;

  if (g_task_return_error_if_cancelled (task))
    return;

  bytes = cr_report_render_pdf (generate->report, &error);
  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

static void
on_family_listed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Generate *generate = g_task_get_task_data (task);
  GError *error = NULL;

  generate->family = cr_database_list_family_finish (CR_DATABASE (source), result, &error);
  if (generate->family == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  generate->report = cr_rapid_review_report_build (generate->kase,
                                                   generate->referral,
                                                   generate->rapid_review,
                                                   generate->family,
                                                   generate->partnership,
                                                   generate->local_authority);
  g_task_run_in_thread (task, render_in_thread);
}

static void
on_rapid_review_got_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Generate *generate = g_task_get_task_data (task);
  GError *error = NULL;

  generate->rapid_review = cr_database_get_rapid_review_finish (CR_DATABASE (source), result, &error);
  if (generate->rapid_review == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  cr_database_list_family_async (generate->database, generate->case_id,
                                 g_task_get_cancellable (task),
                                 on_family_listed_cb, g_object_ref (task));
}

static void
on_referral_got_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Generate *generate = g_task_get_task_data (task);
  GError *error = NULL;

  generate->referral = cr_database_get_referral_finish (CR_DATABASE (source), result, &error);
  if (generate->referral == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  cr_database_get_rapid_review_async (generate->database, generate->case_id,
                                      g_task_get_cancellable (task),
                                      on_rapid_review_got_cb, g_object_ref (task));
}

static void
on_case_got_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Generate *generate = g_task_get_task_data (task);
  GError *error = NULL;

  generate->kase = cr_database_get_case_finish (CR_DATABASE (source), result, &error);
  if (generate->kase == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  cr_database_get_referral_async (generate->database, generate->case_id,
                                  g_task_get_cancellable (task),
                                  on_referral_got_cb, g_object_ref (task));
}

void
cr_rapid_review_report_generate_async (CrDatabase          *database,
                                       gint64               case_id,
                                       const char          *partnership,
                                       const char          *local_authority,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Generate *generate;

  g_return_if_fail (CR_IS_DATABASE (database));
  g_return_if_fail (case_id > 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (database, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_rapid_review_report_generate_async);
  g_task_set_name (task, "cr_rapid_review_report_generate_async");

  generate = g_new0 (Generate, 1);
  generate->database = g_object_ref (database);
  generate->case_id = case_id;
  generate->partnership = g_strdup (partnership);
  generate->local_authority = g_strdup (local_authority);
  g_task_set_task_data (task, generate, (GDestroyNotify) generate_free);

  cr_database_get_case_async (database, case_id, NULL, cancellable,
                              on_case_got_cb, g_steal_pointer (&task));
}

GBytes *
cr_rapid_review_report_generate_finish (GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_rapid_review_report_generate_async, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
