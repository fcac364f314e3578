/* cr-database-review.c: the review workspace's records, one at a time
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrStorage"

#include "config.h"

#include "cr-database-review.h"
#include "cr-database-review-private.h"
#include "cr-database-report.h"

#include "cr-util.h"

#include <glib/gi18n.h>

/*
 * Every kind of record the workspace lists, saves and deletes, with its
 * table and the order of a case's list. Saving and deleting run in one
 * write transaction each; the triggers of migration 6 write the audit
 * trail and move the case's updated_at.
 */

#define AGENCY_NAME_ORDER "(SELECT a.name FROM agencies a WHERE a.id = t.agency_id)"
#define POSITION_ORDER "CAST (t.position AS INTEGER), t.id"

/* The report's derived fields (cr-database-report.h). */
static const CrDbDerivedField finding_derived[] = {
  { "evidence-count", "(SELECT count (*) FROM finding_evidence e WHERE e.finding_id = t.id)" },
  { NULL, NULL }
};

typedef struct
{
  GType            (*get_type) (void);
  CrDbRecordTable    table;
  const char        *order_by;
} ReviewTable;

static const ReviewTable review_tables[] = {
  { cr_reviewer_get_type, { "reviewers", "id", NULL }, "t.id" },
  { cr_terms_of_reference_get_type, { "terms_of_reference", "case_id", NULL }, NULL },
  { cr_panel_member_get_type, { "panel_members", "id", NULL }, "t.id" },
  { cr_milestone_get_type, { "milestones", "id", NULL }, "t.planned_date, t.id" },
  { cr_evidence_request_get_type, { "evidence_requests", "id", NULL },
    AGENCY_NAME_ORDER ", t.kind, t.id" },
  { cr_meeting_get_type, { "meetings", "id", NULL }, "t.meeting_date, t.meeting_time, t.id" },
  { cr_family_contact_get_type, { "family_contacts", "id", NULL },
    "t.contact_date IS NULL, t.contact_date, t.id" },
  { cr_parallel_process_get_type, { "parallel_processes", "id", NULL }, "t.id" },
  { cr_document_get_type, { "documents", "id", NULL },
    "t.received_date IS NULL, t.received_date, t.title, t.id" },
  { cr_case_pause_get_type, { "case_pauses", "id", NULL }, "t.started, t.id" },
  /* The report (migration 7). */
  { cr_finding_get_type, { "findings", "id", NULL, finding_derived }, POSITION_ORDER },
  { cr_recommendation_get_type, { "recommendations", "id", NULL }, POSITION_ORDER },
  { cr_case_identifier_get_type, { "case_identifiers", "id", NULL },
    "instr (',alias,school,street,place,nhs-number,phone,email,other,', ',' || t.kind || ','), t.id" },
  { cr_briefing_get_type, { "briefings", "case_id", NULL }, NULL },
  { cr_briefing_delivery_get_type, { "briefing_deliveries", "id", NULL }, "t.delivered_date, t.id" },
  { cr_anonymisation_dismissal_get_type, { "anonymisation_dismissals", "id", NULL }, "t.decided_at, t.id" },
  { cr_publication_get_type, { "publications", "case_id", NULL }, NULL },
};

const CrDbRecordTable *
_cr_db_review_table (GType        type,
                     const char **order_by)
{
  for (guint i = 0; i < G_N_ELEMENTS (review_tables); i++)
    if (review_tables[i].get_type () == type)
      {
        if (order_by != NULL)
          *order_by = review_tables[i].order_by;
        return &review_tables[i].table;
      }

  return NULL;
}

static const CrDbRecordTable *
require_table (GType        type,
               const char **order_by,
               GError     **error)
{
  const CrDbRecordTable *table = _cr_db_review_table (type, order_by);

  if (table == NULL)
    g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                 /* Translators: %s is the name of a type, for support staff */
                 _("Records of the kind “%s” are not kept with a review. This is a fault in Case Reviews; report it."),
                 g_type_name (type));
  return table;
}

/* One record per case, keyed by the case (the terms of reference, the
 * briefing, the publication). */
static gboolean
is_terms (GType type)
{
  const CrDbRecordTable *table = _cr_db_review_table (type, NULL);

  return table != NULL && g_str_equal (table->key, "case_id");
}

GPtrArray *
_cr_db_review_list (CrDbWorker  *worker,
                    GType        type,
                    gint64       case_id,
                    GError     **error)
{
  const char *order_by = NULL;
  const CrDbRecordTable *table = require_table (type, &order_by, error);
  g_autoptr(GPtrArray) records = NULL;

  if (table == NULL ||
      (records = _cr_db_record_list (worker, table, type, case_id, order_by, error)) == NULL)
    return NULL;

  if (type == CR_TYPE_RECOMMENDATION && !_cr_db_fill_agency_names (worker, records, error))
    return NULL;

  return g_steal_pointer (&records);
}

CrRecord *
_cr_db_review_load (CrDbWorker  *worker,
                    GType        type,
                    gint64       case_id,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(GPtrArray) records = _cr_db_review_list (worker, type, case_id, error);

  if (records == NULL)
    return NULL;

  for (guint i = 0; i < records->len; i++)
    {
      CrRecord *record = g_ptr_array_index (records, i);

      if (is_terms (type) || cr_record_get_id (record) == id)
        return g_object_ref (record);
    }

  g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND,
                       _("The record was not found. It may have been removed; reload the case."));
  return NULL;
}

/* ---- list_records ---------------------------------------------------------------- */

typedef struct
{
  GType     type;
  gint64    case_id;
  CrRecord *record;
} RecordData;

static void
record_data_free (RecordData *data)
{
  g_clear_object (&data->record);
  g_free (data);
}

static void
run_list_records (CrDbWorker *worker,
                  GTask      *task)
{
  RecordData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  GPtrArray *records = NULL;

  if (!_cr_db_require_case (worker, data->case_id, &error) ||
      (records = _cr_db_review_list (worker, data->type, data->case_id, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, records, (GDestroyNotify) g_ptr_array_unref);
}

void
cr_database_list_records_async (CrDatabase          *self,
                                GType                type,
                                gint64               case_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  RecordData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (g_type_is_a (type, CR_TYPE_RECORD));
  g_return_if_fail (case_id > 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_list_records_async, "cr_database_list_records_async");
  data = g_new0 (RecordData, 1);
  data->type = type;
  data->case_id = case_id;
  g_task_set_task_data (task, data, (GDestroyNotify) record_data_free);
  _cr_database_submit (self, task, run_list_records, CR_DB_REQUEST_READ);
}

GPtrArray *
cr_database_list_records_finish (CrDatabase    *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_list_records_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- save_record ------------------------------------------------------------------ */

static gint64
get_id_value (CrRecord   *record,
              const char *name)
{
  const char *value = cr_record_get (record, name);
  gint64 id = 0;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, 1, G_MAXINT64, &id, NULL))
    return 0;
  return id;
}

/* Every id field names something of this partnership and this case: an
 * agency newly chosen exists and is not archived (one already stored
 * stays valid if it was archived since), a document and a finding are the
 * case's. */
static gboolean
check_ids (CrDbWorker  *worker,
           CrRecord    *record,
           CrRecord    *stored,
           gint64       case_id,
           GError     **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (G_OBJECT_TYPE (record));
  const CrRecordField *fields;
  guint n_fields = 0;

  fields = cr_record_class_get_fields (CR_RECORD_CLASS (klass), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const CrRecordField *field = &fields[i];
      gint64 id;

      if (field->kind != CR_RECORD_FIELD_ID || cr_record_get (record, field->name) == NULL)
        continue;

      id = get_id_value (record, field->name);
      if (id == 0)
        {
          g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                       /* Translators: %s is a field's label, such as "Agency" */
                       _("“%s” does not name a stored record. Choose it again from the list."),
                       _(field->label));
          return FALSE;
        }

      if (g_str_has_suffix (field->name, "agency-id"))
        {
          if ((stored == NULL || get_id_value (stored, field->name) != id) &&
              !_cr_db_check_agency (worker, id, _(field->label), error))
            return FALSE;
        }
      else if (g_str_has_suffix (field->name, "document-id"))
        {
          if (!_cr_db_check_case_document (worker, id, case_id, _(field->label), error))
            return FALSE;
        }
      else if (g_str_equal (field->name, "finding-id"))
        {
          if (!_cr_db_check_case_finding (worker, id, case_id, _(field->label), error))
            return FALSE;
        }
      else
        {
          g_set_error (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                       /* Translators: %s is a field's label */
                       _("“%s” cannot be saved here. This is a fault in Case Reviews; report it."),
                       _(field->label));
          return FALSE;
        }
    }

  return _cr_db_check_agency_list (worker, record, stored, error);
}

static CrRecord *
save_record (CrDbWorker  *worker,
             CrRecord    *record,
             GError     **error)
{
  GType type = G_OBJECT_TYPE (record);
  gint64 case_id = cr_record_get_case_id (record);
  gint64 id = cr_record_get_id (record);
  const CrDbRecordTable *table;
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) local_error = NULL;

  if ((table = require_table (type, NULL, error)) == NULL)
    return NULL;

  if (type == CR_TYPE_CASE_PAUSE)
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                           _("A pause is recorded by pausing or resuming the review, not edited on its own."));
      return NULL;
    }

  if (type == CR_TYPE_DOCUMENT && id == 0)
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                           _("A document is added with its file. Choose the file to add."));
      return NULL;
    }

  if (type == CR_TYPE_PUBLICATION)
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                           _("The publication is recorded through the publication assistant. This is a fault in Case Reviews; report it."));
      return NULL;
    }

  /* A dismissal is added, or removed, never changed: who decided and why
   * stay as they were. It is dated here. */
  if (type == CR_TYPE_ANONYMISATION_DISMISSAL)
    {
      g_autofree char *now = cr_now_iso8601 ();

      if (id != 0)
        {
          g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                               _("A decision to leave a detail in the report cannot be changed. Remove it, and decide again."));
          return NULL;
        }
      cr_record_set (record, "decided-at", now);
    }

  if (!cr_record_validate (record, error) ||
      !_cr_db_require_case (worker, case_id, error))
    return NULL;

  /* The one being changed, as stored (the terms of reference by case). */
  if (is_terms (type) || id != 0)
    {
      stored = _cr_db_review_load (worker, type, case_id, id, &local_error);
      if (stored == NULL &&
          !(is_terms (type) && g_error_matches (local_error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_NOT_FOUND)))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  if (!check_ids (worker, record, stored, case_id, error))
    return NULL;

  if (stored != NULL)
    {
      id = cr_record_get_id (stored);
      if (!_cr_db_record_update (worker, table, record, id, case_id, error))
        return NULL;
    }
  else if (!_cr_db_record_insert (worker, table, record, case_id, &id, error))
    return NULL;

  return _cr_db_review_load (worker, type, case_id, id, error);
}

static void
run_save_record (CrDbWorker *worker,
                 GTask      *task)
{
  RecordData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(CrRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  _cr_db_record_normalise (data->record);
  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      (stored = save_record (worker, data->record, &error)) == NULL ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&stored), g_object_unref);
}

void
cr_database_save_record_async (CrDatabase          *self,
                               CrRecord            *record,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  RecordData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (CR_IS_RECORD (record));
  g_return_if_fail (cr_record_get_case_id (record) > 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_save_record_async, "cr_database_save_record_async");
  data = g_new0 (RecordData, 1);
  data->type = G_OBJECT_TYPE (record);
  data->case_id = cr_record_get_case_id (record);
  /* The database thread works on its own copy. */
  data->record = _cr_db_record_copy (record);
  g_task_set_task_data (task, data, (GDestroyNotify) record_data_free);
  _cr_database_submit (self, task, run_save_record, CR_DB_REQUEST_WRITE);
}

CrRecord *
cr_database_save_record_finish (CrDatabase    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_save_record_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- delete_record ---------------------------------------------------------------- */

static gboolean
delete_record (CrDbWorker  *worker,
               CrRecord    *record,
               GError     **error)
{
  GType type = G_OBJECT_TYPE (record);
  gint64 case_id = cr_record_get_case_id (record);
  const CrDbRecordTable *table;
  g_autoptr(CrRecord) stored = NULL;

  if ((table = require_table (type, NULL, error)) == NULL)
    return FALSE;

  if (type == CR_TYPE_CASE_PAUSE)
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                           _("A pause stays in the record of the review once it is made. Resume the review to end it."));
      return FALSE;
    }

  if (type == CR_TYPE_PUBLICATION)
    {
      g_set_error_literal (error, CR_STORAGE_ERROR, CR_STORAGE_ERROR_INVALID,
                           _("The record of the publication stays with the case. Change it in the publication assistant."));
      return FALSE;
    }

  if ((stored = _cr_db_review_load (worker, type, case_id, cr_record_get_id (record), error)) == NULL)
    return FALSE;

  if (type == CR_TYPE_DOCUMENT)
    return _cr_db_delete_document (worker, stored, error);

  return _cr_db_record_delete (worker, table, cr_record_get_id (stored), case_id, error);
}

static void
run_delete_record (CrDbWorker *worker,
                   GTask      *task)
{
  RecordData *data = g_task_get_task_data (task);
  g_autoptr(CrDbTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;

  if ((transaction = _cr_db_transaction_begin (worker, &error)) == NULL ||
      !delete_record (worker, data->record, &error) ||
      !_cr_db_transaction_commit (transaction, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

void
cr_database_delete_record_async (CrDatabase          *self,
                                 CrRecord            *record,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  RecordData *data;
  GTask *task;

  g_return_if_fail (CR_IS_DATABASE (self));
  g_return_if_fail (CR_IS_RECORD (record));
  g_return_if_fail (cr_record_get_case_id (record) > 0);

  task = _cr_database_task_new (self, cancellable, callback, user_data,
                                cr_database_delete_record_async, "cr_database_delete_record_async");
  data = g_new0 (RecordData, 1);
  data->type = G_OBJECT_TYPE (record);
  data->case_id = cr_record_get_case_id (record);
  data->record = _cr_db_record_copy (record);
  g_task_set_task_data (task, data, (GDestroyNotify) record_data_free);
  _cr_database_submit (self, task, run_delete_record, CR_DB_REQUEST_WRITE);
}

gboolean
cr_database_delete_record_finish (CrDatabase    *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cr_database_delete_record_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
