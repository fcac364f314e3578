/* cr-chronology-import-sources.c: the import dialog's agencies and file chooser */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyImport"

#include "config.h"

#include "cr-chronology-import-private.h"

#include "cr-involvement.h"

#include <glib/gi18n.h>


/*
 * The agencies
 */

static void
fill_agencies (CrChronologyImportDialog *self,
               GPtrArray                *involvements,
               GPtrArray                *agencies)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_array_set_size (self->agency_ids, 0);

  /* The agencies involved in the case first, then every other one still in use. */
  for (guint i = 0; involvements != NULL && i < involvements->len; i++)
    {
      CrInvolvement *involvement = involvements->pdata[i];
      gint64 id = cr_involvement_get_agency_id (involvement);

      if (g_hash_table_contains (seen, &id))
        continue;
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
      g_array_append_val (self->agency_ids, id);
      gtk_string_list_append (names, cr_involvement_get_agency_name (involvement));
    }

  for (guint i = 0; agencies != NULL && i < agencies->len; i++)
    {
      CrAgency *agency = agencies->pdata[i];
      gint64 id = cr_agency_get_id (agency);

      if (cr_agency_get_archived (agency) || g_hash_table_contains (seen, &id))
        continue;
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
      g_array_append_val (self->agency_ids, id);
      gtk_string_list_append (names, cr_agency_get_name (agency));
    }

  self->syncing = TRUE;
  adw_combo_row_set_model (self->agency_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->agency_row, 0);
  self->syncing = FALSE;

  if (self->agency_ids->len == 0)
    _cr_import_dialog_show_error (self, _("There are no agencies yet. Add the agency in the Agencies page first."));

  _cr_import_dialog_guess_mapping (self);
  _cr_import_dialog_update_controls (self);
}

typedef struct
{
  CrChronologyImportDialog *self;
  GPtrArray                *involvements;
} AgencyLoad;

static void
on_agencies_listed_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  AgencyLoad *load = user_data;
  g_autoptr(CrChronologyImportDialog) self = load->self;
  g_autoptr(GPtrArray) involvements = load->involvements;
  g_autoptr(GPtrArray) agencies = NULL;
  g_autoptr(GError) error = NULL;

  g_free (load);
  agencies = cr_database_list_agencies_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->database == NULL)
    return;
  if (error != NULL)
    _cr_import_dialog_show_error (self, error->message);

  fill_agencies (self, involvements, agencies);
}

static void
on_involvements_listed_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  AgencyLoad *load = user_data;
  g_autoptr(GError) error = NULL;

  load->involvements = cr_database_list_involvements_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_object_unref (load->self);
      g_free (load);
      return;
    }

  cr_database_list_agencies_async (CR_DATABASE (source), load->self->import_cancellable,
                                   on_agencies_listed_cb, load);
}

void
_cr_import_dialog_load_agencies (CrChronologyImportDialog *self)
{
  AgencyLoad *load = g_new0 (AgencyLoad, 1);

  load->self = g_object_ref (self);
  cr_database_list_involvements_async (self->database, cr_case_get_id (self->kase),
                                       self->import_cancellable,
                                       on_involvements_listed_cb, load);
}


/*
 * Choosing the file
 */

void
_cr_import_dialog_close_chooser (CrChronologyImportDialog *self)
{
  if (self->chooser == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

static void
on_chooser_response_cb (GtkNativeDialog          *dialog,
                        int                       response,
                        CrChronologyImportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  _cr_import_dialog_close_chooser (self);

  if (file != NULL)
    cr_chronology_import_dialog_set_file (self, file);
}

void
_cr_import_dialog_choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CrChronologyImportDialog *self = CR_CHRONOLOGY_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) xlsx_filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Choose a Chronology"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (all_filter, _("Spreadsheets (CSV, XLSX)"));
  gtk_file_filter_add_suffix (all_filter, "csv");
  gtk_file_filter_add_suffix (all_filter, "xlsx");
  gtk_file_filter_add_mime_type (all_filter, "text/csv");
  gtk_file_filter_add_mime_type (all_filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all_filter);

  gtk_file_filter_set_name (csv_filter, _("CSV files"));
  gtk_file_filter_add_suffix (csv_filter, "csv");
  gtk_file_filter_add_mime_type (csv_filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv_filter);

  gtk_file_filter_set_name (xlsx_filter, _("Excel workbooks (XLSX)"));
  gtk_file_filter_add_suffix (xlsx_filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), xlsx_filter);

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

gboolean
_cr_import_dialog_drop_cb (GtkDropTarget            *target,
            const GValue             *value,
            double                    x,
            double                    y,
            CrChronologyImportDialog *self)
{
  GSList *files;

  if (self->importing || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;

  cr_chronology_import_dialog_set_file (self, files->data);
  g_slist_free (files);
  return TRUE;
}
