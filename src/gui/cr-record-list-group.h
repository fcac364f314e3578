/* cr-record-list-group.h: a group listing a case's records of one kind */
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
 * An AdwPreferencesGroup that lists the records of "record-type" of
 * "case-id" (cr_database_list_records_async), one AdwActionRow each with
 * cr_record_dup_title / dup_subtitle and a go-next icon; activating a row
 * opens a CrRecordDialog to edit it; an "Add …" button in the header
 * suffix (flat, icon list-add-symbolic and a label, with an accessible
 * name) opens one for a new record. An empty list shows a dim row saying
 * so ("No reviewers appointed yet"). Reloads after each change and emits
 * "changed". A row can carry a status pill (see set_status_func).
 */

#define CR_TYPE_RECORD_LIST_GROUP (cr_record_list_group_get_type())

G_DECLARE_FINAL_TYPE (CrRecordListGroup, cr_record_list_group, CR, RECORD_LIST_GROUP, AdwPreferencesGroup)

/* Returns a translated pill text and sets *@css_class to "success",
 * "warning", "error" or "dim-label"; NULL for no pill. */
typedef char *(*CrRecordStatusFunc) (CrRecord    *record,
                                     const char **css_class,
                                     gpointer     user_data);
/* Fills a new record before the Add dialog opens (defaults). */
typedef void  (*CrRecordInitFunc)   (CrRecord    *record,
                                     gpointer     user_data);

GtkWidget  *cr_record_list_group_new            (GType               record_type,
                                                 const char         *title,
                                                 const char         *add_label,
                                                 const char         *empty_text);
void        cr_record_list_group_set_database   (CrRecordListGroup  *self,
                                                 CrDatabase         *database);
void        cr_record_list_group_set_case_id    (CrRecordListGroup  *self,
                                                 gint64              case_id);
/* Which fields the dialogs show and require (NULL: all; none beyond the record's). */
void        cr_record_list_group_set_fields     (CrRecordListGroup  *self,
                                                 const char * const *fields,
                                                 const char * const *required);
void        cr_record_list_group_set_status_func(CrRecordListGroup  *self,
                                                 CrRecordStatusFunc  func,
                                                 gpointer            user_data);
void        cr_record_list_group_set_init_func  (CrRecordListGroup  *self,
                                                 CrRecordInitFunc    func,
                                                 gpointer            user_data);
void        cr_record_list_group_reload         (CrRecordListGroup  *self);
/* The records as last loaded (CrRecord). */
GListModel *cr_record_list_group_get_records    (CrRecordListGroup  *self);
/* Opens the Add dialog (as the button does). */
void        cr_record_list_group_add            (CrRecordListGroup  *self);

G_END_DECLS
