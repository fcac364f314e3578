/* cr-pdf-viewer-private.h: CrPdfViewer internals for tests */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-pdf-viewer.h"

G_BEGIN_DECLS

/* Types @password in the password page and presses Unlock. */
void _cr_pdf_viewer_unlock (CrPdfViewer *self,
                            const char  *password);

G_END_DECLS
