/* cr-sheet-xlsx-private.h: the XML parts of an XLSX workbook */
/*
 * Copyright 2026 The Case Reviews authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cr-sheet-private.h"

G_BEGIN_DECLS

/* How a cell style shows a number. */
typedef enum
{
  CR_XLSX_NUMBER,
  CR_XLSX_DATE,
  CR_XLSX_DATE_TIME,
  CR_XLSX_TIME,
} CrXlsxNumberKind;

typedef struct
{
  char *id;
  char *type;
  char *target;
} CrXlsxRelationship;

/* What the worksheet's cells refer to. */
typedef struct
{
  GPtrArray *shared_strings;   /* char * */
  GArray    *styles;           /* guint8 CrXlsxNumberKind, by cellXfs index */
  gboolean   date1904;
} CrXlsxWorkbook;

/* Each parser reads a whole part; errors are G_MARKUP_ERROR. */
GPtrArray *_cr_xlsx_parse_relationships  (const char     *xml,
                                          gsize           length,
                                          GError        **error);
void       _cr_xlsx_relationship_free    (gpointer        relationship);
/* The r:id of the workbook's first sheet, and whether it counts days
 * from 1904. */
gboolean   _cr_xlsx_parse_workbook       (const char     *xml,
                                          gsize           length,
                                          char          **first_sheet_id,
                                          gboolean       *date1904,
                                          GError        **error);
gboolean   _cr_xlsx_parse_shared_strings (const char     *xml,
                                          gsize           length,
                                          GPtrArray      *strings,
                                          GError        **error);
gboolean   _cr_xlsx_parse_styles         (const char     *xml,
                                          gsize           length,
                                          GArray         *styles,
                                          GError        **error);
/* Decodes _x000D_ and the like: the characters XML cannot hold. */
void       _cr_xlsx_decode_escapes       (GString        *text);
/* The kind of a number format (exposed for tests). */
CrXlsxNumberKind _cr_xlsx_classify_format (guint          format_id,
                                           const char    *format_code);
/* A cell value as Excel shows it (exposed for tests). */
char      *_cr_xlsx_format_number        (double          value,
                                          CrXlsxNumberKind kind,
                                          gboolean        date1904);

/* The worksheet, fed in pieces as it is decompressed. */
typedef struct _CrXlsxSheetParser CrXlsxSheetParser;

CrXlsxSheetParser *_cr_xlsx_sheet_parser_new  (CrSheet               *sheet,
                                               const CrXlsxWorkbook  *workbook,
                                               const char            *filename);
gboolean           _cr_xlsx_sheet_parser_feed (CrXlsxSheetParser     *parser,
                                               const char            *data,
                                               gsize                  length,
                                               GError               **error);
gboolean           _cr_xlsx_sheet_parser_end  (CrXlsxSheetParser     *parser,
                                               GError               **error);
void               _cr_xlsx_sheet_parser_free (CrXlsxSheetParser     *parser);

G_END_DECLS
