/* cr-chronology-import-work.c: the import dialog's work off the main thread */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyImport"

#include "config.h"

#include "cr-chronology-import-private.h"


/*
 * Reading the file
 */

typedef struct
{
  GBytes *contents;
  char   *filename;
} ReadData;

static void
read_data_free (ReadData *data)
{
  g_bytes_unref (data->contents);
  g_free (data->filename);
  g_free (data);
}

static void
read_sheet_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  ReadData *data = task_data;
  GError *error = NULL;
  CrSheet *sheet = cr_sheet_read (data->contents, data->filename, cancellable, &error);

  if (sheet == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, sheet, (GDestroyNotify) cr_sheet_unref);
}

void
_cr_chronology_read_sheet_async (GBytes              *contents,
                                 const char          *filename,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadData *data;

  g_return_if_fail (contents != NULL);

  data = g_new0 (ReadData, 1);
  data->contents = g_bytes_ref (contents);
  data->filename = g_strdup (filename);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, _cr_chronology_read_sheet_async);
  g_task_set_name (task, "[case-reviews] read chronology file");
  g_task_set_task_data (task, data, (GDestroyNotify) read_data_free);
  g_task_run_in_thread (task, read_sheet_thread);
}

CrSheet *
_cr_chronology_read_sheet_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}


/*
 * The preview
 */

typedef struct
{
  CrSheet             *sheet;
  CrChronologyMapping *mapping;     /* NULL: guess */
  CrChronologyMapping *remembered;  /* may be NULL */
} PreviewData;

static void
preview_data_free (PreviewData *data)
{
  cr_sheet_unref (data->sheet);
  g_clear_pointer (&data->mapping, cr_chronology_mapping_free);
  g_clear_pointer (&data->remembered, cr_chronology_mapping_free);
  g_free (data);
}

void
_cr_import_preview_free (CrImportPreview *preview)
{
  if (preview == NULL)
    return;

  g_clear_pointer (&preview->mapping, cr_chronology_mapping_free);
  g_clear_pointer (&preview->result, cr_chronology_import_result_free);
  g_clear_error (&preview->error);
  g_free (preview);
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PreviewData *data = task_data;
  g_autoptr(CrImportPreview) preview = g_new0 (CrImportPreview, 1);
  g_autoptr(CrChronologyMapping) guessed = cr_chronology_mapping_guess (data->sheet, data->remembered);
  GError *error = NULL;

  /* The header row the sheet itself suggests, for the "First row names
   * the columns" switch to go back to. */
  preview->guessed_header_row = guessed->header_row;
  preview->mapping = data->mapping != NULL ? cr_chronology_mapping_copy (data->mapping)
                                           : g_steal_pointer (&guessed);

  preview->result = cr_chronology_import_rows (data->sheet, preview->mapping, cancellable, &error);
  if (preview->result == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_task_return_error (task, error);
          return;
        }
      preview->error = error;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_pointer (task, g_steal_pointer (&preview), (GDestroyNotify) _cr_import_preview_free);
}

void
_cr_import_preview_async (CrSheet                   *sheet,
                          const CrChronologyMapping *mapping,
                          const CrChronologyMapping *remembered,
                          GCancellable              *cancellable,
                          GAsyncReadyCallback        callback,
                          gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  PreviewData *data;

  g_return_if_fail (sheet != NULL);

  data = g_new0 (PreviewData, 1);
  data->sheet = cr_sheet_ref (sheet);
  data->mapping = mapping != NULL ? cr_chronology_mapping_copy (mapping) : NULL;
  data->remembered = remembered != NULL ? cr_chronology_mapping_copy (remembered) : NULL;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, _cr_import_preview_async);
  g_task_set_name (task, "[case-reviews] preview chronology import");
  g_task_set_task_data (task, data, (GDestroyNotify) preview_data_free);
  g_task_run_in_thread (task, preview_thread);
}

CrImportPreview *
_cr_import_preview_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
