/* cr-edit-utils.h: write-through editing helpers shared by the case page,
 * the agencies page and their dialogs */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"

G_BEGIN_DECLS

/* The settings schema of the application (the same for the .Devel profile). */
#define CR_SETTINGS_SCHEMA_ID "org.casereviews.CaseReviews"

/*
 * Called when a write-through finishes: @error is NULL on success, when
 * @value (NULL for cleared) is what the field now holds. @undone is TRUE
 * when the write was the Undo of an earlier one. Never called for a
 * cancelled write.
 */
typedef void (*CrWriteDoneFunc) (GObject      *owner,
                                 const char   *entity,
                                 gint64        id,
                                 const char   *field,
                                 const char   *value,
                                 gboolean      undone,
                                 const GError *error);

/*
 * Writes one field with cr_database_update_field_async. On success shows an
 * AdwToast titled @toast_title (plain text) with an "Undo" button that
 * writes the old value back; on failure shows the error in a toast. Toasts
 * go to the AdwToastOverlay above @widget, if any. @owner is kept alive
 * until the write (and any Undo) completes and @done is called on it.
 */
void          cr_write_through_field     (GtkWidget       *widget,
                                          CrDatabase      *db,
                                          const char      *entity,
                                          gint64           id,
                                          const char      *field,
                                          const char      *value,
                                          const char      *toast_title,
                                          GObject         *owner,
                                          CrWriteDoneFunc  done);

/* Shows a toast (plain text @title) over @widget; returns it (transfer
 * none) or NULL when @widget has no toast overlay above it. */
AdwToast     *cr_show_toast              (GtkWidget       *widget,
                                          const char      *title);
/* Shows an error toast "@what: <message>" unless @error is a cancellation. */
void          cr_show_error_toast        (GtkWidget       *widget,
                                          const char      *what,
                                          const GError    *error);
typedef void (*CrUndoFunc) (gpointer data);

/* Shows an "Undo" toast; @on_undo runs (once) with @data when it is used.
 * Any earlier Undo toast on the same overlay is dismissed first. */
AdwToast     *cr_show_undo_toast         (GtkWidget       *widget,
                                          const char      *title,
                                          CrUndoFunc       on_undo,
                                          gpointer         data,
                                          GDestroyNotify   data_free);

/* Marks an editable row invalid (error style, @message in @label and as
 * the accessible description) or valid again when @message is NULL. */
void          cr_set_field_error         (GtkWidget       *row,
                                          GtkLabel        *label,
                                          const char      *message);

/* Gives an AdwEntryRow (and the text inside it, which screen readers and
 * the end-to-end tests reach) the accessible name @label. */
void          cr_entry_row_set_accessible_label (GtkWidget    *row,
                                                 const char   *label);

/*
 * Reads a date typed by the user: "YYYY-MM-DD" or "DD/MM/YYYY" (also
 * D/M/YYYY). Empty text gives TRUE with *out_iso NULL. On failure sets a
 * translated message saying which forms are accepted.
 */
gboolean      cr_parse_date_input        (const char      *text,
                                          char           **out_iso,
                                          GError         **error);

/* Review types: the stored nick ("lcspr") and a translated label. */
const char   *cr_review_type_to_nick     (CrReviewType     type);
const char   *cr_review_type_to_label    (CrReviewType     type);
guint         cr_review_type_get_n_types (void);

/*
 * Tags an asynchronous load with the record it was made for, so that a
 * reply for a case no longer shown is dropped even when it was not
 * cancelled in time (a GTask may complete before it sees the cancel).
 */
typedef struct
{
  GObject *owner;
  gint64   id;
} CrLoadTag;

CrLoadTag    *cr_load_tag_new            (gpointer         owner,
                                          gint64           id);
void          cr_load_tag_free           (CrLoadTag       *tag);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrLoadTag, cr_load_tag_free)

/* The application settings, or NULL when the schema is not installed. */
GSettings    *cr_dup_settings            (void);

/* Whether the user may change data in @db (open and not read-only). */
gboolean      cr_database_is_writable    (CrDatabase      *db);

G_END_DECLS
