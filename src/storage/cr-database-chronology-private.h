/* cr-database-chronology-private.h: what the chronology storage files share */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-chronology-entry.h"
#include "cr-database-private.h"

G_BEGIN_DECLS

/* Between the cells of a rejected row in chronology_rejects.cells. */
#define CR_DB_CHRONOLOGY_CELL_SEPARATOR '\x1f'

char     *_cr_db_chronology_join_cells   (const char * const *cells);
/* Never NULL: an empty text gives an empty vector. */
char    **_cr_db_chronology_split_cells  (const char         *text);

/* The columns an entry is read from (chronology_entries e joined to its
 * agency a, import i and document d by CR_DB_CHRONOLOGY_ENTRY_JOINS). */
#define CR_DB_CHRONOLOGY_ENTRY_COLUMNS \
  "e.id, e.import_id, e.agency_id, a.name, i.document_id, d.filename, e.row," \
  "       e.day, e.minutes, e.event, e.author, e.source, e.key_practice_episode"
#define CR_DB_CHRONOLOGY_ENTRY_JOINS \
  "  JOIN agencies a ON a.id = e.agency_id" \
  "  JOIN chronology_imports i ON i.id = e.import_id" \
  "  JOIN documents d ON d.id = i.document_id"

/* The entry of case @case_id in the current row of @stmt, whose columns
 * from @first are CR_DB_CHRONOLOGY_ENTRY_COLUMNS (transfer full). */
CrChronologyEntry *_cr_db_chronology_read_entry (sqlite3_stmt *stmt,
                                                 int           first,
                                                 gint64        case_id);

/* Inserts one entry (the import's single prepared statement); @day is
 * YYYY-MM-DD, @minutes -1 for none, @author and @source may be NULL. */
gboolean  _cr_db_chronology_insert_entry (CrDbWorker  *worker,
                                          gint64       case_id,
                                          gint64       import_id,
                                          gint64       agency_id,
                                          guint        row,
                                          const char  *day,
                                          int          minutes,
                                          const char  *event,
                                          const char  *author,
                                          const char  *source,
                                          gboolean     kpe,
                                          gboolean     corrected,
                                          GError     **error);

G_END_DECLS
