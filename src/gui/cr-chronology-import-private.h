/* cr-chronology-import-private.h: the import dialog's work off the main thread */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-chronology-import.h"
#include "cr-chronology-mapping.h"
#include "cr-sheet.h"
#include "cr-chronology-import-dialog.h"

G_BEGIN_DECLS

/* Reads @contents with cr_sheet_read in a thread. */
void      _cr_chronology_read_sheet_async  (GBytes              *contents,
                                            const char          *filename,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
CrSheet  *_cr_chronology_read_sheet_finish (GAsyncResult        *result,
                                            GError             **error);

/* How the sheet reads with a mapping: the mapping used, and the result,
 * or the reason it does not fit the sheet (error). */
typedef struct
{
  CrChronologyMapping      *mapping;
  int                       guessed_header_row;
  CrChronologyImportResult *result;   /* NULL when error is set */
  GError                   *error;
} CrImportPreview;

void      _cr_import_preview_free          (CrImportPreview     *preview);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrImportPreview, _cr_import_preview_free)

/* In a thread: with @mapping NULL, guesses it first (from @remembered,
 * which may be NULL, then the sheet), then reads the rows with it. Fails
 * only when cancelled. */
void      _cr_import_preview_async         (CrSheet                   *sheet,
                                            const CrChronologyMapping *mapping,
                                            const CrChronologyMapping *remembered,
                                            GCancellable              *cancellable,
                                            GAsyncReadyCallback        callback,
                                            gpointer                   user_data);
CrImportPreview *_cr_import_preview_finish (GAsyncResult              *result,
                                            GError                   **error);

struct _CrChronologyImportDialog
{
  AdwWindow                 parent_instance;

  /* Template widgets */
  GtkWidget                *import_button;
  GtkSpinner               *spinner;
  GtkLabel                 *error_label;
  AdwComboRow              *agency_row;
  AdwActionRow             *file_row;
  GtkWidget                *choose_button;
  GtkWidget                *columns_group;
  GtkSwitch                *header_switch;
  AdwComboRow              *date_row;
  AdwComboRow              *time_row;
  AdwComboRow              *event_row;
  AdwComboRow              *author_row;
  AdwComboRow              *source_row;
  GtkLabel                 *summary_label;
  GtkLabel                 *reasons_label;
  GtkColumnView            *preview_view;
  GListStore               *preview_store;
  GtkColumnViewColumn      *row_column;
  GtkColumnViewColumn      *date_column;
  GtkColumnViewColumn      *time_column;
  GtkColumnViewColumn      *event_column;
  GtkColumnViewColumn      *author_column;
  GtkColumnViewColumn      *source_column;

  /* Owned references */
  CrDatabase               *database;
  CrCase                   *kase;
  GArray                   *agency_ids;      /* gint64, as in agency_row */
  GtkFileChooserNative     *chooser;
  GCancellable             *cancellable;     /* reading, mapping, previewing */
  GCancellable             *import_cancellable;
  GBytes                   *contents;
  char                     *filename;        /* display name of the file */
  CrSheet                  *sheet;
  CrChronologyMapping      *mapping;
  CrChronologyMapping      *remembered;
  CrChronologyImportResult *result;          /* of the mapping shown */
  int                       guessed_header_row;
  CrSheet                  *rows_sheet;      /* what the role rows list */
  int                       rows_header_row;

  guint                     busy : 1;        /* reading or previewing */
  guint                     importing : 1;
  guint                     syncing : 1;
};

/* cr-chronology-import-dialog.c */
void      _cr_import_dialog_show_error      (CrChronologyImportDialog *self,
                                             const char               *message);
void      _cr_import_dialog_update_controls (CrChronologyImportDialog *self);
void      _cr_import_dialog_guess_mapping   (CrChronologyImportDialog *self);

/* cr-chronology-import-sources.c */
void      _cr_import_dialog_load_agencies   (CrChronologyImportDialog *self);
void      _cr_import_dialog_close_chooser   (CrChronologyImportDialog *self);
void      _cr_import_dialog_choose_file_action (GtkWidget  *widget,
                                                const char *action_name,
                                                GVariant   *parameter);
gboolean  _cr_import_dialog_drop_cb         (GtkDropTarget            *target,
                                             const GValue             *value,
                                             double                    x,
                                             double                    y,
                                             CrChronologyImportDialog *self);

G_END_DECLS
