/* cr-pdf-check.h: the anonymisation check of a PDF to be published */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cr-anonymisation.h"

G_BEGIN_DECLS

/*
 * Opens @bytes with Poppler (untrusted: at most 2000 pages and 20 MB of
 * text are read; a damaged or password-protected file fails with the
 * CR_PDF_ERROR of cr-pdf-document.h and a message saying what to do) and
 * checks with @terms (cr_anonymisation_check_text) everything a reader
 * could see or extract: the text of every page ("page:N", label "Page
 * N"), the document information (title, author, subject, keywords,
 * creator, producer: "metadata:<name>", label "Document properties:
 * Author") and the contents of every annotation ("annotation:<page>:<n>",
 * label "Comment on page N"), and form field values ("field:<name>").
 * GPtrArray of CrAnonymisationHit (none replaceable).
 */

GPtrArray *cr_pdf_check_anonymisation        (GBytes               *bytes,
                                              const char           *password,
                                              CrAnonymisationTerms *terms,
                                              GCancellable         *cancellable,
                                              GError              **error);
/* The same in a worker thread (lowered priority, as the PDF worker). */
void       cr_pdf_check_anonymisation_async  (GBytes               *bytes,
                                              const char           *password,
                                              CrAnonymisationTerms *terms,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
GPtrArray *cr_pdf_check_anonymisation_finish (GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
