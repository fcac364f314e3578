/* cr-pdf-error.h: errors of the PDF layer (rendering and report writing) */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CR_PDF_ERROR (cr_pdf_error_quark ())

typedef enum
{
  CR_PDF_ERROR_FAILED,
  CR_PDF_ERROR_ENCRYPTED,  /* needs a password */
  CR_PDF_ERROR_DAMAGED,    /* cannot be opened */
  CR_PDF_ERROR_TIMEOUT,    /* a page took too long */
  CR_PDF_ERROR_WRITE,      /* a report could not be written */
  CR_PDF_ERROR_TOO_LARGE,  /* over CR_PDF_MAX_FILE_BYTES */
} CrPdfError;

GQuark cr_pdf_error_quark (void);

G_END_DECLS
