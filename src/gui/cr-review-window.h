/* cr-review-window.h: the workspace of one case's practice review */
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

/*
 * An AdwApplicationWindow for one case's review, titled with the case's
 * reference and pseudonym, with an AdwViewSwitcherTitle (and an
 * AdwViewSwitcherBar when narrow) over the pages (names in brackets):
 * Commissioning [commissioning] (CrCommissioningPage), Evidence [evidence]
 * (CrEvidencePage), Chronology [chronology] (CrChronologyPage), Meetings
 * [meetings] (CrMeetingsPage), Family [family] (CrFamilyPage), Proceedings
 * [proceedings] (CrProceedingsPage). Each page is a GtkWidget with the
 * properties "database" (CrDatabase) and "case" (CrCase), set by the
 * window. Alt+1…Alt+6 switch pages; Ctrl+W closes. The window remembers
 * its size (GSettings review-window-width/height/maximized... or the same
 * keys the main window uses if none: the helper decides and adds keys).
 * One window per case: opening the case again presents it. A page that
 * changes the case (the proceedings page: a pause) hands the stored case
 * to cr_review_window_set_case and to the main window itself.
 */

#define CR_TYPE_REVIEW_WINDOW (cr_review_window_get_type())

G_DECLARE_FINAL_TYPE (CrReviewWindow, cr_review_window, CR, REVIEW_WINDOW, AdwApplicationWindow)

/* Presents the window of @kase (by id), creating it when needed. */
CrReviewWindow *cr_review_window_open       (GtkApplication *application,
                                             CrDatabase     *database,
                                             CrCase         *kase);
CrCase         *cr_review_window_get_case   (CrReviewWindow *self);
void            cr_review_window_show_page  (CrReviewWindow *self,
                                             const char     *name);
/* The case changed elsewhere (status, pause): pages refresh. */
void            cr_review_window_set_case   (CrReviewWindow *self,
                                             CrCase         *kase);
CrDatabase     *cr_review_window_get_database (CrReviewWindow *self);

/* The window of case @case_id of @database among @application's windows,
 * or NULL. */
CrReviewWindow *cr_review_window_find       (GtkApplication *application,
                                             CrDatabase     *database,
                                             gint64          case_id);
/* Closes the review windows of @database (before it closes). */
void            cr_review_window_close_all  (GtkApplication *application,
                                             CrDatabase     *database);

G_END_DECLS
