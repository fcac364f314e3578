/* cr-demo-documents.c: writing the demo cases' chronologies and PDFs */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrDemoData"

#include "config.h"

#include "cr-demo-documents.h"
#include "cr-demo-documents-private.h"

#include "cr-chronology-import.h"
#include "cr-database-chronology.h"
#include "cr-database-review.h"
#include "cr-demo-data.h"
#include "cr-document.h"
#include "cr-evidence-request.h"
#include "cr-rapid-review-report.h"
#include "cr-util.h"

#include <glib/gi18n.h>

typedef struct
{
  CrDatabase   *db;
  GCancellable *cancellable;
  GPtrArray    *agencies;    /* CrAgency */
  guint         n_cases;
} Writer;

/* Runs @call's async request on this thread's own context. */
#define SYNC(call_async, finish_expr) \
  G_STMT_START { g_autoptr(GAsyncResult) res = NULL; \
    call_async; cr_database_wait (&res); finish_expr; } G_STMT_END

static gint64
find_agency (Writer     *writer,
             const char *name)
{
  for (guint i = 0; i < writer->agencies->len; i++)
    {
      CrAgency *agency = g_ptr_array_index (writer->agencies, i);

      if (g_strcmp0 (cr_agency_get_name (agency), name) == 0)
        return cr_agency_get_id (agency);
    }
  return 0;
}

static CrCase *
find_case (GPtrArray  *cases,
           const char *pseudonym)
{
  for (guint i = 0; i < cases->len; i++)
    {
      CrCase *kase = g_ptr_array_index (cases, i);

      if (g_str_has_prefix (cr_case_get_reference (kase), "NB-") &&
          g_strcmp0 (cr_case_get_pseudonym (kase), pseudonym) == 0)
        return kase;
    }
  return NULL;
}

static gboolean
has_chronology (Writer   *writer,
                CrCase   *kase,
                gboolean *has,
                GError  **error)
{
  g_autoptr(CrChronology) chronology = NULL;

  SYNC (cr_database_load_chronology_async (writer->db, cr_case_get_id (kase), writer->cancellable,
                                           cr_database_sync_cb, &res),
        chronology = cr_database_load_chronology_finish (writer->db, res, error));
  if (chronology == NULL)
    return FALSE;

  *has = g_list_model_get_n_items (cr_chronology_get_entries (chronology)) > 0 ||
         g_list_model_get_n_items (cr_chronology_get_rejects (chronology)) > 0;
  return TRUE;
}

static gboolean
import_chronology (Writer                 *writer,
                   CrCase                 *kase,
                   const GDate            *incident,
                   const CrDemoChronology *spec,
                   GError                **error)
{
  g_autoptr(CrChronologyMapping) mapping = NULL;
  g_autoptr(CrSheet) sheet = NULL;
  g_autoptr(CrChronologyImportResult) result = NULL;
  g_autoptr(GBytes) csv = NULL;
  gint64 agency_id = find_agency (writer, spec->agency);
  gint64 import_id = 0;

  if (agency_id == 0)
    {
      g_debug ("No demo agency “%s”: its chronology is left out", spec->agency);
      return TRUE;
    }

  csv = _cr_demo_chronology_to_csv (spec, incident, &mapping);
  if ((sheet = cr_sheet_read (csv, spec->filename, writer->cancellable, error)) == NULL)
    return FALSE;
  cr_chronology_mapping_name_columns (mapping, sheet);
  if ((result = cr_chronology_import_rows (sheet, mapping, writer->cancellable, error)) == NULL)
    return FALSE;

  SYNC (cr_database_import_chronology_async (writer->db, cr_case_get_id (kase), agency_id,
                                             spec->filename, csv, mapping, result,
                                             writer->cancellable, cr_database_sync_cb, &res),
        import_id = cr_database_import_chronology_finish (writer->db, res, error));
  return import_id > 0;
}

/* The case's request for @agency_id's report that no document answers
 * yet, or NULL (*error unset) when there is none. */
static CrRecord *
find_report_request (Writer  *writer,
                     CrCase  *kase,
                     gint64   agency_id,
                     GError **error)
{
  g_autoptr(GPtrArray) requests = NULL;

  SYNC (cr_database_list_records_async (writer->db, CR_TYPE_EVIDENCE_REQUEST, cr_case_get_id (kase),
                                        writer->cancellable, cr_database_sync_cb, &res),
        requests = cr_database_list_records_finish (writer->db, res, error));
  if (requests == NULL)
    return NULL;

  for (guint i = 0; i < requests->len; i++)
    {
      CrRecord *request = g_ptr_array_index (requests, i);
      gint64 id = g_ascii_strtoll (cr_record_get (request, "agency-id") != NULL
                                   ? cr_record_get (request, "agency-id") : "0", NULL, 10);

      if (id == agency_id && g_strcmp0 (cr_record_get (request, "kind"), "agency-report") == 0 &&
          !cr_record_has (request, "document-id"))
        return g_object_ref (request);
    }
  return NULL;
}

/* The request answered by @document: received on the document's day. */
static gboolean
mark_request_received (Writer      *writer,
                       CrRecord    *request,
                       CrDocument  *document,
                       GError     **error)
{
  g_autoptr(CrRecord) stored = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                         cr_record_get_id (CR_RECORD (document)));

  cr_record_set (request, "document-id", id);
  cr_record_set (request, "received-date", cr_record_get (CR_RECORD (document), "received-date"));
  SYNC (cr_database_save_record_async (writer->db, request, writer->cancellable,
                                       cr_database_sync_cb, &res),
        stored = cr_database_save_record_finish (writer->db, res, error));
  return stored != NULL;
}

static gboolean
add_document (Writer      *writer,
              CrCase      *kase,
              const char  *filename,
              const char  *title,
              const char  *doc_type,
              gint64       agency_id,
              const char  *version,
              const char  *received,
              GBytes      *bytes,
              CrRecord    *request,
              GError     **error)
{
  g_autoptr(CrDocument) document = cr_document_new_for_file (filename);
  g_autoptr(CrDocument) stored = NULL;
  CrRecord *record = CR_RECORD (document);

  cr_record_set_case_id (record, cr_case_get_id (kase));
  cr_record_set (record, "title", title);
  cr_record_set (record, "doc-type", doc_type);
  cr_record_set (record, "version", version);
  cr_record_set (record, "received-date", received);
  if (agency_id > 0)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, agency_id);

      cr_record_set (record, "agency-id", id);
    }

  SYNC (cr_database_add_document_async (writer->db, document, bytes, writer->cancellable,
                                        cr_database_sync_cb, &res),
        stored = cr_database_add_document_finish (writer->db, res, error));
  if (stored == NULL)
    return FALSE;

  return request == NULL || mark_request_received (writer, request, stored, error);
}

static gboolean
add_report (Writer              *writer,
            CrCase              *kase,
            const GDate         *incident,
            const CrDemoReport  *spec,
            GError             **error)
{
  g_autoptr(CrReport) report = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(CrRecord) request = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *received = NULL;
  g_autofree char *title = NULL;
  gint64 agency_id = find_agency (writer, spec->agency);
  GDate date = *incident;
  GDate requested, today;

  if (agency_id == 0)
    return TRUE;

  report = _cr_demo_report_build (spec, cr_case_get_reference (kase), cr_case_get_pseudonym (kase));
  if ((pdf = cr_report_render_pdf (report, error)) == NULL)
    return FALSE;

  /* The demo's request for this report, if it has one, is answered by it:
   * received no earlier than it was asked for, and not after today. */
  request = find_report_request (writer, kase, agency_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_date_add_days (&date, (guint) spec->received);
  if (request != NULL && cr_date_parse_iso (cr_record_get (request, "requested-date"), &requested) &&
      g_date_compare (&date, &requested) < 0)
    date = requested;
  cr_date_set_today (&today);
  if (g_date_compare (&date, &today) > 0)
    date = today;
  received = cr_date_to_iso (&date);
  /* Translators: a document's title, "Agency report: Westshire Police" */
  title = g_strdup_printf (_("Agency report: %s"), spec->agency);
  return add_document (writer, kase, spec->filename, title, "agency-report", agency_id,
                       spec->version, received, pdf, request, error);
}

static gboolean
add_rapid_review_report (Writer  *writer,
                         CrCase  *kase,
                         GError **error)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *filename = NULL;
  g_autofree char *today = NULL;
  GDate date;

  SYNC (cr_rapid_review_report_generate_async (writer->db, cr_case_get_id (kase), NULL, NULL,
                                               writer->cancellable, cr_database_sync_cb, &res),
        pdf = cr_rapid_review_report_generate_finish (res, error));
  if (pdf == NULL)
    return FALSE;

  cr_date_set_today (&date);
  today = cr_date_to_iso (&date);
  filename = g_strdup_printf ("rapid-review-report-%s.pdf", cr_case_get_reference (kase));
  return add_document (writer, kase, filename, _("Rapid Review Report"), "rapid-review-report",
                       0, "Final", today, pdf, NULL, error);
}

static gboolean
write_case (Writer                   *writer,
            CrCase                   *kase,
            const CrDemoReviewFiles  *spec,
            GError                  **error)
{
  gboolean has = FALSE;
  GDate incident;

  if (!has_chronology (writer, kase, &has, error))
    return FALSE;
  if (has || !cr_date_parse_iso (cr_case_get_incident_date (kase), &incident))
    return TRUE;

  for (guint i = 0; i < CR_DEMO_MAX_CHRONOLOGIES; i++)
    if (spec->chronologies[i].agency != NULL &&
        !import_chronology (writer, kase, &incident, &spec->chronologies[i], error))
      return FALSE;

  /* The demo report's findings rest on entries of the chronology. */
  if (!cr_demo_data_write_report_evidence (writer->db, cr_case_get_id (kase), writer->cancellable, error))
    return FALSE;

  for (guint i = 0; i < CR_DEMO_MAX_REPORTS; i++)
    if (spec->reports[i].agency != NULL &&
        !add_report (writer, kase, &incident, &spec->reports[i], error))
      return FALSE;

  if (!add_rapid_review_report (writer, kase, error))
    return FALSE;

  writer->n_cases++;
  return TRUE;
}

static gboolean
write_all (Writer  *writer,
           GError **error)
{
  g_autoptr(GPtrArray) cases = NULL;
  const CrDemoReviewFiles *specs;
  guint n_specs;

  SYNC (cr_database_list_agencies_async (writer->db, writer->cancellable, cr_database_sync_cb, &res),
        writer->agencies = cr_database_list_agencies_finish (writer->db, res, error));
  if (writer->agencies == NULL)
    return FALSE;
  SYNC (cr_database_list_cases_async (writer->db, writer->cancellable, cr_database_sync_cb, &res),
        cases = cr_database_list_cases_finish (writer->db, res, error));
  if (cases == NULL)
    return FALSE;

  specs = _cr_demo_documents_get_cases (&n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      CrCase *kase = find_case (cases, specs[i].pseudonym);

      if (g_cancellable_set_error_if_cancelled (writer->cancellable, error))
        return FALSE;
      if (kase != NULL && !write_case (writer, kase, &specs[i], error))
        return FALSE;
    }

  return TRUE;
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GError) error = NULL;
  Writer writer = { 0 };
  gint64 start;
  gboolean ok;

  writer.db = CR_DATABASE (source_object);
  writer.cancellable = cancellable;

  /* The database completes on this thread's own context, which
   * cr_database_wait() iterates. */
  g_main_context_push_thread_default (context);
  start = g_get_monotonic_time ();
  ok = write_all (&writer, &error);
  g_debug ("Demo documents of %u cases written in %.0f ms", writer.n_cases,
           (g_get_monotonic_time () - start) / 1000.0);
  g_main_context_pop_thread_default (context);
  g_clear_pointer (&writer.agencies, g_ptr_array_unref);

  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, writer.n_cases);
}

void
cr_demo_documents_write_async (CrDatabase          *db,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CR_IS_DATABASE (db));

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, cr_demo_documents_write_async);
  g_task_set_name (task, "cr_demo_documents_write_async");
  g_task_run_in_thread (task, write_thread);
}

gboolean
cr_demo_documents_write_finish (CrDatabase    *db,
                                GAsyncResult  *result,
                                guint         *n_cases,
                                GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, db), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_demo_documents_write_async, FALSE);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;
  if (n_cases != NULL)
    *n_cases = (guint) n;
  return TRUE;
}
