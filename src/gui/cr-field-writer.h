/* cr-field-writer.h: write-through of one text field of a stored record */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_FIELD_WRITER (cr_field_writer_get_type())

G_DECLARE_FINAL_TYPE (CrFieldWriter, cr_field_writer, CR, FIELD_WRITER, GObject)

/*
 * Checks the text the user typed and gives the value to store in
 * *out_value (NULL to clear the field). Returns FALSE with a translated
 * message saying what to fix.
 */
typedef gboolean (*CrFieldValidateFunc) (const char  *text,
                                         char       **out_value,
                                         gpointer     user_data,
                                         GError     **error);

/*
 * A CrFieldWriter follows one editor (a GtkEditable such as an AdwEntryRow,
 * or a GtkTextView) that shows one field of one stored record. As the user
 * types it validates the text (error style and the message in
 * @message_label); it writes a valid change 600 ms after typing stops, on
 * activate and when the focus leaves, with cr_write_through_field() (Undo
 * toast titled @toast_title). A change that could not be written keeps its
 * text and the error style, and is written again on the next attempt.
 *
 * Signal "saved" (gint64 id, const char *value): the field of the record
 * @id now holds @value (after a write or its Undo).
 */
CrFieldWriter *cr_field_writer_new               (GtkWidget           *editor,
                                                  GtkLabel            *message_label,
                                                  const char          *entity,
                                                  const char          *field,
                                                  const char          *toast_title);
void           cr_field_writer_set_validate_func (CrFieldWriter       *self,
                                                  CrFieldValidateFunc  func,
                                                  gpointer             user_data);
void           cr_field_writer_set_database      (CrFieldWriter       *self,
                                                  CrDatabase          *db);
/* Shows @value of record @id (0 for none). A pending valid edit of the
 * previous record is written first. */
void           cr_field_writer_load              (CrFieldWriter       *self,
                                                  gint64               id,
                                                  const char          *value);
/* Writes the current text now if it is valid and differs from the stored
 * value. */
void           cr_field_writer_flush             (CrFieldWriter       *self);
/* TRUE while the text differs from what is stored (typing, invalid, or
 * not yet written). */
gboolean       cr_field_writer_get_dirty         (CrFieldWriter       *self);
gint64         cr_field_writer_get_id            (CrFieldWriter       *self);
/* Writes what is pending and stops following the editor. */
void           cr_field_writer_detach            (CrFieldWriter       *self);

G_END_DECLS
