/* cr-case-register.h: the case register's list model (no widgets)
 *
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cr-case.h"

G_BEGIN_DECLS

#define CR_TYPE_CASE_REGISTER (cr_case_register_get_type())

G_DECLARE_FINAL_TYPE (CrCaseRegister, cr_case_register, CR, CASE_REGISTER, GObject)

/*
 * Holds every case of the database in a GListStore and exposes the subset
 * that passes the filters as "model" (a GtkFilterListModel; views wrap it
 * in a GtkSortListModel bound to their column view's sorter). Uses only GTK
 * list models, never widgets, so it is tested without a display.
 *
 * Properties:
 *   model          GListModel of CrCase, filtered (read-only)
 *   n-cases        guint, cases in the store (read-only)
 *   search-text    string: case-insensitive match on reference, pseudonym,
 *                  agencies, themes and summary; words must all match
 *   status-filter  int: -1 for every status, else a CrCaseStatus
 *   review-type-filter int: -1 for every type, else a CrReviewType
 *   year-filter    int: 0 for every year, else the case's year
 *   incremental    gboolean: filter in chunks (for very large registers)
 */

CrCaseRegister *cr_case_register_new                (void);
GListModel     *cr_case_register_get_model          (CrCaseRegister *self);
GListStore     *cr_case_register_get_store          (CrCaseRegister *self);
guint           cr_case_register_get_n_cases        (CrCaseRegister *self);

/* Replaces the whole content with @cases (GPtrArray of CrCase) in one
 * items-changed emission. */
void            cr_case_register_set_cases          (CrCaseRegister *self,
                                                     GPtrArray      *cases);
/* Adds a case, or replaces the stored one with the same id. */
void            cr_case_register_upsert             (CrCaseRegister *self,
                                                     CrCase         *kase);
/* The case with @id in the store, or NULL (transfer none). */
CrCase         *cr_case_register_lookup             (CrCaseRegister *self,
                                                     gint64          id);
/* Distinct years of the cases, newest first (for the year filter). */
GArray         *cr_case_register_dup_years          (CrCaseRegister *self);

const char     *cr_case_register_get_search_text    (CrCaseRegister *self);
void            cr_case_register_set_search_text    (CrCaseRegister *self,
                                                     const char     *text);
int             cr_case_register_get_status_filter  (CrCaseRegister *self);
void            cr_case_register_set_status_filter  (CrCaseRegister *self,
                                                     int             status);
int             cr_case_register_get_review_type_filter (CrCaseRegister *self);
void            cr_case_register_set_review_type_filter (CrCaseRegister *self,
                                                     int             review_type);
int             cr_case_register_get_year_filter    (CrCaseRegister *self);
void            cr_case_register_set_year_filter    (CrCaseRegister *self,
                                                     int             year);
void            cr_case_register_set_incremental    (CrCaseRegister *self,
                                                     gboolean        incremental);

/* Sorters for the register columns (reference, pseudonym, status order,
 * next deadline with undated last, agencies, themes). Transfer full. */
GtkSorter      *cr_case_register_create_sorter      (const char     *column);

G_END_DECLS
