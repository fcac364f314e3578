/* cr-report-window.h: the window where a case's report is written,
 * checked and published */
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
 * An AdwApplicationWindow for one case's report, like CrReviewWindow
 * (one per case, titled with the reference and pseudonym, Ctrl+W closes,
 * size kept in GSettings report-window-width/height/maximized), with an
 * AdwViewSwitcherTitle over four pages (names in brackets), each a
 * CrReviewPage:
 *   Draft [draft]             CrReportDraftPage: sections, editor, versions
 *   Findings [findings]       CrFindingsPage: findings, evidence, recommendations
 *   Check [check]             CrAnonymisationPage: the anonymisation check
 *   Publication [publication] CrPublicationPage: final report, assistant,
 *                             7-minute briefing, deliveries
 * Alt+1…Alt+4 switch pages. A header bar menu offers "Preview Report"
 * (Ctrl+Shift+P: the draft PDF in a CrDocumentWindow), "Export Report…"
 * (Ctrl+E: PDF or ODT; a final export first runs the check and is refused
 * while hits remain) and "Open Review Workspace".
 * Opened from the case page (win.open-report, Ctrl+Shift+E) and from the
 * review workspace's header bar ("Report").
 */

#define CR_TYPE_REPORT_WINDOW (cr_report_window_get_type())

G_DECLARE_FINAL_TYPE (CrReportWindow, cr_report_window, CR, REPORT_WINDOW, AdwApplicationWindow)

CrReportWindow *cr_report_window_open         (GtkApplication *application,
                                               CrDatabase     *database,
                                               CrCase         *kase);
CrCase         *cr_report_window_get_case     (CrReportWindow *self);
CrDatabase     *cr_report_window_get_database (CrReportWindow *self);
void            cr_report_window_show_page    (CrReportWindow *self,
                                               const char     *name);
/* The case changed elsewhere (status after publication): pages refresh,
 * and the main window and the review window are told too. */
void            cr_report_window_set_case     (CrReportWindow *self,
                                               CrCase         *kase);
CrReportWindow *cr_report_window_find         (GtkApplication *application,
                                               CrDatabase     *database,
                                               gint64          case_id);
void            cr_report_window_close_all    (GtkApplication *application,
                                               CrDatabase     *database);
/* Shows a toast in the window. */
void            cr_report_window_add_toast    (CrReportWindow *self,
                                               AdwToast       *toast);
/* Emits "report-changed" on the report window @widget is in; FALSE when
 * it is in none (a page shown on its own, as in the tests). */
gboolean        cr_report_window_notify_from  (GtkWidget      *widget);
/* A page changed the report's text or records (a hit replaced, a version
 * gone back to): emits "report-changed" (no arguments), on which every
 * page reloads what it shows, keeping what is being typed. */
void            cr_report_window_notify_report_changed (CrReportWindow *self);

G_END_DECLS
