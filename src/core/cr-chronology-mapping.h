/* cr-chronology-mapping.h: which column of an agency's file holds what */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-sheet.h"

G_BEGIN_DECLS

typedef enum
{
  CR_CHRONOLOGY_ROLE_DATE,     /* required; may hold the time too */
  CR_CHRONOLOGY_ROLE_TIME,
  CR_CHRONOLOGY_ROLE_EVENT,    /* required */
  CR_CHRONOLOGY_ROLE_AUTHOR,   /* author or role */
  CR_CHRONOLOGY_ROLE_SOURCE,   /* the agency's own record: case note, system */
  CR_CHRONOLOGY_N_ROLES
} CrChronologyRole;

/*
 * A mapping of roles to columns. @header_row is the row (0-based) that
 * names the columns, or -1 when the file has none; rows after it are
 * entries. columns[role] is a column (0-based) or -1. headers[role] is the
 * name of that column in the header row (NULL without one): remembered per
 * agency, a mapping finds its columns again by name in the agency's next
 * file even when they moved.
 */
typedef struct
{
  int   header_row;
  int   columns[CR_CHRONOLOGY_N_ROLES];
  char *headers[CR_CHRONOLOGY_N_ROLES];
} CrChronologyMapping;

#define CR_TYPE_CHRONOLOGY_MAPPING (cr_chronology_mapping_get_type ())
GType                cr_chronology_mapping_get_type  (void) G_GNUC_CONST;

CrChronologyMapping *cr_chronology_mapping_new       (void);  /* nothing mapped, no header */
CrChronologyMapping *cr_chronology_mapping_copy      (const CrChronologyMapping *self);
void                 cr_chronology_mapping_free      (CrChronologyMapping       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrChronologyMapping, cr_chronology_mapping_free)

/* The translated name of @role ("Date", "Time", "Event", "Author or role",
 * "Source"). */
const char          *cr_chronology_role_to_label     (CrChronologyRole           role);
/* "date", "time", "event", "author", "source"; from_nick returns -1 when unknown. */
const char          *cr_chronology_role_to_nick      (CrChronologyRole           role);
int                  cr_chronology_role_from_nick    (const char                *nick);

/* The best mapping for @sheet: first @remembered (NULL: none) matched by
 * header names, then header names that say what they hold ("Date",
 * "Date/Time", "Event", "Details", "Description", "Entry", "Author",
 * "Worker", "Role", "Source", "Record"...), then content (the column whose
 * cells read most often as dates; the longest text for the event). Finds
 * the header row among the first 10 rows. Never fails: unmapped roles are -1. */
CrChronologyMapping *cr_chronology_mapping_guess     (CrSheet                   *sheet,
                                                      const CrChronologyMapping *remembered);
/* Date and event mapped, distinct columns, inside the sheet; otherwise
 * CR_SHEET_ERROR_FORMAT "Choose the column that holds the date". */
gboolean             cr_chronology_mapping_check     (const CrChronologyMapping *self,
                                                      CrSheet                   *sheet,
                                                      GError                   **error);
/* Fills headers[] from @sheet's header row for the mapped columns. */
void                 cr_chronology_mapping_name_columns (CrChronologyMapping    *self,
                                                         CrSheet                *sheet);

/* A stable text form for storage (a GKeyFile group "Mapping" with
 * header-row, and per role its column and header). from_string fails with
 * CR_SHEET_ERROR_FORMAT on text it cannot read; it accepts what
 * to_string writes from any earlier version. */
char                *cr_chronology_mapping_to_string   (const CrChronologyMapping *self);
CrChronologyMapping *cr_chronology_mapping_from_string (const char                *text,
                                                        GError                   **error);
/* The command line form "date=A,time=B,event=Details,author=3": a column
 * letter, a 1-based number, or a header name (case-insensitive) of
 * @sheet; "header=no" says the file has no header row. Roles not given
 * are guessed. */
CrChronologyMapping *cr_chronology_mapping_parse_option (const char            *text,
                                                         CrSheet               *sheet,
                                                         GError               **error);

G_END_DECLS
