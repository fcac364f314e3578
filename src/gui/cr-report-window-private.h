/* cr-report-window-private.h: the parts of CrReportWindow in other files */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-report-window.h"

#include "cr-report-draft-page.h"

G_BEGIN_DECLS

struct _CrReportWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  GtkWidget            *case_title;
  GtkLabel             *reference_label;
  GtkLabel             *pseudonym_label;
  AdwViewSwitcherTitle *switcher_title;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  CrReportDraftPage    *draft_page;

  /* Owned references */
  CrDatabase           *db;
  CrCase               *kase;
  GSettings            *settings;
  GCancellable         *cancellable;        /* previews and exports */
  GtkFileChooserNative *chooser;
  guint                 busy;               /* previews and exports under way */
};

/* Preview Report: the draft as a PDF in a CrReportPreviewWindow. */
void _cr_report_window_preview        (CrReportWindow *self);
/* Export Report…: the check, then the file, then the PDF or ODT. */
void _cr_report_window_export         (CrReportWindow *self);
/* Closes the chooser, if open. */
void _cr_report_window_export_dispose (CrReportWindow *self);
/* Saves what is typed, so that what is read next includes it. */
void _cr_report_window_save_typing    (CrReportWindow *self);

G_END_DECLS
