/* cr-case-page.h: the detail page of one case */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-case.h"
#include "cr-database.h"

G_BEGIN_DECLS

#define CR_TYPE_CASE_PAGE (cr_case_page_get_type())

G_DECLARE_FINAL_TYPE (CrCasePage, cr_case_page, CR, CASE_PAGE, AdwBin)

/*
 * Shows and edits one case: summary (reference, pseudonym, status with
 * its allowed next states, review type, summary text), key dates with the
 * next deadline, agencies involved, themes, and children and family with
 * the audited reveal of restricted details. Every edit is written through
 * at once, with an Undo toast.
 *
 * Properties:
 *   database  CrDatabase
 *   case      CrCase, the case shown; setting a different case reloads its
 *             involvements, themes, children and family (a newer copy of
 *             the same case only refreshes what is not being edited)
 * Signal "case-changed" (CrCase *updated): emitted with the stored case
 * after every successful change to its fields, status, agencies or themes.
 */
GtkWidget  *cr_case_page_new          (void);
CrDatabase *cr_case_page_get_database (CrCasePage *self);
void        cr_case_page_set_database (CrCasePage *self,
                                       CrDatabase *db);
CrCase     *cr_case_page_get_case     (CrCasePage *self);
void        cr_case_page_set_case     (CrCasePage *self,
                                       CrCase     *kase);

/* Opens the practice review workspace of the case shown, when it has one
 * (the "Practice Review" group is shown). */
void        cr_case_page_open_review  (CrCasePage *self);
/* The report window of the case shown (Ctrl+Shift+E), when it has a review. */
void        cr_case_page_open_report  (CrCasePage *self);

G_END_DECLS
