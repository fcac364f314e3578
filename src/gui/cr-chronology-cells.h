/* cr-chronology-cells.h: the cells of the chronology's column views */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-chronology-entry.h"

G_BEGIN_DECLS

typedef enum
{
  CR_CHRONOLOGY_COLUMN_DATE,
  CR_CHRONOLOGY_COLUMN_TIME,
  CR_CHRONOLOGY_COLUMN_AGENCY,
  CR_CHRONOLOGY_COLUMN_EVENT,
  CR_CHRONOLOGY_COLUMN_AUTHOR,
  CR_CHRONOLOGY_COLUMN_SOURCE,
  CR_CHRONOLOGY_COLUMN_KPE,
  CR_CHRONOLOGY_COLUMN_DUPLICATE,
  CR_CHRONOLOGY_COLUMN_ROW,
} CrChronologyColumn;

/* Called when the user ticks or clears an entry's key practice episode
 * box (the entry is not changed: the callback decides). */
typedef void (*CrChronologyKpeToggled) (CrChronologyEntry *entry,
                                        gboolean           active,
                                        gpointer           user_data);

/* A factory for @column's cells of CrChronologyEntry items. @toggled (may
 * be NULL: the box is read-only) is for CR_CHRONOLOGY_COLUMN_KPE. */
GtkListItemFactory *cr_chronology_cells_create_factory (CrChronologyColumn     column,
                                                        CrChronologyKpeToggled toggled,
                                                        gpointer               user_data);

/* Sorters for the date (merge order) and agency (then merge order) columns. */
GtkSorter          *cr_chronology_cells_create_sorter  (CrChronologyColumn     column);

/* "Possible duplicate of an entry from another agency", or NULL for NONE. */
const char         *cr_chronology_duplicate_mark_to_label (CrChronologyDuplicateMark mark);

G_END_DECLS
