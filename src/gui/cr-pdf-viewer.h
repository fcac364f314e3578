/* cr-pdf-viewer.h: a PDF with its thumbnails, search and states */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-pdf-document.h"
#include "cr-pdf-view.h"

G_BEGIN_DECLS

/*
 * Everything a window needs to show a PDF, after evince: a CrPdfView, a
 * thumbnails sidebar (toggle F9; clicking or Enter on a thumbnail goes to
 * its page; thumbnails render at THUMBNAIL priority, only those near the
 * visible ones), a search bar (Ctrl+F; Enter / Ctrl+G next hit,
 * Shift+Enter / Ctrl+Shift+G previous; "N of M" count; all hits
 * highlighted, the current one stronger; searching runs on the
 * document's worker and is cancelled when the text changes), text
 * selection by dragging on a page with Ctrl+C (and a context menu) to
 * copy, and a page entry "N of M" with zoom controls for a header bar
 * (cr_pdf_viewer_get_header_controls).
 *
 * Loading (cr_pdf_viewer_load_bytes / load_file): a spinner, then the
 * pages; a password-protected file shows a password entry in place
 * ("This document is protected" … Unlock; a wrong password says so and
 * keeps the entry); a file that cannot be opened shows an AdwStatusPage
 * in place with the reason (never a crash or a frozen window). The main
 * thread never touches Poppler.
 *
 * Properties: "document" (CrPdfDocument, read-only, NULL until loaded),
 * "title" (the file's title or name), "state" ("loading", "password",
 * "error", "ready"). Actions "viewer." find, find-next, find-previous,
 * toggle-sidebar, copy, plus CrPdfView's "pdf." actions.
 */

#define CR_TYPE_PDF_VIEWER (cr_pdf_viewer_get_type())

G_DECLARE_FINAL_TYPE (CrPdfViewer, cr_pdf_viewer, CR, PDF_VIEWER, AdwBin)

GtkWidget     *cr_pdf_viewer_new                 (void);
/* @name: shown in messages ("“report.pdf” could not be opened"). */
void           cr_pdf_viewer_load_bytes          (CrPdfViewer *self,
                                                  GBytes      *bytes,
                                                  const char  *name);
void           cr_pdf_viewer_load_file           (CrPdfViewer *self,
                                                  GFile       *file);
CrPdfDocument *cr_pdf_viewer_get_document        (CrPdfViewer *self);
const char    *cr_pdf_viewer_get_state           (CrPdfViewer *self);
/* Widgets for the window's header bar: page entry and zoom menu. */
GtkWidget     *cr_pdf_viewer_get_header_controls (CrPdfViewer *self);
/* Starts a search (as if typed in the search bar). */
void           cr_pdf_viewer_find                (CrPdfViewer *self,
                                                  const char  *text);

/* Added with the implementation (H5). */
const char    *cr_pdf_viewer_get_title           (CrPdfViewer *self);
CrPdfView     *cr_pdf_viewer_get_view            (CrPdfViewer *self);
/* The thumbnails sidebar's model: one CrPdfThumbnail per page. */
GListModel    *cr_pdf_viewer_get_thumbnails      (CrPdfViewer *self);
/* "sidebar-visible" (the thumbnails; viewer.toggle-sidebar, F9). */
gboolean       cr_pdf_viewer_get_sidebar_visible (CrPdfViewer *self);
void           cr_pdf_viewer_set_sidebar_visible (CrPdfViewer *self,
                                                  gboolean     visible);
/* The find hits of the last search, the current one (-1: none), and
 * whether a search is running. */
guint          cr_pdf_viewer_get_n_matches       (CrPdfViewer *self);
int            cr_pdf_viewer_get_current_match   (CrPdfViewer *self);
gboolean       cr_pdf_viewer_is_searching        (CrPdfViewer *self);

G_END_DECLS
