/* cr-record-form.h: a form built from a record's field table */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"
#include "cr-record.h"

G_BEGIN_DECLS

/*
 * One AdwPreferencesGroup of rows for the fields of a CrRecord, bound both
 * ways to the record: LINE, EMAIL, PHONE → AdwEntryRow; TEXT → a framed
 * GtkTextView under a label; DATE, PLAN_DATE → AdwEntryRow that reads
 * cr_deadline_parse_date_input() forms and shows "3 March 2026" below;
 * TIME → AdwEntryRow; BOOLEAN → AdwActionRow with a GtkSwitch; CHOICE →
 * AdwComboRow (with "Not recorded" first unless required); CHOICES → check
 * buttons; ID fields "agency-id" → AdwComboRow of the partnership's
 * agencies (loaded from "database"), "document-id" and "*-document-id" →
 * AdwComboRow of the case's documents, "process-id" → the case's parallel
 * processes; DERIVED fields are not shown; READ_ONLY fields are shown as
 * AdwActionRow with the value as subtitle.
 *
 * Each row checks its value as it is typed (cr_record_field_check) and
 * shows the message under it (accessible description too); "valid" is
 * TRUE when every field passes and the required ones are set. Every row
 * has an accessible label (the field's label) and the form is keyboard
 * navigable. @fields limits and orders the fields shown (NULL: all).
 */

#define CR_TYPE_RECORD_FORM (cr_record_form_get_type())

G_DECLARE_FINAL_TYPE (CrRecordForm, cr_record_form, CR, RECORD_FORM, AdwBin)

/* @required: names of fields that must be set (in addition to the
 * record's own rules, which run in cr_record_form_validate). */
GtkWidget *cr_record_form_new          (CrRecord            *record,
                                        CrDatabase          *database,
                                        const char * const  *fields,
                                        const char * const  *required);
CrRecord  *cr_record_form_get_record   (CrRecordForm        *self);
gboolean   cr_record_form_get_valid    (CrRecordForm        *self);
/* Runs every check and cr_record_validate; on failure focuses the first
 * bad row and sets @error with its message. */
gboolean   cr_record_form_validate     (CrRecordForm        *self,
                                        GError             **error);
/* The title of the group (default: none). */
void       cr_record_form_set_title    (CrRecordForm        *self,
                                        const char          *title);

G_END_DECLS
