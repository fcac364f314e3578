/* cr-pdf-error.c */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "CrPdf"

#include "config.h"

#include "cr-pdf-error.h"

G_DEFINE_QUARK (cr-pdf-error-quark, cr_pdf_error)
