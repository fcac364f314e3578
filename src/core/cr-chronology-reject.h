/* cr-chronology-reject.h: a row of an agency's file that could not be read */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A row set aside by an import: never silently dropped, it waits with its
 * row number, the reason and the cells as they were until the user
 * corrects it (it becomes an entry) or discards it (recorded in the audit
 * trail).
 *
 * Properties (read-only): "id", "import-id", "agency-id", "agency-name",
 * "source-file", "row", "reason" (translated, says what to fix: "Row 14:
 * “31/02/2021” is not a real day"), "cells" (GStrv, the row's cells as
 * read), "text" (the cells joined by " | ").
 */

#define CR_TYPE_CHRONOLOGY_REJECT (cr_chronology_reject_get_type())

G_DECLARE_FINAL_TYPE (CrChronologyReject, cr_chronology_reject, CR, CHRONOLOGY_REJECT, GObject)

CrChronologyReject *cr_chronology_reject_new (guint                row,
                                              const char          *reason,
                                              const char * const  *cells);

gint64              cr_chronology_reject_get_id          (CrChronologyReject *self);
void                cr_chronology_reject_set_id          (CrChronologyReject *self, gint64 id);
gint64              cr_chronology_reject_get_import_id   (CrChronologyReject *self);
void                cr_chronology_reject_set_import_id   (CrChronologyReject *self, gint64 id);
gint64              cr_chronology_reject_get_agency_id   (CrChronologyReject *self);
void                cr_chronology_reject_set_agency_id   (CrChronologyReject *self, gint64 id);
const char         *cr_chronology_reject_get_agency_name (CrChronologyReject *self);
void                cr_chronology_reject_set_agency_name (CrChronologyReject *self, const char *name);
const char         *cr_chronology_reject_get_source_file (CrChronologyReject *self);
void                cr_chronology_reject_set_source_file (CrChronologyReject *self, const char *name);
guint               cr_chronology_reject_get_row         (CrChronologyReject *self);
const char         *cr_chronology_reject_get_reason      (CrChronologyReject *self);
const char * const *cr_chronology_reject_get_cells       (CrChronologyReject *self);
char               *cr_chronology_reject_dup_text        (CrChronologyReject *self);

G_END_DECLS
