/* cr-chronology-entry.h: one event in the multi-agency chronology */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * An entry of a case's chronology: a plain GObject (tens of thousands of
 * them live in a GtkColumnView), its fields set by the importer and by
 * storage. Every entry keeps its source: the import (and so the stored
 * source file, a CrDocument) and the row of that file.
 *
 * Properties (read-only unless said): "id", "case-id", "agency-id",
 * "agency-name", "import-id", "document-id", "source-file" (the file's
 * name), "row" (1-based row of the source file), "date" (GDate boxed),
 * "date-text" ("03/02/2021"), "minutes" (-1: no time), "time-text"
 * ("14:30" or ""), "event", "author", "source", "key-practice-episode"
 * (gboolean, read-write, notifies), "duplicate" (CrChronologyDuplicateMark,
 * read-write, notifies).
 */

typedef enum
{
  CR_CHRONOLOGY_DUPLICATE_NONE,
  CR_CHRONOLOGY_DUPLICATE_SUSPECTED,   /* flagged, not yet looked at */
  CR_CHRONOLOGY_DUPLICATE_CONFIRMED,   /* the user says it repeats another */
} CrChronologyDuplicateMark;

#define CR_TYPE_CHRONOLOGY_ENTRY (cr_chronology_entry_get_type())

G_DECLARE_FINAL_TYPE (CrChronologyEntry, cr_chronology_entry, CR, CHRONOLOGY_ENTRY, GObject)

CrChronologyEntry *cr_chronology_entry_new              (void);

gint64       cr_chronology_entry_get_id            (CrChronologyEntry *self);
void         cr_chronology_entry_set_id            (CrChronologyEntry *self, gint64 id);
gint64       cr_chronology_entry_get_case_id       (CrChronologyEntry *self);
void         cr_chronology_entry_set_case_id       (CrChronologyEntry *self, gint64 case_id);
gint64       cr_chronology_entry_get_agency_id     (CrChronologyEntry *self);
void         cr_chronology_entry_set_agency_id     (CrChronologyEntry *self, gint64 agency_id);
const char  *cr_chronology_entry_get_agency_name   (CrChronologyEntry *self);
void         cr_chronology_entry_set_agency_name   (CrChronologyEntry *self, const char *name);
gint64       cr_chronology_entry_get_import_id     (CrChronologyEntry *self);
void         cr_chronology_entry_set_import_id     (CrChronologyEntry *self, gint64 import_id);
gint64       cr_chronology_entry_get_document_id   (CrChronologyEntry *self);
void         cr_chronology_entry_set_document_id   (CrChronologyEntry *self, gint64 document_id);
const char  *cr_chronology_entry_get_source_file   (CrChronologyEntry *self);
void         cr_chronology_entry_set_source_file   (CrChronologyEntry *self, const char *name);
guint        cr_chronology_entry_get_row           (CrChronologyEntry *self);
void         cr_chronology_entry_set_row           (CrChronologyEntry *self, guint row);

/* The day as a julian day number (g_date_get_julian), 0 when unset. */
guint32      cr_chronology_entry_get_julian        (CrChronologyEntry *self);
void         cr_chronology_entry_get_date          (CrChronologyEntry *self, GDate *date);
void         cr_chronology_entry_set_date          (CrChronologyEntry *self, const GDate *date);
/* "YYYY-MM-DD" (storage form); set fails (FALSE) on anything else. */
char        *cr_chronology_entry_dup_iso_date      (CrChronologyEntry *self);
gboolean     cr_chronology_entry_set_iso_date      (CrChronologyEntry *self, const char *iso);
/* "03/02/2021" */
char        *cr_chronology_entry_dup_date_text     (CrChronologyEntry *self);
int          cr_chronology_entry_get_minutes       (CrChronologyEntry *self);
void         cr_chronology_entry_set_minutes       (CrChronologyEntry *self, int minutes);
/* "14:30", or NULL without a time. */
char        *cr_chronology_entry_dup_time_text     (CrChronologyEntry *self);

const char  *cr_chronology_entry_get_event         (CrChronologyEntry *self);
void         cr_chronology_entry_set_event         (CrChronologyEntry *self, const char *event);
const char  *cr_chronology_entry_get_author        (CrChronologyEntry *self);
void         cr_chronology_entry_set_author        (CrChronologyEntry *self, const char *author);
const char  *cr_chronology_entry_get_source        (CrChronologyEntry *self);
void         cr_chronology_entry_set_source        (CrChronologyEntry *self, const char *source);

gboolean     cr_chronology_entry_get_key_practice_episode (CrChronologyEntry *self);
void         cr_chronology_entry_set_key_practice_episode (CrChronologyEntry *self, gboolean kpe);
CrChronologyDuplicateMark
             cr_chronology_entry_get_duplicate     (CrChronologyEntry *self);
void         cr_chronology_entry_set_duplicate     (CrChronologyEntry *self,
                                                    CrChronologyDuplicateMark mark);

/* The merge order, total and stable across runs: day; then entries with no
 * time before timed ones, by time; then agency name (g_utf8_collate);
 * then import id; then row; then id. For GCompareDataFunc / g_ptr_array_sort
 * (pointers to pointers: use cr_chronology_entry_compare_indirect). */
int          cr_chronology_entry_compare           (CrChronologyEntry *a,
                                                    CrChronologyEntry *b);
int          cr_chronology_entry_compare_indirect  (gconstpointer      a,
                                                    gconstpointer      b);
/* TRUE when @text (casefolded) is in the event, author, source or agency. */
gboolean     cr_chronology_entry_matches           (CrChronologyEntry *self,
                                                    const char        *casefolded_text);

G_END_DECLS
