/* cr-chronology-filter.h: which chronology entries the page shows */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-chronology-entry.h"

G_BEGIN_DECLS

/*
 * A GtkFilter of CrChronologyEntry: by text (cr_chronology_entry_matches on
 * the casefolded text), by agency (a set of agency ids; empty: every
 * agency) and by an inclusive date range (either end may be open). Each
 * change emits "changed" with the strictness it can tell, so a
 * GtkFilterListModel refilters as little as it may.
 */

#define CR_TYPE_CHRONOLOGY_FILTER (cr_chronology_filter_get_type())

G_DECLARE_FINAL_TYPE (CrChronologyFilter, cr_chronology_filter, CR, CHRONOLOGY_FILTER, GtkFilter)

CrChronologyFilter *cr_chronology_filter_new               (void);

void                cr_chronology_filter_set_text          (CrChronologyFilter *self,
                                                            const char         *text);
const char         *cr_chronology_filter_get_text          (CrChronologyFilter *self);

/* @ids and @names (the agencies' names, for the description) of the same
 * length @n_agencies; 0 shows every agency. */
void                cr_chronology_filter_set_agencies      (CrChronologyFilter *self,
                                                            const gint64       *ids,
                                                            const char * const *names,
                                                            guint               n_agencies);
gboolean            cr_chronology_filter_shows_agency      (CrChronologyFilter *self,
                                                            gint64              agency_id);
guint               cr_chronology_filter_get_n_agencies    (CrChronologyFilter *self);

/* Either may be NULL (or an invalid GDate): that end is open. */
void                cr_chronology_filter_set_range         (CrChronologyFilter *self,
                                                            const GDate        *from,
                                                            const GDate        *to);

/* Whether anything is filtered out at all. */
gboolean            cr_chronology_filter_is_active         (CrChronologyFilter *self);
/* "Police and Health visiting, 1 Mar 2025 – 30 Jun 2025, matching “school”",
 * or NULL when the filter is not active. */
char               *cr_chronology_filter_dup_description   (CrChronologyFilter *self);

G_END_DECLS
