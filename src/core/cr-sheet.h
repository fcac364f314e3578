/* cr-sheet.h: the cells of an imported CSV or XLSX file */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * A grid of text cells read from an untrusted file. CSV (RFC 4180 with the
 * usual departures: ',' ';' or tab separators, sniffed from the first
 * lines; quoted fields across lines; CRLF, LF or CR), in UTF-8 (with or
 * without BOM), UTF-16 with a BOM, or Windows-1252 when it is not valid
 * UTF-8. XLSX (Office Open XML, read with libarchive and GMarkup): the
 * first worksheet of the workbook, shared and inline strings, numbers as
 * Excel shows them, and cells whose number format is a date written
 * "YYYY-MM-DD" or "YYYY-MM-DD HH:MM". Cells are trimmed UTF-8 and hold no
 * control characters other than '\n' and '\t'.
 *
 * Limits, each refused with CR_SHEET_ERROR_TOO_LARGE and a message that
 * says what to do: CR_SHEET_MAX_ROWS rows, CR_SHEET_MAX_COLUMNS columns,
 * CR_SHEET_MAX_CELL characters in a cell, CR_SHEET_MAX_BYTES of text
 * (after decompression for XLSX; a zip bomb stops there).
 */

#define CR_SHEET_MAX_ROWS     1000000
#define CR_SHEET_MAX_COLUMNS  256
#define CR_SHEET_MAX_CELL     32767
#define CR_SHEET_MAX_BYTES    (256 * 1024 * 1024)

#define CR_SHEET_ERROR (cr_sheet_error_quark ())

typedef enum
{
  CR_SHEET_ERROR_FORMAT,     /* neither CSV nor XLSX, or damaged */
  CR_SHEET_ERROR_ENCODING,   /* binary, or text in an encoding we cannot read */
  CR_SHEET_ERROR_TOO_LARGE,
  CR_SHEET_ERROR_EMPTY,      /* no rows with any text */
} CrSheetError;

GQuark cr_sheet_error_quark (void);

typedef struct _CrSheet CrSheet;

#define CR_TYPE_SHEET (cr_sheet_get_type ())
GType        cr_sheet_get_type        (void) G_GNUC_CONST;

/* Reads @contents: XLSX when it starts with a zip header, otherwise CSV.
 * @filename is only used in messages. Cancellable between rows. */
CrSheet     *cr_sheet_read            (GBytes        *contents,
                                       const char    *filename,
                                       GCancellable  *cancellable,
                                       GError       **error);
CrSheet     *cr_sheet_ref             (CrSheet       *self);
void         cr_sheet_unref           (CrSheet       *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CrSheet, cr_sheet_unref)

guint        cr_sheet_get_n_rows      (CrSheet       *self);
/* The widest row's width. */
guint        cr_sheet_get_n_columns   (CrSheet       *self);
/* "" when the row is shorter; never NULL for @row < n_rows. */
const char  *cr_sheet_get_cell        (CrSheet       *self,
                                       guint          row,
                                       guint          column);
/* The row's number in the file as a spreadsheet or text editor shows it
 * (1-based: the CSV line the record starts on, the XLSX row number). */
guint        cr_sheet_get_row_number  (CrSheet       *self,
                                       guint          row);
/* "CSV", "XLSX" */
const char  *cr_sheet_get_format      (CrSheet       *self);
/* "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252" (XLSX: "UTF-8") */
const char  *cr_sheet_get_encoding    (CrSheet       *self);
/* A column's name as a spreadsheet shows it: 0 → "A", 26 → "AA". */
char        *cr_sheet_column_name     (guint          column);

G_END_DECLS
