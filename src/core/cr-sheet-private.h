/* cr-sheet-private.h: building a CrSheet, for the CSV and XLSX readers */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-sheet.h"

G_BEGIN_DECLS

/* A new empty sheet; @format and @encoding must be static strings. */
CrSheet  *_cr_sheet_new              (const char    *format,
                                      const char    *encoding);
/* Appends the row numbered @row_number in the file. @cells holds UTF-8
 * strings (NULL for an empty cell), which are cleaned (control characters
 * dropped, trimmed) and copied. Rows with no text are only kept when a row
 * with text follows them. Fails with CR_SHEET_ERROR_TOO_LARGE past the
 * limits; @filename is used in the message. */
gboolean  _cr_sheet_add_row          (CrSheet       *self,
                                      guint          row_number,
                                      const char   **cells,
                                      guint          n_cells,
                                      const char    *filename,
                                      GError       **error);
/* Drops the blank rows at the end; CR_SHEET_ERROR_EMPTY when no row has text. */
gboolean  _cr_sheet_finish           (CrSheet       *self,
                                      const char    *filename,
                                      GError       **error);
/* The number of cells stored for @row (trailing empty cells are not). */
guint     _cr_sheet_get_row_length   (CrSheet       *self,
                                      guint          row);

/* The bytes of text a reader may take: CR_SHEET_MAX_BYTES unless a test
 * lowered it (to try a zip bomb without writing 256 MB). */
gsize     _cr_sheet_get_max_bytes    (void);
void      _cr_sheet_set_max_bytes_for_testing (gsize max_bytes);

/* "“name”" with @filename's base name, for messages (newly allocated). */
char     *_cr_sheet_describe_file    (const char    *filename);

CrSheet  *_cr_sheet_read_csv         (GBytes        *contents,
                                      const char    *filename,
                                      GCancellable  *cancellable,
                                      GError       **error);
CrSheet  *_cr_sheet_read_xlsx        (GBytes        *contents,
                                      const char    *filename,
                                      GCancellable  *cancellable,
                                      GError       **error);

G_END_DECLS
