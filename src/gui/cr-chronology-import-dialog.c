/* cr-chronology-import-dialog.c: importing one agency's chronology file */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrChronologyImport"

#include "config.h"

#include "cr-chronology-import-dialog.h"

#include "cr-chronology-cells.h"
#include "cr-chronology-import-private.h"
#include "cr-database-chronology.h"
#include "cr-edit-utils.h"

#include <glib/gi18n.h>

/* Entries shown in the preview, and reasons listed under it. */
#define PREVIEW_ROWS    100
#define PREVIEW_REASONS 3
/* The longest sample of a cell shown in a column's name. */
#define SAMPLE_CHARS    30


G_DEFINE_FINAL_TYPE (CrChronologyImportDialog, cr_chronology_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_preview (CrChronologyImportDialog *self,
                           gboolean                  guess);


/*
 * Helpers
 */

static AdwComboRow *
get_role_row (CrChronologyImportDialog *self,
              CrChronologyRole          role)
{
  switch (role)
    {
    case CR_CHRONOLOGY_ROLE_DATE:
      return self->date_row;
    case CR_CHRONOLOGY_ROLE_TIME:
      return self->time_row;
    case CR_CHRONOLOGY_ROLE_EVENT:
      return self->event_row;
    case CR_CHRONOLOGY_ROLE_AUTHOR:
      return self->author_row;
    case CR_CHRONOLOGY_ROLE_SOURCE:
      return self->source_row;
    case CR_CHRONOLOGY_N_ROLES:
    default:
      g_assert_not_reached ();
    }
}

void
_cr_import_dialog_show_error (CrChronologyImportDialog *self,
            const char               *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gint64
get_selected_agency_id (CrChronologyImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->agency_row);

  if (self->agency_ids == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected >= self->agency_ids->len)
    return 0;
  return g_array_index (self->agency_ids, gint64, selected);
}

void
_cr_import_dialog_update_controls (CrChronologyImportDialog *self)
{
  gboolean working = self->busy || self->importing;
  gboolean can_import;

  can_import = !working && self->result != NULL && self->sheet != NULL &&
               get_selected_agency_id (self) != 0 &&
               (self->result->entries->len > 0 || self->result->rejects->len > 0) &&
               cr_database_is_writable (self->database);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", can_import);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file", !self->importing);
  gtk_widget_set_sensitive (GTK_WIDGET (self->agency_row), !self->importing);
  gtk_widget_set_sensitive (self->columns_group, self->sheet != NULL && !self->importing);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), working);
  gtk_spinner_set_spinning (self->spinner, working);
}

/* "A · Date of contact", "B · e.g. 03/02/2021" or "Column C". */
static char *
dup_column_name (CrChronologyImportDialog *self,
                 guint                     column,
                 int                       header_row)
{
  g_autofree char *letter = cr_sheet_column_name (column);
  guint sample_row = header_row >= 0 ? (guint) header_row : 0;
  const char *cell = NULL;
  g_autofree char *sample = NULL;

  if (sample_row < cr_sheet_get_n_rows (self->sheet))
    cell = cr_sheet_get_cell (self->sheet, sample_row, column);

  if (cell == NULL || cell[0] == '\0')
    /* Translators: %s is a spreadsheet column letter */
    return g_strdup_printf (_("Column %s"), letter);

  sample = g_utf8_substring (cell, 0, MIN (g_utf8_strlen (cell, -1), SAMPLE_CHARS));
  g_strdelimit (sample, "\n\t", ' ');

  if (header_row >= 0)
    /* Translators: a column: its letter, then the name in its first row */
    return g_strdup_printf (_("%s · %s"), letter, sample);

  /* Translators: a column: its letter, then its first cell as an example */
  return g_strdup_printf (_("%s · e.g. “%s”"), letter, sample);
}

/* Fills the role rows with the sheet's columns and selects the mapping's. */
static void
sync_mapping_rows (CrChronologyImportDialog *self)
{
  g_autoptr(GtkStringList) columns = gtk_string_list_new (NULL);
  guint n_columns = self->sheet != NULL ? cr_sheet_get_n_columns (self->sheet) : 0;
  int header_row = self->mapping != NULL ? self->mapping->header_row : -1;

  gtk_string_list_append (columns, C_("column", "None"));
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *name = dup_column_name (self, c, header_row);

      gtk_string_list_append (columns, name);
    }

  /* The lists change only with the file or its header row. */
  gboolean same_lists = self->rows_sheet == self->sheet && self->rows_header_row == header_row &&
                        adw_combo_row_get_model (self->date_row) != NULL;

  self->syncing = TRUE;
  gtk_switch_set_active (self->header_switch, header_row >= 0);
  for (int role = 0; role < CR_CHRONOLOGY_N_ROLES; role++)
    {
      AdwComboRow *row = get_role_row (self, role);
      int column = self->mapping != NULL ? self->mapping->columns[role] : -1;

      if (!same_lists)
        adw_combo_row_set_model (row, G_LIST_MODEL (columns));
      adw_combo_row_set_selected (row, column >= 0 && (guint) column < n_columns ? (guint) column + 1 : 0);
    }
  self->syncing = FALSE;
  self->rows_sheet = self->sheet;
  self->rows_header_row = header_row;
}

static void
clear_preview (CrChronologyImportDialog *self,
               const char               *summary)
{
  g_clear_pointer (&self->result, cr_chronology_import_result_free);
  g_list_store_remove_all (self->preview_store);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->reasons_label), FALSE);
}

static void
show_preview (CrChronologyImportDialog *self)
{
  CrChronologyImportResult *result = self->result;
  g_autofree char *summary = cr_chronology_import_result_dup_summary (result);
  g_autoptr(GString) reasons = g_string_new (NULL);
  guint n_shown = MIN (result->entries->len, PREVIEW_ROWS);

  g_list_store_splice (self->preview_store, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->preview_store)),
                       result->entries->pdata, n_shown);

  gtk_label_set_text (self->summary_label, summary);

  for (guint i = 0; i < MIN (result->rejects->len, PREVIEW_REASONS); i++)
    {
      if (i > 0)
        g_string_append_c (reasons, '\n');
      g_string_append (reasons, cr_chronology_reject_get_reason (result->rejects->pdata[i]));
    }
  if (result->rejects->len > PREVIEW_REASONS)
    {
      g_string_append_c (reasons, '\n');
      g_string_append_printf (reasons,
                              /* Translators: after the first reasons rows were set aside */
                              ngettext ("and %u more row, listed under Rows Set Aside after the import",
                                        "and %u more rows, listed under Rows Set Aside after the import",
                                        result->rejects->len - PREVIEW_REASONS),
                              result->rejects->len - PREVIEW_REASONS);
    }
  gtk_label_set_text (self->reasons_label, reasons->str);
  gtk_widget_set_visible (GTK_WIDGET (self->reasons_label), reasons->len > 0);
}


/*
 * Reading the file, guessing the mapping, previewing
 */

static void
restart_work (CrChronologyImportDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

static void
on_preview_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CrChronologyImportDialog) self = user_data;
  g_autoptr(CrImportPreview) preview = NULL;
  g_autoptr(GError) error = NULL;

  preview = _cr_import_preview_finish (result, &error);
  if (preview == NULL || self->database == NULL)
    return;   /* cancelled: a newer preview is on its way, or the dialog has gone */

  self->busy = FALSE;
  g_clear_pointer (&self->mapping, cr_chronology_mapping_free);
  self->mapping = g_steal_pointer (&preview->mapping);
  self->guessed_header_row = preview->guessed_header_row;
  sync_mapping_rows (self);

  if (preview->error != NULL)
    {
      clear_preview (self, preview->error->message);
    }
  else
    {
      g_clear_pointer (&self->result, cr_chronology_import_result_free);
      self->result = g_steal_pointer (&preview->result);
      show_preview (self);
    }

  _cr_import_dialog_update_controls (self);
}

static void
start_preview (CrChronologyImportDialog *self,
               gboolean                  guess)
{
  if (self->sheet == NULL)
    return;

  restart_work (self);
  self->busy = TRUE;
  g_clear_pointer (&self->result, cr_chronology_import_result_free);
  gtk_label_set_text (self->summary_label, _("Reading the rows…"));
  _cr_import_dialog_update_controls (self);

  _cr_import_preview_async (self->sheet,
                            guess ? NULL : self->mapping,
                            self->remembered,
                            self->cancellable,
                            on_preview_done_cb, g_object_ref (self));
}

static void
on_mapping_loaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(CrChronologyImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  CrChronologyMapping *mapping;

  mapping = cr_database_get_chronology_mapping_finish (CR_DATABASE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->database == NULL)
    {
      g_clear_pointer (&mapping, cr_chronology_mapping_free);
      return;
    }

  /* Without the remembered mapping the guess still works: say why. */
  if (error != NULL)
    g_warning ("Could not read the agency’s remembered columns: %s", error->message);

  g_clear_pointer (&self->remembered, cr_chronology_mapping_free);
  self->remembered = mapping;
  self->busy = FALSE;
  start_preview (self, TRUE);
}

/* The agency or the file changed: the agency's remembered mapping, then
 * the guess from it, then the preview. */
void
_cr_import_dialog_guess_mapping (CrChronologyImportDialog *self)
{
  gint64 agency_id = get_selected_agency_id (self);

  if (self->sheet == NULL)
    return;

  if (agency_id == 0)
    {
      g_clear_pointer (&self->remembered, cr_chronology_mapping_free);
      start_preview (self, TRUE);
      return;
    }

  restart_work (self);
  self->busy = TRUE;
  _cr_import_dialog_update_controls (self);
  cr_database_get_chronology_mapping_async (self->database, agency_id, self->cancellable,
                                            on_mapping_loaded_cb, g_object_ref (self));
}

static void
on_sheet_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CrChronologyImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  CrSheet *sheet;

  sheet = _cr_chronology_read_sheet_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->database == NULL)
    {
      g_clear_pointer (&sheet, cr_sheet_unref);
      return;
    }

  self->busy = FALSE;
  if (sheet == NULL)
    {
      g_clear_pointer (&self->contents, g_bytes_unref);
      _cr_import_dialog_show_error (self, error->message);
      clear_preview (self, _("Choose another file, or save this one as CSV or XLSX and try again."));
      _cr_import_dialog_update_controls (self);
      return;
    }

  self->sheet = sheet;
  _cr_import_dialog_guess_mapping (self);
}

static void
on_file_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(CrChronologyImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &data, &length, NULL, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->database == NULL)
        return;

      self->busy = FALSE;
      /* Translators: %s is a file name, then the reason */
      message = g_strdup_printf (_("Could not open “%s”: %s"), self->filename, error->message);
      _cr_import_dialog_show_error (self, message);
      clear_preview (self, _("Choose another file."));
      _cr_import_dialog_update_controls (self);
      return;
    }

  if (self->database == NULL)
    {
      g_free (data);
      return;
    }

  self->contents = g_bytes_new_take (data, length);
  _cr_chronology_read_sheet_async (self->contents, self->filename, self->cancellable,
                                   on_sheet_read_cb, g_object_ref (self));
}


/*
 * Importing
 */

static void
on_imported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CrChronologyImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 import_id;

  import_id = cr_database_import_chronology_finish (CR_DATABASE (source), result, &error);
  self->importing = FALSE;
  if (self->database == NULL)
    return;   /* the dialog has gone */

  if (import_id <= 0)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* Translators: the reason follows */
      message = g_strdup_printf (_("Nothing was imported: %s"),
                                 error != NULL ? error->message : _("the database did not say why"));
      _cr_import_dialog_show_error (self, message);
      _cr_import_dialog_update_controls (self);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, import_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CrChronologyImportDialog *self = CR_CHRONOLOGY_IMPORT_DIALOG (widget);
  g_autoptr(CrChronologyMapping) mapping = NULL;
  gint64 agency_id = get_selected_agency_id (self);

  if (self->importing || self->busy || self->result == NULL || agency_id == 0)
    return;

  /* The columns' names are remembered with the mapping, so the agency's
   * next file finds its columns even when they moved. */
  mapping = cr_chronology_mapping_copy (self->mapping);
  cr_chronology_mapping_name_columns (mapping, self->sheet);

  _cr_import_dialog_show_error (self, NULL);
  self->importing = TRUE;
  _cr_import_dialog_update_controls (self);

  g_clear_object (&self->import_cancellable);
  self->import_cancellable = g_cancellable_new ();
  cr_database_import_chronology_async (self->database,
                                       cr_case_get_id (self->kase),
                                       agency_id,
                                       self->filename,
                                       self->contents,
                                       mapping,
                                       self->result,
                                       self->import_cancellable,
                                       on_imported_cb, g_object_ref (self));
}


/*
 * Template callbacks
 */

static void
on_agency_row_selected_cb (CrChronologyImportDialog *self)
{
  if (self->syncing || self->agency_ids == NULL)
    return;

  _cr_import_dialog_guess_mapping (self);
  _cr_import_dialog_update_controls (self);
}

static void
on_column_row_selected_cb (CrChronologyImportDialog *self)
{
  if (self->syncing || self->mapping == NULL)
    return;

  for (int role = 0; role < CR_CHRONOLOGY_N_ROLES; role++)
    {
      guint selected = adw_combo_row_get_selected (get_role_row (self, role));

      self->mapping->columns[role] = selected == 0 || selected == GTK_INVALID_LIST_POSITION
                                     ? -1 : (int) selected - 1;
    }

  start_preview (self, FALSE);
}

static void
on_header_switch_active_cb (CrChronologyImportDialog *self)
{
  if (self->syncing || self->mapping == NULL)
    return;

  if (gtk_switch_get_active (self->header_switch))
    self->mapping->header_row = MAX (self->guessed_header_row, 0);
  else
    self->mapping->header_row = -1;

  start_preview (self, FALSE);
}


/*
 * GObject overrides
 */

static void
cr_chronology_import_dialog_dispose (GObject *object)
{
  CrChronologyImportDialog *self = CR_CHRONOLOGY_IMPORT_DIALOG (object);

  _cr_import_dialog_close_chooser (self);
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->import_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CR_TYPE_CHRONOLOGY_IMPORT_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->import_cancellable);
  g_clear_object (&self->database);
  g_clear_object (&self->kase);
  g_clear_pointer (&self->sheet, cr_sheet_unref);
  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_pointer (&self->mapping, cr_chronology_mapping_free);
  g_clear_pointer (&self->remembered, cr_chronology_mapping_free);
  g_clear_pointer (&self->result, cr_chronology_import_result_free);
  g_clear_pointer (&self->agency_ids, g_array_unref);

  G_OBJECT_CLASS (cr_chronology_import_dialog_parent_class)->dispose (object);
}

static void
cr_chronology_import_dialog_finalize (GObject *object)
{
  CrChronologyImportDialog *self = CR_CHRONOLOGY_IMPORT_DIALOG (object);

  g_free (self->filename);

  G_OBJECT_CLASS (cr_chronology_import_dialog_parent_class)->finalize (object);
}

static void
cr_chronology_import_dialog_class_init (CrChronologyImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cr_chronology_import_dialog_dispose;
  object_class->finalize = cr_chronology_import_dialog_finalize;

  /**
   * CrChronologyImportDialog::imported:
   * @import_id: the stored import's id
   *
   * The file was imported; the dialog closes next.
   */
  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/casereviews/CaseReviews/ui/cr-chronology-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, agency_row);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, header_switch);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, event_row);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, author_row);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, reasons_label);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, preview_view);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, preview_store);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, row_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, date_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, time_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, event_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, author_column);
  gtk_widget_class_bind_template_child (widget_class, CrChronologyImportDialog, source_column);

  gtk_widget_class_bind_template_callback (widget_class, on_agency_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_column_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_header_switch_active_cb);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, _cr_import_dialog_choose_file_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "import.choose-file", NULL);

  g_type_ensure (CR_TYPE_CHRONOLOGY_ENTRY);
}

static void
set_column_factory (GtkColumnViewColumn *column,
                    CrChronologyColumn   kind)
{
  g_autoptr(GtkListItemFactory) factory = cr_chronology_cells_create_factory (kind, NULL, NULL);

  gtk_column_view_column_set_factory (column, factory);
}

static void
cr_chronology_import_dialog_init (CrChronologyImportDialog *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->agency_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->import_cancellable = g_cancellable_new ();
  self->cancellable = g_cancellable_new ();
  self->guessed_header_row = -1;
  self->rows_header_row = -2;

  for (int role = 0; role < CR_CHRONOLOGY_N_ROLES; role++)
    {
      AdwComboRow *row = get_role_row (self, role);
      const char *label = cr_chronology_role_to_label (role);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->date_row), _("Required; may hold the time too"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->event_row), _("Required"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->agency_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Agency"),
                                  -1);

  set_column_factory (self->row_column, CR_CHRONOLOGY_COLUMN_ROW);
  set_column_factory (self->date_column, CR_CHRONOLOGY_COLUMN_DATE);
  set_column_factory (self->time_column, CR_CHRONOLOGY_COLUMN_TIME);
  set_column_factory (self->event_column, CR_CHRONOLOGY_COLUMN_EVENT);
  set_column_factory (self->author_column, CR_CHRONOLOGY_COLUMN_AUTHOR);
  set_column_factory (self->source_column, CR_CHRONOLOGY_COLUMN_SOURCE);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (_cr_import_dialog_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}


/*
 * Public API
 */

CrChronologyImportDialog *
cr_chronology_import_dialog_new (GtkWindow  *parent,
                                 CrDatabase *database,
                                 CrCase     *kase)
{
  CrChronologyImportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CR_IS_DATABASE (database), NULL);
  g_return_val_if_fail (CR_IS_CASE (kase), NULL);

  self = g_object_new (CR_TYPE_CHRONOLOGY_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->database = g_object_ref (database);
  self->kase = g_object_ref (kase);

  _cr_import_dialog_update_controls (self);
  _cr_import_dialog_load_agencies (self);

  return self;
}

void
cr_chronology_import_dialog_set_file (CrChronologyImportDialog *self,
                                      GFile                    *file)
{
  g_return_if_fail (CR_IS_CHRONOLOGY_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->importing)
    return;

  restart_work (self);
  g_clear_pointer (&self->sheet, cr_sheet_unref);
  self->rows_sheet = NULL;
  g_clear_pointer (&self->contents, g_bytes_unref);
  g_clear_pointer (&self->mapping, cr_chronology_mapping_free);
  g_free (self->filename);
  self->filename = g_file_get_basename (file);
  if (self->filename == NULL || !g_utf8_validate (self->filename, -1, NULL))
    {
      g_free (self->filename);
      self->filename = g_filename_display_basename (g_file_peek_path (file) != NULL
                                                    ? g_file_peek_path (file) : "file");
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->file_row), self->filename);
  _cr_import_dialog_show_error (self, NULL);
  clear_preview (self, _("Reading the file…"));
  sync_mapping_rows (self);

  self->busy = TRUE;
  _cr_import_dialog_update_controls (self);
  g_file_load_contents_async (file, self->cancellable, on_file_loaded_cb, g_object_ref (self));
}
