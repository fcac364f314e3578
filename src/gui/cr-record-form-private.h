/* cr-record-form-private.h: the rows of CrRecordForm, shared by
 * cr-record-form.c and cr-record-form-rows.c */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-record-form.h"

G_BEGIN_DECLS

/* One field of the form: its row and what the user last typed in it. */
typedef struct
{
  CrRecordForm        *form;          /* borrowed: the form owns the row */
  const CrRecordField *field;         /* static, from the record's class */

  GtkWidget           *row;           /* the row in the group */
  GtkWidget           *focus;         /* focused when the value is wrong */
  GtkLabel            *message;       /* the message, or a date as words */
  GtkTextBuffer       *buffer;        /* TEXT */
  GtkSwitch           *sw;            /* BOOLEAN */
  GPtrArray           *checks;        /* CHOICES: a GtkCheckButton per choice */
  GtkStringList       *labels;        /* CHOICE and ID combos */
  GArray              *ids;           /* ID combos: gint64 per position */
  guint                n_leading;     /* CHOICE: 1 when "Not recorded" leads */

  char                *value;         /* the value the row last wrote or showed */
  char                *parse_error;   /* text that is not a date or time */

  guint                required : 1;
  guint                touched : 1;   /* the user changed it, or it came filled */
  guint                loading : 1;   /* the widget is being set from the record */
} CrFormRow;

/* cr-record-form-rows.c: building the rows, and what the user does */
CrFormRow *_cr_form_row_new        (CrRecordForm        *form,
                                    CrRecord            *record,
                                    const CrRecordField *field,
                                    gboolean             required);
void       _cr_form_row_free       (CrFormRow           *row);
/* What the ID row lists: "agency", "document", "process" or NULL. */
const char *_cr_form_row_id_source (const CrRecordField *field);
/* CHOICES: the subtitle naming the answers checked. */
void       _cr_form_row_update_choices_subtitle (CrFormRow *row);

/* cr-record-form-values.c: what the rows show and say */
/* Sets the widget from the record's value, without reporting a change. */
void       _cr_form_row_load       (CrFormRow           *row);
/* What is wrong with the row's value (translated), or NULL. */
char      *_cr_form_row_dup_error  (CrFormRow           *row);
/* Shows @error under the row (error style, accessible description), or
 * when NULL the value's plain reading (a date as words) or nothing. */
void       _cr_form_row_show       (CrFormRow           *row,
                                    const char          *error);
/* ID combos: the choices, as (id, label) pairs; the record's value is
 * kept selected, named @fallback when it is not among them. */
void       _cr_form_row_set_ids    (CrFormRow           *row,
                                    GArray              *ids,
                                    GPtrArray           *labels,
                                    const char          *fallback);

/* cr-record-form.c: the row's value changed (already in the record). */
void       _cr_record_form_row_changed (CrRecordForm    *self,
                                        CrFormRow       *row);
CrRecord  *_cr_record_form_peek_record (CrRecordForm    *self);

G_END_DECLS
