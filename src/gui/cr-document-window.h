/* cr-document-window.h: a window reading one stored document */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cr-database.h"
#include "cr-document.h"

G_BEGIN_DECLS

/*
 * An AdwWindow titled with the document's title (subtitle: type, agency,
 * version) holding a CrPdfViewer of its bytes, read from the database
 * (cr_database_read_document_async) off the main thread. A document that
 * is not a PDF shows a status page saying so with "Save a Copy…". The
 * header bar has the viewer's controls, Find (Ctrl+F), the sidebar toggle
 * and a menu with "Save a Copy…" (GtkFileChooserNative; the file is
 * written 0600). Opening the same document again presents its window.
 */

#define CR_TYPE_DOCUMENT_WINDOW (cr_document_window_get_type())

G_DECLARE_FINAL_TYPE (CrDocumentWindow, cr_document_window, CR, DOCUMENT_WINDOW, AdwWindow)

CrDocumentWindow *cr_document_window_open (GtkWindow  *parent,
                                           CrDatabase *database,
                                           CrDocument *document);

G_END_DECLS
